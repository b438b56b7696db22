/// The native `_weakref` module: the reference type and the counting functions. Proxies and the
/// weak containers are written in Python on top of it (Modules/weakref.py).
extension Interpreter {
    func makeWeakrefModule() -> PyModule {
        let m = PyModule(name: "_weakref")
        let refType = makeWeakReferenceType()
        m.namespace.setString(intern("ref"), .object(refType))
        m.namespace.setString(intern("ReferenceType"), .object(refType))
        defineFunction(in: m, "getweakrefcount") { (vm, args, kw) throws(PyError) -> Value in
            guard args.count == 1, kw?.isEmpty ?? true else {
                throw vm.typeError("_weakref.getweakrefcount() takes exactly one argument (\(args.count) given)")
            }
            guard case .object(let o) = args[0] else { return .int(0) }
            return .int(weakReferences[ObjectIdentifier(o)]?.count ?? 0)
        }
        defineFunction(in: m, "getweakrefs") { (vm, args, kw) throws(PyError) -> Value in
            guard args.count == 1, kw?.isEmpty ?? true else {
                throw vm.typeError("_weakref.getweakrefs() takes exactly one argument (\(args.count) given)")
            }
            guard case .object(let o) = args[0], let list = weakReferences[ObjectIdentifier(o)] else {
                return .object(PyList([]))
            }
            return .object(PyList(list.map { .object($0.takeUnretainedValue()) }))
        }
        return m
    }

    private func makeWeakReferenceType() -> PyType {
        let t = PyType(name: "ReferenceType", qualname: "ReferenceType", bases: [types.object], metaclass: nil,
                       isHeapType: false, instanceKind: .other)
        t.mro = [t, types.object]
        t.setAttribute("__module__", Value("weakref"))
        t.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            guard case .object(let co)? = args.first, let cls = co as? PyType else {
                throw vm.typeError("ReferenceType.__new__(X): X is not a type object")
            }
            let given = args.count - 1
            if given < 1 { throw vm.typeError("__new__ expected at least 1 argument, got 0") }
            // Subclasses may take more arguments for their own __init__.
            if cls === t && given > 2 { throw vm.typeError("__new__ expected at most 2 arguments, got \(given)") }
            guard case .object(let target) = args[1], vm.canReferenceWeakly(target) else {
                throw vm.typeError("cannot create weak reference to '\(vm.typeName(args[1]))' object")
            }
            return .object(PyWeakRef(target: target, callback: given >= 2 ? args[2] : .none, cls: cls))
        }
        t.define("__init__") { (_, _, _) throws(PyError) -> Value in .none }
        t.define("__call__") { (vm, args, _) throws(PyError) -> Value in
            let r = try vm.weakReceiver(args, "__call__")
            return r.target.map { .object($0) } ?? .none
        }
        t.defineProperty("__callback__") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let r = o as? PyWeakRef, r.target != nil else { return .none }
            return r.callback
        }
        t.define("__hash__") { (vm, args, _) throws(PyError) -> Value in
            let r = try vm.weakReceiver(args, "__hash__")
            if let h = r.cachedHash { return .int(h) }
            guard let target = r.target else { throw vm.typeError("weak object has gone away") }
            let h = try vm.hash(.object(target))
            r.cachedHash = h
            return .int(h)
        }
        t.define("__eq__") { (vm, args, _) throws(PyError) -> Value in try vm.weakEquality(args, equal: true) }
        t.define("__ne__") { (vm, args, _) throws(PyError) -> Value in try vm.weakEquality(args, equal: false) }
        t.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            let r = try vm.weakReceiver(args, "__repr__")
            let address = "0x" + String(UInt(bitPattern: ObjectIdentifier(r).hashValue), radix: 16, uppercase: false)
            guard let target = r.target else { return Value("<weakref at \(address); dead>") }
            let targetAddress = "0x" + String(UInt(bitPattern: ObjectIdentifier(target).hashValue), radix: 16)
            return Value("<weakref at \(address); to '\(vm.typeOf(.object(target)).qualname)' at \(targetAddress)>")
        }
        t.defineClassMethod("__class_getitem__") { (vm, args, _) throws(PyError) -> Value in
            .object(GenericAlias(origin: args[0], args: args.count > 1 ? args[1] : .none))
        }
        return t
    }

    private func weakReceiver(_ args: [Value], _ method: String) throws(PyError) -> PyWeakRef {
        guard case .object(let o)? = args.first, let r = o as? PyWeakRef else {
            throw typeError("descriptor '\(method)' requires a 'weakref.ReferenceType' object")
        }
        return r
    }

    /// Two live references compare like their targets; otherwise they are equal only if identical.
    private func weakEquality(_ args: [Value], equal: Bool) throws(PyError) -> Value {
        guard args.count == 2, case .object(let ao) = args[0], let a = ao as? PyWeakRef,
              case .object(let bo) = args[1], let b = bo as? PyWeakRef else { return notImplemented }
        if let x = a.target, let y = b.target {
            let same = try equals(.object(x), .object(y))
            return .bool(same == equal)
        }
        return .bool((a === b) == equal)
    }
}
