import SmolderCompiler
import BigInt

/// Python `slice`.
extension Interpreter {
    func installSliceType() {
        let slice = types.slice
        slice.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            _ = try vm.subclassToCreate(args, vm.types.slice)
            if let kw, !kw.isEmpty { throw vm.typeError("slice() takes no keyword arguments") }
            switch args.count {
            case 2: return .object(PySlice(start: .none, stop: args[1], step: .none))
            case 3: return .object(PySlice(start: args[1], stop: args[2], step: .none))
            case 4: return .object(PySlice(start: args[1], stop: args[2], step: args[3]))
            case 0, 1: throw vm.typeError("slice expected at least 1 argument, got 0")
            default: throw vm.typeError("slice expected at most 3 arguments, got \(args.count - 1)")
            }
        }
        func receiver(_ vm: Interpreter, _ args: [Value], _ method: String) throws(PyError) -> PySlice {
            unsafeDowncast(try vm.receiver(args, .slice, "slice", method), to: PySlice.self)
        }
        slice.defineProperty("start") { (vm, v) throws(PyError) -> Value in try receiver(vm, [v], "start").start }
        slice.defineProperty("stop") { (vm, v) throws(PyError) -> Value in try receiver(vm, [v], "stop").stop }
        slice.defineProperty("step") { (vm, v) throws(PyError) -> Value in try receiver(vm, [v], "step").step }
        slice.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            let s = try receiver(vm, args, "__repr__")
            return Value("slice(\(try vm.repr(s.start)), \(try vm.repr(s.stop)), \(try vm.repr(s.step)))")
        }
        slice.define("indices") { (vm, args, kw) throws(PyError) -> Value in
            let s = try receiver(vm, args, "indices")
            try vm.expectOneArgument("slice.indices", args, kw)
            let length = try vm.indexBigInt(args[1])
            if length < 0 { throw vm.valueError("length should not be negative") }
            let (start, stop, step) = try vm.bigSliceIndices(s, length: length)
            return .object(PyTuple([.integer(start), .integer(stop), .integer(step)]))
        }
        for (name, op) in [("__eq__", CompareOpArg.equal), ("__ne__", .notEqual), ("__lt__", .less),
                           ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual)] {
            slice.define(name) { (vm, args, _) throws(PyError) -> Value in
                let s = try receiver(vm, args, name)
                guard args.count == 2, case .object(let o) = args[1], o.kind == .slice else { return vm.notImplemented }
                let t = unsafeDowncast(o, to: PySlice.self)
                if s === t {
                    return .bool(op == .equal || op == .lessEqual || op == .greaterEqual)
                }
                return .bool(try vm.compareSequences([s.start, s.stop, s.step], [t.start, t.stop, t.step], op))
            }
        }
        slice.setAttribute("__hash__", .none)
    }

    /// An int (or `__index__`) as a BigInt.
    func indexBigInt(_ v: Value) throws(PyError) -> BigInt {
        if let b = bigInt(v), !(v.isFloatLike) { return b }
        if case .object = v, let r = try callSpecial(v, names.dIndex, []) {
            guard let b = bigInt(r), !r.isFloatLike else {
                throw typeError("__index__ returned non-int (type \(typeName(r)))")
            }
            return b
        }
        throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
    }

    /// `slice.indices` in arbitrary precision (used by range slicing too).
    func bigSliceIndices(_ s: PySlice, length: BigInt) throws(PyError) -> (BigInt, BigInt, BigInt) {
        func sliceInt(_ v: Value) throws(PyError) -> BigInt {
            if let b = bigInt(v), !v.isFloatLike { return b }
            if typeOf(v).lookupSpecial(names.dIndex) != nil { return try indexBigInt(v) }
            throw typeError("slice indices must be integers or None or have an __index__ method")
        }
        var step: BigInt = 1
        if !s.step.isNone {
            step = try sliceInt(s.step)
            if step == 0 { throw valueError("slice step cannot be zero") }
        }
        let lower: BigInt = step < 0 ? -1 : 0
        let upper: BigInt = step < 0 ? length - 1 : length
        func clamp(_ v: Value, _ defaultValue: BigInt) throws(PyError) -> BigInt {
            if v.isNone { return defaultValue }
            var i = try sliceInt(v)
            if i < 0 {
                i += length
                if i < lower { i = lower }
            } else if i > upper {
                i = upper
            }
            return i
        }
        let start = try clamp(s.start, step < 0 ? upper : lower)
        let stop = try clamp(s.stop, step < 0 ? lower : upper)
        return (start, stop, step)
    }
}

extension Value {
    /// True for floats (and float subclass instances), which `bigInt` would otherwise not reject.
    var isFloatLike: Bool {
        switch self {
        case .float: return true
        case .object(let o): return o.kind == .floatSubclass || o.kind == .complex
        default: return false
        }
    }
}
