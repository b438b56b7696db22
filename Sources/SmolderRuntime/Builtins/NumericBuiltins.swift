import BigInt
import SmolderCompiler

/// Numeric builtin functions: abs, divmod, pow, round, bin, oct, hex.
extension Interpreter {
    func installNumericBuiltins() {
        defineBuiltin("abs") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("abs", args, kw, min: 1, max: 1)
            return try vm.absolute(args[0])
        }
        defineBuiltin("divmod") { (vm, args, kw) throws(PyError) -> Value in
            if let kw, !kw.isEmpty { throw vm.typeError("divmod() takes no keyword arguments") }
            guard args.count == 2 else { throw vm.typeError("divmod expected 2 arguments, got \(args.count)") }
            return try vm.divmod(args[0], args[1])
        }
        defineBuiltin("pow") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("pow", args, kw, parameters: ["base", "exp", "mod"], required: 2)
            if args.count > 3 { throw vm.typeError("pow expected at most 3 arguments, got \(args.count)") }
            let base = slots[0] ?? .none, exponent = slots[1] ?? .none
            guard let mod = slots[2], !mod.isNone else { return try vm.binaryOp(base, exponent, .power) }
            return try vm.ternaryPower(base, exponent, mod)
        }
        defineBuiltin("round") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("round", args, kw, parameters: ["number", "ndigits"], required: 1)
            let number = slots[0] ?? .none
            let digits = slots[1] ?? .none
            if case .float(let d) = number {
                if digits.isNone { return try vm.roundFloatToInt(d) }
                if case .int(let n) = digits { return .float(try vm.roundFloat(d, digits: BigInt(n))) }
            }
            if case .int = number, digits.isNone { return number }
            guard let method = vm.typeOf(number).lookupSpecial(vm.names.dRound) else {
                throw vm.typeError("type \(vm.typeName(number)) doesn't define __round__ method")
            }
            return try vm.callDescriptorMethod(method, on: number, digits.isNone ? [] : [digits])
        }
        for (name, radix, prefix) in [("bin", 2, "0b"), ("oct", 8, "0o"), ("hex", 16, "0x")] {
            defineBuiltin(name) { (vm, args, kw) throws(PyError) -> Value in
                try vm.checkArgumentCount(name, args, kw, min: 1, max: 1)
                if case .int(let i) = args[0] {
                    return Value((i < 0 ? "-" : "") + prefix + String(i.magnitude, radix: radix))
                }
                let b = try vm.indexInteger(args[0])
                return Value((b.sign == .minus ? "-" : "") + prefix + String(b.magnitude, radix: radix))
            }
        }
    }

    /// `abs(x)`: fast paths for exact numbers, then `__abs__`.
    func absolute(_ v: Value) throws(PyError) -> Value {
        switch v {
        case .int(let i):
            if i == .min { return .integer(BigInt(i).magnitude.asSigned) }
            return .int(Swift.abs(i))
        case .float(let d): return .float(Swift.abs(d))
        case .bool(let b): return .int(b ? 1 : 0)
        default:
            if case .object(let o) = v, o.cls == nil, o.kind == .bigInt {
                return .integer(BigInt(unsafeDowncast(o, to: PyBigInt.self).value.magnitude))
            }
            if let r = try callSpecial(v, names.dAbs, []) { return r }
            throw typeError("bad operand type for abs(): '\(typeName(v))'")
        }
    }

    /// `divmod(a, b)` with the binary-operator protocol on `__divmod__`/`__rdivmod__`.
    func divmod(_ a: Value, _ b: Value) throws(PyError) -> Value {
        if case .int = a, case .int = b { return try intDivmod(a, b) }
        if case .float(let x) = a, let y = try floatOperandIfExact(b) { return try floatDivmod(x, y) }
        if case .float(let y) = b, let x = try floatOperandIfExact(a) { return try floatDivmod(x, y) }
        let forward = intern("__divmod__"), reflected = intern("__rdivmod__")
        let ta = typeOf(a), tb = typeOf(b)
        var triedReflected = false
        if tb !== ta && tb.isSubtype(of: ta), let r = tb.lookupSpecial(reflected) {
            triedReflected = true
            let v = try callDescriptorMethod(r, on: b, [a])
            if !isNotImplemented(v) { return v }
        }
        if let m = ta.lookupSpecial(forward) {
            let v = try callDescriptorMethod(m, on: a, [b])
            if !isNotImplemented(v) { return v }
        }
        if !triedReflected && tb !== ta, let r = tb.lookupSpecial(reflected) {
            let v = try callDescriptorMethod(r, on: b, [a])
            if !isNotImplemented(v) { return v }
        }
        throw typeError("unsupported operand type(s) for divmod(): '\(ta.name)' and '\(tb.name)'")
    }

    private func floatOperandIfExact(_ v: Value) throws(PyError) -> Double? {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.cls == nil && o.kind == .bigInt:
            return try toDouble(unsafeDowncast(o, to: PyBigInt.self).value)
        default: return nil
        }
    }

    /// Three-argument `pow`: only `__pow__` of the first operand takes part, as in CPython.
    func ternaryPower(_ a: Value, _ b: Value, _ c: Value) throws(PyError) -> Value {
        if isIntLike(a) && isIntLike(b) && isIntLike(c) { return try modularPower(a, b, c) }
        if let m = typeOf(a).lookupSpecial(names.dPow) {
            let v = try callDescriptorMethod(m, on: a, [b, c])
            if !isNotImplemented(v) { return v }
        }
        if floatValue(a) != nil || floatValue(b) != nil || floatValue(c) != nil {
            throw typeError("pow() 3rd argument not allowed unless all arguments are integers")
        }
        throw typeError("unsupported operand type(s) for ** or pow(): '\(typeName(a))', '\(typeName(b))', '\(typeName(c))'")
    }
}

private extension BigUInt {
    var asSigned: BigInt { BigInt(self) }
}
