/// int, bool, float and complex. (Minimal first slice; see the full implementation task.)
extension Interpreter {
    func installNumberTypes() {
        types.int.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard let v = args.first, let b = vm.bigInt(v) else { throw vm.typeError("int.__repr__ needs an int") }
            if case .bool(let flag) = v { return Value(flag ? "True" : "False") }
            return Value(String(b))
        }
        types.float.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard let v = args.first, case .float(let d)? = vm.numeric(v).map({ n -> Numeric in n }) else {
                throw vm.typeError("float.__repr__ needs a float")
            }
            return Value(FloatFormatting.repr(d))
        }
    }
}
