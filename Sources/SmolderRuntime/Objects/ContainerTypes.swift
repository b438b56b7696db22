import BigInt

/// list, tuple, dict, set, frozenset, range, slice, bytes, bytearray: installation and the helpers
/// their methods share (receiver checks, index/slice keys, argument-count messages).
extension Interpreter {
    func installContainerTypes() {
        installListType()
        installTupleType()
        installDictType()
        installDictViews()
        installSetTypes()
        installRangeType()
        installSliceType()
        installBytesTypes()
    }

    /// `self` of a native method of a builtin container, with CPython's descriptor errors.
    @inline(__always)
    /// (The type is named by a string so the hot path never retains the type object.)
    func receiver(_ args: [Value], _ kind: ObjectKind, _ typeName: String, _ method: String) throws(PyError) -> PyObject {
        if case .object(let o)? = args.first, o.kind == kind { return o }
        throw receiverError(args, typeName, method)
    }

    func receiverError(_ args: [Value], _ type: String, _ method: String) -> PyError {
        guard let first = args.first else {
            return typeError("unbound method \(type).\(method)() needs an argument")
        }
        return typeError("descriptor '\(method)' for '\(type)' objects doesn't apply to a '\(typeName(first))' object")
    }

    func listReceiver(_ args: [Value], _ method: String) throws(PyError) -> PyList {
        unsafeDowncast(try receiver(args, .list, "list", method), to: PyList.self)
    }

    func tupleReceiver(_ args: [Value], _ method: String) throws(PyError) -> PyTuple {
        unsafeDowncast(try receiver(args, .tuple, "tuple", method), to: PyTuple.self)
    }

    func dictReceiver(_ args: [Value], _ method: String) throws(PyError) -> PyDict {
        unsafeDowncast(try receiver(args, .dict, "dict", method), to: PyDict.self)
    }

    /// `name() takes exactly one argument (N given)` for METH_O methods (N excludes self).
    @inline(__always)
    func expectOneArgument(_ qualname: String, _ args: [Value], _ kw: Keywords?) throws(PyError) {
        if let kw, !kw.isEmpty { throw typeError("\(qualname)() takes no keyword arguments") }
        if args.count != 2 { throw typeError("\(qualname)() takes exactly one argument (\(args.count - 1) given)") }
    }

    /// `name() takes no arguments (N given)` for METH_NOARGS methods.
    @inline(__always)
    func expectNoArguments(_ qualname: String, _ args: [Value], _ kw: Keywords?) throws(PyError) {
        if let kw, !kw.isEmpty { throw typeError("\(qualname)() takes no keyword arguments") }
        if args.count != 1 { throw typeError("\(qualname)() takes no arguments (\(args.count - 1) given)") }
    }

    /// `name expected at least/most N argument(s), got M` for positional-only methods (counts exclude self).
    func expectArguments(_ name: String, _ args: [Value], _ kw: Keywords?, min: Int, max: Int,
                         selfCount: Int = 1) throws(PyError) {
        if let kw, !kw.isEmpty { throw typeError("\(name)() takes no keyword arguments") }
        let n = args.count - selfCount
        if n >= min && n <= max { return }
        if min == max {
            throw typeError("\(name) expected \(min) argument\(min == 1 ? "" : "s"), got \(n)")
        }
        if n < min { throw typeError("\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)") }
        throw typeError("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
    }

    /// The class to instantiate in `__new__`: nil for the builtin type itself, else the subclass.
    func subclassToCreate(_ args: [Value], _ base: PyType) throws(PyError) -> PyType? {
        guard case .object(let o)? = args.first, o.kind == .type else {
            throw typeError("\(base.name).__new__(X): X is not a type object (\(args.first.map { typeName($0) } ?? "NULL"))")
        }
        let cls = unsafeDowncast(o, to: PyType.self)
        if cls === base { return nil }
        guard cls.isSubtype(of: base) else {
            throw typeError("\(base.name).__new__(\(cls.name)): \(cls.name) is not a subtype of \(base.name)")
        }
        return cls
    }

    // MARK: Sequence subscripts

    enum SequenceKey {
        case index(Int)
        case slice(PySlice)
    }

    /// An int-like subscript or a slice, else `<what> indices must be integers or slices, not T`.
    @inline(__always)
    func sequenceKey(_ key: Value, _ what: String) throws(PyError) -> SequenceKey {
        switch key {
        case .int(let i): return .index(i)
        case .bool(let b): return .index(b ? 1 : 0)
        case .object(let o):
            if o.kind == .slice { return .slice(unsafeDowncast(o, to: PySlice.self)) }
            if o.kind == .bigInt || o.kind == .intSubclass || typeOf(key).lookupSpecial(names.dIndex) != nil {
                return .index(try index(key))
            }
        default: break
        }
        throw typeError("\(what) indices must be integers or slices, not \(typeName(key))")
    }

    /// A repeat count for `*`: nil when the operand is not int-like (the operator returns NotImplemented).
    func repeatOperand(_ v: Value) throws(PyError) -> Int? {
        switch v {
        case .int(let n): return n
        case .bool(let b): return b ? 1 : 0
        case .float, .none: return nil
        case .object:
            if let b = bigInt(v) {
                if let n = Int(exactly: b) { return n }
                if b < 0 { return 0 }
                throw overflowError("cannot fit 'int' into an index-sized integer")
            }
            if typeOf(v).lookupSpecial(names.dIndex) != nil { return try index(v) }
            return nil
        }
    }

    /// Start/stop arguments of `index()` methods: slice-index semantics, clamped to `0...length`.
    func searchBounds(_ args: [Value], from position: Int, length: Int) throws(PyError) -> (Int, Int) {
        func bound(_ v: Value, _ defaultValue: Int) throws(PyError) -> Int {
            if v.isNone { return defaultValue }
            var i: Int
            switch v {
            case .int(let x): i = x
            case .bool(let b): i = b ? 1 : 0
            default:
                if let b = bigInt(v) {
                    i = b < 0 ? Int.min / 2 : Int.max / 2
                } else if typeOf(v).lookupSpecial(names.dIndex) != nil {
                    i = try index(v)
                } else {
                    throw typeError("slice indices must be integers or have an __index__ method")
                }
            }
            if i < 0 { i = Swift.max(0, i + length) }
            return Swift.min(i, length)
        }
        let start = args.count > position ? try bound(args[position], 0) : 0
        let stop = args.count > position + 1 ? try bound(args[position + 1], length) : length
        return (start, stop)
    }

    /// `cls[...]` for generic builtin containers (`list[int]`).
    func defineClassGetitem(_ type: PyType) {
        type.defineClassMethod("__class_getitem__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2 else { throw vm.typeError("__class_getitem__() takes exactly one argument") }
            return .object(GenericAlias(origin: args[0], args: args[1], cls: vm.genericAliasTypeOf()))
        }
    }

    /// Joins the reprs of items, as list/tuple/set reprs need.
    func joinedReprs<S: Sequence>(_ items: S) throws(PyError) -> String where S.Element == Value {
        var out = ""
        var first = true
        for item in items {
            if !first { out += ", " }
            first = false
            out += try repr(item)
        }
        return out
    }
}
