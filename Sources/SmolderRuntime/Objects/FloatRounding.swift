import BigInt
import Foundation

/// `round(float)` and `round(float, n)`, correctly rounded like CPython's dtoa-based `double_round`:
/// the exact binary value is rounded half-to-even to n decimal places, then converted back once.
extension Interpreter {
    /// `round(x)`: an int, half to even.
    func roundFloatToInt(_ x: Double) throws(PyError) -> Value {
        if x.isNaN { throw valueError("cannot convert float NaN to integer") }
        if x.isInfinite { throw overflowError("cannot convert float infinity to integer") }
        return try integer(fromDouble: x.rounded(.toNearestOrEven))
    }

    /// `round(x, ndigits)`: a float.
    func roundFloat(_ x: Double, digits: BigInt) throws(PyError) -> Double {
        // Beyond these bounds the answer is x itself or a signed zero (CPython's NDIGITS_MAX/MIN).
        if digits > 323 { return x }
        if digits < -308 { return 0.0 * x }
        if !x.isFinite || x == 0 { return x }
        let n = Int(digits)
        let (mantissa, exponent) = ExactFloat.decompose(Swift.abs(x))
        let m = mantissa.magnitude
        let result: Double
        if n >= 0 {
            // x * 10**n = m * 10**n / 2**-exponent.
            if exponent >= 0 { return x }
            let numerator = m * BigUInt(10).power(n)
            let rounded = Self.roundHalfEven(numerator, BigUInt(1) << -exponent)
            result = ExactFloat.ratio(rounded, BigUInt(10).power(n))
        } else {
            // x / 10**-n, rounded to an integer, then scaled back up.
            let p = BigUInt(10).power(-n)
            let numerator = exponent >= 0 ? m << exponent : m
            let denominator = exponent >= 0 ? p : p << -exponent
            let rounded = Self.roundHalfEven(numerator, denominator)
            result = ExactFloat.ratio(rounded * p, 1)
        }
        if result.isInfinite { throw overflowError("rounded value too large to represent") }
        return x < 0 ? -result : result
    }

    /// `n / d` rounded to the nearest integer, ties to even.
    static func roundHalfEven(_ n: BigUInt, _ d: BigUInt) -> BigUInt {
        let (q, r) = n.quotientAndRemainder(dividingBy: d)
        let twice = r << 1
        if twice > d || (twice == d && q[bitAt: 0]) { return q + 1 }
        return q
    }

    /// `float.as_integer_ratio()`.
    func floatIntegerRatio(_ d: Double) throws(PyError) -> Value {
        if d.isNaN { throw valueError("cannot convert NaN to integer ratio") }
        if d.isInfinite { throw overflowError("cannot convert Infinity to integer ratio") }
        let (m, e) = ExactFloat.decompose(d)
        if e >= 0 { return .object(PyTuple([.integer(m << e), .int(1)])) }
        return .object(PyTuple([.integer(m), .integer(BigInt(1) << -e)]))
    }
}
