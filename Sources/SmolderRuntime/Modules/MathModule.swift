import BigInt
import Foundation

/// The `math` module: constants and the float functions, with CPython's error rules (a NaN from a
/// non-NaN argument is a domain error; an infinity from a finite one is a range or domain error).
extension Interpreter {
    func makeMathModule() -> PyModule {
        let m = PyModule(name: "math")
        for (name, value) in [("pi", Double.pi), ("e", M_E), ("tau", 2 * Double.pi), ("inf", .infinity), ("nan", .nan)] {
            m.namespace.setString(intern(name), .float(value))
        }
        installMathFloatFunctions(m)
        installMathRounding(m)
        installMathLogarithms(m)
        installMathIntegerFunctions(m)
        installMathSums(m)
        return m
    }

    /// CPython's `math_1`: one float argument, errors decided from the result.
    private func mathUnary(_ m: PyModule, _ name: String, canOverflow: Bool, _ f: @escaping (Double) -> Double) {
        let unary = { (vm: Interpreter, argument: Value) throws(PyError) -> Value in
            let x = try vm.doubleArgument(argument)
            return .float(try vm.mathResult(f(x), x, canOverflow: canOverflow))
        }
        let function = PyBuiltinFunction(name: name) { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("math.\(name)", args, kw, min: 1, max: 1)
            return try unary(vm, args[0])
        }
        function.unaryCall = unary
        m.namespace.setString(intern(name), .object(function))
    }

    func mathResult(_ r: Double, _ x: Double, canOverflow: Bool) throws(PyError) -> Double {
        if r.isNaN && !x.isNaN { throw valueError("math domain error") }
        if r.isInfinite && x.isFinite {
            if canOverflow { throw overflowError("math range error") }
            throw valueError("math domain error")
        }
        return r
    }

    /// Two float arguments (for the fixed-arity binary functions).
    func mathBinaryArguments(_ name: String, _ args: [Value], _ kw: Keywords?) throws(PyError) -> (Double, Double) {
        if let kw, !kw.isEmpty { throw typeError("\(name)() takes no keyword arguments") }
        guard args.count == 2 else { throw typeError("\(name) expected 2 arguments, got \(args.count)") }
        return (try doubleArgument(args[0]), try doubleArgument(args[1]))
    }

    private func installMathFloatFunctions(_ m: PyModule) {
        let domainOnly: [(String, (Double) -> Double)] = [
            ("sqrt", { Foundation.sqrt($0) }), ("acos", { Foundation.acos($0) }), ("asin", { Foundation.asin($0) }),
            ("atan", { Foundation.atan($0) }), ("acosh", { Foundation.acosh($0) }), ("asinh", { Foundation.asinh($0) }),
            ("atanh", { Foundation.atanh($0) }), ("sin", { Foundation.sin($0) }), ("cos", { Foundation.cos($0) }),
            ("tan", { Foundation.tan($0) }), ("tanh", { Foundation.tanh($0) }), ("fabs", { Swift.abs($0) }),
            ("log1p", { Foundation.log1p($0) }), ("cbrt", { Foundation.cbrt($0) }),
        ]
        for (name, f) in domainOnly { mathUnary(m, name, canOverflow: false, f) }
        let overflowing: [(String, (Double) -> Double)] = [
            ("exp", { Foundation.exp($0) }), ("exp2", { Foundation.exp2($0) }), ("expm1", { Foundation.expm1($0) }),
            ("sinh", { Foundation.sinh($0) }), ("cosh", { Foundation.cosh($0) }),
        ]
        for (name, f) in overflowing { mathUnary(m, name, canOverflow: true, f) }
        // erf and erfc never fail.
        for (name, f) in [("erf", { (x: Double) in Foundation.erf(x) }), ("erfc", { (x: Double) in Foundation.erfc(x) })] {
            defineFunction(in: m, name) { (vm, args, kw) throws(PyError) -> Value in
                try vm.checkArgumentCount(name, args, kw, min: 1, max: 1)
                return .float(f(try vm.doubleArgument(args[0])))
            }
        }
        defineFunction(in: m, "gamma") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("gamma", args, kw, min: 1, max: 1)
            return .float(try vm.gamma(try vm.doubleArgument(args[0])))
        }
        defineFunction(in: m, "lgamma") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("lgamma", args, kw, min: 1, max: 1)
            let x = try vm.doubleArgument(args[0])
            if x.isNaN { return .float(x) }
            if x.isInfinite { return .float(.infinity) }
            if x <= 0 && x == x.rounded(.down) { throw vm.valueError("math domain error") }
            let r = MathGamma.logGamma(x)
            if r.isInfinite { throw vm.overflowError("math range error") }
            return .float(r)
        }
        defineFunction(in: m, "degrees") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("degrees", args, kw, min: 1, max: 1)
            return .float(try vm.doubleArgument(args[0]) * (180.0 / Double.pi))
        }
        defineFunction(in: m, "radians") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("radians", args, kw, min: 1, max: 1)
            return .float(try vm.doubleArgument(args[0]) * (Double.pi / 180.0))
        }
        for (name, test) in [("isfinite", { (x: Double) in x.isFinite }), ("isinf", { (x: Double) in x.isInfinite }),
                             ("isnan", { (x: Double) in x.isNaN })] {
            defineFunction(in: m, name) { (vm, args, kw) throws(PyError) -> Value in
                try vm.checkArgumentCount(name, args, kw, min: 1, max: 1)
                return .bool(test(try vm.doubleArgument(args[0])))
            }
        }
        defineFunction(in: m, "atan2") { (vm, args, kw) throws(PyError) -> Value in
            let (y, x) = try vm.mathBinaryArguments("atan2", args, kw)
            return .float(Foundation.atan2(y, x))
        }
        defineFunction(in: m, "copysign") { (vm, args, kw) throws(PyError) -> Value in
            let (x, y) = try vm.mathBinaryArguments("copysign", args, kw)
            return .float(Foundation.copysign(x, y))
        }
        defineFunction(in: m, "fmod") { (vm, args, kw) throws(PyError) -> Value in
            let (x, y) = try vm.mathBinaryArguments("fmod", args, kw)
            if y.isInfinite && x.isFinite { return .float(x) }
            let r = Foundation.fmod(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw vm.valueError("math domain error") }
            return .float(r)
        }
        defineFunction(in: m, "remainder") { (vm, args, kw) throws(PyError) -> Value in
            let (x, y) = try vm.mathBinaryArguments("remainder", args, kw)
            if x.isNaN { return .float(x) }
            if y.isNaN { return .float(y) }
            if x.isInfinite || y == 0 { throw vm.valueError("math domain error") }
            if y.isInfinite { return .float(x) }
            return .float(Foundation.remainder(x, y))
        }
        defineFunction(in: m, "pow") { (vm, args, kw) throws(PyError) -> Value in
            let (x, y) = try vm.mathBinaryArguments("pow", args, kw)
            return .float(try vm.mathPower(x, y))
        }
        defineFunction(in: m, "nextafter") { (vm, args, kw) throws(PyError) -> Value in
            let (x, y) = try vm.mathBinaryArguments("nextafter", args, kw)
            if x.isNaN || y.isNaN { return .float(.nan) }
            if x == y { return .float(y) }
            return .float(y > x ? x.nextUp : x.nextDown)
        }
        defineFunction(in: m, "ulp") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("ulp", args, kw, min: 1, max: 1)
            let x = Swift.abs(try vm.doubleArgument(args[0]))
            if !x.isFinite { return .float(x) }
            let up = x.nextUp
            return .float(up.isInfinite ? x - x.nextDown : up - x)
        }
        defineFunction(in: m, "frexp") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("frexp", args, kw, min: 1, max: 1)
            let x = try vm.doubleArgument(args[0])
            if !x.isFinite || x == 0 { return .object(PyTuple([.float(x), .int(0)])) }
            let (f, e) = ExactFloat.frexp(x)
            return .object(PyTuple([.float(f), .int(e)]))
        }
        defineFunction(in: m, "ldexp") { (vm, args, kw) throws(PyError) -> Value in
            if let kw, !kw.isEmpty { throw vm.typeError("ldexp() takes no keyword arguments") }
            guard args.count == 2 else { throw vm.typeError("ldexp expected 2 arguments, got \(args.count)") }
            let x = try vm.doubleArgument(args[0])
            guard let big = vm.bigInt(args[1]) else { throw vm.typeError("Expected an int as second argument to ldexp.") }
            if x == 0 || !x.isFinite { return .float(x) }
            let e = Int(clamping: Swift.max(Swift.min(big, 100_000), -100_000))
            let r = scalbn(x, e)
            if r.isInfinite { throw vm.overflowError("math range error") }
            return .float(r)
        }
        defineFunction(in: m, "modf") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("modf", args, kw, min: 1, max: 1)
            let x = try vm.doubleArgument(args[0])
            if x.isInfinite { return .object(PyTuple([.float(Foundation.copysign(0, x)), .float(x)])) }
            let whole = x.rounded(.towardZero)
            return .object(PyTuple([.float(Foundation.copysign(x - whole, x)), .float(whole)]))
        }
    }

    /// `math.pow`: C99 special cases handled explicitly, then libm, as CPython.
    func mathPower(_ x: Double, _ y: Double) throws(PyError) -> Double {
        if !x.isFinite || !y.isFinite {
            if x.isNaN { return y == 0 ? 1 : x }
            if y.isNaN { return x == 1 ? 1 : y }
            if x.isInfinite {
                let oddY = y.isFinite && Foundation.fmod(Swift.abs(y), 2) == 1
                if y > 0 { return oddY ? x : Swift.abs(x) }
                if y == 0 { return 1 }
                return oddY ? Foundation.copysign(0, x) : 0
            }
            if Swift.abs(x) == 1 { return 1 }
            if y > 0 && Swift.abs(x) > 1 { return y }
            if y < 0 && Swift.abs(x) < 1 { return -y }
            return 0
        }
        let r = Foundation.pow(x, y)
        if !r.isFinite {
            if r.isNaN || x == 0 { throw valueError("math domain error") }
            throw overflowError("math range error")
        }
        return r
    }

    /// `math.gamma` with CPython's errors; exact values for small positive integers.
    func gamma(_ x: Double) throws(PyError) -> Double {
        if x.isNaN { return x }
        if x.isInfinite {
            if x > 0 { return x }
            throw valueError("math domain error")
        }
        if x == x.rounded(.down) {
            if x <= 0 { throw valueError("math domain error") }
            if x <= 23 {
                // Exact (n-1)! for small n, as CPython's table.
                var r = 1.0
                var k = 2.0
                while k < x { r *= k; k += 1 }
                return r
            }
        }
        let r = MathGamma.gamma(x)
        if r.isInfinite { throw overflowError("math range error") }
        return r
    }

    // MARK: floor, ceil, trunc

    private func installMathRounding(_ m: PyModule) {
        let table: [(String, PyStr, FloatingPointRoundingRule)] = [
            ("floor", names.dFloor, .down), ("ceil", names.dCeil, .up),
        ]
        for (name, special, rule) in table {
            defineFunction(in: m, name) { (vm, args, kw) throws(PyError) -> Value in
                try vm.checkArgumentCount(name, args, kw, min: 1, max: 1)
                let x = args[0]
                switch x {
                case .float(let d): return try vm.integer(fromDouble: d.rounded(rule))
                case .int: return x
                case .bool(let b): return .int(b ? 1 : 0)
                default: break
                }
                if let method = vm.typeOf(x).lookupSpecial(special) { return try vm.callDescriptorMethod(method, on: x, []) }
                return try vm.integer(fromDouble: (try vm.doubleArgument(x)).rounded(rule))
            }
        }
        defineFunction(in: m, "trunc") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("trunc", args, kw, min: 1, max: 1)
            let x = args[0]
            if case .float(let d) = x { return try vm.integer(fromDouble: d) }
            guard let method = vm.typeOf(x).lookupSpecial(vm.names.dTrunc) else {
                throw vm.typeError("type \(vm.typeName(x)) doesn't define __trunc__ method")
            }
            return try vm.callDescriptorMethod(method, on: x, [])
        }
    }

    // MARK: Logarithms

    private func installMathLogarithms(_ m: PyModule) {
        defineFunction(in: m, "log") { (vm, args, kw) throws(PyError) -> Value in
            if let kw, !kw.isEmpty { throw vm.typeError("log() takes no keyword arguments") }
            guard args.count == 1 || args.count == 2 else {
                throw vm.typeError("log expected 1 or 2 arguments, got \(args.count)")
            }
            let num = try vm.logarithm(args[0], Foundation.log)
            guard args.count == 2 else { return .float(num) }
            let den = try vm.logarithm(args[1], Foundation.log)
            if den == 0 { throw vm.zeroDivisionError("float division by zero") }
            return .float(num / den)
        }
        for (name, f) in [("log2", { (x: Double) in Foundation.log2(x) }), ("log10", { (x: Double) in Foundation.log10(x) })] {
            defineFunction(in: m, name) { (vm, args, kw) throws(PyError) -> Value in
                try vm.checkArgumentCount(name, args, kw, min: 1, max: 1)
                return .float(try vm.logarithm(args[0], f))
            }
        }
    }

    /// CPython's `loghelper`: ints too large for a double are split as m * 2**e.
    private func logarithm(_ v: Value, _ f: (Double) -> Double) throws(PyError) -> Double {
        if let b = bigInt(v) {
            if b.signum() <= 0 { throw valueError("math domain error") }
            let d = ExactFloat.double(b)
            if d.isInfinite {
                let e = b.magnitude.bitWidth
                let mantissa = ExactFloat.scaled(b.magnitude, -e)
                return f(mantissa) + f(2.0) * Double(e)
            }
            return try logOfDouble(d, f)
        }
        return try logOfDouble(try doubleArgument(v), f)
    }

    private func logOfDouble(_ x: Double, _ f: (Double) -> Double) throws(PyError) -> Double {
        if x.isNaN { return x }
        if x <= 0 { throw valueError("math domain error") }
        return f(x)
    }
}
