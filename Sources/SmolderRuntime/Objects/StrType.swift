/// str methods. (Minimal first slice; see the full implementation task.)
extension Interpreter {
    func installStrType() {
        types.str.defineStatic("__new__") { (vm, args, _) throws(PyError) -> Value in
            if args.count < 2 { return Value("") }
            return Value(try vm.str(args[1]))
        }
        types.str.define("__str__") { (vm, args, _) throws(PyError) -> Value in args[0] }
        types.str.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            Value(StringRepr.repr(try vm.string(args[0])))
        }
    }
}
