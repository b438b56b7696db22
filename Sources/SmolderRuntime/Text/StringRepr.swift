/// `repr(str)` and `ascii()` with CPython's quoting and escaping rules.
enum StringRepr {
    static func repr(_ s: String) -> String {
        var hasSingle = false, hasDouble = false
        for u in s.utf8 {
            if u == UInt8(ascii: "'") { hasSingle = true } else if u == UInt8(ascii: "\"") { hasDouble = true }
        }
        let quote: Character = (hasSingle && !hasDouble) ? "\"" : "'"
        var out = String(quote)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(scalar) == quote {
                    out += "\\" + String(quote)
                } else if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += escape(scalar)
                }
            }
        }
        out.append(quote)
        return out
    }

    static func escape(_ scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        if v < 0x100 { return "\\x" + hex(v, 2) }
        if v < 0x10000 { return "\\u" + hex(v, 4) }
        return "\\U" + hex(v, 8)
    }

    static func hex(_ v: UInt32, _ width: Int) -> String {
        let h = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - h.count)) + h
    }

    /// Python's `str.isprintable()` for one code point (approximated with Unicode general categories).
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || v == 0x7F { return false }
        if v < 0x7F { return true }
        if v >= 0x80 && v < 0xA0 { return false }
        if v == 0xAD { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
            return false
        case .spaceSeparator:
            return v == 0x20
        default:
            return true
        }
    }

    /// `ascii()`: the repr with every non-ASCII code point escaped.
    static func ascii(_ repr: String) -> String {
        var out = ""
        for scalar in repr.unicodeScalars {
            if scalar.value < 0x80 { out.unicodeScalars.append(scalar) } else { out += escape(scalar) }
        }
        return out
    }
}

extension Interpreter {
    func asciiRepr(_ repr: String) -> String { StringRepr.ascii(repr) }
}
