/// The pieces of one string token: its prefix flags and where its body lies in the source.
struct StringTokenInfo {
    var isRaw = false
    var isBytes = false
    var isFString = false
    /// Scalar offsets of the body (between the quotes).
    var bodyStart: Int
    var bodyEnd: Int

    init(token: Token, scalars: [Unicode.Scalar]) {
        var position = token.start
        while position < token.end {
            let c = scalars[position]
            if c == "'" || c == "\"" { break }
            switch c.value | 0x20 {
            case 0x72: isRaw = true
            case 0x62: isBytes = true
            case 0x66: isFString = true
            default: break
            }
            position += 1
        }
        let quote = position < token.end ? scalars[position] : "'"
        let triple = position + 2 < token.end && scalars[position + 1] == quote && scalars[position + 2] == quote
            && token.end - position >= 6
        let quoteLength = triple ? 3 : 1
        bodyStart = min(position + quoteLength, token.end)
        bodyEnd = max(bodyStart, token.end - quoteLength)
    }
}

/// Decoding string bodies: escape sequences for str and bytes literals.
enum StringDecoder {
    /// A decoding failure; the parser turns it into a SyntaxError located like CPython's.
    struct Failure: Error {
        var message: String
    }

    /// Decodes the escapes of a str literal body (or a literal part of an f-string).
    static func decodeString(_ scalars: ArraySlice<Unicode.Scalar>, raw: Bool) throws(Failure) -> String {
        if raw || !scalars.contains("\\") { return SourceText.string(scalars) }
        var out = String.UnicodeScalarView()
        var i = scalars.startIndex
        let end = scalars.endIndex
        while i < end {
            let c = scalars[i]
            if c != "\\" {
                out.append(c)
                i += 1
                continue
            }
            let escapeStart = i
            i += 1
            guard i < end else {
                throw unicodeError(scalars, escapeStart, end - 1, "\\ at end of string")
            }
            let e = scalars[i]
            i += 1
            switch e {
            case "\n": break
            case "\\": out.append("\\")
            case "'": out.append("'")
            case "\"": out.append("\"")
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "v": out.append("\u{0B}")
            case "0"..."7":
                var value = e.value - 48
                var count = 1
                while count < 3, i < end, scalars[i].value >= 48, scalars[i].value <= 55 {
                    value = value * 8 + scalars[i].value - 48
                    i += 1
                    count += 1
                }
                out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            case "x", "u", "U":
                let digits = e == "x" ? 2 : e == "u" ? 4 : 8
                var value: UInt32 = 0
                var count = 0
                while count < digits, i < end, let digit = hexValue(scalars[i]) {
                    value = value * 16 + digit
                    i += 1
                    count += 1
                }
                if count < digits {
                    let name = e == "x" ? "\\xXX" : e == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
                    throw unicodeError(scalars, escapeStart, i - 1, "truncated \(name) escape")
                }
                guard let scalar = Unicode.Scalar(value) else {
                    if value <= 0x10FFFF {
                        // A lone surrogate: Swift strings cannot hold one; use the replacement character.
                        out.append("\u{FFFD}")
                        break
                    }
                    throw unicodeError(scalars, escapeStart, i - 1, "illegal Unicode character")
                }
                out.append(scalar)
            case "N":
                guard i < end, scalars[i] == "{" else {
                    throw unicodeError(scalars, escapeStart, i - 1, "malformed \\N character escape")
                }
                var close = i + 1
                while close < end && scalars[close] != "}" { close += 1 }
                guard close < end, close > i + 1 else {
                    throw unicodeError(scalars, escapeStart, min(close, end - 1), "malformed \\N character escape")
                }
                let name = SourceText.string(scalars[(i + 1)..<close])
                guard let scalar = UnicodeNames.lookup(name) else {
                    throw unicodeError(scalars, escapeStart, close, "unknown Unicode character name")
                }
                out.append(scalar)
                i = close + 1
            default:
                // Unknown escapes keep the backslash (CPython only warns).
                out.append("\\")
                out.append(e)
            }
        }
        return String(out)
    }

    /// Decodes a bytes literal body; non-ASCII characters are an error.
    static func decodeBytes(_ scalars: ArraySlice<Unicode.Scalar>, raw: Bool) throws(Failure) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count)
        var i = scalars.startIndex
        let end = scalars.endIndex
        if scalars.contains(where: { $0.value >= 128 }) {
            throw Failure(message: "bytes can only contain ASCII literal characters")
        }
        if raw {
            return scalars.map { UInt8(truncatingIfNeeded: $0.value) }
        }
        while i < end {
            let c = scalars[i]
            if c != "\\" {
                out.append(UInt8(truncatingIfNeeded: c.value))
                i += 1
                continue
            }
            let escapeStart = i
            i += 1
            guard i < end else {
                throw Failure(message: "(value error) Trailing \\ in string")
            }
            let e = scalars[i]
            i += 1
            switch e {
            case "\n": break
            case "\\": out.append(0x5C)
            case "'": out.append(0x27)
            case "\"": out.append(0x22)
            case "a": out.append(7)
            case "b": out.append(8)
            case "f": out.append(12)
            case "n": out.append(10)
            case "r": out.append(13)
            case "t": out.append(9)
            case "v": out.append(11)
            case "0"..."7":
                var value = e.value - 48
                var count = 1
                while count < 3, i < end, scalars[i].value >= 48, scalars[i].value <= 55 {
                    value = value * 8 + scalars[i].value - 48
                    i += 1
                    count += 1
                }
                out.append(UInt8(truncatingIfNeeded: value))
            case "x":
                guard i + 1 < end, let high = hexValue(scalars[i]), let low = hexValue(scalars[i + 1]) else {
                    throw Failure(message: "(value error) invalid \\x escape at position \(escapeStart - scalars.startIndex)")
                }
                out.append(UInt8(high * 16 + low))
                i += 2
            default:
                out.append(0x5C)
                out.append(UInt8(truncatingIfNeeded: e.value))
            }
        }
        return out
    }

    static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c.value {
        case 48...57: return c.value - 48
        case 65...70: return c.value - 55
        case 97...102: return c.value - 87
        default: return nil
        }
    }

    /// CPython's message for a bad escape, with UTF-8 byte positions within the literal body.
    private static func unicodeError(_ scalars: ArraySlice<Unicode.Scalar>, _ start: Int, _ end: Int,
                                     _ reason: String) -> Failure {
        func byteOffset(_ index: Int) -> Int {
            var total = 0
            var position = scalars.startIndex
            while position < index && position < scalars.endIndex {
                total += UTF8.width(scalars[position])
                position += 1
            }
            return total
        }
        let from = byteOffset(start)
        let to = byteOffset(end)
        let where_ = from == to ? "position \(from)" : "position \(from)-\(to)"
        return Failure(message: "(unicode error) 'unicodeescape' codec can't decode bytes in \(where_): \(reason)")
    }
}

/// Reverse lookup of Unicode character names for `\N{...}`, built on first use from the standard
/// library's name property (so every named character works, case-insensitively, plus aliases).
enum UnicodeNames {
    private static let table: [String: Unicode.Scalar] = {
        var table: [String: Unicode.Scalar] = [:]
        table.reserveCapacity(60000)
        let ranges: [ClosedRange<UInt32>] = [0...0x323AF, 0xE0000...0xE01EF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let properties = scalar.properties
                if let name = properties.name {
                    // CJK ideographs and Hangul syllables are algorithmic; they are handled below.
                    if name.hasPrefix("CJK UNIFIED IDEOGRAPH-") || name.hasPrefix("HANGUL SYLLABLE ") { continue }
                    table[name] = scalar
                }
                if let alias = properties.nameAlias { table[alias] = scalar }
            }
        }
        return table
    }()

    static func lookup(_ name: String) -> Unicode.Scalar? {
        let key = name.uppercased()
        if key.hasPrefix("CJK UNIFIED IDEOGRAPH-") {
            let hex = key.dropFirst("CJK UNIFIED IDEOGRAPH-".count)
            guard hex.count == 4 || hex.count == 5, let value = UInt32(hex, radix: 16),
                  let scalar = Unicode.Scalar(value), scalar.properties.name == key else { return nil }
            return scalar
        }
        if key.hasPrefix("HANGUL SYLLABLE ") {
            for value in UInt32(0xAC00)...0xD7A3 {
                if let scalar = Unicode.Scalar(value), scalar.properties.name == key { return scalar }
            }
            return nil
        }
        return table[key]
    }
}
