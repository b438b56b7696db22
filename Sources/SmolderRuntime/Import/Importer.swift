import Foundation

/// The import system: `sys.modules`, native modules, and source modules and packages found on
/// `sys.path`.
extension Interpreter {
    /// `IMPORT_NAME`: imports `name` (relative to the running module for level > 0) and returns the
    /// top-level package (no fromlist) or the module itself.
    func importName(_ name: String, fromlist: Value, level: Value, frame: Frame) throws(PyError) -> Value {
        var levelValue = 0
        if case .int(let l) = level { levelValue = l }
        if let custom = builtins.lookupString(names.dImport), !isNative(custom, "__import__") {
            return try call(custom, [Value(name), .object(frame.globals), frame.locals.map { .object($0) } ?? .none,
                                     fromlist, .int(levelValue)])
        }
        return try importModuleLevel(name, globals: frame.globals, fromlist: fromlist, level: levelValue)
    }

    func importModuleLevel(_ name: String, globals: PyDict?, fromlist: Value, level: Int) throws(PyError) -> Value {
        let absolute = try resolveName(name, globals: globals, level: level)
        let module = try importAbsolute(absolute)
        let hasFromlist: Bool
        switch fromlist {
        case .none: hasFromlist = false
        default: hasFromlist = (try? length(fromlist)).map { $0 > 0 } ?? true
        }
        if hasFromlist {
            // `from pkg import submodule` loads submodules named in the fromlist.
            if case .object(let mo) = module, let m = mo as? PyModule, m.namespace.lookupString(names.dPath) != nil {
                for item in try collect(fromlist) {
                    guard let s = strObject(item), s.value != "*" else { continue }
                    if m.namespace.lookupString(intern(s.value)) == nil {
                        _ = try? importAbsolute(absolute + "." + s.value)
                    }
                }
            }
            return module
        }
        if level == 0, let dot = name.firstIndex(of: ".") {
            return try importAbsolute(String(name[..<dot]))
        }
        if level > 0 && name.isEmpty { return module }
        if level > 0 {
            // `from . import x` returns the package; `import` statements are never relative.
            return module
        }
        return module
    }

    /// Resolves a relative module name against the importing module's package.
    func resolveName(_ name: String, globals: PyDict?, level: Int) throws(PyError) -> String {
        guard level > 0 else {
            if name.isEmpty { throw valueError("Empty module name") }
            return name
        }
        var package: String?
        if let p = globals?.lookupString(names.dPackage), let s = strObject(p) {
            package = s.value
        } else if let n = globals?.lookupString(names.dName), let s = strObject(n) {
            package = globals?.lookupString(names.dPath) != nil ? s.value : String(s.value.split(separator: ".").dropLast().joined(separator: "."))
        }
        guard let base = package, !base.isEmpty else {
            throw error(exceptions.ImportError, "attempted relative import with no known parent package")
        }
        var parts = base.split(separator: ".").map(String.init)
        if level - 1 > parts.count - 1 && level > 1 {
            throw error(exceptions.ImportError, "attempted relative import beyond top-level package")
        }
        parts.removeLast(min(parts.count, level - 1))
        let prefix = parts.joined(separator: ".")
        return name.isEmpty ? prefix : prefix + "." + name
    }

    /// Imports a dotted absolute name, importing parents first.
    public func importAbsolute(_ name: String) throws(PyError) -> Value {
        if let m = modules.lookupString(intern(name)) {
            if m.isNone { throw error(exceptions.ModuleNotFoundError, "import of \(name) halted; None in sys.modules") }
            return m
        }
        var parentPath: [String]?
        var parentModule: PyModule?
        if let dot = name.lastIndex(of: ".") {
            let parentName = String(name[..<dot])
            let parent = try importAbsolute(parentName)
            // Importing the parent may have imported this module.
            if let m = modules.lookupString(intern(name)) { return m }
            guard case .object(let po) = parent, let pm = po as? PyModule,
                  let path = pm.namespace.lookupString(names.dPath) else {
                throw moduleNotFound(name, "No module named '\(name)'; '\(parentName)' is not a package")
            }
            parentModule = pm
            parentPath = try collect(path).compactMap { strObject($0)?.value }
        }
        let module: PyModule
        if parentPath == nil, let factory = nativeModules[name] {
            module = factory(self)
            modules.setString(intern(name), .object(module))
        } else if let found = findSource(name, searchPath: parentPath ?? searchPath()) {
            module = try loadSourceModule(name, found)
        } else {
            throw moduleNotFound(name, "No module named '\(name)'")
        }
        if let parentModule, let dot = name.lastIndex(of: ".") {
            let child = intern(String(name[name.index(after: dot)...]))
            parentModule.namespace.setString(child, .object(module))
        }
        return modules.lookupString(intern(name)) ?? .object(module)
    }

    func moduleNotFound(_ name: String, _ message: String) -> PyError {
        let e = makeException(exceptions.ModuleNotFoundError, [Value(message)])
        e.dict = PyDict()
        e.dict?.setString(intern("name"), Value(name))
        e.dict?.setString(intern("path"), .none)
        e.dict?.setString(names.msg, Value(message))
        return PyError(e)
    }

    /// `sys.path` as strings.
    func searchPath() -> [String] {
        guard let path = sysModule?.namespace.lookupString(intern("path")),
              let items = try? collect(path) else { return [] }
        return items.compactMap { strObject($0)?.value }
    }

    struct FoundSource {
        let file: String
        let isPackage: Bool
        let packageDirectory: String?
    }

    /// Finds `name`'s last component as `x.py` or `x/__init__.py` in the search path; a directory
    /// without `__init__.py` is a namespace package.
    func findSource(_ name: String, searchPath: [String]) -> FoundSource? {
        let last = String(name.split(separator: ".").last ?? Substring(name))
        let fm = FileManager.default
        var namespaceDirs: [String] = []
        for entry in searchPath {
            let dir = entry.isEmpty ? fm.currentDirectoryPath : entry
            let packageInit = "\(dir)/\(last)/__init__.py"
            if fm.fileExists(atPath: packageInit) {
                return FoundSource(file: packageInit, isPackage: true, packageDirectory: "\(dir)/\(last)")
            }
            let file = "\(dir)/\(last).py"
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: file, isDirectory: &isDir), !isDir.boolValue {
                return FoundSource(file: file, isPackage: false, packageDirectory: nil)
            }
            if fm.fileExists(atPath: "\(dir)/\(last)", isDirectory: &isDir), isDir.boolValue {
                namespaceDirs.append("\(dir)/\(last)")
            }
        }
        if let first = namespaceDirs.first {
            return FoundSource(file: "", isPackage: true, packageDirectory: first)
        }
        return nil
    }

    func loadSourceModule(_ name: String, _ found: FoundSource) throws(PyError) -> PyModule {
        let module = PyModule(name: name)
        let ns = module.namespace
        ns.setString(names.dBuiltins, .object(builtinsModule))
        ns.setString(names.dDoc, .none)
        ns.setString(names.dSpec, .none)
        ns.setString(names.dLoader, .none)
        if found.isPackage {
            ns.setString(names.dPath, .object(PyList([Value(found.packageDirectory ?? "")])))
            ns.setString(names.dPackage, Value(name))
        } else {
            ns.setString(names.dPackage, Value(String(name.split(separator: ".").dropLast().joined(separator: "."))))
        }
        modules.setString(intern(name), .object(module))
        if found.file.isEmpty {
            ns.setString(names.dFile, .none)
            return module
        }
        ns.setString(names.dFile, Value(found.file))
        guard let source = try? String(contentsOfFile: found.file, encoding: .utf8) else {
            modules.removeString(intern(name))
            throw error(exceptions.ImportError, "could not read \(found.file)")
        }
        do throws(PyError) {
            let code = try compile(source, filename: found.file, mode: .module)
            _ = try run(code, globals: ns)
        } catch {
            modules.removeString(intern(name))
            throw error
        }
        return module
    }

    /// `IMPORT_FROM`: an attribute of the module, or its submodule.
    func importFrom(_ module: Value, _ name: PyStr) throws(PyError) -> Value {
        if let v = try lookupAttribute(module, name) { return v }
        var moduleName = "<unknown module name>"
        if case .object(let o) = module, let m = o as? PyModule {
            moduleName = m.name
            if let v = modules.lookupString(intern(m.name + "." + name.value)) { return v }
            if let file = m.namespace.lookupString(names.dFile), let f = strObject(file) {
                throw importError("cannot import name '\(name.value)' from '\(moduleName)' (\(f.value))", moduleName)
            }
        }
        throw importError("cannot import name '\(name.value)' from '\(moduleName)' (unknown location)", moduleName)
    }

    func importError(_ message: String, _ moduleName: String) -> PyError {
        let e = makeException(exceptions.ImportError, [Value(message)])
        e.dict = PyDict()
        e.dict?.setString(intern("name"), Value(moduleName))
        e.dict?.setString(intern("path"), .none)
        e.dict?.setString(names.msg, Value(message))
        return PyError(e)
    }

    /// `from m import *`: `__all__`, or every public name.
    func importStar(_ module: Value, into namespace: PyDict) throws(PyError) {
        guard case .object(let o) = module, let m = o as? PyModule else { return }
        if let all = m.namespace.lookupString(names.dAll) {
            for n in try collect(all) {
                guard let s = strObject(n) else {
                    throw typeError("Item in \(m.name).__all__ must be str, not \(typeName(n))")
                }
                namespace.setString(intern(s.value), try getAttribute(module, intern(s.value)))
            }
            return
        }
        for e in m.namespace.liveEntries {
            guard let s = strObject(e.key), !s.value.hasPrefix("_") else { continue }
            namespace.setString(s, e.value)
        }
    }
}
