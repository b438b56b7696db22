import SmolderCompiler

/// Builtin functions tied to the object model: attribute access, type checks, printing, code
/// execution and imports.
extension Interpreter {
    func installCoreBuiltins() {
        builtins.setString(intern("None"), .none)
        builtins.setString(intern("True"), .bool(true))
        builtins.setString(intern("False"), .bool(false))
        builtins.setString(intern("NotImplemented"), notImplemented)
        builtins.setString(intern("Ellipsis"), ellipsis)
        builtins.setString(names.dDebug, .bool(true))
        builtins.setString(names.dName, Value("builtins"))
        builtins.setString(names.dDoc, .none)
        for t in types.exposed { builtins.setString(intern(t.name), .object(t)) }

        defineBuiltin("__build_class__") { (vm, args, kw) throws(PyError) -> Value in try vm.buildClass(args, kw) }
        defineBuiltin("__import__") { (vm, args, kw) throws(PyError) -> Value in try vm.builtinImport(args, kw) }
        defineBuiltin("isinstance") { (vm, args, kw) throws(PyError) -> Value in
            if let kw, !kw.isEmpty { throw vm.typeError("isinstance() takes no keyword arguments") }
            guard args.count == 2 else { throw vm.typeError("isinstance expected 2 arguments, got \(args.count)") }
            return .bool(try vm.isInstanceCheck(args[0], args[1]))
        }
        defineBuiltin("issubclass") { (vm, args, kw) throws(PyError) -> Value in
            if let kw, !kw.isEmpty { throw vm.typeError("issubclass() takes no keyword arguments") }
            guard args.count == 2 else { throw vm.typeError("issubclass expected 2 arguments, got \(args.count)") }
            return .bool(try vm.isSubclassCheck(args[0], args[1]))
        }
        defineBuiltin("getattr") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("getattr", args, kw, min: 2, max: 3)
            guard let name = vm.strObject(args[1]) else {
                throw vm.typeError("attribute name must be string, not '\(vm.typeName(args[1]))'")
            }
            if args.count == 3 {
                do throws(PyError) {
                    return try vm.lookupAttribute(args[0], vm.intern(name.value)) ?? args[2]
                } catch {
                    if vm.matches(error, vm.exceptions.AttributeError) { return args[2] }
                    throw error
                }
            }
            return try vm.getAttribute(args[0], vm.intern(name.value))
        }
        defineBuiltin("setattr") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("setattr", args, kw, min: 3, max: 3)
            guard let name = vm.strObject(args[1]) else {
                throw vm.typeError("attribute name must be string, not '\(vm.typeName(args[1]))'")
            }
            try vm.setAttribute(args[0], vm.intern(name.value), args[2])
            return .none
        }
        defineBuiltin("delattr") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("delattr", args, kw, min: 2, max: 2)
            guard let name = vm.strObject(args[1]) else {
                throw vm.typeError("attribute name must be string, not '\(vm.typeName(args[1]))'")
            }
            try vm.deleteAttribute(args[0], vm.intern(name.value))
            return .none
        }
        defineBuiltin("hasattr") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("hasattr", args, kw, min: 2, max: 2)
            guard let name = vm.strObject(args[1]) else {
                throw vm.typeError("attribute name must be string, not '\(vm.typeName(args[1]))'")
            }
            do throws(PyError) {
                return .bool(try vm.lookupAttribute(args[0], vm.intern(name.value)) != nil)
            } catch {
                if vm.matches(error, vm.exceptions.AttributeError) { return .bool(false) }
                throw error
            }
        }
        defineBuiltin("callable") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("callable", args, kw, min: 1, max: 1)
            return .bool(vm.isCallable(args[0]))
        }
        defineBuiltin("id") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("id", args, kw, min: 1, max: 1)
            if case .object(let o) = args[0] { return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue))) }
            return .int(try vm.hash(args[0]) &* 16 &+ 0x1000)
        }
        defineBuiltin("hash") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("hash", args, kw, min: 1, max: 1)
            return .int(try vm.hash(args[0]))
        }
        defineBuiltin("len") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("len", args, kw, min: 1, max: 1)
            return .int(try vm.length(args[0]))
        }
        defineBuiltin("repr") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("repr", args, kw, min: 1, max: 1)
            return Value(try vm.repr(args[0]))
        }
        defineBuiltin("ascii") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("ascii", args, kw, min: 1, max: 1)
            return Value(vm.asciiRepr(try vm.repr(args[0])))
        }
        defineBuiltin("iter") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("iter", args, kw, min: 1, max: 2)
            if args.count == 2 {
                let callable = args[0], sentinel = args[1]
                guard vm.isCallable(callable) else { throw vm.typeError("iter(v, w): v must be callable") }
                var done = false
                return vm.makeIterator { (vm) throws(PyError) -> Value? in
                    if done { return nil }
                    let v = try vm.call(callable, [])
                    if try vm.equals(v, sentinel) {
                        done = true
                        return nil
                    }
                    return v
                }
            }
            return try vm.iterate(args[0])
        }
        defineBuiltin("next") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("next", args, kw, min: 1, max: 2)
            let it = args[0]
            if case .object(let o) = it, o.kind == .iterator || o.kind == .generator {
                if let v = try vm.next(it) { return v }
                if args.count == 2 { return args[1] }
                if case .object(let go) = it, let g = go as? PyGenerator { throw vm.stopIteration(g.returnValue) }
                throw vm.stopIteration()
            }
            guard let method = vm.typeOf(it).lookupSpecial(vm.names.dNext) else {
                throw vm.typeError("'\(vm.typeName(it))' object is not an iterator")
            }
            do throws(PyError) {
                return try vm.callDescriptorMethod(method, on: it, [])
            } catch {
                if args.count == 2 && vm.matches(error, vm.exceptions.StopIteration) { return args[1] }
                throw error
            }
        }
        defineBuiltin("print") { (vm, args, kw) throws(PyError) -> Value in
            try vm.builtinPrint(args, kw)
            return .none
        }
        defineBuiltin("globals") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("globals", args, kw, min: 0, max: 0)
            guard let frame = vm.currentFrame else { return .object(vm.mainModule().namespace) }
            return .object(frame.globals)
        }
        defineBuiltin("locals") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("locals", args, kw, min: 0, max: 0)
            guard let frame = vm.currentFrame else { return .object(PyDict()) }
            return .object(vm.localsDict(frame))
        }
        defineBuiltin("vars") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("vars", args, kw, min: 0, max: 1)
            if args.isEmpty {
                guard let frame = vm.currentFrame else { return .object(PyDict()) }
                return .object(vm.localsDict(frame))
            }
            if let d = try vm.lookupAttribute(args[0], vm.names.dDict) { return d }
            throw vm.typeError("vars() argument must have __dict__ attribute")
        }
        defineBuiltin("dir") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("dir", args, kw, min: 0, max: 1)
            if args.isEmpty {
                guard let frame = vm.currentFrame else { return .object(PyList([])) }
                let names = vm.localsDict(frame).keys.compactMap { vm.strObject($0)?.value }.sorted()
                return .object(PyList(names.map { Value($0) }))
            }
            if let method = vm.typeOf(args[0]).lookupSpecial(vm.names.dDir) {
                let r = try vm.callDescriptorMethod(method, on: args[0], [])
                var items = try vm.collect(r)
                try vm.sortValues(&items, key: nil, reverse: false)
                return .object(PyList(items))
            }
            return .object(PyList(try vm.directory(args[0]).map { Value($0) }))
        }
        defineBuiltin("exec") { (vm, args, kw) throws(PyError) -> Value in
            _ = try vm.execOrEval(args, kw, mode: .module)
            return .none
        }
        defineBuiltin("eval") { (vm, args, kw) throws(PyError) -> Value in
            try vm.execOrEval(args, kw, mode: .expression)
        }
        defineBuiltin("compile") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("compile", args, kw,
                                          parameters: ["source", "filename", "mode", "flags", "dont_inherit", "optimize"], required: 3)
            let source = try vm.sourceText(slots[0]!)
            let filename = try vm.string(slots[1]!, "compile() argument 'filename'")
            let modeName = try vm.string(slots[2]!, "compile() argument 'mode'")
            let mode: Compiler.Mode
            switch modeName {
            case "exec": mode = .module
            case "eval": mode = .expression
            case "single": mode = .interactive
            default: throw vm.valueError("compile() mode must be 'exec', 'eval' or 'single'")
            }
            return .object(try vm.compile(source, filename: filename, mode: mode))
        }
    }

    func isCallable(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o.kind {
        case .function, .builtinFunction, .boundMethod, .type: return true
        default: return typeOf(v).lookupSpecial(names.dCall) != nil
        }
    }

    /// `isinstance` with tuples, `__instancecheck__` and `__class__` overrides.
    public func isInstanceCheck(_ v: Value, _ cls: Value) throws(PyError) -> Bool {
        if case .object(let o) = cls {
            if let t = o as? PyType {
                // As CPython: an exact type match wins; otherwise a metaclass __instancecheck__ decides.
                if typeOf(v) === t { return true }
                let meta = typeOf(cls)
                if meta.isHeapType, let check = meta.lookupSpecial(names.dInstancecheck) {
                    return try isTrue(try callDescriptorMethod(check, on: cls, [v]))
                }
                if typeOf(v).isSubtype(of: t) { return true }
                if let c = try? lookupAttribute(v, names.dClass), case .object(let co) = c, let ct = co as? PyType, ct !== typeOf(v) {
                    return ct.isSubtype(of: t)
                }
                return false
            }
            if let tuple = o as? PyTuple {
                for item in tuple.items where try isInstanceCheck(v, item) { return true }
                return false
            }
            if let union = o as? PyUnion {
                for member in union.members where try isInstanceCheck(v, member) { return true }
                return false
            }
            if o is GenericAlias { throw typeError("isinstance() argument 2 cannot be a parameterized generic") }
            if let check = typeOf(cls).lookupSpecial(names.dInstancecheck) {
                return try isTrue(try callDescriptorMethod(check, on: cls, [v]))
            }
        }
        throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
    }

    public func isSubclassCheck(_ v: Value, _ cls: Value) throws(PyError) -> Bool {
        if case .object(let o) = cls {
            if let tuple = o as? PyTuple {
                for item in tuple.items where try isSubclassCheck(v, item) { return true }
                return false
            }
            if let union = o as? PyUnion {
                for member in union.members where try isSubclassCheck(v, member) { return true }
                return false
            }
            let meta = typeOf(cls)
            if meta.isHeapType, let check = meta.lookupSpecial(names.dSubclasscheck) {
                return try isTrue(try callDescriptorMethod(check, on: cls, [v]))
            }
            if let t = o as? PyType {
                guard case .object(let so) = v, let sub = so as? PyType else {
                    throw typeError("issubclass() arg 1 must be a class")
                }
                return sub.isSubtype(of: t)
            }
        }
        throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }

    /// `locals()` of a frame: the namespace for module/class code, a snapshot for functions.
    func localsDict(_ frame: Frame) -> PyDict {
        if let l = frame.locals { return l }
        let d = frame.localsSnapshot ?? PyDict()
        frame.localsSnapshot = d
        let code = frame.code
        for i in 0..<code.localCount {
            if let v = frame.fastLocals[i] { d.setString(code.varnames[i], v) } else { d.removeString(code.varnames[i]) }
        }
        for (i, name) in code.cellAndFreeNames.enumerated() where i < frame.cells.count {
            if let v = frame.cells[i].value { d.setString(name, v) } else { d.removeString(name) }
        }
        return d
    }

    func sourceText(_ v: Value) throws(PyError) -> String {
        if let s = strObject(v) { return s.value }
        if case .object(let o) = v, let b = o as? PyBytes { return String(decoding: b.bytes, as: UTF8.self) }
        throw typeError("compile() arg 1 must be a string, bytes or AST object")
    }

    /// `exec(source, globals, locals)` and `eval(...)`.
    func execOrEval(_ args: [Value], _ kw: Keywords?, mode: Compiler.Mode) throws(PyError) -> Value {
        let name = mode == .expression ? "eval" : "exec"
        let slots = try bindNative(name, args, kw, parameters: ["source", "globals", "locals"], required: 1)
        var globals: PyDict
        var locals: PyDict?
        if let g = slots[1], !g.isNone {
            guard case .object(let go) = g, let gd = go as? PyDict else {
                throw typeError("\(name)() globals must be a dict, not \(typeName(g))")
            }
            globals = gd
            locals = gd
        } else if let frame = currentFrame {
            globals = frame.globals
            locals = localsDict(frame)
        } else {
            globals = mainModule().namespace
            locals = globals
        }
        if let l = slots[2], !l.isNone {
            guard case .object(let lo) = l, let ld = lo as? PyDict else {
                throw typeError("locals must be a mapping")
            }
            locals = ld
        }
        let code: PyCode
        if case .object(let co) = slots[0]!, let c = co as? PyCode {
            code = c
        } else {
            var source = try sourceText(slots[0]!)
            if mode == .expression {
                source = String(source.drop { $0 == " " || $0 == "\t" })
            }
            code = try compile(source, filename: "<string>", mode: mode)
        }
        if globals.lookupString(names.dBuiltins) == nil { globals.setString(names.dBuiltins, .object(builtinsModule)) }
        let frame = Frame(code: code, globals: globals, builtins: builtins, locals: locals, function: nil)
        return try execute(frame)
    }

    /// `print(*objects, sep=' ', end='\n', file=sys.stdout, flush=False)`.
    func builtinPrint(_ args: [Value], _ kw: Keywords?) throws(PyError) {
        var sep = " ", end = "\n"
        var file: Value?
        var flush = false
        if let kw {
            for (k, v) in zip(kw.names, kw.values) {
                switch k {
                case "sep":
                    if !v.isNone {
                        guard let s = strObject(v) else { throw typeError("sep must be None or a string, not \(typeName(v))") }
                        sep = s.value
                    }
                case "end":
                    if !v.isNone {
                        guard let s = strObject(v) else { throw typeError("end must be None or a string, not \(typeName(v))") }
                        end = s.value
                    }
                case "file": if !v.isNone { file = v }
                case "flush": flush = try isTrue(v)
                default: throw typeError("'\(k)' is an invalid keyword argument for print()")
                }
            }
        }
        let target = file ?? sysStream("stdout") ?? .none
        if case .object(let o) = target, let stream = o as? PyTextStream, let output = stream.output {
            var text = ""
            for (i, a) in args.enumerated() {
                if i > 0 { text += sep }
                text += try str(a)
            }
            text += end
            output.write(text)
            if flush { output.flush() }
            return
        }
        if target.isNone { return }
        // A Python file-like object sees each piece written separately, as CPython does it.
        for (i, a) in args.enumerated() {
            if i > 0 { _ = try callMethod(target, "write", [Value(sep)]) }
            _ = try callMethod(target, "write", [Value(try str(a))])
        }
        _ = try callMethod(target, "write", [Value(end)])
        if flush { _ = try callMethod(target, "flush", []) }
    }
}
