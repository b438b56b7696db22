import BigInt

/// chr, ord, format and input.
extension Interpreter {
    func installCharacterBuiltins() {
        defineBuiltin("chr") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("chr", args, kw, min: 1, max: 1)
            let code = try vm.cInt(args[0])
            guard code >= 0 && code < 0x110000 else { throw vm.valueError("chr() arg not in range(0x110000)") }
            // Swift strings cannot hold a lone surrogate; it becomes U+FFFD, as in string literals.
            let scalar = Unicode.Scalar(UInt32(code)) ?? "\u{FFFD}"
            return Value(String(Character(scalar)))
        }
        defineBuiltin("ord") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("ord", args, kw, min: 1, max: 1)
            guard case .object(let o) = args[0] else {
                throw vm.typeError("ord() expected string of length 1, but \(vm.typeName(args[0])) found")
            }
            switch o.kind {
            case .str:
                let s = unsafeDowncast(o, to: PyStr.self)
                guard s.count == 1 else {
                    throw vm.typeError("ord() expected a character, but string of length \(s.count) found")
                }
                return .int(Int(s.scalar(at: 0).value))
            case .bytes, .bytearray:
                let b = unsafeDowncast(o, to: PyBytes.self)
                guard b.bytes.count == 1 else {
                    throw vm.typeError("ord() expected a character, but string of length \(b.bytes.count) found")
                }
                return .int(Int(b.bytes[0]))
            default:
                throw vm.typeError("ord() expected string of length 1, but \(vm.typeName(args[0])) found")
            }
        }
        defineBuiltin("format") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("format", args, kw, min: 1, max: 2)
            if args.count == 1 { return try vm.format(args[0], Value("")) }
            guard vm.strObject(args[1]) != nil || vm.typeOf(args[1]).isSubtype(of: vm.types.str) else {
                throw vm.typeError("format() argument 2 must be str, not \(vm.typeName(args[1]))")
            }
            let result = try vm.format(args[0], args[1])
            guard vm.strObject(result) != nil || vm.typeOf(result).isSubtype(of: vm.types.str) else {
                throw vm.typeError("__format__ must return a str, not \(vm.typeName(result))")
            }
            return result
        }
        defineBuiltin("input") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("input", args, kw, min: 0, max: 1)
            return try vm.builtinInput(args.first)
        }
    }

    /// A C `int` argument (`__index__` honoured), with CPython's OverflowError beyond 32 bits.
    func cInt(_ v: Value) throws(PyError) -> Int {
        var b = bigInt(v)
        if b == nil, case .object = v, let r = try callSpecial(v, names.dIndex, []) {
            guard let rb = bigInt(r) else { throw typeError("__index__ returned non-int (type \(typeName(r)))") }
            b = rb
        }
        guard let b else { throw typeError("'\(typeName(v))' object cannot be interpreted as an integer") }
        guard let i = Int32(exactly: b) else {
            throw overflowError("Python int too large to convert to C int")
        }
        return Int(i)
    }

    /// `input(prompt)`: the prompt goes to `sys.stdout`, the line comes from `sys.stdin` without its
    /// newline; EOFError at end of input.
    func builtinInput(_ prompt: Value?) throws(PyError) -> Value {
        guard let stdin = sysStream("stdin"), !stdin.isNone else { throw error(exceptions.RuntimeError, "input(): lost sys.stdin") }
        guard let stdout = sysStream("stdout"), !stdout.isNone else { throw error(exceptions.RuntimeError, "input(): lost sys.stdout") }
        standardError.flush()
        var text = ""
        if let prompt { text = try str(prompt) }
        if case .object(let o) = stdout, let stream = o as? PyTextStream, let output = stream.output {
            output.write(text)
            output.flush()
        } else {
            if !text.isEmpty { _ = try callMethod(stdout, "write", [Value(text)]) }
            _ = try callMethod(stdout, "flush", [])
        }
        var line: String
        if case .object(let o) = stdin, o is PyTextStream {
            line = try readLineInterruptibly() ?? ""
        } else {
            let r = try callMethod(stdin, "readline", [])
            guard let s = strObject(r) else { throw typeError("object.readline() returned non-string") }
            line = s.value
        }
        if line.isEmpty { throw error(exceptions.EOFError, "EOF when reading a line") }
        // Scalars, not Characters: "\r\n" is one Character and must keep its "\r".
        if line.unicodeScalars.last == "\n" { line.unicodeScalars.removeLast() }
        return Value(line)
    }
}
