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
        var step = 1
        if !slice.step.isNone {
            step = try sliceIndex(slice.step)
            if step == 0 { throw valueError("slice step cannot be zero") }
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
        let start = try clamp(slice.start, step < 0 ? upper : lower)
        let stop = try clamp(slice.stop, step < 0 ? lower : upper)
        var count = 0
        if step < 0 {
            if stop < start { count = (start - stop - 1) / (-step) + 1 }
        } else if start < stop {
            count = (stop - start - 1) / step + 1
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
