import BigInt
import SmolderCompiler

/// `int`: the constructor, operator dunders (so subclasses, explicit `int.__add__(1, 2)` calls and
/// mixed operands work), conversions and comparison. Exact ints never reach these: the VM fast-paths them.
extension Interpreter {
    func installIntType() {
        let int = types.int
        int.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            try vm.newInt(args, kw)
        }
        installIntArithmetic(int)
        installIntConversions(int)
        installIntComparisons(int)
        installIntMethods(int)
    }

    // MARK: Construction

    private func newInt(_ args: [Value], _ kw: Keywords?) throws(PyError) -> Value {
        guard case .object(let co)? = args.first, let cls = co as? PyType else {
            throw typeError("int.__new__(X): X is not a type object")
        }
        // Common case `int(x)`: no argument binding.
        if args.count == 2 && (kw?.isEmpty ?? true) && cls === types.int { return try intFromObject(args[1]) }
        if let kw, let bad = kw.names.first(where: { $0 != "base" }) {
            throw typeError("'\(bad)' is an invalid keyword argument for int()")
        }
        let slots = try bindNative("int", Array(args.dropFirst()), kw, parameters: ["x", "base"], positionalOnly: 1)
        if args.count > 3 { throw typeError("int() takes at most 2 arguments (\(args.count - 1) given)") }
        var value: Value
        if let x = slots[0] {
            if let baseArg = slots[1] {
                let base = try index(baseArg)
                if base != 0 && (base < 2 || base > 36) {
                    throw valueError("int() base must be >= 2 and <= 36, or 0")
                }
                guard let text = try intText(x) else {
                    throw typeError("int() can't convert non-string with explicit base")
                }
                value = try parseInt(text, base: base, original: x)
            } else {
                value = try intFromObject(x)
            }
        } else {
            if slots[1] != nil { throw typeError("int() missing string argument") }
            value = .int(0)
        }
        if cls === types.int { return value }
        guard cls.isSubtype(of: types.int) else {
            throw typeError("int.__new__(\(cls.name)): \(cls.name) is not a subtype of int")
        }
        return .object(PyBoxedInt(bigInt(value) ?? 0, cls: cls))
    }

    /// The text of a str, bytes or bytearray argument (nil for anything else).
    private func intText(_ v: Value) throws(PyError) -> String? {
        guard case .object(let o) = v else { return nil }
        if o.kind == .str { return unsafeDowncast(o, to: PyStr.self).value }
        if o.kind == .bytes || o.kind == .bytearray {
            return String(decoding: unsafeDowncast(o, to: PyBytes.self).bytes, as: UTF8.self)
        }
        return nil
    }

    func parseInt(_ text: String, base: Int, original: Value) throws(PyError) -> Value {
        // Plain machine-sized literals ("42", "-7", "ff" in base 16) need no general parsing.
        if base >= 2, text.utf8.count < 19, let v = Int(text, radix: base) { return .int(v) }
        switch IntParsing.parse(text, base: base) {
        case .success(let b): return .integer(b)
        case .failure(.tooManyDigits(let n)):
            throw valueError("Exceeds the limit (\(IntParsing.maxStrDigits) digits) for integer string conversion: value has \(n) digits; use sys.set_int_max_str_digits() to increase the limit")
        case .failure(.invalid):
            var shown = try repr(original)
            if shown.unicodeScalars.count > 200 { shown = String(String.UnicodeScalarView(shown.unicodeScalars.prefix(200))) }
            throw valueError("invalid literal for int() with base \(base): \(shown)")
        }
    }

    /// `int(x)` for one argument: CPython's `PyNumber_Long` order.
    func intFromObject(_ x: Value) throws(PyError) -> Value {
        if let e = exactInt(x) { return e }
        if case .float(let d) = x { return try integer(fromDouble: d) }
        let type = typeOf(x)
        if let m = type.lookupSpecial(names.dInt) {
            let r = try callDescriptorMethod(m, on: x, [])
            guard let e = exactInt(r) else { throw typeError("__int__ returned non-int (type \(typeName(r)))") }
            return e
        }
        if let m = type.lookupSpecial(names.dIndex) {
            let r = try callDescriptorMethod(m, on: x, [])
            guard let e = exactInt(r) else { throw typeError("__index__ returned non-int (type \(typeName(r)))") }
            return e
        }
        if let m = type.lookupSpecial(names.dTrunc) {
            let r = try callDescriptorMethod(m, on: x, [])
            if let e = exactInt(r) { return e }
            guard typeOf(r).lookupSpecial(names.dIndex) != nil else {
                throw typeError("__trunc__ returned non-Integral (type \(typeName(r)))")
            }
            return .integer(try indexInteger(r))
        }
        if let text = try intText(x) { return try parseInt(text, base: 10, original: x) }
        throw typeError("int() argument must be a string, a bytes-like object or a real number, not '\(typeName(x))'")
    }

    // MARK: Helpers shared by the dunders

    /// `self` of an int method, with CPython's descriptor error.
    @inline(__always)
    func intSelf(_ args: [Value], _ name: String, arity: Int) throws(PyError) -> Value {
        guard let first = args.first, isIntLike(first) else {
            let got = args.first.map { typeName($0) } ?? "nothing"
            if Self.isPlainMethod(name) {
                throw typeError("descriptor '\(name)' for 'int' objects doesn't apply to a '\(got)' object")
            }
            throw typeError("descriptor '\(name)' requires a 'int' object but received a '\(got)'")
        }
        if args.count != arity + 1 { throw methodArityError("int", name, arity, args.count - 1) }
        return first
    }

    /// Methods CPython defines as ordinary methods (not operator slots); their errors read differently.
    static func isPlainMethod(_ name: String) -> Bool {
        switch name {
        case "__trunc__", "__floor__", "__ceil__", "__round__", "__getnewargs__", "conjugate", "bit_length",
             "bit_count", "as_integer_ratio", "to_bytes", "is_integer", "hex", "__complex__":
            return true
        default:
            return false
        }
    }

    /// The wrong-argument-count error of a native method or slot wrapper.
    func methodArityError(_ type: String, _ name: String, _ arity: Int, _ given: Int) -> PyError {
        if Self.isPlainMethod(name) && arity == 0 {
            return typeError("\(type).\(name)() takes no arguments (\(given) given)")
        }
        return typeError("expected \(arity) argument\(arity == 1 ? "" : "s"), got \(given)")
    }

    func intDescriptorError(_ name: String, _ v: Value?) -> PyError {
        typeError("descriptor '\(name)' requires a 'int' object but received a '\(v.map { typeName($0) } ?? "nothing")'")
    }

    // MARK: Arithmetic

    private func installIntArithmetic(_ int: PyType) {
        let table: [(String, BinaryOpArg)] = [
            ("add", .add), ("sub", .subtract), ("mul", .multiply), ("truediv", .trueDivide),
            ("floordiv", .floorDivide), ("mod", .modulo), ("lshift", .leftShift), ("rshift", .rightShift),
            ("and", .and), ("or", .or), ("xor", .xor),
        ]
        for (stem, op) in table {
            for reflected in [false, true] {
                let name = reflected ? "__r\(stem)__" : "__\(stem)__"
                int.define(name) { (vm, args, _) throws(PyError) -> Value in
                    let a = try vm.intSelf(args, name, arity: 1)
                    let b = args[1]
                    guard vm.isIntLike(b) else { return vm.notImplemented }
                    return try vm.numericBinary(reflected ? b : a, reflected ? a : b, op) ?? vm.notImplemented
                }
            }
        }
        for reflected in [false, true] {
            let name = reflected ? "__rdivmod__" : "__divmod__"
            int.define(name) { (vm, args, _) throws(PyError) -> Value in
                let a = try vm.intSelf(args, name, arity: 1)
                let b = args[1]
                guard vm.isIntLike(b) else { return vm.notImplemented }
                return try vm.intDivmod(reflected ? b : a, reflected ? a : b)
            }
            let powName = reflected ? "__rpow__" : "__pow__"
            int.define(powName) { (vm, args, _) throws(PyError) -> Value in
                guard let a = args.first, vm.isIntLike(a) else { throw vm.intDescriptorError(powName, args.first) }
                guard args.count == 2 || args.count == 3 else {
                    throw vm.typeError("expected 1 or 2 arguments, got \(args.count - 1)")
                }
                let b = args[1]
                guard vm.isIntLike(b) else { return vm.notImplemented }
                let (base, exponent) = reflected ? (b, a) : (a, b)
                if args.count == 3, !args[2].isNone {
                    guard vm.isIntLike(args[2]) else { return vm.notImplemented }
                    return try vm.modularPower(base, exponent, args[2])
                }
                return try vm.numericBinary(base, exponent, .power) ?? vm.notImplemented
            }
        }
        let unary: [(String, (Interpreter, Value) throws(PyError) -> Value)] = [
            ("__neg__", { (vm, v) throws(PyError) -> Value in try vm.negate(vm.exactInt(v) ?? v) }),
            ("__pos__", { (vm, v) throws(PyError) -> Value in vm.exactInt(v) ?? v }),
            ("__invert__", { (vm, v) throws(PyError) -> Value in try vm.invert(vm.exactInt(v) ?? v) }),
            ("__abs__", { (vm, v) throws(PyError) -> Value in
                if case .int(let i) = v, i != .min { return .int(Swift.abs(i)) }
                return .integer(BigInt(vm.bigInt(v)?.magnitude ?? 0))
            }),
        ]
        for (name, body) in unary {
            int.define(name) { (vm, args, _) throws(PyError) -> Value in
                try body(vm, try vm.intSelf(args, name, arity: 0))
            }
        }
    }

    /// `divmod` of two ints.
    func intDivmod(_ a: Value, _ b: Value) throws(PyError) -> Value {
        if case .int(let x) = exactInt(a), case .int(let y) = exactInt(b), y != 0, !(x == .min && y == -1) {
            return .object(PyTuple([.int(floorDivide(x, y)), .int(floorModulo(x, y))]))
        }
        let x = bigInt(a) ?? 0, y = bigInt(b) ?? 0
        if y == 0 { throw zeroDivisionError("integer division or modulo by zero") }
        return .object(PyTuple([.integer(floorDivide(x, y)), .integer(floorModulo(x, y))]))
    }

    /// `pow(base, exponent, modulus)` for ints, with modular inverses for negative exponents.
    func modularPower(_ a: Value, _ b: Value, _ c: Value) throws(PyError) -> Value {
        var base = bigInt(a) ?? 0
        var exponent = bigInt(b) ?? 0
        let modulus = bigInt(c) ?? 0
        if modulus == 0 { throw valueError("pow() 3rd argument cannot be 0") }
        let m = BigInt(modulus.magnitude)
        if exponent < 0 {
            let reduced = floorModulo(base, m)
            guard let inverse = reduced.inverse(m) else {
                throw valueError("base is not invertible for the given modulus")
            }
            base = inverse
            exponent = -exponent
        }
        if m == 1 { return .int(0) }
        let r = floorModulo(base, m).power(exponent, modulus: m)
        // The result takes the modulus's sign, as with `%`.
        return .integer(floorModulo(r, modulus))
    }

    // MARK: Conversions

    private func installIntConversions(_ int: PyType) {
        let identity: [String] = ["__int__", "__index__", "__trunc__", "__floor__", "__ceil__", "conjugate"]
        for name in identity {
            int.define(name) { (vm, args, _) throws(PyError) -> Value in
                let v = try vm.intSelf(args, name, arity: 0)
                return vm.exactInt(v) ?? v
            }
        }
        int.define("__bool__") { (vm, args, _) throws(PyError) -> Value in
            let v = try vm.intSelf(args, "__bool__", arity: 0)
            if case .int(let i) = v { return .bool(i != 0) }
            return .bool(vm.bigInt(v).map { !$0.isZero } ?? false)
        }
        int.define("__float__") { (vm, args, _) throws(PyError) -> Value in
            let v = try vm.intSelf(args, "__float__", arity: 0)
            return .float(try vm.toDouble(vm.bigInt(v) ?? 0))
        }
        int.define("__round__") { (vm, args, _) throws(PyError) -> Value in
            guard let v = args.first, vm.isIntLike(v) else { throw vm.intDescriptorError("__round__", args.first) }
            if args.count > 2 { throw vm.typeError("expected at most 1 argument, got \(args.count - 1)") }
            let exact = vm.exactInt(v) ?? v
            guard args.count == 2, !args[1].isNone else { return exact }
            let digits = try vm.indexInteger(args[1])
            if digits >= 0 { return exact }
            return .integer(vm.roundInteger(vm.bigInt(v) ?? 0, decimals: digits))
        }
        int.define("__hash__") { (vm, args, _) throws(PyError) -> Value in
            let v = try vm.intSelf(args, "__hash__", arity: 0)
            if case .int(let i) = v { return .int(Hashing.hashInt(i)) }
            return .int(Hashing.hashBigInt(vm.bigInt(v) ?? 0))
        }
        for name in ["__repr__"] {
            int.define(name) { (vm, args, _) throws(PyError) -> Value in
                let v = try vm.intSelf(args, name, arity: 0)
                if case .int(let i) = v { return Value(String(i)) }
                return Value(try vm.decimalString(vm.bigInt(v) ?? 0))
            }
        }
        int.define("__getnewargs__") { (vm, args, _) throws(PyError) -> Value in
            let v = try vm.intSelf(args, "__getnewargs__", arity: 0)
            return .object(PyTuple([vm.exactInt(v) ?? v]))
        }
        int.defineProperty("real") { (vm, v) throws(PyError) -> Value in vm.exactInt(v) ?? v }
        int.defineProperty("imag") { (_, _) throws(PyError) -> Value in .int(0) }
        int.defineProperty("numerator") { (vm, v) throws(PyError) -> Value in vm.exactInt(v) ?? v }
        int.defineProperty("denominator") { (_, _) throws(PyError) -> Value in .int(1) }
    }

    /// `round(x, -k)` for ints: round half to even at a multiple of 10**k.
    func roundInteger(_ x: BigInt, decimals: BigInt) -> BigInt {
        let k = -decimals
        // 10**k exceeds |x| by far: the result is 0.
        if k > BigInt(x.bitWidth / 3 + 2) { return 0 }
        let p = BigInt(10).power(Int(k))
        let q = floorDivide(x, p), r = floorModulo(x, p)
        let twice = 2 * r
        let up = twice > p || (twice == p && !q.isMultiple(of: 2))
        return (up ? q + 1 : q) * p
    }

    /// Decimal text of a big int, with CPython's digit limit.
    func decimalString(_ b: BigInt) throws(PyError) -> String {
        let limitError = valueError("Exceeds the limit (\(IntParsing.maxStrDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        // 4300 digits need at least 14281 bits; beyond ~14300 bits the limit is certainly exceeded.
        if b.magnitude.bitWidth > 14300 { throw limitError }
        let s = String(b)
        if s.utf8.count - (b.sign == .minus ? 1 : 0) > IntParsing.maxStrDigits { throw limitError }
        return s
    }

    // MARK: Comparisons

    private func installIntComparisons(_ int: PyType) {
        let table: [(String, CompareOpArg)] = [
            ("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less), ("__le__", .lessEqual),
            ("__gt__", .greater), ("__ge__", .greaterEqual),
        ]
        for (name, op) in table {
            int.define(name) { (vm, args, _) throws(PyError) -> Value in
                let a = try vm.intSelf(args, name, arity: 1)
                let b = args[1]
                if case .int(let x) = a, case .int(let y) = b { return .bool(vm.compareInts(x, y, op.rawValue)) }
                guard let y = vm.bigInt(b), let x = vm.bigInt(a) else { return vm.notImplemented }
                return .bool(op.holds(x < y ? -1 : (x == y ? 0 : 1)))
            }
        }
    }
}
