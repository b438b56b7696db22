import Foundation

/// The `sys` module.
extension Interpreter {
    func installSysModule() {
        let sys = PyModule(name: "sys")
        sysModule = sys
        modules.setString(intern("sys"), .object(sys))
        let ns = sys.namespace
        func set(_ name: String, _ v: Value) { ns.setString(intern(name), v) }

        set("modules", .object(modules))
        set("path", .object(PyList([])))
        set("argv", .object(PyList([Value("")])))
        set("maxsize", .int(Int.max))
        set("byteorder", Value("little"))
        set("platform", Value("linux"))
        set("version", Value("3.11.7 (Smolder)"))
        set("hexversion", .int(0x030B07F0))
        set("api_version", .int(1013))
        set("executable", Value(CommandLine.arguments.first ?? "smolder"))
        set("prefix", Value("/usr/local"))
        set("dont_write_bytecode", .bool(true))
        set("maxunicode", .int(0x10FFFF))
        set("builtin_module_names", .object(PyTuple(["builtins", "sys", "math", "time"].map { Value($0) })))
        set("float_repr_style", Value("short"))

        let versionInfoType = PyType(name: "version_info", qualname: "sys.version_info", bases: [types.tuple],
                                     metaclass: nil, isHeapType: false, instanceKind: .tuple)
        versionInfoType.mro = [versionInfoType, types.tuple, types.object]
        for (i, field) in ["major", "minor", "micro", "releaselevel", "serial"].enumerated() {
            versionInfoType.defineProperty(field) { (vm, v) throws(PyError) -> Value in
                guard let t = v.asObject as? PyTuple, i < t.items.count else { return .none }
                return t.items[i]
            }
        }
        versionInfoType.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard let t = args.first?.asObject as? PyTuple, t.items.count == 5 else { return Value("sys.version_info()") }
            return Value("sys.version_info(major=\(try vm.repr(t.items[0])), minor=\(try vm.repr(t.items[1])), micro=\(try vm.repr(t.items[2])), releaselevel=\(try vm.repr(t.items[3])), serial=\(try vm.repr(t.items[4])))")
        }
        set("version_info", .object(PyTuple([.int(3), .int(11), .int(7), Value("final"), .int(0)], cls: versionInfoType)))
        set("float_info", .object(makeStructSequence("sys.float_info", [
            ("max", .float(Double.greatestFiniteMagnitude)), ("max_exp", .int(1024)), ("max_10_exp", .int(308)),
            ("min", .float(Double.leastNormalMagnitude)), ("min_exp", .int(-1021)), ("min_10_exp", .int(-307)),
            ("dig", .int(15)), ("mant_dig", .int(53)), ("epsilon", .float(Double.ulpOfOne)), ("radix", .int(2)),
            ("rounds", .int(1)),
        ])))
        set("int_info", .object(makeStructSequence("sys.int_info", [
            ("bits_per_digit", .int(30)), ("sizeof_digit", .int(4)), ("default_max_str_digits", .int(4300)),
            ("str_digits_check_threshold", .int(640)),
        ])))

        set("hash_info", .object(makeStructSequence("sys.hash_info", [
            ("width", .int(64)), ("modulus", .int(2305843009213693951)), ("inf", .int(314159)), ("nan", .int(0)),
            ("imag", .int(1000003)), ("algorithm", Value("siphash13")), ("hash_bits", .int(64)),
            ("seed_bits", .int(128)), ("cutoff", .int(0)),
        ])))

        let implementation = PyModule(name: "implementation")
        implementation.namespace.setString(intern("name"), Value("smolder"))
        implementation.namespace.setString(intern("cache_tag"), .none)
        set("implementation", .object(implementation))

        let streamType = PyType(name: "TextIOWrapper", qualname: "_io.TextIOWrapper", bases: [types.object],
                                metaclass: nil, isHeapType: false, instanceKind: .other)
        streamType.mro = [streamType, types.object]
        installTextStreamType(streamType)
        let stdout = PyTextStream(output: standardOutput, name: "<stdout>", fileDescriptor: 1, cls: streamType)
        let stderr = PyTextStream(output: standardError, name: "<stderr>", fileDescriptor: 2, cls: streamType)
        let stdin = PyTextStream(output: nil, name: "<stdin>", fileDescriptor: 0, cls: streamType)
        for (name, stream) in [("stdout", stdout), ("stderr", stderr), ("stdin", stdin)] {
            set(name, .object(stream))
            set("__\(name)__", .object(stream))
        }

        defineFunction(in: sys, "exit") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("exit", args, kw, min: 0, max: 1)
            throw PyError(vm.makeException(vm.exceptions.SystemExit, args))
        }
        defineFunction(in: sys, "getrecursionlimit") { (vm, args, kw) throws(PyError) -> Value in
            .int(vm.recursionLimit)
        }
        defineFunction(in: sys, "setrecursionlimit") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("setrecursionlimit", args, kw, min: 1, max: 1)
            let n = try vm.index(args[0])
            if n < 1 { throw vm.valueError("recursion limit must be greater or equal than 1") }
            if n <= vm.recursionDepth {
                throw vm.error(vm.exceptions.RecursionError, "cannot set the recursion limit to \(n) at the recursion depth \(vm.recursionDepth): the limit is too low")
            }
            // The interpreter thread's stack bounds how deep Swift can go; cap silently.
            vm.recursionLimit = min(n, Interpreter.maximumRecursionLimit)
            return .none
        }
        defineFunction(in: sys, "exc_info") { (vm, args, kw) throws(PyError) -> Value in
            guard let e = vm.handledException else { return .object(PyTuple([.none, .none, .none])) }
            return .object(PyTuple([.object(e.type), .object(e), e.traceback.map { .object($0) } ?? .none]))
        }
        defineFunction(in: sys, "exception") { (vm, args, kw) throws(PyError) -> Value in
            vm.handledException.map { .object($0) } ?? .none
        }
        defineFunction(in: sys, "intern") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("intern", args, kw, min: 1, max: 1)
            return .object(vm.intern(try vm.string(args[0], "intern() argument")))
        }
        defineFunction(in: sys, "getsizeof") { (vm, args, kw) throws(PyError) -> Value in
            guard let v = args.first else { throw vm.typeError("getsizeof() missing required argument 'object' (pos 1)") }
            if let m = vm.typeOf(v).lookupSpecial(vm.names.dSizeof) { return try vm.callDescriptorMethod(m, on: v, []) }
            return .int(64)
        }
        defineFunction(in: sys, "getrefcount") { (vm, args, kw) throws(PyError) -> Value in
            if let kw, !kw.isEmpty { throw vm.typeError("sys.getrefcount() takes no keyword arguments") }
            guard args.count == 1 else {
                throw vm.typeError("sys.getrefcount() takes exactly one argument (\(args.count) given)")
            }
            // Ints, floats, bools and None are not objects here: like CPython's immortal ones, a large count.
            guard case .object(let o) = args[0] else { return .int(1 << 32) }
            // The runtime's count of strong references; the argument array holds one, as in CPython.
            return .int(swiftRetainCount(Unmanaged.passUnretained(o).toOpaque()))
        }
        defineFunction(in: sys, "getdefaultencoding") { (_, _, _) throws(PyError) -> Value in Value("utf-8") }
        defineFunction(in: sys, "getfilesystemencoding") { (_, _, _) throws(PyError) -> Value in Value("utf-8") }
        defineFunction(in: sys, "_getframe") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("_getframe", args, kw, min: 0, max: 1)
            var depth = args.isEmpty ? 0 : try vm.index(args[0])
            // The native call itself has no frame: depth 0 is the Python caller.
            var frame = vm.currentFrame
            while depth > 0, let f = frame {
                frame = f.back
                depth -= 1
            }
            guard let found = frame else { throw vm.valueError("call stack is not deep enough") }
            return .object(PyFrameObject(found))
        }
    }

    /// A tuple subclass instance with named fields and CPython's `name(field=value, ...)` repr.
    func makeStructSequence(_ qualifiedName: String, _ fields: [(String, Value)]) -> PyTuple {
        let shortName = String(qualifiedName.split(separator: ".").last ?? Substring(qualifiedName))
        let type = PyType(name: shortName, qualname: qualifiedName, bases: [types.tuple], metaclass: nil,
                          isHeapType: false, instanceKind: .tuple)
        type.mro = [type, types.tuple, types.object]
        for (i, field) in fields.enumerated() {
            type.defineProperty(field.0) { (vm, v) throws(PyError) -> Value in
                guard let t = v.asObject as? PyTuple, i < t.items.count else { return .none }
                return t.items[i]
            }
        }
        let names = fields.map(\.0)
        type.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard let t = args.first?.asObject as? PyTuple else { return Value(qualifiedName + "()") }
            var parts: [String] = []
            for (name, v) in zip(names, t.items) { parts.append("\(name)=\(try vm.repr(v))") }
            return Value("\(qualifiedName)(\(parts.joined(separator: ", ")))")
        }
        return PyTuple(ContiguousArray(fields.map(\.1)), cls: type)
    }

    /// Deepest Python recursion the interpreter thread's stack can take safely.
    public static let maximumRecursionLimit = 20_000

    private func installTextStreamType(_ type: PyType) {
        type.define("write") { (vm, args, kw) throws(PyError) -> Value in
            guard args.count == 2, case .object(let o) = args[0], let s = o as? PyTextStream else {
                throw vm.typeError("write() takes exactly one argument (\(max(0, args.count - 1)) given)")
            }
            guard let text = vm.strObject(args[1]) else {
                throw vm.typeError("write() argument must be str, not \(vm.typeName(args[1]))")
            }
            guard let output = s.output else { throw vm.error(vm.exceptions.OSError, "not writable") }
            if s.fileDescriptor == 2 { vm.standardOutput.flush() }
            output.write(text.value)
            return .int(text.count)
        }
        type.define("flush") { (vm, args, _) throws(PyError) -> Value in
            if case .object(let o)? = args.first, let s = o as? PyTextStream { s.output?.flush() }
            return .none
        }
        type.define("fileno") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let s = o as? PyTextStream else { return .int(-1) }
            return .int(Int(s.fileDescriptor))
        }
        type.define("isatty") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let s = o as? PyTextStream else { return .bool(false) }
            return .bool(isatty(s.fileDescriptor) != 0)
        }
        type.define("readline") { (vm, args, _) throws(PyError) -> Value in
            Value(try vm.readLineInterruptibly() ?? "")
        }
        type.define("read") { (vm, args, _) throws(PyError) -> Value in
            var all = ""
            while let line = try vm.readLineInterruptibly() { all += line }
            return Value(all)
        }
        type.define("__iter__") { (vm, args, _) throws(PyError) -> Value in
            vm.makeIterator { (vm) throws(PyError) -> Value? in try vm.readLineInterruptibly().map { Value($0) } }
        }
        type.define("writable") { (vm, args, _) throws(PyError) -> Value in
            .bool((args.first?.asObject as? PyTextStream)?.output != nil)
        }
        type.define("readable") { (vm, args, _) throws(PyError) -> Value in
            .bool((args.first?.asObject as? PyTextStream)?.output == nil)
        }
        type.defineProperty("name") { (vm, v) throws(PyError) -> Value in Value((v.asObject as? PyTextStream)?.name ?? "") }
        type.defineProperty("encoding") { (vm, v) throws(PyError) -> Value in Value("utf-8") }
        type.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            let name = (args.first?.asObject as? PyTextStream)?.name ?? "?"
            return Value("<_io.TextIOWrapper name='\(name)' mode='\(name == "<stdin>" ? "r" : "w")' encoding='utf-8'>")
        }
    }

    /// Reads one line from standard input, including its newline; nil at end of input.
    public func readLine() -> String? {
        try? readLineInterruptibly(handlingSignals: false)
    }

    /// `readLine` for Python code waiting on input: a signal arriving meanwhile runs its handler
    /// (Ctrl-C raises KeyboardInterrupt), as CPython's `input()` does.
    func readLineInterruptibly(handlingSignals: Bool = true) throws(PyError) -> String? {
        standardOutput.flush()
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let n = Foundation.read(0, &byte, 1)
            if n <= 0 {
                if n < 0 && errno == EINTR {
                    if handlingSignals && checkInterruptFlag { try raiseIfInterrupted() }
                    continue
                }
                break
            }
            bytes.append(byte)
            if byte == 10 { break }
        }
        if bytes.isEmpty { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
