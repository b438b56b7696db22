/// str searching methods: find, index, count, startswith, partition, replace, join, removeprefix ...
extension Interpreter {
    func installStrSearchMethods() {
        let str = types.str
        for (name, backward, raises) in [("find", false, false), ("rfind", true, false),
                                         ("index", false, true), ("rindex", true, true)] {
            str.define(name) { (vm, args, kw) throws(PyError) -> Value in
                let s = try vm.strSelf(args, kw, name, .varargs(1, 3))
                let sub = try vm.strArgument(args[1])
                let (start, end) = try vm.strSearchRange(s, args, from: 2)
                if let i = StrText.find(s, sub, start, end, backward: backward) { return .int(i) }
                if raises { throw vm.valueError("substring not found") }
                return .int(-1)
            }
        }
        str.define("count") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.strSelf(args, kw, "count", .varargs(1, 3))
            let sub = try vm.strArgument(args[1])
            let (start, end) = try vm.strSearchRange(s, args, from: 2)
            return .int(StrText.count(s, sub, start, end))
        }
        for (name, atEnd) in [("startswith", false), ("endswith", true)] {
            str.define(name) { (vm, args, kw) throws(PyError) -> Value in
                let s = try vm.strSelf(args, kw, name, .varargs(1, 3))
                let (start, end) = try vm.strSearchRange(s, args, from: 2)
                if let sub = vm.strObject(args[1]) {
                    return .bool(vm.tailMatch(s, sub, start, end, atEnd: atEnd))
                }
                guard case .object(let o) = args[1], o.kind == .tuple else {
                    throw vm.typeError("\(name) first arg must be str or a tuple of str, not \(vm.typeName(args[1]))")
                }
                for item in unsafeDowncast(o, to: PyTuple.self).items {
                    guard let sub = vm.strObject(item) else {
                        throw vm.typeError("tuple for \(name) must only contain str, not \(vm.typeName(item))")
                    }
                    if vm.tailMatch(s, sub, start, end, atEnd: atEnd) { return .true }
                }
                return .false
            }
        }
        for (name, backward) in [("partition", false), ("rpartition", true)] {
            str.define(name) { (vm, args, kw) throws(PyError) -> Value in
                let s = try vm.strSelf(args, kw, name, .one)
                let sep = try vm.strArgument(args[1])
                if sep.count == 0 { throw vm.valueError("empty separator") }
                guard let i = StrText.find(s, sep, 0, s.count, backward: backward) else {
                    let whole: Value = s.cls == nil ? args[0] : Value(s.value)
                    return .object(PyTuple(backward ? [Value(""), Value(""), whole] : [whole, Value(""), Value("")]))
                }
                return .object(PyTuple([Value(s.substring(0, i)), .object(sep),
                                        Value(s.substring(i + sep.count, s.count))]))
            }
        }
        str.define("replace") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.strSelf(args, kw, "replace", .clinic(2, 3))
            let old = try vm.strArgument(args[1], "replace() argument 1 ")
            let new = try vm.strArgument(args[2], "replace() argument 2 ")
            let limit = args.count > 3 ? try vm.sizeArgument(args[3]) : -1
            return Value(StrText.replace(s, old, new, limit))
        }
        for (name, atEnd) in [("removeprefix", false), ("removesuffix", true)] {
            str.define(name) { (vm, args, kw) throws(PyError) -> Value in
                let s = try vm.strSelf(args, kw, name, .one)
                let affix = try vm.strArgument(args[1], "\(name)() argument ")
                if affix.count > 0 && vm.tailMatch(s, affix, 0, s.count, atEnd: atEnd) {
                    return Value(atEnd ? s.substring(0, s.count - affix.count) : s.substring(affix.count, s.count))
                }
                return s.cls == nil ? args[0] : Value(s.value)
            }
        }
        str.define("join") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.strSelf(args, kw, "join", .one)
            return Value(try vm.joinStrings(s.value, args[1]))
        }
    }

    /// Whether `sub` matches at the start (or end) of `s[start:end]`.
    func tailMatch(_ s: PyStr, _ sub: PyStr, _ start: Int, _ end: Int, atEnd: Bool) -> Bool {
        if start > s.count || end - start < sub.count { return false }
        if sub.count == 0 { return true }
        return StrText.withBytes(s.value) { h in
            StrText.withBytes(sub.value) { n in
                let lo = StrText.byteOffset(h, codePoint: start, ascii: s.isASCII)
                let hi = end >= s.count ? h.count : StrText.byteOffset(h, codePoint: end, ascii: s.isASCII)
                if hi - lo < n.count { return false }
                let at = atEnd ? hi - n.count : lo
                for k in 0..<n.count where h[at + k] != n[k] { return false }
                return true
            }
        }
    }

    /// `sep.join(iterable)`.
    func joinStrings(_ sep: String, _ iterable: Value) throws(PyError) -> String {
        if case .object(let o) = iterable, o.kind == .list || o.kind == .tuple {
            return try joinStrings(sep, o.kind == .list ? unsafeDowncast(o, to: PyList.self).items
                                   : unsafeDowncast(o, to: PyTuple.self).items)
        }
        let it: Value
        do throws(PyError) {
            it = try iterate(iterable)
        } catch {
            if matches(error, exceptions.TypeError) { throw typeError("can only join an iterable") }
            throw error
        }
        var items = ContiguousArray<Value>()
        while let v = try next(it) { items.append(v) }
        return try joinStrings(sep, items)
    }

    private func joinStrings(_ sep: String, _ items: ContiguousArray<Value>) throws(PyError) -> String {
        // Appending UTF-8 bytes is a memcpy per piece; String appends are several times slower.
        var bytes = [UInt8]()
        let sepBytes = Array(sep.utf8)
        bytes.reserveCapacity(items.count * (sepBytes.count + 8))
        for i in items.indices {
            guard case .object(let o) = items[i], o.kind == .str else {
                throw typeError("sequence item \(i): expected str instance, \(typeName(items[i])) found")
            }
            if i > 0 { bytes.append(contentsOf: sepBytes) }
            bytes.append(contentsOf: unsafeDowncast(o, to: PyStr.self).value.utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
