/// `repr(float)` exactly as CPython prints it: the shortest digits that round-trip, in fixed notation
/// for exponents from -4 to 15 and scientific notation (`1e+16`, `1.5e-07`) outside that range.
enum FloatFormatting {
    static func repr(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        let (digits, exponent) = shortestDigits(d)
        let sign = d < 0 ? "-" : ""
        // exponent is the position of the decimal point relative to the digit string start.
        let sciExponent = exponent - 1
        if sciExponent < -4 || sciExponent >= 16 {
            var mantissa = String(digits.first!)
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            let expSign = sciExponent < 0 ? "-" : "+"
            let expDigits = String(abs(sciExponent))
            return sign + mantissa + "e" + expSign + (expDigits.count < 2 ? "0" + expDigits : expDigits)
        }
        if exponent <= 0 {
            return sign + "0." + String(repeating: "0", count: -exponent) + digits
        }
        if exponent >= digits.count {
            return sign + digits + String(repeating: "0", count: exponent - digits.count) + ".0"
        }
        let i = digits.index(digits.startIndex, offsetBy: exponent)
        return sign + digits[..<i] + "." + digits[i...]
    }

    /// The shortest round-trip decimal digits of |d| and the decimal exponent such that
    /// |d| = 0.DIGITS * 10**exponent. Swift's description already produces shortest digits.
    static func shortestDigits(_ d: Double) -> (String, Int) {
        let text = "\(Swift.abs(d))"
        var mantissa = Substring(text)
        var exp = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exp = Int(text[text.index(after: e)...]) ?? 0
        }
        var intPart = mantissa
        var fracPart: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = mantissa[..<dot]
            fracPart = mantissa[mantissa.index(after: dot)...]
        }
        var digits = String(intPart) + String(fracPart)
        var pointPosition = intPart.count + exp
        // Strip leading zeros (moving the point) and trailing zeros.
        while digits.count > 1 && digits.first == "0" {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.count > 1 && digits.last == "0" { digits.removeLast() }
        return (digits, pointPosition)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Options of `FloatFormatting.format`, mirroring CPython's `Py_DTSF_*` flags.
struct FloatFormatFlags: OptionSet {
    let rawValue: UInt8
    /// `#`: always a decimal point; `g` keeps trailing zeros.
    static let alternate = FloatFormatFlags(rawValue: 1)
    /// Append `.0` to integral results (format's "no type" with a precision).
    static let addDotZero = FloatFormatFlags(rawValue: 2)
    /// `z`: drop the sign of a result that rounds to zero.
    static let noNegativeZero = FloatFormatFlags(rawValue: 4)
    /// Always write a sign (`+` for non-negative values).
    static let alwaysSign = FloatFormatFlags(rawValue: 8)
}

extension FloatFormatting {
    /// CPython's `PyOS_double_to_string`: `type` is one of `e E f F g G r` (`r` is repr). Digits come
    /// from the C library's correctly rounded conversions.
    static func format(_ d: Double, type: Character, precision: Int, flags: FloatFormatFlags) -> String {
        let alt = flags.contains(.alternate)
        var negative = d.sign == .minus && !d.isNaN
        var body: String
        if d.isNaN {
            body = "nan"
        } else if d.isInfinite {
            body = "inf"
        } else {
            let a = Swift.abs(d)
            switch type {
            case "f", "F", "%":
                body = cFormat(alt ? "#f" : "f", precision, a)
            case "e", "E":
                body = cFormat(alt ? "#e" : "e", precision, a)
            case "g", "G":
                let p = Swift.max(precision, 1)
                body = cFormat(alt ? "#g" : "g", p, a)
                if flags.contains(.addDotZero) {
                    // CPython switches to exponent notation one digit earlier here than %g does.
                    let sci = cFormat(alt ? "#e" : "e", p - 1, a)
                    if let e = sci.firstIndex(of: "e"), let exponent = Int(sci[sci.index(after: e)...]), exponent == p - 1 {
                        body = alt ? sci : stripTrailingZeros(sci)
                    } else if !body.contains(".") && !body.contains("e") {
                        body += ".0"
                    }
                }
            default:
                body = repr(a)
                if !flags.contains(.addDotZero) && body.hasSuffix(".0") { body.removeLast(2) }
                if alt && !body.contains(".") {
                    if let e = body.firstIndex(of: "e") { body.insert(".", at: e) } else { body += "." }
                }
            }
            if flags.contains(.noNegativeZero) && negative {
                let mantissa = body.prefix { $0 != "e" }
                if mantissa.allSatisfy({ $0 == "0" || $0 == "." }) { negative = false }
            }
        }
        if type == "E" || type == "F" || type == "G" { body = body.uppercased() }
        if negative { return "-" + body }
        return flags.contains(.alwaysSign) ? "+" + body : body
    }

    /// `1.2300e+05` -> `1.23e+05`, `1.000e+05` -> `1e+05`.
    static func stripTrailingZeros(_ s: String) -> String {
        guard let e = s.firstIndex(of: "e"), s[..<e].contains(".") else { return s }
        var mantissa = String(s[..<e])
        while mantissa.hasSuffix("0") { mantissa.removeLast() }
        if mantissa.hasSuffix(".") { mantissa.removeLast() }
        return mantissa + s[e...]
    }

    /// `printf("%.<precision><conversion>", d)`.
    static func cFormat(_ conversion: String, _ precision: Int, _ d: Double) -> String {
        // An alternate-form conversion arrives as "#g": the flag goes before the precision.
        let format = conversion.hasPrefix("#") ? "%#.\(precision)\(conversion.dropFirst())" : "%.\(precision)\(conversion)"
        var capacity = 64
        while true {
            var buffer = [CChar](repeating: 0, count: capacity)
            let n = withVaList([d]) { args in vsnprintf(&buffer, capacity, format, args) }
            if n < 0 { return "" }
            if Int(n) < capacity {
                return String(decoding: buffer[..<Int(n)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            capacity = Int(n) + 1
        }
    }
}
