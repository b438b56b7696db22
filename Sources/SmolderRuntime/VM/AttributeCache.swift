/// Inline caches for `loadAttr`, `loadMethod` and `storeAttr` on instances of plain classes (no
/// builtin base, no custom `__getattribute__`/`__setattr__`): the class-side lookup along the MRO is
/// remembered per instruction and reused while the class's version is unchanged. Instances of
/// classes built on a native type without a layout of its own (`random.Random` on
/// `_random.Random`) use it too, with their attributes in the dict.
extension Interpreter {
    /// The cache entry for `name` on `cls`, computed now; `.empty` when the class can't be cached.
    func attributeCacheEntry(_ cls: PyType, _ name: PyStr) -> AttributeCacheEntry {
        var entry = AttributeCacheEntry()
        // `__dict__` is the attribute storage itself, never an attribute in it.
        guard cls.isHeapType, cls.instanceKind == .instance || cls.instanceKind == .other,
              name !== names.dDict, !isDictName(name),
              cls.lookupSpecial(names.dGetattribute)?.isIdentical(to: objectGetattribute) ?? false,
              cls.lookupSpecial(names.dSetattr)?.isIdentical(to: objectSetattr) ?? false else { return entry }
        entry.version = cls.version
        entry.instancesHaveDict = cls.instancesHaveDict
        guard let found = cls.lookup(name) else {
            entry.kind = .instanceOnly
            return entry
        }
        entry.classValue = found
        if case .object(let d) = found {
            if d.kind == .function {
                entry.kind = .method
            } else if let member = d as? PySlotMember {
                entry.kind = .slotMember
                entry.slot = member.index
            } else if isDataDescriptor(d) {
                entry.kind = .dataDescriptor
            } else {
                entry.kind = .classValue
            }
        } else {
            entry.kind = .classValue
        }
        return entry
    }

    /// `__dict__` spelled by a string that is not the interned one (checked cheaply by length first).
    @inline(__always)
    private func isDictName(_ name: PyStr) -> Bool { name.count == 8 && name.value == "__dict__" }

    /// `obj.name` through the cache; nil means "take the general path".
    @inline(__always)
    func cachedLoadAttribute(_ instance: PyObject, _ name: PyStr, _ code: PyCode, _ index: Int) throws(PyError) -> Value? {
        guard let entry = instanceCacheEntry(instance, name, code, index) else { return nil }
        switch entry.pointee.kind {
        case .dataDescriptor:
            guard let cls = instance.cls else { return nil }
            return try bindDescriptor(entry.pointee.classValue, instance: .object(instance), owner: cls)
        case .classValue:
            if let v = cachedInstanceValue(instance, name, entry) { return v }
            guard let cls = instance.cls else { return nil }
            return try bindDescriptor(entry.pointee.classValue, instance: .object(instance), owner: cls)
        default:
            return plainAttribute(instance, name, entry)
        }
    }

    /// `obj.name` through the cache when no code has to run for it (no descriptor to call): nil
    /// otherwise, and `cachedLoadAttribute` takes over.
    @inline(__always)
    func cachedPlainAttribute(_ instance: PyObject, _ name: PyStr, _ code: PyCode, _ index: Int) -> Value? {
        guard let entry = instanceCacheEntry(instance, name, code, index) else { return nil }
        return plainAttribute(instance, name, entry)
    }

    /// The attribute kinds that need no descriptor call: the instance's own value, a bound method, a
    /// `__slots__` member. Nil for the others (and when the value is missing: the general path raises).
    @inline(__always)
    private func plainAttribute(_ instance: PyObject, _ name: PyStr,
                                _ entry: UnsafeMutablePointer<AttributeCacheEntry>) -> Value? {
        switch entry.pointee.kind {
        case .instanceOnly, .classValue:
            return cachedInstanceValue(instance, name, entry)
        case .method:
            if let v = cachedInstanceValue(instance, name, entry) { return v }
            return .object(PyBoundMethod(function: entry.pointee.classValue, selfValue: .object(instance)))
        case .slotMember:
            guard instance.kind == .instance else { return nil }
            let inst = unsafeDowncast(instance, to: PyInstance.self)
            let index = entry.pointee.slot
            return index < inst.slots.count ? inst.slots[index] : nil
        default:
            return nil
        }
    }

    /// For `loadMethod`: the function to call with the instance, when the cache proves it is one.
    @inline(__always)
    func cachedMethod(_ instance: PyObject, _ name: PyStr, _ code: PyCode, _ index: Int) -> Value? {
        guard let entry = instanceCacheEntry(instance, name, code, index), entry.pointee.kind == .method else { return nil }
        if cachedInstanceHas(instance, name, entry) { return nil }
        return entry.pointee.classValue
    }

    /// `obj.name = value` through the cache; false means "take the general path".
    @inline(__always)
    func cachedStoreAttribute(_ instance: PyObject, _ name: PyStr, _ value: Value, _ code: PyCode, _ index: Int) -> Bool {
        guard let entry = instanceCacheEntry(instance, name, code, index) else { return false }
        if entry.pointee.kind == .slotMember {
            guard instance.kind == .instance else { return false }
            let inst = unsafeDowncast(instance, to: PyInstance.self)
            let slot = entry.pointee.slot
            guard slot < inst.slots.count else { return false }
            inst.slots[slot] = value
            return true
        }
        guard entry.pointee.instancesHaveDict else { return false }
        switch entry.pointee.kind {
        case .instanceOnly, .method, .classValue:
            if instance.kind == .instance, storeInline(unsafeDowncast(instance, to: PyInstance.self), name, value, entry) {
                return true
            }
            if instance.dict == nil { instance.dict = PyDict() }
            instance.dict?.setString(name, value)
            return true
        default:
            return false
        }
    }

    /// The cache entry of the attribute instruction at `index` for the instance's class, refilled when
    /// it was made for another class or version. Reads the class only for its version (holding it
    /// would cost a retain and a release per access).
    @inline(__always)
    private func instanceCacheEntry(_ instance: PyObject, _ name: PyStr, _ code: PyCode,
                                    _ index: Int) -> UnsafeMutablePointer<AttributeCacheEntry>? {
        guard let version = instance.cls?.version else { return nil }
        let entry = code.attributeCacheEntry(at: index, version: version)
        if entry.pointee.version != version {
            guard let cls = instance.cls else { return nil }
            entry.pointee = attributeCacheEntry(cls, name)
        }
        return entry
    }

    /// The instance's own value for `name` (inline or in its dict), remembering where an inline
    /// attribute sits so the next read with the same layout goes straight to it.
    @inline(__always)
    private func cachedInstanceValue(_ instance: PyObject, _ name: PyStr,
                                     _ entry: UnsafeMutablePointer<AttributeCacheEntry>) -> Value? {
        guard instance.kind == .instance else { return instance.dict?.lookupString(name) }
        let inst = unsafeDowncast(instance, to: PyInstance.self)
        let id = inst.layoutID
        if id == 0 { return inst.storedDict?.lookupString(name) }
        if id != entry.pointee.layoutID, let layout = inst.layout {
            entry.pointee.layoutID = id
            entry.pointee.layout = layout
            entry.pointee.nextLayout = nil
            entry.pointee.slot = layout.index(of: name) ?? -1
        }
        let slot = entry.pointee.slot
        return slot >= 0 ? inst.inlineValue(at: slot) : nil
    }

    /// Whether the instance has its own `name` (which would shadow a method), without copying it.
    @inline(__always)
    private func cachedInstanceHas(_ instance: PyObject, _ name: PyStr,
                                   _ entry: UnsafeMutablePointer<AttributeCacheEntry>) -> Bool {
        guard instance.kind == .instance else { return instance.dict?.lookupString(name) != nil }
        let inst = unsafeDowncast(instance, to: PyInstance.self)
        let id = inst.layoutID
        if id == 0 { return inst.storedDict?.lookupString(name) != nil }
        if id != entry.pointee.layoutID { return cachedInstanceValue(instance, name, entry) != nil }
        return entry.pointee.slot >= 0
    }

    /// Stores an attribute inline, remembering the layout transition; false in dict mode.
    @inline(__always)
    private func storeInline(_ inst: PyInstance, _ name: PyStr, _ value: Value,
                             _ entry: UnsafeMutablePointer<AttributeCacheEntry>) -> Bool {
        let id = inst.layoutID
        if id == 0 { return false }
        if id == entry.pointee.layoutID {
            if let next = entry.pointee.nextLayout {
                inst.appendInline(value, movingTo: next)
            } else {
                inst.setInlineValue(value, at: entry.pointee.slot)
            }
            return true
        }
        guard let layout = inst.layout else { return false }
        entry.pointee.layoutID = id
        if let i = layout.index(of: name) {
            entry.pointee.layout = layout
            entry.pointee.nextLayout = nil
            entry.pointee.slot = i
            inst.setInlineValue(value, at: i)
            return true
        }
        guard let next = layout.adding(name) else {
            entry.pointee.layoutID = 0
            return false
        }
        entry.pointee.layout = layout
        entry.pointee.nextLayout = next
        entry.pointee.slot = next.count - 1
        inst.appendInline(value, movingTo: next)
        return true
    }
}

/// Inline caches for reading attributes of classes themselves (`Strength.REQUIRED`,
/// `Base.method`, `cls.create(...)`) and for `loadMethod` on instances of builtin types
/// (`items.append(x)`).
extension Interpreter {
    /// `Class.name` through the cache: the result and whether it is a classmethod's function still to
    /// be bound to the class. Nil means "take the general path".
    @inline(__always)
    func cachedTypeAttribute(_ type: PyType, _ name: PyStr, _ code: PyCode, _ index: Int) -> (value: Value, bindsClass: Bool)? {
        // Versions only: holding the metatype would cost a retain and a release.
        let metaVersion = type.cls?.version ?? types.type.version
        let entry = code.attributeCacheEntry(at: index, version: type.version)
        if entry.pointee.version != type.version || entry.pointee.metaVersion != metaVersion {
            entry.pointee = typeAttributeCacheEntry(type, type.cls ?? types.type, name)
        }
        switch entry.pointee.kind {
        case .typeValue:
            return (entry.pointee.classValue, false)
        case .typeClassMethod:
            return (entry.pointee.classValue, true)
        case .typeInstanceValue:
            guard case .object(let o) = entry.pointee.classValue, o.cls?.version == entry.pointee.valueClassVersion else {
                return nil
            }
            return (entry.pointee.classValue, false)
        default:
            return nil
        }
    }

    /// What `Class.name` resolves to when no descriptor code has to run; `.empty` otherwise.
    private func typeAttributeCacheEntry(_ type: PyType, _ meta: PyType, _ name: PyStr) -> AttributeCacheEntry {
        var entry = AttributeCacheEntry()
        // The metatype must not take part: standard attribute lookup and no attribute of that name.
        guard meta.lookupSpecial(names.dGetattribute)?.isIdentical(to: objectGetattribute) ?? false,
              meta.lookup(name) == nil, !isTypeOwnAttributeName(name),
              let found = type.lookup(name) else { return entry }
        entry.version = type.version
        entry.metaVersion = meta.version
        entry.kind = .typeValue
        entry.classValue = found
        guard case .object(let d) = found else { return entry }
        switch d.kind {
        case .function, .builtinFunction, .property:
            break
        case .staticMethod:
            entry.classValue = unsafeDowncast(d, to: PyMethodWrapper.self).callable
        case .classMethod:
            entry.kind = .typeClassMethod
            entry.classValue = unsafeDowncast(d, to: PyMethodWrapper.self).callable
        default:
            guard let c = d.cls, c.isHeapType else { break }
            if c.lookupSpecial(names.dGet) != nil { return AttributeCacheEntry() }
            entry.kind = .typeInstanceValue
            entry.valueClassVersion = c.version
        }
        return entry
    }

    /// For `loadMethod` on an instance of a builtin type: the method descriptor to call with the
    /// object, cached per instruction by the type's version.
    @inline(__always)
    func cachedBuiltinMethod(_ object: Value, _ name: PyStr, _ code: PyCode, _ index: Int) -> Value? {
        let type = typeOf(object)
        let entry = code.attributeCacheEntry(at: index, version: type.version)
        if entry.pointee.version != type.version {
            var fresh = AttributeCacheEntry()
            fresh.version = type.version
            if let method = lookupUnboundMethod(object, name) {
                fresh.kind = .builtinMethod
                fresh.classValue = method
            }
            entry.pointee = fresh
        }
        guard entry.pointee.kind == .builtinMethod else { return nil }
        if case .object(let o) = object, o.storedDict != nil, o.ownAttribute(name) != nil { return nil }
        return entry.pointee.classValue
    }
}

/// Inline cache for `module.name`: the entry's position in the module's namespace, valid while the
/// namespace keeps its key set (`keysVersion`); the value is read where it lies, so reassigning a
/// module global keeps the cache. Deferred imports are never cached (storing one changes
/// `keysVersion`), so reading one still resolves it.
extension Interpreter {
    @inline(__always)
    func cachedModuleAttribute(_ module: PyModule, _ name: PyStr, _ code: PyCode, _ index: Int) -> Value? {
        guard module.cls == nil else { return nil }
        let namespace = module.namespace
        let entry = code.attributeCacheEntry(at: index, version: namespace.keysVersion)
        // Dict and type versions come from different counters, so the kind must match too.
        if entry.pointee.version != namespace.keysVersion || entry.pointee.kind != .moduleValue {
            guard let position = namespace.position(ofString: name),
                  namespace.valueAddress(at: position).assumingMemoryBound(to: Value.self).pointee.deferredImport == nil
            else { return nil }
            var fresh = AttributeCacheEntry()
            fresh.version = namespace.keysVersion
            fresh.kind = .moduleValue
            fresh.modulePosition = position
            entry.pointee = fresh
        }
        return namespace.valueAddress(at: entry.pointee.modulePosition).assumingMemoryBound(to: Value.self).pointee
    }
}
