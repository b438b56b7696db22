import BigInt

/// `math` functions on exact integers: factorial, gcd, lcm, comb, perm, isqrt.
extension Interpreter {
    func installMathIntegerFunctions(_ m: PyModule) {
        defineFunction(in: m, "factorial") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("factorial", args, kw, min: 1, max: 1)
            let n = try vm.indexInteger(args[0])
            if n < 0 { throw vm.valueError("factorial() not defined for negative values") }
            guard let k = Int(exactly: n) else {
                throw vm.overflowError("factorial() argument should not exceed \(Int.max)")
            }
            return .integer(Self.rangeProduct(1, k))
        }
        defineFunction(in: m, "isqrt") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("isqrt", args, kw, min: 1, max: 1)
            let n = try vm.indexInteger(args[0])
            if n < 0 { throw vm.valueError("isqrt() argument must be nonnegative") }
            return .integer(BigInt(Self.integerSquareRoot(n.magnitude)))
        }
        defineFunction(in: m, "gcd") { (vm, args, kw) throws(PyError) -> Value in
            if let kw, !kw.isEmpty { throw vm.typeError("gcd() takes no keyword arguments") }
            var g = BigInt(0)
            for a in args { g = g.greatestCommonDivisor(with: try vm.indexInteger(a)) }
            return .integer(BigInt(g.magnitude))
        }
        defineFunction(in: m, "lcm") { (vm, args, kw) throws(PyError) -> Value in
            if let kw, !kw.isEmpty { throw vm.typeError("lcm() takes no keyword arguments") }
            var l = BigInt(1)
            var sawZero = false
            for a in args {
                let x = try vm.indexInteger(a)
                if x == 0 { sawZero = true }
                if sawZero { continue }
                l = BigInt((l / l.greatestCommonDivisor(with: x) * x).magnitude)
            }
            return .integer(sawZero ? 0 : l)
        }
        defineFunction(in: m, "comb") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("comb", args, kw, min: 2, max: 2)
            let (n, k) = try vm.combinatoricArguments(args[0], args[1])
            if k > n { return .int(0) }
            let r = Swift.min(k, n - k)
            guard let small = Int(exactly: r) else { throw vm.overflowError("min(n - k, k) must not exceed \(Int.max)") }
            // C(n, r) = n * (n-1) * ... * (n-r+1) / r!
            return .integer(Self.fallingProduct(n, small) / Self.rangeProduct(1, small))
        }
        defineFunction(in: m, "perm") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("perm", args, kw, min: 1, max: 2)
            if args.count == 1 || args[1].isNone {
                let n = try vm.indexInteger(args[0])
                if n < 0 { throw vm.valueError("factorial() not defined for negative values") }
                guard let k = Int(exactly: n) else {
                    throw vm.overflowError("factorial() argument should not exceed \(Int.max)")
                }
                return .integer(Self.rangeProduct(1, k))
            }
            let (n, k) = try vm.combinatoricArguments(args[0], args[1])
            if k > n { return .int(0) }
            guard let small = Int(exactly: k) else { throw vm.overflowError("k must not exceed \(Int.max)") }
            return .integer(Self.fallingProduct(n, small))
        }
    }

    private func combinatoricArguments(_ a: Value, _ b: Value) throws(PyError) -> (BigInt, BigInt) {
        let n = try indexInteger(a), k = try indexInteger(b)
        if n < 0 { throw valueError("n must be a non-negative integer") }
        if k < 0 { throw valueError("k must be a non-negative integer") }
        return (n, k)
    }

    /// lo * (lo+1) * ... * hi by binary splitting (balanced products multiply much faster).
    static func rangeProduct(_ lo: Int, _ hi: Int) -> BigInt {
        if lo > hi { return 1 }
        if hi - lo < 16 {
            var r = BigInt(1)
            var word = 1
            for i in lo...hi {
                let (p, o) = word.multipliedReportingOverflow(by: i)
                if o {
                    r *= BigInt(word)
                    word = i
                } else {
                    word = p
                }
            }
            return r * BigInt(word)
        }
        let mid = lo + (hi - lo) / 2
        return rangeProduct(lo, mid) * rangeProduct(mid + 1, hi)
    }

    /// n * (n-1) * ... * (n-k+1).
    static func fallingProduct(_ n: BigInt, _ k: Int) -> BigInt {
        if k == 0 { return 1 }
        if let small = Int(exactly: n) { return rangeProduct(small - k + 1, small) }
        func product(_ lo: Int, _ hi: Int) -> BigInt {  // terms n-lo ... n-hi
            if hi - lo < 8 {
                var r = BigInt(1)
                for i in lo...hi { r *= n - BigInt(i) }
                return r
            }
            let mid = lo + (hi - lo) / 2
            return product(lo, mid) * product(mid + 1, hi)
        }
        return product(0, k - 1)
    }

    /// floor(sqrt(n)) by Newton's method from an over-estimate.
    static func integerSquareRoot(_ n: BigUInt) -> BigUInt {
        if n < 2 { return n }
        var x = BigUInt(1) << ((n.bitWidth + 1) / 2)
        while true {
            let y = (x + n / x) >> 1
            if y >= x { return x }
            x = y
        }
    }
}
