import BigInt

/// The object protocols every part of the runtime uses: truth, hashing, equality, repr/str, length,
/// item access, iteration. Builtin types take fast paths; everything else goes through special methods.
extension Interpreter {
    // MARK: Special-method calls

    /// Looks up a special method on the type (never the instance) and calls it bound to `v`.
    /// Returns nil when the type has no such method.
    public func callSpecial(_ v: Value, _ name: PyStr, _ args: [Value]) throws(PyError) -> Value? {
        guard let method = typeOf(v).lookupSpecial(name) else { return nil }
        return try callDescriptorMethod(method, on: v, args)
    }

    /// `callDescriptorMethod` with one argument: a Python function is called without an array.
    func callDescriptorMethod(_ method: Value, on instance: Value, with argument: Value) throws(PyError) -> Value {
        if case .object(let o) = method, o.kind == .function {
            let f = unsafeDowncast(o, to: PyFunction.self)
            if f.takesPlainCall(2) { return try callFunction(f, with: instance, argument) }
            let scratch = argumentScratch
            scratch[0] = instance
            scratch[1] = argument
            defer { clearArgumentScratch(2) }
            return try callFunction(unsafeDowncast(o, to: PyFunction.self),
                                    positional: UnsafeBufferPointer(start: scratch, count: 2), keywords: nil)
        }
        return try callDescriptorMethod(method, on: instance, [argument])
    }

    /// `callDescriptorMethod` with two arguments (`__setitem__`), without an array for Python functions.
    func callDescriptorMethod(_ method: Value, on instance: Value, with first: Value, _ second: Value) throws(PyError) -> Value {
        if case .object(let o) = method, o.kind == .function {
            let scratch = argumentScratch
            scratch[0] = instance
            scratch[1] = first
            scratch[2] = second
            defer { clearArgumentScratch(3) }
            return try callFunction(unsafeDowncast(o, to: PyFunction.self),
                                    positional: UnsafeBufferPointer(start: scratch, count: 3), keywords: nil)
        }
        return try callDescriptorMethod(method, on: instance, [first, second])
    }

    /// Drops the scratch slots' references once the call is over (nested calls reuse the slots).
    @inline(__always)
    private func clearArgumentScratch(_ count: Int) {
        for i in 0..<count { argumentScratch[i] = .none }
    }

    /// Calls a method found on a type as if bound to `instance`.
    func callDescriptorMethod(_ method: Value, on instance: Value, _ args: [Value]) throws(PyError) -> Value {
        if case .object(let o) = method {
            switch o.kind {
            case .function, .builtinFunction:
                return try call(method, [instance] + args)
            case .staticMethod:
                return try call(unsafeDowncast(o, to: PyMethodWrapper.self).callable, args)
            case .classMethod:
                return try call(unsafeDowncast(o, to: PyMethodWrapper.self).callable, [.object(typeOf(instance))] + args)
            default:
                break
            }
        }
        let bound = try bindDescriptor(method, instance: instance, owner: typeOf(instance))
        return try call(bound, args)
    }

    // MARK: Truth

    @inline(__always)
    public func isTrue(_ v: Value) throws(PyError) -> Bool {
        switch v {
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .none: return false
        case .float(let d): return d != 0
        case .object(let o):
            if o.cls == nil {
                switch o.kind {
                case .str: return unsafeDowncast(o, to: PyStr.self).count != 0
                case .list: return !unsafeDowncast(o, to: PyList.self).items.isEmpty
                case .tuple: return !unsafeDowncast(o, to: PyTuple.self).items.isEmpty
                case .dict: return unsafeDowncast(o, to: PyDict.self).count != 0
                case .set: return unsafeDowncast(o, to: PySet.self).count != 0
                case .bigInt: return true
                default: break
                }
            }
            return try isTrueSlow(v)
        }
    }

    private func isTrueSlow(_ v: Value) throws(PyError) -> Bool {
        if let r = try callSpecial(v, names.dBool, []) {
            guard case .bool(let b) = r else {
                throw typeError("__bool__ should return bool, returned \(typeName(r))")
            }
            return b
        }
        if let r = try callSpecial(v, names.dLen, []) {
            let n = try lengthResult(r)
            return n != 0
        }
        return true
    }

    func lengthResult(_ r: Value) throws(PyError) -> Int {
        switch r {
        case .int(let n):
            if n < 0 { throw valueError("__len__() should return >= 0") }
            return n
        case .bool(let b): return b ? 1 : 0
        default:
            if case .object(let o) = r, o.kind == .bigInt {
                throw overflowError("cannot fit 'int' into an index-sized integer")
            }
            throw typeError("'\(typeName(r))' object cannot be interpreted as an integer")
        }
    }

    // MARK: Hashing

    public func hash(_ v: Value) throws(PyError) -> Int {
        switch v {
        case .int(let i): return Hashing.hashInt(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return Hashing.hashDouble(d)
        case .none: return 0x5F3D_0E57
        case .object(let o):
            if o.cls == nil {
                switch o.kind {
                case .str: return unsafeDowncast(o, to: PyStr.self).hashValue32
                case .bigInt: return Hashing.hashBigInt(unsafeDowncast(o, to: PyBigInt.self).value)
                case .tuple: return try hashTuple(unsafeDowncast(o, to: PyTuple.self))
                case .list, .dict, .bytearray:
                    throw typeError("unhashable type: '\(typeName(v))'")
                case .set:
                    if !unsafeDowncast(o, to: PySet.self).isFrozen {
                        throw typeError("unhashable type: 'set'")
                    }
                default: break
                }
            }
            let type = typeOf(v)
            guard let method = type.lookupSpecial(names.dHash), !method.isNone else {
                throw typeError("unhashable type: '\(type.name)'")
            }
            let r = try callDescriptorMethod(method, on: v, [])
            switch r {
            case .int(let i): return i == -1 ? -2 : i
            case .bool(let b): return b ? 1 : 0
            case .object(let ro) where ro.kind == .bigInt:
                return Hashing.hashBigInt(unsafeDowncast(ro, to: PyBigInt.self).value)
            default:
                throw typeError("__hash__ method should return an integer")
            }
        }
    }

    func hashTuple(_ t: PyTuple) throws(PyError) -> Int {
        // CPython's xxHash-based tuple hash, so hash((1, 2)) matches.
        let prime1: UInt64 = 11400714785074694791
        let prime2: UInt64 = 14029467366897019727
        let prime5: UInt64 = 2870177450012600261
        var acc: UInt64 = prime5
        for item in t.items {
            let lane = UInt64(bitPattern: Int64(try hash(item)))
            acc = acc &+ lane &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt64(t.items.count) ^ (prime5 ^ 3527539))
        if acc == UInt64.max { return 1546275796 }
        return Int(Int64(bitPattern: acc))
    }

    /// The identity hash of an object (`object.__hash__`), stable for its lifetime.
    public func identityHash(_ o: PyObject) -> Int {
        let address = UInt(bitPattern: ObjectIdentifier(o).hashValue)
        return Int(bitPattern: (address >> 4) | (address << (UInt.bitWidth - 4)))
    }

    // MARK: Equality and ordering

    /// `a == b` as a Bool (identity implies equality for containers, as CPython's containers assume).
    @inline(__always)
    public func equals(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        // Inline floats are identical when their bits are (so `[nan] == [nan]`, as CPython's identity shortcut).
        case (.float(let x), .float(let y)): return x == y || x.bitPattern == y.bitPattern
        case (.object(let x), .object(let y)):
            if x === y { return true }
            if x.kind == .str && y.kind == .str && x.cls == nil && y.cls == nil {
                return unsafeDowncast(x, to: PyStr.self).equals(unsafeDowncast(y, to: PyStr.self))
            }
        default: break
        }
        return try isTrue(compare(a, b, .equal))
    }

    // MARK: repr and str

    public func repr(_ v: Value) throws(PyError) -> String {
        switch v {
        case .int(let i): return String(i)
        case .bool(let b): return b ? "True" : "False"
        case .none: return "None"
        case .float(let d): return FloatFormatting.repr(d)
        case .object(let o):
            if o.cls == nil && o.kind == .str { return StringRepr.repr(unsafeDowncast(o, to: PyStr.self).value) }
            recursionDepth += 1
            defer { recursionDepth -= 1 }
            // Checked one level early: the `__repr__` call that follows would overflow next.
            if recursionDepth + 1 > recursionLimit {
                recursionDepth -= 50
                defer { recursionDepth += 50 }
                throw error(exceptions.RecursionError, "maximum recursion depth exceeded while getting the repr of an object")
            }
            guard let r = try callSpecial(v, names.dRepr, []) else { return "<object>" }
            guard case .object(let ro) = r, ro.kind == .str else {
                throw typeError("__repr__ returned non-string (type \(typeName(r)))")
            }
            return unsafeDowncast(ro, to: PyStr.self).value
        }
    }

    public func str(_ v: Value) throws(PyError) -> String {
        switch v {
        case .object(let o):
            if o.kind == .str && o.cls == nil { return unsafeDowncast(o, to: PyStr.self).value }
            var r: Value
            if let s = try callSpecial(v, names.dStr, []) { r = s } else { r = Value(try repr(v)) }
            guard case .object(let ro) = r, ro.kind == .str else {
                throw typeError("__str__ returned non-string (type \(typeName(r)))")
            }
            return unsafeDowncast(ro, to: PyStr.self).value
        default:
            return try repr(v)
        }
    }

    /// Runs `body` unless `o` is already being repr'd further up (then returns `recursive`).
    public func withReprGuard(_ o: PyObject, recursive: String, _ body: () throws(PyError) -> String) throws(PyError) -> String {
        let id = ObjectIdentifier(o)
        if reprStack.contains(id) { return recursive }
        reprStack.append(id)
        defer { reprStack.removeLast() }
        return try body()
    }

    // MARK: Length

    public func length(_ v: Value) throws(PyError) -> Int {
        if case .object(let o) = v, o.cls == nil {
            switch o.kind {
            case .str: return unsafeDowncast(o, to: PyStr.self).count
            case .list: return unsafeDowncast(o, to: PyList.self).items.count
            case .tuple: return unsafeDowncast(o, to: PyTuple.self).items.count
            case .dict: return unsafeDowncast(o, to: PyDict.self).count
            case .set: return unsafeDowncast(o, to: PySet.self).count
            case .range: if let n = unsafeDowncast(o, to: PyRange.self).smallLength { return n }
            default: break
            }
        }
        guard let r = try callSpecial(v, names.dLen, []) else {
            throw typeError("object of type '\(typeName(v))' has no len()")
        }
        return try lengthResult(r)
    }

    // MARK: Items

    public func getItem(_ container: Value, _ key: Value) throws(PyError) -> Value {
        if case .object(let o) = container, o.cls == nil {
            switch o.kind {
            case .list:
                if case .int(let i) = key {
                    let items = unsafeDowncast(o, to: PyList.self).items
                    let j = i < 0 ? i + items.count : i
                    guard j >= 0 && j < items.count else { throw indexError("list index out of range") }
                    return items[j]
                }
                if case .object(let k) = key, k.kind == .slice {
                    return .object(PyList(try sliceItems(unsafeDowncast(o, to: PyList.self).items, unsafeDowncast(k, to: PySlice.self))))
                }
            case .tuple:
                if case .int(let i) = key {
                    let items = unsafeDowncast(o, to: PyTuple.self).items
                    let j = i < 0 ? i + items.count : i
                    guard j >= 0 && j < items.count else { throw indexError("tuple index out of range") }
                    return items[j]
                }
                if case .object(let k) = key, k.kind == .slice {
                    let items = unsafeDowncast(o, to: PyTuple.self).items
                    let slice = unsafeDowncast(k, to: PySlice.self)
                    let b = try sliceBounds(slice, length: items.count)
                    if b.step == 1 && b.count == items.count { return container }
                    return .object(PyTuple(try sliceItems(items, slice)))
                }
            case .dict:
                let d = unsafeDowncast(o, to: PyDict.self)
                if let v = try d.get(key, vm: self) { return try resolvingDeferred(v, in: d, key: strObject(key)) }
                throw keyError(key)
            default: break
            }
        }
        let type = typeOf(container)
        if let method = type.lookupSpecial(names.dGetitem) {
            return try callDescriptorMethod(method, on: container, with: key)
        }
        if case .object(let o) = container, let t = o as? PyType {
            if t === types.type {
                return .object(GenericAlias(origin: container, args: key, cls: genericAliasTypeOf()))
            }
            if let cgi = t.lookup(names.dClassGetitem) {
                let bound = try bindDescriptor(cgi, instance: container, owner: t, forceClass: true)
                return try call(bound, [key])
            }
            if t.isSubtype(of: types.object) && !t.isHeapType {
                return .object(GenericAlias(origin: container, args: key, cls: genericAliasTypeOf()))
            }
            throw typeError("type '\(t.name)' is not subscriptable")
        }
        throw typeError("'\(type.name)' object is not subscriptable")
    }

    public func setItem(_ container: Value, _ key: Value, _ value: Value) throws(PyError) {
        if case .object(let o) = container, o.cls == nil {
            switch o.kind {
            case .list:
                if case .int(let i) = key {
                    let list = unsafeDowncast(o, to: PyList.self)
                    let j = i < 0 ? i + list.items.count : i
                    guard j >= 0 && j < list.items.count else {
                        throw indexError("list assignment index out of range")
                    }
                    list.items[j] = value
                    return
                }
                if case .object(let k) = key, k.kind == .slice {
                    try assignListSlice(unsafeDowncast(o, to: PyList.self), unsafeDowncast(k, to: PySlice.self), value)
                    return
                }
            case .dict:
                try unsafeDowncast(o, to: PyDict.self).set(key, value, vm: self)
                return
            default: break
            }
        }
        guard let method = typeOf(container).lookupSpecial(names.dSetitem) else {
            throw typeError("'\(typeName(container))' object does not support item assignment")
        }
        _ = try callDescriptorMethod(method, on: container, with: key, value)
    }

    public func deleteItem(_ container: Value, _ key: Value) throws(PyError) {
        if case .object(let o) = container, o.cls == nil, o.kind == .dict {
            if try unsafeDowncast(o, to: PyDict.self).remove(key, vm: self) == nil { throw keyError(key) }
            return
        }
        guard try callSpecial(container, names.dDelitem, [key]) != nil else {
            throw typeError("'\(typeName(container))' object does not support item deletion")
        }
    }

    // MARK: Containment

    public func contains(_ container: Value, _ item: Value) throws(PyError) -> Bool {
        if case .object(let o) = container, o.cls == nil {
            switch o.kind {
            case .dict: return try unsafeDowncast(o, to: PyDict.self).contains(item, vm: self)
            case .set: return try unsafeDowncast(o, to: PySet.self).contains(item, vm: self)
            case .list:
                for x in unsafeDowncast(o, to: PyList.self).items where try equals(x, item) { return true }
                return false
            case .tuple:
                for x in unsafeDowncast(o, to: PyTuple.self).items where try equals(x, item) { return true }
                return false
            case .str:
                guard case .object(let io) = item, io.kind == .str else {
                    throw typeError("'in <string>' requires string as left operand, not \(typeName(item))")
                }
                let needle = unsafeDowncast(io, to: PyStr.self).value
                if needle.isEmpty { return true }
                return unsafeDowncast(o, to: PyStr.self).value.utf8.firstRange(of: needle.utf8) != nil
            default: break
            }
        }
        if let r = try callSpecial(container, names.dContains, [item]) { return try isTrue(r) }
        guard typeOf(container).lookupSpecial(names.dIter) != nil
                || typeOf(container).lookupSpecial(names.dGetitem) != nil else {
            throw typeError("argument of type '\(typeName(container))' is not iterable")
        }
        let it = try iterate(container)
        while let x = try next(it) {
            if try equals(x, item) { return true }
        }
        return false
    }
}
