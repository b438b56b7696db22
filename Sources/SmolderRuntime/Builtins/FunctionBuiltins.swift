/// Builtin functions that are not tied to the object model. (Minimal first slice.)
extension Interpreter {
    func installFunctionBuiltins() {
        installNumericBuiltins()
        defineBuiltin("range") { (vm, args, _) throws(PyError) -> Value in
            var start = 0, stop = 0, step = 1
            switch args.count {
            case 1: stop = try vm.index(args[0])
            case 2: start = try vm.index(args[0]); stop = try vm.index(args[1])
            case 3: start = try vm.index(args[0]); stop = try vm.index(args[1]); step = try vm.index(args[2])
            default: throw vm.typeError("range expected at most 3 arguments, got \(args.count)")
            }
            if step == 0 { throw vm.valueError("range() arg 3 must not be zero") }
            return .object(PyRange(start: BigInt(start), stop: BigInt(stop), step: BigInt(step)))
        }
    }
}

import BigInt
