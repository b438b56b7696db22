/// Python `str`: constructor and special methods. The named methods live in the StrMethods*.swift
/// files; text algorithms on code points live in StrAlgorithms.swift.
extension Interpreter {
    func installStrType() {
        let str = types.str
        str.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            try vm.strNew(args, kw)
        }
        str.define("__str__") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.strSelf(args, kw, "__str__", .none)
            return s.cls == nil ? args[0] : Value(s.value)
        }
        str.define("__repr__") { (vm, args, kw) throws(PyError) -> Value in
            Value(StringRepr.repr(try vm.strSelf(args, kw, "__repr__", .none).value))
        }
        str.define("__len__") { (vm, args, kw) throws(PyError) -> Value in
            .int(try vm.strSelf(args, kw, "__len__", .wrapper(0)).count)
        }
        str.define("__hash__") { (vm, args, kw) throws(PyError) -> Value in
            .int(try vm.strSelf(args, kw, "__hash__", .wrapper(0)).hashValue32)
        }
        str.define("__getitem__") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.strSelf(args, kw, "__getitem__", .wrapper(1))
            return try vm.strSubscript(s, args[1])
        }
        str.define("__iter__") { (vm, args, kw) throws(PyError) -> Value in
            .object(PyIterator(.str(try vm.strSelf(args, kw, "__iter__", .wrapper(0)))))
        }
        str.define("__contains__") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.strSelf(args, kw, "__contains__", .wrapper(1))
            guard let needle = vm.strObject(args[1]) else {
                throw vm.typeError("'in <string>' requires string as left operand, not \(vm.typeName(args[1]))")
            }
            return .bool(StrText.find(s, needle, 0, s.count) != nil)
        }
        str.define("__add__") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.strSelf(args, kw, "__add__", .wrapper(1))
            guard let other = vm.strObject(args[1]) else { return vm.notImplemented }
            return Value(s.value + other.value)
        }
        for name in ["__mul__", "__rmul__"] {
            str.define(name) { (vm, args, kw) throws(PyError) -> Value in
                let s = try vm.strSelf(args, kw, name, .wrapper(1))
                guard let n = try vm.repeatCountArgument(args[1]) else { return vm.notImplemented }
                return Value(try vm.repeatString(s, n))
            }
        }
        str.define("__mod__") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.strSelf(args, kw, "__mod__", .wrapper(1))
            return Value(try vm.percentFormat(s.value, args[1]))
        }
        str.define("__rmod__") { (vm, args, kw) throws(PyError) -> Value in
            _ = try vm.strSelf(args, kw, "__rmod__", .wrapper(1))
            guard let left = vm.strObject(args[1]) else { return vm.notImplemented }
            return Value(try vm.percentFormat(left.value, args[0]))
        }
        let comparisons: [(String, (Int) -> Bool)] = [
            ("__eq__", { $0 == 0 }), ("__ne__", { $0 != 0 }), ("__lt__", { $0 < 0 }),
            ("__le__", { $0 <= 0 }), ("__gt__", { $0 > 0 }), ("__ge__", { $0 >= 0 }),
        ]
        for (name, holds) in comparisons {
            str.define(name) { (vm, args, kw) throws(PyError) -> Value in
                let s = try vm.strSelf(args, kw, name, .wrapper(1))
                guard let other = vm.strObject(args[1]) else { return vm.notImplemented }
                if name == "__eq__" { return .bool(s.equals(other)) }
                if name == "__ne__" { return .bool(!s.equals(other)) }
                return .bool(holds(s.compare(other)))
            }
        }
        str.define("__format__") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.strSelf(args, kw, "__format__", .one)
            guard let spec = vm.strObject(args[1]) else {
                throw vm.typeError("__format__() argument must be str, not \(vm.clinicTypeName(args[1]))")
            }
            return Value(try vm.formatString(s.value, spec: spec.value))
        }
        str.define("__sizeof__") { (vm, args, kw) throws(PyError) -> Value in
            let s = try vm.strSelf(args, kw, "__sizeof__", .none)
            return .int(49 + s.value.utf8.count)
        }
        installStrSearchMethods()
        installStrSplitMethods()
        installStrCaseMethods()
        installStrLayoutMethods()
        installStrFormatMethods()
        installNumberFormatMethods()
    }

    /// `str(object='', encoding=..., errors=...)`, also for subclasses.
    private func strNew(_ args: [Value], _ kw: Keywords?) throws(PyError) -> Value {
        guard case .object(let co) = args.first ?? .none, co.kind == .type else {
            throw typeError("str.__new__(X): X is not a type object")
        }
        let cls = unsafeDowncast(co, to: PyType.self)
        let rest = Array(args.dropFirst())
        var text = ""
        if rest.count == 1 && (kw?.isEmpty ?? true) {
            text = try str(rest[0])
        } else if !rest.isEmpty || !(kw?.isEmpty ?? true) {
            if rest.count > 3 { throw typeError("str() takes at most 3 arguments (\(rest.count) given)") }
            let params = ["object", "encoding", "errors"]
            var slots = [Value?](repeating: nil, count: 3)
            for (i, a) in rest.enumerated() { slots[i] = a }
            if let kw {
                for (k, v) in zip(kw.names, kw.values) {
                    guard let i = params.firstIndex(of: k) else {
                        throw typeError("'\(k)' is an invalid keyword argument for str()")
                    }
                    if slots[i] != nil {
                        throw typeError("argument for str() given by name ('\(k)') and position (\(i + 1))")
                    }
                    slots[i] = v
                }
            }
            var encoding = "utf-8", errors = "strict"
            if let e = slots[1] {
                guard let s = strObject(e) else { throw typeError("str() argument 'encoding' must be str, not \(typeName(e))") }
                encoding = s.value
            }
            if let e = slots[2] {
                guard let s = strObject(e) else { throw typeError("str() argument 'errors' must be str, not \(typeName(e))") }
                errors = s.value
            }
            if let object = slots[0] {
                if slots[1] == nil && slots[2] == nil {
                    text = try str(object)
                } else if case .object(let o) = object, o.kind == .bytes || o.kind == .bytearray {
                    text = try decodeBytes(unsafeDowncast(o, to: PyBytes.self).bytes, encoding: encoding, errors: errors)
                } else if strObject(object) != nil {
                    throw typeError("decoding str is not supported")
                } else {
                    throw typeError("decoding to str: need a bytes-like object, \(typeName(object)) found")
                }
            }
        }
        if cls === types.str { return Value(text) }
        guard cls.isSubtype(of: types.str) else {
            throw typeError("str.__new__(\(cls.name)): \(cls.name) is not a subtype of str")
        }
        return .object(PyStr(text, cls: cls))
    }

    /// `s[i]` and `s[a:b:c]`, by code point.
    func strSubscript(_ s: PyStr, _ key: Value) throws(PyError) -> Value {
        if case .object(let ko) = key, ko.kind == .slice {
            let b = try sliceBounds(unsafeDowncast(ko, to: PySlice.self), length: s.count)
            if b.step == 1 {
                if b.count == s.count && s.cls == nil { return .object(s) }
                return Value(s.substring(b.start, b.start + b.count))
            }
            if s.isASCII {
                let bytes = StrText.withBytes(s.value) { buffer in
                    [UInt8](unsafeUninitializedCapacity: b.count) { out, initialized in
                        var k = 0
                        for i in b.indices {
                            out[k] = buffer[i]
                            k += 1
                        }
                        initialized = k
                    }
                }
                return Value(String(decoding: bytes, as: UTF8.self))
            }
            var out = String.UnicodeScalarView()
            let scalars = s.scalars
            for i in b.indices { out.append(scalars[i]) }
            return Value(String(out))
        }
        let isIndex: Bool
        switch key {
        case .int, .bool: isIndex = true
        default: isIndex = bigInt(key) != nil || typeOf(key).lookupSpecial(names.dIndex) != nil
        }
        guard isIndex else { throw typeError("string indices must be integers, not '\(typeName(key))'") }
        if let b = bigInt(key), Int(exactly: b) == nil {
            throw indexError("cannot fit 'int' into an index-sized integer")
        }
        guard let i = try normalizedIndex(key, length: s.count) else { throw indexError("string index out of range") }
        return Value(String(Character(s.scalar(at: i))))
    }

    /// The repeat count of `str * n`: nil when `n` is not int-like.
    func repeatCountArgument(_ v: Value) throws(PyError) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .float, .none: return nil
        case .object:
            if let b = bigInt(v) {
                if let i = Int(exactly: b) { return i }
                if b < 0 { return 0 }
                throw overflowError("cannot fit 'int' into an index-sized integer")
            }
            if typeOf(v).lookupSpecial(names.dIndex) == nil { return nil }
            return try index(v)
        }
    }

    func repeatString(_ s: PyStr, _ n: Int) throws(PyError) -> String {
        if n <= 0 || s.count == 0 { return "" }
        let (total, overflow) = s.value.utf8.count.multipliedReportingOverflow(by: n)
        if overflow { throw overflowError("repeated string is too long") }
        try checkResultSize(total)
        return String(repeating: s.value, count: n)
    }
}
