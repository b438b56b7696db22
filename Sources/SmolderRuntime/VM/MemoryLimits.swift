import Foundation

/// Refusing allocations that cannot succeed: Swift aborts the process when an allocation fails, where
/// Python raises MemoryError, so sizes computed from user input are checked first.
extension Interpreter {

    /// Before turning an iterable into an array: a huge range would exhaust memory one item at a time,
    /// so it is refused up front, as CPython does using the range's length.
    func checkMaterializable(_ iterable: Value) throws(PyError) {
        guard case .object(let o) = iterable, o.kind == .range else { return }
        let length = unsafeDowncast(o, to: PyRange.self).length
        guard let n = Int(exactly: length) else {
            throw error(exceptions.OverflowError, "Python int too large to convert to C ssize_t")
        }
        try ensureAllocatable(count: n, elementSize: MemoryLayout<Value>.stride)
    }

    /// Raises MemoryError unless `count` elements of `elementSize` bytes could fit in memory.
    func ensureAllocatable(count: Int, elementSize: Int) throws(PyError) {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: max(1, elementSize))
        if count < 0 || overflow || bytes > allocationLimit { throw error(exceptions.MemoryError, "") }
    }
}
