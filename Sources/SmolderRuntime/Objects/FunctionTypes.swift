/// Functions, methods, properties, static/class methods, generators, modules, cells and the
/// singletons None, NotImplemented and Ellipsis.
extension Interpreter {
    func installFunctionTypes() {
        let function = types.function
        function.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let f = o as? PyFunction else { return Value("<function>") }
            return Value("<function \(f.qualname) at \(vm.addressString(args[0]))>")
        }
        function.define("__call__") { (vm, args, kw) throws(PyError) -> Value in
            guard let f = args.first else { throw vm.typeError("descriptor '__call__' needs an argument") }
            return try vm.call(f, Array(args.dropFirst()), kw)
        }
        function.define("__get__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count >= 2 else { throw vm.typeError("__get__ needs an instance") }
            if args[1].isNone { return args[0] }
            return .object(PyBoundMethod(function: args[0], selfValue: args[1]))
        }
        function.defineProperty("__name__") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let f = o as? PyFunction else { return .none }
            return Value(f.name)
        }
        function.defineProperty("__qualname__") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let f = o as? PyFunction else { return .none }
            return Value(f.qualname)
        }
        function.defineProperty("__module__") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let f = o as? PyFunction else { return .none }
            return f.module
        }
        function.defineProperty("__doc__") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let f = o as? PyFunction else { return .none }
            return f.doc
        }
        function.defineProperty("__defaults__") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let f = o as? PyFunction, !f.defaults.isEmpty else { return .none }
            return .object(PyTuple(f.defaults))
        }
        function.defineProperty("__kwdefaults__") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let f = o as? PyFunction, let d = f.keywordDefaults else { return .none }
            return .object(d)
        }
        function.defineProperty("__globals__") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let f = o as? PyFunction else { return .none }
            return .object(f.globals)
        }
        function.defineProperty("__code__") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let f = o as? PyFunction else { return .none }
            return .object(f.code)
        }
        function.defineProperty("__closure__") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let f = o as? PyFunction, !f.closure.isEmpty else { return .none }
            return .object(PyTuple(ContiguousArray(f.closure.map { Value.object($0) })))
        }
        function.defineProperty("__annotations__") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let f = o as? PyFunction else { return .none }
            if f.annotations == nil { f.annotations = PyDict() }
            return .object(f.annotations!)
        }
        // Writable function attributes live in the instance dict, but these have dedicated storage.
        for (name, setter) in functionSetters() {
            function.namespace.lookupString(intern(name)).flatMap { v -> PyProperty? in
                if case .object(let o) = v { return o as? PyProperty }
                return nil
            }?.setter = .object(PyBuiltinFunction(name: name, setter))
        }

        let code = types.code
        code.defineProperty("co_name") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let c = o as? PyCode else { return .none }
            return Value(c.code.name)
        }
        code.defineProperty("co_filename") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let c = o as? PyCode else { return .none }
            return Value(c.code.filename)
        }
        code.defineProperty("co_firstlineno") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let c = o as? PyCode else { return .none }
            return .int(c.code.firstLine)
        }
        code.defineProperty("co_argcount") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let c = o as? PyCode else { return .none }
            return .int(c.code.argCount)
        }
        code.defineProperty("co_varnames") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let c = o as? PyCode else { return .none }
            return .object(PyTuple(c.code.varnames.map { Value($0) }))
        }
        code.define("co_positions") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("co_positions", args, kw, min: 1, max: 1)
            guard case .object(let o)? = args.first, let c = o as? PyCode else { throw vm.typeError("descriptor 'co_positions' requires a 'code' object") }
            return vm.codePositions(c)
        }
        code.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let c = o as? PyCode else { return Value("<code>") }
            return Value("<code object \(c.code.name) at \(vm.addressString(args[0])), file \"\(c.code.filename)\", line \(c.code.firstLine)>")
        }

        let method = types.method
        method.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            guard args.count == 3, kw?.isEmpty ?? true else {
                throw vm.typeError("method expected 2 arguments, got \(max(0, args.count - 1))")
            }
            guard vm.isCallable(args[1]) else { throw vm.typeError("first argument must be callable") }
            if args[2].isNone { throw vm.typeError("instance must not be None") }
            return .object(PyBoundMethod(function: args[1], selfValue: args[2]))
        }
        method.define("__call__") { (vm, args, kw) throws(PyError) -> Value in
            guard let m = args.first?.asObject as? PyBoundMethod else { throw vm.typeError("descriptor needs a method") }
            return try vm.call(m.function, [m.selfValue] + Array(args.dropFirst()), kw)
        }
        method.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let m = o as? PyBoundMethod else { return Value("<method>") }
            var fname = "?"
            if case .object(let fo) = m.function {
                if let f = fo as? PyFunction { fname = f.qualname } else if let b = fo as? PyBuiltinFunction { fname = b.qualname }
            }
            return Value("<bound method \(fname) of \(try vm.repr(m.selfValue))>")
        }
        method.defineProperty("__self__") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let m = o as? PyBoundMethod else { return .none }
            return m.selfValue
        }
        method.defineProperty("__func__") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let m = o as? PyBoundMethod else { return .none }
            return m.function
        }
        method.define("__eq__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2, case .object(let a) = args[0], let m = a as? PyBoundMethod,
                  case .object(let b) = args[1], let n = b as? PyBoundMethod else { return vm.notImplemented }
            return .bool(m.function.isIdentical(to: n.function) && m.selfValue.isIdentical(to: n.selfValue))
        }
        method.define("__hash__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let a)? = args.first, let m = a as? PyBoundMethod else { return .int(0) }
            return .int((try vm.hash(m.function)) ^ (m.selfValue.asObject.map { vm.identityHash($0) } ?? 0))
        }

        let builtin = types.builtinFunction
        builtin.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let f = o as? PyBuiltinFunction else { return Value("<built-in>") }
            if let s = f.boundSelf {
                if case .object(let so) = s, so.kind == .module {
                    return Value("<built-in function \(f.name)>")
                }
                return Value("<built-in method \(f.name) of \(vm.typeName(s)) object at \(vm.addressString(s))>")
            }
            if f.isMethodDescriptor {
                let owner = f.qualname.split(separator: ".").first.map(String.init) ?? "?"
                return Value("<method '\(f.name)' of '\(owner)' objects>")
            }
            return Value("<built-in function \(f.name)>")
        }
        builtin.defineProperty("__name__") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let f = o as? PyBuiltinFunction else { return .none }
            return Value(f.name)
        }
        builtin.defineProperty("__qualname__") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let f = o as? PyBuiltinFunction else { return .none }
            return Value(f.qualname)
        }
        builtin.defineProperty("__doc__") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let f = o as? PyBuiltinFunction, let d = f.doc else { return .none }
            return Value(d)
        }
        // The object a bound builtin method belongs to (`[].append.__self__`); None for plain
        // functions, which do not record their module here. Unbound method descriptors have none.
        builtin.defineProperty("__self__") { (vm, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let f = o as? PyBuiltinFunction else { return .none }
            if let s = f.boundSelf { return s }
            if f.isMethodDescriptor { throw vm.attributeError("'method_descriptor' object has no attribute '__self__'") }
            return .none
        }
        builtin.define("__get__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count >= 2, case .object(let o) = args[0], let f = o as? PyBuiltinFunction else { return .none }
            if args[1].isNone || !f.isMethodDescriptor { return args[0] }
            return .object(f.bound(to: args[1]))
        }

        installPropertyTypes()
        installSingletonTypes()
        installGeneratorType()
        installModuleType()
    }

    private func functionSetters() -> [(String, NativeFunction)] {
        [
            ("__name__", { (vm, args, _) throws(PyError) -> Value in
                guard args.count == 2, case .object(let o) = args[0], let f = o as? PyFunction else { return .none }
                f.name = try vm.string(args[1], "__name__")
                return .none
            }),
            ("__qualname__", { (vm, args, _) throws(PyError) -> Value in
                guard args.count == 2, case .object(let o) = args[0], let f = o as? PyFunction else { return .none }
                f.qualname = try vm.string(args[1], "__qualname__")
                return .none
            }),
            ("__doc__", { (vm, args, _) throws(PyError) -> Value in
                guard args.count == 2, case .object(let o) = args[0], let f = o as? PyFunction else { return .none }
                f.doc = args[1]
                return .none
            }),
            ("__module__", { (vm, args, _) throws(PyError) -> Value in
                guard args.count == 2, case .object(let o) = args[0], let f = o as? PyFunction else { return .none }
                f.module = args[1]
                return .none
            }),
            ("__defaults__", { (vm, args, _) throws(PyError) -> Value in
                guard args.count == 2, case .object(let o) = args[0], let f = o as? PyFunction else { return .none }
                f.defaults = args[1].isNone ? [] : ContiguousArray(try vm.collect(args[1]))
                return .none
            }),
            ("__kwdefaults__", { (vm, args, _) throws(PyError) -> Value in
                guard args.count == 2, case .object(let o) = args[0], let f = o as? PyFunction else { return .none }
                if case .object(let d) = args[1], let dict = d as? PyDict { f.keywordDefaults = dict } else { f.keywordDefaults = nil }
                return .none
            }),
            ("__annotations__", { (vm, args, _) throws(PyError) -> Value in
                guard args.count == 2, case .object(let o) = args[0], let f = o as? PyFunction else { return .none }
                if case .object(let d) = args[1], let dict = d as? PyDict { f.annotations = dict }
                return .none
            }),
        ]
    }

    private func installPropertyTypes() {
        let property = types.property
        property.defineStatic("__new__") { (vm, args, _) throws(PyError) -> Value in
            var cls: PyType?
            if case .object(let co)? = args.first, let c = co as? PyType, c !== vm.types.property { cls = c }
            return .object(PyProperty(getter: .none, setter: .none, deleter: .none, doc: .none, cls: cls))
        }
        property.define("__init__") { (vm, args, kw) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let p = o as? PyProperty else { return .none }
            let slots = try vm.bindNative("property", Array(args.dropFirst()), kw, parameters: ["fget", "fset", "fdel", "doc"])
            p.getter = slots[0] ?? .none
            p.setter = slots[1] ?? .none
            p.deleter = slots[2] ?? .none
            p.doc = slots[3] ?? .none
            if p.doc.isNone, !p.getter.isNone, let d = try? vm.lookupAttribute(p.getter, vm.names.dDoc) { p.doc = d }
            return .none
        }
        func copyWith(_ vm: Interpreter, _ args: [Value], _ update: (PyProperty, Value) -> Void) throws(PyError) -> Value {
            guard args.count == 2, case .object(let o) = args[0], let p = o as? PyProperty else {
                throw vm.typeError("property method needs one argument")
            }
            let q = PyProperty(getter: p.getter, setter: p.setter, deleter: p.deleter, doc: p.doc, cls: p.cls)
            update(q, args[1])
            return .object(q)
        }
        property.define("getter") { (vm, args, _) throws(PyError) -> Value in try copyWith(vm, args) { $0.getter = $1 } }
        property.define("setter") { (vm, args, _) throws(PyError) -> Value in try copyWith(vm, args) { $0.setter = $1 } }
        property.define("deleter") { (vm, args, _) throws(PyError) -> Value in try copyWith(vm, args) { $0.deleter = $1 } }
        property.define("__get__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count >= 2, case .object(let o) = args[0], let p = o as? PyProperty else { return .none }
            if args[1].isNone { return args[0] }
            if p.getter.isNone { throw vm.attributeError("unreadable attribute") }
            return try vm.call(p.getter, [args[1]])
        }
        property.define("__set__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 3, case .object(let o) = args[0], let p = o as? PyProperty else { return .none }
            if p.setter.isNone { throw vm.attributeError("can't set attribute") }
            return try vm.call(p.setter, [args[1], args[2]])
        }
        property.defineProperty("fget") { (vm, v) throws(PyError) -> Value in (v.asObject as? PyProperty)?.getter ?? .none }
        property.defineProperty("fset") { (vm, v) throws(PyError) -> Value in (v.asObject as? PyProperty)?.setter ?? .none }
        property.defineProperty("fdel") { (vm, v) throws(PyError) -> Value in (v.asObject as? PyProperty)?.deleter ?? .none }
        property.defineProperty("__doc__") { (vm, v) throws(PyError) -> Value in (v.asObject as? PyProperty)?.doc ?? .none }
        property.defineProperty("__isabstractmethod__") { (vm, v) throws(PyError) -> Value in
            guard let p = v.asObject as? PyProperty else { return .bool(false) }
            for f in [p.getter, p.setter, p.deleter] where !f.isNone {
                if let a = try vm.lookupAttribute(f, vm.names.dIsabstractmethod), try vm.isTrue(a) { return .bool(true) }
            }
            return .bool(false)
        }

        for (type, isClass) in [(types.staticMethod, false), (types.classMethod, true)] {
            type.defineStatic("__new__") { (vm, args, _) throws(PyError) -> Value in
                guard args.count == 2 else {
                    throw vm.typeError("\(isClass ? "classmethod" : "staticmethod") expected 1 argument, got \(args.count - 1)")
                }
                var cls: PyType?
                if case .object(let co) = args[0], let c = co as? PyType, c !== (isClass ? vm.types.classMethod : vm.types.staticMethod) { cls = c }
                return .object(PyMethodWrapper(callable: args[1], isClassMethod: isClass, cls: cls))
            }
            type.define("__init__") { (_, _, _) throws(PyError) -> Value in .none }
            type.defineProperty("__func__") { (vm, v) throws(PyError) -> Value in (v.asObject as? PyMethodWrapper)?.callable ?? .none }
            type.defineProperty("__wrapped__") { (vm, v) throws(PyError) -> Value in (v.asObject as? PyMethodWrapper)?.callable ?? .none }
            type.defineProperty("__isabstractmethod__") { (vm, v) throws(PyError) -> Value in
                guard let w = v.asObject as? PyMethodWrapper else { return .bool(false) }
                return try vm.lookupAttribute(w.callable, vm.names.dIsabstractmethod) ?? .bool(false)
            }
            type.define("__get__") { (vm, args, _) throws(PyError) -> Value in
                guard args.count >= 2, case .object(let o) = args[0], let w = o as? PyMethodWrapper else { return .none }
                if !isClass { return w.callable }
                let owner: Value = args.count > 2 && !args[2].isNone ? args[2] : .object(vm.typeOf(args[1]))
                return .object(PyBoundMethod(function: w.callable, selfValue: owner))
            }
            if !isClass {
                type.define("__call__") { (vm, args, kw) throws(PyError) -> Value in
                    guard case .object(let o)? = args.first, let w = o as? PyMethodWrapper else { return .none }
                    return try vm.call(w.callable, Array(args.dropFirst()), kw)
                }
            }
        }
    }

    private func installSingletonTypes() {
        types.noneType.define("__repr__") { (_, _, _) throws(PyError) -> Value in Value("None") }
        types.noneType.define("__bool__") { (_, _, _) throws(PyError) -> Value in .bool(false) }
        types.noneType.defineStatic("__new__") { (vm, args, _) throws(PyError) -> Value in
            if args.count > 1 { throw vm.typeError("NoneType takes no arguments") }
            return .none
        }
        types.notImplementedType.define("__repr__") { (_, _, _) throws(PyError) -> Value in Value("NotImplemented") }
        types.ellipsisType.define("__repr__") { (_, _, _) throws(PyError) -> Value in Value("Ellipsis") }
        types.cell.define("__repr__") { (vm, args, _) throws(PyError) -> Value in Value("<cell at \(vm.addressString(args.first ?? .none))>") }
        types.cell.defineProperty("cell_contents") { (vm, v) throws(PyError) -> Value in
            guard let c = v.asObject as? PyCell, let value = c.value else { throw vm.valueError("Cell is empty") }
            return value
        }
    }

    private func installGeneratorType() {
        let generator = types.generator
        func gen(_ vm: Interpreter, _ args: [Value]) throws(PyError) -> PyGenerator {
            guard case .object(let o)? = args.first, let g = o as? PyGenerator else {
                throw vm.typeError("descriptor requires a 'generator' object")
            }
            return g
        }
        generator.define("__iter__") { (vm, args, _) throws(PyError) -> Value in args[0] }
        generator.define("__next__") { (vm, args, _) throws(PyError) -> Value in
            let g = try gen(vm, args)
            if let v = try g.next(vm) { return v }
            throw vm.stopIteration(g.returnValue)
        }
        generator.define("send") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2 else { throw vm.typeError("generator.send() takes exactly one argument (\(args.count - 1) given)") }
            return try gen(vm, args).send(vm, args[1])
        }
        generator.define("throw") { (vm, args, _) throws(PyError) -> Value in
            let g = try gen(vm, args)
            guard args.count >= 2 else { throw vm.typeError("throw expected at least 1 argument, got 0") }
            var exc = try vm.exceptionToRaise(args[1])
            if args.count >= 3, !args[2].isNone, case .object(let t) = args[1], t is PyType {
                exc = try vm.exceptionToRaise(try vm.call(args[1], [args[2]]))
            }
            return try g.throwInto(vm, exc)
        }
        generator.define("close") { (vm, args, _) throws(PyError) -> Value in
            try gen(vm, args).close(vm)
            return .none
        }
        generator.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            let g = try gen(vm, args)
            return Value("<generator object \(g.qualname) at \(vm.addressString(args[0]))>")
        }
        generator.defineProperty("__name__") { (vm, v) throws(PyError) -> Value in Value((v.asObject as? PyGenerator)?.name ?? "") }
        generator.defineProperty("__qualname__") { (vm, v) throws(PyError) -> Value in Value((v.asObject as? PyGenerator)?.qualname ?? "") }
        generator.defineProperty("gi_frame") { (vm, v) throws(PyError) -> Value in
            guard let g = v.asObject as? PyGenerator, !g.isFinished else { return .none }
            return .object(PyFrameObject(g.frame))
        }
        generator.defineProperty("gi_code") { (vm, v) throws(PyError) -> Value in
            guard let g = v.asObject as? PyGenerator else { return .none }
            return .object(g.frame.code)
        }
        generator.defineProperty("gi_running") { (vm, v) throws(PyError) -> Value in .bool((v.asObject as? PyGenerator)?.isRunning ?? false) }

        let iterator = types.iterator
        iterator.define("__iter__") { (vm, args, _) throws(PyError) -> Value in args[0] }
        iterator.define("__next__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let it = o as? PyIterator else { throw vm.typeError("not an iterator") }
            if let v = try vm.nextBuiltin(it) { return v }
            throw vm.stopIteration()
        }
        iterator.define("__length_hint__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let it = o as? PyIterator else { return .int(0) }
            switch it.source {
            case .list(let l): return .int(max(0, l.items.count - it.index))
            case .tuple(let t): return .int(max(0, t.items.count - it.index))
            case .str(let s): return .int(max(0, s.count - it.index))
            case .range:
                let c = it.rangeCurrent, stop = it.rangeStop, step = it.rangeStep
                if step > 0 { return .int(c < stop ? (stop - c - 1) / step + 1 : 0) }
                return .int(c > stop ? (c - stop - 1) / (-step) + 1 : 0)
            default: return .int(0)
            }
        }
    }

    private func installModuleType() {
        let module = types.module
        module.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let m = o as? PyModule else { return Value("<module>") }
            return Value(try vm.moduleRepr(m))
        }
        module.defineStatic("__new__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count >= 2 else { throw vm.typeError("module.__new__() missing name") }
            let m = PyModule(name: try vm.string(args[1], "module name"))
            if args.count > 2 { m.namespace.setString(vm.names.dDoc, args[2]) } else { m.namespace.setString(vm.names.dDoc, .none) }
            return .object(m)
        }
        module.define("__init__") { (_, _, _) throws(PyError) -> Value in .none }
        module.define("__dir__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let m = o as? PyModule else { return .object(PyList([])) }
            // PEP 562: a module-level `__dir__` answers dir(module).
            if let custom = m.namespace.lookupString(vm.intern("__dir__")) { return try vm.call(custom, []) }
            return .object(PyList(m.namespace.keys))
        }
    }
}
