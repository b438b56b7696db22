import SmolderCompiler
/// Python `list`: constructor, dunders and methods, with CPython's messages.
extension Interpreter {
    func installListType() {
        let list = types.list
        list.defineStatic("__new__") { (vm, args, _) throws(PyError) -> Value in
            .object(PyList([], cls: try vm.subclassToCreate(args, vm.types.list)))
        }
        list.define("__init__") { (vm, args, kw) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "__init__")
            if let kw, !kw.isEmpty { throw vm.typeError("list() takes no keyword arguments") }
            if args.count > 2 { throw vm.typeError("list expected at most 1 argument, got \(args.count - 1)") }
            l.items.removeAll()
            if args.count == 2 { l.items = try vm.sequenceItems(args[1]) }
            return .none
        }
        installListDunders(list)
        installListMethods(list)
        list.setAttribute("__hash__", .none)
        defineClassGetitem(list)
    }

    /// Items of any iterable, sharing storage with an exact list or tuple.
    func sequenceItems(_ iterable: Value) throws(PyError) -> ContiguousArray<Value> {
        if case .object(let o) = iterable {
            if o.kind == .list && o.cls == nil { return unsafeDowncast(o, to: PyList.self).items }
            if o.kind == .tuple && o.cls == nil { return unsafeDowncast(o, to: PyTuple.self).items }
            if o.kind == .range, let items = try smallRangeItems(unsafeDowncast(o, to: PyRange.self)) { return items }
        }
        try checkMaterializable(iterable)
        let it = try iterate(iterable)
        if case .object(let o) = it, o.kind == .generator {
            // Unknown length (`tuple(x for x in ...)`): room for a few items up front instead of
            // growing through capacities 1, 2, 4 and 8.
            let target = DrainTarget(set: nil)
            target.items.reserveCapacity(8)
            try unsafeDowncast(o, to: PyGenerator.self).drain(self, into: target)
            return target.items
        }
        var out = ContiguousArray<Value>()
        if case .object(let o) = iterable, o.cls == nil {
            if o.kind == .dict { out.reserveCapacity(unsafeDowncast(o, to: PyDict.self).count) }
            if o.kind == .set { out.reserveCapacity(unsafeDowncast(o, to: PySet.self).count) }
            if o.kind == .iterator { out.reserveCapacity(8) }
        }
        while let v = try next(it) { out.append(v) }
        return out
    }

    /// The elements of a range with machine-int bounds, built without an iterator.
    private func smallRangeItems(_ r: PyRange) throws(PyError) -> ContiguousArray<Value>? {
        guard let (start, _, step) = r.small, let n = r.smallLength else { return nil }
        try ensureAllocatable(count: n, elementSize: MemoryLayout<Value>.stride)
        var out = ContiguousArray<Value>()
        out.reserveCapacity(n)
        var v = start
        for _ in 0..<n {
            out.append(.int(v))
            v &+= step
        }
        return out
    }

    private func installListDunders(_ list: PyType) {
        list.define("__len__") { (vm, args, _) throws(PyError) -> Value in
            .int(try vm.listReceiver(args, "__len__").items.count)
        }
        list.define("__getitem__") { (vm, args, _) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "__getitem__")
            guard args.count == 2 else { throw vm.typeError("list.__getitem__() takes exactly one argument (\(args.count - 1) given)") }
            switch try vm.sequenceKey(args[1], "list") {
            case .index(let i):
                let j = i < 0 ? i + l.items.count : i
                guard j >= 0 && j < l.items.count else { throw vm.indexError("list index out of range") }
                return l.items[j]
            case .slice(let s):
                return .object(PyList(try vm.sliceItems(l.items, s)))
            }
        }
        list.define("__setitem__") { (vm, args, _) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "__setitem__")
            guard args.count == 3 else { throw vm.typeError("expected 2 arguments, got \(args.count - 1)") }
            switch try vm.sequenceKey(args[1], "list") {
            case .index(let i):
                let j = i < 0 ? i + l.items.count : i
                guard j >= 0 && j < l.items.count else { throw vm.indexError("list assignment index out of range") }
                l.items[j] = args[2]
            case .slice(let s):
                try vm.assignListSlice(l, s, args[2])
            }
            return .none
        }
        list.define("__delitem__") { (vm, args, _) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "__delitem__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            switch try vm.sequenceKey(args[1], "list") {
            case .index(let i):
                let j = i < 0 ? i + l.items.count : i
                guard j >= 0 && j < l.items.count else { throw vm.indexError("list assignment index out of range") }
                l.items.remove(at: j)
            case .slice(let s):
                try vm.deleteListSlice(l, s)
            }
            return .none
        }
        list.define("__contains__") { (vm, args, _) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "__contains__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            var i = 0
            // Re-read the count each step: __eq__ may shrink the list.
            while i < l.items.count {
                if try vm.equals(l.items[i], args[1]) { return .true }
                i += 1
            }
            return .false
        }
        list.define("__iter__") { (vm, args, _) throws(PyError) -> Value in
            .object(PyIterator(.list(try vm.listReceiver(args, "__iter__"))))
        }
        list.define("__reversed__") { (vm, args, _) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "__reversed__")
            var index = l.items.count - 1
            return vm.makeIterator { _ throws(PyError) -> Value? in
                guard index >= 0 && index < l.items.count else {
                    index = -1
                    return nil
                }
                defer { index -= 1 }
                return l.items[index]
            }
        }
        list.define("__add__") { (vm, args, _) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "__add__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            guard case .object(let o) = args[1], o.kind == .list else { return vm.notImplemented }
            return .object(PyList(vm.concatenated(l.items, unsafeDowncast(o, to: PyList.self).items)))
        }
        list.define("__iadd__") { (vm, args, _) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "__iadd__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            try vm.extendList(l, args[1])
            return args[0]
        }
        let multiply: NativeFunction = { (vm, args, _) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "__mul__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            guard let n = try vm.repeatOperand(args[1]) else { return vm.notImplemented }
            return .object(PyList(try vm.repeatItems(l.items, n)))
        }
        list.define("__mul__", multiply)
        list.define("__rmul__", multiply)
        list.define("__imul__") { (vm, args, _) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "__imul__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            guard let n = try vm.repeatOperand(args[1]) else { return vm.notImplemented }
            if n <= 0 {
                l.items.removeAll()
            } else if n > 1 {
                l.items = try vm.repeatItems(l.items, n)
            }
            return args[0]
        }
        for (name, op) in [("__eq__", CompareOpArg.equal), ("__ne__", .notEqual), ("__lt__", .less),
                           ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual)] {
            list.define(name) { (vm, args, _) throws(PyError) -> Value in
                let l = try vm.listReceiver(args, name)
                guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
                guard case .object(let o) = args[1], o.kind == .list else { return vm.notImplemented }
                return .bool(try vm.compareSequences(l.items, unsafeDowncast(o, to: PyList.self).items, op))
            }
        }
        list.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "__repr__")
            if l.items.isEmpty { return Value("[]") }
            return Value(try vm.withReprGuard(l, recursive: "[...]") { () throws(PyError) -> String in
                var out = "["
                var i = 0
                while i < l.items.count {
                    if i > 0 { out += ", " }
                    out += try vm.repr(l.items[i])
                    i += 1
                }
                return out + "]"
            })
        }
    }

    private func installListMethods(_ list: PyType) {
        list.define("append") { (vm, args, kw) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "append")
            try vm.expectOneArgument("list.append", args, kw)
            l.items.append(args[1])
            return .none
        }
        list.define("extend") { (vm, args, kw) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "extend")
            try vm.expectOneArgument("list.extend", args, kw)
            try vm.extendList(l, args[1])
            return .none
        }
        list.define("insert") { (vm, args, kw) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "insert")
            try vm.expectArguments("insert", args, kw, min: 2, max: 2)
            var i = try vm.clampedIndex(args[1])
            let n = l.items.count
            if i < 0 { i = max(0, i + n) } else if i > n { i = n }
            l.items.insert(args[2], at: i)
            return .none
        }
        list.define("remove") { (vm, args, kw) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "remove")
            try vm.expectOneArgument("list.remove", args, kw)
            var i = 0
            while i < l.items.count {
                if try vm.equals(l.items[i], args[1]) {
                    if i < l.items.count { l.items.remove(at: i) }
                    return .none
                }
                i += 1
            }
            throw vm.valueError("list.remove(x): x not in list")
        }
        list.define("pop") { (vm, args, kw) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "pop")
            try vm.expectArguments("pop", args, kw, min: 0, max: 1)
            if l.items.isEmpty { throw vm.indexError("pop from empty list") }
            if args.count == 1 { return l.items.removeLast() }
            let i = try vm.clampedIndex(args[1])
            let j = i < 0 ? i + l.items.count : i
            guard j >= 0 && j < l.items.count else { throw vm.indexError("pop index out of range") }
            return l.items.remove(at: j)
        }
        list.define("clear") { (vm, args, kw) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "clear")
            try vm.expectNoArguments("list.clear", args, kw)
            l.items.removeAll()
            return .none
        }
        list.define("copy") { (vm, args, kw) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "copy")
            try vm.expectNoArguments("list.copy", args, kw)
            return .object(PyList(l.items))
        }
        list.define("reverse") { (vm, args, kw) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "reverse")
            try vm.expectNoArguments("list.reverse", args, kw)
            l.items.reverse()
            return .none
        }
        list.define("count") { (vm, args, kw) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "count")
            try vm.expectOneArgument("list.count", args, kw)
            var n = 0, i = 0
            while i < l.items.count {
                if try vm.equals(l.items[i], args[1]) { n += 1 }
                i += 1
            }
            return .int(n)
        }
        list.define("index") { (vm, args, kw) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "index")
            try vm.expectArguments("index", args, kw, min: 1, max: 3)
            var (i, stop) = try vm.searchBounds(args, from: 2, length: l.items.count)
            while i < stop && i < l.items.count {
                if try vm.equals(l.items[i], args[1]) { return .int(i) }
                i += 1
            }
            throw vm.valueError("\(try vm.repr(args[1])) is not in list")
        }
        list.define("sort") { (vm, args, kw) throws(PyError) -> Value in
            let l = try vm.listReceiver(args, "sort")
            if args.count > 1 { throw vm.typeError("sort() takes no positional arguments") }
            var key: Value?
            var reverse = false
            if let kw {
                for (name, value) in zip(kw.names, kw.values) {
                    switch name {
                    case "key": key = value
                    case "reverse": reverse = try vm.isTrue(value)
                    default: throw vm.typeError("'\(name)' is an invalid keyword argument for sort()")
                    }
                }
            }
            try vm.sortList(l, key: key, reverse: reverse)
            return .none
        }
    }

    /// `list.sort`: the list looks empty while sorting; changes made meanwhile are an error.
    func sortList(_ l: PyList, key: Value?, reverse: Bool) throws(PyError) {
        var items = l.items
        l.items = []
        var failure: PyError?
        do throws(PyError) {
            try sortValues(&items, key: key, reverse: reverse)
        } catch {
            failure = error
        }
        let modified = !l.items.isEmpty || l.items.capacity != 0
        l.items = items
        if let failure { throw failure }
        if modified { throw valueError("list modified during sort") }
    }

    /// An index argument as a machine int (big ints clamp, as CPython's ssize_t conversion errors).
    func clampedIndex(_ v: Value) throws(PyError) -> Int {
        if case .int(let i) = v { return i }
        if let b = bigInt(v), Int(exactly: b) == nil {
            throw overflowError("Python int too large to convert to C ssize_t")
        }
        return try index(v)
    }

    /// `list.extend` / `+=`: appends the items of any iterable (a list extended by itself doubles).
    func extendList(_ l: PyList, _ iterable: Value) throws(PyError) {
        if case .object(let o) = iterable {
            if o.kind == .list {
                l.items.append(contentsOf: unsafeDowncast(o, to: PyList.self).items)
                return
            }
            if o.kind == .tuple {
                l.items.append(contentsOf: unsafeDowncast(o, to: PyTuple.self).items)
                return
            }
        }
        let it = try iterate(iterable)
        while let v = try next(it) { l.items.append(v) }
    }

    /// The items a slice selects.
    func sliceItems(_ items: ContiguousArray<Value>, _ s: PySlice) throws(PyError) -> ContiguousArray<Value> {
        sliceItems(items, try sliceBounds(s, length: items.count))
    }

    /// The items at resolved slice bounds (computed for this `items.count`).
    func sliceItems(_ items: ContiguousArray<Value>, _ b: SliceBounds) -> ContiguousArray<Value> {
        if b.count <= 0 { return [] }
        // A whole copy (`l[:]`) shares the storage: copy-on-write copies it only if either side changes.
        if b.step == 1 && b.count == items.count { return items }
        // One allocation of the exact size. (Not `init(unsafeUninitializedCapacity:)`: that one runs
        // unspecialised inside the standard library and costs more than the copy.)
        var out = ContiguousArray<Value>()
        out.reserveCapacity(b.count)
        if b.step == 1 {
            out.append(contentsOf: items[b.start..<(b.start + b.count)])
            return out
        }
        items.withUnsafeBufferPointer { source in
            var i = b.start
            for _ in 0..<b.count {
                out.append(source[i])
                i &+= b.step
            }
        }
        return out
    }

    /// `a + b` for list and tuple items: one allocation of the final size (the `+` operator grows
    /// a copy of `a` instead).
    func concatenated(_ a: ContiguousArray<Value>, _ b: ContiguousArray<Value>) -> ContiguousArray<Value> {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        var out = ContiguousArray<Value>()
        out.reserveCapacity(a.count + b.count)
        out.append(contentsOf: a)
        out.append(contentsOf: b)
        return out
    }

    /// `l[a:b:c] = iterable` with CPython's rules for simple and extended slices.
    func assignListSlice(_ l: PyList, _ s: PySlice, _ value: Value) throws(PyError) {
        try assignListSlice(l, s.start, s.stop, s.step, value)
    }

    /// `l[start:stop:step] = value`. The bounds are resolved first (as CPython does, so a bad index
    /// fails before the value is iterated) and checked again after: iterating the value may run code
    /// that resizes the list.
    func assignListSlice(_ l: PyList, _ start: Value, _ stop: Value, _ step: Value, _ value: Value) throws(PyError) {
        var b = try sliceBounds(start, stop, step, length: l.items.count)
        let lengthBefore = l.items.count
        let replacement: ContiguousArray<Value>
        if case .object(let o) = value, o.cls == nil, o.kind == .list || o.kind == .tuple {
            // The common `l[a:b] = <list or tuple>` (including `l[:] = l`): share the items directly.
            replacement = o.kind == .list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items
        } else if case .object(let o) = value, o === l {
            replacement = l.items
        } else if b.step == 1 {
            replacement = try iterableForAssignment(value, "can only assign an iterable")
        } else {
            replacement = try iterableForAssignment(value, "must assign iterable to extended slice")
        }
        let n = l.items.count
        if b.step == 1 {
            // Re-clamped to the current length, as CPython's list_ass_slice does.
            let lo = Swift.min(b.start, n)
            let hi = Swift.max(lo, Swift.min(b.start + b.count, n))
            if replacement.count == hi - lo {
                // Same size (`p[:k] = p[k-1::-1]`): overwrite in place, no reallocation.
                storeItems(l, replacement, start: lo, step: 1)
            } else {
                withTemporaryCopy(of: l, lo..<hi) { l.items.replaceSubrange(lo..<hi, with: replacement) }
            }
            return
        }
        guard replacement.count == b.count else {
            throw valueError("attempt to assign sequence of size \(replacement.count) to extended slice of size \(b.count)")
        }
        // CPython writes at the first bounds even when the list shrank meanwhile (out of range);
        // here bounds that no longer fit are resolved again, and the sizes must still agree.
        if n != lengthBefore, b.count > 0, Swift.max(b.start, b.start + (b.count - 1) * b.step) >= n {
            b = try sliceBounds(start, stop, step, length: n)
            guard replacement.count == b.count else {
                throw valueError("attempt to assign sequence of size \(replacement.count) to extended slice of size \(b.count)")
            }
        }
        storeItems(l, replacement, start: b.start, step: b.step)
    }

    // Releasing a replaced item can run Python code (a suspended generator's `finally`) that uses the
    // list, so the old items are moved or copied aside and released only once the list is whole.

    /// Stores `replacement[k]` at `l.items[start + k * step]` (indices known to be in range).
    private func storeItems(_ l: PyList, _ replacement: ContiguousArray<Value>, start: Int, step: Int) {
        let count = replacement.count
        // Slot operations on raw memory: ints and floats move as bytes, objects are counted inline.
        withUnsafeTemporaryAllocation(of: Value.self, capacity: count) { old in
            guard let saved = old.baseAddress else { return }
            replacement.withUnsafeBufferPointer { source in
                guard let values = source.baseAddress else { return }
                l.items.withUnsafeMutableBufferPointer { target in
                    guard let items = target.baseAddress else { return }
                    var i = start
                    for k in 0..<count {
                        ValueSlot.moveBytes(from: items + i, to: saved + k, count: 1)
                        ValueSlot.copy(from: values + k, to: items + i)
                        i &+= step
                    }
                }
            }
            for k in 0..<count { ValueSlot.destroy(saved + k) }
        }
    }

    /// Runs `body`, which overwrites or removes `l.items[range]`, with a copy of those items held.
    private func withTemporaryCopy(of l: PyList, _ range: Range<Int>, _ body: () -> Void) {
        withUnsafeTemporaryAllocation(of: Value.self, capacity: range.count) { old in
            guard let saved = old.baseAddress else { return body() }
            l.items.withUnsafeBufferPointer { items in
                for k in 0..<range.count { (saved + k).initialize(to: items[range.lowerBound + k]) }
            }
            body()
            for k in 0..<range.count { _ = (saved + k).move() }
        }
    }

    private func iterableForAssignment(_ value: Value, _ message: String) throws(PyError) -> ContiguousArray<Value> {
        if case .object(let o) = value, o.kind == .list || o.kind == .tuple { return try sequenceItems(value) }
        let it: Value
        do throws(PyError) {
            it = try iterate(value)
        } catch {
            if matches(error, exceptions.TypeError) { throw typeError(message) }
            throw error
        }
        var out = ContiguousArray<Value>()
        while let v = try next(it) { out.append(v) }
        return out
    }

    func deleteListSlice(_ l: PyList, _ s: PySlice) throws(PyError) {
        let b = try sliceBounds(s, length: l.items.count)
        if b.count <= 0 { return }
        if b.step == 1 {
            let range = b.start..<(b.start + b.count)
            withTemporaryCopy(of: l, range) { l.items.removeSubrange(range) }
            return
        }
        // The old storage keeps the deleted items alive until the list is whole again (see
        // `storeItems`); the first store below copies the buffer.
        let old = l.items
        defer { withExtendedLifetime(old) {} }
        // Compact the survivors in one pass.
        var (lo, step) = (b.start, b.step)
        if step < 0 {
            lo = b.start + (b.count - 1) * step
            step = -step
        }
        var write = lo, read = lo, removed = 0
        while read < l.items.count {
            if removed < b.count && read == lo + removed * step {
                removed += 1
            } else {
                l.items[write] = l.items[read]
                write += 1
            }
            read += 1
        }
        l.items.removeLast(l.items.count - write)
    }
}
