import BigInt

/// `format(value, spec)` and `str.format` / `str.format_map` (CPython's unicode_format.h).
extension Interpreter {
    /// `format(value, spec)`: `type(value).__format__(value, spec)`, with fast paths for exact
    /// int, float and str.
    func format(_ v: Value, _ spec: Value) throws(PyError) -> Value {
        guard let specObject = strObject(spec) else {
            throw typeError("format() argument 2 must be str, not \(clinicTypeName(spec))")
        }
        let specText = specObject.value
        switch v {
        case .int(let i):
            if specText.isEmpty { return Value(String(i)) }
            return Value(try formatInteger(.small(i), spec: specText, typeName: "int"))
        case .float(let d):
            if specText.isEmpty { return Value(FloatFormatting.repr(d)) }
            return Value(try formatFloat(d, spec: specText, typeName: "float"))
        case .object(let o) where o.cls == nil && o.kind == .str:
            if specText.isEmpty { return v }
            return Value(try formatString(unsafeDowncast(o, to: PyStr.self).value, spec: specText))
        default:
            break
        }
        guard let method = typeOf(v).lookupSpecial(names.dFormat) else {
            throw typeError("Type \(typeName(v)) doesn't define __format__")
        }
        let r = try callDescriptorMethod(method, on: v, [spec])
        guard strObject(r) != nil else { throw typeError("__format__ must return a str, not \(typeName(r))") }
        return r
    }

    func installStrFormatMethods() {
        types.str.define("format") { (vm, args, kw) throws(PyError) -> Value in
            guard let first = args.first else { throw vm.typeError("unbound method str.format() needs an argument") }
            guard let s = vm.strObject(first) else {
                throw vm.typeError("descriptor 'format' for 'str' objects doesn't apply to a '\(vm.typeName(first))' object")
            }
            var fields = FormatFields(positional: Array(args.dropFirst()), keywords: kw, mapping: nil)
            return Value(try vm.buildFormatted(s.value, &fields, depth: 2))
        }
        types.str.define("format_map") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.strSelf(args, kw, "format_map", .one)
            var fields = FormatFields(positional: nil, keywords: nil, mapping: args[1])
            return Value(try vm.buildFormatted(s.value, &fields, depth: 2))
        }
    }

    /// Renders a format string; `depth` limits nested replacement fields in specs.
    func buildFormatted(_ format: String, _ fields: inout FormatFields, depth: Int) throws(PyError) -> String {
        if depth <= 0 { throw valueError("Max string recursion exceeded") }
        let c = Array(format.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < c.count {
            let ch = c[i]
            if ch != "{" && ch != "}" {
                out.append(ch)
                i += 1
                continue
            }
            i += 1
            let atEnd = i >= c.count
            if ch == "}" {
                if atEnd || c[i] != "}" { throw valueError("Single '}' encountered in format string") }
                out.append("}")
                i += 1
                continue
            }
            if atEnd { throw valueError("Single '{' encountered in format string") }
            if c[i] == "{" {
                out.append("{")
                i += 1
                continue
            }
            let field = try parseReplacementField(c, &i)
            out.append(contentsOf: try renderField(field, &fields, depth: depth).unicodeScalars)
        }
        return String(out)
    }

    /// One `{name!conv:spec}` field, parsed as CPython's `parse_field` does.
    struct ReplacementField {
        var name: ArraySlice<Unicode.Scalar>
        var conversion: Unicode.Scalar?
        var spec: ArraySlice<Unicode.Scalar>
        var specNeedsExpanding = false
    }

    private func parseReplacementField(_ c: [Unicode.Scalar], _ i: inout Int) throws(PyError) -> ReplacementField {
        let nameStart = i
        var terminator: Unicode.Scalar?
        scan: while i < c.count {
            let ch = c[i]
            i += 1
            switch ch {
            case "{": throw valueError("unexpected '{' in field name")
            case "[":
                // Braces inside an index are part of the key.
                while i < c.count && c[i] != "]" { i += 1 }
            case "}", ":", "!":
                terminator = ch
                break scan
            default:
                break
            }
        }
        var field = ReplacementField(name: c[nameStart..<(terminator == nil ? i : i - 1)], conversion: nil, spec: [])
        if terminator == "}" { return field }
        guard terminator != nil else { throw valueError("expected '}' before end of string") }
        if terminator == "!" {
            if i >= c.count { throw valueError("end of string while looking for conversion specifier") }
            field.conversion = c[i]
            i += 1
            if i < c.count {
                let next = c[i]
                i += 1
                if next == "}" { return field }
                if next != ":" { throw valueError("expected ':' after conversion specifier") }
            }
        }
        let specStart = i
        var count = 1
        while i < c.count {
            let ch = c[i]
            i += 1
            if ch == "{" {
                field.specNeedsExpanding = true
                count += 1
            } else if ch == "}" {
                count -= 1
                if count == 0 {
                    field.spec = c[specStart..<(i - 1)]
                    return field
                }
            }
        }
        throw valueError("unmatched '{' in format spec")
    }

    private func renderField(_ field: ReplacementField, _ fields: inout FormatFields, depth: Int) throws(PyError) -> String {
        var value = try lookupField(field.name, &fields)
        if let conversion = field.conversion {
            switch conversion {
            case "r": value = Value(try repr(value))
            case "s": value = Value(try str(value))
            case "a": value = Value(asciiRepr(try repr(value)))
            default:
                if conversion.value > 32 && conversion.value < 127 {
                    throw valueError("Unknown conversion specifier \(Character(conversion))")
                }
                throw valueError("Unknown conversion specifier \\x\(String(conversion.value, radix: 16))")
            }
        }
        var spec = String(String.UnicodeScalarView(field.spec))
        if field.specNeedsExpanding { spec = try buildFormatted(spec, &fields, depth: depth - 1) }
        return try string(format(value, Value(spec)))
    }

    /// Resolves `0`, `name`, `` (auto-numbered), then `.attr` and `[key]` parts.
    private func lookupField(_ name: ArraySlice<Unicode.Scalar>, _ fields: inout FormatFields) throws(PyError) -> Value {
        var i = name.startIndex
        while i < name.endIndex && name[i] != "." && name[i] != "[" { i += 1 }
        let first = name[name.startIndex..<i]
        var value: Value
        if first.isEmpty {
            if fields.numbering == .manual {
                throw valueError("cannot switch from manual field specification to automatic field numbering")
            }
            fields.numbering = .automatic
            value = try fields.positional(fields.nextAutomatic, self)
            fields.nextAutomatic += 1
        } else if let index = try Self.fieldIndex(first, self) {
            if fields.numbering == .automatic {
                throw valueError("cannot switch from automatic field numbering to manual field specification")
            }
            fields.numbering = .manual
            value = try fields.positional(index, self)
        } else {
            value = try fields.keyword(String(String.UnicodeScalarView(first)), self)
        }
        while i < name.endIndex {
            if name[i] == "." {
                i += 1
                let start = i
                while i < name.endIndex && name[i] != "." && name[i] != "[" { i += 1 }
                if start == i { throw valueError("Empty attribute in format string") }
                value = try getAttribute(value, intern(String(String.UnicodeScalarView(name[start..<i]))))
            } else {
                i += 1
                let start = i
                while i < name.endIndex && name[i] != "]" { i += 1 }
                if i >= name.endIndex { throw valueError("Missing ']' in format string") }
                if start == i { throw valueError("Empty attribute in format string") }
                let keyText = name[start..<i]
                let key: Value = try Self.fieldIndex(keyText, self).map { .int($0) }
                    ?? Value(String(String.UnicodeScalarView(keyText)))
                value = try getItem(value, key)
                i += 1
                if i < name.endIndex && name[i] != "." && name[i] != "[" {
                    throw valueError("Only '.' or '[' may follow ']' in format field specifier")
                }
            }
        }
        return value
    }

    /// A field name made only of decimal digits, as an index.
    private static func fieldIndex(_ s: ArraySlice<Unicode.Scalar>, _ vm: Interpreter) throws(PyError) -> Int? {
        if s.isEmpty { return nil }
        var value = 0
        for ch in s {
            guard ch.value >= 0x30 && ch.value <= 0x39 else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(ch.value - 0x30))
            if o1 || o2 { throw vm.valueError("Too many decimal digits in format string") }
            value = a
        }
        return value
    }
}

/// The arguments of one `str.format` / `format_map` call and its field-numbering state.
struct FormatFields {
    enum Numbering { case initial, automatic, manual }
    let positionalArgs: [Value]?
    let keywords: Keywords?
    let mapping: Value?
    var numbering = Numbering.initial
    var nextAutomatic = 0

    init(positional: [Value]?, keywords: Keywords?, mapping: Value?) {
        self.positionalArgs = positional
        self.keywords = keywords
        self.mapping = mapping
    }

    func positional(_ index: Int, _ vm: Interpreter) throws(PyError) -> Value {
        guard let args = positionalArgs else { throw vm.valueError("Format string contains positional fields") }
        guard index < args.count else {
            throw vm.indexError("Replacement index \(index) out of range for positional args tuple")
        }
        return args[index]
    }

    func keyword(_ name: String, _ vm: Interpreter) throws(PyError) -> Value {
        if let mapping { return try vm.getItem(mapping, Value(name)) }
        if let v = keywords?[name] { return v }
        throw vm.keyError(Value(name))
    }
}
