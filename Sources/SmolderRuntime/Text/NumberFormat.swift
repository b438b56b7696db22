import BigInt

/// `__format__` of str, int, float and complex: CPython's formatter_unicode.c.
extension Interpreter {
    func installNumberFormatMethods() {
        types.int.define("__format__") { (vm, args, kw) throws(PyError) -> Value in
            let (value, spec) = try vm.formatArguments(args, kw, "int")
            guard let b = vm.bigInt(value) else {
                throw vm.typeError("descriptor '__format__' requires a 'int' object but received a '\(vm.typeName(value))'")
            }
            if spec.isEmpty { return Value(try vm.str(value)) }
            return Value(try vm.formatInteger(IntegerOperand(b), spec: spec, typeName: vm.typeName(value)))
        }
        types.float.define("__format__") { (vm, args, kw) throws(PyError) -> Value in
            let (value, spec) = try vm.formatArguments(args, kw, "float")
            guard case .float(let d)? = vm.numeric(value) else {
                throw vm.typeError("descriptor '__format__' requires a 'float' object but received a '\(vm.typeName(value))'")
            }
            if spec.isEmpty { return Value(try vm.str(value)) }
            return Value(try vm.formatFloat(d, spec: spec, typeName: vm.typeName(value)))
        }
        types.complex.define("__format__") { (vm, args, kw) throws(PyError) -> Value in
            let (value, spec) = try vm.formatArguments(args, kw, "complex")
            guard case .complex(let re, let im)? = vm.numeric(value) else {
                throw vm.typeError("descriptor '__format__' requires a 'complex' object but received a '\(vm.typeName(value))'")
            }
            if spec.isEmpty { return Value(try vm.str(value)) }
            return Value(try vm.formatComplex(re, im, spec: spec, typeName: vm.typeName(value)))
        }
    }

    private func formatArguments(_ args: [Value], _ kw: Keywords?, _ type: String) throws(PyError) -> (Value, String) {
        if let kw, !kw.isEmpty { throw typeError("\(type).__format__() takes no keyword arguments") }
        guard args.count == 2 else {
            throw typeError("\(type).__format__() takes exactly one argument (\(Swift.max(0, args.count - 1)) given)")
        }
        guard let spec = strObject(args[1]) else {
            throw typeError("__format__() argument must be str, not \(clinicTypeName(args[1]))")
        }
        return (args[0], spec.value)
    }

    /// `format(str, spec)`.
    func formatString(_ s: String, spec: String) throws(PyError) -> String {
        if spec.isEmpty { return s }
        let f = try parseFormatSpec(spec, typeName: "str", defaultAlign: "<", defaultType: "s")
        guard f.type == "s" else { throw unknownFormatCode(f.type, "str") }
        if let sign = f.sign {
            throw valueError(sign == " " ? "Space not allowed in string format specifier"
                             : "Sign not allowed in string format specifier")
        }
        if f.noNegativeZero { throw valueError("Negative zero coercion (z) not allowed in string format specifier") }
        if f.alternate { throw valueError("Alternate form (#) not allowed in string format specifier") }
        if f.align == "=" { throw valueError("'=' alignment not allowed in string format specifier") }
        var text = s
        var length = s.unicodeScalars.count
        if f.precision >= 0 && f.precision < length {
            text = String(String.UnicodeScalarView(s.unicodeScalars.prefix(f.precision)))
            length = f.precision
        }
        let padding = f.width - length
        if padding <= 0 { return text }
        let left = f.align == ">" ? padding : f.align == "^" ? padding / 2 : 0
        return StrText.pad(text, left: left, right: padding - left, fill: f.fill)
    }

    /// `format(int, spec)`.
    func formatInteger(_ value: IntegerOperand, spec: String, typeName: String) throws(PyError) -> String {
        let f = try parseFormatSpec(spec, typeName: typeName, defaultAlign: ">", defaultType: "d")
        switch f.type {
        case "b", "c", "d", "o", "x", "X", "n": break
        case "e", "E", "f", "F", "g", "G", "%":
            return try formatFloat(try value.double(self), spec: f, typeName: typeName)
        default:
            throw unknownFormatCode(f.type, typeName)
        }
        if f.precision >= 0 { throw valueError("Precision not allowed in integer format specifier") }
        if f.noNegativeZero { throw valueError("Negative zero coercion (z) not allowed in integer format specifier") }
        if f.type == "c" {
            if f.sign != nil { throw valueError("Sign not allowed with integer format specifier 'c'") }
            if f.alternate { throw valueError("Alternate form (#) not allowed with integer format specifier 'c'") }
            guard case .small(let small) = value else { throw overflowError("Python int too large to convert to C long") }
            guard let v = UInt32(exactly: small), let scalar = Unicode.Scalar(v) else {
                throw overflowError("%c arg not in range(0x110000)")
            }
            return layoutNumber(negative: false, prefix: "", digits: "", hasDecimal: false,
                                remainder: String(Character(scalar)), spec: f)
        }
        let radix: Int, prefix: String
        switch f.type {
        case "b": radix = 2; prefix = "0b"
        case "o": radix = 8; prefix = "0o"
        case "x": radix = 16; prefix = "0x"
        case "X": radix = 16; prefix = "0X"
        default: radix = 10; prefix = ""
        }
        let digits = value.digits(radix: radix, uppercase: f.type == "X")
        return layoutNumber(negative: value.isNegative, prefix: f.alternate ? prefix : "",
                            digits: digits, hasDecimal: false, remainder: "", spec: f)
    }

    /// `format(float, spec)`.
    func formatFloat(_ d: Double, spec: String, typeName: String) throws(PyError) -> String {
        let f = try parseFormatSpec(spec, typeName: typeName, defaultAlign: ">", defaultType: nil)
        return try formatFloat(d, spec: f, typeName: typeName)
    }

    func formatFloat(_ d: Double, spec f: FormatSpec, typeName: String) throws(PyError) -> String {
        var flags: FloatFormatFlags = []
        if f.alternate { flags.insert(.alternate) }
        if f.noNegativeZero { flags.insert(.noNegativeZero) }
        var type: Character
        var value = d
        var percent = false
        switch f.type {
        case nil:
            flags.insert(.addDotZero)
            type = f.precision >= 0 ? "g" : "r"
        case "n": type = "g"
        case "%":
            type = "f"
            value *= 100
            percent = true
        case "e", "E", "f", "F", "g", "G":
            type = Character(f.type ?? "g")
        default:
            throw unknownFormatCode(f.type, typeName)
        }
        if f.precision > Int(Int32.max) { throw valueError("precision too big") }
        let precision = f.precision >= 0 ? f.precision : (f.type == nil ? 0 : 6)
        var text = FloatFormatting.format(value, type: type, precision: precision, flags: flags)
        if percent { text += "%" }
        return layoutFloatText(text, spec: f)
    }

    /// Splits formatted float text into sign, integer digits, decimal point and remainder, then pads.
    private func layoutFloatText(_ text: String, spec f: FormatSpec) -> String {
        var body = Substring(text)
        var negative = false
        if body.first == "-" {
            negative = true
            body = body.dropFirst()
        } else if body.first == "+" {
            body = body.dropFirst()
        }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        var rest = body.dropFirst(digits.count)
        var hasDecimal = false
        if rest.first == "." {
            hasDecimal = true
            rest = rest.dropFirst()
        }
        return layoutNumber(negative: negative, prefix: "", digits: String(digits), hasDecimal: hasDecimal,
                            remainder: String(rest), spec: f)
    }

    /// `format(complex, spec)`.
    func formatComplex(_ re: Double, _ im: Double, spec: String, typeName: String) throws(PyError) -> String {
        let f = try parseFormatSpec(spec, typeName: typeName, defaultAlign: ">", defaultType: nil)
        var type: Character
        var skipReal = false, parens = false
        switch f.type {
        case nil:
            type = f.precision >= 0 ? "g" : "r"
            if re == 0 && re.sign == .plus { skipReal = true } else { parens = true }
        case "n": type = "g"
        case "e", "E", "f", "F", "g", "G": type = Character(f.type ?? "g")
        default: throw unknownFormatCode(f.type, typeName)
        }
        if f.fill == "0" {
            throw valueError("Zero padding is not allowed in complex format specifier")
        }
        if f.align == "=" { throw valueError("'=' alignment flag is not allowed in complex format specifier") }
        var flags: FloatFormatFlags = []
        if f.alternate { flags.insert(.alternate) }
        if f.noNegativeZero { flags.insert(.noNegativeZero) }
        let precision = f.precision >= 0 ? f.precision : (f.type == nil ? 0 : 6)
        // Each part is laid out without width; the whole is then aligned.
        var partSpec = f
        partSpec.width = -1
        var out = ""
        if !skipReal {
            let reText = FloatFormatting.format(re, type: type, precision: precision, flags: flags)
            out += layoutFloatText(reText, spec: partSpec)
        }
        var imSpec = partSpec
        if !skipReal { imSpec.sign = "+" }
        let imText = FloatFormatting.format(im, type: type, precision: precision, flags: flags)
        out += layoutFloatText(imText, spec: imSpec) + "j"
        if parens { out = "(" + out + ")" }
        let length = out.unicodeScalars.count
        let padding = f.width - length
        if padding <= 0 { return out }
        let left = f.align == "<" ? 0 : f.align == "^" ? padding / 2 : padding
        return StrText.pad(out, left: left, right: padding - left, fill: f.fill)
    }

    /// CPython's `calc_number_widths` + `fill_number`:
    /// `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`.
    func layoutNumber(negative: Bool, prefix: String, digits: String, hasDecimal: Bool, remainder: String,
                      spec f: FormatSpec) -> String {
        var sign = ""
        switch f.sign {
        case "+": sign = negative ? "-" : "+"
        case " ": sign = negative ? "-" : " "
        default: if negative { sign = "-" }
        }
        let remainderLength = remainder.unicodeScalars.count
        let nonDigits = sign.utf8.count + prefix.utf8.count + (hasDecimal ? 1 : 0) + remainderLength
        let minWidth = f.fill == "0" && f.align == "=" ? f.width - nonDigits : 0
        let grouped = digits.isEmpty ? "" : NumberGrouping.group(Array(digits.utf8), size: f.groupSize,
                                                                   separator: UInt8(f.grouping?.value ?? 0x2C),
                                                                   minWidth: minWidth)
        let padding = f.width - (nonDigits + grouped.utf8.count)
        if padding <= 0 && nonDigits == 0 { return grouped }
        var left = 0, middle = 0, right = 0
        if padding > 0 {
            switch f.align {
            case "<": right = padding
            case "^":
                left = padding / 2
                right = padding - left
            case "=": middle = padding
            default: left = padding
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: repeatElement(f.fill, count: left))
        out.append(contentsOf: sign.unicodeScalars)
        out.append(contentsOf: prefix.unicodeScalars)
        out.append(contentsOf: repeatElement(f.fill, count: middle))
        out.append(contentsOf: grouped.unicodeScalars)
        if hasDecimal { out.append(".") }
        out.append(contentsOf: remainder.unicodeScalars)
        out.append(contentsOf: repeatElement(f.fill, count: right))
        return String(out)
    }
}

/// An int to format: machine ints take the fast path.
enum IntegerOperand {
    case small(Int)
    case big(BigInt)

    init(_ b: BigInt) {
        if let i = Int(exactly: b) { self = .small(i) } else { self = .big(b) }
    }

    var isNegative: Bool {
        switch self {
        case .small(let i): return i < 0
        case .big(let b): return b.sign == .minus && !b.isZero
        }
    }

    func digits(radix: Int, uppercase: Bool) -> String {
        switch self {
        case .small(let i): return String(i.magnitude, radix: radix, uppercase: uppercase)
        case .big(let b):
            let text = String(b.magnitude, radix: radix)
            return uppercase ? text.uppercased() : text
        }
    }

    func double(_ vm: Interpreter) throws(PyError) -> Double {
        switch self {
        case .small(let i): return Double(i)
        case .big(let b): return try vm.toDouble(b)
        }
    }
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: separators every `size` digits (0: none), and
/// with a `minWidth`, leading zeros (themselves grouped) up to that width.
enum NumberGrouping {
    static func group(_ digits: [UInt8], size: Int, separator: UInt8, minWidth: Int) -> String {
        var pieces = [ArraySlice<UInt8>]()
        var zeroCounts = [Int]()
        var remaining = digits.count
        var width = minWidth
        var end = digits.count
        var finished = false
        func take(_ length: Int) {
            let zeros = Swift.max(0, length - remaining)
            let chars = Swift.max(0, Swift.min(remaining, length))
            pieces.append(digits[(end - chars)..<end])
            zeroCounts.append(zeros)
            end -= chars
            remaining -= chars
        }
        if size > 0 {
            while true {
                let length = Swift.min(size, Swift.max(Swift.max(remaining, width), 1))
                take(length)
                width -= length
                if remaining <= 0 && width <= 0 {
                    finished = true
                    break
                }
                width -= 1
            }
        }
        if !finished { take(Swift.max(Swift.max(remaining, width), 1)) }
        var out = [UInt8]()
        for i in stride(from: pieces.count - 1, through: 0, by: -1) {
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: zeroCounts[i]))
            out.append(contentsOf: pieces[i])
            if i > 0 { out.append(separator) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
