import BigInt
import Foundation

/// CPython's numeric hash: values that compare equal hash equal across int, float and bool, reduced
/// modulo the Mersenne prime 2**61 - 1. Matching it keeps set iteration order identical to CPython's.
enum Hashing {
    static let modulus: UInt64 = (1 << 61) - 1
    static let bits = 61

    static func hashInt(_ i: Int) -> Int {
        if i >= 0 {
            let h = Int(UInt64(i) % modulus)
            return h
        }
        let m = UInt64(i.magnitude % UInt(modulus))
        let h = -Int(m)
        return h == -1 ? -2 : h
    }

    static func hashBigInt(_ b: BigInt) -> Int {
        if let i = Int(exactly: b) { return hashInt(i) }
        let m = b.magnitude % BigUInt(modulus)
        var h = Int(m)
        if b < 0 { h = -h }
        return h == -1 ? -2 : h
    }

    /// `_Py_HashDouble` (without the identity-based hash CPython 3.11 uses for NaN: NaN hashes to 0).
    static func hashDouble(_ v: Double) -> Int {
        if !v.isFinite {
            if v.isInfinite { return v > 0 ? 314159 : -314159 }
            return 0
        }
        // Foundation's frexp drops the sign of negative inputs, so split it off first.
        var (m, e) = frexp(Swift.abs(v))
        let sign = v < 0 ? -1 : 1
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & modulus) | (x >> UInt64(bits - 28))
            m *= 268435456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        let shift = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits)
        x = ((x << UInt64(shift)) & modulus) | (x >> UInt64(bits - shift))
        var result = Int(x) * sign
        if result == -1 { result = -2 }
        return result
    }
}
