import Foundation

/// `math` functions over many values: fsum (exact, Shewchuk), prod, hypot, dist, isclose.
extension Interpreter {
    func installMathSums(_ m: PyModule) {
        defineFunction(in: m, "fsum") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("fsum", args, kw, min: 1, max: 1)
            return .float(try vm.exactSum(args[0]))
        }
        defineFunction(in: m, "prod") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("prod", args, kw, parameters: ["iterable", "start"], required: 1, positionalOnly: 1)
            if args.count > 1 { throw vm.typeError("prod() takes exactly 1 positional argument (\(args.count) given)") }
            var result = slots[1] ?? .int(1)
            let it = try vm.iterate(slots[0] ?? .none)
            while let x = try vm.next(it) { result = try vm.binaryOp(result, x, .multiply) }
            return result
        }
        defineFunction(in: m, "hypot") { (vm, args, kw) throws(PyError) -> Value in
            if let kw, !kw.isEmpty { throw vm.typeError("hypot() takes no keyword arguments") }
            var coordinates: [Double] = []
            coordinates.reserveCapacity(args.count)
            for a in args { coordinates.append(try vm.doubleArgument(a)) }
            return .float(Self.vectorNorm(coordinates))
        }
        defineFunction(in: m, "dist") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("dist", args, kw, min: 2, max: 2)
            for a in args {
                guard case .object(let o) = a, o.kind == .tuple || o.kind == .list else {
                    throw vm.typeError("dist(): argument must be tuple, not \(vm.typeName(a))")
                }
            }
            let p = try vm.collect(args[0]), q = try vm.collect(args[1])
            if p.count != q.count { throw vm.valueError("both points must have the same number of dimensions") }
            var differences: [Double] = []
            for (a, b) in zip(p, q) { differences.append(Swift.abs(try vm.doubleArgument(a) - vm.doubleArgument(b))) }
            return .float(Self.vectorNorm(differences))
        }
        defineFunction(in: m, "isclose") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("isclose", args, kw, parameters: ["a", "b", "rel_tol", "abs_tol"], required: 2)
            if args.count > 2 { throw vm.typeError("isclose() takes exactly 2 positional arguments (\(args.count) given)") }
            let a = try vm.doubleArgument(slots[0] ?? .none), b = try vm.doubleArgument(slots[1] ?? .none)
            let rel = try slots[2].map { (v) throws(PyError) -> Double in try vm.doubleArgument(v) } ?? 1e-9
            let absTol = try slots[3].map { (v) throws(PyError) -> Double in try vm.doubleArgument(v) } ?? 0
            if rel < 0 || absTol < 0 { throw vm.valueError("tolerances must be non-negative") }
            if a == b { return .bool(true) }
            if a.isInfinite || b.isInfinite { return .bool(false) }
            let diff = Swift.abs(b - a)
            return .bool(diff <= Swift.abs(rel * b) || diff <= Swift.abs(rel * a) || diff <= absTol)
        }
    }

    /// `math.fsum`: Shewchuk's exact partial sums, then one correctly rounded result (CPython's msum).
    func exactSum(_ iterable: Value) throws(PyError) -> Double {
        var partials: [Double] = []
        var specialSum = 0.0, infSum = 0.0
        let it = try iterate(iterable)
        while let item = try next(it) {
            var x = try doubleArgument(item)
            let original = x
            var i = 0
            for j in 0..<partials.count {
                var y = partials[j]
                if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                let hi = x + y
                let lo = y - (hi - x)
                if lo != 0 {
                    partials[i] = lo
                    i += 1
                }
                x = hi
            }
            partials.removeSubrange(i...)
            if x != 0 {
                if !x.isFinite {
                    // An infinity or NaN summand, or an intermediate overflow.
                    if original.isFinite { throw overflowError("intermediate overflow in fsum") }
                    if original.isInfinite { infSum += original }
                    specialSum += original
                    partials.removeAll()
                } else {
                    partials.append(x)
                }
            }
        }
        if specialSum != 0 {
            if infSum.isNaN { throw valueError("-inf + inf in fsum") }
            return specialSum
        }
        var n = partials.count
        guard n > 0 else { return 0 }
        n -= 1
        var hi = partials[n]
        var lo = 0.0
        while n > 0 {
            let x = hi
            n -= 1
            let y = partials[n]
            hi = x + y
            lo = y - (hi - x)
            if lo != 0 { break }
        }
        // Half-even rounding across the remaining partials.
        if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
            let y = lo * 2
            let x = hi + y
            if y == x - hi { hi = x }
        }
        return hi
    }

    /// CPython 3.11's `vector_norm`: scaled, with exact squares and a correction step, so results
    /// are (almost always) correctly rounded.
    static func vectorNorm(_ values: [Double]) -> Double {
        var maxValue = 0.0
        var foundNaN = false
        var vec = values.map { Swift.abs($0) }
        for x in vec {
            if x.isNaN { foundNaN = true }
            if x > maxValue { maxValue = x }
        }
        if maxValue.isInfinite { return maxValue }
        if foundNaN { return .nan }
        if maxValue == 0 || vec.count <= 1 { return maxValue }
        let maxExponent = frexp(maxValue).1
        if maxExponent < -1023 {
            // Subnormal inputs: scale up into the normal range first.
            for i in vec.indices { vec[i] /= Double.leastNormalMagnitude }
            return Double.leastNormalMagnitude * vectorNorm(vec)
        }
        let scale = scalbn(1.0, -maxExponent)
        var csum = 1.0, frac1 = 0.0, frac2 = 0.0
        for value in vec {
            let x = value * scale
            let hi = x * x
            let lo = x.multipliedAdding(x, -hi)
            let sum = csum + hi
            frac2 += (csum - sum) + hi
            csum = sum
            frac1 += lo
        }
        var h = (csum - 1 + (frac1 + frac2)).squareRoot()
        let prHi = -h * h
        let prLo = (-h).multipliedAdding(h, -prHi)
        let sum = csum + prHi
        frac2 += (csum - sum) + prHi
        csum = sum
        frac1 += prLo
        let x = csum - 1 + (frac1 + frac2)
        h += x / (2 * h)
        return h / scale
    }
}

private extension Double {
    /// self * y + z with a single rounding (fma).
    func multipliedAdding(_ y: Double, _ z: Double) -> Double { z.addingProduct(self, y) }
}
