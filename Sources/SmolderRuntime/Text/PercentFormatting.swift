import BigInt

/// `str % args`: CPython's PyUnicode_Format.
extension Interpreter {
    func percentFormat(_ format: String, _ args: Value) throws(PyError) -> String {
        var state = PercentArguments(args, vm: self)
        if !format.utf8.contains(UInt8(ascii: "%")) {
            try state.checkAllConverted(self)
            return format
        }
        let c = Array(format.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < c.count {
            if c[i] != "%" {
                out.append(c[i])
                i += 1
                continue
            }
            i += 1
            if i < c.count && c[i] == "%" {
                out.append("%")
                i += 1
                continue
            }
            var spec = PercentSpec()
            if i < c.count && c[i] == "(" {
                guard let mapping = state.mapping else { throw typeError("format requires a mapping") }
                i += 1
                let keyStart = i
                var depth = 1
                while depth > 0 && i < c.count {
                    if c[i] == ")" { depth -= 1 } else if c[i] == "(" { depth += 1 }
                    i += 1
                }
                if depth > 0 { throw valueError("incomplete format key") }
                let key = String(String.UnicodeScalarView(c[keyStart..<(i - 1)]))
                state.useSingle(try getItem(mapping, Value(key)))
            }
            flags: while i < c.count {
                switch c[i] {
                case "-": spec.leftAlign = true
                case "+": spec.plus = true
                case " ": spec.blank = true
                case "#": spec.alternate = true
                case "0": spec.zero = true
                default: break flags
                }
                i += 1
            }
            if i < c.count && c[i] == "*" {
                i += 1
                var width = try starArgument(&state)
                if width < 0 {
                    spec.leftAlign = true
                    width = width == Int.min ? Int.max : -width
                }
                spec.width = width
            } else {
                spec.width = try percentDigits(c, &i, "width too big") ?? -1
            }
            if i < c.count && c[i] == "." {
                i += 1
                if i < c.count && c[i] == "*" {
                    i += 1
                    spec.precision = Swift.max(0, try starArgument(&state))
                } else {
                    spec.precision = try percentDigits(c, &i, "precision too big") ?? 0
                }
            }
            if i < c.count && (c[i] == "h" || c[i] == "l" || c[i] == "L") { i += 1 }
            guard i < c.count else { throw valueError("incomplete format") }
            let conversion = c[i]
            i += 1
            try checkResultSize(spec.width)
            try checkResultSize(spec.precision)
            let value = try state.next(self)
            let text = try percentConvert(value, conversion, spec, index: i - 1)
            out.append(contentsOf: percentPad(text, conversion, spec).unicodeScalars)
        }
        try state.checkAllConverted(self)
        return String(out)
    }

    private func starArgument(_ state: inout PercentArguments) throws(PyError) -> Int {
        let v = try state.next(self)
        switch v {
        case .int(let n): return n
        case .bool(let b): return b ? 1 : 0
        default:
            guard let b = bigInt(v) else { throw typeError("* wants int") }
            guard let n = Int(exactly: b) else { throw overflowError("Python int too large to convert to C ssize_t") }
            return n
        }
    }

    private func percentDigits(_ c: [Unicode.Scalar], _ i: inout Int, _ overflowMessage: String) throws(PyError) -> Int? {
        var value = 0
        var any = false
        while i < c.count, c[i].value >= 0x30 && c[i].value <= 0x39 {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(c[i].value - 0x30))
            if o1 || o2 { throw valueError(overflowMessage) }
            value = a
            any = true
            i += 1
        }
        return any ? value : nil
    }

    /// The text of one conversion, before padding.
    private func percentConvert(_ v: Value, _ conversion: Unicode.Scalar, _ spec: PercentSpec, index: Int) throws(PyError) -> String {
        switch conversion {
        case "s", "r", "a":
            var text: String
            switch conversion {
            case "s": text = try str(v)
            case "r": text = try repr(v)
            default: text = asciiRepr(try repr(v))
            }
            if spec.precision >= 0 && spec.precision < text.unicodeScalars.count {
                text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(spec.precision)))
            }
            return text
        case "d", "i", "u", "o", "x", "X":
            let n = try percentInteger(v, conversion)
            let radix = conversion == "o" ? 8 : (conversion == "x" || conversion == "X") ? 16 : 10
            var digits = String(n.magnitude, radix: radix)
            if spec.precision > digits.utf8.count {
                digits = String(repeating: "0", count: spec.precision - digits.utf8.count) + digits
            }
            if conversion == "X" { digits = digits.uppercased() }
            var prefix = ""
            if spec.alternate && radix != 10 { prefix = "0" + String(Character(conversion)) }
            return (n.sign == .minus && !n.isZero ? "-" : "") + prefix + digits
        case "e", "E", "f", "F", "g", "G":
            let d = try percentDouble(v)
            return FloatFormatting.format(d, type: Character(conversion), precision: spec.precision >= 0 ? spec.precision : 6,
                                          flags: spec.alternate ? .alternate : [])
        case "c":
            if let s = strObject(v) {
                guard s.count == 1 else { throw typeError("%c requires int or char") }
                return s.value
            }
            guard let b = bigInt(v) else { throw typeError("%c requires int or char") }
            guard let u = UInt32(exactly: b), let scalar = Unicode.Scalar(u) else {
                throw overflowError("%c arg not in range(0x110000)")
            }
            return String(Character(scalar))
        default:
            let shown = conversion.value >= 32 && conversion.value <= 126 ? Character(conversion) : "?"
            throw valueError("unsupported format character '\(shown)' (0x\(String(conversion.value, radix: 16))) at index \(index)")
        }
    }

    private func percentInteger(_ v: Value, _ conversion: Unicode.Scalar) throws(PyError) -> BigInt {
        if let b = bigInt(v) { return b }
        let decimal = conversion == "d" || conversion == "i" || conversion == "u"
        if decimal {
            if case .float(let d)? = numeric(v) { return try floatToBigInt(d) }
            if let r = try callSpecial(v, intern("__int__"), []), let b = bigInt(r) { return b }
        }
        if typeOf(v).lookupSpecial(names.dIndex) != nil { return BigInt(try index(v)) }
        if decimal { throw typeError("%\(Character(conversion)) format: a real number is required, not \(typeName(v))") }
        throw typeError("%\(Character(conversion)) format: an integer is required, not \(typeName(v))")
    }

    func floatToBigInt(_ d: Double) throws(PyError) -> BigInt {
        if d.isNaN { throw valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw overflowError("cannot convert float infinity to integer") }
        return BigInt(d.rounded(.towardZero))
    }

    private func percentDouble(_ v: Value) throws(PyError) -> Double {
        switch numeric(v) {
        case .int(let i)?: return Double(i)
        case .big(let b)?: return try toDouble(b)
        case .float(let d)?: return d
        default: break
        }
        if let r = try callSpecial(v, intern("__float__"), []) {
            if case .float(let d)? = numeric(r) { return d }
            throw typeError("\(typeName(v)).__float__ returned non-float (type \(typeName(r)))")
        }
        if typeOf(v).lookupSpecial(names.dIndex) != nil { return Double(try index(v)) }
        throw typeError("must be real number, not \(typeName(v))")
    }

    /// Sign, `0x` prefix and padding, as CPython's unicode_format_arg_output.
    private func percentPad(_ text: String, _ conversion: Unicode.Scalar, _ spec: PercentSpec) -> String {
        let numeric = "diuoxXeEfFgG".unicodeScalars.contains(conversion)
        if spec.width < 0 && !(numeric && (spec.plus || spec.blank)) { return text }
        let chars = Array(text.unicodeScalars)
        let fill: Unicode.Scalar = numeric && spec.zero ? "0" : " "
        var sign: Unicode.Scalar?
        var start = 0
        var length = chars.count
        if numeric {
            if let first = chars.first, first == "-" || first == "+" || first == " " {
                sign = first
                start = 1
                length -= 1
            } else if spec.plus {
                sign = "+"
            } else if spec.blank {
                sign = " "
            }
        }
        var width = Swift.max(spec.width, length)
        var out = String.UnicodeScalarView()
        if let sign {
            if fill != " " { out.append(sign) }
            if width > length { width -= 1 }
        }
        let hasPrefix = spec.alternate && (conversion == "x" || conversion == "X" || conversion == "o")
            && length >= 2
        if hasPrefix {
            if fill != " " { out.append(contentsOf: chars[start..<(start + 2)]) }
            width = Swift.max(0, width - 2)
            length -= 2
        }
        if width > length && !spec.leftAlign {
            out.append(contentsOf: repeatElement(fill, count: width - length))
            width = length
        }
        if fill == " " {
            if let sign { out.append(sign) }
            if hasPrefix { out.append(contentsOf: chars[start..<(start + 2)]) }
        }
        out.append(contentsOf: chars[(start + (hasPrefix ? 2 : 0))...])
        if width > length { out.append(contentsOf: repeatElement(" ", count: width - length)) }
        return String(out)
    }
}

/// Flags, width and precision of one `%` conversion.
struct PercentSpec {
    var leftAlign = false, plus = false, blank = false, alternate = false, zero = false
    var width = -1
    var precision = -1
}

/// The argument source of `%`: a tuple, a single value, and optionally a mapping for `%(key)s`.
struct PercentArguments {
    private var items: ContiguousArray<Value>
    private var single: Value
    /// -1 for a single argument, else the tuple length.
    private var length: Int
    private var position: Int
    let mapping: Value?

    init(_ args: Value, vm: Interpreter) {
        if case .object(let o) = args, o.kind == .tuple {
            items = unsafeDowncast(o, to: PyTuple.self).items
            single = .none
            length = items.count
            position = 0
            mapping = nil
            return
        }
        items = []
        single = args
        length = -1
        position = -2
        var isMapping = false
        if case .object(let o) = args, o.kind != .str {
            isMapping = o.kind == .dict || o.kind == .list || o.kind == .bytes || o.kind == .bytearray
                || vm.typeOf(args).lookupSpecial(vm.names.dGetitem) != nil
        }
        mapping = isMapping ? args : nil
    }

    /// After `%(key)s`, the looked-up value is the only remaining argument (as in CPython).
    mutating func useSingle(_ v: Value) {
        single = v
        length = -1
        position = -2
    }

    mutating func next(_ vm: Interpreter) throws(PyError) -> Value {
        guard position < length else { throw vm.typeError("not enough arguments for format string") }
        position += 1
        return length < 0 ? single : items[position - 1]
    }

    func checkAllConverted(_ vm: Interpreter) throws(PyError) {
        if position < length && mapping == nil {
            throw vm.typeError("not all arguments converted during string formatting")
        }
    }
}
