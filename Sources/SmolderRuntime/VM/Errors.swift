/// Building Python exceptions from Swift code: `throw vm.typeError("...")`.
extension Interpreter {
    public func makeException(_ type: PyType, _ args: [Value]) -> PyBaseException {
        PyBaseException(type: type, args: PyTuple(args))
    }

    public func error(_ type: PyType, _ message: String) -> PyError {
        PyError(makeException(type, [Value(message)]))
    }

    public func typeError(_ message: String) -> PyError { error(exceptions.TypeError, message) }
    public func valueError(_ message: String) -> PyError { error(exceptions.ValueError, message) }
    public func indexError(_ message: String) -> PyError { error(exceptions.IndexError, message) }
    public func attributeError(_ message: String) -> PyError { error(exceptions.AttributeError, message) }
    public func nameError(_ message: String) -> PyError { error(exceptions.NameError, message) }
    public func overflowError(_ message: String) -> PyError { error(exceptions.OverflowError, message) }
    public func zeroDivisionError(_ message: String) -> PyError { error(exceptions.ZeroDivisionError, message) }
    public func runtimeError(_ message: String) -> PyError { error(exceptions.RuntimeError, message) }
    public func notImplementedError(_ message: String) -> PyError { error(exceptions.NotImplementedError, message) }

    /// KeyError's argument is the key itself (its str() is the key's repr).
    public func keyError(_ key: Value) -> PyError {
        PyError(makeException(exceptions.KeyError, [key]))
    }

    public func stopIteration(_ value: Value = .none) -> PyError {
        let e = makeException(exceptions.StopIteration, value.isNone ? [] : [value])
        return PyError(e)
    }

    /// `'X' object has no attribute 'y'`, carrying `name` and `obj` as CPython's AttributeError does.
    public func noAttribute(_ object: Value, _ name: String) -> PyError {
        let error = noAttributeMessage(object, name)
        error.exception.dict = PyDict()
        error.exception.dict?.setString(intern("name"), Value(name))
        error.exception.dict?.setString(intern("obj"), object)
        return error
    }

    private func noAttributeMessage(_ object: Value, _ name: String) -> PyError {
        if case .object(let o) = object, o.kind == .module, let m = o as? PyModule {
            return attributeError(moduleAttributeMessage(m, name))
        }
        if case .object(let o) = object, let t = o as? PyType {
            return attributeError("type object '\(t.name)' has no attribute '\(name)'")
        }
        return attributeError("'\(typeName(object))' object has no attribute '\(name)'")
    }

    /// `name 'x' is not defined`, remembering the scope for suggestions.
    func undefinedName(_ name: String, _ frame: Frame) -> PyError {
        let e = nameError("name '\(name)' is not defined")
        e.exception.dict = PyDict()
        e.exception.dict?.setString(intern("name"), Value(name))
        var locals: [String] = []
        if let l = frame.locals, l !== frame.globals {
            locals = l.keys.compactMap { strObject($0)?.value }
        } else if frame.locals == nil {
            locals = frame.code.varnames.map(\.value)
        }
        e.exception.nameScope = (locals, frame.globals, frame.builtins)
        return e
    }

    /// True when the error is an instance of `type` (or a subclass).
    public func matches(_ error: PyError, _ type: PyType) -> Bool {
        error.exception.type.isSubtype(of: type)
    }
}
