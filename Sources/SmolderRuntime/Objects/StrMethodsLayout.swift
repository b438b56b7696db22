/// str padding and mapping methods: center, ljust, rjust, zfill, expandtabs, translate, maketrans,
/// encode.
extension Interpreter {
    func installStrLayoutMethods() {
        let str = types.str
        for name in ["center", "ljust", "rjust"] {
            str.define(name) { (vm, args, kw) throws(PyError) -> Value in
                let s = try vm.strSelf(args, kw, name, .clinic(1, 2))
                let width = try vm.sizeArgument(args[1])
                try vm.checkResultSize(width)
                var fill: Unicode.Scalar = " "
                if args.count > 2 { fill = try vm.fillCharacter(args[2]) }
                if width <= s.count { return s.cls == nil ? args[0] : Value(s.value) }
                let margin = width - s.count
                let left: Int
                switch name {
                case "ljust": left = 0
                case "rjust": left = margin
                default: left = margin / 2 + (margin & width & 1)
                }
                return Value(StrText.pad(s.value, left: left, right: margin - left, fill: fill))
            }
        }
        str.define("zfill") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.strSelf(args, kw, "zfill", .one)
            let width = try vm.sizeArgument(args[1])
            try vm.checkResultSize(width)
            if width <= s.count { return s.cls == nil ? args[0] : Value(s.value) }
            var text = s.value
            var sign = ""
            if let first = text.unicodeScalars.first, first == "+" || first == "-" {
                sign = String(first)
                text = String(text.unicodeScalars.dropFirst())
            }
            return Value(sign + String(repeating: "0", count: width - s.count) + text)
        }
        str.define("expandtabs") { (vm, args, kw) throws(PyError) -> Value in
            let (s, slots) = try vm.strKeywordArgs(args, kw, "expandtabs", ["tabsize"])
            let tabsize = try slots[0].map { (v) throws(PyError) -> Int in try vm.sizeArgument(v) } ?? 8
            if tabsize > Int(Int32.max) || tabsize < Int(Int32.min) {
                throw vm.overflowError("Python int too large to convert to C int")
            }
            try vm.checkResultSize(tabsize)
            var out = String.UnicodeScalarView()
            var column = 0
            for c in s.value.unicodeScalars {
                switch c {
                case "\t":
                    if tabsize > 0 {
                        let spaces = tabsize - column % tabsize
                        out.append(contentsOf: repeatElement(" ", count: spaces))
                        column += spaces
                    }
                case "\n", "\r":
                    out.append(c)
                    column = 0
                default:
                    out.append(c)
                    column += 1
                }
            }
            return Value(String(out))
        }
        str.define("translate") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.strSelf(args, kw, "translate", .one)
            return Value(try vm.translate(s.value, args[1]))
        }
        str.defineStatic("maketrans") { (vm, args, kw) throws(PyError) -> Value in
            try vm.makeTranslationTable(args, kw)
        }
        str.define("encode") { (vm, args, kw) throws(PyError) -> Value in
            let (s, slots) = try vm.strKeywordArgs(args, kw, "encode", ["encoding", "errors"])
            var encoding = "utf-8", errors = "strict"
            if let e = slots[0] { encoding = try vm.strArgument(e, "encode() argument 'encoding' ").value }
            if let e = slots[1] { errors = try vm.strArgument(e, "encode() argument 'errors' ").value }
            return .object(PyBytes(try vm.encodeString(s.value, encoding: encoding, errors: errors)))
        }
    }

    /// The `fillchar` of center/ljust/rjust.
    func fillCharacter(_ v: Value) throws(PyError) -> Unicode.Scalar {
        guard let f = strObject(v) else {
            throw typeError("The fill character must be a unicode character, not \(typeName(v))")
        }
        guard f.count == 1, let c = f.value.unicodeScalars.first else {
            throw typeError("The fill character must be exactly one character long")
        }
        return c
    }

    /// `s.translate(table)`: each code point looked up in `table` (any subscriptable).
    func translate(_ s: String, _ table: Value) throws(PyError) -> String {
        var out = String.UnicodeScalarView()
        var cache = [UInt32: String?]()
        for c in s.unicodeScalars {
            if let hit = cache[c.value] {
                if let hit { out.append(contentsOf: hit.unicodeScalars) }
                continue
            }
            var mapped: String??
            do throws(PyError) {
                let r = try getItem(table, .int(Int(c.value)))
                switch r {
                case .none: mapped = .some(nil)
                case .int, .bool, .object where bigInt(r) != nil:
                    guard let b = bigInt(r), let i = UInt32(exactly: b), let scalar = Unicode.Scalar(i) else {
                        throw valueError("character mapping must be in range(0x110000)")
                    }
                    mapped = .some(String(Character(scalar)))
                default:
                    guard let rs = strObject(r) else {
                        throw typeError("character mapping must return integer, None or str")
                    }
                    mapped = .some(rs.value)
                }
            } catch {
                guard matches(error, exceptions.LookupError) else { throw error }
                mapped = .some(String(Character(c)))
            }
            if let m = mapped {
                cache[c.value] = m
                if let m { out.append(contentsOf: m.unicodeScalars) }
            }
        }
        return String(out)
    }

    /// `str.maketrans(x[, y[, z]])`.
    func makeTranslationTable(_ args: [Value], _ kw: Keywords?) throws(PyError) -> Value {
        if let kw, !kw.isEmpty { throw typeError("maketrans() takes no keyword arguments") }
        if args.isEmpty { throw typeError("maketrans expected at least 1 argument, got 0") }
        if args.count > 3 { throw typeError("maketrans expected at most 3 arguments, got \(args.count)") }
        let table = PyDict()
        if args.count == 1 {
            guard case .object(let o) = args[0], o.kind == .dict else {
                throw typeError("if you give only one argument to maketrans it must be a dict")
            }
            for entry in unsafeDowncast(o, to: PyDict.self).liveEntries {
                let k = entry.key, v = entry.value
                if let ks = strObject(k) {
                    guard ks.count == 1, let c = ks.value.unicodeScalars.first else {
                        throw valueError("string keys in translate table must be of length 1")
                    }
                    try table.set(.int(Int(c.value)), v, vm: self)
                } else if bigInt(k) != nil {
                    try table.set(k, v, vm: self)
                } else {
                    throw typeError("keys in translate table must be strings or integers")
                }
            }
            return .object(table)
        }
        guard let x = strObject(args[0]) else {
            throw typeError("first maketrans argument must be a string if there is a second argument")
        }
        let y = try strArgument(args[1], "maketrans() argument 2 ")
        guard x.count == y.count else {
            throw valueError("the first two maketrans arguments must have equal length")
        }
        for (a, b) in zip(x.value.unicodeScalars, y.value.unicodeScalars) {
            try table.set(.int(Int(a.value)), .int(Int(b.value)), vm: self)
        }
        if args.count == 3 {
            let z = try strArgument(args[2], "maketrans() argument 3 ")
            for c in z.value.unicodeScalars { try table.set(.int(Int(c.value)), .none, vm: self) }
        }
        return .object(table)
    }
}

extension StrText {
    /// `s` with `left` and `right` copies of `fill` around it.
    static func pad(_ s: String, left: Int, right: Int, fill: Unicode.Scalar) -> String {
        if left <= 0 && right <= 0 { return s }
        var out = String.UnicodeScalarView()
        if left > 0 { out.append(contentsOf: repeatElement(fill, count: left)) }
        out.append(contentsOf: s.unicodeScalars)
        if right > 0 { out.append(contentsOf: repeatElement(fill, count: right)) }
        return String(out)
    }
}
