import SmolderCompiler
/// Python `set` and `frozenset`. Every operation builds its result the way CPython's setobject.c
/// does (which set is iterated, copy-then-update, ...) so iteration order matches CPython's.
extension Interpreter {
    func installSetTypes() {
        let set = types.set, frozenset = types.frozenset
        set.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            let cls = try vm.subclassToCreate(args, vm.types.set)
            if cls == nil, let kw, !kw.isEmpty { throw vm.typeError("set() takes no keyword arguments") }
            return .object(PySet(frozen: false, cls: cls))
        }
        set.define("__init__") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: false, "__init__")
            if let kw, !kw.isEmpty { throw vm.typeError("set() takes no keyword arguments") }
            if args.count > 2 { throw vm.typeError("set expected at most 1 argument, got \(args.count - 1)") }
            if s.fill > 0 { s.removeAll() }
            if args.count == 2 { try vm.updateSet(s, args[1]) }
            return .none
        }
        frozenset.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            let cls = try vm.subclassToCreate(args, vm.types.frozenset)
            if cls == nil, let kw, !kw.isEmpty { throw vm.typeError("frozenset() takes no keyword arguments") }
            if args.count > 2 { throw vm.typeError("frozenset expected at most 1 argument, got \(args.count - 1)") }
            if args.count == 2 {
                if cls == nil, case .object(let o) = args[1], o.kind == .set, o.cls == nil,
                   unsafeDowncast(o, to: PySet.self).isFrozen { return args[1] }
            }
            let s = PySet(frozen: true, cls: cls)
            if args.count == 2 { try vm.updateSet(s, args[1]) }
            return .object(s)
        }
        frozenset.define("__hash__") { (vm, args, _) throws(PyError) -> Value in
            .int(try vm.setReceiver(args, frozen: true, "__hash__").frozenHash)
        }
        set.setAttribute("__hash__", .none)
        for t in [set, frozenset] {
            installSharedSetMethods(t, frozen: t === frozenset)
            defineClassGetitem(t)
        }
        installMutableSetMethods(set)
    }

    func setReceiver(_ args: [Value], frozen: Bool, _ method: String) throws(PyError) -> PySet {
        if case .object(let o)? = args.first, o.kind == .set {
            let s = unsafeDowncast(o, to: PySet.self)
            if s.isFrozen == frozen { return s }
        }
        throw receiverError(args, frozen ? "frozenset" : "set", method)
    }

    /// The operand of a binary set operator, or nil (NotImplemented) when it is not a set/frozenset.
    private func setOperand(_ args: [Value]) throws(PyError) -> PySet? {
        guard args.count == 2 else { throw typeError("expected 1 argument, got \(args.count - 1)") }
        if case .object(let o) = args[1], o.kind == .set { return unsafeDowncast(o, to: PySet.self) }
        return nil
    }

    private func installSharedSetMethods(_ t: PyType, frozen: Bool) {
        let typeName = t.name
        t.define("__len__") { (vm, args, _) throws(PyError) -> Value in
            .int(try vm.setReceiver(args, frozen: frozen, "__len__").count)
        }
        t.define("__contains__") { (vm, args, _) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: frozen, "__contains__")
            guard args.count == 2 else { throw vm.typeError("\(typeName).__contains__() takes exactly one argument (\(args.count - 1) given)") }
            return .bool(try s.contains(args[1], vm: vm))
        }
        t.define("__iter__") { (vm, args, _) throws(PyError) -> Value in
            vm.setIterator(try vm.setReceiver(args, frozen: frozen, "__iter__"))
        }
        t.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: frozen, "__repr__")
            let name = vm.typeName(args[0])
            if s.count == 0 { return Value("\(name)()") }
            return Value(try vm.withReprGuard(s, recursive: "\(name)(...)") { () throws(PyError) -> String in
                let body = "{" + (try vm.joinedReprs(s.elements)) + "}"
                return s.cls == nil && !s.isFrozen ? body : "\(name)(\(body))"
            })
        }
        for (name, op) in [("__eq__", CompareOpArg.equal), ("__ne__", .notEqual), ("__lt__", .less),
                           ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual)] {
            t.define(name) { (vm, args, _) throws(PyError) -> Value in
                let s = try vm.setReceiver(args, frozen: frozen, name)
                guard let other = try vm.setOperand(args) else { return vm.notImplemented }
                switch op {
                case .equal: return .bool(s.count == other.count ? try vm.isSubset(s, other) : false)
                case .notEqual: return .bool(s.count == other.count ? !(try vm.isSubset(s, other)) : true)
                case .lessEqual: return .bool(try vm.isSubset(s, other))
                case .greaterEqual: return .bool(try vm.isSubset(other, s))
                case .less: return .bool(s.count < other.count ? try vm.isSubset(s, other) : false)
                case .greater: return .bool(s.count > other.count ? try vm.isSubset(other, s) : false)
                }
            }
        }
        let binary: [(String, String, (Interpreter, PySet, PySet) throws(PyError) -> PySet)] = [
            ("__or__", "__ror__", { (vm, a, b) throws(PyError) -> PySet in
                let result = try vm.copySet(a)
                if a !== b { try vm.updateSet(result, .object(b)) }
                return result
            }),
            ("__and__", "__rand__", { (vm, a, b) throws(PyError) -> PySet in try vm.intersection(a, .object(b)) }),
            ("__sub__", "__rsub__", { (vm, a, b) throws(PyError) -> PySet in try vm.difference(a, .object(b)) }),
            ("__xor__", "__rxor__", { (vm, a, b) throws(PyError) -> PySet in try vm.symmetricDifference(a, .object(b)) }),
        ]
        for (forward, reflected, op) in binary {
            t.define(forward) { (vm, args, _) throws(PyError) -> Value in
                let s = try vm.setReceiver(args, frozen: frozen, forward)
                guard let other = try vm.setOperand(args) else { return vm.notImplemented }
                return .object(try op(vm, s, other))
            }
            t.define(reflected) { (vm, args, _) throws(PyError) -> Value in
                let s = try vm.setReceiver(args, frozen: frozen, reflected)
                guard let other = try vm.setOperand(args) else { return vm.notImplemented }
                return .object(try op(vm, other, s))
            }
        }
        t.define("copy") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: frozen, "copy")
            try vm.expectNoArguments("\(typeName).copy", args, kw)
            if frozen && s.cls == nil { return args[0] }
            return .object(try vm.copySet(s))
        }
        t.define("union") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: frozen, "union")
            if let kw, !kw.isEmpty { throw vm.typeError("\(typeName).union() takes no keyword arguments") }
            let result = try vm.copySet(s)
            for other in args.dropFirst() {
                if case .object(let o) = other, o === s { continue }
                try vm.updateSet(result, other)
            }
            return .object(result)
        }
        t.define("intersection") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: frozen, "intersection")
            if let kw, !kw.isEmpty { throw vm.typeError("\(typeName).intersection() takes no keyword arguments") }
            if args.count == 1 {
                if frozen && s.cls == nil { return args[0] }
                return .object(try vm.copySet(s))
            }
            var result = s
            for other in args.dropFirst() { result = try vm.intersection(result, other) }
            return .object(result)
        }
        t.define("difference") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: frozen, "difference")
            if let kw, !kw.isEmpty { throw vm.typeError("\(typeName).difference() takes no keyword arguments") }
            if args.count == 1 {
                if frozen && s.cls == nil { return args[0] }
                return .object(try vm.copySet(s))
            }
            let result = try vm.difference(s, args[1])
            for other in args.dropFirst(2) { try vm.differenceUpdate(result, other) }
            return .object(result)
        }
        t.define("symmetric_difference") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: frozen, "symmetric_difference")
            try vm.expectOneArgument("\(typeName).symmetric_difference", args, kw)
            return .object(try vm.symmetricDifference(s, args[1]))
        }
        t.define("issubset") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: frozen, "issubset")
            try vm.expectOneArgument("\(typeName).issubset", args, kw)
            return .bool(try vm.isSubset(s, try vm.asSet(args[1])))
        }
        t.define("issuperset") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: frozen, "issuperset")
            try vm.expectOneArgument("\(typeName).issuperset", args, kw)
            return .bool(try vm.isSubset(try vm.asSet(args[1]), s))
        }
        t.define("isdisjoint") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: frozen, "isdisjoint")
            try vm.expectOneArgument("\(typeName).isdisjoint", args, kw)
            return .bool(try vm.isDisjoint(s, args[1]))
        }
        t.define("__reduce__") { (vm, args, _) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: frozen, "__reduce__")
            return .object(PyTuple([.object(vm.typeOf(args[0])), .object(PyTuple([.object(PyList(s.elements))])),
                                    s.dict.map { .object($0) } ?? .none]))
        }
    }

    private func installMutableSetMethods(_ set: PyType) {
        set.define("add") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: false, "add")
            try vm.expectOneArgument("set.add", args, kw)
            try s.add(args[1], vm: vm)
            return .none
        }
        set.define("remove") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: false, "remove")
            try vm.expectOneArgument("set.remove", args, kw)
            if !(try s.discard(args[1], vm: vm)) { throw vm.keyError(args[1]) }
            return .none
        }
        set.define("discard") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: false, "discard")
            try vm.expectOneArgument("set.discard", args, kw)
            try s.discard(args[1], vm: vm)
            return .none
        }
        set.define("pop") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: false, "pop")
            try vm.expectNoArguments("set.pop", args, kw)
            guard let v = s.popArbitrary() else { throw vm.keyError(Value("pop from an empty set")) }
            return v
        }
        set.define("clear") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: false, "clear")
            try vm.expectNoArguments("set.clear", args, kw)
            s.removeAll()
            return .none
        }
        set.define("update") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: false, "update")
            if let kw, !kw.isEmpty { throw vm.typeError("set.update() takes no keyword arguments") }
            for other in args.dropFirst() { try vm.updateSet(s, other) }
            return .none
        }
        set.define("intersection_update") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: false, "intersection_update")
            if let kw, !kw.isEmpty { throw vm.typeError("set.intersection_update() takes no keyword arguments") }
            var result = s
            for other in args.dropFirst() { result = try vm.intersection(result, other) }
            if result !== s { s.swapContents(with: result) }
            return .none
        }
        set.define("difference_update") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: false, "difference_update")
            if let kw, !kw.isEmpty { throw vm.typeError("set.difference_update() takes no keyword arguments") }
            for other in args.dropFirst() { try vm.differenceUpdate(s, other) }
            return .none
        }
        set.define("symmetric_difference_update") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.setReceiver(args, frozen: false, "symmetric_difference_update")
            try vm.expectOneArgument("set.symmetric_difference_update", args, kw)
            try vm.symmetricDifferenceUpdate(s, args[1])
            return .none
        }
        let inplace: [(String, (Interpreter, PySet, PySet) throws(PyError) -> Void)] = [
            ("__ior__", { (vm, s, o) throws(PyError) in try vm.updateSet(s, .object(o)) }),
            ("__iand__", { (vm, s, o) throws(PyError) in
                let result = try vm.intersection(s, .object(o))
                if result !== s { s.swapContents(with: result) }
            }),
            ("__isub__", { (vm, s, o) throws(PyError) in try vm.differenceUpdate(s, .object(o)) }),
            ("__ixor__", { (vm, s, o) throws(PyError) in try vm.symmetricDifferenceUpdate(s, .object(o)) }),
        ]
        for (name, op) in inplace {
            set.define(name) { (vm, args, _) throws(PyError) -> Value in
                let s = try vm.setReceiver(args, frozen: false, name)
                guard let other = try vm.setOperand(args) else { return vm.notImplemented }
                try op(vm, s, other)
                return args[0]
            }
        }
    }

    // MARK: setobject.c algorithms

    /// An iterator over the table in slot order; raises if the set changes size meanwhile.
    func setIterator(_ s: PySet) -> Value {
        var position = 0
        let expected = s.count
        var failed = false
        return makeIterator(named: "set_iterator") { vm throws(PyError) -> Value? in
            if failed { return nil }
            if s.count != expected {
                failed = true
                throw vm.runtimeError("Set changed size during iteration")
            }
            let table = s.table
            while position < table.count {
                let slot = table[position]
                position += 1
                if case .key(_, let k) = slot { return k }
            }
            return nil
        }
    }

    /// A new set or frozenset (the operand's base type) with the same contents.
    func copySet(_ s: PySet) throws(PyError) -> PySet {
        let result = PySet(frozen: s.isFrozen)
        try result.merge(s, vm: self)
        return result
    }

    /// `set_update_internal`: merge a set, a dict's keys (presized), or any iterable.
    func updateSet(_ s: PySet, _ other: Value) throws(PyError) {
        if case .object(let o) = other {
            if o.kind == .set {
                try s.merge(unsafeDowncast(o, to: PySet.self), vm: self)
                return
            }
            if o.kind == .dict && o.cls == nil {
                let d = unsafeDowncast(o, to: PyDict.self)
                if (s.fill + d.count) * 5 >= s.mask * 3 { s.resize(minimumUsed: (s.count + d.count) * 2) }
                var position = 0
                while let (e, next) = d.entry(atOrAfter: position) {
                    try s.add(e.key, hash: e.hash, vm: self)
                    position = next
                }
                return
            }
        }
        let it = try iterate(other)
        if case .object(let o) = it, o.kind == .generator {
            try unsafeDowncast(o, to: PyGenerator.self).drain(self, into: DrainTarget(set: s))
            return
        }
        while let v = try next(it) { try s.add(v, vm: self) }
    }

    /// A set operand as a set (`issubset` and friends accept any iterable).
    func asSet(_ v: Value) throws(PyError) -> PySet {
        if case .object(let o) = v, o.kind == .set { return unsafeDowncast(o, to: PySet.self) }
        let s = PySet(frozen: false)
        try updateSet(s, v)
        return s
    }

    func isSubset(_ a: PySet, _ b: PySet) throws(PyError) -> Bool {
        if a.count > b.count { return false }
        for (h, k) in a.entriesWithHashes where try b.find(k, hash: h, vm: self) == nil { return false }
        return true
    }

    func intersection(_ s: PySet, _ other: Value) throws(PyError) -> PySet {
        if case .object(let o) = other, o === s { return try copySet(s) }
        let result = PySet(frozen: s.isFrozen)
        if case .object(let o) = other, o.kind == .set {
            var (big, small) = (s, unsafeDowncast(o, to: PySet.self))
            if small.count > big.count { (big, small) = (small, big) }
            for (h, k) in small.entriesWithHashes where try big.find(k, hash: h, vm: self) != nil {
                try result.add(k, hash: h, vm: self)
            }
            return result
        }
        let it = try iterate(other)
        while let k = try next(it) {
            let h = try hash(k)
            if try s.find(k, hash: h, vm: self) != nil { try result.add(k, hash: h, vm: self) }
        }
        return result
    }

    func difference(_ s: PySet, _ other: Value) throws(PyError) -> PySet {
        var otherSize = -1
        if case .object(let o) = other {
            if o.kind == .set { otherSize = unsafeDowncast(o, to: PySet.self).count }
            if o.kind == .dict && o.cls == nil { otherSize = unsafeDowncast(o, to: PyDict.self).count }
        }
        if otherSize < 0 || (s.count >> 2) > otherSize {
            let result = try copySet(s)
            try differenceUpdate(result, other)
            return result
        }
        let result = PySet(frozen: s.isFrozen)
        guard case .object(let o) = other else { return result }
        if o.kind == .dict {
            let d = unsafeDowncast(o, to: PyDict.self)
            for (h, k) in s.entriesWithHashes where try d.get(k, vm: self) == nil {
                try result.add(k, hash: h, vm: self)
            }
            return result
        }
        let otherSet = unsafeDowncast(o, to: PySet.self)
        for (h, k) in s.entriesWithHashes where try otherSet.find(k, hash: h, vm: self) == nil {
            try result.add(k, hash: h, vm: self)
        }
        return result
    }

    func differenceUpdate(_ s: PySet, _ other: Value) throws(PyError) {
        if case .object(let o) = other, o === s {
            s.removeAll()
            return
        }
        if case .object(let o) = other, o.kind == .set {
            for (h, k) in unsafeDowncast(o, to: PySet.self).entriesWithHashes { try s.discard(k, hash: h, vm: self) }
        } else {
            let it = try iterate(other)
            while let k = try next(it) { try s.discard(k, vm: self) }
        }
        s.compactIfSparse()
    }

    func symmetricDifference(_ s: PySet, _ other: Value) throws(PyError) -> PySet {
        let result = PySet(frozen: s.isFrozen)
        try updateSet(result, other)
        try symmetricDifferenceUpdate(result, .object(s))
        return result
    }

    func symmetricDifferenceUpdate(_ s: PySet, _ other: Value) throws(PyError) {
        if case .object(let o) = other, o === s {
            s.removeAll()
            return
        }
        let entries: [(Int, Value)]
        if case .object(let o) = other, o.kind == .dict, o.cls == nil {
            entries = unsafeDowncast(o, to: PyDict.self).liveEntries.map { ($0.hash, $0.key) }
        } else if case .object(let o) = other, o.kind == .set {
            entries = unsafeDowncast(o, to: PySet.self).entriesWithHashes
        } else {
            let temp = PySet(frozen: false)
            try updateSet(temp, other)
            entries = temp.entriesWithHashes
        }
        for (h, k) in entries {
            if !(try s.discard(k, hash: h, vm: self)) { try s.add(k, hash: h, vm: self) }
        }
    }

    func isDisjoint(_ s: PySet, _ other: Value) throws(PyError) -> Bool {
        if case .object(let o) = other, o === s { return s.count == 0 }
        if case .object(let o) = other, o.kind == .set {
            var (big, small) = (s, unsafeDowncast(o, to: PySet.self))
            if small.count > big.count { (big, small) = (small, big) }
            for (h, k) in small.entriesWithHashes where try big.find(k, hash: h, vm: self) != nil { return false }
            return true
        }
        let it = try iterate(other)
        while let k = try next(it) {
            if try s.contains(k, vm: self) { return false }
        }
        return true
    }
}
