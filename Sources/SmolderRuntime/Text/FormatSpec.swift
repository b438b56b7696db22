/// The format-spec mini-language: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
/// parsed as CPython's `parse_internal_render_format_spec` does (same checks, same messages).
struct FormatSpec {
    var fill: Unicode.Scalar = " "
    var align: Unicode.Scalar
    var sign: Unicode.Scalar?
    var noNegativeZero = false
    var alternate = false
    var width = -1
    /// `,` or `_`.
    var grouping: Unicode.Scalar?
    var precision = -1
    var type: Unicode.Scalar?

    /// Digits per group for the presentation type (4 for `_` with b/o/x/X).
    var groupSize: Int {
        guard grouping != nil else { return 0 }
        switch type {
        case "b", "o", "x", "X": return 4
        default: return 3
        }
    }
}

extension Interpreter {
    /// Parses `spec` for an object of type `typeName`; `defaultAlign` is `<` for strings, `>` for numbers.
    func parseFormatSpec(_ spec: String, typeName: String, defaultAlign: Unicode.Scalar,
                         defaultType: Unicode.Scalar?) throws(PyError) -> FormatSpec {
        let c = Array(spec.unicodeScalars)
        var f = FormatSpec(align: defaultAlign)
        f.type = defaultType
        var pos = 0
        var fillSpecified = false, alignSpecified = false
        func isAlign(_ s: Unicode.Scalar) -> Bool { s == "<" || s == ">" || s == "^" || s == "=" }
        if c.count >= 2 && isAlign(c[1]) {
            f.fill = c[0]
            f.align = c[1]
            fillSpecified = true
            alignSpecified = true
            pos = 2
        } else if c.count >= 1 && isAlign(c[0]) {
            f.align = c[0]
            alignSpecified = true
            pos = 1
        }
        if pos < c.count && (c[pos] == "+" || c[pos] == "-" || c[pos] == " ") {
            f.sign = c[pos]
            pos += 1
        }
        if pos < c.count && c[pos] == "z" {
            f.noNegativeZero = true
            pos += 1
        }
        if pos < c.count && c[pos] == "#" {
            f.alternate = true
            pos += 1
        }
        if !fillSpecified && pos < c.count && c[pos] == "0" {
            f.fill = "0"
            if !alignSpecified && defaultAlign == ">" { f.align = "=" }
            pos += 1
        }
        func integer() throws(PyError) -> Int? {
            var value = 0
            var any = false
            while pos < c.count, c[pos].value >= 0x30 && c[pos].value <= 0x39 {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int(c[pos].value - 0x30))
                if o1 || o2 { throw valueError("Too many decimal digits in format string") }
                value = a
                any = true
                pos += 1
            }
            return any ? value : nil
        }
        if let w = try integer() { f.width = w }
        if pos < c.count && c[pos] == "," {
            f.grouping = ","
            pos += 1
        }
        if pos < c.count && c[pos] == "_" {
            if f.grouping != nil { throw valueError("Cannot specify both ',' and '_'.") }
            f.grouping = "_"
            pos += 1
        }
        if pos < c.count && c[pos] == "," && f.grouping == "_" {
            throw valueError("Cannot specify both ',' and '_'.")
        }
        if pos < c.count && c[pos] == "." {
            pos += 1
            guard let p = try integer() else { throw valueError("Format specifier missing precision") }
            f.precision = p
        }
        if c.count - pos > 1 {
            throw valueError("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        if pos < c.count { f.type = c[pos] }
        try checkResultSize(f.width)
        try checkResultSize(f.precision)
        if let g = f.grouping {
            switch f.type {
            case nil, "d", "e", "f", "g", "E", "G", "%", "F": break
            case "b", "o", "x", "X" where g == "_": break
            default:
                throw valueError("Cannot specify '\(g)' with \(quotedCode(f.type ?? " ")).")
            }
        }
        return f
    }

    /// `'d'`, or `'\x1f'` for a code outside printable ASCII (as CPython's messages write it).
    func quotedCode(_ c: Unicode.Scalar) -> String {
        if c.value > 32 && c.value < 128 { return "'\(Character(c))'" }
        return "'\\x\(String(c.value, radix: 16))'"
    }

    func unknownFormatCode(_ c: Unicode.Scalar?, _ typeName: String) -> PyError {
        let code = c ?? " "
        if code.value > 32 && code.value < 128 {
            return valueError("Unknown format code '\(Character(code))' for object of type '\(typeName)'")
        }
        return valueError("Unknown format code '\\x\(String(code.value, radix: 16))' for object of type '\(typeName)'")
    }
}
