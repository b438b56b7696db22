/// Python's case mappings: full (one-to-many) mappings, the Final_Sigma rule of `lower()`, and
/// the character classes behind the `is...()` predicates.
enum StrCase {
    static func mapASCII(_ s: String, _ transform: (UInt8) -> UInt8) -> String {
        String(decoding: s.utf8.map(transform), as: UTF8.self)
    }

    static func upperASCII(_ b: UInt8) -> UInt8 { b >= 0x61 && b <= 0x7A ? b - 32 : b }
    static func lowerASCII(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }

    /// Lowercase of the scalar at `i`, applying Final_Sigma to U+03A3.
    static func lower(_ scalars: ContiguousArray<Unicode.Scalar>, _ i: Int, into out: inout String) {
        let c = scalars[i]
        if c.value == 0x3A3 {
            out.unicodeScalars.append(isFinalSigma(scalars, i) ? "\u{3C2}" : "\u{3C3}")
        } else {
            out += c.properties.lowercaseMapping
        }
    }

    static func isFinalSigma(_ scalars: ContiguousArray<Unicode.Scalar>, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && scalars[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0 && scalars[j].properties.isCased else { return false }
        j = i + 1
        while j < scalars.count && scalars[j].properties.isCaseIgnorable { j += 1 }
        return j == scalars.count || !scalars[j].properties.isCased
    }

    static func upper(_ s: PyStr) -> String {
        if s.isASCII { return mapASCII(s.value, upperASCII) }
        var out = ""
        for c in s.value.unicodeScalars { out += c.properties.uppercaseMapping }
        return out
    }

    static func lower(_ s: PyStr) -> String {
        if s.isASCII { return mapASCII(s.value, lowerASCII) }
        let scalars = s.scalars
        var out = ""
        for i in 0..<scalars.count { lower(scalars, i, into: &out) }
        return out
    }

    static func casefold(_ s: PyStr) -> String {
        if s.isASCII { return mapASCII(s.value, lowerASCII) }
        var out = ""
        for c in s.value.unicodeScalars {
            let v = c.value
            // Changes_When_Casefolded is defined on NFD, so it misses precomposed letters such as
            // U+01F0 that fold to a decomposed sequence; those do change when uppercased. Dotless
            // i is the one letter whose uppercase lowers to something else than its folding.
            if !(c.properties.changesWhenCaseFolded || c.properties.changesWhenUppercased) || v == 0x131 {
                out.unicodeScalars.append(c)
            } else if v == 0x1E9E {
                out += "ss"
            } else if (0xAB70...0xABBF).contains(v) || (0x13F8...0x13FD).contains(v) {
                // Cherokee folds to its uppercase letters.
                out += c.properties.uppercaseMapping
            } else {
                // Full case folding equals lowercasing the uppercase mapping for every other
                // character that folds (ß -> SS -> ss, ς -> Σ -> σ, ﬁ -> FI -> fi).
                for u in c.properties.uppercaseMapping.unicodeScalars { out += u.properties.lowercaseMapping }
            }
        }
        return out
    }

    static func swapcase(_ s: PyStr) -> String {
        if s.isASCII {
            return mapASCII(s.value) { b in
                b >= 0x41 && b <= 0x5A ? b + 32 : (b >= 0x61 && b <= 0x7A ? b - 32 : b)
            }
        }
        let scalars = s.scalars
        var out = ""
        for i in 0..<scalars.count {
            let p = scalars[i].properties
            if p.isUppercase {
                lower(scalars, i, into: &out)
            } else if p.isLowercase {
                out += p.uppercaseMapping
            } else {
                out.unicodeScalars.append(scalars[i])
            }
        }
        return out
    }

    static func title(_ s: PyStr) -> String {
        let scalars = s.scalars
        var out = ""
        var previousCased = false
        for i in 0..<scalars.count {
            let p = scalars[i].properties
            if previousCased { lower(scalars, i, into: &out) } else { out += p.titlecaseMapping }
            previousCased = p.isCased
        }
        return out
    }

    static func capitalize(_ s: PyStr) -> String {
        let scalars = s.scalars
        guard !scalars.isEmpty else { return "" }
        var out = scalars[0].properties.titlecaseMapping
        for i in 1..<scalars.count { lower(scalars, i, into: &out) }
        return out
    }

    // MARK: Predicates

    static func isAlpha(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    static func isDecimal(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x30 && c.value <= 0x39 }
        return c.properties.generalCategory == .decimalNumber
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x30 && c.value <= 0x39 }
        let t = c.properties.numericType
        return t == .decimal || t == .digit
    }

    static func isNumeric(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x30 && c.value <= 0x39 }
        return c.properties.numericType != nil
    }

    static func isAlnum(_ c: Unicode.Scalar) -> Bool { isAlpha(c) || isNumeric(c) }

    static func isTitlecase(_ c: Unicode.Scalar) -> Bool { c.properties.generalCategory == .titlecaseLetter }

    static func isLower(_ s: String) -> Bool {
        var cased = false
        for c in s.unicodeScalars {
            let p = c.properties
            if p.isUppercase || isTitlecase(c) { return false }
            if !cased && p.isLowercase { cased = true }
        }
        return cased
    }

    static func isUpper(_ s: String) -> Bool {
        var cased = false
        for c in s.unicodeScalars {
            let p = c.properties
            if p.isLowercase || isTitlecase(c) { return false }
            if !cased && p.isUppercase { cased = true }
        }
        return cased
    }

    static func isTitle(_ s: String) -> Bool {
        var cased = false, previousCased = false
        for c in s.unicodeScalars {
            let p = c.properties
            if p.isUppercase || isTitlecase(c) {
                if previousCased { return false }
                previousCased = true
                cased = true
            } else if p.isLowercase {
                if !previousCased { return false }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    }

    static func isIdentifier(_ s: String) -> Bool {
        var first = true
        for c in s.unicodeScalars {
            if first {
                if !(c == "_" || c.properties.isXIDStart) { return false }
                first = false
            } else if !c.properties.isXIDContinue {
                return false
            }
        }
        return !first
    }
}
