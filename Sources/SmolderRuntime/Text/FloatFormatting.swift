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
