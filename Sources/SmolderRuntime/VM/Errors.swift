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

    /// `'X' object has no attribute 'y'`
    public func noAttribute(_ object: Value, _ name: String) -> PyError {
        if case .object(let o) = object, o.kind == .module, let m = o as? PyModule {
            return attributeError("module '\(m.name)' has no attribute '\(name)'")
        }
        if case .object(let o) = object, let t = o as? PyType {
            return attributeError("type object '\(t.name)' has no attribute '\(name)'")
        }
        return attributeError("'\(typeName(object))' object has no attribute '\(name)'")
    }

    /// True when the error is an instance of `type` (or a subclass).
    public func matches(_ error: PyError, _ type: PyType) -> Bool {
        error.exception.type.isSubtype(of: type)
    }
}
