/// Inline caches for `loadAttr`, `loadMethod` and `storeAttr` on instances of plain classes (no
/// builtin base, no custom `__getattribute__`/`__setattr__`): the class-side lookup along the MRO is
/// remembered per instruction and reused while the class's version is unchanged.
extension Interpreter {
    /// The cache entry for `name` on `cls`, computed now; `.empty` when the class can't be cached.
    func attributeCacheEntry(_ cls: PyType, _ name: PyStr) -> AttributeCacheEntry {
        var entry = AttributeCacheEntry()
        guard cls.isHeapType, cls.instanceKind == .instance,
              cls.lookupSpecial(names.dGetattribute)?.isIdentical(to: objectGetattribute) ?? false,
              cls.lookupSpecial(names.dSetattr)?.isIdentical(to: objectSetattr) ?? false else { return entry }
        entry.type = cls
        entry.version = cls.version
        guard let found = cls.lookup(name) else {
            entry.kind = .instanceOnly
            return entry
        }
        entry.classValue = found
        if case .object(let d) = found {
            if d.kind == .function {
                entry.kind = .method
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

    /// `obj.name` through the cache; nil means "take the general path".
    @inline(__always)
    func cachedLoadAttribute(_ instance: PyObject, _ name: PyStr, _ code: PyCode, _ index: Int) throws(PyError) -> Value? {
        guard let cls = instance.cls else { return nil }
        let entry = code.attributeCache + index
        if entry.pointee.type !== cls || entry.pointee.version != cls.version {
            entry.pointee = attributeCacheEntry(cls, name)
        }
        switch entry.pointee.kind {
        case .empty:
            return nil
        case .instanceOnly:
            return instance.dict?.lookupString(name)
        case .method:
            if let v = instance.dict?.lookupString(name) { return v }
            return .object(PyBoundMethod(function: entry.pointee.classValue, selfValue: .object(instance)))
        case .dataDescriptor:
            return try bindDescriptor(entry.pointee.classValue, instance: .object(instance), owner: cls)
        case .classValue:
            if let v = instance.dict?.lookupString(name) { return v }
            return try bindDescriptor(entry.pointee.classValue, instance: .object(instance), owner: cls)
        }
    }

    /// For `loadMethod`: the function to call with the instance, when the cache proves it is one.
    @inline(__always)
    func cachedMethod(_ instance: PyObject, _ name: PyStr, _ code: PyCode, _ index: Int) -> Value? {
        guard let cls = instance.cls else { return nil }
        let entry = code.attributeCache + index
        if entry.pointee.type !== cls || entry.pointee.version != cls.version {
            entry.pointee = attributeCacheEntry(cls, name)
        }
        guard entry.pointee.kind == .method else { return nil }
        if let dict = instance.dict, dict.lookupString(name) != nil { return nil }
        return entry.pointee.classValue
    }

    /// `obj.name = value` through the cache; false means "take the general path".
    @inline(__always)
    func cachedStoreAttribute(_ instance: PyObject, _ name: PyStr, _ value: Value, _ code: PyCode, _ index: Int) -> Bool {
        guard let cls = instance.cls, cls.instancesHaveDict else { return false }
        let entry = code.attributeCache + index
        if entry.pointee.type !== cls || entry.pointee.version != cls.version {
            entry.pointee = attributeCacheEntry(cls, name)
        }
        switch entry.pointee.kind {
        case .instanceOnly, .method, .classValue:
            if instance.dict == nil { instance.dict = PyDict() }
            instance.dict?.setString(name, value)
            return true
        default:
            return false
        }
    }
}
