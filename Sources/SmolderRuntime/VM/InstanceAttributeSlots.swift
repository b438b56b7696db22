/// The attribute instructions' fast paths for plain instances, working on the instance where it lies on
/// the operand stack and on the instruction's name where it lies in the code object: both are used
/// without a retain (a typed read of either would cost a retain and a release per instruction).
/// Each returns nil when the slot does not hold a plain instance or the cache cannot answer, and the
/// instruction takes its general path.
extension Interpreter {
    /// `obj.name` (`loadAttr`) when the cache answers without running any code (no descriptor).
    @inline(__always)
    func instanceAttribute(in slot: UnsafeRawPointer, named name: UnsafeMutablePointer<PyStr>, _ code: PyCode,
                           _ index: Int) -> Value? {
        guard ValueSlot.tag(slot) == ValueSlot.objectTag else { return nil }
        return ValueSlot.object(slot)._withUnsafeGuaranteedRef { (instance: PyObject) -> Value? in
            guard instance.kind == .instance else { return nil }
            return borrowed(name)._withUnsafeGuaranteedRef { cachedPlainAttribute(instance, $0, code, index) }
        }
    }

    /// The function `loadMethod` can call with the instance in `slot` as its first argument.
    @inline(__always)
    func instanceMethod(in slot: UnsafeRawPointer, named name: UnsafeMutablePointer<PyStr>, _ code: PyCode,
                        _ index: Int) -> Value? {
        guard ValueSlot.tag(slot) == ValueSlot.objectTag else { return nil }
        return ValueSlot.object(slot)._withUnsafeGuaranteedRef { (instance: PyObject) -> Value? in
            guard instance.kind == .instance else { return nil }
            return borrowed(name)._withUnsafeGuaranteedRef { cachedMethod(instance, $0, code, index) }
        }
    }

    /// `obj.name = value` (`storeAttr`) for the instance in `slot`; false when not stored.
    @inline(__always)
    func storeInstanceAttribute(in slot: UnsafeRawPointer, named name: UnsafeMutablePointer<PyStr>,
                                _ value: UnsafeMutablePointer<Value>, _ code: PyCode, _ index: Int) -> Bool {
        guard ValueSlot.tag(slot) == ValueSlot.objectTag else { return false }
        return ValueSlot.object(slot)._withUnsafeGuaranteedRef { (instance: PyObject) -> Bool in
            guard instance.kind == .instance else { return false }
            return borrowed(name)._withUnsafeGuaranteedRef {
                cachedStoreAttribute(instance, $0, value.pointee, code, index)
            }
        }
    }

    /// The reference at `pointer`, not retained.
    @inline(__always)
    private func borrowed<T: AnyObject>(_ pointer: UnsafeMutablePointer<T>) -> Unmanaged<T> {
        UnsafeRawPointer(pointer).load(as: Unmanaged<T>.self)
    }
}
