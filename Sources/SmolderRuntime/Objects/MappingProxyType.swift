/// `mappingproxy`: the read-only view of a class namespace.
extension Interpreter {
    func installMappingProxyType() {
        let proxy = PyType(name: "mappingproxy", bases: [types.object], metaclass: nil, isHeapType: false, instanceKind: .other)
        proxy.mro = [proxy, types.object]
        mappingProxyType = proxy
        func mapping(_ vm: Interpreter, _ args: [Value]) throws(PyError) -> PyDict {
            guard case .object(let o)? = args.first, let p = o as? MappingProxy else {
                throw vm.typeError("descriptor requires a 'mappingproxy' object")
            }
            return p.mapping
        }
        proxy.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            guard args.count == 2, case .object(let o) = args[1], let d = o as? PyDict else {
                let given = args.count > 1 ? vm.typeName(args[1]) : "nothing"
                throw vm.typeError("mappingproxy() argument must be a mapping, not \(given)")
            }
            return .object(MappingProxy(d, cls: vm.mappingProxyType))
        }
        proxy.define("__getitem__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2 else { throw vm.typeError("expected 1 argument") }
            return try vm.getItem(.object(try mapping(vm, args)), args[1])
        }
        proxy.define("__contains__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2 else { throw vm.typeError("expected 1 argument") }
            return .bool(try mapping(vm, args).contains(args[1], vm: vm))
        }
        proxy.define("__len__") { (vm, args, _) throws(PyError) -> Value in .int(try mapping(vm, args).count) }
        proxy.define("__iter__") { (vm, args, _) throws(PyError) -> Value in
            .object(PyIterator(.list(PyList(try mapping(vm, args).keys))))
        }
        for name in ["keys", "values", "items", "get", "copy"] {
            proxy.define(name) { (vm, args, kw) throws(PyError) -> Value in
                try vm.callMethod(.object(try mapping(vm, args)), name, Array(args.dropFirst()), kw)
            }
        }
        proxy.define("__str__") { (vm, args, _) throws(PyError) -> Value in
            Value(try vm.str(.object(try mapping(vm, args))))
        }
        proxy.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            Value("mappingproxy(\(try vm.repr(.object(try mapping(vm, args)))))")
        }
    }
}
