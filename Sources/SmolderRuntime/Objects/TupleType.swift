import SmolderCompiler
/// Python `tuple`.
extension Interpreter {
    func installTupleType() {
        let tuple = types.tuple
        tuple.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            let cls = try vm.subclassToCreate(args, vm.types.tuple)
            if let kw, !kw.isEmpty { throw vm.typeError("tuple() takes no keyword arguments") }
            if args.count > 2 { throw vm.typeError("tuple expected at most 1 argument, got \(args.count - 1)") }
            if args.count == 1 { return .object(PyTuple([], cls: cls)) }
            if cls == nil, case .object(let o) = args[1], o.kind == .tuple, o.cls == nil { return args[1] }
            return .object(PyTuple(try vm.sequenceItems(args[1]), cls: cls))
        }
        tuple.define("__len__") { (vm, args, _) throws(PyError) -> Value in
            .int(try vm.tupleReceiver(args, "__len__").items.count)
        }
        tuple.define("__getitem__") { (vm, args, _) throws(PyError) -> Value in
            let t = try vm.tupleReceiver(args, "__getitem__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            switch try vm.sequenceKey(args[1], "tuple") {
            case .index(let i):
                let j = i < 0 ? i + t.items.count : i
                guard j >= 0 && j < t.items.count else { throw vm.indexError("tuple index out of range") }
                return t.items[j]
            case .slice(let s):
                let b = try vm.sliceBounds(s, length: t.items.count)
                if b.step == 1 && b.count == t.items.count && t.cls == nil { return args[0] }
                return .object(PyTuple(try vm.sliceItems(t.items, s)))
            }
        }
        tuple.define("__contains__") { (vm, args, _) throws(PyError) -> Value in
            let t = try vm.tupleReceiver(args, "__contains__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            for x in t.items where try vm.equals(x, args[1]) { return .true }
            return .false
        }
        tuple.define("__iter__") { (vm, args, _) throws(PyError) -> Value in
            .object(PyIterator(.tuple(try vm.tupleReceiver(args, "__iter__"))))
        }
        tuple.define("__hash__") { (vm, args, _) throws(PyError) -> Value in
            .int(try vm.hashTuple(try vm.tupleReceiver(args, "__hash__")))
        }
        tuple.define("__add__") { (vm, args, _) throws(PyError) -> Value in
            let t = try vm.tupleReceiver(args, "__add__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            guard case .object(let o) = args[1], o.kind == .tuple else { return vm.notImplemented }
            let other = unsafeDowncast(o, to: PyTuple.self)
            if other.items.isEmpty && t.cls == nil { return args[0] }
            if t.items.isEmpty && other.cls == nil { return args[1] }
            return .object(PyTuple(vm.concatenated(t.items, other.items)))
        }
        let multiply: NativeFunction = { (vm, args, _) throws(PyError) -> Value in
            let t = try vm.tupleReceiver(args, "__mul__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            guard let n = try vm.repeatOperand(args[1]) else { return vm.notImplemented }
            if n == 1 && t.cls == nil { return args[0] }
            return .object(PyTuple(try vm.repeatItems(t.items, n)))
        }
        tuple.define("__mul__", multiply)
        tuple.define("__rmul__", multiply)
        for (name, op) in [("__eq__", CompareOpArg.equal), ("__ne__", .notEqual), ("__lt__", .less),
                           ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual)] {
            tuple.define(name) { (vm, args, _) throws(PyError) -> Value in
                let t = try vm.tupleReceiver(args, name)
                guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
                guard case .object(let o) = args[1], o.kind == .tuple else { return vm.notImplemented }
                return .bool(try vm.compareSequences(t.items, unsafeDowncast(o, to: PyTuple.self).items, op))
            }
        }
        tuple.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            let t = try vm.tupleReceiver(args, "__repr__")
            if t.items.isEmpty { return Value("()") }
            return Value(try vm.withReprGuard(t, recursive: "(...)") { () throws(PyError) -> String in
                if t.items.count == 1 { return "(" + (try vm.repr(t.items[0])) + ",)" }
                return "(" + (try vm.joinedReprs(t.items)) + ")"
            })
        }
        tuple.define("__getnewargs__") { (vm, args, _) throws(PyError) -> Value in
            let t = try vm.tupleReceiver(args, "__getnewargs__")
            return .object(PyTuple([.object(PyTuple(t.items))]))
        }
        tuple.define("count") { (vm, args, kw) throws(PyError) -> Value in
            let t = try vm.tupleReceiver(args, "count")
            try vm.expectOneArgument("tuple.count", args, kw)
            var n = 0
            for x in t.items where try vm.equals(x, args[1]) { n += 1 }
            return .int(n)
        }
        tuple.define("index") { (vm, args, kw) throws(PyError) -> Value in
            let t = try vm.tupleReceiver(args, "index")
            try vm.expectArguments("index", args, kw, min: 1, max: 3)
            var (i, stop) = try vm.searchBounds(args, from: 2, length: t.items.count)
            while i < stop {
                if try vm.equals(t.items[i], args[1]) { return .int(i) }
                i += 1
            }
            throw vm.valueError("tuple.index(x): x not in tuple")
        }
        defineClassGetitem(tuple)
    }
}
