/// `_lazy_imports`: the run-time API of the lazy-imports spec (re-exported by `importlib`) and the
/// introspection data the shell's inspector shows.
extension Interpreter {
    func makeLazyImportsModule() -> PyModule {
        let m = PyModule(name: "_lazy_imports")
        defineFunction(in: m, "set_lazy_imports") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("set_lazy_imports", args, kw, parameters: ["enable", "excluding", "eager"],
                                          required: 0, positionalOnly: 1)
            let state = vm.lazyImports
            let previous = PyTuple([.bool(state.isEnabled), state.excluding, state.eager])
            state.isEnabled = try slots[0].map { (v) throws(PyError) -> Bool in try vm.isTrue(v) } ?? true
            state.excluding = slots[1] ?? .none
            state.eager = slots[2] ?? .none
            return .object(previous)
        }
        defineFunction(in: m, "is_lazy_imports_enabled") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("is_lazy_imports_enabled", args, kw, min: 0, max: 0)
            return .bool(vm.lazyImports.isEnabled)
        }
        defineFunction(in: m, "is_lazy_import") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("is_lazy_import", args, kw, min: 2, max: 2)
            guard case .object(let o) = args[0], o.kind == .dict else {
                throw vm.typeError("is_lazy_import() argument 1 must be dict, not \(vm.typeName(args[0]))")
            }
            guard let v = try unsafeDowncast(o, to: PyDict.self).get(args[1], vm: vm) else { throw vm.keyError(args[1]) }
            return .bool(v.deferredImport != nil)
        }
        defineFunction(in: m, "_enter_eager") { (vm, _, _) throws(PyError) -> Value in
            vm.lazyImports.eagerDepth += 1
            return .none
        }
        defineFunction(in: m, "_exit_eager") { (vm, _, _) throws(PyError) -> Value in
            vm.lazyImports.eagerDepth = max(0, vm.lazyImports.eagerDepth - 1)
            return .none
        }
        defineFunction(in: m, "deferred_names") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("deferred_names", args, kw, min: 0, max: 0)
            return .object(PyList(vm.deferredNameRecords()))
        }
        defineFunction(in: m, "module_loads") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("module_loads", args, kw, min: 0, max: 0)
            return .object(PyList(vm.lazyImports.loads.map {
                .object(PyTuple([Value($0.name), .float($0.seconds), Value($0.trigger)]))
            }))
        }
        defineFunction(in: m, "counters") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("counters", args, kw, min: 0, max: 0)
            let d = PyDict()
            let state = vm.lazyImports
            d.setString(vm.intern("modules_loaded"), .int(vm.modules.count))
            d.setString(vm.intern("deferred_created"), .int(state.deferredCreated))
            d.setString(vm.intern("deferred_resolved"), .int(state.deferredResolved))
            d.setString(vm.intern("deferred_pending"), .int(vm.deferredNameRecords().count))
            return .object(d)
        }
        return m
    }

    /// `(module, name, "file:line")` for every deferred name still in a loaded module's namespace.
    func deferredNameRecords() -> [Value] {
        var records: [Value] = []
        for entry in modules.liveEntries {
            guard case .object(let mo) = entry.value, let module = mo as? PyModule,
                  module.namespace.mayHoldDeferred else { continue }
            for e in module.namespace.liveEntries {
                guard let d = e.value.deferredImport, d.resolvedValue == nil else { continue }
                let site = d.filename.isEmpty ? "submodule of \(d.importingModule)" : "\(d.filename):\(d.line)"
                records.append(.object(PyTuple([entry.key, e.key, Value(site)])))
            }
        }
        return records
    }

    /// Warm-up: resolves what a module's body left deferred, in namespace order.
    func warmUpDeferredImports(in namespace: PyDict) throws(PyError) {
        guard lazyImports.warmup else { return }
        try resolveAllDeferred(in: namespace)
    }
}
