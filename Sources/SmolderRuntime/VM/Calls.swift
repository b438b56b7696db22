/// Calling: Python functions (argument binding with CPython's error messages), builtins, bound
/// methods, classes (`type.__call__`), and objects with `__call__`.
extension Interpreter {
    public func call(_ callable: Value, _ args: [Value], _ keywords: Keywords? = nil) throws(PyError) -> Value {
        guard case .object(let o) = callable else {
            throw typeError("'\(typeName(callable))' object is not callable")
        }
        switch o.kind {
        case .function:
            let f = unsafeDowncast(o, to: PyFunction.self)
            return try args.withUnsafeBufferPointer { (buffer) throws(PyError) -> Value in
                try callFunction(f, positional: buffer, keywords: keywords)
            }
        case .builtinFunction:
            let f = unsafeDowncast(o, to: PyBuiltinFunction.self)
            if let s = f.boundSelf { return try f.function(self, [s] + args, keywords) }
            return try f.function(self, args, keywords)
        case .boundMethod:
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            return try call(m.function, [m.selfValue] + args, keywords)
        case .type:
            return try callType(unsafeDowncast(o, to: PyType.self), args, keywords)
        default:
            guard let method = typeOf(callable).lookupSpecial(names.dCall) else {
                throw typeError("'\(typeName(callable))' object is not callable")
            }
            return try callWithKeywords(method, callable, args, keywords)
        }
    }

    private func callWithKeywords(_ method: Value, _ instance: Value, _ args: [Value], _ keywords: Keywords?) throws(PyError) -> Value {
        let bound = try bindDescriptor(method, instance: instance, owner: typeOf(instance))
        return try call(bound, args, keywords)
    }

    /// Calls a Python function with positional arguments in a buffer (often the caller's stack).
    func callFunction(_ f: PyFunction, positional: UnsafeBufferPointer<Value>, keywords: Keywords?) throws(PyError) -> Value {
        let frame = frameForCall(f)
        try bindArguments(f, frame: frame, positional: positional, keywords: keywords)
        return try runFunctionFrame(f, frame)
    }

    /// Calls a Python function that `takesPlainCall(count)`, moving the arguments from `base` into its
    /// frame: their slots are left uninitialised, and no reference count changes hands. Parameters
    /// past the arguments get their defaults.
    @inline(__always)
    func callFunction(_ f: PyFunction, movingArgumentsFrom base: UnsafeMutablePointer<Value>, count: Int) throws(PyError) -> Value {
        let frame = frameForCall(f)
        // The frame's slots are unbound (fresh or reset) and `Value?` shares `Value`'s layout.
        ValueSlot.moveBytes(from: base, to: frame.fastLocals, count: count)
        return try runFunctionFrame(f, frame, given: count)
    }

    /// Calls a Python function that `takesPlainCall(2)` with two arguments copied into its frame
    /// (binary operator methods, `__eq__`): no argument array, no general binding.
    func callFunction(_ f: PyFunction, with first: Value, _ second: Value) throws(PyError) -> Value {
        let frame = frameForCall(f)
        frame.fastLocals.initialize(to: first)
        (frame.fastLocals + 1).initialize(to: second)
        return try runFunctionFrame(f, frame, given: 2)
    }

    /// Runs a frame whose first `count` parameters are bound, the rest taken from the defaults.
    @inline(__always)
    private func runFunctionFrame(_ f: PyFunction, _ frame: Frame, given count: Int) throws(PyError) -> Value {
        let missing = f.code.plainParameterCount - count
        if missing > 0 { fillDefaults(of: f, into: frame, from: count, missing: missing) }
        return try runFunctionFrame(f, frame)
    }

    /// The last `missing` defaults into the parameters from `first` on.
    @inline(never)
    private func fillDefaults(of f: PyFunction, into frame: Frame, from first: Int, missing: Int) {
        let defaults = f.defaults
        let offset = defaults.count - missing
        for i in 0..<missing { (frame.fastLocals + first + i).initialize(to: defaults[offset + i]) }
    }

    /// A frame for a call of `f`: a pooled one of its code when there is one.
    @inline(__always)
    private func frameForCall(_ f: PyFunction) -> Frame {
        guard let frame = f.code.takePooledFrame() else {
            return Frame(code: f.code, globals: f.globals, builtins: builtins, locals: nil, function: f)
        }
        // Usually the same objects as last time: skip the stores (each costs a retain and a release).
        if frame.globalsIdentity != ObjectIdentifier(f.globals) { frame.globals = f.globals }
        if frame.functionIdentity != ObjectIdentifier(f) { frame.function = f }
        return frame
    }

    /// Runs a function's frame whose arguments are bound; the frame goes back to the pool after.
    @inline(__always)
    private func runFunctionFrame(_ f: PyFunction, _ frame: Frame) throws(PyError) -> Value {
        var frame = frame
        let code = f.code
        if code.cellCount != 0 || code.freeCount != 0 { setUpCells(frame, f) }
        if code.isGenerator { return .object(PyGenerator(frame: frame, name: f.name, qualname: f.qualname, vm: self)) }
        let result = try execute(frame)
        if isKnownUniquelyReferenced(&frame) {
            frame.resetForReuse()
            _ = code.poolFrame(frame)
        }
        return result
    }

    func setUpCells(_ frame: Frame, _ f: PyFunction) {
        // Into the frame's own array: a pooled frame kept its capacity from the last call.
        frame.cells.reserveCapacity(f.code.cellCount + f.code.freeCount)
        for paramIndex in f.code.code.cellParameterIndices {
            if paramIndex >= 0 {
                frame.cells.append(PyCell(frame.fastLocals[paramIndex]))
            } else {
                frame.cells.append(PyCell())
            }
        }
        for cell in f.closure { frame.cells.append(cell) }
    }

    /// Fills the frame's parameter slots from the call's arguments, applying defaults, `*args`,
    /// `**kwargs` and CPython's error messages.
    func bindArguments(_ f: PyFunction, frame: Frame, positional: UnsafeBufferPointer<Value>, keywords: Keywords?) throws(PyError) {
        let pycode = f.code
        let argCount = pycode.argumentCount
        let locals = frame.fastLocals
        let given = positional.count
        let hasVarargs = pycode.hasVarargs
        let hasVarkw = pycode.hasVarkeywords

        // Fast path: exact positional call, no keywords.
        if keywords == nil && given == argCount && !hasVarargs && !hasVarkw && pycode.keywordOnlyCount == 0 {
            // The slots are unbound (fresh or reset frame): plain copies, nothing to release.
            guard let source = positional.baseAddress else { return }
            for i in 0..<given { ValueSlot.copy(from: source + i, to: locals + i) }
            return
        }
        let code = pycode.code

        let copied = min(given, argCount)
        for i in 0..<copied { locals[i] = positional[i] }
        var slot = code.parameterCount
        if hasVarargs {
            let extra = given > argCount ? Array(positional[argCount...]) : []
            locals[slot] = .object(PyTuple(extra))
            slot += 1
        } else if given > argCount {
            throw tooManyPositional(f, given: given, keywords: keywords)
        }
        var kwargsDict: PyDict?
        if hasVarkw {
            kwargsDict = PyDict()
            locals[slot] = .object(kwargsDict!)
        }
        if let keywords {
            var positionalOnlyAsKeyword: [String] = []
            for (name, value) in zip(keywords.names, keywords.values) {
                var index = -1
                for i in code.positionalOnlyCount..<code.parameterCount where code.varnames[i] == name {
                    index = i
                    break
                }
                if index >= 0 {
                    if locals[index] != nil {
                        throw typeError("\(f.qualname)() got multiple values for argument '\(name)'")
                    }
                    locals[index] = value
                } else if let kwargsDict {
                    kwargsDict.setString(intern(name), value)
                } else if code.varnames[0..<code.positionalOnlyCount].contains(name) {
                    positionalOnlyAsKeyword.append(name)
                } else {
                    throw typeError("\(f.qualname)() got an unexpected keyword argument '\(name)'")
                }
            }
            if !positionalOnlyAsKeyword.isEmpty {
                throw typeError("\(f.qualname)() got some positional-only arguments passed as keyword arguments: '\(positionalOnlyAsKeyword.joined(separator: ", "))'")
            }
        }
        // Defaults for positional parameters.
        if given < argCount {
            let defaults = f.defaults
            let firstDefault = argCount - defaults.count
            var missing: [String] = []
            for i in given..<argCount where locals[i] == nil {
                if i >= firstDefault {
                    locals[i] = defaults[i - firstDefault]
                } else {
                    missing.append(code.varnames[i])
                }
            }
            if !missing.isEmpty { throw missingArguments(f, missing, kind: "positional") }
        }
        if code.keywordOnlyCount > 0 {
            var missing: [String] = []
            for i in argCount..<code.parameterCount where locals[i] == nil {
                let name = code.varnames[i]
                if let d = f.keywordDefaults?.lookupString(intern(name)) {
                    locals[i] = d
                } else {
                    missing.append(name)
                }
            }
            if !missing.isEmpty { throw missingArguments(f, missing, kind: "keyword-only") }
        }
    }

    private func tooManyPositional(_ f: PyFunction, given: Int, keywords: Keywords?) -> PyError {
        let code = f.code.code
        let required = code.argCount - f.defaults.count
        let takes: String
        if f.defaults.isEmpty {
            takes = "\(code.argCount) positional argument\(code.argCount == 1 ? "" : "s")"
        } else {
            takes = "from \(required) to \(code.argCount) positional arguments"
        }
        var keywordOnlyGiven = 0
        if let keywords {
            for name in keywords.names where code.varnames[code.argCount..<code.parameterCount].contains(name) {
                keywordOnlyGiven += 1
            }
        }
        let wasWere = given == 1 ? "was" : "were"
        if keywordOnlyGiven > 0 {
            return typeError("\(f.qualname)() takes \(takes) but \(given) positional argument\(given == 1 ? "" : "s") (and \(keywordOnlyGiven) keyword-only argument\(keywordOnlyGiven == 1 ? "" : "s")) were given")
        }
        return typeError("\(f.qualname)() takes \(takes) but \(given) \(wasWere) given")
    }

    private func missingArguments(_ f: PyFunction, _ missing: [String], kind: String) -> PyError {
        let quoted = missing.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        let plural = missing.count == 1 ? "" : "s"
        return typeError("\(f.qualname)() missing \(missing.count) required \(kind) argument\(plural): \(list)")
    }

    // MARK: Calling classes

    /// `type.__call__`: `__new__` then `__init__`.
    func callType(_ type: PyType, _ args: [Value], _ keywords: Keywords?) throws(PyError) -> Value {
        if type === types.type && args.count == 1 && (keywords?.isEmpty ?? true) {
            return .object(typeOf(args[0]))
        }
        let meta = typeOf(.object(type))
        if meta !== types.type, meta.isHeapType, let metaCall = meta.lookupSpecial(names.dCall),
           !isBuiltinTypeCall(metaCall) {
            return try call(try bindDescriptor(metaCall, instance: .object(type), owner: meta), args, keywords)
        }
        return try callTypeDirect(type, args, keywords)
    }

    private func isBuiltinTypeCall(_ v: Value) -> Bool {
        if case .object(let o) = v, let f = o as? PyBuiltinFunction { return f.qualname == "type.__call__" }
        return false
    }
}
