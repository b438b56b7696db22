/// The `gc` module: control of the cycle collector (see Memory/CycleCollector.swift).
extension Interpreter {
    func makeGCModule() -> PyModule {
        let m = PyModule(name: "gc")
        m.namespace.setString(intern("garbage"), .object(PyList([])))
        m.namespace.setString(intern("callbacks"), .object(PyList([])))
        for (name, value) in [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4),
                              ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38)] {
            m.namespace.setString(intern(name), .int(value))
        }
        defineFunction(in: m, "collect") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("collect", args, kw, parameters: ["generation"], required: 0)
            if let g = slots[0] {
                let generation = try vm.index(g)
                guard (0...2).contains(generation) else { throw vm.valueError("invalid generation") }
            }
            let found = vm.cycleCollector.collect()
            vm.cycleCollector.scheduleNext()
            vm.runWeakCallbacks()
            return .int(found)
        }
        defineFunction(in: m, "enable") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("enable", args, kw, min: 0, max: 0)
            vm.cycleCollector.isEnabled = true
            vm.cycleCollector.scheduleNext()
            return .none
        }
        defineFunction(in: m, "disable") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("disable", args, kw, min: 0, max: 0)
            vm.cycleCollector.isEnabled = false
            vm.cycleCollector.scheduleNext()
            return .none
        }
        defineFunction(in: m, "isenabled") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("isenabled", args, kw, min: 0, max: 0)
            return .bool(vm.cycleCollector.isEnabled)
        }
        defineFunction(in: m, "is_tracked") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("is_tracked", args, kw, min: 1, max: 1)
            if case .object(let o) = args[0] { return .bool(o.trackingIndex >= 0) }
            return .bool(false)
        }
        defineFunction(in: m, "get_count") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("get_count", args, kw, min: 0, max: 0)
            return .object(PyTuple([.int(trackedCount), .int(0), .int(0)]))
        }
        defineFunction(in: m, "get_threshold") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("get_threshold", args, kw, min: 0, max: 0)
            return .object(PyTuple(vm.cycleCollector.thresholds.map { .int($0) }))
        }
        defineFunction(in: m, "set_threshold") { (vm, args, kw) throws(PyError) -> Value in
            if let kw, !kw.isEmpty { throw vm.typeError("set_threshold() takes no keyword arguments") }
            guard (1...3).contains(args.count) else {
                throw vm.typeError("set_threshold() takes at least 1 argument (\(args.count) given)")
            }
            for (i, a) in args.enumerated() { vm.cycleCollector.thresholds[i] = try vm.index(a) }
            return .none
        }
        defineFunction(in: m, "get_stats") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("get_stats", args, kw, min: 0, max: 0)
            var stats: [Value] = []
            for generation in 0..<3 {
                let d = PyDict()
                let all = generation == 2
                d.setString(vm.intern("collections"), .int(all ? vm.cycleCollector.collections : 0))
                d.setString(vm.intern("collected"), .int(all ? vm.cycleCollector.collected : 0))
                d.setString(vm.intern("uncollectable"), .int(0))
                stats.append(.object(d))
            }
            return .object(PyList(stats))
        }
        defineFunction(in: m, "get_objects") { (vm, args, kw) throws(PyError) -> Value in
            _ = try vm.bindNative("get_objects", args, kw, parameters: ["generation"], required: 0)
            var objects: [Value] = []
            objects.reserveCapacity(trackedCount)
            for i in 0..<trackedCount { objects.append(.object(trackedObject(at: i))) }
            return .object(PyList(objects))
        }
        defineFunction(in: m, "get_referents") { (vm, args, kw) throws(PyError) -> Value in
            if let kw, !kw.isEmpty { throw vm.typeError("get_referents() takes no keyword arguments") }
            let found = ReferentList()
            var visitor = ReferenceVisitor(seenBuffers: nil) { found.items.append(.object($0)) }
            for a in args { if case .object(let o) = a { o.visitReferences(&visitor) } }
            return .object(PyList(found.items))
        }
        for name in ["freeze", "unfreeze"] {
            defineFunction(in: m, name) { (vm, args, kw) throws(PyError) -> Value in
                try vm.checkArgumentCount(name, args, kw, min: 0, max: 0)
                return .none
            }
        }
        defineFunction(in: m, "get_freeze_count") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("get_freeze_count", args, kw, min: 0, max: 0)
            return .int(0)
        }
        return m
    }
}

private final class ReferentList {
    var items: [Value] = []
}
