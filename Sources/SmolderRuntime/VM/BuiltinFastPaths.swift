/// Shortcuts for the commonest native calls. A call of a native function normally builds an argument
/// array (an allocation and a free per call); these run the operation straight from the stack slots
/// for the usual positional forms and leave every other form, and every error, to the function itself.
enum BuiltinFastPath: UInt8 {
    case none
    case len            // len(x)
    case isinstance     // isinstance(x, classinfo)
    case listAppend     // list.append(l, x), as `l.append(x)` calls it
    case listInsert     // list.insert(l, i, x) with an int index
    case listPop        // list.pop(l) and list.pop(l, i) with an int index in range
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
        mark(types.list.namespace.lookupString(intern("insert")), .listInsert)
        mark(types.list.namespace.lookupString(intern("pop")), .listPop)
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
        case .listInsert:
            guard count == 3, ValueSlot.tag(base) == ValueSlot.objectTag,
                  ValueSlot.tag(base + 1) == ValueSlot.intTag else { return nil }
            return ValueSlot.object(base)._withUnsafeGuaranteedRef { (o: PyObject) -> Value? in
                guard o.kind == .list else { return nil }
                let list = unsafeDowncast(o, to: PyList.self)
                // Clamped as list.insert clamps: negative counts from the end, then into 0...count.
                let n = list.items.count
                var i = ValueSlot.int(base + 1)
                if i < 0 { i = max(0, i &+ n) } else if i > n { i = n }
                list.items.insert(base[2], at: i)
                return Value.none
            }
        case .listPop:
            guard count == 1 || (count == 2 && ValueSlot.tag(base + 1) == ValueSlot.intTag),
                  ValueSlot.tag(base) == ValueSlot.objectTag else { return nil }
            return ValueSlot.object(base)._withUnsafeGuaranteedRef { (o: PyObject) -> Value? in
                guard o.kind == .list else { return nil }
                let list = unsafeDowncast(o, to: PyList.self)
                let n = list.items.count
                // Empty lists and indexes out of range raise in the method itself.
                if count == 1 { return n > 0 ? list.items.removeLast() : nil }
                let i = ValueSlot.int(base + 1)
                let j = i < 0 ? i &+ n : i
                return j >= 0 && j < n ? list.items.remove(at: j) : nil
            }
        }
    }
}
