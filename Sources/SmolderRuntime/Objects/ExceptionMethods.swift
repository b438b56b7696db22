/// Methods and attributes of BaseException and the exception classes with extra state.
extension Interpreter {
    func installExceptionTypes() {
        let base = exceptions.BaseException
        base.defineStatic("__new__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let co)? = args.first, let cls = co as? PyType else {
                throw vm.typeError("BaseException.__new__(X): X is not a type object")
            }
            let e = PyBaseException(type: cls, args: PyTuple(Array(args.dropFirst())))
            return .object(e)
        }
        base.define("__init__") { (vm, args, kw) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let e = o as? PyBaseException else { return .none }
            if let kw, !kw.isEmpty, !e.type.isHeapType {
                throw vm.typeError("\(e.type.name)() takes no keyword arguments")
            }
            e.args = PyTuple(Array(args.dropFirst()))
            return .none
        }
        base.define("__str__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let e = o as? PyBaseException else { return Value("") }
            switch e.args.items.count {
            case 0: return Value("")
            case 1: return Value(try vm.str(e.args.items[0]))
            default: return Value(try vm.repr(.object(e.args)))
            }
        }
        base.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let e = o as? PyBaseException else { return Value("") }
            let name = e.type.name
            if e.args.items.count == 1 { return Value("\(name)(\(try vm.repr(e.args.items[0])))") }
            return Value(name + (try vm.repr(.object(e.args))))
        }
        base.define("with_traceback") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2, case .object(let o) = args[0], let e = o as? PyBaseException else { return .none }
            if case .object(let t) = args[1], let tb = t as? PyTraceback { e.traceback = tb } else { e.traceback = nil }
            return args[0]
        }
        base.define("add_note") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2, case .object(let o) = args[0], let e = o as? PyBaseException else {
                throw vm.typeError("add_note() takes exactly one argument")
            }
            guard vm.strObject(args[1]) != nil else {
                throw vm.typeError("note must be a str, not '\(vm.typeName(args[1]))'")
            }
            if e.dict == nil { e.dict = PyDict() }
            if let notes = e.dict?.lookupString(vm.names.dNotes) {
                guard case .object(let lo) = notes, let list = lo as? PyList else {
                    throw vm.typeError("Cannot add note: __notes__ is not a list")
                }
                list.items.append(args[1])
            } else {
                e.dict?.setString(vm.names.dNotes, .object(PyList([args[1]])))
            }
            return .none
        }
        func exc(_ v: Value) -> PyBaseException? { v.asObject as? PyBaseException }
        base.defineProperty("args") { (vm, v) throws(PyError) -> Value in exc(v).map { .object($0.args) } ?? .none }
        setPropertySetter(base, "args") { (vm, args) throws(PyError) in
            exc(args[0])?.args = PyTuple(try vm.collect(args[1]))
        }
        base.defineProperty("__traceback__") { (vm, v) throws(PyError) -> Value in
            exc(v)?.traceback.map { .object($0) } ?? .none
        }
        setPropertySetter(base, "__traceback__") { (vm, args) throws(PyError) in
            exc(args[0])?.traceback = args[1].asObject as? PyTraceback
        }
        base.defineProperty("__cause__") { (vm, v) throws(PyError) -> Value in exc(v)?.cause.map { .object($0) } ?? .none }
        setPropertySetter(base, "__cause__") { (vm, args) throws(PyError) in
            guard let e = exc(args[0]) else { return }
            if args[1].isNone {
                e.cause = nil
            } else {
                guard let c = exc(args[1]) else { throw vm.typeError("exception cause must be None or derive from BaseException") }
                e.cause = c
            }
            e.suppressContext = true
        }
        base.defineProperty("__context__") { (vm, v) throws(PyError) -> Value in exc(v)?.context.map { .object($0) } ?? .none }
        setPropertySetter(base, "__context__") { (vm, args) throws(PyError) in
            exc(args[0])?.context = exc(args[1])
        }
        base.defineProperty("__suppress_context__") { (vm, v) throws(PyError) -> Value in .bool(exc(v)?.suppressContext ?? false) }
        setPropertySetter(base, "__suppress_context__") { (vm, args) throws(PyError) in
            exc(args[0])?.suppressContext = try vm.isTrue(args[1])
        }

        // Classes whose first argument is also an attribute.
        exceptions.StopIteration.defineProperty("value") { (vm, v) throws(PyError) -> Value in
            exc(v)?.args.items.first ?? .none
        }
        exceptions.SystemExit.defineProperty("code") { (vm, v) throws(PyError) -> Value in
            guard let e = exc(v) else { return .none }
            if e.args.items.count == 1 { return e.args.items[0] }
            return e.args.items.isEmpty ? .none : .object(e.args)
        }
        exceptions.KeyError.define("__str__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let e = o as? PyBaseException else { return Value("") }
            if e.args.items.count == 1 { return Value(try vm.repr(e.args.items[0])) }
            if e.args.items.isEmpty { return Value("") }
            return Value(try vm.repr(.object(e.args)))
        }
        for type in [exceptions.ImportError, exceptions.ModuleNotFoundError] {
            type.define("__init__") { (vm, args, kw) throws(PyError) -> Value in
                guard case .object(let o)? = args.first, let e = o as? PyBaseException else { return .none }
                e.args = PyTuple(Array(args.dropFirst()))
                if e.dict == nil { e.dict = PyDict() }
                e.dict?.setString(vm.intern("name"), kw?["name"] ?? .none)
                e.dict?.setString(vm.intern("path"), kw?["path"] ?? .none)
                e.dict?.setString(vm.intern("msg"), e.args.items.first ?? .none)
                return .none
            }
        }
        exceptions.OSError.defineStatic("__new__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let co)? = args.first, var cls = co as? PyType else {
                throw vm.typeError("OSError.__new__(X): X is not a type object")
            }
            if cls === vm.exceptions.OSError, args.count >= 3, case .int(let errno) = args[1],
               let sub = vm.osErrorSubclass(errno) {
                cls = sub
            }
            return .object(PyBaseException(type: cls, args: PyTuple(Array(args.dropFirst()))))
        }
        exceptions.OSError.define("__init__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let e = o as? PyBaseException else { return .none }
            e.args = PyTuple(Array(args.dropFirst()))
            if e.dict == nil { e.dict = PyDict() }
            let items = e.args.items
            e.dict?.setString(vm.intern("errno"), items.count >= 2 ? items[0] : .none)
            e.dict?.setString(vm.intern("strerror"), items.count >= 2 ? items[1] : .none)
            e.dict?.setString(vm.intern("filename"), items.count >= 3 ? items[2] : .none)
            e.dict?.setString(vm.intern("filename2"), items.count >= 5 ? items[4] : .none)
            return .none
        }
        exceptions.OSError.define("__str__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let e = o as? PyBaseException else { return Value("") }
            let items = e.args.items
            if items.count >= 5, !items[4].isNone {
                return Value("[Errno \(try vm.str(items[0]))] \(try vm.str(items[1])): \(try vm.repr(items[2])) -> \(try vm.repr(items[4]))")
            }
            if items.count >= 3 {
                return Value("[Errno \(try vm.str(items[0]))] \(try vm.str(items[1])): \(try vm.repr(items[2]))")
            }
            if items.count == 2 { return Value("[Errno \(try vm.str(items[0]))] \(try vm.str(items[1]))") }
            if items.count == 1 { return Value(try vm.str(items[0])) }
            return items.isEmpty ? Value("") : Value(try vm.repr(.object(e.args)))
        }
        let traceback = types.traceback
        traceback.defineProperty("tb_lineno") { (vm, v) throws(PyError) -> Value in .int((v.asObject as? PyTraceback)?.line ?? 0) }
        traceback.defineProperty("tb_next") { (vm, v) throws(PyError) -> Value in
            (v.asObject as? PyTraceback)?.next.map { .object($0) } ?? .none
        }
        traceback.defineProperty("tb_frame") { (vm, v) throws(PyError) -> Value in
            guard let tb = v.asObject as? PyTraceback, let code = tb.code, let globals = tb.globals else { return .none }
            return .object(PyFrameObject(code: code, globals: globals, line: tb.line))
        }
        let frame = types.frame
        frame.defineProperty("f_code") { (vm, v) throws(PyError) -> Value in
            (v.asObject as? PyFrameObject).map { .object($0.code) } ?? .none
        }
        frame.defineProperty("f_lineno") { (vm, v) throws(PyError) -> Value in
            guard let f = v.asObject as? PyFrameObject else { return .int(0) }
            if let live = f.frame, !live.hasFinished { return .int(live.currentLine) }
            return .int(f.line)
        }
        frame.defineProperty("f_builtins") { (vm, v) throws(PyError) -> Value in .object(vm.builtins) }
        frame.defineProperty("f_globals") { (vm, v) throws(PyError) -> Value in
            (v.asObject as? PyFrameObject).map { .object($0.globals) } ?? .none
        }
        frame.defineProperty("f_locals") { (vm, v) throws(PyError) -> Value in
            guard let f = (v.asObject as? PyFrameObject)?.frame else { return .object(PyDict()) }
            return .object(vm.localsDict(f))
        }
        frame.defineProperty("f_back") { (vm, v) throws(PyError) -> Value in
            guard let back = (v.asObject as? PyFrameObject)?.frame?.back else { return .none }
            return .object(PyFrameObject(back))
        }
        traceback.defineProperty("tb_lasti") { (vm, v) throws(PyError) -> Value in
            // CPython's offsets count 2-byte code units; one Smolder instruction stands for one unit.
            .int(max(0, (v.asObject as? PyTraceback)?.instruction ?? 0) * 2)
        }
        installSyntaxErrorType()
        installUnicodeErrorTypes()
        installExceptionGroupTypes()
        for t in exceptions.all { builtins.setString(intern(t.name), .object(t)) }
        builtins.setString(intern("EnvironmentError"), .object(exceptions.OSError))
        builtins.setString(intern("IOError"), .object(exceptions.OSError))
    }

    /// The OSError subclass CPython picks for an errno value.
    func osErrorSubclass(_ errno: Int) -> PyType? {
        switch errno {
        case 2: return exceptions.FileNotFoundError
        case 17: return exceptions.FileExistsError
        case 13, 1: return exceptions.PermissionError
        case 21: return exceptions.IsADirectoryError
        case 20: return exceptions.NotADirectoryError
        case 3: return exceptions.ProcessLookupError
        case 4: return exceptions.InterruptedError
        case 10: return exceptions.ChildProcessError
        case 11, 114, 115: return exceptions.BlockingIOError
        case 32: return exceptions.BrokenPipeError
        case 103: return exceptions.ConnectionAbortedError
        case 104: return exceptions.ConnectionResetError
        case 111: return exceptions.ConnectionRefusedError
        case 110: return exceptions.TimeoutError
        default: return nil
        }
    }

    func setPropertySetter(_ type: PyType, _ name: String, _ setter: @escaping (Interpreter, [Value]) throws(PyError) -> Void) {
        guard case .object(let o)? = type.namespace.lookupString(PyStr(name)), let p = o as? PyProperty else { return }
        p.setter = .object(PyBuiltinFunction(name: name) { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2 else { throw vm.typeError("setter needs a value") }
            try setter(vm, args)
            return .none
        })
    }

    private func installSyntaxErrorType() {
        let syntax = exceptions.SyntaxError
        syntax.define("__init__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let e = o as? PyBaseException else { return .none }
            e.args = PyTuple(Array(args.dropFirst()))
            if e.dict == nil { e.dict = PyDict() }
            let items = e.args.items
            e.dict?.setString(vm.names.msg, items.first ?? .none)
            var details: [Value] = []
            if items.count >= 2 { details = (try? vm.collect(items[1])) ?? [] }
            let fields = [vm.names.filename, vm.names.lineno, vm.names.offset, vm.names.text, vm.names.endLineno, vm.names.endOffset]
            for (i, f) in fields.enumerated() { e.dict?.setString(f, i < details.count ? details[i] : .none) }
            return .none
        }
        syntax.define("__str__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let e = o as? PyBaseException else { return Value("") }
            let msg = try e.dict?.lookupString(vm.names.msg).map { (v) throws(PyError) -> String in try vm.str(v) } ?? ""
            var filename = ""
            if let f = e.dict?.lookupString(vm.names.filename), let s = vm.strObject(f) {
                filename = s.value.split(separator: "/").last.map(String.init) ?? s.value
            }
            let line = e.dict?.lookupString(vm.names.lineno)
            if case .int(let l)? = line {
                if !filename.isEmpty { return Value("\(msg) (\(filename), line \(l))") }
                return Value("\(msg) (line \(l))")
            }
            if !filename.isEmpty { return Value("\(msg) (\(filename))") }
            return Value(msg)
        }
    }

    private func installExceptionGroupTypes() {
        for group in [exceptions.BaseExceptionGroup, exceptions.ExceptionGroup] {
            group.defineStatic("__new__") { (vm, args, _) throws(PyError) -> Value in
                guard args.count == 3, case .object(let co) = args[0], var cls = co as? PyType else {
                    throw vm.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (\(max(0, args.count - 1)) given)")
                }
                _ = try vm.string(args[1], "argument 1")
                let items = try vm.collect(args[2])
                if items.isEmpty { throw vm.valueError("second argument (exceptions) must be a non-empty sequence") }
                var excs: [PyBaseException] = []
                var allExceptions = true
                for item in items {
                    guard case .object(let io) = item, let e = io as? PyBaseException else {
                        throw vm.valueError("Item \(excs.count) of second argument (exceptions) is not an exception")
                    }
                    if !e.type.isSubtype(of: vm.exceptions.Exception) { allExceptions = false }
                    excs.append(e)
                }
                if cls === vm.exceptions.BaseExceptionGroup && allExceptions {
                    cls = vm.exceptions.ExceptionGroup
                } else if cls.isSubtype(of: vm.exceptions.Exception) && !allExceptions {
                    throw vm.typeError("Cannot nest BaseExceptions in an ExceptionGroup")
                }
                let e = PyBaseException(type: cls, args: PyTuple([args[1], args[2]]))
                e.exceptions = excs
                return .object(e)
            }
            group.define("__init__") { (_, _, _) throws(PyError) -> Value in .none }
            group.defineProperty("message") { (vm, v) throws(PyError) -> Value in
                (v.asObject as? PyBaseException)?.args.items.first ?? .none
            }
            group.defineProperty("exceptions") { (vm, v) throws(PyError) -> Value in
                guard let e = v.asObject as? PyBaseException else { return .none }
                return .object(PyTuple(e.exceptions.map { .object($0) }))
            }
            group.define("__str__") { (vm, args, _) throws(PyError) -> Value in
                guard case .object(let o)? = args.first, let e = o as? PyBaseException else { return Value("") }
                let message = try vm.str(e.args.items.first ?? Value(""))
                let n = e.exceptions.count
                return Value("\(message) (\(n) sub-exception\(n == 1 ? "" : "s"))")
            }
            group.define("derive") { (vm, args, _) throws(PyError) -> Value in
                guard args.count == 2, case .object(let o) = args[0], let e = o as? PyBaseException else { return .none }
                return try vm.call(.object(vm.exceptions.BaseExceptionGroup), [e.args.items.first ?? Value(""), args[1]])
            }
            group.define("split") { (vm, args, _) throws(PyError) -> Value in
                guard args.count == 2 else { throw vm.typeError("split() takes exactly one argument") }
                let (m, r) = try vm.splitExceptionGroup(args[0], args[1])
                return .object(PyTuple([m, r]))
            }
            group.define("subgroup") { (vm, args, _) throws(PyError) -> Value in
                guard args.count == 2 else { throw vm.typeError("subgroup() takes exactly one argument") }
                return try vm.splitExceptionGroup(args[0], args[1]).0
            }
        }
    }
}
