/// Helpers for defining native methods, properties and builtin functions, and for checking the
/// arguments they receive with CPython's messages.
extension PyType {
    /// Defines a method; the native function receives `self` as `args[0]`.
    public func define(_ name: String, _ function: @escaping NativeFunction) {
        let f = PyBuiltinFunction(name: name, qualname: "\(self.name).\(name)", isMethodDescriptor: true, function)
        namespace.setString(StringInterner.shared.intern(name), .object(f))
    }

    /// Defines a static method (for example `str.maketrans`, `dict.fromkeys` uses `defineClassMethod`).
    public func defineStatic(_ name: String, _ function: @escaping NativeFunction) {
        let f = PyBuiltinFunction(name: name, qualname: "\(self.name).\(name)", function)
        namespace.setString(StringInterner.shared.intern(name), .object(PyMethodWrapper(callable: .object(f), isClassMethod: false)))
    }

    /// Defines a class method; the native function receives the class as `args[0]`.
    public func defineClassMethod(_ name: String, _ function: @escaping NativeFunction) {
        let f = PyBuiltinFunction(name: name, qualname: "\(self.name).\(name)", function)
        namespace.setString(StringInterner.shared.intern(name), .object(PyMethodWrapper(callable: .object(f), isClassMethod: true)))
    }

    /// Defines a read-only attribute computed from the instance.
    public func defineProperty(_ name: String, _ getter: @escaping (Interpreter, Value) throws(PyError) -> Value) {
        let f = PyBuiltinFunction(name: name, qualname: "\(self.name).\(name)") { (vm, args, _) throws(PyError) -> Value in
            try getter(vm, args.first ?? .none)
        }
        namespace.setString(StringInterner.shared.intern(name), .object(PyProperty(getter: .object(f), setter: .none, deleter: .none, doc: .none)))
    }

    /// Sets a plain class attribute.
    public func setAttribute(_ name: String, _ value: Value) {
        namespace.setString(StringInterner.shared.intern(name), value)
    }
}

extension Interpreter {
    /// Defines a function in the `builtins` module.
    public func defineBuiltin(_ name: String, _ function: @escaping NativeFunction) {
        builtins.setString(intern(name), .object(PyBuiltinFunction(name: name, function)))
    }

    /// Defines a function in a module.
    public func defineFunction(in module: PyModule, _ name: String, _ function: @escaping NativeFunction) {
        module.namespace.setString(intern(name), .object(PyBuiltinFunction(name: name, function)))
    }

    // MARK: Argument checks (messages as CPython's)

    /// `name() takes exactly one argument (N given)` style checks for functions without keywords.
    public func checkArgumentCount(_ name: String, _ args: [Value], _ keywords: Keywords?, min: Int, max: Int) throws(PyError) {
        if let keywords, !keywords.isEmpty { throw typeError("\(name)() takes no keyword arguments") }
        let n = args.count
        if n >= min && n <= max { return }
        if min == max {
            switch min {
            case 0: throw typeError("\(name)() takes no arguments (\(n) given)")
            case 1: throw typeError("\(name)() takes exactly one argument (\(n) given)")
            default: throw typeError("\(name)() takes exactly \(min) arguments (\(n) given)")
            }
        }
        if n < min {
            throw typeError("\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)")
        }
        throw typeError("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
    }

    /// Binds positional and keyword arguments to named parameters (for natives that accept keywords).
    /// Returns one slot per parameter; nil where not given.
    public func bindNative(_ name: String, _ args: [Value], _ keywords: Keywords?, parameters: [String],
                           required: Int = 0, positionalOnly: Int = 0) throws(PyError) -> [Value?] {
        var slots = [Value?](repeating: nil, count: parameters.count)
        if args.count > parameters.count {
            throw typeError("\(name)() takes at most \(parameters.count) argument\(parameters.count == 1 ? "" : "s") (\(args.count) given)")
        }
        for (i, a) in args.enumerated() { slots[i] = a }
        if let keywords {
            for (k, v) in zip(keywords.names, keywords.values) {
                guard let i = parameters.firstIndex(of: k), i >= positionalOnly else {
                    throw typeError("\(name)() got an unexpected keyword argument '\(k)'")
                }
                if slots[i] != nil {
                    throw typeError("argument for \(name)() given by name ('\(k)') and position (\(i + 1))")
                }
                slots[i] = v
            }
        }
        for i in 0..<required where slots[i] == nil {
            throw typeError("\(name)() missing required argument '\(parameters[i])' (pos \(i + 1))")
        }
        return slots
    }

    // MARK: Conversions natives need

    /// An index-sized int from an int-like value (`__index__` honoured).
    public func index(_ v: Value) throws(PyError) -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default:
            if let b = bigInt(v) {
                guard let i = Int(exactly: b) else {
                    throw error(exceptions.IndexError, "cannot fit 'int' into an index-sized integer")
                }
                return i
            }
            if let r = try callSpecial(v, names.dIndex, []) {
                if case .int(let i) = r { return i }
                if let b = bigInt(r), let i = Int(exactly: b) { return i }
                throw typeError("__index__ returned non-int (type \(typeName(r)))")
            }
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }

    /// The Swift string of a `str` value, or a TypeError naming `what`.
    public func string(_ v: Value, _ what: String = "argument") throws(PyError) -> String {
        if case .object(let o) = v, o.kind == .str { return unsafeDowncast(o, to: PyStr.self).value }
        throw typeError("\(what) must be str, not \(typeName(v))")
    }

    /// The `PyStr` of a `str` value, or nil.
    public func strObject(_ v: Value) -> PyStr? {
        if case .object(let o) = v, o.kind == .str { return unsafeDowncast(o, to: PyStr.self) }
        return nil
    }
}
