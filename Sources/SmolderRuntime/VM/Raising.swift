/// `raise`, `except` matching, `except*` splitting and `yield from` delegation.
extension Interpreter {
    /// The exception instance a `raise X` statement raises: X itself, or X() for a class.
    func exceptionToRaise(_ v: Value) throws(PyError) -> PyBaseException {
        if case .object(let o) = v {
            if let e = o as? PyBaseException { return e }
            if let t = o as? PyType, t.isSubtype(of: exceptions.BaseException) {
                let instance = try call(v, [])
                guard case .object(let io) = instance, let e = io as? PyBaseException else {
                    throw typeError("calling \(t.name) should have returned an instance of BaseException, not \(typeName(instance))")
                }
                return e
            }
        }
        throw typeError("exceptions must derive from BaseException")
    }

    func setCause(_ e: PyBaseException, _ cause: Value) throws(PyError) {
        if cause.isNone {
            e.cause = nil
        } else {
            guard case .object(let o) = cause, o is PyBaseException
                    || (o as? PyType)?.isSubtype(of: exceptions.BaseException) == true else {
                throw typeError("exception causes must derive from BaseException")
            }
            e.cause = try exceptionToRaise(cause)
        }
        e.suppressContext = true
    }

    /// `except T:` matching, where T is a class or a tuple of classes.
    func exceptionMatches(_ exception: Value, _ type: Value) throws(PyError) -> Bool {
        let excType = typeOf(exception)
        if case .object(let o) = type {
            if let t = o as? PyType {
                guard t.isSubtype(of: exceptions.BaseException) else {
                    throw typeError("catching classes that do not inherit from BaseException is not allowed")
                }
                return excType.isSubtype(of: t)
            }
            if let tuple = o as? PyTuple {
                var found = false
                for item in tuple.items where try exceptionMatches(exception, item) { found = true }
                return found
            }
        }
        throw typeError("catching classes that do not inherit from BaseException is not allowed")
    }

    // MARK: except*

    /// Splits an exception (group) by `type`: returns (matching part or None, rest or None).
    func splitExceptionGroup(_ exc: Value, _ type: Value) throws(PyError) -> (Value, Value) {
        guard case .object(let o) = exc, let e = o as? PyBaseException else { return (.none, exc) }
        if case .object(let t) = type, let tt = t as? PyType, tt.isSubtype(of: exceptions.BaseExceptionGroup) {
            throw typeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
        }
        if !e.type.isSubtype(of: exceptions.BaseExceptionGroup) {
            if try exceptionMatches(exc, type) {
                // A naked exception matched by except* is wrapped in a group.
                let group = try call(.object(exceptions.ExceptionGroup), [Value(""), .object(PyTuple([exc]))])
                if case .object(let go) = group, let g = go as? PyBaseException { g.traceback = e.traceback }
                return (group, .none)
            }
            return (.none, exc)
        }
        let (match, rest) = try splitGroup(e, type)
        return (match.map { .object($0) } ?? .none, rest.map { .object($0) } ?? .none)
    }

    private func splitGroup(_ e: PyBaseException, _ type: Value) throws(PyError) -> (PyBaseException?, PyBaseException?) {
        let isPredicate: Bool
        if case .object(let o) = type, !(o is PyType), !(o is PyTuple), isCallable(type) { isPredicate = true } else { isPredicate = false }
        if isPredicate {
            if try isTrue(try call(type, [.object(e)])) { return (e, nil) }
        } else if try exceptionMatches(.object(e), type) {
            return (e, nil)
        }
        guard e.type.isSubtype(of: exceptions.BaseExceptionGroup) else { return (nil, e) }
        var matched: [PyBaseException] = []
        var rest: [PyBaseException] = []
        for inner in e.exceptions {
            let (m, r) = try splitGroup(inner, type)
            if let m { matched.append(m) }
            if let r { rest.append(r) }
        }
        func derive(_ items: [PyBaseException]) throws(PyError) -> PyBaseException? {
            if items.isEmpty { return nil }
            if items.count == e.exceptions.count && zip(items, e.exceptions).allSatisfy({ $0 === $1 }) { return e }
            let derived = try callMethod(.object(e), "derive", [.object(PyList(items.map { .object($0) }))])
            guard case .object(let d) = derived, let de = d as? PyBaseException else { return nil }
            de.traceback = e.traceback
            de.cause = e.cause
            de.context = e.context
            if let notes = e.dict?.lookupString(names.dNotes) {
                if de.dict == nil { de.dict = PyDict() }
                de.dict?.setString(names.dNotes, notes)
            }
            return de
        }
        return (try derive(matched), try derive(rest))
    }

    /// After the `except*` clauses ran: the exception to re-raise (raised ones plus unhandled rest).
    func prepareReraiseStar(_ original: Value, _ raised: Value) throws(PyError) -> Value {
        guard case .object(let lo) = raised, let list = lo as? PyList else { return .none }
        var toRaise: [PyBaseException] = []
        for item in list.items {
            if case .object(let o) = item, let e = o as? PyBaseException { toRaise.append(e) }
        }
        if toRaise.isEmpty { return .none }
        if toRaise.count == 1 { return .object(toRaise[0]) }
        let group = try call(.object(exceptions.ExceptionGroup), [Value(""), .object(PyList(toRaise.map { .object($0) }))])
        return group
    }

    /// `obj.name(args)` by name.
    public func callMethod(_ object: Value, _ name: String, _ args: [Value], _ keywords: Keywords? = nil) throws(PyError) -> Value {
        try call(try getAttribute(object, intern(name)), args, keywords)
    }

    // MARK: yield from

    /// Sends `value` into a delegated iterator. Returns the yielded value, or nil when the iterator is
    /// exhausted (its return value is then in `lastDelegateResult`).
    func delegate(_ iterator: Value, _ value: Value) throws(PyError) -> Value? {
        if case .object(let o) = iterator, o.kind == .generator {
            let g = unsafeDowncast(o, to: PyGenerator.self)
            if let v = try g.resume(self, sending: value) { return v }
            lastDelegateResult = g.returnValue
            return nil
        }
        do throws(PyError) {
            if value.isNone {
                if let v = try next(iterator) { return v }
                lastDelegateResult = .none
                return nil
            }
            return try callMethod(iterator, "send", [value])
        } catch {
            if matches(error, exceptions.StopIteration) {
                lastDelegateResult = error.exception.args.items.first ?? .none
                return nil
            }
            throw error
        }
    }

    /// `gen.throw(e)` while suspended in `yield from`: forwards to the delegate.
    func throwIntoDelegate(_ iterator: Value, _ exception: PyBaseException) throws(PyError) -> Value? {
        if case .object(let o) = iterator, o.kind == .generator {
            let g = unsafeDowncast(o, to: PyGenerator.self)
            if exception.type.isSubtype(of: exceptions.GeneratorExit) {
                try g.close(self)
                throw PyError(exception)
            }
            if let v = try g.resume(self, sending: .none, throwing: exception) { return v }
            lastDelegateResult = g.returnValue
            return nil
        }
        guard let method = try lookupAttribute(iterator, intern("throw")) else { throw PyError(exception) }
        do throws(PyError) {
            return try call(method, [.object(exception)])
        } catch {
            if matches(error, exceptions.StopIteration) {
                lastDelegateResult = error.exception.args.items.first ?? .none
                return nil
            }
            throw error
        }
    }
}
