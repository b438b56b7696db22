import BigInt
import Foundation
import SmolderCompiler

/// `complex`: constructor (numbers, `__complex__`, strings), arithmetic, equality, hash and repr.
extension Interpreter {
    func installComplexType() {
        let complex = types.complex
        complex.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            guard case .object(let co)? = args.first, let cls = co as? PyType else {
                throw vm.typeError("complex.__new__(X): X is not a type object")
            }
            let slots = try vm.bindNative("complex", Array(args.dropFirst()), kw, parameters: ["real", "imag"])
            if let r = slots[0], slots[1] == nil, cls === vm.types.complex,
               case .object(let o) = r, o.kind == .complex, o.cls == nil {
                return r
            }
            let (re, im) = try vm.complexParts(slots[0], slots[1])
            if cls === vm.types.complex { return .object(PyComplex(real: re, imag: im)) }
            guard cls.isSubtype(of: vm.types.complex) else {
                throw vm.typeError("complex.__new__(\(cls.name)): \(cls.name) is not a subtype of complex")
            }
            return .object(PyComplex(real: re, imag: im, cls: cls))
        }
        installComplexArithmetic(complex)
        installComplexMethods(complex)
    }

    /// `complex(real, imag)` arguments to the two parts, as CPython's complex_new.
    private func complexParts(_ real: Value?, _ imag: Value?) throws(PyError) -> (Double, Double) {
        guard let real else {
            guard let imag else { return (0, 0) }
            if strObject(imag) != nil { throw typeError("complex() second arg can't be a string") }
            let (ir, ii, imagIsComplex) = try complexComponent(imag, first: false)
            return (imagIsComplex ? -ii : 0, ir)
        }
        if let s = strObject(real) {
            if imag != nil { throw typeError("complex() can't take second arg if first is a string") }
            guard let parsed = ComplexParsing.parse(s.value) else {
                throw valueError("complex() arg is a malformed string")
            }
            return parsed
        }
        if let imag, strObject(imag) != nil { throw typeError("complex() second arg can't be a string") }
        let (rr, ri, realIsComplex) = try complexComponent(real, first: true)
        guard let imag else { return (rr, ri) }
        let (ir, ii, imagIsComplex) = try complexComponent(imag, first: false)
        // Combine only the parts that exist, so signed zeros survive as in CPython.
        return (imagIsComplex ? rr - ii : rr, realIsComplex ? ir + ri : ir)
    }

    /// One constructor argument as (real, imag): complex, `__complex__`, or a real number.
    private func complexComponent(_ v: Value, first: Bool) throws(PyError) -> (Double, Double, Bool) {
        if case .object(let o) = v, o.kind == .complex {
            if first, o.cls != nil, let r = try callSpecial(v, names.dComplex, []) {
                let (a, b) = try complexResult(r, v)
                return (a, b, true)
            }
            let c = unsafeDowncast(o, to: PyComplex.self)
            return (c.real, c.imag, true)
        }
        if first, let r = try callSpecial(v, names.dComplex, []) {
            let (a, b) = try complexResult(r, v)
            return (a, b, true)
        }
        let type = typeOf(v)
        if isIntLike(v) || floatValue(v) != nil || type.lookupSpecial(names.dFloat) != nil
            || type.lookupSpecial(names.dIndex) != nil {
            return (try doubleArgument(v), 0, false)
        }
        if first {
            throw typeError("complex() first argument must be a string or a number, not '\(type.name)'")
        }
        throw typeError("complex() second argument must be a number, not '\(type.name)'")
    }

    private func complexResult(_ r: Value, _ source: Value) throws(PyError) -> (Double, Double) {
        guard case .object(let o) = r, o.kind == .complex else {
            throw typeError("__complex__ returned non-complex (type \(typeName(r)))")
        }
        let c = unsafeDowncast(o, to: PyComplex.self)
        return (c.real, c.imag)
    }

    /// The parts of a complex value (nil for anything else).
    @inline(__always)
    func complexValue(_ v: Value) -> PyComplex? {
        if case .object(let o) = v, o.kind == .complex { return unsafeDowncast(o, to: PyComplex.self) }
        return nil
    }

    private func complexSelf(_ args: [Value], _ name: String, arity: Int) throws(PyError) -> PyComplex {
        guard let first = args.first, let c = complexValue(first) else {
            let got = args.first.map { typeName($0) } ?? "nothing"
            if Self.isPlainMethod(name) {
                throw typeError("descriptor '\(name)' for 'complex' objects doesn't apply to a '\(got)' object")
            }
            throw typeError("descriptor '\(name)' requires a 'complex' object but received a '\(got)'")
        }
        if args.count != arity + 1 { throw methodArityError("complex", name, arity, args.count - 1) }
        return c
    }

    /// A complex, float or int operand of a complex operator; nil means NotImplemented.
    private func complexOperand(_ v: Value) throws(PyError) -> Numeric? {
        switch numeric(v) {
        case .complex(let r, let i)?: return .complex(r, i)
        case .some(let n): return .complex(try toDouble(n), 0)
        case nil: return nil
        }
    }

    private func installComplexArithmetic(_ complex: PyType) {
        let table: [(String, BinaryOpArg)] = [
            ("add", .add), ("sub", .subtract), ("mul", .multiply), ("truediv", .trueDivide), ("pow", .power),
        ]
        for (stem, op) in table {
            for reflected in [false, true] {
                let name = reflected ? "__r\(stem)__" : "__\(stem)__"
                complex.define(name) { (vm, args, _) throws(PyError) -> Value in
                    let arity = op == .power && args.count == 3 ? 2 : 1
                    let c = try vm.complexSelf(args, name, arity: arity)
                    guard let other = try vm.complexOperand(args[1]) else { return vm.notImplemented }
                    if arity == 2, !args[2].isNone { throw vm.valueError("complex modulo") }
                    let mine = Numeric.complex(c.real, c.imag)
                    let result = try vm.complexBinary(reflected ? other : mine, reflected ? mine : other, op)
                    if op == .power, let r = result.flatMap({ vm.complexValue($0) }),
                       !(r.real.isFinite && r.imag.isFinite), c.real.isFinite, c.imag.isFinite {
                        throw vm.overflowError("complex exponentiation")
                    }
                    return result ?? vm.notImplemented
                }
            }
        }
        complex.define("__neg__") { (vm, args, _) throws(PyError) -> Value in
            let c = try vm.complexSelf(args, "__neg__", arity: 0)
            return .object(PyComplex(real: -c.real, imag: -c.imag))
        }
        complex.define("__pos__") { (vm, args, _) throws(PyError) -> Value in
            let c = try vm.complexSelf(args, "__pos__", arity: 0)
            return .object(PyComplex(real: c.real, imag: c.imag))
        }
        complex.define("__abs__") { (vm, args, _) throws(PyError) -> Value in
            .float(try vm.complexAbs(try vm.complexSelf(args, "__abs__", arity: 0)))
        }
        complex.define("__bool__") { (vm, args, _) throws(PyError) -> Value in
            let c = try vm.complexSelf(args, "__bool__", arity: 0)
            return .bool(c.real != 0 || c.imag != 0)
        }
        for (name, negate) in [("__eq__", false), ("__ne__", true)] {
            complex.define(name) { (vm, args, _) throws(PyError) -> Value in
                let c = try vm.complexSelf(args, name, arity: 1)
                let equal: Bool
                switch vm.numeric(args[1]) {
                case .complex(let r, let i)?: equal = c.real == r && c.imag == i
                case .float(let d)?: equal = c.imag == 0 && c.real == d
                case .int(let n)?:
                    let same = try vm.compareNumbers(.float(c.real), .int(n), .equal) ?? false
                    equal = c.imag == 0 && same
                case .big(let b)?:
                    let same = try vm.compareNumbers(.float(c.real), .big(b), .equal) ?? false
                    equal = c.imag == 0 && same
                case nil: return vm.notImplemented
                }
                return .bool(equal != negate)
            }
        }
    }

    func complexAbs(_ c: PyComplex) throws(PyError) -> Double {
        if c.real.isInfinite || c.imag.isInfinite { return .infinity }
        if c.real.isNaN || c.imag.isNaN { return .nan }
        let r = hypot(c.real, c.imag)
        if r.isInfinite { throw overflowError("absolute value too large") }
        return r
    }

    private func installComplexMethods(_ complex: PyType) {
        complex.define("conjugate") { (vm, args, _) throws(PyError) -> Value in
            let c = try vm.complexSelf(args, "conjugate", arity: 0)
            return .object(PyComplex(real: c.real, imag: -c.imag))
        }
        complex.define("__complex__") { (vm, args, _) throws(PyError) -> Value in
            let c = try vm.complexSelf(args, "__complex__", arity: 0)
            return c.cls == nil ? args[0] : .object(PyComplex(real: c.real, imag: c.imag))
        }
        complex.define("__hash__") { (vm, args, _) throws(PyError) -> Value in
            let c = try vm.complexSelf(args, "__hash__", arity: 0)
            let h = UInt(bitPattern: Hashing.hashDouble(c.real)) &+ 1000003 &* UInt(bitPattern: Hashing.hashDouble(c.imag))
            let r = Int(bitPattern: h)
            return .int(r == -1 ? -2 : r)
        }
        for name in ["__repr__"] {
            complex.define(name) { (vm, args, _) throws(PyError) -> Value in
                Value(ComplexParsing.repr(try vm.complexSelf(args, name, arity: 0)))
            }
        }
        complex.define("__getnewargs__") { (vm, args, _) throws(PyError) -> Value in
            let c = try vm.complexSelf(args, "__getnewargs__", arity: 0)
            return .object(PyTuple([.float(c.real), .float(c.imag)]))
        }
        complex.defineProperty("real") { (vm, v) throws(PyError) -> Value in .float(vm.complexValue(v)?.real ?? 0) }
        complex.defineProperty("imag") { (vm, v) throws(PyError) -> Value in .float(vm.complexValue(v)?.imag ?? 0) }
    }
}

/// complex repr and string parsing.
enum ComplexParsing {
    /// A part of a complex repr: float repr without the `.0` of integral values.
    static func part(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        let r = FloatFormatting.repr(d)
        return r.hasSuffix(".0") ? String(r.dropLast(2)) : r
    }

    static func repr(_ c: PyComplex) -> String {
        if c.real == 0 && c.real.sign == .plus { return part(c.imag) + "j" }
        let im = part(c.imag)
        let sign = im.hasPrefix("-") ? "" : "+"
        return "(" + part(c.real) + sign + im + "j)"
    }

    /// `complex(text)`: `[ws][(][ws]number[ws][)][ws]` where number is real, imag`j`, or real±imag`j`.
    static func parse(_ text: String) -> (Double, Double)? {
        var s = Array(text.unicodeScalars)
        func trim(_ a: inout [Unicode.Scalar]) {
            while let f = a.first, IntParsing.isSpace(f) { a.removeFirst() }
            while let l = a.last, IntParsing.isSpace(l) { a.removeLast() }
        }
        trim(&s)
        if s.first == "(" {
            guard s.last == ")", s.count >= 2 else { return nil }
            s = Array(s[1..<(s.count - 1)])
            trim(&s)
        }
        if s.isEmpty { return nil }
        var i = 0
        // A leading real or imaginary number.
        let first = scanFloat(s, &i)
        if first == nil {
            // Forms "j", "+j", "-j".
            var sign = 1.0
            if i < s.count, s[i] == "+" || s[i] == "-" { sign = s[i] == "-" ? -1 : 1; i += 1 }
            guard i == s.count - 1, s[i] == "j" || s[i] == "J" else { return nil }
            return (0, sign)
        }
        guard let x = first else { return nil }
        if i == s.count { return (x, 0) }
        if s[i] == "j" || s[i] == "J" {
            return i == s.count - 1 ? (0, x) : nil
        }
        guard s[i] == "+" || s[i] == "-" else { return nil }
        let sign: Double = s[i] == "-" ? -1 : 1
        let signIndex = i
        if let y = scanFloat(s, &i) {
            guard i == s.count - 1, s[i] == "j" || s[i] == "J" else { return nil }
            return (x, y)
        }
        i = signIndex + 1
        guard i == s.count - 1, s[i] == "j" || s[i] == "J" else { return nil }
        return (x, sign)
    }

    /// Scans a signed float literal (with inf/nan) at `i`; advances `i` past it on success.
    private static func scanFloat(_ s: [Unicode.Scalar], _ i: inout Int) -> Double? {
        var j = i
        if j < s.count, s[j] == "+" || s[j] == "-" { j += 1 }
        // inf, infinity, nan
        for word in ["infinity", "inf", "nan"] {
            let w = Array(word.unicodeScalars)
            if j + w.count <= s.count,
               zip(s[j..<(j + w.count)], w).allSatisfy({ Character($0).lowercased() == String(Character($1)) }) {
                let text = String(String.UnicodeScalarView(s[i..<(j + w.count)]))
                guard let d = FloatParsing.parse(text) else { return nil }
                i = j + w.count
                return d
            }
        }
        func isDigit(_ k: Int) -> Bool { k < s.count && s[k].properties.numericType == .decimal }
        var sawDigit = false
        while isDigit(j) || (j < s.count && s[j] == "_" && isDigit(j + 1) && sawDigit) { sawDigit = true; j += 1 }
        if j < s.count, s[j] == "." {
            j += 1
            var frac = false
            while isDigit(j) || (j < s.count && s[j] == "_" && isDigit(j + 1) && frac) { frac = true; j += 1 }
            sawDigit = sawDigit || frac
        }
        guard sawDigit else { return nil }
        if j < s.count, s[j] == "e" || s[j] == "E" {
            var k = j + 1
            if k < s.count, s[k] == "+" || s[k] == "-" { k += 1 }
            if isDigit(k) {
                while isDigit(k) || (k < s.count && s[k] == "_" && isDigit(k + 1)) { k += 1 }
                j = k
            }
        }
        let text = String(String.UnicodeScalarView(s[i..<j]))
        guard let d = FloatParsing.parse(text) else { return nil }
        i = j
        return d
    }
}
