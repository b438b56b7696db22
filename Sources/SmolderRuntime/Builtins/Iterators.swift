import BigInt

/// The lazy iterator types of `builtins`: enumerate, zip, map, filter and reversed.
///
/// Each is a real class (so `isinstance`, `type()` and subclassing work); its instances are
/// `PyIterator`s carrying the class in `cls` and their state in a native closure, so they take the
/// interpreter's fast path for builtin iterators in `for` loops.
extension Interpreter {
    func installIteratorTypes() {
        installEnumerate(makeIteratorType("enumerate"))
        installZip(makeIteratorType("zip"))
        installMap(makeIteratorType("map"))
        installFilter(makeIteratorType("filter"))
        installReversed(makeIteratorType("reversed"))
    }

    /// A builtin iterator class exposed in `builtins`, with `__iter__` and `__next__`.
    private func makeIteratorType(_ name: String) -> PyType {
        let type = PyType(name: name, bases: [types.object], metaclass: nil, isHeapType: false, instanceKind: .iterator)
        type.mro = [type, types.object]
        type.define("__iter__") { (_, args, _) throws(PyError) -> Value in args[0] }
        type.define("__next__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, o.kind == .iterator else {
                throw vm.typeError("descriptor '__next__' requires a '\(name)' object but received a '\(vm.typeName(args.first ?? .none))'")
            }
            if let v = try vm.nextBuiltin(unsafeDowncast(o, to: PyIterator.self)) { return v }
            throw vm.stopIteration()
        }
        builtins.setString(intern(name), .object(type))
        return type
    }

    /// The class an instance should get: nil for the exact builtin class is not possible here (the
    /// iterator kind maps to `iterator`), so the class is always recorded.
    private func instanceClass(_ args: [Value], _ fallback: PyType) -> PyType {
        if case .object(let o)? = args.first, o.kind == .type { return unsafeDowncast(o, to: PyType.self) }
        return fallback
    }

    // MARK: enumerate

    private func installEnumerate(_ type: PyType) {
        type.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            let cls = vm.instanceClass(args, type)
            let positional = args.dropFirst()
            let given = positional.count + (kw?.names.count ?? 0)
            if given > 2 { throw vm.typeError("enumerate() takes at most 2 arguments (\(given) given)") }
            try vm.checkKeywords("enumerate", kw, allowed: ["iterable", "start"])
            var iterable = positional.first
            var start: Value? = positional.count > 1 ? positional[positional.startIndex + 1] : nil
            if let kw {
                for (name, value) in zip(kw.names, kw.values) {
                    if name == "iterable" {
                        if iterable != nil { throw vm.typeError("argument for enumerate() given by name ('iterable') and position (1)") }
                        iterable = value
                    } else {
                        if start != nil { throw vm.typeError("argument for enumerate() given by name ('start') and position (2)") }
                        start = value
                    }
                }
            }
            guard let iterable else { throw vm.typeError("enumerate() missing required argument 'iterable'") }
            let it = try vm.iterate(iterable)
            var count: Value = .int(0)
            if let start {
                if let b = vm.bigInt(start) {
                    count = Value.integer(b)
                } else if let r = try vm.callSpecial(start, vm.names.dIndex, []), let b = vm.bigInt(r) {
                    count = Value.integer(b)
                } else {
                    throw vm.typeError("'\(vm.typeName(start))' object cannot be interpreted as an integer")
                }
            }
            var pairs = TupleRecycler()
            return .object(PyIterator(.native { (vm) throws(PyError) -> Value? in
                guard let item = try vm.next(it) else { return nil }
                let index = count
                if case .int(let i) = count {
                    let (n, overflow) = i.addingReportingOverflow(1)
                    count = overflow ? Value.integer(BigInt(i) + 1) : .int(n)
                } else if let b = vm.bigInt(count) {
                    count = Value.integer(b + 1)
                }
                return .object(pairs.pair(index, item))
            }, cls: cls))
        }
    }

    // MARK: zip

    private func installZip(_ type: PyType) {
        type.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            let cls = vm.instanceClass(args, type)
            var strict = false
            if let kw, !kw.isEmpty {
                if kw.names.count > 1 { throw vm.typeError("zip() takes at most 1 keyword argument (\(kw.names.count) given)") }
                try vm.checkKeywords("zip", kw, allowed: ["strict"])
                strict = try vm.isTrue(kw.values[0])
            }
            var iterators: [Value] = []
            for iterable in args.dropFirst() { iterators.append(try vm.iterate(iterable)) }
            var tuples = TupleRecycler()
            return .object(PyIterator(.native { (vm) throws(PyError) -> Value? in
                if iterators.isEmpty { return nil }
                if let tuple = tuples.reusable(count: iterators.count) {
                    for (i, it) in iterators.enumerated() {
                        guard let v = try vm.next(it) else {
                            if strict { try vm.checkZipLengths(iterators, exhausted: i) }
                            return nil
                        }
                        tuple.items[i] = v
                    }
                    return .object(tuple)
                }
                var items = ContiguousArray<Value>()
                items.reserveCapacity(iterators.count)
                for (i, it) in iterators.enumerated() {
                    if let v = try vm.next(it) {
                        items.append(v)
                        continue
                    }
                    if strict { try vm.checkZipLengths(iterators, exhausted: i) }
                    return nil
                }
                return .object(tuples.keep(PyTuple(items)))
            }, cls: cls))
        }
    }

    /// `zip(strict=True)`: iterator `exhausted` ran out; every other one must have run out too.
    private func checkZipLengths(_ iterators: [Value], exhausted i: Int) throws(PyError) {
        func plural(_ n: Int) -> String { n == 1 ? "argument 1" : "arguments 1-\(n)" }
        if i > 0 {
            throw valueError("zip() argument \(i + 1) is shorter than \(plural(i))")
        }
        for j in 1..<max(1, iterators.count) where try next(iterators[j]) != nil {
            throw valueError("zip() argument \(j + 1) is longer than \(plural(j))")
        }
    }

    // MARK: map and filter

    private func installMap(_ type: PyType) {
        type.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            let cls = vm.instanceClass(args, type)
            if let kw, !kw.isEmpty { throw vm.typeError("map() takes no keyword arguments") }
            guard args.count >= 3 else { throw vm.typeError("map() must have at least two arguments.") }
            let function = args[1]
            var iterators: [Value] = []
            for iterable in args.dropFirst(2) { iterators.append(try vm.iterate(iterable)) }
            if iterators.count == 1 {
                let it = iterators[0]
                return .object(PyIterator(.native { (vm) throws(PyError) -> Value? in
                    guard let v = try vm.next(it) else { return nil }
                    return try vm.call(function, [v])
                }, cls: cls))
            }
            return .object(PyIterator(.native { (vm) throws(PyError) -> Value? in
                var items: [Value] = []
                items.reserveCapacity(iterators.count)
                for it in iterators {
                    guard let v = try vm.next(it) else { return nil }
                    items.append(v)
                }
                return try vm.call(function, items)
            }, cls: cls))
        }
    }

    private func installFilter(_ type: PyType) {
        type.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            let cls = vm.instanceClass(args, type)
            if cls === type, let kw, !kw.isEmpty { throw vm.typeError("filter() takes no keyword arguments") }
            guard args.count == 3 else { throw vm.typeError("filter expected 2 arguments, got \(max(0, args.count - 1))") }
            let function = args[1]
            let it = try vm.iterate(args[2])
            // `None` and `bool` both mean "keep the truthy items".
            let byTruth = function.isNone || function.isIdentical(to: .object(vm.types.bool))
            return .object(PyIterator(.native { (vm) throws(PyError) -> Value? in
                while let v = try vm.next(it) {
                    if try vm.isTrue(byTruth ? v : try vm.call(function, [v])) { return v }
                }
                return nil
            }, cls: cls))
        }
    }

    // MARK: reversed

    private func installReversed(_ type: PyType) {
        type.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            let cls = vm.instanceClass(args, type)
            if cls === type, let kw, !kw.isEmpty { throw vm.typeError("reversed() takes no keyword arguments") }
            guard args.count == 2 else { throw vm.typeError("reversed expected 1 argument, got \(max(0, args.count - 1))") }
            let seq = args[1]
            // range cannot be subclassed: its `__reversed__` is always this one.
            if case .object(let o) = seq, o.kind == .range, let it = unsafeDowncast(o, to: PyRange.self).smallReversedIterator {
                return it
            }
            let seqType = vm.typeOf(seq)
            if let method = seqType.lookupSpecial(vm.names.dReversed) {
                if method.isNone { throw vm.typeError("'\(seqType.name)' object is not reversible") }
                return try vm.callDescriptorMethod(method, on: seq, [])
            }
            if let fast = vm.reversedBuiltinSequence(seq, cls: cls) { return fast }
            guard seqType.lookupSpecial(vm.names.dGetitem) != nil, !seqType.isSubtype(of: vm.types.dict) else {
                throw vm.typeError("'\(seqType.name)' object is not reversible")
            }
            var index = try vm.length(seq) - 1
            return .object(PyIterator(.native { (vm) throws(PyError) -> Value? in
                guard index >= 0 else { return nil }
                do throws(PyError) {
                    let v = try vm.getItem(seq, .int(index))
                    index -= 1
                    return v
                } catch {
                    if vm.matches(error, vm.exceptions.IndexError) || vm.matches(error, vm.exceptions.StopIteration) {
                        return nil
                    }
                    throw error
                }
            }, cls: cls))
        }
    }

    /// `reversed()` of an exact list, tuple or str without going through `__getitem__`. Lists are
    /// read live, so appends and removals during iteration behave as in CPython.
    private func reversedBuiltinSequence(_ seq: Value, cls: PyType) -> Value? {
        guard case .object(let o) = seq, o.cls == nil else { return nil }
        switch o.kind {
        case .list:
            let list = unsafeDowncast(o, to: PyList.self)
            var index = list.items.count - 1
            return .object(PyIterator(.native { (_) throws(PyError) -> Value? in
                guard index >= 0, index < list.items.count else { return nil }
                defer { index -= 1 }
                return list.items[index]
            }, cls: cls))
        case .tuple:
            let items = unsafeDowncast(o, to: PyTuple.self).items
            var index = items.count - 1
            return .object(PyIterator(.native { (_) throws(PyError) -> Value? in
                guard index >= 0 else { return nil }
                defer { index -= 1 }
                return items[index]
            }, cls: cls))
        case .str:
            let s = unsafeDowncast(o, to: PyStr.self)
            var index = s.count - 1
            return .object(PyIterator(.native { (_) throws(PyError) -> Value? in
                guard index >= 0 else { return nil }
                defer { index -= 1 }
                return Value(String(Character(s.scalar(at: index))))
            }, cls: cls))
        default:
            return nil
        }
    }
}

/// The tuples an iterator such as `enumerate` or `zip` yields, reusing the last one when the consumer
/// has dropped it (the usual `for i, x in enumerate(...)`): as CPython does, it saves an allocation
/// and a free per step. A tuple anyone else still holds is never touched.
struct TupleRecycler {
    private var last: PyTuple?

    /// The last tuple, to refill in place, when only this recycler holds it and it has `count` items.
    mutating func reusable(count: Int) -> PyTuple? {
        guard isKnownUniquelyReferenced(&last), let tuple = last, tuple.items.count == count else { return nil }
        return tuple
    }

    /// Remembers a new tuple for reuse, and returns it.
    mutating func keep(_ tuple: PyTuple) -> PyTuple {
        last = tuple
        return tuple
    }

    mutating func pair(_ first: Value, _ second: Value) -> PyTuple {
        if let tuple = reusable(count: 2) {
            tuple.items[0] = first
            tuple.items[1] = second
            return tuple
        }
        return keep(PyTuple([first, second]))
    }
}
