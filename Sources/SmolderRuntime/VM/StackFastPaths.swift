/// Subscripts and unpacking of exact lists and tuples done on the operand stack's slots, for the
/// interpreter loop: the container is read where it lies (no retain), items are copied straight into
/// their slots, and nothing is allocated. Each returns false (or nil) when the general path must run,
/// which also produces every error.
extension Interpreter {
    /// `container[index]` for an exact list or tuple and an index in range.
    @inline(__always)
    func sequenceItem(in container: UnsafeRawPointer, at index: Int) -> Value? {
        ValueSlot.object(container)._withUnsafeGuaranteedRef { (o: PyObject) -> Value? in
            guard o.cls == nil else { return nil }
            if o.kind == .list { return unsafeDowncast(o, to: PyList.self).items.item(wrapping: index) }
            if o.kind == .tuple { return unsafeDowncast(o, to: PyTuple.self).items.item(wrapping: index) }
            return nil
        }
    }

    /// `list[index] = value` for an exact list and an index in range: the value moves from its stack
    /// slot into the list, and `replaced` receives the list's old item to release once the list is
    /// consistent again (its release may run a `__del__` that looks at the list).
    @inline(__always)
    func storeListItem(in container: UnsafeRawPointer, at index: Int, movingFrom value: UnsafeMutablePointer<Value>,
                       replaced: inout Value) -> Bool {
        ValueSlot.object(container)._withUnsafeGuaranteedRef { (o: PyObject) -> Bool in
            guard o.cls == nil, o.kind == .list else { return false }
            let list = unsafeDowncast(o, to: PyList.self)
            let count = list.items.count
            let j = index < 0 ? index &+ count : index
            guard j >= 0 && j < count else { return false }
            list.items.withUnsafeMutableBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                replaced = (base + j).move()
                (base + j).initialize(to: value.move())
            }
            return true
        }
    }

    /// Unpacks an exact list or tuple of exactly `count` items from `slot` (the top of the stack) into
    /// `slot ..< slot + count`, last item lowest, as `unpackSequence` leaves them.
    @inline(__always)
    func unpackOnStack(_ slot: UnsafeMutablePointer<Value>, count: Int) -> Bool {
        let sequence = ValueSlot.object(slot)
        let unpacked = sequence._withUnsafeGuaranteedRef { (o: PyObject) -> Bool in
            guard o.cls == nil else { return false }
            if o.kind == .tuple { return copyReversed(unsafeDowncast(o, to: PyTuple.self).items, to: slot, count: count) }
            if o.kind == .list { return copyReversed(unsafeDowncast(o, to: PyList.self).items, to: slot, count: count) }
            return false
        }
        // The items hold their own references now; the sequence's slot was overwritten.
        if unpacked { ValueSlot.release(sequence) }
        return unpacked
    }

    @inline(__always)
    private func copyReversed(_ items: ContiguousArray<Value>, to slot: UnsafeMutablePointer<Value>, count: Int) -> Bool {
        guard items.count == count else { return false }
        items.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for i in 0..<count { ValueSlot.copy(from: base + (count &- 1 &- i), to: slot + i) }
        }
        return true
    }
}

extension ContiguousArray where Element == Value {
    /// The item at a Python index (negative counts from the end), or nil when out of range.
    @inline(__always)
    func item(wrapping index: Int) -> Value? {
        let j = index < 0 ? index &+ count : index
        return j >= 0 && j < count ? self[j] : nil
    }
}

/// `x[a:b:c]` and `x[a:b:c] = v` for exact lists and tuples straight from the slice's parts, for the
/// interpreter loop when `buildSlice` is followed by the subscript: no slice object is made.
extension Interpreter {
    /// The slice of an exact list or tuple; nil for any other container.
    @inline(__always)
    func sliceOfSequence(_ container: Value, _ start: Value, _ stop: Value, _ step: Value) throws(PyError) -> Value? {
        guard case .object(let o) = container, o.cls == nil else { return nil }
        if o.kind == .list {
            let items = unsafeDowncast(o, to: PyList.self).items
            return .object(PyList(sliceItems(items, try sliceBounds(start, stop, step, length: items.count))))
        }
        if o.kind == .tuple {
            let items = unsafeDowncast(o, to: PyTuple.self).items
            let bounds = try sliceBounds(start, stop, step, length: items.count)
            // The whole tuple is the tuple itself, as in CPython.
            if bounds.step == 1 && bounds.count == items.count { return container }
            return .object(PyTuple(sliceItems(items, bounds)))
        }
        return nil
    }

    /// `list[a:b:c] = value` for an exact list; false for any other container.
    @inline(__always)
    func assignSliceOfList(_ container: Value, _ start: Value, _ stop: Value, _ step: Value,
                           _ value: Value) throws(PyError) -> Bool {
        guard case .object(let o) = container, o.cls == nil, o.kind == .list else { return false }
        try assignListSlice(unsafeDowncast(o, to: PyList.self), start, stop, step, value)
        return true
    }
}

/// Calls of plain Python functions with the function left in its stack slot: the call borrows it
/// there (no retain and release of the function per call) and the arguments move into its frame.
extension Interpreter {
    /// The function in `slot` when it is a Python function taking a plain call with `count` positional
    /// arguments (`PyFunction.takesPlainCall`); nil otherwise (the call takes the general path).
    @inline(__always)
    func plainFunction(in slot: UnsafeRawPointer, taking count: Int) -> Unmanaged<PyFunction>? {
        guard ValueSlot.tag(slot) == ValueSlot.objectTag else { return nil }
        let object = ValueSlot.object(slot)
        let isPlain = object._withUnsafeGuaranteedRef {
            $0.kind == .function && unsafeDowncast($0, to: PyFunction.self).takesPlainCall(count)
        }
        return isPlain ? Unmanaged.fromOpaque(object.toOpaque()) : nil
    }

    /// Calls `function`, borrowed from its slot, moving the `count` arguments at `base` into its frame.
    @inline(__always)
    func callBorrowedFunction(_ function: Unmanaged<PyFunction>, movingArgumentsFrom base: UnsafeMutablePointer<Value>,
                              count: Int) throws(PyError) -> Value {
        // The closure cannot throw a typed error through `_withUnsafeGuaranteedRef`: it hands it out.
        var failure: PyError?
        let result = function._withUnsafeGuaranteedRef { (f: PyFunction) -> Value in
            do throws(PyError) {
                return try callFunction(f, movingArgumentsFrom: base, count: count)
            } catch {
                failure = error
                return .none
            }
        }
        if let failure { throw failure }
        return result
    }
}
