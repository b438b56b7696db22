/// Attribute access: CPython's generic getattr/setattr with data and non-data descriptors,
/// instance dicts, `__slots__`, `__getattr__`/`__getattribute__`/`__setattr__` overrides, and the
/// special rules for types and modules.
extension Interpreter {
    public func getAttribute(_ object: Value, _ name: PyStr) throws(PyError) -> Value {
        if let v = try lookupAttribute(object, name) { return v }
        throw noAttribute(object, name.value)
    }

    /// `getattr(object, name)` returning nil instead of raising AttributeError (only for the final
    /// "no such attribute" case; errors raised by user code propagate).
    public func lookupAttribute(_ object: Value, _ name: PyStr) throws(PyError) -> Value? {
        let type = typeOf(object)
        if type === superType, case .object(let o) = object, let s = o as? PySuper {
            return try superGetAttribute(s, name)
        }
        if type.isHeapType, let custom = type.lookupSpecial(names.dGetattribute),
           !isObjectGetattribute(custom) {
            do throws(PyError) {
                return try callDescriptorMethod(custom, on: object, [.object(name)])
            } catch {
                if !matches(error, exceptions.AttributeError) { throw error }
                if let getattr = type.lookupSpecial(names.dGetattr) {
                    return try callDescriptorMethod(getattr, on: object, [.object(name)])
                }
                throw error
            }
        }
        if let v = try genericGetAttribute(object, name, type: type) { return v }
        if type.isHeapType || type === types.module, let getattr = type.lookupSpecial(names.dGetattr) {
            do throws(PyError) {
                return try callDescriptorMethod(getattr, on: object, [.object(name)])
            } catch {
                if matches(error, exceptions.AttributeError) { return nil }
                throw error
            }
        }
        return nil
    }

    @inline(__always)
    private func isObjectGetattribute(_ v: Value) -> Bool { v.isIdentical(to: objectGetattribute) }

    /// `object.__getattribute__` (and `type.__getattribute__` for classes), without `__getattr__`.
    public func genericGetAttribute(_ object: Value, _ name: PyStr, type: PyType) throws(PyError) -> Value? {
        if case .object(let o) = object {
            if o.kind == .type { return try typeGetAttribute(unsafeDowncast(o, to: PyType.self), name) }
            if o.kind == .module {
                let module = unsafeDowncast(o, to: PyModule.self)
                if let v = module.namespace.lookupString(name) {
                    return try resolvingDeferred(v, in: module.namespace, key: name)
                }
                if name === names.dDict { return .object(module.namespace) }
                if let descriptor = type.lookup(name) {
                    return try bindDescriptor(descriptor, instance: object, owner: type)
                }
                if let getattr = module.namespace.lookupString(names.dGetattr) {
                    do throws(PyError) {
                        return try call(getattr, [.object(name)])
                    } catch {
                        if matches(error, exceptions.AttributeError) { return nil }
                        throw error
                    }
                }
                return nil
            }
        }
        let descriptor = type.lookup(name)
        if let descriptor, case .object(let d) = descriptor, isDataDescriptor(d) {
            return try bindDescriptor(descriptor, instance: object, owner: type)
        }
        if case .object(let o) = object, let v = o.ownAttribute(name) { return v }
        if let descriptor { return try bindDescriptor(descriptor, instance: object, owner: type) }
        if case .object(let o) = object, o.kind == .boundMethod {
            // A bound method reads other attributes from its function (`m.__name__`, `m.__doc__`).
            return try lookupAttribute(unsafeDowncast(o, to: PyBoundMethod.self).function, name)
        }
        if name === names.dClass || name.value == "__class__" { return .object(type) }
        if name.value == "__dict__", case .object(let o) = object, type.instancesHaveDict,
           o.kind == .instance || o.kind == .exception || o.kind == .function || o.dict != nil {
            if o.dict == nil { o.dict = PyDict() }
            return .object(o.dict!)
        }
        return nil
    }

    func isDataDescriptor(_ d: PyObject) -> Bool {
        switch d.kind {
        case .property: return true
        case .function, .builtinFunction, .staticMethod, .classMethod, .str, .list, .tuple, .dict: return false
        default:
            if d is PySlotMember { return true }
            guard let c = d.cls, c.isHeapType else { return false }
            return c.lookupSpecial(names.dSet) != nil || c.lookupSpecial(names.dDelete) != nil
        }
    }

    /// Applies the descriptor protocol to a value found on a type: functions bind, properties call
    /// their getter, user objects with `__get__` are asked.
    public func bindDescriptor(_ descriptor: Value, instance: Value, owner: PyType, forceClass: Bool = false) throws(PyError) -> Value {
        guard case .object(let d) = descriptor else { return descriptor }
        switch d.kind {
        case .function:
            if forceClass { return descriptor }
            return .object(PyBoundMethod(function: descriptor, selfValue: instance))
        case .builtinFunction:
            let f = unsafeDowncast(d, to: PyBuiltinFunction.self)
            if f.isMethodDescriptor && f.boundSelf == nil && !forceClass { return .object(f.bound(to: instance)) }
            return descriptor
        case .staticMethod:
            return unsafeDowncast(d, to: PyMethodWrapper.self).callable
        case .classMethod:
            let cls: Value = forceClass ? instance : .object(owner)
            return .object(PyBoundMethod(function: unsafeDowncast(d, to: PyMethodWrapper.self).callable, selfValue: cls))
        case .property:
            let p = unsafeDowncast(d, to: PyProperty.self)
            if p.getter.isNone {
                throw attributeError("property \(p.name.map { "'\($0)' " } ?? "")of '\(typeName(instance))' object has no getter")
            }
            return try call(p.getter, [instance])
        default:
            if let slot = d as? PySlotMember, case .object(let o) = instance, let inst = o as? PyInstance,
               slot.index < inst.slots.count {
                if let v = inst.slots[slot.index] { return v }
                throw attributeError("'\(owner.name)' object has no attribute '\(slot.name)'")
            }
            guard let c = d.cls, c.isHeapType, let get = c.lookupSpecial(names.dGet) else { return descriptor }
            return try callDescriptorMethod(get, on: descriptor, [instance, .object(owner)])
        }
    }

    /// `type.__getattribute__`: metatype data descriptors, then the class's MRO, then the metatype.
    func typeGetAttribute(_ type: PyType, _ name: PyStr) throws(PyError) -> Value? {
        let meta = typeOf(.object(type))
        let metaAttribute = meta.lookup(name)
        if let metaAttribute, case .object(let m) = metaAttribute, isDataDescriptor(m) {
            return try bindDescriptor(metaAttribute, instance: .object(type), owner: meta)
        }
        if isTypeOwnAttributeName(name) { return try typeSpecialAttribute(type, name) }
        if let v = type.lookup(name) {
            guard case .object(let d) = v else { return v }
            switch d.kind {
            case .function, .builtinFunction: return v
            case .staticMethod: return unsafeDowncast(d, to: PyMethodWrapper.self).callable
            case .classMethod:
                return .object(PyBoundMethod(function: unsafeDowncast(d, to: PyMethodWrapper.self).callable,
                                             selfValue: .object(type)))
            case .property: return v
            default:
                if let c = d.cls, c.isHeapType, let get = c.lookupSpecial(names.dGet) {
                    return try callDescriptorMethod(get, on: v, [.none, .object(type)])
                }
                return v
            }
        }
        if let special = try typeSpecialAttribute(type, name) { return special }
        if let metaAttribute { return try bindDescriptor(metaAttribute, instance: .object(type), owner: meta) }
        return nil
    }

    /// Names `type.__getattribute__` answers from the class itself before looking in its namespace.
    func isTypeOwnAttributeName(_ name: PyStr) -> Bool {
        switch name.value {
        case "__name__", "__qualname__", "__mro__", "__bases__", "__base__", "__dict__", "__class__": return true
        default: return false
        }
    }

    /// Attributes every class has without storing them in its namespace.
    func typeSpecialAttribute(_ type: PyType, _ name: PyStr) throws(PyError) -> Value? {
        switch name.value {
        case "__name__": return Value(type.name)
        case "__qualname__": return Value(type.qualname)
        case "__mro__": return .object(PyTuple(type.mro.map { Value.object($0) }))
        case "__bases__": return .object(PyTuple(type.bases.map { Value.object($0) }))
        case "__base__": return type.bases.first.map { .object($0) } ?? Value.none
        case "__dict__": return .object(MappingProxy(type.namespace, cls: mappingProxyType))
        case "__class__": return .object(typeOf(.object(type)))
        case "__module__": return type.isHeapType ? nil : Value("builtins")
        case "__doc__": return Value.none
        default: return nil
        }
    }

    // MARK: Setting and deleting

    public func setAttribute(_ object: Value, _ name: PyStr, _ value: Value) throws(PyError) {
        let type = typeOf(object)
        if type.isHeapType, let custom = type.lookupSpecial(names.dSetattr), !custom.isIdentical(to: objectSetattr) {
            _ = try callDescriptorMethod(custom, on: object, [.object(name), value])
            return
        }
        try genericSetAttribute(object, name, value, type: type)
    }


    public func genericSetAttribute(_ object: Value, _ name: PyStr, _ value: Value?, type: PyType) throws(PyError) {
        guard case .object(let o) = object else {
            // A property with a setter still applies to unboxed values (`(1).__class__ = C` reaches
            // object.__class__'s setter, which gives CPython's TypeError).
            if let d = type.lookup(name), case .object(let dobj) = d, let p = dobj as? PyProperty, !p.setter.isNone {
                try setViaDescriptor(dobj, object, value, name: name)
                return
            }
            if type.lookup(name) != nil {
                throw attributeError("'\(type.name)' object attribute '\(name.value)' is read-only")
            }
            throw attributeError("'\(type.name)' object has no attribute '\(name.value)'")
        }
        if o.kind == .type {
            let t = unsafeDowncast(o, to: PyType.self)
            let meta = typeOf(object)
            if let d = meta.lookup(name), case .object(let dobj) = d, isDataDescriptor(dobj) {
                try setViaDescriptor(dobj, object, value, name: name)
                return
            }
            guard t.isHeapType else {
                throw typeError("cannot set '\(name.value)' attribute of immutable type '\(t.name)'")
            }
            if name.value == "__name__", let value {
                guard case .object(let so) = value, let s = so as? PyStr else {
                    throw typeError("can only assign string to \(t.name).__name__, not '\(typeName(value))'")
                }
                t.name = s.value
                return
            }
            if name.value == "__qualname__", let value, case .object(let so) = value, let s = so as? PyStr {
                t.qualname = s.value
                return
            }
            // The namespace tells its class of the change, which invalidates the class's caches.
            if let value { t.namespace.setString(name, value) } else if t.namespace.removeString(name) == nil {
                throw attributeError("type object '\(t.name)' has no attribute '\(name.value)'")
            }
            return
        }
        if let d = type.lookup(name), case .object(let dobj) = d, isDataDescriptor(dobj) {
            try setViaDescriptor(dobj, object, value, name: name)
            return
        }
        if o.kind == .module {
            let m = unsafeDowncast(o, to: PyModule.self)
            if let value { m.namespace.setString(name, value) } else if m.namespace.removeString(name) == nil {
                throw attributeError("module '\(m.name)' has no attribute '\(name.value)'")
            }
            return
        }
        let allowsDict: Bool
        switch o.kind {
        case .instance, .exception, .function: allowsDict = type.instancesHaveDict
        default: allowsDict = type.isHeapType && type.instancesHaveDict
        }
        guard allowsDict else {
            if type.lookup(name) != nil {
                throw attributeError("'\(type.name)' object attribute '\(name.value)' is read-only")
            }
            throw attributeError("'\(type.name)' object has no attribute '\(name.value)'")
        }
        if name === names.dDict || name.value == "__dict__" {
            // `obj.__dict__ = d` replaces the attribute storage itself.
            guard let value else {
                if o.kind == .function { throw typeError("cannot delete __dict__") }
                o.dict = nil
                return
            }
            guard case .object(let d) = value, d.kind == .dict else {
                throw typeError("__dict__ must be set to a dictionary, not a '\(typeName(value))'")
            }
            o.dict = unsafeDowncast(d, to: PyDict.self)
            return
        }
        if let value {
            if o.kind == .instance, unsafeDowncast(o, to: PyInstance.self).setInlineAttribute(name, value) { return }
            if o.dict == nil { o.dict = PyDict() }
            o.dict!.setString(name, value)
        } else if o.ownAttribute(name) == nil || o.dict?.removeString(name) == nil {
            throw attributeError("'\(type.name)' object has no attribute '\(name.value)'")
        }
    }

    private func setViaDescriptor(_ d: PyObject, _ object: Value, _ value: Value?, name: PyStr) throws(PyError) {
        if let p = d as? PyProperty {
            if let value {
                if p.setter.isNone {
                    throw attributeError("property '\(p.name ?? name.value)' of '\(typeName(object))' object has no setter")
                }
                _ = try call(p.setter, [object, value])
            } else {
                if p.deleter.isNone {
                    throw attributeError("property '\(p.name ?? name.value)' of '\(typeName(object))' object has no deleter")
                }
                _ = try call(p.deleter, [object])
            }
            return
        }
        if let slot = d as? PySlotMember, case .object(let o) = object, let inst = o as? PyInstance,
           slot.index < inst.slots.count {
            if value == nil && inst.slots[slot.index] == nil {
                throw attributeError("'\(typeName(object))' object has no attribute '\(slot.name)'")
            }
            inst.slots[slot.index] = value
            return
        }
        let special = value == nil ? names.dDelete : names.dSet
        guard let method = typeOf(.object(d)).lookupSpecial(special) else {
            throw attributeError(value == nil ? "__delete__" : "__set__")
        }
        _ = try callDescriptorMethod(method, on: .object(d), value.map { [object, $0] } ?? [object])
    }

    public func deleteAttribute(_ object: Value, _ name: PyStr) throws(PyError) {
        let type = typeOf(object)
        if type.isHeapType, let custom = type.lookupSpecial(names.dDelattr), !custom.isIdentical(to: objectDelattr) {
            _ = try callDescriptorMethod(custom, on: object, [.object(name)])
            return
        }
        try genericSetAttribute(object, name, nil, type: type)
    }

    /// For `loadMethod`: the function found on the type when `obj.name` would bind it (so the call
    /// can pass `obj` directly without allocating a bound method).
    @inline(__always)
    func lookupUnboundMethod(_ object: Value, _ name: PyStr) -> Value? {
        let type = typeOf(object)
        if type.isHeapType && type.lookupSpecial(names.dGetattribute).map({ !isObjectGetattribute($0) }) == true {
            return nil
        }
        if case .object(let o) = object, o.kind == .type || o.kind == .module || o.cls === superType { return nil }
        guard let found = type.lookup(name), case .object(let f) = found else { return nil }
        switch f.kind {
        case .function: break
        case .builtinFunction:
            let bf = unsafeDowncast(f, to: PyBuiltinFunction.self)
            guard bf.isMethodDescriptor && bf.boundSelf == nil else { return nil }
        default: return nil
        }
        if case .object(let o) = object, o.ownAttribute(name) != nil { return nil }
        return found
    }
}

/// The read-only view `type.__dict__` returns.
public final class MappingProxy: PyObject {
    public let mapping: PyDict
    public init(_ mapping: PyDict, cls: PyType? = nil) {
        self.mapping = mapping
        super.init(kind: .other, cls: cls)
    }
}

/// `list[int]` and friends: kept only so annotations evaluate.
public final class GenericAlias: PyObject {
    public let origin: Value
    public let args: Value
    public init(origin: Value, args: Value, cls: PyType? = nil) {
        self.origin = origin
        self.args = args
        super.init(kind: .other, cls: cls)
    }
}
