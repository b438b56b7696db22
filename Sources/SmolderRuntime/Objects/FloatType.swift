import BigInt
import Foundation
import SmolderCompiler

/// `float`: constructor, operator dunders (with int operands), conversions, rounding and methods.
extension Interpreter {
    func installFloatType() {
        let float = types.float
        float.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            guard case .object(let co)? = args.first, let cls = co as? PyType else {
                throw vm.typeError("float.__new__(X): X is not a type object")
            }
            if let kw, !kw.isEmpty { throw vm.typeError("float() takes no keyword arguments") }
            if args.count > 2 { throw vm.typeError("float expected at most 1 argument, got \(args.count - 1)") }
            let d = args.count == 2 ? try vm.floatFromObject(args[1]) : 0.0
            if cls === vm.types.float {
                // Floats are unboxed, so equal bits mean "same object". A NaN made from a string or
                // another type gets its own object, as in CPython, so `[float("nan")] == [float("nan")]`
                // is False (containers compare identity first, and NaN never equals itself).
                if args.count == 2, case .object(let o) = args[1], o.kind == .floatSubclass, o.cls === vm.types.float {
                    return args[1]  // float(x) of an exact float is x itself
                }
                if d.isNaN, args.count == 2, case .float = args[1] {} else if d.isNaN {
                    return .object(PyBoxedFloat(d, cls: vm.types.float))
                }
                return .float(d)
            }
            guard cls.isSubtype(of: vm.types.float) else {
                throw vm.typeError("float.__new__(\(cls.name)): \(cls.name) is not a subtype of float")
            }
            return .object(PyBoxedFloat(d, cls: cls))
        }
        installFloatArithmetic(float)
        installFloatConversions(float)
        installFloatMethods(float)
    }

    /// `float(x)`: CPython's `PyNumber_Float` order.
    func floatFromObject(_ x: Value) throws(PyError) -> Double {
        switch x {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        default: break
        }
        let type = typeOf(x)
        if let m = type.lookupSpecial(names.dFloat) {
            let r = try callDescriptorMethod(m, on: x, [])
            guard let d = floatValue(r) else {
                throw typeError("\(type.name).__float__ returned non-float (type \(typeName(r)))")
            }
            return d
        }
        if type.lookupSpecial(names.dIndex) != nil { return try toDouble(try indexInteger(x)) }
        if let d = floatValue(x) { return d }
        if case .object(let o) = x {
            var text: String?
            if o.kind == .str { text = unsafeDowncast(o, to: PyStr.self).value }
            if o.kind == .bytes || o.kind == .bytearray {
                text = String(decoding: unsafeDowncast(o, to: PyBytes.self).bytes, as: UTF8.self)
            }
            if let text {
                if let d = FloatParsing.parse(text) { return d }
                throw valueError("could not convert string to float: \(try repr(x))")
            }
        }
        throw typeError("float() argument must be a string or a real number, not '\(type.name)'")
    }

    /// `self` of a float method, with CPython's descriptor error and argument count check.
    @inline(__always)
    func floatSelf(_ args: [Value], _ name: String, arity: Int) throws(PyError) -> Double {
        guard let first = args.first, let d = floatValue(first) else {
            let got = args.first.map { typeName($0) } ?? "nothing"
            if Self.isPlainMethod(name) {
                throw typeError("descriptor '\(name)' for 'float' objects doesn't apply to a '\(got)' object")
            }
            throw typeError("descriptor '\(name)' requires a 'float' object but received a '\(got)'")
        }
        if args.count != arity + 1 { throw methodArityError("float", name, arity, args.count - 1) }
        return d
    }

    /// An int or float operand of a float operator as a double; nil means NotImplemented.
    @inline(__always)
    func floatOperand(_ v: Value) throws(PyError) -> Double? {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        default:
            if let d = floatValue(v) { return d }
            if let b = bigInt(v) { return try toDouble(b) }
            return nil
        }
    }

    // MARK: Arithmetic

    private func installFloatArithmetic(_ float: PyType) {
        let table: [(String, BinaryOpArg)] = [
            ("add", .add), ("sub", .subtract), ("mul", .multiply), ("truediv", .trueDivide),
            ("floordiv", .floorDivide), ("mod", .modulo),
        ]
        for (stem, op) in table {
            for reflected in [false, true] {
                let name = reflected ? "__r\(stem)__" : "__\(stem)__"
                float.define(name) { (vm, args, _) throws(PyError) -> Value in
                    let a = try vm.floatSelf(args, name, arity: 1)
                    guard let b = try vm.floatOperand(args[1]) else { return vm.notImplemented }
                    return try vm.floatBinary(reflected ? b : a, reflected ? a : b, op)
                }
            }
        }
        for reflected in [false, true] {
            let name = reflected ? "__rdivmod__" : "__divmod__"
            float.define(name) { (vm, args, _) throws(PyError) -> Value in
                let a = try vm.floatSelf(args, name, arity: 1)
                guard let b = try vm.floatOperand(args[1]) else { return vm.notImplemented }
                return try vm.floatDivmod(reflected ? b : a, reflected ? a : b)
            }
            let powName = reflected ? "__rpow__" : "__pow__"
            float.define(powName) { (vm, args, _) throws(PyError) -> Value in
                guard let first = args.first, let a = vm.floatValue(first) else {
                    throw vm.typeError("descriptor '\(powName)' requires a 'float' object but received a '\(args.first.map { vm.typeName($0) } ?? "nothing")'")
                }
                guard args.count == 2 || args.count == 3 else {
                    throw vm.typeError("expected 1 or 2 arguments, got \(args.count - 1)")
                }
                guard let b = try vm.floatOperand(args[1]) else { return vm.notImplemented }
                if args.count == 3, !args[2].isNone {
                    throw vm.typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                return try vm.floatPower(reflected ? b : a, reflected ? a : b)
            }
        }
        float.define("__neg__") { (vm, args, _) throws(PyError) -> Value in .float(-(try vm.floatSelf(args, "__neg__", arity: 0))) }
        float.define("__pos__") { (vm, args, _) throws(PyError) -> Value in .float(try vm.floatSelf(args, "__pos__", arity: 0)) }
        float.define("__abs__") { (vm, args, _) throws(PyError) -> Value in .float(Swift.abs(try vm.floatSelf(args, "__abs__", arity: 0))) }
        let table2: [(String, CompareOpArg)] = [
            ("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less), ("__le__", .lessEqual),
            ("__gt__", .greater), ("__ge__", .greaterEqual),
        ]
        for (name, op) in table2 {
            float.define(name) { (vm, args, _) throws(PyError) -> Value in
                let a = try vm.floatSelf(args, name, arity: 1)
                let other: Numeric
                switch vm.numeric(args[1]) {
                case .int(let i)?: other = .int(i)
                case .big(let b)?: other = .big(b)
                case .float(let d)?: other = .float(d)
                default: return vm.notImplemented
                }
                return try vm.compareNumbers(.float(a), other, op).map { Value.bool($0) } ?? vm.notImplemented
            }
        }
    }

    /// `divmod` of two floats, computed together as CPython's float_divmod.
    func floatDivmod(_ x: Double, _ y: Double) throws(PyError) -> Value {
        if y == 0 { throw zeroDivisionError("float divmod()") }
        return .object(PyTuple([.float(floatFloorDivide(x, y)), .float(floatModulo(x, y))]))
    }

    // MARK: Conversions

    private func installFloatConversions(_ float: PyType) {
        float.define("__bool__") { (vm, args, _) throws(PyError) -> Value in .bool(try vm.floatSelf(args, "__bool__", arity: 0) != 0) }
        float.define("__float__") { (vm, args, _) throws(PyError) -> Value in .float(try vm.floatSelf(args, "__float__", arity: 0)) }
        for name in ["__int__", "__trunc__"] {
            float.define(name) { (vm, args, _) throws(PyError) -> Value in
                try vm.integer(fromDouble: try vm.floatSelf(args, name, arity: 0))
            }
        }
        float.define("__floor__") { (vm, args, _) throws(PyError) -> Value in
            try vm.integer(fromDouble: (try vm.floatSelf(args, "__floor__", arity: 0)).rounded(.down))
        }
        float.define("__ceil__") { (vm, args, _) throws(PyError) -> Value in
            try vm.integer(fromDouble: (try vm.floatSelf(args, "__ceil__", arity: 0)).rounded(.up))
        }
        float.define("__round__") { (vm, args, _) throws(PyError) -> Value in
            guard let first = args.first, let x = vm.floatValue(first) else {
                throw vm.typeError("descriptor '__round__' requires a 'float' object but received a '\(args.first.map { vm.typeName($0) } ?? "nothing")'")
            }
            if args.count > 2 { throw vm.typeError("__round__ expected at most 1 argument, got \(args.count - 1)") }
            guard args.count == 2, !args[1].isNone else { return try vm.roundFloatToInt(x) }
            return .float(try vm.roundFloat(x, digits: try vm.indexInteger(args[1])))
        }
        float.define("__hash__") { (vm, args, _) throws(PyError) -> Value in
            let d = try vm.floatSelf(args, "__hash__", arity: 0)
            if d.isNaN, case .object(let o) = args[0] { return .int(vm.identityHash(o)) }
            return .int(Hashing.hashDouble(d))
        }
        for name in ["__repr__"] {
            float.define(name) { (vm, args, _) throws(PyError) -> Value in
                Value(FloatFormatting.repr(try vm.floatSelf(args, name, arity: 0)))
            }
        }
        float.define("__getnewargs__") { (vm, args, _) throws(PyError) -> Value in
            .object(PyTuple([.float(try vm.floatSelf(args, "__getnewargs__", arity: 0))]))
        }
        float.defineProperty("real") { (vm, v) throws(PyError) -> Value in .float(vm.floatValue(v) ?? 0) }
        float.defineProperty("imag") { (_, _) throws(PyError) -> Value in .float(0) }
    }

    // MARK: Methods

    private func installFloatMethods(_ float: PyType) {
        float.define("conjugate") { (vm, args, _) throws(PyError) -> Value in .float(try vm.floatSelf(args, "conjugate", arity: 0)) }
        float.define("is_integer") { (vm, args, _) throws(PyError) -> Value in
            let d = try vm.floatSelf(args, "is_integer", arity: 0)
            return .bool(d.isFinite && d == d.rounded(.towardZero))
        }
        float.define("as_integer_ratio") { (vm, args, _) throws(PyError) -> Value in
            try vm.floatIntegerRatio(try vm.floatSelf(args, "as_integer_ratio", arity: 0))
        }
        float.define("hex") { (vm, args, _) throws(PyError) -> Value in
            Value(FloatParsing.hex(try vm.floatSelf(args, "hex", arity: 0)))
        }
        float.defineClassMethod("fromhex") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2 else {
                throw vm.typeError("fromhex() takes exactly one argument (\(args.count - 1) given)")
            }
            guard let text = vm.strObject(args[1])?.value else {
                throw vm.typeError("bad argument type for built-in operation")
            }
            let d: Double
            switch FloatParsing.fromHex(text) {
            case .success(let v): d = v
            case .failure(.invalid): throw vm.valueError("invalid hexadecimal floating-point string")
            case .failure(.overflow): throw vm.overflowError("hexadecimal value too large to represent as a float")
            }
            if case .object(let co) = args[0], co !== vm.types.float { return try vm.call(args[0], [.float(d)]) }
            return .float(d)
        }
        float.defineClassMethod("__getformat__") { (vm, args, _) throws(PyError) -> Value in
            let kind = try vm.string(args.count > 1 ? args[1] : .none, "__getformat__() argument")
            guard kind == "double" || kind == "float" else {
                throw vm.valueError("__getformat__() argument 1 must be 'double' or 'float'")
            }
            return Value("IEEE, little-endian")
        }
    }
}
