import BigInt
import Foundation
import SmolderCompiler

/// A numeric operand after unwrapping bools, big ints and instances of int/float subclasses.
enum Numeric {
    case int(Int)
    case big(BigInt)
    case float(Double)
    case complex(Double, Double)
}

extension Value {
    /// An int result: inline when it fits a machine word.
    @inline(__always)
    public static func integer(_ b: BigInt) -> Value {
        if let i = Int(exactly: b) { return .int(i) }
        return .object(PyBigInt(b))
    }
}

extension Interpreter {
    /// The numeric view of a value, or nil when it is not an int, bool, float or complex.
    @inline(__always)
    func numeric(_ v: Value) -> Numeric? {
        switch v {
        case .int(let i): return .int(i)
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(d)
        case .none: return nil
        case .object(let o):
            switch o.kind {
            case .bigInt: return .big(unsafeDowncast(o, to: PyBigInt.self).value)
            case .intSubclass: return .big(unsafeDowncast(o, to: PyBoxedInt.self).value)
            case .floatSubclass: return .float(unsafeDowncast(o, to: PyBoxedFloat.self).value)
            case .complex:
                let c = unsafeDowncast(o, to: PyComplex.self)
                return .complex(c.real, c.imag)
            default: return nil
            }
        }
    }

    /// The exact integer value of an int-like value (int, bool, big int, int subclass), else nil.
    public func bigInt(_ v: Value) -> BigInt? {
        switch numeric(v) {
        case .int(let i): return BigInt(i)
        case .big(let b): return b
        default: return nil
        }
    }

    /// Converts an int to float with CPython's OverflowError.
    func toDouble(_ b: BigInt) throws(PyError) -> Double {
        let d = ExactFloat.double(b)
        if !d.isFinite { throw overflowError("int too large to convert to float") }
        return d
    }

    func toDouble(_ n: Numeric) throws(PyError) -> Double {
        switch n {
        case .int(let i): return Double(i)
        case .big(let b): return try toDouble(b)
        case .float(let d): return d
        case .complex(let r, _): return r
        }
    }

    // MARK: Fast paths used by the loop

    @inline(__always)
    func fastIntOp(_ op: UInt32, _ x: Int, _ y: Int) -> Value? {
        switch op {
        case BinaryOpArg.add.rawValue, BinaryOpArg.inplaceAdd.rawValue:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? nil : .int(r)
        case BinaryOpArg.subtract.rawValue, BinaryOpArg.inplaceSubtract.rawValue:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? nil : .int(r)
        case BinaryOpArg.multiply.rawValue, BinaryOpArg.inplaceMultiply.rawValue:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? nil : .int(r)
        case BinaryOpArg.floorDivide.rawValue, BinaryOpArg.inplaceFloorDivide.rawValue:
            if y == 0 || (x == .min && y == -1) { return nil }
            return .int(floorDivide(x, y))
        case BinaryOpArg.modulo.rawValue, BinaryOpArg.inplaceModulo.rawValue:
            if y == 0 || y == -1 { return y == -1 ? .int(0) : nil }
            return .int(floorModulo(x, y))
        case BinaryOpArg.trueDivide.rawValue, BinaryOpArg.inplaceTrueDivide.rawValue:
            // Both exactly representable: one IEEE division is correctly rounded.
            if y == 0 || x.magnitude > 1 << 53 || y.magnitude > 1 << 53 { return nil }
            return .float(Double(x) / Double(y))
        case BinaryOpArg.rightShift.rawValue, BinaryOpArg.inplaceRightShift.rawValue:
            if y < 0 { return nil }
            return .int(y >= Int.bitWidth ? (x < 0 ? -1 : 0) : x >> y)
        case BinaryOpArg.leftShift.rawValue, BinaryOpArg.inplaceLeftShift.rawValue:
            if y < 0 || y >= Int.bitWidth - 1 { return x == 0 && y >= 0 ? .int(0) : nil }
            let shifted = x << y
            return shifted >> y == x ? .int(shifted) : nil
        case BinaryOpArg.and.rawValue, BinaryOpArg.inplaceAnd.rawValue: return .int(x & y)
        case BinaryOpArg.or.rawValue, BinaryOpArg.inplaceOr.rawValue: return .int(x | y)
        case BinaryOpArg.xor.rawValue, BinaryOpArg.inplaceXor.rawValue: return .int(x ^ y)
        default: return nil
        }
    }

    @inline(__always)
    func fastFloatOp(_ op: UInt32, _ x: Double, _ y: Double) -> Value? {
        switch op {
        case BinaryOpArg.add.rawValue, BinaryOpArg.inplaceAdd.rawValue: return .float(x + y)
        case BinaryOpArg.subtract.rawValue, BinaryOpArg.inplaceSubtract.rawValue: return .float(x - y)
        case BinaryOpArg.multiply.rawValue, BinaryOpArg.inplaceMultiply.rawValue: return .float(x * y)
        case BinaryOpArg.trueDivide.rawValue, BinaryOpArg.inplaceTrueDivide.rawValue:
            return y == 0 ? nil : .float(x / y)
        default: return nil
        }
    }

    /// IEEE comparison, which is Python's for floats (every comparison with NaN is false but `!=`).
    @inline(__always)
    func compareDoubles(_ x: Double, _ y: Double, _ op: UInt32) -> Bool {
        switch op {
        case CompareOpArg.less.rawValue: return x < y
        case CompareOpArg.lessEqual.rawValue: return x <= y
        case CompareOpArg.equal.rawValue: return x == y
        case CompareOpArg.notEqual.rawValue: return x != y
        case CompareOpArg.greater.rawValue: return x > y
        default: return x >= y
        }
    }

    @inline(__always)
    func compareInts(_ x: Int, _ y: Int, _ op: UInt32) -> Bool {
        switch op {
        case CompareOpArg.less.rawValue: return x < y
        case CompareOpArg.lessEqual.rawValue: return x <= y
        case CompareOpArg.equal.rawValue: return x == y
        case CompareOpArg.notEqual.rawValue: return x != y
        case CompareOpArg.greater.rawValue: return x > y
        default: return x >= y
        }
    }

    // MARK: Full numeric semantics

    /// `a op b` for two numbers; nil when either operand is not a number (so the caller tries the
    /// other operand's reflected method or reports the TypeError).
    func numericBinary(_ a: Value, _ b: Value, _ op: BinaryOpArg) throws(PyError) -> Value? {
        guard let x = numeric(a), let y = numeric(b) else { return nil }
        switch (x, y) {
        case (.complex, _), (_, .complex):
            return try complexBinary(x, y, op)
        case (.float, _), (_, .float):
            if op == .leftShift || op == .rightShift || op == .and || op == .or || op == .xor { return nil }
            return try floatBinary(try toDouble(x), try toDouble(y), op)
        case (.int(let i), .int(let j)):
            if let r = fastIntOp(op.rawValue, i, j) { return r }
            return try bigBinary(BigInt(i), BigInt(j), op)
        default:
            return try bigBinary(bigOf(x), bigOf(y), op)
        }
    }

    private func bigOf(_ n: Numeric) -> BigInt {
        switch n {
        case .int(let i): return BigInt(i)
        case .big(let b): return b
        default: return 0
        }
    }

    func bigBinary(_ x: BigInt, _ y: BigInt, _ op: BinaryOpArg) throws(PyError) -> Value {
        switch op {
        case .add: return .integer(x + y)
        case .subtract: return .integer(x - y)
        case .multiply: return .integer(x * y)
        case .trueDivide:
            if y == 0 { throw zeroDivisionError("division by zero") }
            return .float(try trueDivide(x, y))
        case .floorDivide:
            if y == 0 { throw zeroDivisionError("integer division or modulo by zero") }
            return .integer(floorDivide(x, y))
        case .modulo:
            if y == 0 { throw zeroDivisionError("integer modulo by zero") }
            return .integer(floorModulo(x, y))
        case .power:
            if y < 0 {
                if x == 0 { throw zeroDivisionError("0.0 cannot be raised to a negative power") }
                return try floatBinary(try toDouble(x), try toDouble(y), .power)
            }
            if x == 1 { return .int(1) }
            if x == -1 { return .int(y.isMultiple(of: 2) ? 1 : -1) }
            if x == 0 { return .int(y == 0 ? 1 : 0) }
            guard let e = Int(exactly: y), e <= 100_000_000 else {
                throw error(exceptions.MemoryError, "")
            }
            return .integer(x.power(e))
        case .leftShift:
            if y < 0 { throw valueError("negative shift count") }
            if x == 0 { return .int(0) }
            guard let s = Int(exactly: y), s < 1 << 32 else { throw overflowError("too many digits in integer") }
            return .integer(x << s)
        case .rightShift:
            if y < 0 { throw valueError("negative shift count") }
            guard let s = Int(exactly: y) else { return .int(x < 0 ? -1 : 0) }
            return .integer(floorShiftRight(x, s))
        case .and: return .integer(x & y)
        case .or: return .integer(x | y)
        case .xor: return .integer(x ^ y)
        case .matrixMultiply: throw typeError("unsupported operand type(s) for @: 'int' and 'int'")
        default: return try bigBinary(x, y, op.base)
        }
    }

    func floatBinary(_ x: Double, _ y: Double, _ op: BinaryOpArg) throws(PyError) -> Value {
        switch op {
        case .add: return .float(x + y)
        case .subtract: return .float(x - y)
        case .multiply: return .float(x * y)
        case .trueDivide:
            if y == 0 { throw zeroDivisionError("float division by zero") }
            return .float(x / y)
        case .floorDivide:
            if y == 0 { throw zeroDivisionError("float floor division by zero") }
            return .float(floatFloorDivide(x, y))
        case .modulo:
            if y == 0 { throw zeroDivisionError("float modulo") }
            return .float(floatModulo(x, y))
        case .power:
            return try floatPower(x, y)
        default:
            if op.isInplace { return try floatBinary(x, y, op.base) }
            throw typeError("unsupported operand type(s) for \(op.symbol): 'float' and 'float'")
        }
    }

    func floatPower(_ x: Double, _ y: Double) throws(PyError) -> Value {
        if x == 0 && y < 0 { throw zeroDivisionError("0.0 cannot be raised to a negative power") }
        if x < 0 && y != y.rounded() && y.isFinite {
            // A negative base with a fractional exponent gives a complex result in Python 3.
            return try complexBinary(.complex(x, 0), .complex(y, 0), .power) ?? .none
        }
        let r = Foundation.pow(x, y)
        if r.isInfinite && x.isFinite && y.isFinite { throw overflowError("(34, 'Numerical result out of range')") }
        return .float(r)
    }

    func complexBinary(_ x: Numeric, _ y: Numeric, _ op: BinaryOpArg) throws(PyError) -> Value? {
        func parts(_ n: Numeric) throws(PyError) -> (Double, Double) {
            if case .complex(let r, let i) = n { return (r, i) }
            return (try toDouble(n), 0)
        }
        let (a, b) = try parts(x)
        let (c, d) = try parts(y)
        func make(_ r: Double, _ i: Double) -> Value { .object(PyComplex(real: r, imag: i)) }
        switch op.base {
        case .add: return make(a + c, b + d)
        case .subtract: return make(a - c, b - d)
        case .multiply: return make(a * c - b * d, a * d + b * c)
        case .trueDivide:
            if c == 0 && d == 0 { throw zeroDivisionError("complex division by zero") }
            return divideComplex(a, b, c, d, make)
        case .power:
            if c == 0 && d == 0 { return make(1, 0) }
            if a == 0 && b == 0 {
                if d != 0 || c < 0 { throw zeroDivisionError("0.0 to a negative or complex power") }
                return make(0, 0)
            }
            if d == 0, c == c.rounded(), abs(c) <= 100 {
                // Integer powers by repeated multiplication, as CPython does for small exponents.
                var (rr, ri) = (1.0, 0.0)
                var (br, bi) = (a, b)
                var n = Int(abs(c))
                while n > 0 {
                    if n & 1 == 1 { (rr, ri) = (rr * br - ri * bi, rr * bi + ri * br) }
                    (br, bi) = (br * br - bi * bi, 2 * br * bi)
                    n >>= 1
                }
                if c < 0 { return divideComplex(1, 0, rr, ri, make) }
                return make(rr, ri)
            }
            let vabs = hypot(a, b)
            var len = Foundation.pow(vabs, c)
            let at = atan2(b, a)
            var phase = at * c
            if d != 0 {
                len /= exp(at * d)
                phase += d * log(vabs)
            }
            return make(len * cos(phase), len * sin(phase))
        default:
            return nil
        }
    }

    private func divideComplex(_ a: Double, _ b: Double, _ c: Double, _ d: Double, _ make: (Double, Double) -> Value) -> Value {
        // Smith's algorithm, as CPython's _Py_c_quot.
        if abs(c) >= abs(d) {
            let ratio = d / c
            let denom = c + d * ratio
            return make((a + b * ratio) / denom, (b - a * ratio) / denom)
        }
        let ratio = c / d
        let denom = c * ratio + d
        return make((a * ratio + b) / denom, (b * ratio - a) / denom)
    }

    /// Correctly rounded int / int.
    func trueDivide(_ x: BigInt, _ y: BigInt) throws(PyError) -> Double {
        let negative = (x < 0) != (y < 0)
        // One correctly rounded step (subnormal results included), as CPython's long_true_divide.
        let result = ExactFloat.ratio(x.magnitude, y.magnitude)
        if result.isInfinite { throw overflowError("integer division result too large for a float") }
        return negative ? -result : result
    }
}

@inline(__always)
func floorDivide(_ x: Int, _ y: Int) -> Int {
    let q = x / y
    return (x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q
}

@inline(__always)
func floorModulo(_ x: Int, _ y: Int) -> Int {
    let r = x % y
    return (r != 0 && ((r < 0) != (y < 0))) ? r + y : r
}

func floorDivide(_ x: BigInt, _ y: BigInt) -> BigInt {
    let (q, r) = x.quotientAndRemainder(dividingBy: y)
    return (r != 0 && ((r < 0) != (y < 0))) ? q - 1 : q
}

func floorModulo(_ x: BigInt, _ y: BigInt) -> BigInt {
    let r = x % y
    return (r != 0 && ((r < 0) != (y < 0))) ? r + y : r
}

/// Arithmetic shift right that rounds toward negative infinity, as Python's `>>`.
func floorShiftRight(_ x: BigInt, _ s: Int) -> BigInt {
    if x >= 0 { return x >> s }
    return -((-x - 1) >> s) - 1
}

func floatFloorDivide(_ x: Double, _ y: Double) -> Double {
    let mod = fmod(x, y)
    var div = (x - mod) / y
    if mod != 0 && ((y < 0) != (mod < 0)) { div -= 1 }
    if div != 0 {
        var floordiv = div.rounded(.down)
        if div - floordiv > 0.5 { floordiv += 1 }
        return floordiv
    }
    return copysign(0.0, x / y)  // keeps the sign of a zero quotient, as CPython
}

func floatModulo(_ x: Double, _ y: Double) -> Double {
    var mod = fmod(x, y)
    if mod != 0 {
        if (y < 0) != (mod < 0) { mod += y }
    } else {
        mod = y < 0 ? -0.0 : 0.0
    }
    return mod
}

extension BinaryOpArg {
    /// The operator as written in source, for error messages.
    public var symbol: String {
        switch base {
        case .add: return isInplace ? "+=" : "+"
        case .subtract: return isInplace ? "-=" : "-"
        case .multiply: return isInplace ? "*=" : "*"
        case .matrixMultiply: return isInplace ? "@=" : "@"
        case .trueDivide: return isInplace ? "/=" : "/"
        case .floorDivide: return isInplace ? "//=" : "//"
        case .modulo: return isInplace ? "%=" : "%"
        case .power: return isInplace ? "**=" : "** or pow()"
        case .leftShift: return isInplace ? "<<=" : "<<"
        case .rightShift: return isInplace ? ">>=" : ">>"
        case .and: return isInplace ? "&=" : "&"
        case .or: return isInplace ? "|=" : "|"
        case .xor: return isInplace ? "^=" : "^"
        default: return "?"
        }
    }
}

extension Double {
    /// True when the int converts to a Double without rounding (|i| <= 2^53), so comparing the
    /// converted value is exact.
    @inline(__always)
    static func isExact(_ i: Int) -> Bool { i.magnitude <= 1 << 53 }
}
