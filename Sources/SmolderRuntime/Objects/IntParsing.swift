import BigInt

/// `int(text, base)`: CPython's literal grammar (sign, whitespace, base prefixes, single underscores
/// between digits, Unicode decimal digits) and its digit-count limit for non-power-of-two bases.
enum IntParsing {
    /// CPython's default `sys.get_int_max_str_digits()`.
    static let maxStrDigits = 4300

    enum Failure {
        case invalid
        case tooManyDigits(Int)
    }

    /// The value of a digit in bases up to 36, or nil.
    @inline(__always)
    static func digitValue(_ s: Unicode.Scalar) -> Int? {
        let v = s.value
        switch v {
        case 0x30...0x39: return Int(v - 0x30)
        case 0x61...0x7A: return Int(v - 0x61 + 10)
        case 0x41...0x5A: return Int(v - 0x41 + 10)
        default:
            if s.properties.numericType == .decimal, let n = s.properties.numericValue { return Int(n) }
            return nil
        }
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09...0x0D, 0x1C...0x1F, 0x85, 0xA0: return true
        default: return s.value > 0x7F && s.properties.isWhitespace
        }
    }

    static func parse(_ text: String, base requested: Int) -> Result<BigInt, Failure> {
        var scalars = Array(text.unicodeScalars)
        while let f = scalars.first, isSpace(f) { scalars.removeFirst() }
        while let l = scalars.last, isSpace(l) { scalars.removeLast() }
        var i = 0
        var negative = false
        if i < scalars.count, scalars[i] == "+" || scalars[i] == "-" {
            negative = scalars[i] == "-"
            i += 1
        }
        var base = requested
        var afterPrefix = false
        if i + 1 < scalars.count, scalars[i] == "0" {
            let p = scalars[i + 1]
            let prefixBase: Int? = (p == "x" || p == "X") ? 16 : (p == "o" || p == "O") ? 8 : (p == "b" || p == "B") ? 2 : nil
            if let pb = prefixBase, base == 0 || base == pb {
                base = pb
                i += 2
                afterPrefix = true
            }
        }
        var decimalZeroCheck = false
        if base == 0 {
            base = 10
            decimalZeroCheck = true  // "010" is not a valid base-0 literal, "000" is
        }
        // Collect digits, allowing single underscores between digits (and right after a prefix).
        var digits: [UInt8] = []
        digits.reserveCapacity(scalars.count - i)
        var allowUnderscore = afterPrefix  // "0x_1f" is valid, "_1" is not
        var previousUnderscore = false
        while i < scalars.count {
            let s = scalars[i]
            i += 1
            if s == "_" {
                if !allowUnderscore { return .failure(.invalid) }
                allowUnderscore = false
                previousUnderscore = true
                continue
            }
            guard let d = digitValue(s), d < base else { return .failure(.invalid) }
            digits.append(UInt8(d))
            allowUnderscore = true
            previousUnderscore = false
        }
        if digits.isEmpty || previousUnderscore { return .failure(.invalid) }
        if decimalZeroCheck, digits.count > 1, digits[0] == 0, digits.contains(where: { $0 != 0 }) {
            return .failure(.invalid)
        }
        if base & (base - 1) != 0 && digits.count > maxStrDigits {
            return .failure(.tooManyDigits(digits.count))
        }
        var magnitude = accumulate(digits, base: base)
        if negative { magnitude.negate() }
        return .success(magnitude)
    }

    /// Digits to a big integer: machine-word chunks, then divide and conquer for long inputs.
    static func accumulate(_ digits: [UInt8], base: Int) -> BigInt {
        // Largest power of the base that fits comfortably in a word.
        var chunk = 1
        var chunkPower = base
        while chunkPower <= Int.max / base / base { chunkPower *= base; chunk += 1 }
        if digits.count <= 4 * chunk {
            var r = BigInt(0)
            var word = 0, n = 0
            var scale = 1
            for d in digits {
                word = word * base + Int(d)
                scale *= base
                n += 1
                if n == chunk {
                    r = r * BigInt(scale) + BigInt(word)
                    word = 0; n = 0; scale = 1
                }
            }
            if n > 0 { r = r * BigInt(scale) + BigInt(word) }
            return r
        }
        let mid = digits.count / 2
        let high = accumulate(Array(digits[..<mid]), base: base)
        let low = accumulate(Array(digits[mid...]), base: base)
        return high * BigInt(base).power(digits.count - mid) + low
    }
}

extension IntParsing.Failure: Error {}
