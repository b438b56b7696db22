/// Shortcuts for the commonest native calls. A call of a native function normally builds an argument
/// array (an allocation and a free per call); these run the operation straight from the stack slots
/// for the usual positional forms and leave every other form, and every error, to the function itself.
enum BuiltinFastPath: UInt8 {
    case none
    case len            // len(x)
    case isinstance     // isinstance(x, classinfo)
    case listAppend     // list.append(l, x), as `l.append(x)` calls it
}

extension Interpreter {
    /// Marks the builtins that have a shortcut; called once the builtins exist.
    func installBuiltinFastPaths() {
        func mark(_ value: Value?, _ path: BuiltinFastPath) {
            guard case .object(let o)? = value, o.kind == .builtinFunction else { return }
            unsafeDowncast(o, to: PyBuiltinFunction.self).fastPath = path
        }
        mark(builtins.lookupString(intern("len")), .len)
        mark(builtins.lookupString(intern("isinstance")), .isinstance)
        mark(types.list.namespace.lookupString(intern("append")), .listAppend)
    }

    /// The result of `f`'s shortcut for `count` positional arguments at `base`; nil when the shortcut
    /// does not apply and the function must be called.
    @inline(__always)
    func builtinFastCall(_ path: BuiltinFastPath, _ base: UnsafeMutablePointer<Value>, count: Int) throws(PyError) -> Value? {
        switch path {
        case .none:
            return nil
        case .len:
            guard count == 1 else { return nil }
            return .int(try length(base[0]))
        case .isinstance:
            guard count == 2 else { return nil }
            return .bool(try isInstanceCheck(base[0], base[1]))
        case .listAppend:
            // Lists and list subclasses alike: a subclass that overrides append has its own method.
            guard count == 2, ValueSlot.tag(base) == ValueSlot.objectTag else { return nil }
            return ValueSlot.object(base)._withUnsafeGuaranteedRef { (o: PyObject) -> Value? in
                guard o.kind == .list else { return nil }
                unsafeDowncast(o, to: PyList.self).items.append(base[1])
                return Value.none
            }
        }
    }
}
