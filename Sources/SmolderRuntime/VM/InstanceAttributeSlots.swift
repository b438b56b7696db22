/// The attribute instructions' fast paths for plain instances, working on the instance where it lies on
/// the operand stack and on the instruction's name where it lies in the code object: both are used
/// without a retain (a typed read of either would cost a retain and a release per instruction).
/// Each returns nil when the slot does not hold a plain instance or the cache cannot answer, and the
/// instruction takes its general path.
extension Interpreter {
    /// An instance of a class built on a native type of kind `.other` (`random.Random`) whose
    /// attributes live in a dict: the caches handle it too (native objects have no dict).
    @inline(__always)
    private func hasCachedDict(_ instance: PyObject) -> Bool {
        instance.kind == .other && instance.storedDict != nil
    }

    /// `obj.name` (`loadAttr`) when the cache answers without running any code (no descriptor).
    @inline(__always)
    func instanceAttribute(in slot: UnsafeRawPointer, named name: UnsafeMutablePointer<PyStr>, _ code: PyCode,
                           _ index: Int) -> Value? {
        guard ValueSlot.tag(slot) == ValueSlot.objectTag else { return nil }
        return ValueSlot.object(slot)._withUnsafeGuaranteedRef { (instance: PyObject) -> Value? in
            guard instance.kind == .instance || hasCachedDict(instance) else { return nil }
            return borrowed(name)._withUnsafeGuaranteedRef { cachedPlainAttribute(instance, $0, code, index) }
        }
    }

    /// The function `loadMethod` can call with the instance in `slot` as its first argument.
    @inline(__always)
    func instanceMethod(in slot: UnsafeRawPointer, named name: UnsafeMutablePointer<PyStr>, _ code: PyCode,
                        _ index: Int) -> Value? {
        guard ValueSlot.tag(slot) == ValueSlot.objectTag else { return nil }
        return ValueSlot.object(slot)._withUnsafeGuaranteedRef { (instance: PyObject) -> Value? in
            guard instance.kind == .instance || hasCachedDict(instance) else { return nil }
            return borrowed(name)._withUnsafeGuaranteedRef { cachedMethod(instance, $0, code, index) }
        }
    }

    /// `obj.name = value` (`storeAttr`) for the instance in `slot`; false when not stored.
    @inline(__always)
    func storeInstanceAttribute(in slot: UnsafeRawPointer, named name: UnsafeMutablePointer<PyStr>,
                                _ value: UnsafeMutablePointer<Value>, _ code: PyCode, _ index: Int) -> Bool {
        guard ValueSlot.tag(slot) == ValueSlot.objectTag else { return false }
        return ValueSlot.object(slot)._withUnsafeGuaranteedRef { (instance: PyObject) -> Bool in
            guard instance.kind == .instance || hasCachedDict(instance) else { return false }
            return borrowed(name)._withUnsafeGuaranteedRef {
                cachedStoreAttribute(instance, $0, value.pointee, code, index)
            }
        }
    }

    // Exact cache hits, done in place: one of the instruction's cache entries was made for this
    // instance's class and layout, and the attribute sits in one of the instance's inline fields.
    // These skip the optional results and the general cache walk of the paths above.

    /// `loadAttr`: the attribute's value replaces the instance in `slot`; false (nothing changed)
    /// when the hit conditions do not hold.
    @inline(__always)
    func loadInlineAttribute(in slot: UnsafeMutableRawPointer, _ code: PyCode, _ index: Int) -> Bool {
        let object = ValueSlot.object(slot)
        guard readInlineAttribute(of: slot, into: slot, code, index) else { return false }
        // The slot's reference to the instance was overwritten: give it up.
        ValueSlot.release(object)
        return true
    }

    /// `loadAttr` on the object in `source` (left as it is): its attribute's value is copied into
    /// `destination` (uninitialised, or `source` itself); false, with nothing written, when the hit
    /// conditions do not hold.
    @inline(__always)
    func readInlineAttribute(of source: UnsafeRawPointer, into destination: UnsafeMutableRawPointer,
                             _ code: PyCode, _ index: Int) -> Bool {
        withInstance(in: source) { instance in
            guard let (entry, position) = inlineHit(instance, code, index) else {
                // A `__slots__` member.
                guard let slot = slotMember(of: instance, code, index), let value = instance.slots[slot] else { return false }
                destination.assumingMemoryBound(to: Value.self).initialize(to: value)
                return true
            }
            guard position >= 0 else { return false }
            let kind = entry.pointee.kind
            guard kind == .instanceOnly || kind == .classValue || kind == .method else { return false }
            instance.copyInlineValue(at: position, to: destination)
            return true
        }
    }

    /// `loadMethod`: when the cache proves the attribute is the class's function (the instance has no
    /// attribute of that name), the instance moves up from `slot` and the function goes below it.
    @inline(__always)
    func loadInlineMethod(in slot: UnsafeMutableRawPointer, _ code: PyCode, _ index: Int) -> Bool {
        guard let method = inlineMethod(of: slot, code, index) else { return false }
        ValueSlot.moveBytes(from: slot, to: slot + MemoryLayout<Value>.stride, count: 1)
        ValueSlot.copy(from: method, to: slot)
        return true
    }

    /// `loadMethod` on the object in `source` (left as it is): the function goes into `destination`
    /// and a copy of the object above it (both uninitialised); false, with nothing written, when
    /// the hit conditions do not hold.
    @inline(__always)
    func readInlineMethod(of source: UnsafeRawPointer, into destination: UnsafeMutableRawPointer,
                          _ code: PyCode, _ index: Int) -> Bool {
        guard let method = inlineMethod(of: source, code, index) else { return false }
        ValueSlot.copy(from: method, to: destination)
        ValueSlot.copy(from: source, to: destination + MemoryLayout<Value>.stride)
        return true
    }

    /// Where the cached function lies, when the cache proves `loadMethod` on the object in `slot`
    /// finds the class's function (the instance has no attribute of that name).
    @inline(__always)
    private func inlineMethod(of slot: UnsafeRawPointer, _ code: PyCode, _ index: Int) -> UnsafeRawPointer? {
        guard ValueSlot.tag(slot) == ValueSlot.objectTag else { return nil }
        return ValueSlot.object(slot)._withUnsafeGuaranteedRef { (o: PyObject) -> UnsafeRawPointer? in
            guard o.kind == .instance else { return nil }
            let instance = unsafeDowncast(o, to: PyInstance.self)
            guard let (entry, position) = inlineHit(instance, code, index), position == -1,
                  entry.pointee.kind == .method else { return nil }
            // The entry lives in the code's cache array, which outlives this instruction.
            return UnsafeRawPointer(entry) + MemoryLayout<AttributeCacheEntry>.offset(of: \.classValue)!
        }
    }

    /// `storeAttr` over an inline attribute, or adding one the cache saw added to this layout
    /// before: the value moves from `value` into the instance in `slot`, whose reference is given
    /// up; both slots are then free. False when nothing changed.
    @inline(__always)
    func storeInlineAttribute(in slot: UnsafeRawPointer, movingFrom value: UnsafeMutableRawPointer,
                              _ code: PyCode, _ index: Int) -> Bool {
        let object = ValueSlot.object(slot)
        guard writeInlineAttribute(of: slot, movingFrom: value, code, index) else { return false }
        ValueSlot.release(object)
        return true
    }

    /// `storeAttr` on the object in `target` (left as it is), moving the value from `value`; false,
    /// with nothing changed, when the hit conditions do not hold.
    @inline(__always)
    func writeInlineAttribute(of target: UnsafeRawPointer, movingFrom value: UnsafeMutableRawPointer,
                              _ code: PyCode, _ index: Int) -> Bool {
        withInstance(in: target) { instance in
            guard let (entry, position) = inlineHit(instance, code, index) else {
                guard let slot = slotMember(of: instance, code, index) else { return false }
                instance.slots[slot] = value.assumingMemoryBound(to: Value.self).move()
                return true
            }
            guard position >= 0 else { return false }
            let kind = entry.pointee.kind
            guard kind == .instanceOnly || kind == .classValue || kind == .method else { return false }
            if let next = entry.pointee.nextLayout {
                // A new attribute (as in `__init__`): the instance moves on to the layout with it.
                instance.appendInline(movingFrom: value, at: position, to: next)
            } else {
                instance.moveIntoInlineValue(at: position, from: value)
            }
            return true
        }
    }

    /// `body` run on the plain instance in `slot`, borrowed where it lies; false when the slot holds
    /// anything else.
    @inline(__always)
    private func withInstance(in slot: UnsafeRawPointer, _ body: (PyInstance) -> Bool) -> Bool {
        guard ValueSlot.tag(slot) == ValueSlot.objectTag else { return false }
        return ValueSlot.object(slot)._withUnsafeGuaranteedRef { (o: PyObject) -> Bool in
            o.kind == .instance && body(unsafeDowncast(o, to: PyInstance.self))
        }
    }

    /// The index in `slots` of the `__slots__` member the instruction's cache entry for the
    /// instance's class names; nil when the entry is for something else.
    @inline(__always)
    private func slotMember(of instance: PyInstance, _ code: PyCode, _ index: Int) -> Int? {
        guard let version = instance.cls?.version, let entry = code.attributeCacheHit(at: index, version: version),
              entry.pointee.kind == .slotMember else { return nil }
        let slot = entry.pointee.slot
        return slot >= 0 && slot < instance.slots.count ? slot : nil
    }

    /// The instruction's cache entry made for the instance's class and layout (any of its ways,
    /// for sites that see several classes), and where it says the attribute sits among the inline
    /// fields (-1: the layout does not have it); nil when there is none, or when the attribute sits
    /// beyond the inline fields.
    @inline(__always)
    private func inlineHit(_ instance: PyInstance, _ code: PyCode,
                           _ index: Int) -> (entry: UnsafeMutablePointer<AttributeCacheEntry>, position: Int)? {
        let layoutID = instance.layoutID
        guard layoutID != 0, let version = instance.cls?.version,
              let entry = code.attributeCacheHit(at: index, version: version),
              entry.pointee.layoutID == layoutID else { return nil }
        let position = entry.pointee.slot
        return position < PyInstance.inlineCapacity ? (entry, position) : nil
    }

    /// The reference at `pointer`, not retained.
    @inline(__always)
    private func borrowed<T: AnyObject>(_ pointer: UnsafeMutablePointer<T>) -> Unmanaged<T> {
        UnsafeRawPointer(pointer).load(as: Unmanaged<T>.self)
    }
}
