import BigInt

/// Python `list`.
public final class PyList: PyObject {
    public var items: ContiguousArray<Value>
    public init(_ items: ContiguousArray<Value> = [], cls: PyType? = nil) {
        self.items = items
        super.init(kind: .list, cls: cls)
    }
    public convenience init(_ items: [Value]) { self.init(ContiguousArray(items)) }
}

/// Python `tuple`.
public final class PyTuple: PyObject {
    /// Never changed once the tuple is visible to Python code; only an iterator that made the tuple
    /// and holds its only reference refills it (see `TupleRecycler`).
    public internal(set) var items: ContiguousArray<Value>
    public init(_ items: ContiguousArray<Value>, cls: PyType? = nil) {
        self.items = items
        super.init(kind: .tuple, cls: cls)
    }
    public convenience init(_ items: [Value]) { self.init(ContiguousArray(items)) }
}

/// Python `set` and `frozenset`: a hash table of keys. The table layout follows CPython's set so
/// that iteration order (visible when printing a set of ints) matches CPython's.
public final class PySet: PyObject {
    public let isFrozen: Bool
    /// Open-addressing table; nil slots are empty, `.dummy` entries were deleted.
    var table: ContiguousArray<SetSlot>
    /// Live keys.
    public internal(set) var count = 0
    /// Live plus deleted slots.
    var fill = 0
    /// Bumped on every change, so iterators can detect "set changed size during iteration".
    public internal(set) var version: UInt64 = 0
    /// Where `pop()` resumes scanning (CPython's `finger`).
    var finger = 0

    public init(frozen: Bool, cls: PyType? = nil) {
        isFrozen = frozen
        table = PySet.emptyTable(PySet.minimumSize)
        super.init(kind: .set, cls: cls)
    }
}

enum SetSlot {
    case empty
    case dummy
    case key(hash: Int, Value)
}

/// An int too large for `Int`; never holds a value that fits (see `Value.integer`).
public final class PyBigInt: PyObject {
    public let value: BigInt
    public init(_ value: BigInt) {
        self.value = value
        super.init(kind: .bigInt)
    }
}

/// An instance of a user subclass of `int` (or `bool`, internally).
public final class PyBoxedInt: PyObject {
    public let value: BigInt
    public init(_ value: BigInt, cls: PyType) {
        self.value = value
        super.init(kind: .intSubclass, cls: cls)
    }
}

/// An instance of a user subclass of `float`.
public final class PyBoxedFloat: PyObject {
    public let value: Double
    public init(_ value: Double, cls: PyType) {
        self.value = value
        super.init(kind: .floatSubclass, cls: cls)
    }
}

/// Python `complex`.
public final class PyComplex: PyObject {
    public let real: Double
    public let imag: Double
    public init(real: Double, imag: Double, cls: PyType? = nil) {
        self.real = real
        self.imag = imag
        super.init(kind: .complex, cls: cls)
    }
}

/// Python `bytes` (immutable) and `bytearray` (mutable).
public final class PyBytes: PyObject {
    public var bytes: [UInt8]
    public init(_ bytes: [UInt8], mutable: Bool = false, cls: PyType? = nil) {
        self.bytes = bytes
        super.init(kind: mutable ? .bytearray : .bytes, cls: cls)
    }
    public var isMutable: Bool { kind == .bytearray }
}

/// Python `range`.
public final class PyRange: PyObject {
    /// Machine-int bounds when all three fit, for the fast iteration path.
    public let small: (start: Int, stop: Int, step: Int)?
    /// The bounds as big ints, only for ranges that do not fit machine ints (zero otherwise):
    /// converting every `range(n)` to big ints was a measurable share of loop-heavy code.
    private let bigStart: BigInt
    private let bigStop: BigInt
    private let bigStep: BigInt

    public var start: BigInt { small.map { BigInt($0.start) } ?? bigStart }
    public var stop: BigInt { small.map { BigInt($0.stop) } ?? bigStop }
    public var step: BigInt { small.map { BigInt($0.step) } ?? bigStep }

    public init(start: BigInt, stop: BigInt, step: BigInt) {
        if let a = Int(exactly: start), let b = Int(exactly: stop), let c = Int(exactly: step) {
            small = (a, b, c)
            bigStart = PyRange.zero
            bigStop = PyRange.zero
            bigStep = PyRange.zero
        } else {
            small = nil
            bigStart = start
            bigStop = stop
            bigStep = step
        }
        super.init(kind: .range)
    }

    /// A range with machine-int bounds (`range(n)` from the call instruction).
    public init(smallStart start: Int, stop: Int, step: Int) {
        small = (start, stop, step)
        bigStart = PyRange.zero
        bigStop = PyRange.zero
        bigStep = PyRange.zero
        super.init(kind: .range)
    }

    /// Made once: building a BigInt from a literal costs more than the rest of `range(n)`.
    private static let zero: BigInt = 0

    public init(start: Int, stop: Int, step: Int) {
        small = (start, stop, step)
        bigStart = PyRange.zero
        bigStop = PyRange.zero
        bigStep = PyRange.zero
        super.init(kind: .range)
    }

    /// Number of elements when the bounds are machine ints and the count cannot overflow.
    public var smallLength: Int? {
        guard let (a, b, c) = small else { return nil }
        let (span, overflow) = c > 0 ? b.subtractingReportingOverflow(a) : a.subtractingReportingOverflow(b)
        if overflow { return nil }
        if span <= 0 { return 0 }
        let stride = c > 0 ? c : (c == Int.min ? nil : -c)
        guard let stride else { return nil }
        return (span - 1) / stride + 1
    }

    /// `reversed(self)` for machine-int bounds, without big-int arithmetic; nil when the bounds
    /// do not fit (then the caller takes the big-int path).
    public var smallReversedIterator: Value? {
        guard let (start, _, step) = small, let n = smallLength else { return nil }
        if n == 0 { return .object(PyIterator(rangeFrom: 0, to: 0, step: 1)) }
        // The last element lies between start and stop, so this cannot overflow.
        let last = start &+ (n &- 1) &* step
        let (stop, overflow) = start.subtractingReportingOverflow(step)
        guard !overflow, step != Int.min else { return nil }
        return .object(PyIterator(rangeFrom: last, to: stop, step: -step))
    }

    /// Number of elements.
    public var length: BigInt {
        if let n = smallLength { return BigInt(n) }
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }
}

/// Python `slice`.
public final class PySlice: PyObject {
    public let start: Value
    public let stop: Value
    public let step: Value
    public init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(kind: .slice)
    }
}

/// A closure cell.
public final class PyCell: PyObject {
    public var value: Value?
    public init(_ value: Value? = nil) {
        self.value = value
        super.init(kind: .cell)
    }
}
