import SmolderCompiler

/// Python `bytes` and `bytearray`: construction, sequence protocol, operators and repr. The
/// text-like methods (split, strip, find, ...) are in BytesMethods.swift.
extension Interpreter {
    func installBytesTypes() {
        let bytes = types.bytes, bytearray = types.bytearray
        bytes.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            let cls = try vm.subclassToCreate(args, vm.types.bytes)
            let slots = try vm.bindNative("bytes", Array(args.dropFirst()), kw, parameters: ["source", "encoding", "errors"])
            if cls == nil, slots[1] == nil, slots[2] == nil, case .object(let o)? = slots[0], o.kind == .bytes, o.cls == nil {
                return slots[0]!
            }
            return .object(PyBytes(try vm.bytesSource(slots), cls: cls))
        }
        bytearray.defineStatic("__new__") { (vm, args, _) throws(PyError) -> Value in
            .object(PyBytes([], mutable: true, cls: try vm.subclassToCreate(args, vm.types.bytearray)))
        }
        bytearray.define("__init__") { (vm, args, kw) throws(PyError) -> Value in
            let b = try vm.bytesReceiver(args, mutable: true, "__init__")
            let slots = try vm.bindNative("bytearray", Array(args.dropFirst()), kw, parameters: ["source", "encoding", "errors"])
            b.bytes = try vm.bytesSource(slots)
            return .none
        }
        bytes.define("__hash__") { (vm, args, _) throws(PyError) -> Value in
            .int(Interpreter.hashBytes(try vm.bytesReceiver(args, mutable: false, "__hash__").bytes))
        }
        bytearray.setAttribute("__hash__", .none)
        bytes.define("__bytes__") { (vm, args, _) throws(PyError) -> Value in
            let b = try vm.bytesReceiver(args, mutable: false, "__bytes__")
            return b.cls == nil ? args[0] : .object(PyBytes(b.bytes))
        }
        for t in [bytes, bytearray] {
            installSharedBytesDunders(t, mutable: t === bytearray)
            installBytesMethods(t, mutable: t === bytearray)
        }
        installByteArrayMutators(bytearray)
    }

    func bytesReceiver(_ args: [Value], mutable: Bool, _ method: String) throws(PyError) -> PyBytes {
        if case .object(let o)? = args.first, o.kind == (mutable ? .bytearray : .bytes) {
            return unsafeDowncast(o, to: PyBytes.self)
        }
        throw receiverError(args, mutable ? "bytearray" : "bytes", method)
    }

    /// The bytes of a bytes-like operand (bytes or bytearray), or nil.
    func bytesLike(_ v: Value) -> [UInt8]? {
        if case .object(let o) = v, o.kind == .bytes || o.kind == .bytearray { return unsafeDowncast(o, to: PyBytes.self).bytes }
        return nil
    }

    /// Bytes-like operand or `a bytes-like object is required, not 'T'`.
    func requireBytesLike(_ v: Value) throws(PyError) -> [UInt8] {
        if let b = bytesLike(v) { return b }
        throw typeError("a bytes-like object is required, not '\(typeName(v))'")
    }

    /// A value 0...255 for a single byte (`byte must be in range(0, 256)`).
    func byteValue(_ v: Value) throws(PyError) -> UInt8 {
        let i = try index(v)
        guard i >= 0 && i < 256 else { throw valueError("byte must be in range(0, 256)") }
        return UInt8(i)
    }

    /// `bytes(source, encoding, errors)` / `bytearray(...)` contents.
    func bytesSource(_ slots: [Value?]) throws(PyError) -> [UInt8] {
        let encoding = try slots[1].map { v throws(PyError) -> String in try string(v, "bytes() argument 'encoding'") }
        let errors = try slots[2].map { v throws(PyError) -> String in try string(v, "bytes() argument 'errors'") }
        guard let source = slots[0] else {
            if encoding != nil { throw typeError("encoding without a string argument") }
            if errors != nil { throw typeError("errors without a string argument") }
            return []
        }
        if let s = strObject(source) {
            guard let encoding else { throw typeError("string argument without an encoding") }
            return try codecEncode(s.value, encoding: encoding, errors: errors ?? "strict")
        }
        if encoding != nil { throw typeError("encoding without a string argument") }
        if errors != nil { throw typeError("errors without a string argument") }
        if let b = bytesLike(source) { return b }
        if case .object = source, let r = try callSpecial(source, intern("__bytes__"), []) {
            guard let b = bytesLike(r) else { throw typeError("__bytes__ returned non-bytes (type \(typeName(r)))") }
            return b
        }
        if bigInt(source) != nil || (typeOf(source).lookupSpecial(names.dIndex) != nil && !source.isFloatLike) {
            let n = try index(source)
            if n < 0 { throw valueError("negative count") }
            try ensureAllocatable(count: n, elementSize: 1)
            return [UInt8](repeating: 0, count: n)
        }
        if typeOf(source).lookupSpecial(names.dIter) == nil && typeOf(source).lookupSpecial(names.dGetitem) == nil {
            throw typeError("cannot convert '\(typeName(source))' object to bytes")
        }
        var out: [UInt8] = []
        let it = try iterate(source)
        while let v = try next(it) {
            let i = try index(v)
            guard i >= 0 && i < 256 else { throw valueError("bytes must be in range(0, 256)") }
            out.append(UInt8(i))
        }
        return out
    }

    /// CPython's bytes repr: single quotes unless the data has `'` and no `"`.
    static func bytesRepr(_ bytes: [UInt8]) -> String {
        let quote: UInt8 = bytes.contains(0x27) && !bytes.contains(0x22) ? 0x22 : 0x27
        var out = "b" + String(UnicodeScalar(quote))
        let hex = Array("0123456789abcdef")
        for c in bytes {
            switch c {
            case quote, 0x5C: out += "\\" + String(UnicodeScalar(c))
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x20..<0x7F: out.unicodeScalars.append(UnicodeScalar(c))
            default: out += "\\x" + String(hex[Int(c >> 4)]) + String(hex[Int(c & 15)])
            }
        }
        return out + String(UnicodeScalar(quote))
    }

    /// FNV-1a over the bytes (bytes hashes are not part of any observable order guarantee).
    static func hashBytes(_ bytes: [UInt8]) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        let r = Int(Int64(bitPattern: h))
        return r == -1 ? -2 : r
    }

    private func installSharedBytesDunders(_ t: PyType, mutable: Bool) {
        let name = t.name
        func make(_ bytes: [UInt8]) -> Value { .object(PyBytes(bytes, mutable: mutable)) }
        t.define("__len__") { (vm, args, _) throws(PyError) -> Value in
            .int(try vm.bytesReceiver(args, mutable: mutable, "__len__").bytes.count)
        }
        t.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            let b = try vm.bytesReceiver(args, mutable: mutable, "__repr__")
            if mutable { return Value("\(vm.typeName(args[0]))(\(Interpreter.bytesRepr(b.bytes)))") }
            return Value(Interpreter.bytesRepr(b.bytes))
        }
        t.define("__getitem__") { (vm, args, _) throws(PyError) -> Value in
            let b = try vm.bytesReceiver(args, mutable: mutable, "__getitem__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            switch try vm.sequenceKey(args[1], name) {
            case .index(let i):
                let j = i < 0 ? i + b.bytes.count : i
                guard j >= 0 && j < b.bytes.count else {
                    throw vm.indexError(mutable ? "bytearray index out of range" : "index out of range")
                }
                return .int(Int(b.bytes[j]))
            case .slice(let s):
                let bounds = try vm.sliceBounds(s, length: b.bytes.count)
                if bounds.count <= 0 { return make([]) }
                if bounds.step == 1 { return make(Array(b.bytes[bounds.start..<(bounds.start + bounds.count)])) }
                var out: [UInt8] = []
                out.reserveCapacity(bounds.count)
                for i in bounds.indices { out.append(b.bytes[i]) }
                return make(out)
            }
        }
        t.define("__contains__") { (vm, args, _) throws(PyError) -> Value in
            let b = try vm.bytesReceiver(args, mutable: mutable, "__contains__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            if let needle = vm.bytesLike(args[1]) { return .bool(Interpreter.findBytes(b.bytes, needle, 0, b.bytes.count) >= 0) }
            guard vm.bigInt(args[1]) != nil || vm.typeOf(args[1]).lookupSpecial(vm.names.dIndex) != nil else {
                throw vm.typeError("a bytes-like object is required, not '\(vm.typeName(args[1]))'")
            }
            return .bool(b.bytes.contains(try vm.byteValue(args[1])))
        }
        t.define("__iter__") { (vm, args, _) throws(PyError) -> Value in
            let b = try vm.bytesReceiver(args, mutable: mutable, "__iter__")
            var i = 0
            return vm.makeIterator { _ throws(PyError) -> Value? in
                guard i < b.bytes.count else { return nil }
                defer { i += 1 }
                return .int(Int(b.bytes[i]))
            }
        }
        t.define("__add__") { (vm, args, _) throws(PyError) -> Value in
            let b = try vm.bytesReceiver(args, mutable: mutable, "__add__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            guard let other = vm.bytesLike(args[1]) else {
                throw vm.typeError("can't concat \(vm.typeName(args[1])) to \(name)")
            }
            return make(b.bytes + other)
        }
        let multiply: NativeFunction = { (vm, args, _) throws(PyError) -> Value in
            let b = try vm.bytesReceiver(args, mutable: mutable, "__mul__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            guard let n = try vm.repeatOperand(args[1]) else { return vm.notImplemented }
            return make(try vm.repeatBytes(b.bytes, n))
        }
        t.define("__mul__", multiply)
        t.define("__rmul__", multiply)
        for (opName, op) in [("__eq__", CompareOpArg.equal), ("__ne__", .notEqual), ("__lt__", .less),
                             ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual)] {
            t.define(opName) { (vm, args, _) throws(PyError) -> Value in
                let b = try vm.bytesReceiver(args, mutable: mutable, opName)
                guard args.count == 2, let other = vm.bytesLike(args[1]) else { return vm.notImplemented }
                let c = b.bytes.lexicographicallyPrecedes(other) ? -1 : (b.bytes == other ? 0 : 1)
                return .bool(op.holds(c))
            }
        }
        t.define("__getnewargs__") { (vm, args, _) throws(PyError) -> Value in
            let b = try vm.bytesReceiver(args, mutable: mutable, "__getnewargs__")
            return .object(PyTuple([.object(PyBytes(b.bytes))]))
        }
    }

    func repeatBytes(_ bytes: [UInt8], _ n: Int) throws(PyError) -> [UInt8] {
        if n <= 0 || bytes.isEmpty { return [] }
        let (total, overflow) = bytes.count.multipliedReportingOverflow(by: n)
        if overflow { throw error(exceptions.MemoryError, "") }
        try ensureAllocatable(count: total, elementSize: 1)
        var out: [UInt8] = []
        out.reserveCapacity(total)
        for _ in 0..<n { out.append(contentsOf: bytes) }
        return out
    }

    private func installByteArrayMutators(_ t: PyType) {
        func receiver(_ vm: Interpreter, _ args: [Value], _ method: String) throws(PyError) -> PyBytes {
            try vm.bytesReceiver(args, mutable: true, method)
        }
        t.define("__setitem__") { (vm, args, _) throws(PyError) -> Value in
            let b = try receiver(vm, args, "__setitem__")
            guard args.count == 3 else { throw vm.typeError("expected 2 arguments, got \(args.count - 1)") }
            switch try vm.sequenceKey(args[1], "bytearray") {
            case .index(let i):
                let j = i < 0 ? i + b.bytes.count : i
                guard j >= 0 && j < b.bytes.count else { throw vm.indexError("bytearray index out of range") }
                b.bytes[j] = try vm.byteValue(args[2])
            case .slice(let s):
                let replacement: [UInt8]
                if let r = vm.bytesLike(args[2]) {
                    replacement = r
                } else if vm.strObject(args[2]) != nil {
                    throw vm.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
                } else {
                    replacement = try vm.bytesSource([args[2], nil, nil])
                }
                let bounds = try vm.sliceBounds(s, length: b.bytes.count)
                if bounds.step == 1 {
                    b.bytes.replaceSubrange(bounds.start..<max(bounds.start, bounds.start + bounds.count), with: replacement)
                } else {
                    guard replacement.count == bounds.count else {
                        throw vm.valueError("attempt to assign bytes of size \(replacement.count) to extended slice of size \(bounds.count)")
                    }
                    for (k, i) in bounds.indices.enumerated() { b.bytes[i] = replacement[k] }
                }
            }
            return .none
        }
        t.define("__delitem__") { (vm, args, _) throws(PyError) -> Value in
            let b = try receiver(vm, args, "__delitem__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            switch try vm.sequenceKey(args[1], "bytearray") {
            case .index(let i):
                let j = i < 0 ? i + b.bytes.count : i
                guard j >= 0 && j < b.bytes.count else { throw vm.indexError("bytearray index out of range") }
                b.bytes.remove(at: j)
            case .slice(let s):
                let bounds = try vm.sliceBounds(s, length: b.bytes.count)
                let doomed = Set(bounds.indices)
                b.bytes = b.bytes.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
            }
            return .none
        }
        t.define("__iadd__") { (vm, args, _) throws(PyError) -> Value in
            let b = try receiver(vm, args, "__iadd__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            guard let other = vm.bytesLike(args[1]) else {
                throw vm.typeError("can't concat \(vm.typeName(args[1])) to bytearray")
            }
            b.bytes.append(contentsOf: other)
            return args[0]
        }
        t.define("__imul__") { (vm, args, _) throws(PyError) -> Value in
            let b = try receiver(vm, args, "__imul__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            guard let n = try vm.repeatOperand(args[1]) else { return vm.notImplemented }
            b.bytes = try vm.repeatBytes(b.bytes, n)
            return args[0]
        }
        t.define("append") { (vm, args, kw) throws(PyError) -> Value in
            let b = try receiver(vm, args, "append")
            try vm.expectOneArgument("bytearray.append", args, kw)
            b.bytes.append(try vm.byteValue(args[1]))
            return .none
        }
        t.define("extend") { (vm, args, kw) throws(PyError) -> Value in
            let b = try receiver(vm, args, "extend")
            try vm.expectOneArgument("bytearray.extend", args, kw)
            if vm.strObject(args[1]) != nil { throw vm.typeError("expected iterable of integers; got: 'str'") }
            if let other = vm.bytesLike(args[1]) {
                b.bytes.append(contentsOf: other)
                return .none
            }
            let it = try vm.iterate(args[1])
            while let v = try vm.next(it) { b.bytes.append(try vm.byteValue(v)) }
            return .none
        }
        t.define("insert") { (vm, args, kw) throws(PyError) -> Value in
            let b = try receiver(vm, args, "insert")
            try vm.expectArguments("insert", args, kw, min: 2, max: 2)
            var i = try vm.clampedIndex(args[1])
            let n = b.bytes.count
            if i < 0 { i = max(0, i + n) } else if i > n { i = n }
            b.bytes.insert(try vm.byteValue(args[2]), at: i)
            return .none
        }
        t.define("pop") { (vm, args, kw) throws(PyError) -> Value in
            let b = try receiver(vm, args, "pop")
            try vm.expectArguments("pop", args, kw, min: 0, max: 1)
            if b.bytes.isEmpty { throw vm.indexError("pop from empty bytearray") }
            if args.count == 1 { return .int(Int(b.bytes.removeLast())) }
            let i = try vm.clampedIndex(args[1])
            let j = i < 0 ? i + b.bytes.count : i
            guard j >= 0 && j < b.bytes.count else { throw vm.indexError("pop index out of range") }
            return .int(Int(b.bytes.remove(at: j)))
        }
        t.define("remove") { (vm, args, kw) throws(PyError) -> Value in
            let b = try receiver(vm, args, "remove")
            try vm.expectOneArgument("bytearray.remove", args, kw)
            let v = try vm.byteValue(args[1])
            guard let i = b.bytes.firstIndex(of: v) else { throw vm.valueError("value not found in bytearray") }
            b.bytes.remove(at: i)
            return .none
        }
        t.define("clear") { (vm, args, kw) throws(PyError) -> Value in
            let b = try receiver(vm, args, "clear")
            try vm.expectNoArguments("bytearray.clear", args, kw)
            b.bytes.removeAll()
            return .none
        }
        t.define("copy") { (vm, args, kw) throws(PyError) -> Value in
            let b = try receiver(vm, args, "copy")
            try vm.expectNoArguments("bytearray.copy", args, kw)
            return .object(PyBytes(b.bytes, mutable: true))
        }
        t.define("reverse") { (vm, args, kw) throws(PyError) -> Value in
            let b = try receiver(vm, args, "reverse")
            try vm.expectNoArguments("bytearray.reverse", args, kw)
            b.bytes.reverse()
            return .none
        }
    }
}
