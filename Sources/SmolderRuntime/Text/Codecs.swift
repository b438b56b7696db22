/// The text codecs `str.encode` and `str(bytes, encoding)` support: UTF-8, ASCII and Latin-1, with
/// the error handlers strict, ignore, replace, backslashreplace (and xmlcharrefreplace for encoding).
enum TextCodec {
    case utf8, ascii, latin1

    /// Looks an encoding name up the way Python normalises it (case, `-`/`_`/space insensitive).
    init?(name: String) {
        let key = String(name.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
        switch key {
        case "utf-8", "utf8", "u8", "utf", "cp65001", "utf8-ucs2", "utf8-ucs4": self = .utf8
        case "ascii", "us-ascii", "646", "us", "ansi-x3.4-1968", "iso646-us", "cp367": self = .ascii
        case "latin-1", "latin1", "latin", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "iso-ir-100",
             "csisolatin1", "iso-8859-1:1987":
            self = .latin1
        default: return nil
        }
    }

    var pythonName: String {
        switch self {
        case .utf8: return "utf-8"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        }
    }

    var limit: UInt32 {
        switch self {
        case .utf8: return 0x110000
        case .ascii: return 0x80
        case .latin1: return 0x100
        }
    }
}

extension Interpreter {
    func lookupCodec(_ encoding: String) throws(PyError) -> TextCodec {
        guard let codec = TextCodec(name: encoding) else {
            throw error(exceptions.LookupError, "unknown encoding: \(encoding)")
        }
        return codec
    }

    /// `str.encode(encoding, errors)`.
    func encodeString(_ s: String, encoding: String, errors: String) throws(PyError) -> [UInt8] {
        let codec = try lookupCodec(encoding)
        if codec == .utf8 { return Array(s.utf8) }
        let scalars = Array(s.unicodeScalars)
        var out = [UInt8]()
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let v = scalars[i].value
            if v < codec.limit {
                out.append(UInt8(v))
                i += 1
                continue
            }
            var end = i + 1
            while end < scalars.count && scalars[end].value >= codec.limit { end += 1 }
            switch errors {
            case "strict":
                throw unicodeEncodeError(codec.pythonName, s, start: i, end: end, reason: "ordinal not in range(\(codec.limit))")
            case "ignore": break
            case "replace": out.append(contentsOf: [UInt8](repeating: 0x3F, count: end - i))
            case "backslashreplace":
                for c in scalars[i..<end] { out.append(contentsOf: StringRepr.escape(c).utf8) }
            case "xmlcharrefreplace":
                for c in scalars[i..<end] { out.append(contentsOf: "&#\(c.value);".utf8) }
            default:
                throw error(exceptions.LookupError, "unknown error handler name '\(errors)'")
            }
            i = end
        }
        return out
    }

    /// `bytes.decode(encoding, errors)` / `str(bytes, encoding, errors)`.
    func decodeBytes(_ bytes: [UInt8], encoding: String, errors: String) throws(PyError) -> String {
        let codec = try lookupCodec(encoding)
        // Well-formed input (the common case) converts in one step; the loop below handles errors.
        if codec == .utf8, let valid = String(validating: bytes, as: UTF8.self) { return valid }
        if codec == .ascii, !bytes.contains(where: { $0 >= 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        var out = String.UnicodeScalarView()
        func fail(_ start: Int, _ end: Int, _ reason: String) throws(PyError) {
            switch errors {
            case "strict":
                throw unicodeDecodeError(codec.pythonName, bytes, start: start, end: end, reason: reason)
            case "ignore": break
            case "replace": out.append("\u{FFFD}")
            case "backslashreplace":
                for b in bytes[start..<end] { out.append(contentsOf: "\\x\(StringRepr.hex(UInt32(b), 2))".unicodeScalars) }
            default:
                throw error(exceptions.LookupError, "unknown error handler name '\(errors)'")
            }
        }
        switch codec {
        case .latin1:
            for b in bytes { out.append(Unicode.Scalar(b)) }
        case .ascii:
            for (i, b) in bytes.enumerated() {
                if b < 0x80 { out.append(Unicode.Scalar(b)) } else { try fail(i, i + 1, "ordinal not in range(128)") }
            }
        case .utf8:
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    out.append(Unicode.Scalar(b))
                    i += 1
                    continue
                }
                let length: Int
                var low: UInt8 = 0x80, high: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xED: length = 3; high = 0x9F
                case 0xE1...0xEF: length = 3
                case 0xF0: length = 4; low = 0x90
                case 0xF4: length = 4; high = 0x8F
                case 0xF1...0xF3: length = 4
                default:
                    try fail(i, i + 1, "invalid start byte")
                    i += 1
                    continue
                }
                var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                var k = 1
                var bad: (Int, String)?
                while k < length {
                    if i + k >= n { bad = (n, "unexpected end of data"); break }
                    let c = bytes[i + k]
                    let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                    if c < lo || c > hi { bad = (i + k, "invalid continuation byte"); break }
                    value = value << 6 | UInt32(c & 0x3F)
                    k += 1
                }
                if let (end, reason) = bad {
                    try fail(i, end, reason)
                    i = end
                    continue
                }
                if let scalar = Unicode.Scalar(value) { out.append(scalar) }
                i += length
            }
        }
        return String(out)
    }
}
