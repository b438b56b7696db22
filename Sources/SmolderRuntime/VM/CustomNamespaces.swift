/// Name access in a class body whose namespace came from a metaclass `__prepare__` returning a
/// dict subclass: CPython goes through the mapping's own `__getitem__`/`__setitem__`/`__delitem__`
/// there (enum's member dict relies on it), so these do too.
extension Interpreter {
    func loadFromCustomNamespace(_ locals: PyDict, _ name: PyStr, _ frame: Frame) throws(PyError) -> Value {
        do throws(PyError) {
            return try getItem(.object(locals), .object(name))
        } catch {
            if !matches(error, exceptions.KeyError) { throw error }
        }
        if let v = frame.globals.lookupString(name) ?? frame.builtins.lookupString(name) { return v }
        throw undefinedName(name.value, frame)
    }

    func deleteFromCustomNamespace(_ locals: PyDict, _ name: PyStr) throws(PyError) {
        do throws(PyError) {
            try deleteItem(.object(locals), .object(name))
        } catch {
            if !matches(error, exceptions.KeyError) { throw error }
            throw nameError("name '\(name.value)' is not defined")
        }
    }
}
