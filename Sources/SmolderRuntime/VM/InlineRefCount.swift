/// Strong retains and releases done inline on an object's reference-count word, for the value slots
/// of the interpreter's hottest instructions.
///
/// A call to the runtime's `swift_nonatomic_retain`/`release` costs about 10 and 20 instructions,
/// and the interpreter makes several per Python instruction; CPython's increments and decrements are
/// inline. The common case is simple: an object with an inline count (no side table, not immortal)
/// that is not about to be freed. These helpers do that case themselves and call the runtime for
/// every other one (a side table, an overflow, the last release that frees the object).
///
/// They rely on the runtime's layout of the count word on 64-bit platforms: it follows the metadata
/// pointer, bit 63 marks a side table or an immortal object ("use slow RC"), and bits 33...62 hold
/// the strong count minus one. `isAsExpected` checks this once at start-up, and the unit tests too.
enum InlineRefCount {
    /// One strong reference in the count word.
    static let strongUnit: UInt64 = 1 << 33
    /// The strong count's extra references (count minus one).
    static let extraStrongMask: UInt64 = ((1 << 30) - 1) << 33

    @inline(__always)
    private static func word(_ object: UnsafeRawPointer) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(mutating: object) + 8
    }

    /// Adds a strong reference to `object`.
    @inline(__always)
    static func retain(_ object: Unmanaged<PyObject>) {
        let count = word(object.toOpaque())
        let bits = count.load(as: UInt64.self)
        let incremented = bits &+ strongUnit
        // Neither a slow-RC word before nor an overflow into bit 63 after.
        if Int64(bitPattern: bits | incremented) >= 0 {
            count.storeBytes(of: incremented, as: UInt64.self)
        } else {
            retainThroughRuntime(object)
        }
    }

    /// Gives up a strong reference to `object`, freeing it when it was the last.
    @inline(__always)
    static func release(_ object: Unmanaged<PyObject>) {
        let count = word(object.toOpaque())
        let bits = count.load(as: UInt64.self)
        if Int64(bitPattern: bits) >= 0 && bits & extraStrongMask != 0 {
            count.storeBytes(of: bits &- strongUnit, as: UInt64.self)
        } else {
            object.release()
        }
    }

    /// The rare case (a side table, an immortal object): the runtime's retain.
    @inline(never)
    private static func retainThroughRuntime(_ object: Unmanaged<PyObject>) {
        _ = object.retain()
    }

    /// An object that is surely on the heap (one that does not escape may be put on the stack, with
    /// another count word).
    @inline(never)
    private static func heapObject() -> PyObject { PyPlainObject(cls: nil) }

    /// The strong count the word of `object` shows (not inlined: the checks compare it with the
    /// runtime's own count, and it must not move across the retains being checked).
    @inline(never)
    static func strongCount(_ object: Unmanaged<PyObject>) -> Int {
        let bits = word(object.toOpaque()).load(as: UInt64.self)
        return Int((bits & extraStrongMask) >> 33) + 1
    }

    /// Whether the count word behaves as these helpers assume, checked against the runtime's own
    /// count and its own retains and releases.
    static var isAsExpected: Bool {
        let object = heapObject()
        let unmanaged = Unmanaged<PyObject>.passUnretained(object)
        let runtimeCount = { swiftRetainCount(unmanaged.toOpaque()) }
        let start = runtimeCount()
        var holds = strongCount(unmanaged) == start
        retain(unmanaged)
        retain(unmanaged)
        holds = holds && runtimeCount() == start + 2 && strongCount(unmanaged) == start + 2
        _ = unmanaged.retain()
        holds = holds && strongCount(unmanaged) == start + 3
        release(unmanaged)
        release(unmanaged)
        holds = holds && runtimeCount() == start + 1
        unmanaged.release()
        holds = holds && runtimeCount() == start && strongCount(unmanaged) == start
        withExtendedLifetime(object) {}
        return holds
    }
}
