/// The text-like methods shared by `bytes` and `bytearray` (results have the receiver's base type),
/// plus the small codec set bytes need (utf-8, ascii, latin-1).
extension Interpreter {
    func installBytesMethods(_ t: PyType, mutable: Bool) {
        let typeName = t.name
        func receiver(_ vm: Interpreter, _ args: [Value], _ method: String) throws(PyError) -> [UInt8] {
            try vm.bytesReceiver(args, mutable: mutable, method).bytes
        }
        func make(_ bytes: [UInt8]) -> Value { .object(PyBytes(bytes, mutable: mutable)) }

        t.define("decode") { (vm, args, kw) throws(PyError) -> Value in
            let b = try receiver(vm, args, "decode")
            let slots = try vm.bindNative("decode", Array(args.dropFirst()), kw, parameters: ["encoding", "errors"])
            let encoding = try slots[0].map { v throws(PyError) -> String in try vm.string(v, "decode() argument 'encoding'") } ?? "utf-8"
            let errors = try slots[1].map { v throws(PyError) -> String in try vm.string(v, "decode() argument 'errors'") } ?? "strict"
            if b.isEmpty { return Value("") }
            return Value(try vm.codecDecode(b, encoding: encoding, errors: errors))
        }
        t.define("hex") { (vm, args, kw) throws(PyError) -> Value in
            let b = try receiver(vm, args, "hex")
            let slots = try vm.bindNative("hex", Array(args.dropFirst()), kw, parameters: ["sep", "bytes_per_sep"])
            let digits = Array("0123456789abcdef")
            var parts: [String] = b.map { String(digits[Int($0 >> 4)]) + String(digits[Int($0 & 15)]) }
            guard let sepValue = slots[0] else { return Value(parts.joined()) }
            let sep: String
            if let s = vm.strObject(sepValue) { sep = s.value } else if let sb = vm.bytesLike(sepValue) {
                sep = String(decoding: sb, as: UTF8.self)
            } else {
                throw vm.typeError("sep must be str or bytes.")
            }
            guard sep.unicodeScalars.count == 1 else { throw vm.valueError("sep must be length 1.") }
            let group = try slots[1].map { v throws(PyError) -> Int in try vm.index(v) } ?? 1
            if group == 0 || parts.isEmpty { return Value(parts.joined()) }
            let size = abs(group)
            var groups: [String] = []
            if group > 0 {
                // Groups are counted from the right.
                var end = parts.count
                while end > 0 {
                    let start = max(0, end - size)
                    groups.insert(parts[start..<end].joined(), at: 0)
                    end = start
                }
            } else {
                var start = 0
                while start < parts.count {
                    let end = min(parts.count, start + size)
                    groups.append(parts[start..<end].joined())
                    start = end
                }
            }
            parts = groups
            return Value(parts.joined(separator: sep))
        }
        t.defineClassMethod("fromhex") { (vm, args, kw) throws(PyError) -> Value in
            try vm.expectOneArgument("fromhex", args, kw)
            let s = try vm.string(args[1], "fromhex() argument")
            var out: [UInt8] = []
            let scalars = Array(s.unicodeScalars)
            var i = 0
            func digit(_ c: UnicodeScalar) -> UInt8? {
                switch c {
                case "0"..."9": return UInt8(c.value - 48)
                case "a"..."f": return UInt8(c.value - 87)
                case "A"..."F": return UInt8(c.value - 55)
                default: return nil
                }
            }
            while i < scalars.count {
                if scalars[i] == " " || scalars[i] == "\t" || scalars[i] == "\n" || scalars[i] == "\r" || scalars[i] == "\u{0B}" || scalars[i] == "\u{0C}" {
                    i += 1
                    continue
                }
                guard let hi = digit(scalars[i]) else {
                    throw vm.valueError("non-hexadecimal number found in fromhex() arg at position \(i)")
                }
                guard i + 1 < scalars.count, let lo = digit(scalars[i + 1]) else {
                    throw vm.valueError("non-hexadecimal number found in fromhex() arg at position \(i + 1)")
                }
                out.append(hi << 4 | lo)
                i += 2
            }
            let cls = args[0]
            if case .object(let o) = cls, o === vm.types.bytes || o === vm.types.bytearray {
                return .object(PyBytes(out, mutable: o === vm.types.bytearray))
            }
            return try vm.call(cls, [.object(PyBytes(out))])
        }
        t.define("join") { (vm, args, kw) throws(PyError) -> Value in
            let sep = try receiver(vm, args, "join")
            try vm.expectOneArgument("\(typeName).join", args, kw)
            var out: [UInt8] = []
            var n = 0
            let it = try vm.iterate(args[1])
            while let item = try vm.next(it) {
                guard let b = vm.bytesLike(item) else {
                    throw vm.typeError("sequence item \(n): expected a bytes-like object, \(vm.typeName(item)) found")
                }
                if n > 0 { out.append(contentsOf: sep) }
                out.append(contentsOf: b)
                n += 1
            }
            return make(out)
        }
        for name in ["split", "rsplit"] {
            t.define(name) { (vm, args, kw) throws(PyError) -> Value in
                let b = try receiver(vm, args, name)
                let slots = try vm.bindNative(name, Array(args.dropFirst()), kw, parameters: ["sep", "maxsplit"])
                let maxSplit = try slots[1].map { v throws(PyError) -> Int in try vm.index(v) } ?? -1
                var parts: [[UInt8]]
                if let sepValue = slots[0], !sepValue.isNone {
                    let sep = try vm.requireBytesLike(sepValue)
                    if sep.isEmpty { throw vm.valueError("empty separator") }
                    parts = Interpreter.splitBytes(b, sep, maxSplit, fromRight: name == "rsplit")
                } else {
                    parts = Interpreter.splitWhitespace(b, maxSplit, fromRight: name == "rsplit")
                }
                return .object(PyList(parts.map { make($0) }))
            }
        }
        for name in ["strip", "lstrip", "rstrip"] {
            t.define(name) { (vm, args, kw) throws(PyError) -> Value in
                let b = try receiver(vm, args, name)
                try vm.expectArguments(name, args, kw, min: 0, max: 1)
                let chars: [UInt8]
                if args.count == 2, !args[1].isNone { chars = try vm.requireBytesLike(args[1]) } else { chars = [9, 10, 11, 12, 13, 32] }
                var lo = 0, hi = b.count
                if name != "rstrip" { while lo < hi && chars.contains(b[lo]) { lo += 1 } }
                if name != "lstrip" { while hi > lo && chars.contains(b[hi - 1]) { hi -= 1 } }
                return make(Array(b[lo..<hi]))
            }
        }
        for name in ["startswith", "endswith"] {
            t.define(name) { (vm, args, kw) throws(PyError) -> Value in
                let b = try receiver(vm, args, name)
                try vm.expectArguments(name, args, kw, min: 1, max: 3)
                let (start, end) = try vm.searchBounds(args, from: 2, length: b.count)
                var candidates: [[UInt8]] = []
                if case .object(let o) = args[1], o.kind == .tuple {
                    for item in unsafeDowncast(o, to: PyTuple.self).items {
                        guard let c = vm.bytesLike(item) else {
                            throw vm.typeError("a bytes-like object is required, not '\(vm.typeName(item))'")
                        }
                        candidates.append(c)
                    }
                } else if let c = vm.bytesLike(args[1]) {
                    candidates = [c]
                } else {
                    throw vm.typeError("\(name) first arg must be bytes or a tuple of bytes, not \(vm.typeName(args[1]))")
                }
                if start > end { return .false }
                let window = b[start..<end]
                for c in candidates where c.count <= window.count {
                    if name == "startswith" ? window.starts(with: c) : window.reversed().starts(with: c.reversed()) { return .true }
                }
                return .false
            }
        }
        for name in ["find", "rfind", "index", "rindex", "count"] {
            t.define(name) { (vm, args, kw) throws(PyError) -> Value in
                let b = try receiver(vm, args, name)
                try vm.expectArguments(name, args, kw, min: 1, max: 3)
                let needle: [UInt8]
                if let n = vm.bytesLike(args[1]) {
                    needle = n
                } else if vm.bigInt(args[1]) != nil || vm.typeOf(args[1]).lookupSpecial(vm.names.dIndex) != nil {
                    needle = [try vm.byteValue(args[1])]
                } else {
                    throw vm.typeError("argument should be integer or bytes-like object, not '\(vm.typeName(args[1]))'")
                }
                let (start, end) = try vm.searchBounds(args, from: 2, length: b.count)
                if name == "count" {
                    if start > end { return .int(0) }
                    if needle.isEmpty { return .int(end - start + 1) }
                    var n = 0, i = start
                    while true {
                        let p = Interpreter.findBytes(b, needle, i, end)
                        if p < 0 { break }
                        n += 1
                        i = p + needle.count
                    }
                    return .int(n)
                }
                let p = name.hasPrefix("r") ? Interpreter.rfindBytes(b, needle, start, end)
                    : Interpreter.findBytes(b, needle, start, end)
                if p < 0 && name.hasSuffix("index") { throw vm.valueError("subsection not found") }
                return .int(p)
            }
        }
        t.define("replace") { (vm, args, kw) throws(PyError) -> Value in
            let b = try receiver(vm, args, "replace")
            try vm.expectArguments("replace", args, kw, min: 2, max: 3)
            let old = try vm.requireBytesLike(args[1]), new = try vm.requireBytesLike(args[2])
            var limit = args.count == 4 ? try vm.index(args[3]) : -1
            if limit < 0 { limit = Int.max }
            var out: [UInt8] = []
            var i = 0, done = 0
            if old.isEmpty {
                while done < limit && i <= b.count {
                    out.append(contentsOf: new)
                    done += 1
                    if i < b.count { out.append(b[i]) }
                    i += 1
                }
                if i < b.count { out.append(contentsOf: b[i...]) }
                return make(out)
            }
            while done < limit {
                let p = Interpreter.findBytes(b, old, i, b.count)
                if p < 0 { break }
                out.append(contentsOf: b[i..<p])
                out.append(contentsOf: new)
                i = p + old.count
                done += 1
            }
            out.append(contentsOf: b[i...])
            return make(out)
        }
        let maps: [(String, (UInt8) -> UInt8)] = [
            ("upper", { c in (97...122).contains(c) ? c - 32 : c }),
            ("lower", { c in (65...90).contains(c) ? c + 32 : c }),
            ("swapcase", { c in (97...122).contains(c) ? c - 32 : (65...90).contains(c) ? c + 32 : c }),
        ]
        for (name, f) in maps {
            t.define(name) { (vm, args, kw) throws(PyError) -> Value in
                let b = try receiver(vm, args, name)
                try vm.expectNoArguments("\(typeName).\(name)", args, kw)
                return make(b.map(f))
            }
        }
        t.define("capitalize") { (vm, args, kw) throws(PyError) -> Value in
            let b = try receiver(vm, args, "capitalize")
            try vm.expectNoArguments("\(typeName).capitalize", args, kw)
            return make(b.enumerated().map { i, c in
                i == 0 ? ((97...122).contains(c) ? c - 32 : c) : ((65...90).contains(c) ? c + 32 : c)
            })
        }
        let predicates: [(String, (UInt8) -> Bool)] = [
            ("isalpha", { c in (65...90).contains(c) || (97...122).contains(c) }),
            ("isdigit", { c in (48...57).contains(c) }),
            ("isalnum", { c in (65...90).contains(c) || (97...122).contains(c) || (48...57).contains(c) }),
            ("isspace", { c in c == 32 || (9...13).contains(c) }),
            ("isascii", { c in c < 128 }),
        ]
        for (name, p) in predicates {
            t.define(name) { (vm, args, kw) throws(PyError) -> Value in
                let b = try receiver(vm, args, name)
                try vm.expectNoArguments("\(typeName).\(name)", args, kw)
                if name == "isascii" { return .bool(b.allSatisfy(p)) }
                return .bool(!b.isEmpty && b.allSatisfy(p))
            }
        }
        for name in ["islower", "isupper"] {
            t.define(name) { (vm, args, kw) throws(PyError) -> Value in
                let b = try receiver(vm, args, name)
                try vm.expectNoArguments("\(typeName).\(name)", args, kw)
                let hasLower = b.contains { (97...122).contains($0) }, hasUpper = b.contains { (65...90).contains($0) }
                return .bool(name == "islower" ? hasLower && !hasUpper : hasUpper && !hasLower)
            }
        }
    }

    // MARK: Searching and splitting

    static func findBytes(_ haystack: [UInt8], _ needle: [UInt8], _ start: Int, _ end: Int) -> Int {
        if start > end || end - start < needle.count { return -1 }
        if needle.isEmpty { return start }
        var i = start
        let last = end - needle.count
        while i <= last {
            if haystack[i] == needle[0] {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return -1
    }

    static func rfindBytes(_ haystack: [UInt8], _ needle: [UInt8], _ start: Int, _ end: Int) -> Int {
        if start > end || end - start < needle.count { return -1 }
        var i = end - needle.count
        while i >= start {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return -1
    }

    static func splitBytes(_ b: [UInt8], _ sep: [UInt8], _ maxSplit: Int, fromRight: Bool) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var splits = 0
        let limit = maxSplit < 0 ? Int.max : maxSplit
        if !fromRight {
            var i = 0
            while splits < limit {
                let p = findBytes(b, sep, i, b.count)
                if p < 0 { break }
                parts.append(Array(b[i..<p]))
                i = p + sep.count
                splits += 1
            }
            parts.append(Array(b[i...]))
            return parts
        }
        var end = b.count
        while splits < limit {
            let p = rfindBytes(b, sep, 0, end)
            if p < 0 { break }
            parts.append(Array(b[(p + sep.count)..<end]))
            end = p
            splits += 1
        }
        parts.append(Array(b[0..<end]))
        return parts.reversed()
    }

    static func splitWhitespace(_ b: [UInt8], _ maxSplit: Int, fromRight: Bool) -> [[UInt8]] {
        func isSpace(_ c: UInt8) -> Bool { c == 32 || (9...13).contains(c) }
        var parts: [[UInt8]] = []
        let limit = maxSplit < 0 ? Int.max : maxSplit
        if !fromRight {
            var i = 0
            while i < b.count {
                while i < b.count && isSpace(b[i]) { i += 1 }
                if i == b.count { break }
                if parts.count == limit {
                    var j = b.count
                    while j > i && isSpace(b[j - 1]) { j -= 1 }
                    parts.append(Array(b[i..<j]))
                    break
                }
                let start = i
                while i < b.count && !isSpace(b[i]) { i += 1 }
                parts.append(Array(b[start..<i]))
            }
            return parts
        }
        var i = b.count
        while i > 0 {
            while i > 0 && isSpace(b[i - 1]) { i -= 1 }
            if i == 0 { break }
            if parts.count == limit {
                var j = 0
                while j < i && isSpace(b[j]) { j += 1 }
                parts.append(Array(b[j..<i]))
                break
            }
            let end = i
            while i > 0 && !isSpace(b[i - 1]) { i -= 1 }
            parts.append(Array(b[i..<end]))
        }
        return parts.reversed()
    }

    // MARK: Codecs

    private func normalizedEncoding(_ encoding: String) throws(PyError) -> String {
        let e = encoding.lowercased().replacingOccurrences(of: "_", with: "-")
        switch e {
        case "utf-8", "utf8", "u8", "utf", "cp65001": return "utf-8"
        case "ascii", "us-ascii", "646": return "ascii"
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin": return "latin-1"
        default: throw error(exceptions.LookupError, "unknown encoding: \(encoding)")
        }
    }

    /// `str.encode` / `bytes(str, encoding)`: the shared codecs in Text/Codecs.swift.
    func codecEncode(_ s: String, encoding: String, errors: String) throws(PyError) -> [UInt8] {
        try encodeString(s, encoding: encoding, errors: errors)
    }

    /// `bytes.decode`: the shared codecs in Text/Codecs.swift.
    func codecDecode(_ b: [UInt8], encoding: String, errors: String) throws(PyError) -> String {
        try decodeBytes(b, encoding: encoding, errors: errors)
    }
}
