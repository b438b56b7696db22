import BigInt

/// Resolved slice bounds for a sequence of a given length (Python's `slice.indices`).
public struct SliceBounds {
    public var start: Int
    public var stop: Int
    public var step: Int
    /// Number of selected items.
    public var count: Int

    /// The selected indices, in order.
    public var indices: StrideTo<Int> { stride(from: start, to: start + count * step, by: step) }
}

extension Interpreter {
    /// Clamps a slice against a sequence length with CPython's rules (None defaults, negative
    /// indices, step sign, `slice step cannot be zero`).
    public func sliceBounds(_ slice: PySlice, length: Int) throws(PyError) -> SliceBounds {
        try sliceBounds(slice.start, slice.stop, slice.step, length: length)
    }

    /// `sliceBounds` of the parts of a slice, without a slice object.
    @inline(__always)
    public func sliceBounds(_ startValue: Value, _ stopValue: Value, _ stepValue: Value, length: Int) throws(PyError) -> SliceBounds {
        if let b = smallSliceBounds(startValue, stopValue, stepValue, length: length) { return b }
        return try sliceBoundsSlow(startValue, stopValue, stepValue, length: length)
    }

    /// `sliceBounds` when a part is not a machine int or None: `__index__`, big ints, errors.
    private func sliceBoundsSlow(_ startValue: Value, _ stopValue: Value, _ stepValue: Value, length: Int) throws(PyError) -> SliceBounds {
        var step = 1
        if !stepValue.isNone {
            step = try sliceIndex(stepValue)
            if step == 0 { throw valueError("slice step cannot be zero") }
            step = Swift.max(step, -Int.max)
        }
        let (lower, upper) = step < 0 ? (-1, length - 1) : (0, length)
        func clamp(_ v: Value, _ defaultValue: Int) throws(PyError) -> Int {
            if v.isNone { return defaultValue }
            var i = try sliceIndex(v)
            if i < 0 {
                i += length
                if i < lower { i = lower }
            } else if i > upper {
                i = upper
            }
            return i
        }
        let start = try clamp(startValue, step < 0 ? upper : lower)
        let stop = try clamp(stopValue, step < 0 ? lower : upper)
        var count = 0
        if step < 0 {
            if stop < start { count = (start - stop - 1) / (-step) + 1 }
        } else if start < stop {
            count = (stop - start - 1) / step + 1
        }
        return SliceBounds(start: start, stop: stop, step: step, count: count)
    }

    /// `sliceBounds` for the common slices whose parts are all machine ints or None (no errors
    /// possible, no `__index__` calls); nil for anything else.
    @inline(__always)
    private func smallSliceBounds(_ startValue: Value, _ stopValue: Value, _ stepValue: Value, length: Int) -> SliceBounds? {
        var step = 1
        switch stepValue {
        case .none: break
        // Like CPython, a step of Int.min counts as -Int.max (so negating it cannot overflow).
        case .int(let s) where s != 0: step = Swift.max(s, -Int.max)
        default: return nil
        }
        let (lower, upper) = step < 0 ? (-1, length - 1) : (0, length)
        var start = step < 0 ? upper : lower, stop = step < 0 ? lower : upper
        // Both bounds clamp into lower...upper; adding the length to a negative int cannot overflow.
        switch startValue {
        case .none: break
        case .int(let i): start = i < 0 ? Swift.max(i + length, lower) : Swift.min(i, upper)
        default: return nil
        }
        switch stopValue {
        case .none: break
        case .int(let i): stop = i < 0 ? Swift.max(i + length, lower) : Swift.min(i, upper)
        default: return nil
        }
        var count = 0
        if step < 0 {
            // start - stop cannot overflow: both lie in -1...length-1. Step -1 needs no division.
            if stop < start { count = step == -1 ? start - stop : (start - stop - 1) / (-step) + 1 }
        } else if start < stop {
            count = step == 1 ? stop - start : (stop - start - 1) / step + 1
        }
        return SliceBounds(start: start, stop: stop, step: step, count: count)
    }

    /// A slice index: an int (clamped to the machine range, as CPython does) or `__index__`.
    func sliceIndex(_ v: Value) throws(PyError) -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default:
            if let b = bigInt(v) { return b < 0 ? Int.min / 2 : Int.max / 2 }
            if typeOf(v).lookupSpecial(names.dIndex) != nil { return try index(v) }
            throw typeError("slice indices must be integers or None or have an __index__ method")
        }
    }

    /// A sequence index after adding the length to a negative value; nil when out of range.
    public func normalizedIndex(_ v: Value, length: Int) throws(PyError) -> Int? {
        var i: Int
        switch v {
        case .int(let x): i = x
        case .bool(let b): i = b ? 1 : 0
        default:
            if bigInt(v) != nil { return nil }
            i = try index(v)
        }
        if i < 0 { i += length }
        return i >= 0 && i < length ? i : nil
    }
}
