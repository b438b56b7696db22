import BigInt
import Foundation

/// Exact conversions between big integers, ratios and doubles, shared by int, float, complex and
/// `math`. Every conversion rounds once, half to even, as CPython does.
enum ExactFloat {
    /// `n / d` correctly rounded (including subnormal results); +inf when too large.
    static func ratio(_ n: BigUInt, _ d: BigUInt) -> Double {
        if n.isZero { return 0 }
        if n.bitWidth <= 53 && d.bitWidth <= 53 { return Double(UInt64(n)) / Double(UInt64(d)) }
        let k = n.bitWidth - d.bitWidth
        // Unit of the last bit we keep: two guard bits below double precision, but never finer
        // than the subnormal spacing (so subnormals round once too).
        let u = Swift.max(k - 55, -1076)
        if k > 1024 { return .infinity }
        var num = n, den = d
        if u >= 0 { den <<= u } else { num <<= -u }
        let (q, r) = num.quotientAndRemainder(dividingBy: den)
        var bits = UInt64(q)
        if !r.isZero { bits |= 1 }  // sticky bit
        return scalbn(Double(bits), u)
    }

    /// A big integer correctly rounded to a double (+-inf when too large).
    static func double(_ b: BigInt) -> Double {
        if let i = Int(exactly: b), i.magnitude < (1 << 53) { return Double(i) }
        let m = ratio(b.magnitude, 1)
        return b.sign == .minus ? -m : m
    }

    /// `m * 2**e` correctly rounded.
    static func scaled(_ m: BigUInt, _ e: Int) -> Double {
        if m.isZero { return 0 }
        if e >= 0 {
            if e > 2000 || m.bitWidth + e > 1100 { return .infinity }
            return ratio(m << e, 1)
        }
        if -e > 5000 + m.bitWidth { return 0 }
        return ratio(m, BigUInt(1) << -e)
    }

    /// `frexp` with the sign kept (Foundation's overlay returns a positive fraction for negative input).
    static func frexp(_ d: Double) -> (Double, Int) {
        let (f, e) = Foundation.frexp(Swift.abs(d))
        return (d < 0 ? -f : f, e)
    }

    /// The exact value of a finite double as `(mantissa, exponent)` with `d = mantissa * 2**exponent`.
    static func decompose(_ d: Double) -> (BigInt, Int) {
        if d == 0 { return (0, 0) }
        let (frac, exp) = frexp(Swift.abs(d))
        // frac has at most 53 significant bits. (Foundation's frexp loses the sign: reapply it.)
        let m = d < 0 ? -Int64(scalbn(frac, 53)) : Int64(scalbn(frac, 53))
        var mantissa = m, e = exp - 53
        while mantissa & 1 == 0 && mantissa != 0 {
            mantissa >>= 1
            e += 1
        }
        return (BigInt(mantissa), e)
    }
}

extension Interpreter {
    /// The double of an exact float or float subclass, else nil.
    @inline(__always)
    func floatValue(_ v: Value) -> Double? {
        switch v {
        case .float(let d): return d
        case .object(let o) where o.kind == .floatSubclass: return unsafeDowncast(o, to: PyBoxedFloat.self).value
        default: return nil
        }
    }

    /// Whether a value is an int (including bool, big ints and int subclasses).
    @inline(__always)
    func isIntLike(_ v: Value) -> Bool {
        switch v {
        case .int, .bool: return true
        case .object(let o): return o.kind == .bigInt || o.kind == .intSubclass
        default: return false
        }
    }

    /// A float argument as CPython's `PyFloat_AsDouble`: floats, ints, `__float__`, then `__index__`.
    func doubleArgument(_ v: Value) throws(PyError) -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        default:
            if let d = floatValue(v) { return d }
            if let b = bigInt(v) { return try toDouble(b) }
            if let r = try callSpecial(v, names.dFloat, []) {
                guard let d = floatValue(r) else {
                    throw typeError("\(typeName(v)).__float__ returned non-float (type \(typeName(r)))")
                }
                return d
            }
            if typeOf(v).lookupSpecial(names.dIndex) != nil {
                return try toDouble(try indexInteger(v))
            }
            throw typeError("must be real number, not \(typeName(v))")
        }
    }

    /// The exact integer from `__index__` (big ints kept), with CPython's messages.
    func indexInteger(_ v: Value) throws(PyError) -> BigInt {
        if let b = bigInt(v) { return b }
        if let r = try callSpecial(v, names.dIndex, []) {
            guard let b = bigInt(r) else { throw typeError("__index__ returned non-int (type \(typeName(r)))") }
            return b
        }
        throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
    }

    /// The exact `int` value of an int subclass instance or bool (so results are plain ints).
    @inline(__always)
    func exactInt(_ v: Value) -> Value? {
        switch v {
        case .int: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .object(let o):
            if o.kind == .bigInt { return o.cls == nil ? v : .integer(unsafeDowncast(o, to: PyBigInt.self).value) }
            if o.kind == .intSubclass { return .integer(unsafeDowncast(o, to: PyBoxedInt.self).value) }
            return nil
        default: return nil
        }
    }

    /// An int from a double, truncating, with CPython's errors for inf and nan.
    func integer(fromDouble d: Double) throws(PyError) -> Value {
        if d.isNaN { throw valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw overflowError("cannot convert float infinity to integer") }
        let t = d.rounded(.towardZero)
        if Swift.abs(t) < 9.2e18 { return .int(Int(t)) }
        return .integer(BigInt(t))
    }
}
