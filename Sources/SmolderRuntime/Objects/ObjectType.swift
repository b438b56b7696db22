/// `object` and `type`: the roots of the object model.
extension Interpreter {
    func installObjectType() {
        let object = types.object
        object.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            guard case .object(let co)? = args.first, let cls = co as? PyType else {
                throw vm.typeError("object.__new__(X): X is not a type object")
            }
            if args.count > 1 || !(kw?.isEmpty ?? true) {
                // Extra arguments are an error only when __init__ is not overridden (CPython's rule).
                let initOverridden = cls.lookup(vm.names.dInit).map { !vm.isNative($0, "object.__init__") } ?? false
                let newOverridden = cls.lookup(vm.names.dNew).map { !vm.isNative($0, "object.__new__") } ?? false
                if !initOverridden || newOverridden {
                    throw vm.typeError("\(cls.name)() takes no arguments")
                }
            }
            return try vm.makeInstance(of: cls)
        }
        object.define("__init__") { (vm, args, kw) throws(PyError) -> Value in
            if args.count > 1 || !(kw?.isEmpty ?? true), let first = args.first {
                let t = vm.typeOf(first)
                let initOverridden = t.lookup(vm.names.dInit).map { !vm.isNative($0, "object.__init__") } ?? false
                let newOverridden = t.lookup(vm.names.dNew).map { !vm.isNative($0, "object.__new__") } ?? false
                if initOverridden || !newOverridden {
                    throw vm.typeError("\(initOverridden ? "object.__init__" : t.name + ".__init__")() takes exactly one argument (the instance to initialize)")
                }
            }
            return .none
        }
        object.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            let v = args.first ?? .none
            let t = vm.typeOf(v)
            let module = t.isHeapType ? (t.namespace.lookupString(vm.names.dModule).flatMap { vm.strObject($0)?.value } ?? "?") : "builtins"
            let prefix = module == "builtins" ? "" : module + "."
            return Value("<\(prefix)\(t.qualname) object at \(vm.addressString(v))>")
        }
        object.define("__str__") { (vm, args, _) throws(PyError) -> Value in
            let v = args.first ?? .none
            guard let r = vm.typeOf(v).lookupSpecial(vm.names.dRepr) else { return Value("<object>") }
            return try vm.callDescriptorMethod(r, on: v, [])
        }
        object.define("__hash__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first else { return .int(try vm.hash(args.first ?? .none)) }
            return .int(vm.identityHash(o))
        }
        object.define("__eq__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            return args[0].isIdentical(to: args[1]) ? .bool(true) : vm.notImplemented
        }
        object.define("__ne__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            // CPython: the result of the type's own `__eq__`, inverted; no reflection, no identity fallback.
            guard let eqMethod = vm.typeOf(args[0]).lookupSpecial(vm.names.dEq) else { return vm.notImplemented }
            let eq = eqMethod.isIdentical(to: vm.objectEq)
                ? (args[0].isIdentical(to: args[1]) ? Value.true : vm.notImplemented)
                : try vm.callDescriptorMethod(eqMethod, on: args[0], [args[1]])
            if vm.isNotImplemented(eq) { return eq }
            return .bool(!(try vm.isTrue(eq)))
        }
        for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
            object.define(name) { (vm, _, _) throws(PyError) -> Value in vm.notImplemented }
        }
        object.define("__getattribute__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2, let name = vm.strObject(args[1]) else {
                throw vm.typeError("attribute name must be string")
            }
            if let v = try vm.genericGetAttribute(args[0], vm.intern(name.value), type: vm.typeOf(args[0])) { return v }
            throw vm.noAttribute(args[0], name.value)
        }
        object.define("__setattr__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 3, let name = vm.strObject(args[1]) else {
                throw vm.typeError("attribute name must be string")
            }
            try vm.genericSetAttribute(args[0], vm.intern(name.value), args[2], type: vm.typeOf(args[0]))
            return .none
        }
        object.define("__delattr__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2, let name = vm.strObject(args[1]) else {
                throw vm.typeError("attribute name must be string")
            }
            try vm.genericSetAttribute(args[0], vm.intern(name.value), nil, type: vm.typeOf(args[0]))
            return .none
        }
        object.define("__format__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2 else { throw vm.typeError("__format__() takes exactly one argument") }
            let spec = try vm.string(args[1])
            if !spec.isEmpty {
                throw vm.typeError("unsupported format string passed to \(vm.typeName(args[0])).__format__")
            }
            return Value(try vm.str(args[0]))
        }
        object.define("__dir__") { (vm, args, _) throws(PyError) -> Value in
            .object(PyList(try vm.directory(args.first ?? .none).map { Value($0) }))
        }
        object.define("__reduce_ex__") { (vm, args, _) throws(PyError) -> Value in
            throw vm.typeError("cannot pickle '\(vm.typeName(args.first ?? .none))' object")
        }
        object.defineClassMethod("__init_subclass__") { (vm, args, kw) throws(PyError) -> Value in
            if let kw, !kw.isEmpty {
                let name = (args.first?.asObject as? PyType)?.qualname ?? "object"
                throw vm.typeError("\(name).__init_subclass__() takes no keyword arguments")
            }
            if args.count > 1 {
                throw vm.typeError("__init_subclass__() takes no arguments (\(args.count - 1) given)")
            }
            return .none
        }
        object.defineClassMethod("__subclasshook__") { (vm, _, _) throws(PyError) -> Value in vm.notImplemented }
        object.defineProperty("__class__") { (vm, v) throws(PyError) -> Value in .object(vm.typeOf(v)) }
        if case .object(let po)? = object.namespace.lookupString(intern("__class__")), let p = po as? PyProperty {
            p.setter = .object(PyBuiltinFunction(name: "__class__", qualname: "object.__class__") {
                (vm, args, _) throws(PyError) -> Value in
                guard args.count == 2 else { throw vm.typeError("__class__ setter expects one value") }
                try vm.assignClass(args[0], args[1])
                return .none
            })
        }
        object.define("__sizeof__") { (_, _, _) throws(PyError) -> Value in .int(16) }
    }

    func isNative(_ v: Value, _ qualname: String) -> Bool {
        if case .object(let o) = v {
            if let f = o as? PyBuiltinFunction { return f.qualname == qualname }
            if let w = o as? PyMethodWrapper, case .object(let c) = w.callable, let f = c as? PyBuiltinFunction {
                return f.qualname == qualname
            }
        }
        return false
    }

    /// A stable fake address for default reprs.
    func addressString(_ v: Value) -> String {
        guard case .object(let o) = v else { return "0x0" }
        let id = UInt(bitPattern: ObjectIdentifier(o).hashValue)
        return "0x" + String(id, radix: 16).leftPadded(to: 12)
    }

    /// Creates an empty instance of a class, of the Swift class its builtin base needs.
    func makeInstance(of cls: PyType) throws(PyError) -> Value {
        switch cls.instanceKind {
        case .instance, .other:
            if cls === types.object { return .object(PyPlainObject(cls: nil)) }
            return .object(PyInstance(cls: cls, slotCount: cls.slotCount))
        case .exception:
            return .object(PyBaseException(type: cls, args: PyTuple([])))
        default:
            throw typeError("object.__new__(\(cls.name)) is not safe, use \(solidBase(cls).name).__new__()")
        }
    }

    /// The nearest builtin base whose instances decide the Swift layout.
    func solidBase(_ cls: PyType) -> PyType {
        for t in cls.mro where !t.isHeapType { return t }
        return types.object
    }

    /// `dir(obj)`: instance dict keys plus attributes of the class and its bases, sorted.
    func directory(_ v: Value) throws(PyError) -> [String] {
        var names = Set<String>()
        if case .object(let o) = v {
            if let dict = o.dict {
                for k in dict.keys { if let s = strObject(k) { names.insert(s.value) } }
            }
            if let t = o as? PyType {
                for base in t.mro { for k in base.namespace.keys { if let s = strObject(k) { names.insert(s.value) } } }
                return names.sorted()
            }
        }
        for base in typeOf(v).mro {
            for k in base.namespace.keys { if let s = strObject(k) { names.insert(s.value) } }
        }
        return names.sorted()
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

extension Interpreter {
    /// `obj.__class__ = cls`: allowed between heap classes whose instances have the same layout.
    func assignClass(_ object: Value, _ newValue: Value) throws(PyError) {
        guard case .object(let to) = newValue, let newType = to as? PyType else {
            throw typeError("__class__ must be set to a class, not '\(typeName(newValue))' object")
        }
        guard case .object(let o) = object, let oldType = o.cls, oldType.isHeapType, newType.isHeapType else {
            throw typeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
        }
        guard oldType.instanceKind == newType.instanceKind, oldType.slotCount == newType.slotCount,
              oldType.instancesHaveDict == newType.instancesHaveDict else {
            throw typeError("__class__ assignment: '\(newType.name)' object layout differs from '\(oldType.name)'")
        }
        o.cls = newType
    }
}
