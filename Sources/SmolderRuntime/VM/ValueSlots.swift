/// Raw access to `Value` slots (operand stack, fast locals, constants) for the interpreter's hottest
/// instructions.
///
/// Every typed copy or destruction of a `Value` goes through an outlined helper that switches on the
/// case, even for an int or a float, and those calls were a fifth of the instructions of numeric
/// benchmarks. These helpers read the case byte themselves: ints, floats, bools and None move as plain
/// bytes, and only objects touch reference counts.
///
/// They rely on the compiler's layout of `Value` (payload in bytes 0..<8, the case in byte 8) and of
/// `Value?` (the same, with an unused case byte for nil). `ValueLayout.isAsExpected` checks it once at
/// start-up, and the unit tests check it too.
enum ValueSlot {
    static let intTag: UInt8 = 0
    static let floatTag: UInt8 = 1
    static let boolTag: UInt8 = 2
    static let objectTag: UInt8 = 3
    /// The case byte of `Value?.none` (an unbound fast local).
    static let absentTag: UInt8 = 0xFF

    @inline(__always)
    static func tag(_ slot: UnsafeRawPointer) -> UInt8 {
        slot.load(fromByteOffset: 8, as: UInt8.self)
    }

    @inline(__always)
    static func int(_ slot: UnsafeRawPointer) -> Int { slot.load(as: Int.self) }

    @inline(__always)
    static func double(_ slot: UnsafeRawPointer) -> Double { slot.load(as: Double.self) }

    @inline(__always)
    static func bool(_ slot: UnsafeRawPointer) -> Bool { slot.load(as: UInt8.self) != 0 }

    /// The object a slot tagged `objectTag` holds, without a retain.
    @inline(__always)
    static func object(_ slot: UnsafeRawPointer) -> Unmanaged<PyObject> {
        Unmanaged.fromOpaque(slot.load(as: UnsafeRawPointer.self))
    }

    /// Gives up one reference to an object.
    @inline(__always)
    static func release(_ object: Unmanaged<PyObject>) { InlineRefCount.release(object) }

    /// Copies an initialised `Value` (or a non-nil `Value?`) into uninitialised memory.
    @inline(__always)
    static func copy(from source: UnsafeRawPointer, to destination: UnsafeMutableRawPointer) {
        let tag = source.load(fromByteOffset: 8, as: UInt8.self)
        destination.storeBytes(of: source.load(as: UInt.self), as: UInt.self)
        destination.storeBytes(of: tag, toByteOffset: 8, as: UInt8.self)
        if tag == objectTag { InlineRefCount.retain(object(source)) }
    }

    /// Python's `is` for two initialised slots: the same case and the same payload (its first byte
    /// only for a bool or None, whose other bytes are not defined).
    @inline(__always)
    static func isIdentical(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer) -> Bool {
        let tagA = tag(a)
        guard tagA == tag(b) else { return false }
        if tagA == intTag || tagA == floatTag || tagA == objectTag { return a.load(as: UInt.self) == b.load(as: UInt.self) }
        return a.load(as: UInt8.self) == b.load(as: UInt8.self)
    }

    /// Moves the bytes of `count` values (initialised `Value`s or non-nil `Value?`s) into uninitialised
    /// slots. Word by word: `copyMemory` is an out-of-line call to `memcpy` for these few bytes.
    @inline(__always)
    static func moveBytes(from source: UnsafeRawPointer, to destination: UnsafeMutableRawPointer, count: Int) {
        for i in 0..<count {
            let offset = i &* MemoryLayout<Value>.stride
            destination.storeBytes(of: source.load(fromByteOffset: offset, as: UInt.self), toByteOffset: offset, as: UInt.self)
            destination.storeBytes(of: source.load(fromByteOffset: offset &+ 8, as: UInt.self), toByteOffset: offset &+ 8,
                                   as: UInt.self)
        }
    }

    /// Moves an initialised `Value` into a slot whose old value (a `Value` or a `Value?`) it releases.
    @inline(__always)
    static func move(from source: UnsafeRawPointer, replacing destination: UnsafeMutableRawPointer) {
        let old = tag(destination)
        let oldObject = object(destination)
        destination.storeBytes(of: source.load(as: UInt.self), as: UInt.self)
        destination.storeBytes(of: tag(source), toByteOffset: 8, as: UInt8.self)
        // After the store: a release can run a destructor that looks at this slot again.
        if old == objectTag { InlineRefCount.release(oldObject) }
    }

    /// Ends the life of the `Value` in a fast-local slot and leaves it unbound.
    @inline(__always)
    static func unbind(_ slot: UnsafeMutableRawPointer) {
        let old = tag(slot)
        let oldObject = object(slot)
        slot.storeBytes(of: absentTag, toByteOffset: 8, as: UInt8.self)
        if old == objectTag { InlineRefCount.release(oldObject) }
    }

    /// Ends the life of the `Value` in a slot (or of a `Value?`, bound or not).
    @inline(__always)
    static func destroy(_ slot: UnsafeRawPointer) {
        if tag(slot) == objectTag { InlineRefCount.release(object(slot)) }
    }

    /// Stores an int over a slot known to hold an int or a float (nothing to release).
    @inline(__always)
    static func overwrite(_ slot: UnsafeMutableRawPointer, int value: Int) {
        slot.storeBytes(of: value, as: Int.self)
        slot.storeBytes(of: intTag, toByteOffset: 8, as: UInt8.self)
    }
}

/// Checks the layout `ValueSlot` relies on against values built by the compiler.
enum ValueLayout {
    static func tag(of value: Value?) -> UInt8 {
        var copy = value
        return withUnsafeBytes(of: &copy) { $0.count > 8 ? $0[8] : 0xFF }
    }

    static var isAsExpected: Bool {
        guard MemoryLayout<Value>.size == 9, MemoryLayout<Value?>.size == 9,
              MemoryLayout<Value>.stride == 16 else { return false }
        var int = Value.int(-7), float = Value.float(2.5)
        let intBits = withUnsafeBytes(of: &int) { $0.load(as: Int.self) }
        let floatBits = withUnsafeBytes(of: &float) { $0.load(as: Double.self) }
        let object = PyPlainObject(cls: nil)
        var held = Value.object(object)
        let pointer = withUnsafeBytes(of: &held) { $0.load(as: UnsafeRawPointer.self) }
        var yes = Value.bool(true), no = Value.bool(false)
        let boolBytes = (withUnsafeBytes(of: &yes) { $0[0] }, withUnsafeBytes(of: &no) { $0[0] })
        return tag(of: .int(1)) == ValueSlot.intTag && tag(of: .float(1)) == ValueSlot.floatTag
            && tag(of: .object(object)) == ValueSlot.objectTag
            && tag(of: .bool(true)) == ValueSlot.boolTag && boolBytes == (1, 0)
            && tag(of: Value.none) != ValueSlot.objectTag
            && tag(of: nil) == ValueSlot.absentTag
            && intBits == -7 && floatBits == 2.5 && pointer == UnsafeRawPointer(Unmanaged.passUnretained(object).toOpaque())
    }
}
