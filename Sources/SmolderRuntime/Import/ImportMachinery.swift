/// The eager import machinery: `__import__`, CPython's `_find_and_load`, loading a spec into
/// `sys.modules`, and the fromlist handling of packages.
extension Interpreter {
    /// `IMPORT_NAME`: calls `builtins.__import__` when it was replaced, else the native import.
    func importName(_ name: String, fromlist: Value, level: Value, frame: Frame) throws(PyError) -> Value {
        guard let custom = builtins.lookupString(names.dImport) else {
            throw error(exceptions.ImportError, "__import__ not found")
        }
        var levelValue = 0
        if case .int(let l) = level { levelValue = l }
        if !isNative(custom, "__import__") {
            return try call(custom, [Value(name), .object(frame.globals), frame.locals.map { .object($0) } ?? .none,
                                     fromlist, .int(levelValue)])
        }
        return try importModuleLevel(name, globals: frame.globals, fromlist: fromlist, level: levelValue)
    }

    /// `builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
    func builtinImport(_ args: [Value], _ kw: Keywords?) throws(PyError) -> Value {
        let slots = try bindNative("__import__", args, kw, parameters: ["name", "globals", "locals", "fromlist", "level"], required: 1)
        guard let nameValue = slots[0], let name = strObject(nameValue) else { throw typeError("module name must be a string") }
        let level = try slots[4].map { v throws(PyError) in try index(v) } ?? 0
        var globals: PyDict?
        if case .object(let g)? = slots[1], let d = g as? PyDict { globals = d }
        if level > 0 && globals == nil { throw typeError("globals must be a dict") }
        return try importModuleLevel(name.value, globals: globals, fromlist: slots[3] ?? .none, level: level)
    }

    /// `PyImport_ImportModuleLevelObject`, the work behind `__import__`.
    func importModuleLevel(_ name: String, globals: PyDict?, fromlist: Value, level: Int) throws(PyError) -> Value {
        if level < 0 { throw valueError("level must be >= 0") }
        let absolute: String
        if level > 0 {
            absolute = try resolveName(name, globals: globals, level: level)
        } else {
            if name.isEmpty { throw valueError("Empty module name") }
            absolute = name
        }
        let module = try findAndLoad(absolute)
        let hasFromlist = fromlist.isNone ? false : try isTrue(fromlist)
        if !hasFromlist {
            guard level == 0 || !name.isEmpty, let dot = name.firstIndex(of: ".") else { return module }
            if level == 0 {
                return try importModuleLevel(String(name[..<dot]), globals: nil, fromlist: .none, level: 0)
            }
            let cutOff = name.distance(from: dot, to: name.endIndex)
            let keep = absolute.count - cutOff
            let front = String(absolute.prefix(max(0, keep)))
            guard let m = modules.lookupString(intern(front)) else {
                throw keyError(Value("'\(front)' not in sys.modules as expected"))
            }
            return m
        }
        if try lookupAttribute(module, names.dPath) != nil {
            return try handleFromlist(module, fromlist, recursive: false)
        }
        return module
    }

    /// `_handle_fromlist`: imports the submodules a `from package import a, b` names.
    func handleFromlist(_ module: Value, _ fromlist: Value, recursive: Bool) throws(PyError) -> Value {
        for item in try collect(fromlist) {
            guard let s = strObject(item) else {
                let moduleName = try lookupAttribute(module, names.dName).map { v throws(PyError) in try str(v) } ?? "?"
                let where_ = recursive ? moduleName + ".__all__" : "``from list''"
                throw typeError("Item in \(where_) must be str, not \(typeName(item))")
            }
            if s.value == "*" {
                if !recursive, let all = try lookupAttribute(module, names.dAll) {
                    _ = try handleFromlist(module, all, recursive: true)
                }
                continue
            }
            if try lookupAttribute(module, intern(s.value)) != nil { continue }
            let moduleName = try string(try getAttribute(module, names.dName), "module name")
            let fromName = moduleName + "." + s.value
            do throws(PyError) {
                _ = try findAndLoad(fromName)
            } catch {
                // A missing submodule is fine: the caller's IMPORT_FROM reports the missing name.
                if error.exception.type.isSubtype(of: exceptions.ModuleNotFoundError),
                   let n = error.exception.dict?.lookupString(intern("name")), let ns = strObject(n), ns.value == fromName,
                   modules.lookupString(intern(fromName)).map({ !$0.isNone }) ?? true {
                    continue
                }
                throw error
            }
        }
        return module
    }

    /// `_find_and_load`: `sys.modules` first, else find, load and bind to the parent.
    public func findAndLoad(_ name: String) throws(PyError) -> Value {
        let key = intern(name)
        if let existing = modules.lookupString(key) {
            if existing.isNone {
                throw moduleNotFound(name, "import of \(name) halted; None in sys.modules")
            }
            return existing
        }
        // Timed from here, so a parent imported on the way nests under it (as `-X importtime` shows).
        let timer = beginModuleLoad(name)
        var loaded = false
        defer { endModuleLoad(timer, loaded: loaded) }
        var searchPath: [String]?
        var parentSpec: Value = .none
        var parentName = ""
        var child = name
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            parentName = String(name[..<dot])
            child = String(name[name.index(after: dot)...])
            if modules.lookupString(intern(parentName)) == nil {
                _ = try findAndLoad(parentName)
            }
            // Importing the parent may have imported this module too.
            if let m = modules.lookupString(key) { return m }
            guard let parent = modules.lookupString(intern(parentName)) else {
                throw keyError(Value(parentName))
            }
            guard let path = try lookupAttribute(parent, names.dPath) else {
                throw moduleNotFound(name, "No module named \(try repr(Value(name))); \(try repr(Value(parentName))) is not a package")
            }
            searchPath = try collect(path).compactMap { strObject($0)?.value }
            parentSpec = try lookupAttribute(parent, names.dSpec) ?? .none
        }
        guard let found = findModule(name, in: searchPath) else {
            throw moduleNotFound(name, "No module named \(try repr(Value(name)))")
        }
        let spec = try makeSpec(name, found)
        var submodules: PyList?
        if !parentSpec.isNone, case .object(let lo)? = try lookupAttribute(parentSpec, importState.names.uninitializedSubmodules),
           let list = lo as? PyList {
            submodules = list
            list.items.append(Value(child))
        }
        let module: Value
        do throws(PyError) {
            module = try loadSpec(spec, found: found)
            if let submodules, !submodules.items.isEmpty { submodules.items.removeLast() }
        } catch {
            if let submodules, !submodules.items.isEmpty { submodules.items.removeLast() }
            throw error
        }
        loaded = true
        if !parentName.isEmpty, let parent = modules.lookupString(intern(parentName)),
           submoduleMayBindParentAttribute(parent, intern(child)) {
            try setAttribute(parent, intern(child), module)
        }
        return module
    }

    /// `_load_unlocked`: creates the module, registers it, executes it; a failure removes it from
    /// `sys.modules`; the result is whatever `sys.modules` holds afterwards.
    func loadSpec(_ spec: Value, found: FoundModule?) throws(PyError) -> Value {
        let nameValue = try getAttribute(spec, importState.names.name)
        let key = intern(try string(nameValue, "module name"))
        let module: Value
        if let found { module = try moduleForFoundSpec(key.value, found, spec) } else { module = try moduleFromSpec(spec) }
        try setAttribute(spec, importState.names.initializing, .bool(true))
        defer { try? setAttribute(spec, importState.names.initializing, .bool(false)) }
        modules.setString(key, module)
        do throws(PyError) {
            try execModule(spec, module, found: found)
            if case .object(let o) = module, let m = o as? PyModule { try warmUpDeferredImports(in: m.namespace) }
        } catch {
            _ = modules.removeString(key)
            throw error
        }
        // Move the module to the end of sys.modules (import order), as CPython does.
        guard let final = modules.removeString(key) else { throw keyError(.object(key)) }
        modules.setString(key, final)
        return final
    }

    /// Runs a module's code: natively for source files, else through the loader's `exec_module`.
    func execModule(_ spec: Value, _ module: Value, found: FoundModule?) throws(PyError) {
        switch found {
        case .source(let file)?, .package(let file, _)?:
            guard case .object(let o) = module, let m = o as? PyModule else { break }
            try execSourceFile(file, in: m.namespace)
            return
        case .namespace?:
            return
        default:
            break
        }
        let loader = try lookupAttribute(spec, importState.names.loader) ?? .none
        if loader.isNone {
            if try lookupAttribute(spec, importState.names.submoduleSearchLocations).map({ !$0.isNone }) ?? false { return }
            throw importError("missing loader", try string(try getAttribute(spec, importState.names.name), "name"))
        }
        _ = try callMethod(loader, "exec_module", [module])
    }

    func moduleNotFound(_ name: String, _ message: String) -> PyError {
        let e = makeException(exceptions.ModuleNotFoundError, [Value(message)])
        e.dict = PyDict()
        e.dict?.setString(intern("name"), Value(name))
        e.dict?.setString(intern("path"), .none)
        e.dict?.setString(names.msg, Value(message))
        return PyError(e)
    }

    func importError(_ message: String, _ moduleName: String?, path: String? = nil) -> PyError {
        let e = makeException(exceptions.ImportError, [Value(message)])
        e.dict = PyDict()
        e.dict?.setString(intern("name"), moduleName.map { Value($0) } ?? .none)
        e.dict?.setString(intern("path"), path.map { Value($0) } ?? .none)
        e.dict?.setString(names.msg, Value(message))
        return PyError(e)
    }
}
