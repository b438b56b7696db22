/// `X | Y` between classes: `types.UnionType`, accepted by isinstance and issubclass.
public final class PyUnion: PyObject {
    let members: [Value]
    init(members: [Value], cls: PyType) {
        self.members = members
        super.init(kind: .other, cls: cls)
    }
}

extension Interpreter {
    /// The union of two operands, flattening nested unions and dropping duplicates; NotImplemented
    /// when an operand is not a class, None or a union.
    func makeUnion(_ a: Value, _ b: Value) -> Value {
        var members: [Value] = []
        func add(_ v: Value) -> Bool {
            if case .object(let o) = v, let u = o as? PyUnion {
                for m in u.members where !members.contains(where: { $0.isIdentical(to: m) }) { members.append(m) }
                return true
            }
            let member: Value = v.isNone ? .object(types.noneType) : v
            guard case .object(let o) = member, o is PyType || o is GenericAlias else { return false }
            if !members.contains(where: { $0.isIdentical(to: member) }) { members.append(member) }
            return true
        }
        guard add(a), add(b) else { return notImplemented }
        return .object(PyUnion(members: members, cls: unionType))
    }

    func installUnionType() {
        let union = PyType(name: "UnionType", qualname: "types.UnionType", bases: [types.object], metaclass: nil,
                           isHeapType: false, instanceKind: .other)
        union.mro = [union, types.object]
        union.setAttribute("__module__", Value("types"))
        unionType = union
        union.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard let u = args.first?.asObject as? PyUnion else { return Value("") }
            var parts: [String] = []
            for m in u.members {
                if case .object(let o) = m, let t = o as? PyType {
                    parts.append(t === vm.types.noneType ? "None" : vm.qualifiedTypeName(t))
                } else {
                    parts.append(try vm.repr(m))
                }
            }
            return Value(parts.joined(separator: " | "))
        }
        union.define("__or__") { (vm, args, _) throws(PyError) -> Value in
            args.count == 2 ? vm.makeUnion(args[0], args[1]) : vm.notImplemented
        }
        union.define("__ror__") { (vm, args, _) throws(PyError) -> Value in
            args.count == 2 ? vm.makeUnion(args[1], args[0]) : vm.notImplemented
        }
        union.defineProperty("__args__") { (vm, v) throws(PyError) -> Value in
            .object(PyTuple((v.asObject as? PyUnion)?.members ?? []))
        }
        union.define("__eq__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2, let a = args[0].asObject as? PyUnion, let b = args[1].asObject as? PyUnion else {
                return vm.notImplemented
            }
            return .bool(a.members.count == b.members.count
                && a.members.allSatisfy { m in b.members.contains { $0.isIdentical(to: m) } })
        }
        union.define("__hash__") { (vm, args, _) throws(PyError) -> Value in
            guard let u = args.first?.asObject as? PyUnion else { return .int(0) }
            var h = 0
            for m in u.members { h ^= try vm.hash(m) }
            return .int(h)
        }
    }

    func genericAliasTypeOf() -> PyType? { genericAliasType }

    func installGenericAliasType() {
        let alias = PyType(name: "GenericAlias", qualname: "types.GenericAlias", bases: [types.object], metaclass: nil,
                           isHeapType: false, instanceKind: .other)
        alias.mro = [alias, types.object]
        alias.setAttribute("__module__", Value("types"))
        genericAliasType = alias
        alias.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard let g = args.first?.asObject as? GenericAlias else { return Value("") }
            func show(_ v: Value) throws(PyError) -> String {
                if case .object(let o) = v, let t = o as? PyType { return vm.qualifiedTypeName(t) }
                if case .object(let o) = v, o === vm.ellipsisObject { return "..." }
                return try vm.repr(v)
            }
            let items: [Value]
            if case .object(let o) = g.args, let t = o as? PyTuple { items = Array(t.items) } else { items = [g.args] }
            var parts: [String] = []
            for item in items { parts.append(try show(item)) }
            return Value("\(try show(g.origin))[\(parts.joined(separator: ", "))]")
        }
        alias.defineProperty("__origin__") { (vm, v) throws(PyError) -> Value in (v.asObject as? GenericAlias)?.origin ?? .none }
        alias.defineProperty("__args__") { (vm, v) throws(PyError) -> Value in
            guard let g = v.asObject as? GenericAlias else { return .none }
            if case .object(let o) = g.args, o is PyTuple { return g.args }
            return .object(PyTuple([g.args]))
        }
        alias.define("__call__") { (vm, args, kw) throws(PyError) -> Value in
            guard let g = args.first?.asObject as? GenericAlias else { return .none }
            return try vm.call(g.origin, Array(args.dropFirst()), kw)
        }
        alias.define("__or__") { (vm, args, _) throws(PyError) -> Value in
            args.count == 2 ? vm.makeUnion(args[0], args[1]) : vm.notImplemented
        }
        alias.define("__eq__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2, let a = args[0].asObject as? GenericAlias, let b = args[1].asObject as? GenericAlias else {
                return vm.notImplemented
            }
            if !(try vm.equals(a.origin, b.origin)) { return .bool(false) }
            return .bool(try vm.equals(a.args, b.args))
        }
        alias.define("__hash__") { (vm, args, _) throws(PyError) -> Value in
            guard let g = args.first?.asObject as? GenericAlias else { return .int(0) }
            return .int((try vm.hash(g.origin)) ^ (try vm.hash(g.args)))
        }
    }
}
