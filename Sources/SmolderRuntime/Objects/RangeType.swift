import BigInt

/// Python `range`: arbitrary-precision bounds, O(1) `in` for ints, slicing to ranges.
extension Interpreter {
    func installRangeType() {
        let range = types.range
        range.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            _ = try vm.subclassToCreate(args, vm.types.range)
            if let kw, !kw.isEmpty { throw vm.typeError("range() takes no keyword arguments") }
            // The common `range(n)` and `range(a, b)` with machine ints skip the big-int bounds.
            if args.count == 2, case .int(let stop) = args[1] { return .object(PyRange(start: 0, stop: stop, step: 1)) }
            if args.count == 3, case .int(let start) = args[1], case .int(let stop) = args[2] {
                return .object(PyRange(start: start, stop: stop, step: 1))
            }
            switch args.count {
            case 2:
                return .object(PyRange(start: 0, stop: try vm.indexBigInt(args[1]), step: 1))
            case 3, 4:
                let start = try vm.indexBigInt(args[1]), stop = try vm.indexBigInt(args[2])
                let step = args.count == 4 ? try vm.indexBigInt(args[3]) : 1
                if step == 0 { throw vm.valueError("range() arg 3 must not be zero") }
                return .object(PyRange(start: start, stop: stop, step: step))
            case 0, 1: throw vm.typeError("range expected at least 1 argument, got 0")
            default: throw vm.typeError("range expected at most 3 arguments, got \(args.count - 1)")
            }
        }
        func receiver(_ vm: Interpreter, _ args: [Value], _ method: String) throws(PyError) -> PyRange {
            unsafeDowncast(try vm.receiver(args, .range, "range", method), to: PyRange.self)
        }
        range.defineProperty("start") { (vm, v) throws(PyError) -> Value in .integer(try receiver(vm, [v], "start").start) }
        range.defineProperty("stop") { (vm, v) throws(PyError) -> Value in .integer(try receiver(vm, [v], "stop").stop) }
        range.defineProperty("step") { (vm, v) throws(PyError) -> Value in .integer(try receiver(vm, [v], "step").step) }
        range.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            let r = try receiver(vm, args, "__repr__")
            if r.step == 1 { return Value("range(\(r.start), \(r.stop))") }
            return Value("range(\(r.start), \(r.stop), \(r.step))")
        }
        range.define("__len__") { (vm, args, _) throws(PyError) -> Value in
            let r = try receiver(vm, args, "__len__")
            if let n = r.smallLength { return .int(n) }
            let n = r.length
            guard let i = Int(exactly: n) else { throw vm.overflowError("Python int too large to convert to C ssize_t") }
            return .int(i)
        }
        range.define("__bool__") { (vm, args, _) throws(PyError) -> Value in
            let r = try receiver(vm, args, "__bool__")
            if let n = r.smallLength { return .bool(n != 0) }
            return .bool(r.length != 0)
        }
        range.define("__iter__") { (vm, args, _) throws(PyError) -> Value in
            let r = try receiver(vm, args, "__iter__")
            if let s = r.small { return .object(PyIterator(rangeFrom: s.start, to: s.stop, step: s.step)) }
            var current = r.start
            let stop = r.stop, step = r.step
            return vm.makeIterator { _ throws(PyError) -> Value? in
                guard step > 0 ? current < stop : current > stop else { return nil }
                defer { current += step }
                return .integer(current)
            }
        }
        range.define("__reversed__") { (vm, args, _) throws(PyError) -> Value in
            let r = try receiver(vm, args, "__reversed__")
            if let it = r.smallReversedIterator { return it }
            let n = r.length
            let last = r.start + (n - 1) * r.step
            let newStop = r.start - r.step
            if n > 0, let a = Int(exactly: last), let b = Int(exactly: newStop), let c = Int(exactly: -r.step) {
                return .object(PyIterator(rangeFrom: a, to: b, step: c))
            }
            var remaining = n
            var current = last
            let step = r.step
            return vm.makeIterator { _ throws(PyError) -> Value? in
                guard remaining > 0 else { return nil }
                remaining -= 1
                defer { current -= step }
                return .integer(current)
            }
        }
        range.define("__getitem__") { (vm, args, _) throws(PyError) -> Value in
            let r = try receiver(vm, args, "__getitem__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            let key = args[1]
            if case .object(let o) = key, o.kind == .slice {
                let (start, stop, step) = try vm.bigSliceIndices(unsafeDowncast(o, to: PySlice.self), length: r.length)
                return .object(PyRange(start: r.start + start * r.step, stop: r.start + stop * r.step, step: r.step * step))
            }
            guard vm.bigInt(key) != nil || vm.typeOf(key).lookupSpecial(vm.names.dIndex) != nil else {
                throw vm.typeError("range indices must be integers or slices, not \(vm.typeName(key))")
            }
            if case .int(let i) = key, let s = r.small, let n = r.smallLength {
                let j = i < 0 ? i + n : i
                guard j >= 0 && j < n else { throw vm.indexError("range object index out of range") }
                // In range, so start + j * step lies between start and stop: no overflow.
                return .int(s.start &+ j &* s.step)
            }
            var i = try vm.indexBigInt(key)
            let n = r.length
            if i < 0 { i += n }
            guard i >= 0 && i < n else { throw vm.indexError("range object index out of range") }
            return .integer(r.start + i * r.step)
        }
        range.define("__contains__") { (vm, args, _) throws(PyError) -> Value in
            let r = try receiver(vm, args, "__contains__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            return .bool(try vm.rangeContains(r, args[1]))
        }
        range.define("count") { (vm, args, kw) throws(PyError) -> Value in
            let r = try receiver(vm, args, "count")
            try vm.expectOneArgument("range.count", args, kw)
            if let i = vm.exactBigInt(args[1]) { return .int(vm.rangePosition(r, i) != nil ? 1 : 0) }
            var n = 0
            let it = try vm.iterate(args[0])
            while let x = try vm.next(it) { if try vm.equals(x, args[1]) { n += 1 } }
            return .int(n)
        }
        range.define("index") { (vm, args, kw) throws(PyError) -> Value in
            let r = try receiver(vm, args, "index")
            try vm.expectOneArgument("range.index", args, kw)
            if let i = vm.exactBigInt(args[1]) {
                guard let p = vm.rangePosition(r, i) else { throw vm.valueError("\(i) is not in range") }
                return .integer(p)
            }
            var n = 0
            let it = try vm.iterate(args[0])
            while let x = try vm.next(it) {
                if try vm.equals(x, args[1]) { return .int(n) }
                n += 1
            }
            throw vm.valueError("sequence.index(x): x not in sequence")
        }
        range.define("__eq__") { (vm, args, _) throws(PyError) -> Value in
            let r = try receiver(vm, args, "__eq__")
            guard args.count == 2, case .object(let o) = args[1], o.kind == .range else { return vm.notImplemented }
            return .bool(vm.rangesEqual(r, unsafeDowncast(o, to: PyRange.self)))
        }
        range.define("__ne__") { (vm, args, _) throws(PyError) -> Value in
            let r = try receiver(vm, args, "__ne__")
            guard args.count == 2, case .object(let o) = args[1], o.kind == .range else { return vm.notImplemented }
            return .bool(!vm.rangesEqual(r, unsafeDowncast(o, to: PyRange.self)))
        }
        range.define("__hash__") { (vm, args, _) throws(PyError) -> Value in
            let r = try receiver(vm, args, "__hash__")
            let n = r.length
            let items: [Value]
            if n == 0 {
                items = [.int(0), .none, .none]
            } else if n == 1 {
                items = [.int(1), .integer(r.start), .none]
            } else {
                items = [.integer(n), .integer(r.start), .integer(r.step)]
            }
            return .int(try vm.hashTuple(PyTuple(items)))
        }
    }

    /// The BigInt of an exact int or bool (the values `range.__contains__` tests arithmetically).
    func exactBigInt(_ v: Value) -> BigInt? {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigInt: return unsafeDowncast(o, to: PyBigInt.self).value
        default: return nil
        }
    }

    /// The index of `i` in the range, or nil.
    func rangePosition(_ r: PyRange, _ i: BigInt) -> BigInt? {
        if r.step > 0 {
            guard i >= r.start && i < r.stop else { return nil }
        } else {
            guard i <= r.start && i > r.stop else { return nil }
        }
        let offset = i - r.start
        guard offset % r.step == 0 else { return nil }
        return offset / r.step
    }

    func rangeContains(_ r: PyRange, _ x: Value) throws(PyError) -> Bool {
        if case .int(let i) = x, let s = r.small {
            if s.step > 0 ? (i < s.start || i >= s.stop) : (i > s.start || i <= s.stop) { return false }
            let (offset, overflow) = i.subtractingReportingOverflow(s.start)
            if !overflow {
                let (remainder, badDivision) = offset.remainderReportingOverflow(dividingBy: s.step)
                return badDivision || remainder == 0
            }
        }
        if let i = exactBigInt(x) { return rangePosition(r, i) != nil }
        let it = try iterate(.object(r))
        while let v = try next(it) { if try equals(v, x) { return true } }
        return false
    }

    func rangesEqual(_ a: PyRange, _ b: PyRange) -> Bool {
        if a === b { return true }
        let n = a.length
        if n != b.length { return false }
        if n == 0 { return true }
        if a.start != b.start { return false }
        if n == 1 { return true }
        return a.step == b.step
    }
}

