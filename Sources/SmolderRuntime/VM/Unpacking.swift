/// Sequence unpacking and the argument-merging steps of calls with `*` and `**`.
extension Interpreter {
    /// `a, b, c = seq`
    func unpack(_ seq: Value, count: Int) throws(PyError) -> [Value] {
        if case .object(let o) = seq, o.cls == nil, o.kind == .tuple || o.kind == .list {
            let items = o.kind == .tuple ? unsafeDowncast(o, to: PyTuple.self).items : unsafeDowncast(o, to: PyList.self).items
            if items.count == count { return Array(items) }
            if items.count < count {
                throw valueError("not enough values to unpack (expected \(count), got \(items.count))")
            }
            throw valueError("too many values to unpack (expected \(count))")
        }
        let it: Value
        do throws(PyError) {
            it = try iterate(seq)
        } catch {
            if matches(error, exceptions.TypeError) && typeOf(seq).lookupSpecial(names.dIter) == nil {
                throw typeError("cannot unpack non-iterable \(typeName(seq)) object")
            }
            throw error
        }
        var out: [Value] = []
        while let v = try next(it) {
            if out.count == count { throw valueError("too many values to unpack (expected \(count))") }
            out.append(v)
        }
        if out.count < count { throw valueError("not enough values to unpack (expected \(count), got \(out.count))") }
        return out
    }

    /// Items of an iterable for star-unpacking, with CPython's message for non-iterables.
    func collectForUnpacking(_ v: Value) throws(PyError) -> [Value] {
        do throws(PyError) {
            return try collect(v)
        } catch {
            if matches(error, exceptions.TypeError) && typeOf(v).lookupSpecial(names.dIter) == nil
                && typeOf(v).lookupSpecial(names.dGetitem) == nil {
                throw typeError("Value after * must be an iterable, not \(typeName(v))")
            }
            throw error
        }
    }

    /// The positional arguments of `f(*iterable)`, with CPython's message for non-iterables.
    func collectCallArguments(_ v: Value, function: Value) throws(PyError) -> [Value] {
        do throws(PyError) {
            return try collect(v)
        } catch {
            if matches(error, exceptions.TypeError) && typeOf(v).lookupSpecial(names.dIter) == nil
                && typeOf(v).lookupSpecial(names.dGetitem) == nil {
                throw typeError("\(try functionDescription(function)) argument after * must be an iterable, not \(typeName(v))")
            }
            throw error
        }
    }

    /// `{**a}` and `f(**a)`: copies a mapping's items into `dict`.
    func mergeIntoDict(_ dict: PyDict, _ other: Value, rejectDuplicates: Bool, function: Value?) throws(PyError) {
        if case .object(let o) = other, o.kind == .dict {
            let source = unsafeDowncast(o, to: PyDict.self)
            try resolveAllDeferred(in: source)
            for e in source.liveEntries {
                if rejectDuplicates, try dict.get(e.key, vm: self) != nil {
                    throw duplicateKeyword(e.key, function)
                }
                try dict.set(e.key, e.value, vm: self)
            }
            return
        }
        guard let keysMethod = try lookupAttribute(other, names.keys) else {
            if rejectDuplicates, let function {
                throw typeError("\(try functionDescription(function)) argument after ** must be a mapping, not \(typeName(other))")
            }
            throw typeError("'\(typeName(other))' object is not a mapping")
        }
        for key in try collect(try call(keysMethod, [])) {
            if rejectDuplicates, try dict.get(key, vm: self) != nil { throw duplicateKeyword(key, function) }
            try dict.set(key, try getItem(other, key), vm: self)
        }
    }

    private func duplicateKeyword(_ key: Value, _ function: Value?) -> PyError {
        let name = (try? str(key)) ?? "?"
        let fname = function.flatMap { try? functionDescription($0) } ?? "function"
        return typeError("\(fname) got multiple values for keyword argument '\(name)'")
    }

    /// `f()`-style name of a callable for error messages.
    func functionDescription(_ f: Value) throws(PyError) -> String {
        if case .object(let o) = f {
            if let fn = o as? PyFunction {
                if let m = strObject(fn.module), m.value != "builtins" { return "\(m.value).\(fn.qualname)()" }
                return "\(fn.qualname)()"
            }
            if let b = o as? PyBuiltinFunction { return "\(b.name)()" }
            if let m = o as? PyBoundMethod { return try functionDescription(m.function) }
            if let t = o as? PyType { return "\(t.name)()" }
        }
        return "\(typeName(f)) object"
    }

    /// The keyword arguments of `f(**mapping)`.
    func keywordsFromMapping(_ mapping: Value, function: Value) throws(PyError) -> Keywords {
        var k = Keywords()
        let d: PyDict
        if case .object(let o) = mapping, o.kind == .dict {
            d = unsafeDowncast(o, to: PyDict.self)
            try resolveAllDeferred(in: d)
        } else {
            d = PyDict()
            try mergeIntoDict(d, mapping, rejectDuplicates: true, function: function)
        }
        for e in d.liveEntries {
            guard case .object(let ko) = e.key, let s = ko as? PyStr else {
                throw typeError("keywords must be strings")
            }
            k.names.append(s.value)
            k.values.append(e.value)
        }
        return k
    }
}
