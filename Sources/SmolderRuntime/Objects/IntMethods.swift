import BigInt

/// `int` methods: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio.
extension Interpreter {
    func installIntMethods(_ int: PyType) {
        int.define("bit_length") { (vm, args, _) throws(PyError) -> Value in
            let v = try vm.intSelf(args, "bit_length", arity: 0)
            if case .int(let i) = v { return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount) }
            return .int((vm.bigInt(v) ?? 0).magnitude.bitWidth)
        }
        int.define("bit_count") { (vm, args, _) throws(PyError) -> Value in
            let v = try vm.intSelf(args, "bit_count", arity: 0)
            if case .int(let i) = v { return .int(i.magnitude.nonzeroBitCount) }
            return .int((vm.bigInt(v) ?? 0).magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        int.define("as_integer_ratio") { (vm, args, _) throws(PyError) -> Value in
            let v = try vm.intSelf(args, "as_integer_ratio", arity: 0)
            return .object(PyTuple([vm.exactInt(v) ?? v, .int(1)]))
        }
        int.define("to_bytes") { (vm, args, kw) throws(PyError) -> Value in
            guard let v = args.first, vm.isIntLike(v) else { throw vm.intDescriptorError("to_bytes", args.first) }
            let slots = try vm.bindNative("to_bytes", Array(args.dropFirst()), kw,
                                          parameters: ["length", "byteorder", "signed"])
            if args.count > 3 { throw vm.typeError("to_bytes() takes at most 2 positional arguments (\(args.count - 1) given)") }
            let length = try slots[0].map { (x) throws(PyError) -> Int in try vm.index(x) } ?? 1
            let little = try vm.byteOrderIsLittle(slots[1], "to_bytes")
            let signed = try slots[2].map { (x) throws(PyError) -> Bool in try vm.isTrue(x) } ?? false
            if length < 0 { throw vm.valueError("length argument must be non-negative") }
            let bytes = try vm.intBytes(vm.bigInt(v) ?? 0, length: length, signed: signed)
            return .object(PyBytes(little ? bytes.reversed() : bytes))
        }
        int.defineClassMethod("from_bytes") { (vm, args, kw) throws(PyError) -> Value in
            guard case .object(let co)? = args.first, let cls = co as? PyType else {
                throw vm.typeError("from_bytes() needs a class")
            }
            let slots = try vm.bindNative("from_bytes", Array(args.dropFirst()), kw,
                                          parameters: ["bytes", "byteorder", "signed"], required: 1)
            if args.count > 3 { throw vm.typeError("from_bytes() takes at most 2 positional arguments (\(args.count - 1) given)") }
            let little = try vm.byteOrderIsLittle(slots[1], "from_bytes")
            let signed = try slots[2].map { (x) throws(PyError) -> Bool in try vm.isTrue(x) } ?? false
            var bytes = try vm.byteSequence(slots[0] ?? .none)
            if little { bytes.reverse() }
            var value = BigInt(BigUInt(Data(bytes)))
            if signed, let first = bytes.first, first & 0x80 != 0 {
                value -= BigInt(1) << (8 * bytes.count)
            }
            let result = Value.integer(value)
            if cls === vm.types.int { return result }
            return try vm.call(.object(cls), [result])
        }
    }

    private func byteOrderIsLittle(_ v: Value?, _ function: String) throws(PyError) -> Bool {
        guard let v else { return false }
        let s = try string(v, "\(function)() argument 'byteorder'")
        if s == "little" { return true }
        if s == "big" { return false }
        throw valueError("byteorder must be either 'little' or 'big'")
    }

    /// Big-endian two's-complement (or unsigned) bytes of exactly `length` bytes.
    private func intBytes(_ x: BigInt, length: Int, signed: Bool) throws(PyError) -> [UInt8] {
        if x < 0 && !signed { throw overflowError("can't convert negative int to unsigned") }
        let bits = 8 * length
        let fits: Bool
        if signed {
            fits = bits > 0 && x >= -(BigInt(1) << (bits - 1)) && x < (BigInt(1) << (bits - 1)) || (bits == 0 && x == 0)
        } else {
            fits = x.magnitude.bitWidth <= bits
        }
        if !fits { throw overflowError("int too big to convert") }
        let unsigned = x < 0 ? BigUInt((BigInt(1) << bits) + x) : x.magnitude
        let raw = [UInt8](unsigned.serialize())
        if raw.count >= length { return Array(raw.suffix(length)) }
        return [UInt8](repeating: 0, count: length - raw.count) + raw
    }

    /// The bytes of a bytes-like object or an iterable of ints in range(256).
    func byteSequence(_ v: Value) throws(PyError) -> [UInt8] {
        if case .object(let o) = v, o.kind == .bytes || o.kind == .bytearray {
            return unsafeDowncast(o, to: PyBytes.self).bytes
        }
        if case .object(let o) = v, o.kind == .str {
            throw typeError("cannot convert 'str' object to bytes")
        }
        var out: [UInt8] = []
        for item in try collect(v) {
            let n = try index(item)
            guard n >= 0 && n < 256 else { throw valueError("bytes must be in range(0, 256)") }
            out.append(UInt8(n))
        }
        return out
    }
}

import Foundation
