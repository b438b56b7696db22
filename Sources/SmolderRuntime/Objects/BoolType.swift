/// `bool`: a final subclass of int whose only instances are True and False.
extension Interpreter {
    func installBoolType() {
        let bool = types.bool
        bool.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            if let kw, !kw.isEmpty { throw vm.typeError("bool() takes no keyword arguments") }
            if args.count > 2 { throw vm.typeError("bool expected at most 1 argument, got \(args.count - 1)") }
            guard args.count == 2 else { return .bool(false) }
            return .bool(try vm.isTrue(args[1]))
        }
        for name in ["__repr__"] {
            bool.define(name) { (vm, args, _) throws(PyError) -> Value in
                guard case .bool(let b)? = args.first else {
                    throw vm.typeError("descriptor '\(name)' requires a 'bool' object but received a '\(args.first.map { vm.typeName($0) } ?? "nothing")'")
                }
                return Value(b ? "True" : "False")
            }
        }
        let table: [(String, BinaryOpArg)] = [("and", .and), ("or", .or), ("xor", .xor)]
        for (stem, op) in table {
            for reflected in [false, true] {
                let name = reflected ? "__r\(stem)__" : "__\(stem)__"
                bool.define(name) { (vm, args, _) throws(PyError) -> Value in
                    guard args.count == 2, case .bool = args[0] else {
                        if args.count != 2 { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
                        throw vm.typeError("descriptor '\(name)' requires a 'bool' object but received a '\(vm.typeName(args[0]))'")
                    }
                    let a = args[0], b = args[1]
                    if case .bool(let x) = a, case .bool(let y) = b {
                        switch op {
                        case .and: return .bool(x && y)
                        case .or: return .bool(x || y)
                        default: return .bool(x != y)
                        }
                    }
                    guard vm.isIntLike(b) else { return vm.notImplemented }
                    return try vm.numericBinary(reflected ? b : a, reflected ? a : b, op) ?? vm.notImplemented
                }
            }
        }
    }
}

import SmolderCompiler
