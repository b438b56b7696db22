/// Argument checking for str methods, with the (varied) messages CPython's str methods give.
enum StrArity {
    /// `str.upper() takes no arguments (1 given)`.
    case none
    /// `str.join() takes exactly one argument (0 given)`.
    case one
    /// Argument Clinic positional methods: `ljust expected at least 1 argument, got 0`.
    case clinic(Int, Int)
    /// Old-style varargs methods: `find() takes at least 1 argument (0 given)`.
    case varargs(Int, Int)
    /// Slot wrappers (`__len__`, `__add__`): `expected 1 argument, got 0`.
    case wrapper(Int)
}

extension Interpreter {
    /// Checks the receiver and argument count of a str method; returns the receiver.
    func strSelf(_ args: [Value], _ kw: Keywords?, _ name: String, _ arity: StrArity) throws(PyError) -> PyStr {
        guard let first = args.first else { throw typeError("unbound method str.\(name)() needs an argument") }
        guard let s = strObject(first) else {
            throw typeError("descriptor '\(name)' for 'str' objects doesn't apply to a '\(typeName(first))' object")
        }
        let n = args.count - 1
        if let kw, !kw.isEmpty {
            switch arity {
            case .varargs: throw typeError("\(name)() takes no keyword arguments")
            case .wrapper: throw typeError("wrapper \(name)() takes no keyword arguments")
            default: throw typeError("str.\(name)() takes no keyword arguments")
            }
        }
        switch arity {
        case .none:
            if n != 0 { throw typeError("str.\(name)() takes no arguments (\(n) given)") }
        case .one:
            if n != 1 { throw typeError("str.\(name)() takes exactly one argument (\(n) given)") }
        case .clinic(let lo, let hi):
            if n < lo { throw typeError("\(name) expected at least \(lo) argument\(lo == 1 ? "" : "s"), got \(n)") }
            if n > hi { throw typeError("\(name) expected at most \(hi) argument\(hi == 1 ? "" : "s"), got \(n)") }
        case .varargs(let lo, let hi):
            if n < lo { throw typeError("\(name)() takes at least \(lo) argument\(lo == 1 ? "" : "s") (\(n) given)") }
            if n > hi { throw typeError("\(name)() takes at most \(hi) argument\(hi == 1 ? "" : "s") (\(n) given)") }
        case .wrapper(let k):
            if n != k { throw typeError("expected \(k) argument\(k == 1 ? "" : "s"), got \(n)") }
        }
        return s
    }

    /// Binds the arguments of a str method that accepts keywords (`split`, `encode`, ...).
    func strKeywordArgs(_ args: [Value], _ kw: Keywords?, _ name: String, _ parameters: [String]) throws(PyError) -> (PyStr, [Value?]) {
        let s = try strSelf(args, nil, name, .varargs(0, parameters.count))
        var slots = [Value?](repeating: nil, count: parameters.count)
        for (i, a) in args.dropFirst().enumerated() { slots[i] = a }
        if let kw {
            for (k, v) in zip(kw.names, kw.values) {
                guard let i = parameters.firstIndex(of: k) else {
                    throw typeError("'\(k)' is an invalid keyword argument for \(name)()")
                }
                if slots[i] != nil {
                    throw typeError("argument for \(name)() given by name ('\(k)') and position (\(i + 1))")
                }
                slots[i] = v
            }
        }
        return (s, slots)
    }

    /// A `str` argument, or `TypeError: must be str, not int` (the message most str methods use).
    /// With a `prefix` (Argument Clinic's messages), None is named `None` rather than `NoneType`.
    func strArgument(_ v: Value, _ prefix: String = "") throws(PyError) -> PyStr {
        if let s = strObject(v) { return s }
        throw typeError("\(prefix)must be str, not \(clinicTypeName(v, prefix.isEmpty))")
    }

    /// Argument Clinic writes `None` for None where other messages write `NoneType`.
    func clinicTypeName(_ v: Value, _ plain: Bool = false) -> String {
        if v.isNone && !plain { return "None" }
        return typeName(v)
    }

    /// The optional `start`/`end` of find-like methods: None or an int (`__index__` honoured), clamped
    /// the way slices are.
    func strSearchRange(_ s: PyStr, _ args: [Value], from position: Int) throws(PyError) -> (Int, Int) {
        let n = s.count
        func bound(_ i: Int, _ fallback: Int, clampHigh: Bool) throws(PyError) -> Int {
            guard i < args.count, !args[i].isNone else { return fallback }
            let v = args[i]
            switch v {
            case .int, .bool: break
            default:
                if bigInt(v) == nil && typeOf(v).lookupSpecial(names.dIndex) == nil {
                    throw typeError("slice indices must be integers or None or have an __index__ method")
                }
            }
            var x = try sliceIndex(v)
            if x < 0 { x = Swift.max(0, x + n) } else if x > n && clampHigh { x = n }
            return x
        }
        // CPython leaves a start past the end alone, so that ''.find('', 5) is -1.
        let start = try bound(position, 0, clampHigh: false)
        let end = try bound(position + 1, n, clampHigh: true)
        return (start, end)
    }

    /// MemoryError for a result that would exceed `StrText.sizeLimit`.
    func checkResultSize(_ n: Int) throws(PyError) {
        if n > StrText.sizeLimit { throw error(exceptions.MemoryError, "") }
    }

    /// A Py_ssize_t-sized argument (`width` of ljust, `tabsize`, `count` of replace).
    func sizeArgument(_ v: Value) throws(PyError) -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .float: throw typeError("'float' object cannot be interpreted as an integer")
        default:
            if let b = bigInt(v) {
                if let i = Int(exactly: b) { return i }
                throw overflowError("Python int too large to convert to C ssize_t")
            }
            return try index(v)
        }
    }
}
