import BigInt
import Foundation

/// Text to float and back in hexadecimal: `float(str)`, `float.fromhex`, `float.hex`.
enum FloatParsing {
    /// `float(text)`: CPython's grammar (whitespace, sign, inf/infinity/nan, underscores between
    /// digits, Unicode decimal digits). nil when the text is not a float literal.
    static func parse(_ text: String) -> Double? {
        // Normalise Unicode digits and whitespace to ASCII, as CPython does before parsing.
        var ascii: [UInt8] = []
        ascii.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            if s.isASCII {
                ascii.append(UInt8(s.value))
            } else if s.properties.numericType == .decimal, let n = s.properties.numericValue {
                ascii.append(UInt8(48 + Int(n)))
            } else if IntParsing.isSpace(s) {
                ascii.append(32)
            } else {
                return nil
            }
        }
        var start = 0, end = ascii.count
        while start < end, IntParsing.isSpace(Unicode.Scalar(ascii[start])) { start += 1 }
        while end > start, IntParsing.isSpace(Unicode.Scalar(ascii[end - 1])) { end -= 1 }
        var i = start
        var negative = false
        if i < end, ascii[i] == UInt8(ascii: "+") || ascii[i] == UInt8(ascii: "-") {
            negative = ascii[i] == UInt8(ascii: "-")
            i += 1
        }
        let word = String(decoding: ascii[i..<end], as: UTF8.self).lowercased()
        if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
        if word == "nan" { return negative ? -.nan : .nan }
        // Validate the decimal grammar and drop the underscores.
        var clean: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        func digitRun(_ required: Bool) -> Bool {
            var count = 0
            while i < end {
                let c = ascii[i]
                if c >= 48 && c <= 57 {
                    clean.append(c); count += 1; i += 1
                } else if c == UInt8(ascii: "_"), count > 0, i + 1 < end, ascii[i + 1] >= 48 && ascii[i + 1] <= 57 {
                    i += 1
                } else {
                    break
                }
            }
            return count > 0 || !required
        }
        let intDigits = i
        _ = digitRun(false)
        let hadInt = i > intDigits
        if i < end && ascii[i] == UInt8(ascii: ".") {
            clean.append(UInt8(ascii: "."))
            i += 1
            let fracStart = i
            _ = digitRun(false)
            if !hadInt && i == fracStart { return nil }
        } else if !hadInt {
            return nil
        }
        if i < end && (ascii[i] == UInt8(ascii: "e") || ascii[i] == UInt8(ascii: "E")) {
            clean.append(UInt8(ascii: "e"))
            i += 1
            if i < end && (ascii[i] == UInt8(ascii: "+") || ascii[i] == UInt8(ascii: "-")) {
                clean.append(ascii[i])
                i += 1
            }
            if !digitRun(true) { return nil }
        }
        if i != end { return nil }
        return strtod(String(decoding: clean, as: UTF8.self), nil)
    }

    /// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`, subnormals as `0x0.<digits>p-1022`.
    static func hex(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        let sign = d.sign == .minus ? "-" : ""
        if d == 0 { return sign + "0x0.0p+0" }
        let bits = d.bitPattern
        let rawExponent = Int((bits >> 52) & 0x7FF)
        let fraction = bits & ((1 << 52) - 1)
        let lead = rawExponent == 0 ? "0" : "1"
        let exponent = rawExponent == 0 ? -1022 : rawExponent - 1023
        var digits = String(fraction, radix: 16)
        digits = String(repeating: "0", count: 13 - digits.count) + digits
        return "\(sign)0x\(lead).\(digits)p\(exponent >= 0 ? "+" : "")\(exponent)"
    }

    enum HexFailure: Error {
        case invalid
        case overflow
    }

    /// `float.fromhex(text)`, correctly rounded.
    static func fromHex(_ text: String) -> Result<Double, HexFailure> {
        let s = Array(text.unicodeScalars)
        var i = 0, end = s.count
        while i < end, IntParsing.isSpace(s[i]) { i += 1 }
        while end > i, IntParsing.isSpace(s[end - 1]) { end -= 1 }
        var negative = false
        if i < end, s[i] == "+" || s[i] == "-" {
            negative = s[i] == "-"
            i += 1
        }
        let rest = String(String.UnicodeScalarView(s[i..<end])).lowercased()
        if rest == "inf" || rest == "infinity" { return .success(negative ? -.infinity : .infinity) }
        if rest == "nan" { return .success(negative ? -.nan : .nan) }
        if i + 1 < end, s[i] == "0", s[i + 1] == "x" || s[i + 1] == "X" { i += 2 }
        var mantissa = BigUInt(0)
        var digitCount = 0, fractionDigits = 0
        func hexDigit(_ c: Unicode.Scalar) -> Int? {
            guard let v = IntParsing.digitValue(c), v < 16, c.isASCII else { return nil }
            return v
        }
        while i < end, let v = hexDigit(s[i]) {
            mantissa = mantissa * 16 + BigUInt(v)
            digitCount += 1
            i += 1
        }
        if i < end, s[i] == "." {
            i += 1
            while i < end, let v = hexDigit(s[i]) {
                mantissa = mantissa * 16 + BigUInt(v)
                digitCount += 1
                fractionDigits += 1
                i += 1
            }
        }
        if digitCount == 0 { return .failure(.invalid) }
        var exponent = 0
        if i < end, s[i] == "p" || s[i] == "P" {
            i += 1
            var expNegative = false
            if i < end, s[i] == "+" || s[i] == "-" {
                expNegative = s[i] == "-"
                i += 1
            }
            var expDigits = 0
            while i < end, let v = IntParsing.digitValue(s[i]), v < 10, s[i].isASCII {
                if exponent < 1_000_000_000 { exponent = exponent * 10 + v }
                expDigits += 1
                i += 1
            }
            if expDigits == 0 { return .failure(.invalid) }
            if expNegative { exponent = -exponent }
        }
        if i != end { return .failure(.invalid) }
        let value = ExactFloat.scaled(mantissa, exponent - 4 * fractionDigits)
        if value.isInfinite { return .failure(.overflow) }
        return .success(negative ? -value : value)
    }
}
