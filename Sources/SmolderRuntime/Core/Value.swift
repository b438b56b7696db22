/// A Python value. Small ints, floats, bools and None live inline (no allocation, no reference
/// counting); everything else is a reference to a `PyObject` subclass.
///
/// A big int is a `PyBigInt` object only while it does not fit `Int`: every operation that produces an
/// int normalises through `Value.integer(_:)`, so `.int` is the only representation of a machine int.
public enum Value {
    case int(Int)
    case float(Double)
    case bool(Bool)
    case none
    case object(PyObject)

    @inline(__always)
    public var asObject: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    @inline(__always)
    public var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// Identity, as Python's `is`.
    @inline(__always)
    public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.bool(let a), .bool(let b)): return a == b
        case (.none, .none): return true
        case (.object(let a), .object(let b)): return a === b
        default: return false
        }
    }

    /// The object of the given Swift class when this value is one (exact or a subclass instance).
    @inline(__always)
    public func object<T: PyObject>(as type: T.Type) -> T? {
        if case .object(let o) = self { return o as? T }
        return nil
    }
}

extension Value {
    public static let `true` = Value.bool(true)
    public static let `false` = Value.bool(false)

    @inline(__always)
    public init(_ string: String) { self = .object(PyStr(string)) }

    @inline(__always)
    public init(_ object: PyObject) { self = .object(object) }
}
