/// `from m import name` and `from m import *`, with CPython's messages for missing names and
/// partially initialised (circular) modules.
extension Interpreter {
    /// `IMPORT_FROM`: the attribute, else the submodule `m.name` from `sys.modules`.
    func importFrom(_ module: Value, _ name: PyStr) throws(PyError) -> Value {
        do throws(PyError) {
            return try getAttribute(module, name)
        } catch {
            if !error.exception.type.isSubtype(of: exceptions.AttributeError) { throw error }
        }
        return try importSubmoduleOrFail(module, name)
    }

    /// The rest of `IMPORT_FROM` once the attribute is known to be missing: the submodule from
    /// `sys.modules`, else ImportError with CPython's message.
    func importSubmoduleOrFail(_ module: Value, _ name: PyStr) throws(PyError) -> Value {
        guard let packageValue = try? lookupAttribute(module, names.dName), let package = strObject(packageValue) else {
            throw importError("cannot import name '\(name.value)'", nil)
        }
        if let sub = modules.lookupString(intern(package.value + "." + name.value)) { return sub }
        var file: String?
        if case .object(let o) = module, let m = o as? PyModule,
           let f = m.namespace.lookupString(names.dFile), let fs = strObject(f) {
            file = fs.value
        }
        let nameRepr = try repr(.object(name))
        let packageRepr = try repr(.object(package))
        guard let file else {
            throw importError("cannot import name \(nameRepr) from \(packageRepr) (unknown location)", package.value)
        }
        if isInitializing(module) {
            throw importError("cannot import name \(nameRepr) from partially initialized module \(packageRepr) (most likely due to a circular import) (\(file))",
                              package.value, path: file)
        }
        throw importError("cannot import name \(nameRepr) from \(packageRepr) (\(file))", package.value, path: file)
    }

    /// `IMPORT_STAR`: the names in `__all__` (through getattr, so PEP 562 `__getattr__` serves
    /// them), else every `__dict__` key not starting with an underscore.
    func importStar(_ module: Value, into namespace: PyDict) throws(PyError) {
        var skipPrivate = false
        let all: Value
        if let a = try lookupAttribute(module, names.dAll) {
            all = a
        } else {
            guard let d = try lookupAttribute(module, names.dDict) else {
                throw importError("from-import-* object has no __dict__ and no __all__", nil)
            }
            all = .object(PyList(try collect(try callMethod(d, "keys", []))))
            skipPrivate = true
        }
        for item in try collect(all) {
            guard let s = strObject(item) else {
                let moduleName = try lookupAttribute(module, names.dName) ?? .none
                guard let m = strObject(moduleName) else {
                    throw typeError("module __name__ must be a string, not \(typeName(moduleName))")
                }
                if skipPrivate { throw typeError("Key in \(m.value).__dict__ must be str, not \(typeName(item))") }
                throw typeError("Item in \(m.value).__all__ must be str, not \(typeName(item))")
            }
            if skipPrivate && s.value.hasPrefix("_") { continue }
            namespace.setString(intern(s.value), try getAttribute(module, intern(s.value)))
        }
    }

    /// `module 'm' has no attribute 'x'`, or the partially-initialised variant during a cycle.
    func moduleAttributeMessage(_ m: PyModule, _ name: String) -> String {
        guard let n = m.namespace.lookupString(names.dName), let s = strObject(n) else {
            return "module has no attribute '\(name)'"
        }
        if isInitializing(.object(m)) {
            return "partially initialized module '\(s.value)' has no attribute '\(name)' (most likely due to a circular import)"
        }
        return "module '\(s.value)' has no attribute '\(name)'"
    }
}
