/// Python `dict`: constructor, dunders and methods.
extension Interpreter {
    func installDictType() {
        let dict = types.dict
        dict.defineStatic("__new__") { (vm, args, _) throws(PyError) -> Value in
            .object(PyDict(cls: try vm.subclassToCreate(args, vm.types.dict)))
        }
        dict.define("__init__") { (vm, args, kw) throws(PyError) -> Value in
            let d = try vm.dictReceiver(args, "__init__")
            if args.count > 2 { throw vm.typeError("dict expected at most 1 argument, got \(args.count - 1)") }
            try vm.updateDict(d, args.count == 2 ? args[1] : nil, kw)
            return .none
        }
        installDictDunders(dict)
        installDictMethods(dict)
        dict.setAttribute("__hash__", .none)
        defineClassGetitem(dict)
    }

    private func installDictDunders(_ dict: PyType) {
        dict.define("__len__") { (vm, args, _) throws(PyError) -> Value in
            .int(try vm.dictReceiver(args, "__len__").count)
        }
        dict.define("__getitem__") { (vm, args, _) throws(PyError) -> Value in
            let d = try vm.dictReceiver(args, "__getitem__")
            guard args.count == 2 else { throw vm.typeError("dict.__getitem__() takes exactly one argument (\(args.count - 1) given)") }
            if let v = try d.get(args[1], vm: vm) { return try vm.resolvingDeferred(v, in: d, key: vm.strObject(args[1])) }
            if d.cls != nil, let missing = vm.typeOf(args[0]).lookupSpecial(vm.names.dMissing) {
                return try vm.callDescriptorMethod(missing, on: args[0], [args[1]])
            }
            throw vm.keyError(args[1])
        }
        dict.define("__setitem__") { (vm, args, _) throws(PyError) -> Value in
            let d = try vm.dictReceiver(args, "__setitem__")
            guard args.count == 3 else { throw vm.typeError("expected 2 arguments, got \(args.count - 1)") }
            try d.set(args[1], args[2], vm: vm)
            return .none
        }
        dict.define("__delitem__") { (vm, args, _) throws(PyError) -> Value in
            let d = try vm.dictReceiver(args, "__delitem__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            if try d.remove(args[1], vm: vm) == nil { throw vm.keyError(args[1]) }
            return .none
        }
        dict.define("__contains__") { (vm, args, _) throws(PyError) -> Value in
            let d = try vm.dictReceiver(args, "__contains__")
            guard args.count == 2 else { throw vm.typeError("dict.__contains__() takes exactly one argument (\(args.count - 1) given)") }
            return .bool(try d.contains(args[1], vm: vm))
        }
        dict.define("__iter__") { (vm, args, _) throws(PyError) -> Value in
            vm.dictIterator(try vm.dictReceiver(args, "__iter__"), .keys)
        }
        dict.define("__reversed__") { (vm, args, _) throws(PyError) -> Value in
            vm.dictReverseIterator(try vm.dictReceiver(args, "__reversed__"), .keys)
        }
        dict.define("__eq__") { (vm, args, _) throws(PyError) -> Value in
            let d = try vm.dictReceiver(args, "__eq__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            guard case .object(let o) = args[1], o.kind == .dict else { return vm.notImplemented }
            return .bool(try vm.dictsEqual(d, unsafeDowncast(o, to: PyDict.self)))
        }
        dict.define("__ne__") { (vm, args, _) throws(PyError) -> Value in
            let d = try vm.dictReceiver(args, "__ne__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            guard case .object(let o) = args[1], o.kind == .dict else { return vm.notImplemented }
            return .bool(!(try vm.dictsEqual(d, unsafeDowncast(o, to: PyDict.self))))
        }
        dict.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            let d = try vm.dictReceiver(args, "__repr__")
            if d.count == 0 { return Value("{}") }
            return Value(try vm.withReprGuard(d, recursive: "{...}") { () throws(PyError) -> String in
                var out = "{"
                var position = 0
                var first = true
                while let (e, next) = d.entry(atOrAfter: position) {
                    if !first { out += ", " }
                    first = false
                    out += try vm.repr(e.key)
                    out += ": "
                    out += try vm.repr(e.value)
                    position = next
                }
                return out + "}"
            })
        }
        dict.define("__or__") { (vm, args, _) throws(PyError) -> Value in
            let d = try vm.dictReceiver(args, "__or__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            guard case .object(let o) = args[1], o.kind == .dict else { return vm.notImplemented }
            let result = d.copy()
            try vm.mergeDict(result, unsafeDowncast(o, to: PyDict.self))
            return .object(result)
        }
        dict.define("__ror__") { (vm, args, _) throws(PyError) -> Value in
            let d = try vm.dictReceiver(args, "__ror__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            guard case .object(let o) = args[1], o.kind == .dict else { return vm.notImplemented }
            let result = unsafeDowncast(o, to: PyDict.self).copy()
            try vm.mergeDict(result, d)
            return .object(result)
        }
        dict.define("__ior__") { (vm, args, _) throws(PyError) -> Value in
            let d = try vm.dictReceiver(args, "__ior__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            try vm.updateDict(d, args[1], nil)
            return args[0]
        }
    }

    private func installDictMethods(_ dict: PyType) {
        dict.define("get") { (vm, args, kw) throws(PyError) -> Value in
            let d = try vm.dictReceiver(args, "get")
            try vm.expectArguments("get", args, kw, min: 1, max: 2)
            if let v = try d.get(args[1], vm: vm) { return try vm.resolvingDeferred(v, in: d, key: vm.strObject(args[1])) }
            return args.count == 3 ? args[2] : .none
        }
        dict.define("setdefault") { (vm, args, kw) throws(PyError) -> Value in
            let d = try vm.dictReceiver(args, "setdefault")
            try vm.expectArguments("setdefault", args, kw, min: 1, max: 2)
            if let v = try d.get(args[1], vm: vm) { return try vm.resolvingDeferred(v, in: d, key: vm.strObject(args[1])) }
            let v = args.count == 3 ? args[2] : .none
            try d.set(args[1], v, vm: vm)
            return v
        }
        dict.define("pop") { (vm, args, kw) throws(PyError) -> Value in
            let d = try vm.dictReceiver(args, "pop")
            try vm.expectArguments("pop", args, kw, min: 1, max: 2)
            if let v = try d.remove(args[1], vm: vm) { return try vm.resolvingDeferred(v, in: nil, key: nil) }
            if args.count == 3 { return args[2] }
            throw vm.keyError(args[1])
        }
        dict.define("popitem") { (vm, args, kw) throws(PyError) -> Value in
            let d = try vm.dictReceiver(args, "popitem")
            try vm.expectNoArguments("dict.popitem", args, kw)
            guard let e = d.popLast() else { throw vm.keyError(Value("popitem(): dictionary is empty")) }
            return .object(PyTuple([e.key, try vm.resolvingDeferred(e.value, in: nil, key: nil)]))
        }
        dict.define("update") { (vm, args, kw) throws(PyError) -> Value in
            let d = try vm.dictReceiver(args, "update")
            if args.count > 2 { throw vm.typeError("update expected at most 1 argument, got \(args.count - 1)") }
            try vm.updateDict(d, args.count == 2 ? args[1] : nil, kw)
            return .none
        }
        dict.define("clear") { (vm, args, kw) throws(PyError) -> Value in
            let d = try vm.dictReceiver(args, "clear")
            try vm.expectNoArguments("dict.clear", args, kw)
            d.clear()
            return .none
        }
        dict.define("copy") { (vm, args, kw) throws(PyError) -> Value in
            let d = try vm.dictReceiver(args, "copy")
            try vm.expectNoArguments("dict.copy", args, kw)
            return .object(d.copy())
        }
        dict.defineClassMethod("fromkeys") { (vm, args, kw) throws(PyError) -> Value in
            try vm.expectArguments("fromkeys", args, kw, min: 1, max: 2)
            let value = args.count == 3 ? args[2] : .none
            let result = try vm.call(args[0], [])
            if case .object(let o) = result, o.kind == .dict, o.cls == nil {
                let d = unsafeDowncast(o, to: PyDict.self)
                let it = try vm.iterate(args[1])
                while let k = try vm.next(it) { try d.set(k, value, vm: vm) }
                return result
            }
            let it = try vm.iterate(args[1])
            while let k = try vm.next(it) { try vm.setItem(result, k, value) }
            return result
        }
        dict.define("__sizeof__") { (vm, args, _) throws(PyError) -> Value in
            .int(48 + 24 * (try vm.dictReceiver(args, "__sizeof__").count))
        }
    }

    // MARK: Helpers

    /// `dict(arg, **kw)` / `d.update(arg, **kw)`: a mapping (anything with `keys`) or an iterable of pairs.
    func updateDict(_ d: PyDict, _ arg: Value?, _ kw: Keywords?) throws(PyError) {
        if let arg {
            if case .object(let o) = arg, o.kind == .dict,
               o.cls == nil || typeOf(arg).lookupSpecial(names.dIter).map({ isNative($0, "dict.__iter__") }) ?? false {
                try mergeDict(d, unsafeDowncast(o, to: PyDict.self))
            } else if let keysMethod = try lookupAttribute(arg, names.keys) {
                let it = try iterate(try call(keysMethod, []))
                while let k = try next(it) { try d.set(k, try getItem(arg, k), vm: self) }
            } else {
                try updateDict(d, pairs: arg)
            }
        }
        if let kw {
            for (name, value) in zip(kw.names, kw.values) { d.setString(intern(name), value) }
        }
    }

    /// Copies another dict's entries (hashes reused) into `d`.
    func mergeDict(_ d: PyDict, _ other: PyDict) throws(PyError) {
        if other === d { return }
        var position = 0
        while let (e, next) = other.entry(atOrAfter: position) {
            try d.set(e.key, hash: e.hash, e.value, vm: self)
            position = next
        }
    }

    /// Adds key/value pairs from an iterable, with CPython's per-element errors.
    func updateDict(_ d: PyDict, pairs: Value) throws(PyError) {
        let it = try iterate(pairs)
        var n = 0
        while let item = try next(it) {
            let pair: ContiguousArray<Value>
            if case .object(let o) = item, o.kind == .list || o.kind == .tuple {
                pair = try sequenceItems(item)
            } else {
                let itemIterator: Value
                do throws(PyError) {
                    itemIterator = try iterate(item)
                } catch {
                    if matches(error, exceptions.TypeError) {
                        throw typeError("cannot convert dictionary update sequence element #\(n) to a sequence")
                    }
                    throw error
                }
                var collected = ContiguousArray<Value>()
                while let v = try next(itemIterator) { collected.append(v) }
                pair = collected
            }
            guard pair.count == 2 else {
                throw valueError("dictionary update sequence element #\(n) has length \(pair.count); 2 is required")
            }
            try d.set(pair[0], pair[1], vm: self)
            n += 1
        }
    }

    func dictsEqual(_ a: PyDict, _ b: PyDict) throws(PyError) -> Bool {
        if a === b { return true }
        if a.count != b.count { return false }
        var position = 0
        while let (e, next) = a.entry(atOrAfter: position) {
            guard let other = try b.get(e.key, vm: self) else { return false }
            if !e.value.isIdentical(to: other), !(try isTrue(try compare(e.value, other, .equal))) { return false }
            position = next
        }
        return true
    }

    enum DictViewKind {
        case keys, values, items
    }

    /// A forward iterator over a dict, raising if the dict changes size (or keys) meanwhile.
    func dictIterator(_ d: PyDict, _ kind: DictViewKind) -> Value {
        var position = 0
        let expected = d.count
        var remaining = d.count
        var failed = false
        let name = kind == .keys ? "dict_keyiterator" : kind == .values ? "dict_valueiterator" : "dict_itemiterator"
        return makeIterator(named: name) { vm throws(PyError) -> Value? in
            if failed { return nil }
            if d.count != expected {
                failed = true
                throw vm.runtimeError("dictionary changed size during iteration")
            }
            guard let (e, next) = d.entry(atOrAfter: position) else {
                position = Int.max
                return nil
            }
            if remaining == 0 {
                failed = true
                throw vm.runtimeError("dictionary keys changed during iteration")
            }
            remaining -= 1
            position = next
            switch kind {
            case .keys: return e.key
            case .values: return e.value
            case .items: return .object(PyTuple([e.key, e.value]))
            }
        }
    }

    func dictReverseIterator(_ d: PyDict, _ kind: DictViewKind) -> Value {
        var entries = d.liveEntries
        let expected = d.count
        var failed = false
        let name = kind == .keys ? "dict_reversekeyiterator" : kind == .values ? "dict_reversevalueiterator" : "dict_reverseitemiterator"
        return makeIterator(named: name) { vm throws(PyError) -> Value? in
            if failed { return nil }
            if d.count != expected {
                failed = true
                throw vm.runtimeError("dictionary changed size during iteration")
            }
            guard let e = entries.popLast() else { return nil }
            switch kind {
            case .keys: return e.key
            case .values: return e.value
            case .items: return .object(PyTuple([e.key, e.value]))
            }
        }
    }
}
