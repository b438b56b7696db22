import SmolderCompiler

/// Binary, unary and comparison operators: builtin fast paths, then CPython's special-method
/// protocol (in-place method, reflected method first for subclasses, NotImplemented fallbacks).
extension Interpreter {
    func methodNames(_ op: BinaryOpArg) -> (PyStr, PyStr, PyStr) {
        switch op.base {
        case .add: return (names.dAdd, names.dRadd, names.dIadd)
        case .subtract: return (names.dSub, names.dRsub, names.dIsub)
        case .multiply: return (names.dMul, names.dRmul, names.dImul)
        case .matrixMultiply: return (names.dMatmul, names.dRmatmul, names.dImatmul)
        case .trueDivide: return (names.dTruediv, names.dRtruediv, names.dItruediv)
        case .floorDivide: return (names.dFloordiv, names.dRfloordiv, names.dIfloordiv)
        case .modulo: return (names.dMod, names.dRmod, names.dImod)
        case .power: return (names.dPow, names.dRpow, names.dIpow)
        case .leftShift: return (names.dLshift, names.dRlshift, names.dIlshift)
        case .rightShift: return (names.dRshift, names.dRrshift, names.dIrshift)
        case .and: return (names.dAnd, names.dRand, names.dIand)
        case .or: return (names.dOr, names.dRor, names.dIor)
        case .xor: return (names.dXor, names.dRxor, names.dIxor)
        default: return (names.dAdd, names.dRadd, names.dIadd)
        }
    }

    public func binaryOp(_ a: Value, _ b: Value, _ op: BinaryOpArg) throws(PyError) -> Value {
        // Exact builtins first: numbers, then the common sequence operations.
        if let r = try builtinBinary(a, b, op) { return r }
        let (forward, reflected, inplace) = methodNames(op)
        let ta = typeOf(a), tb = typeOf(b)
        if op.isInplace, let method = ta.lookupSpecial(inplace) {
            let r = try callDescriptorMethod(method, on: a, with: b)
            if !isNotImplemented(r) { return r }
        }
        var triedReflected = false
        if tb !== ta && tb.isSubtype(of: ta), let rmethod = tb.lookupSpecial(reflected),
           ta.lookupSpecial(reflected).map({ !$0.isIdentical(to: rmethod) }) ?? true {
            triedReflected = true
            let r = try callDescriptorMethod(rmethod, on: b, with: a)
            if !isNotImplemented(r) { return r }
        }
        if let method = ta.lookupSpecial(forward) {
            let r = try callDescriptorMethod(method, on: a, with: b)
            if !isNotImplemented(r) { return r }
        }
        if !triedReflected && tb !== ta, let rmethod = tb.lookupSpecial(reflected) {
            let r = try callDescriptorMethod(rmethod, on: b, with: a)
            if !isNotImplemented(r) { return r }
        }
        throw binaryTypeError(a, b, op)
    }

    private func binaryTypeError(_ a: Value, _ b: Value, _ op: BinaryOpArg) -> PyError {
        let ta = typeOf(a), tb = typeOf(b)
        if op.base == .add, ta.isSubtype(of: types.str) || ta.isSubtype(of: types.list) || ta.isSubtype(of: types.tuple)
            || ta.isSubtype(of: types.bytes) {
            let name = ta.isSubtype(of: types.str) ? "str" : ta.isSubtype(of: types.list) ? "list"
                : ta.isSubtype(of: types.tuple) ? "tuple" : "bytes"
            if name == "bytes" { return typeError("can't concat \(tb.name) to bytes") }
            return typeError("can only concatenate \(name) (not \"\(tb.name)\") to \(name)")
        }
        if op.base == .multiply {
            let isSeq: (PyType) -> Bool = { t in
                t.isSubtype(of: self.types.str) || t.isSubtype(of: self.types.list) || t.isSubtype(of: self.types.tuple)
                    || t.isSubtype(of: self.types.bytes)
            }
            if isSeq(ta) { return typeError("can't multiply sequence by non-int of type '\(tb.name)'") }
            if isSeq(tb) { return typeError("can't multiply sequence by non-int of type '\(ta.name)'") }
        }
        return typeError("unsupported operand type(s) for \(op.symbol): '\(ta.name)' and '\(tb.name)'")
    }

    /// Operators on exact builtin operands; nil when the protocol must decide.
    func builtinBinary(_ a: Value, _ b: Value, _ op: BinaryOpArg) throws(PyError) -> Value? {
        if let r = try numericBinaryIfExact(a, b, op) { return r }
        // `3 * [0]`: int's __mul__ declines, so the sequence repeats (CPython's sq_repeat fallback).
        if op == .multiply, repeatCount(a) != nil, case .object(let y) = b, y.cls == nil,
           y.kind == .str || y.kind == .list || y.kind == .tuple {
            return try builtinBinary(b, a, op)
        }
        guard case .object(let x) = a, x.cls == nil else { return nil }
        let base = op.base
        switch x.kind {
        case .str:
            let s = unsafeDowncast(x, to: PyStr.self)
            if base == .add, case .object(let y) = b, y.kind == .str {
                return Value(s.value + unsafeDowncast(y, to: PyStr.self).value)
            }
            if base == .multiply, let n = repeatCount(b) { return Value(try repeatString(s, n)) }
            if base == .modulo, !(b.asObject.map { $0.cls?.isHeapType ?? false } ?? false) {
                return Value(try percentFormat(s.value, b))
            }
        case .list:
            let l = unsafeDowncast(x, to: PyList.self)
            if base == .add, case .object(let y) = b, y.kind == .list {
                if op.isInplace {
                    l.items.append(contentsOf: unsafeDowncast(y, to: PyList.self).items)
                    return a
                }
                return .object(PyList(concatenated(l.items, unsafeDowncast(y, to: PyList.self).items)))
            }
            if op == .inplaceAdd {
                l.items.append(contentsOf: try collect(b))
                return a
            }
            if base == .multiply, let n = repeatCount(b) {
                let repeated = try repeatItems(l.items, n)
                if op.isInplace {
                    l.items = repeated
                    return a
                }
                return .object(PyList(repeated))
            }
        case .tuple:
            let t = unsafeDowncast(x, to: PyTuple.self)
            if base == .add, case .object(let y) = b, y.kind == .tuple {
                return .object(PyTuple(concatenated(t.items, unsafeDowncast(y, to: PyTuple.self).items)))
            }
            if base == .multiply, let n = repeatCount(b) { return .object(PyTuple(try repeatItems(t.items, n))) }
        default:
            break
        }
        return nil
    }

    private func repeatCount(_ v: Value) -> Int? {
        switch v {
        case .int(let n): return n
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    func repeatItems(_ items: ContiguousArray<Value>, _ n: Int) throws(PyError) -> ContiguousArray<Value> {
        if n <= 0 || items.isEmpty { return [] }
        let (total, overflow) = items.count.multipliedReportingOverflow(by: n)
        if overflow { throw error(exceptions.MemoryError, "") }
        try ensureAllocatable(count: total, elementSize: MemoryLayout<Value>.stride)
        var out = ContiguousArray<Value>()
        out.reserveCapacity(total)
        for _ in 0..<n { out.append(contentsOf: items) }
        return out
    }

    @inline(__always)
    private func numericBinaryIfExact(_ a: Value, _ b: Value, _ op: BinaryOpArg) throws(PyError) -> Value? {
        func isExactNumber(_ v: Value) -> Bool {
            switch v {
            case .int, .bool, .float: return true
            case .object(let o): return o.cls == nil && (o.kind == .bigInt || o.kind == .complex)
            case .none: return false
            }
        }
        guard isExactNumber(a) && isExactNumber(b) else { return nil }
        if case .bool(let x) = a, case .bool(let y) = b, op.base == .and || op.base == .or || op.base == .xor {
            switch op.base {
            case .and: return .bool(x && y)
            case .or: return .bool(x || y)
            default: return .bool(x != y)
            }
        }
        return try numericBinary(a, b, op)
    }

    // MARK: Unary operators

    public func negate(_ v: Value) throws(PyError) -> Value {
        switch v {
        case .int(let i):
            if i == .min { return .integer(-BigInt(i)) }
            return .int(-i)
        case .bool(let b): return .int(b ? -1 : 0)
        case .float(let d): return .float(-d)
        default:
            if case .object(let o) = v, o.cls == nil {
                if o.kind == .bigInt { return .integer(-unsafeDowncast(o, to: PyBigInt.self).value) }
                if o.kind == .complex {
                    let c = unsafeDowncast(o, to: PyComplex.self)
                    return .object(PyComplex(real: -c.real, imag: -c.imag))
                }
            }
            if let r = try callSpecial(v, names.dNeg, []) { return r }
            throw typeError("bad operand type for unary -: '\(typeName(v))'")
        }
    }

    public func positive(_ v: Value) throws(PyError) -> Value {
        switch v {
        case .int, .float: return v
        case .bool(let b): return .int(b ? 1 : 0)
        default:
            if case .object(let o) = v, o.cls == nil, o.kind == .bigInt || o.kind == .complex { return v }
            if let r = try callSpecial(v, names.dPos, []) { return r }
            throw typeError("bad operand type for unary +: '\(typeName(v))'")
        }
    }

    public func invert(_ v: Value) throws(PyError) -> Value {
        switch v {
        case .int(let i): return .int(~i)
        case .bool(let b): return .int(b ? -2 : -1)
        default:
            if case .object(let o) = v, o.cls == nil, o.kind == .bigInt {
                return .integer(~unsafeDowncast(o, to: PyBigInt.self).value)
            }
            if let r = try callSpecial(v, names.dInvert, []) { return r }
            throw typeError("bad operand type for unary ~: '\(typeName(v))'")
        }
    }

    // MARK: Comparisons

    func compareNames(_ op: CompareOpArg) -> (PyStr, PyStr) {
        switch op {
        case .less: return (names.dLt, names.dGt)
        case .lessEqual: return (names.dLe, names.dGe)
        case .equal: return (names.dEq, names.dEq)
        case .notEqual: return (names.dNe, names.dNe)
        case .greater: return (names.dGt, names.dLt)
        case .greaterEqual: return (names.dGe, names.dLe)
        }
    }

    /// Rich comparison with CPython's reflected-operand order and `==`/`!=` identity fallbacks.
    public func compare(_ a: Value, _ b: Value, _ op: CompareOpArg) throws(PyError) -> Value {
        if let r = try builtinCompare(a, b, op) { return .bool(r) }
        let (forward, reflected) = compareNames(op)
        let ta = typeOf(a), tb = typeOf(b)
        if (op == .equal || op == .notEqual) && usesIdentityEquality(ta) && usesIdentityEquality(tb) {
            return .bool(a.isIdentical(to: b) == (op == .equal))
        }
        var triedReflected = false
        if tb !== ta && tb.isSubtype(of: ta), let rmethod = tb.lookupSpecial(reflected) {
            triedReflected = true
            let r = try callDescriptorMethod(rmethod, on: b, with: a)
            if !isNotImplemented(r) { return r }
        }
        if let method = ta.lookupSpecial(forward) {
            let r = try callDescriptorMethod(method, on: a, with: b)
            if !isNotImplemented(r) { return r }
        }
        if !triedReflected, let rmethod = tb.lookupSpecial(reflected) {
            let r = try callDescriptorMethod(rmethod, on: b, with: a)
            if !isNotImplemented(r) { return r }
        }
        switch op {
        case .equal: return .bool(a.isIdentical(to: b))
        case .notEqual: return .bool(!a.isIdentical(to: b))
        default:
            throw typeError("'\(op.symbol)' not supported between instances of '\(ta.name)' and '\(tb.name)'")
        }
    }

    /// True when the type keeps `object`'s `__eq__` and `__ne__`, which compare identity.
    @inline(__always)
    private func usesIdentityEquality(_ type: PyType) -> Bool {
        (type.lookupSpecial(names.dEq)?.isIdentical(to: objectEq) ?? false)
            && (type.lookupSpecial(names.dNe)?.isIdentical(to: objectNe) ?? false)
    }

    /// Comparisons between exact builtin values; nil when the protocol must decide.
    func builtinCompare(_ a: Value, _ b: Value, _ op: CompareOpArg) throws(PyError) -> Bool? {
        if let x = exactNumeric(a), let y = exactNumeric(b) {
            return try compareNumbers(x, y, op)
        }
        guard case .object(let x) = a, case .object(let y) = b, x.cls == nil, y.cls == nil, x.kind == y.kind else {
            if a.isNone && b.isNone {
                if op == .equal { return true }
                if op == .notEqual { return false }
            }
            return nil
        }
        switch x.kind {
        case .str:
            // Equality first checks identity, length and cached hashes (interned names, `kind == "x"`).
            let left = unsafeDowncast(x, to: PyStr.self), right = unsafeDowncast(y, to: PyStr.self)
            if op == .equal { return left.equals(right) }
            if op == .notEqual { return !left.equals(right) }
            return op.holds(left === right ? 0 : left.compare(right))
        case .list:
            return try compareSequences(unsafeDowncast(x, to: PyList.self).items, unsafeDowncast(y, to: PyList.self).items, op)
        case .tuple:
            return try compareSequences(unsafeDowncast(x, to: PyTuple.self).items, unsafeDowncast(y, to: PyTuple.self).items, op)
        default:
            return nil
        }
    }

    private func exactNumeric(_ v: Value) -> Numeric? {
        switch v {
        case .int(let i): return .int(i)
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(d)
        case .object(let o) where o.cls == nil && o.kind == .bigInt: return .big(unsafeDowncast(o, to: PyBigInt.self).value)
        default: return nil
        }
    }

    func compareNumbers(_ x: Numeric, _ y: Numeric, _ op: CompareOpArg) throws(PyError) -> Bool? {
        switch (x, y) {
        case (.int(let i), .int(let j)): return op.holds(i < j ? -1 : (i == j ? 0 : 1))
        case (.float(let d), .float(let e)):
            switch op {
            case .less: return d < e
            case .lessEqual: return d <= e
            case .equal: return d == e
            case .notEqual: return d != e
            case .greater: return d > e
            case .greaterEqual: return d >= e
            }
        case (.float(let d), .int(let i)) where Double.isExact(i):
            return compareDoubles(d, Double(i), op.rawValue)
        case (.int(let i), .float(let e)) where Double.isExact(i):
            return compareDoubles(Double(i), e, op.rawValue)
        case (.float(let d), _):
            guard let c = compareFloatToInt(d, bigIntOf(y)) else { return op == .notEqual }
            return op.holds(c)
        case (_, .float(let e)):
            guard let c = compareFloatToInt(e, bigIntOf(x)) else { return op == .notEqual }
            return op.holds(-c)
        case (.complex, _), (_, .complex):
            return nil
        default:
            let p = bigIntOf(x), q = bigIntOf(y)
            return op.holds(p < q ? -1 : (p == q ? 0 : 1))
        }
    }

    private func bigIntOf(_ n: Numeric) -> BigInt {
        switch n {
        case .int(let i): return BigInt(i)
        case .big(let b): return b
        default: return 0
        }
    }

    /// Exact float-vs-int ordering (nil for NaN).
    private func compareFloatToInt(_ d: Double, _ i: BigInt) -> Int? {
        if d.isNaN { return nil }
        if d.isInfinite { return d > 0 ? 1 : -1 }
        let floorValue = d.rounded(.down)
        let whole = BigInt(floorValue)
        if whole < i { return -1 }
        if whole > i { return 1 }
        return d > floorValue ? 1 : 0
    }

    func compareSequences(_ a: ContiguousArray<Value>, _ b: ContiguousArray<Value>, _ op: CompareOpArg) throws(PyError) -> Bool {
        if (op == .equal || op == .notEqual) && a.count != b.count { return op == .notEqual }
        var i = 0
        while i < a.count && i < b.count {
            if !(try equals(a[i], b[i])) { break }
            i += 1
        }
        if i >= a.count || i >= b.count {
            let c = a.count < b.count ? -1 : (a.count == b.count ? 0 : 1)
            return op.holds(c)
        }
        if op == .equal { return false }
        if op == .notEqual { return true }
        return try isTrue(compare(a[i], b[i], op))
    }

    /// `a < b` and friends as Bool, for sorting, min and max.
    public func lessThan(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x < y }
        return try isTrue(compare(a, b, .less))
    }
}

import BigInt

extension CompareOpArg {
    /// Whether the comparison holds given a three-way result (-1, 0, 1).
    @inline(__always)
    func holds(_ c: Int) -> Bool {
        switch self {
        case .less: return c < 0
        case .lessEqual: return c <= 0
        case .equal: return c == 0
        case .notEqual: return c != 0
        case .greater: return c > 0
        case .greaterEqual: return c >= 0
        }
    }

    var symbol: String {
        switch self {
        case .less: return "<"
        case .lessEqual: return "<="
        case .equal: return "=="
        case .notEqual: return "!="
        case .greater: return ">"
        case .greaterEqual: return ">="
        }
    }
}
