/// `_frozen_importlib`'s classes (ModuleSpec and the loaders), built natively as ordinary heap
/// classes: compiling them from Python source on the first import cost more than the import.
extension Interpreter {
    /// A new class deriving from object, with `__module__` set, whose methods are added natively.
    private func bootstrapClass(_ name: String, module: String) throws(PyError) -> PyType {
        let namespace = PyDict()
        namespace.setString(names.dModule, Value(module))
        namespace.setString(intern("__qualname__"), Value(name))
        let made = try call(.object(types.type), [Value(name), .object(PyTuple([.object(types.object)])), .object(namespace)])
        guard case .object(let o) = made, let cls = o as? PyType else { throw typeError("cannot create \(name)") }
        return cls
    }

    private func staticMethod(_ cls: PyType, _ name: String, _ function: @escaping NativeFunction) {
        cls.defineStatic(name, function)
    }

    private func readWriteProperty(_ cls: PyType, _ name: String,
                                   get: @escaping NativeFunction, set: @escaping NativeFunction) {
        let getter = PyBuiltinFunction(name: name, qualname: "\(cls.name).\(name)", get)
        let setter = PyBuiltinFunction(name: name, qualname: "\(cls.name).\(name)", set)
        cls.namespace.setString(intern(name), .object(PyProperty(getter: .object(getter), setter: .object(setter), deleter: .none, doc: .none)))
    }

    /// Creates ModuleSpec, BuiltinImporter, SourceFileLoader and NamespaceLoader in `module`.
    func installBootstrapClasses(in module: PyModule) throws(PyError) {
        let n = importState.names
        let spec = try bootstrapClass("ModuleSpec", module: "_frozen_importlib")
        spec.define("__init__") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("ModuleSpec", args, kw,
                                          parameters: ["self", "name", "loader", "origin", "loader_state", "is_package"], required: 3)
            let this = slots[0] ?? .none
            try vm.setAttribute(this, n.name, slots[1] ?? .none)
            try vm.setAttribute(this, n.loader, slots[2] ?? .none)
            try vm.setAttribute(this, n.origin, slots[3] ?? .none)
            try vm.setAttribute(this, n.loaderState, slots[4] ?? .none)
            let isPackage = try slots[5].map { v throws(PyError) in try vm.isTrue(v) } ?? false
            try vm.setAttribute(this, n.submoduleSearchLocations, isPackage ? .object(PyList([])) : .none)
            try vm.setAttribute(this, n.uninitializedSubmodules, .object(PyList([])))
            try vm.setAttribute(this, n.setFileattr, .bool(false))
            try vm.setAttribute(this, n.cachedField, .none)
            return .none
        }
        spec.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            let this = args.first ?? .none
            var parts = ["name=" + (try vm.repr(try vm.getAttribute(this, n.name))),
                         "loader=" + (try vm.repr(try vm.getAttribute(this, n.loader)))]
            let origin = try vm.getAttribute(this, n.origin)
            if !origin.isNone { parts.append("origin=" + (try vm.repr(origin))) }
            let locations = try vm.getAttribute(this, n.submoduleSearchLocations)
            if !locations.isNone { parts.append("submodule_search_locations=" + (try vm.str(locations))) }
            return Value("\(vm.typeOf(this).name)(\(parts.joined(separator: ", ")))")
        }
        spec.define("__eq__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2 else { throw vm.typeError("expected 1 argument") }
            let (a, b) = (args[0], args[1])
            for name in [n.name, n.loader, n.origin, n.submoduleSearchLocations, n.cachedField, n.setFileattr] {
                guard let other = try vm.lookupAttribute(b, name) else { return vm.notImplemented }
                if !(try vm.isTrue(try vm.compare(try vm.getAttribute(a, name), other, .equal))) { return .bool(false) }
            }
            return .bool(true)
        }
        spec.namespace.setString(names.dHash, .none)
        spec.defineProperty("parent") { (vm, this) throws(PyError) -> Value in
            let name = try vm.getAttribute(this, n.name)
            if !(try vm.getAttribute(this, n.submoduleSearchLocations)).isNone { return name }
            let s = try vm.string(name, "name")
            return Value(String(s[..<(s.lastIndex(of: ".") ?? s.startIndex)]))
        }
        readWriteProperty(spec, "has_location", get: { (vm, args, _) throws(PyError) -> Value in
            try vm.getAttribute(args.first ?? .none, n.setFileattr)
        }, set: { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2 else { return .none }
            try vm.setAttribute(args[0], n.setFileattr, .bool(try vm.isTrue(args[1])))
            return .none
        })
        readWriteProperty(spec, "cached", get: { (vm, args, _) throws(PyError) -> Value in
            try vm.getAttribute(args.first ?? .none, n.cachedField)
        }, set: { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2 else { return .none }
            try vm.setAttribute(args[0], n.cachedField, args[1])
            return .none
        })

        let builtin = try bootstrapClass("BuiltinImporter", module: "_frozen_importlib")
        staticMethod(builtin, "find_spec") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("find_spec", args, kw, parameters: ["fullname", "path", "target"], required: 1)
            if let path = slots[1], !path.isNone { return .none }
            let name = try vm.string(slots[0] ?? .none, "fullname")
            guard case .builtin? = vm.findModule(name, in: nil) else { return .none }
            return try vm.makeSpec(name, .builtin)
        }
        staticMethod(builtin, "create_module") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("create_module", args, kw, min: 1, max: 1)
            return try vm.createBuiltinModule(args[0])
        }
        staticMethod(builtin, "exec_module") { (_, _, _) throws(PyError) -> Value in .none }
        builtin.defineClassMethod("is_package") { (_, _, _) throws(PyError) -> Value in .bool(false) }

        let source = try bootstrapClass("SourceFileLoader", module: "_frozen_importlib_external")
        source.define("__init__") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("SourceFileLoader", args, kw, parameters: ["self", "fullname", "path"], required: 3)
            try vm.setAttribute(slots[0] ?? .none, n.name, slots[1] ?? .none)
            try vm.setAttribute(slots[0] ?? .none, n.path, slots[2] ?? .none)
            return .none
        }
        source.define("__eq__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2 else { throw vm.typeError("expected 1 argument") }
            guard vm.typeOf(args[0]) === vm.typeOf(args[1]) else { return .bool(false) }
            for name in [n.name, n.path] {
                if !(try vm.isTrue(try vm.compare(try vm.getAttribute(args[0], name), try vm.getAttribute(args[1], name), .equal))) {
                    return .bool(false)
                }
            }
            return .bool(true)
        }
        source.define("__hash__") { (vm, args, _) throws(PyError) -> Value in
            let this = args.first ?? .none
            return .int(try vm.hash(try vm.getAttribute(this, n.name)) ^ (try vm.hash(try vm.getAttribute(this, n.path))))
        }
        source.define("get_filename") { (vm, args, _) throws(PyError) -> Value in
            try vm.getAttribute(args.first ?? .none, n.path)
        }
        source.define("is_package") { (vm, args, _) throws(PyError) -> Value in
            let path = try vm.string(try vm.getAttribute(args.first ?? .none, n.path), "path")
            return .bool(path == "__init__.py" || path.hasSuffix("/__init__.py"))
        }
        source.define("get_source") { (vm, args, _) throws(PyError) -> Value in
            Value(try vm.readSource(try vm.string(try vm.getAttribute(args.first ?? .none, n.path), "path")))
        }
        source.define("get_data") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2 else { throw vm.typeError("get_data() takes exactly one argument") }
            let path = try vm.string(args[1], "path")
            guard let bytes = vm.readFileBytes(path) else {
                throw vm.error(vm.exceptions.FileNotFoundError, "[Errno 2] No such file or directory: '\(path)'")
            }
            return .object(PyBytes(bytes))
        }
        source.define("get_code") { (vm, args, _) throws(PyError) -> Value in
            let path = try vm.string(try vm.getAttribute(args.first ?? .none, n.path), "path")
            return .object(try vm.moduleCode(path))
        }
        source.define("create_module") { (_, _, _) throws(PyError) -> Value in .none }
        source.define("exec_module") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2 else { throw vm.typeError("exec_module() takes exactly one argument") }
            let path = try vm.string(try vm.getAttribute(args[0], n.path), "path")
            guard case .object(let d) = try vm.getAttribute(args[1], vm.names.dDict), let namespace = d as? PyDict else {
                throw vm.typeError("module has no __dict__")
            }
            try vm.execSourceFile(path, in: namespace)
            return .none
        }

        let namespaceLoader = try bootstrapClass("NamespaceLoader", module: "_frozen_importlib_external")
        namespaceLoader.define("__init__") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("NamespaceLoader", args, kw, parameters: ["self", "name", "path", "path_finder"], required: 1)
            try vm.setAttribute(slots[0] ?? .none, n.name, slots[1] ?? .none)
            try vm.setAttribute(slots[0] ?? .none, n.path, slots[2] ?? .none)
            return .none
        }
        namespaceLoader.define("is_package") { (_, _, _) throws(PyError) -> Value in .bool(true) }
        namespaceLoader.define("get_source") { (_, _, _) throws(PyError) -> Value in Value("") }
        namespaceLoader.define("create_module") { (_, _, _) throws(PyError) -> Value in .none }
        namespaceLoader.define("exec_module") { (_, _, _) throws(PyError) -> Value in .none }

        for cls in [spec, builtin, source, namespaceLoader] {
            cls.invalidateCaches()
            module.namespace.setString(intern(cls.name), .object(cls))
        }
    }

    /// `BuiltinImporter.create_module`: the native module for a built-in spec.
    func createBuiltinModule(_ spec: Value) throws(PyError) -> Value {
        let name = try string(try getAttribute(spec, importState.names.name), "spec.name")
        if let existing = modules.lookupString(intern(name)), !existing.isNone { return existing }
        if name == "_imp" { return .object(impModule()) }
        if name == "sys", let sys = sysModule { return .object(sys) }
        if name == "builtins" { return .object(builtinsModule) }
        guard let factory = nativeModules[name] else { throw importError("no built-in module named \(name)", name) }
        return .object(factory(self))
    }
}
