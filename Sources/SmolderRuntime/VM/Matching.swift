/// Runtime support for `match` statements.
extension Interpreter {
    /// Mapping patterns match dicts and objects registered as mappings.
    func isMappingForMatch(_ v: Value) -> Bool {
        if case .object(let o) = v {
            if o.kind == .dict { return true }
            if let t = o.cls, t.isHeapType {
                return t.mro.contains { $0.namespace.lookupString(intern("__smolder_mapping__")) != nil || $0 === types.dict }
            }
        }
        return false
    }

    /// Sequence patterns match lists, tuples, ranges and the like, but not str, bytes or bytearray.
    func isSequenceForMatch(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o.kind {
        case .list, .tuple, .range: return true
        case .str, .bytes, .bytearray, .dict: return false
        default:
            if let t = o.cls, t.isHeapType {
                return t.mro.contains { $0 === types.list || $0 === types.tuple
                    || $0.namespace.lookupString(intern("__smolder_sequence__")) != nil }
            }
            return false
        }
    }

    /// The values for `keys` in a mapping subject, or None when any key is missing.
    func matchKeys(_ subject: Value, _ keys: Value) throws(PyError) -> Value {
        guard case .object(let ko) = keys, let keyTuple = ko as? PyTuple else { return .none }
        var values: [Value] = []
        var seen: [Value] = []
        for k in keyTuple.items {
            for s in seen where try equals(s, k) {
                throw valueError("mapping pattern checks duplicate key (\(try repr(k)))")
            }
            seen.append(k)
            if case .object(let so) = subject, let d = so as? PyDict, so.cls == nil {
                guard let v = try d.get(k, vm: self) else { return .none }
                values.append(v)
                continue
            }
            guard let get = try lookupAttribute(subject, names.get) else { return .none }
            let marker = Value.object(methodMarker)
            let v = try call(get, [k, marker])
            if v.isIdentical(to: marker) { return .none }
            values.append(v)
        }
        return .object(PyTuple(values))
    }

    /// Class patterns: isinstance check, then positional (via `__match_args__`) and keyword attributes.
    func matchClass(_ subject: Value, _ cls: Value, positionalCount: Int, keywordNames: PyTuple) throws(PyError) -> Value {
        guard case .object(let co) = cls, let type = co as? PyType else {
            throw typeError("called match pattern must be a class")
        }
        guard typeOf(subject).isSubtype(of: type) else { return .none }
        var attributes: [Value] = []
        var used: [String] = []
        if positionalCount > 0 {
            let selfMatching: [PyType] = [types.bool, types.bytearray, types.bytes, types.dict, types.float,
                                          types.frozenset, types.int, types.list, types.set, types.str, types.tuple]
            if let matchArgs = try lookupAttribute(cls, names.dMatchArgs) {
                guard case .object(let mo) = matchArgs, let tuple = mo as? PyTuple else {
                    throw typeError("\(type.name).__match_args__ must be a tuple (got \(typeName(matchArgs)))")
                }
                if positionalCount > tuple.items.count {
                    throw typeError("\(type.name)() accepts \(tuple.items.count) positional sub-pattern\(tuple.items.count == 1 ? "" : "s") (\(positionalCount) given)")
                }
                for i in 0..<positionalCount {
                    guard let name = strObject(tuple.items[i]) else {
                        throw typeError("__match_args__ elements must be strings (got \(typeName(tuple.items[i])))")
                    }
                    if used.contains(name.value) {
                        throw typeError("\(type.name)() got multiple sub-patterns for attribute '\(name.value)'")
                    }
                    used.append(name.value)
                    guard let v = try lookupAttribute(subject, intern(name.value)) else { return .none }
                    attributes.append(v)
                }
            } else if selfMatching.contains(where: { type.isSubtype(of: $0) }) && !type.isHeapType || selfMatching.contains(where: { $0 === type }) {
                if positionalCount > 1 {
                    throw typeError("\(type.name)() accepts 1 positional sub-pattern (\(positionalCount) given)")
                }
                attributes.append(subject)
            } else {
                throw typeError("\(type.name)() accepts 0 positional sub-patterns (\(positionalCount) given)")
            }
        }
        for n in keywordNames.items {
            guard let name = strObject(n) else { continue }
            if used.contains(name.value) {
                throw typeError("\(type.name)() got multiple sub-patterns for attribute '\(name.value)'")
            }
            used.append(name.value)
            guard let v = try lookupAttribute(subject, intern(name.value)) else { return .none }
            attributes.append(v)
        }
        return .object(PyTuple(attributes))
    }

    /// `{**rest}`: a dict copy of the subject without the matched keys.
    func copyDictWithoutKeys(_ subject: Value, _ keys: Value) throws(PyError) -> Value {
        let d = PyDict()
        if case .object(let so) = subject, let source = so as? PyDict {
            for e in source.liveEntries { try d.set(e.key, e.value, vm: self) }
        } else {
            try mergeIntoDict(d, subject, rejectDuplicates: false, function: nil)
        }
        for k in try collect(keys) { try d.remove(k, vm: self) }
        return .object(d)
    }
}
