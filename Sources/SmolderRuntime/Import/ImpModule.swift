/// `_imp`: the native helpers behind `importlib` (finding specs, creating and executing modules,
/// the finder caches), so the Python side stays small and cheap to import.
extension Interpreter {
    func impModule() -> PyModule {
        if let m = importState.impModule { return m }
        let m = PyModule(name: "_imp")
        m.namespace.setString(names.dDoc, .none)
        importState.impModule = m
        modules.setString(intern("_imp"), .object(m))
        defineFunction(in: m, "find_spec") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("find_spec", args, kw, parameters: ["name", "path"], required: 1)
            let name = try vm.string(slots[0] ?? .none, "find_spec() argument 'name'")
            var path: [String]?
            if let p = slots[1], !p.isNone { path = try vm.collect(p).compactMap { vm.strObject($0)?.value } }
            guard let found = vm.findModule(name, in: path) else { return .none }
            return try vm.makeSpec(name, found)
        }
        defineFunction(in: m, "create_builtin") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("create_builtin", args, kw, min: 1, max: 1)
            return try vm.createBuiltinModule(args[0])
        }
        defineFunction(in: m, "read_source") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("read_source", args, kw, min: 1, max: 1)
            return Value(try vm.readSource(try vm.string(args[0], "path")))
        }
        defineFunction(in: m, "exec_source") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("exec_source", args, kw, min: 2, max: 2)
            guard case .object(let o) = args[1], let d = o as? PyDict else { throw vm.typeError("exec_source() needs a dict") }
            try vm.execSourceFile(try vm.string(args[0], "path"), in: d)
            return .none
        }
        defineFunction(in: m, "module_from_spec") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("module_from_spec", args, kw, min: 1, max: 1)
            return try vm.moduleFromSpec(args[0])
        }
        defineFunction(in: m, "exec_spec") { (vm, args, kw) throws(PyError) -> Value in
            // `_bootstrap._exec` for reload(): re-initialise attributes and run the body again in
            // the same module object.
            try vm.checkArgumentCount("exec_spec", args, kw, min: 2, max: 2)
            let (spec, module) = (args[0], args[1])
            let name = try vm.string(try vm.getAttribute(spec, vm.intern("name")), "spec.name")
            guard let current = vm.modules.lookupString(vm.intern(name)), current.isIdentical(to: module) else {
                throw vm.importError("module '\(name)' not in sys.modules", name)
            }
            try vm.initModuleAttributes(spec, module, override: true)
            let loader = try vm.lookupAttribute(spec, vm.intern("loader")) ?? .none
            if !loader.isNone { _ = try vm.callMethod(loader, "exec_module", [module]) }
            guard let result = vm.modules.removeString(vm.intern(name)) else { throw vm.keyError(Value(name)) }
            vm.modules.setString(vm.intern(name), result)
            return result
        }
        defineFunction(in: m, "find_and_load") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("find_and_load", args, kw, min: 1, max: 1)
            return try vm.findAndLoad(try vm.string(args[0], "name"))
        }
        defineFunction(in: m, "invalidate_caches") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("invalidate_caches", args, kw, min: 0, max: 0)
            vm.importState.invalidate()
            return .none
        }
        defineFunction(in: m, "bootstrap") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("bootstrap", args, kw, min: 0, max: 0)
            return .object(try vm.bootstrapModule())
        }
        defineFunction(in: m, "is_builtin") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("is_builtin", args, kw, min: 1, max: 1)
            let name = try vm.string(args[0], "name")
            return .int(vm.nativeModules[name] != nil || name == "sys" || name == "builtins" || name == "_imp" ? 1 : 0)
        }
        return m
    }
}
