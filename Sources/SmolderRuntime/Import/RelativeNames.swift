/// Relative import names (`from ..a import b`), resolved against the importing module's package
/// exactly as CPython's `resolve_name` does.
extension Interpreter {
    func resolveName(_ name: String, globals: PyDict?, level: Int) throws(PyError) -> String {
        guard let globals else { throw keyError(Value("'__name__' not in globals")) }
        var package: String
        let packageValue = globals.lookupString(names.dPackage) ?? .none
        let spec = globals.lookupString(names.dSpec) ?? .none
        if !packageValue.isNone {
            guard let s = strObject(packageValue) else { throw typeError("package must be a string") }
            package = s.value
        } else if !spec.isNone {
            let parent = try getAttribute(spec, intern("parent"))
            guard let s = strObject(parent) else { throw typeError("__spec__.parent must be a string") }
            package = s.value
        } else {
            guard let n = globals.lookupString(names.dName) else { throw keyError(Value("'__name__' not in globals")) }
            guard let s = strObject(n) else { throw typeError("__name__ must be a string") }
            package = s.value
            if globals.lookupString(names.dPath) == nil {
                package = String(package[..<(package.lastIndex(of: ".") ?? package.startIndex)])
            }
        }
        if package.isEmpty {
            throw importError("attempted relative import with no known parent package", nil)
        }
        return try resolveRelative(name, package: package, level: level)
    }

    /// `importlib._bootstrap._resolve_name` (used by `import_module`): `package.rsplit('.', level - 1)`.
    func resolveRelative(_ name: String, package: String, level: Int) throws(PyError) -> String {
        var end = package.endIndex
        for _ in 1..<max(level, 1) {
            guard let dot = package[..<end].lastIndex(of: ".") else {
                throw importError("attempted relative import beyond top-level package", nil)
            }
            end = dot
        }
        let base = String(package[..<end])
        return name.isEmpty ? base : base + "." + name
    }
}
