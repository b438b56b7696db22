/// Class creation: `__build_class__`, `type.__new__` (MRO, `__slots__`, `__set_name__`,
/// `__init_subclass__`, the `__class__` cell) and `super`.
extension Interpreter {
    func installTypeType() {
        let type = types.type
        type.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            guard case .object(let mo)? = args.first, let meta = mo as? PyType else {
                throw vm.typeError("type.__new__(X): X is not a type object")
            }
            if args.count == 2 { return .object(vm.typeOf(args[1])) }
            guard args.count == 4 else { throw vm.typeError("type() takes 1 or 3 arguments") }
            let name = try vm.string(args[1], "type.__new__() argument 1")
            guard case .object(let bo) = args[2], let basesTuple = bo as? PyTuple else {
                throw vm.typeError("type.__new__() argument 2 must be tuple, not \(vm.typeName(args[2]))")
            }
            guard case .object(let no) = args[3], let ns = no as? PyDict else {
                throw vm.typeError("type.__new__() argument 3 must be dict, not \(vm.typeName(args[3]))")
            }
            var bases: [PyType] = []
            for b in basesTuple.items {
                guard case .object(let bo) = b, let bt = bo as? PyType else {
                    throw vm.typeError("bases must be types")
                }
                bases.append(bt)
            }
            return .object(try vm.createClass(meta: meta, name: name, bases: bases, namespace: ns, keywords: kw))
        }
        type.define("__init__") { (_, _, _) throws(PyError) -> Value in .none }
        type.define("__call__") { (vm, args, kw) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let t = o as? PyType else {
                throw vm.typeError("descriptor '__call__' requires a 'type' object")
            }
            return try vm.callTypeDirect(t, Array(args.dropFirst()), kw)
        }
        type.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let t = o as? PyType else { return Value("<class ?>") }
            return Value("<class '\(vm.qualifiedTypeName(t))'>")
        }
        type.define("mro") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let t = o as? PyType else { throw vm.typeError("mro() needs a type") }
            return .object(PyList(t.mro.map { .object($0) }))
        }
        type.define("__subclasses__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let t = o as? PyType else { throw vm.typeError("needs a type") }
            return .object(PyList(t.subclasses.map { .object($0) }))
        }
        type.define("__instancecheck__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2, case .object(let o) = args[0], let t = o as? PyType else { return .bool(false) }
            return .bool(vm.typeOf(args[1]).isSubtype(of: t))
        }
        type.define("__subclasscheck__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2, case .object(let o) = args[0], let t = o as? PyType,
                  case .object(let so) = args[1], let s = so as? PyType else { return .bool(false) }
            return .bool(s.isSubtype(of: t))
        }
        type.defineClassMethod("__prepare__") { (_, _, _) throws(PyError) -> Value in .object(PyDict()) }
        type.define("__or__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2 else { return vm.notImplemented }
            return vm.makeUnion(args[0], args[1])
        }
        type.define("__ror__") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2 else { return vm.notImplemented }
            return vm.makeUnion(args[1], args[0])
        }
    }

    /// `module.Qualname` (just the qualname for builtins).
    func qualifiedTypeName(_ t: PyType) -> String {
        // Builtin types from native modules (time.struct_time) carry their module in __module__.
        if !t.isHeapType {
            guard let m = t.namespace.lookupString(names.dModule).flatMap({ strObject($0)?.value }) else { return t.name }
            return m == "builtins" ? t.name : "\(m).\(t.name)"
        }
        let module = t.namespace.lookupString(names.dModule).flatMap { strObject($0)?.value } ?? "builtins"
        return module == "builtins" ? t.qualname : "\(module).\(t.qualname)"
    }

    /// `type.__call__`: `__new__` then `__init__` (used directly, and by metaclasses via super()).
    func callTypeDirect(_ type: PyType, _ args: [Value], _ keywords: Keywords?) throws(PyError) -> Value {
        if args.count == 1, keywords?.isEmpty ?? true, let made = try makeBuiltinContainer(type, from: args[0]) {
            return made
        }
        // Fast path for plain classes: object.__new__ and a Python __init__, without bound methods.
        if type.isHeapType, type.instanceKind == .instance, let newMethod = type.lookupSpecial(names.dNew),
           newMethod.isIdentical(to: objectNew), let initMethod = type.lookupSpecial(names.dInit) {
            let instance: Value = .object(PyInstance(cls: type, slotCount: type.slotCount))
            if initMethod.isIdentical(to: objectInit) {
                if !args.isEmpty || !(keywords?.isEmpty ?? true) { throw typeError("\(type.name)() takes no arguments") }
                return instance
            }
            if case .object(let fo) = initMethod, fo.kind == .function {
                var all = [instance]
                all.reserveCapacity(args.count + 1)
                all.append(contentsOf: args)
                let r = try all.withUnsafeBufferPointer { (buffer) throws(PyError) -> Value in
                    try callFunction(unsafeDowncast(fo, to: PyFunction.self), positional: buffer, keywords: keywords)
                }
                if !r.isNone { throw typeError("__init__() should return None, not '\(typeName(r))'") }
                return instance
            }
        }
        guard let newMethod = type.lookupSpecial(names.dNew) else { throw typeError("cannot create '\(type.name)' instances") }
        var newCallable = newMethod
        if case .object(let n) = newMethod, n.kind == .staticMethod {
            newCallable = unsafeDowncast(n, to: PyMethodWrapper.self).callable
        }
        let instance = try call(newCallable, [.object(type)] + args, keywords)
        guard typeOf(instance).isSubtype(of: type) else { return instance }
        if let initMethod = typeOf(instance).lookupSpecial(names.dInit),
           // object.__init__ only re-checks arguments object.__new__ already checked: skip the call.
           !initMethod.isIdentical(to: objectInit) {
            let r = try call(try bindDescriptor(initMethod, instance: instance, owner: typeOf(instance)), args, keywords)
            if !r.isNone { throw typeError("__init__() should return None, not '\(typeName(r))'") }
        }
        return instance
    }

    /// `tuple(x)`, `list(x)` and `set(x)` built directly: what their `__new__` and `__init__` do,
    /// without the argument arrays and bound `__init__` of the general path. (Builtin types'
    /// methods cannot be replaced, so the result and errors are the same.) Nil for other types.
    func makeBuiltinContainer(_ type: PyType, from iterable: Value) throws(PyError) -> Value? {
        if type === types.tuple {
            if case .object(let o) = iterable, o.kind == .tuple, o.cls == nil { return iterable }
            return .object(PyTuple(try sequenceItems(iterable)))
        }
        if type === types.list { return .object(PyList(try sequenceItems(iterable))) }
        if type === types.set {
            let s = PySet(frozen: false)
            try updateSet(s, iterable)
            return .object(s)
        }
        return nil
    }

    /// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
    func buildClass(_ args: [Value], _ keywords: Keywords?) throws(PyError) -> Value {
        guard args.count >= 2, case .object(let fo) = args[0], let body = fo as? PyFunction else {
            throw typeError("__build_class__: func must be a function")
        }
        let name = try string(args[1], "__build_class__: name")
        let declaredBases = Array(args.dropFirst(2))
        var originalBases = declaredBases
        var usedMroEntries = false
        var bases: [PyType] = []
        var resolvedBases: [Value] = []
        for b in originalBases {
            if case .object(let o) = b, let t = o as? PyType {
                resolvedBases.append(b)
                bases.append(t)
                continue
            }
            if let entries = try lookupAttribute(b, names.dMroEntries) {
                usedMroEntries = true
                for e in try collect(try call(entries, [.object(PyTuple(originalBases))])) {
                    guard case .object(let eo) = e, let t = eo as? PyType else { throw typeError("bases must be types") }
                    resolvedBases.append(e)
                    bases.append(t)
                }
                continue
            }
            throw typeError("bases must be types")
        }
        originalBases = resolvedBases
        var remaining = keywords ?? Keywords()
        var meta: PyType?
        if let i = remaining.names.firstIndex(of: "metaclass") {
            let m = remaining.values[i]
            remaining.names.remove(at: i)
            remaining.values.remove(at: i)
            if case .object(let mo) = m, let mt = mo as? PyType { meta = mt } else {
                // A non-type metaclass (a function) is simply called.
                let ns = PyDict()
                try runClassBody(body, namespace: ns)
                if usedMroEntries { ns.setString(intern("__orig_bases__"), .object(PyTuple(declaredBases))) }
                return try call(m, [Value(name), .object(PyTuple(originalBases)), .object(ns)], remaining.isEmpty ? nil : remaining)
            }
        }
        let winner = try calculateMetaclass(meta ?? (bases.first.map { typeOf(.object($0)) } ?? types.type), bases)
        var namespace: Value = .object(PyDict())
        if let prepare = try lookupAttribute(.object(winner), names.dPrepare) {
            namespace = try call(prepare, [Value(name), .object(PyTuple(originalBases))], remaining.isEmpty ? nil : remaining)
        }
        guard case .object(let nso) = namespace, let ns = nso as? PyDict else {
            throw typeError("\(winner.name).__prepare__() must return a mapping, not \(typeName(namespace))")
        }
        try runClassBody(body, namespace: ns)
        if usedMroEntries {
            try setItem(namespace, .object(intern("__orig_bases__")), .object(PyTuple(declaredBases)))
        }
        return try call(.object(winner), [Value(name), .object(PyTuple(originalBases)), .object(ns)],
                        remaining.isEmpty ? nil : remaining)
    }

    func runClassBody(_ body: PyFunction, namespace: PyDict) throws(PyError) {
        let frame = Frame(code: body.code, globals: body.globals, builtins: builtins, locals: namespace, function: body)
        if body.code.cellCount != 0 || body.code.freeCount != 0 { setUpCells(frame, body) }
        _ = try execute(frame)
    }

    func calculateMetaclass(_ initial: PyType, _ bases: [PyType]) throws(PyError) -> PyType {
        var winner = initial
        for b in bases {
            let t = typeOf(.object(b))
            if winner.isSubtype(of: t) { continue }
            if t.isSubtype(of: winner) {
                winner = t
                continue
            }
            throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
        }
        return winner
    }

    /// `type.__new__`: builds a heap type from a namespace.
    func createClass(meta: PyType, name: String, bases inputBases: [PyType], namespace ns: PyDict,
                     keywords: Keywords?) throws(PyError) -> PyType {
        let bases = inputBases.isEmpty ? [types.object] : inputBases
        for (i, b) in bases.enumerated() where bases[..<i].contains(where: { $0 === b }) {
            throw typeError("duplicate base class \(b.name)")
        }
        for b in bases where !b.isBaseType {
            throw typeError("type '\(b.name)' is not an acceptable base type")
        }
        // The builtin layout all bases share.
        var kind: ObjectKind = .instance
        var layoutBase: PyType?
        for b in bases {
            let solid = solidBase(b)
            let bKind: ObjectKind = solid === types.object ? .instance : b.instanceKind
            if bKind == .instance { continue }
            if kind == .instance {
                kind = bKind
                layoutBase = solid
            } else if bKind != kind || (kind != .exception
                        && (layoutBase.map { !solid.isSubtype(of: $0) && !$0.isSubtype(of: solid) } ?? false)) {
                // Every exception is the same Swift class, so any two exception bases can combine.
                throw typeError("multiple bases have instance lay-out conflict")
            }
        }
        let namespace = ns.copy()
        var qualname = name
        if let q = namespace.lookupString(names.dQualname) {
            guard let s = strObject(q) else {
                throw typeError("type __qualname__ must be a str, not \(typeName(q))")
            }
            qualname = s.value
            namespace.removeString(names.dQualname)
        }
        let classCell = namespace.removeString(names.dClasscell)
        let cls = PyType(name: name, qualname: qualname, bases: bases, metaclass: meta === types.type ? nil : meta,
                         isHeapType: true, instanceKind: kind, namespace: namespace)
        do {
            cls.mro = try c3Linearization(cls)
        } catch let MROError.inconsistent(names) {
            throw typeError("Cannot create a consistent method resolution\norder (MRO) for bases \(names.joined(separator: ", "))")
        } catch {
            throw typeError("Cannot create a consistent method resolution order (MRO)")
        }
        // A class that defines __eq__ but not __hash__ is unhashable.
        if namespace.lookupString(names.dEq) != nil && namespace.lookupString(names.dHash) == nil {
            namespace.setString(names.dHash, .none)
        }
        // Implicit classmethod/staticmethod wrapping.
        for special in [names.dInitSubclass, names.dClassGetitem] {
            if let f = namespace.lookupString(special), case .object(let fo) = f, fo.kind == .function {
                namespace.setString(special, .object(PyMethodWrapper(callable: f, isClassMethod: true)))
            }
        }
        if let f = namespace.lookupString(names.dNew), case .object(let fo) = f, fo.kind == .function {
            namespace.setString(names.dNew, .object(PyMethodWrapper(callable: f, isClassMethod: false)))
        }
        try applySlots(cls, bases)
        if namespace.lookupString(names.dDoc) == nil { namespace.setString(names.dDoc, .none) }
        if namespace.lookupString(names.dModule) == nil, let caller = currentFrame?.globals.lookupString(names.dName) {
            namespace.setString(names.dModule, caller)
        }
        if let classCell {
            guard case .object(let co) = classCell, let cell = co as? PyCell else {
                throw typeError("__classcell__ must be a nonlocal cell, not \(typeName(classCell))")
            }
            cell.value = .object(cls)
        }
        // __set_name__ on descriptors, then the parent's __init_subclass__.
        for e in namespace.liveEntries {
            if case .object(let vo) = e.value, let p = vo as? PyProperty, p.name == nil, let key = strObject(e.key) {
                p.name = key.value
            }
            if case .object(let vo) = e.value, let vt = vo.cls, vt.isHeapType, let setName = vt.lookupSpecial(names.dSetName) {
                do throws(PyError) {
                    _ = try callDescriptorMethod(setName, on: e.value, [.object(cls), e.key])
                } catch {
                    // CPython 3.11 wraps the failure, naming the descriptor, attribute and class.
                    let attribute = strObject(e.key)?.value ?? "?"
                    let wrapped = runtimeError("Error calling __set_name__ on '\(vt.name)' instance '\(attribute)' in '\(name)'")
                    wrapped.exception.cause = error.exception
                    wrapped.exception.suppressContext = true
                    throw wrapped
                }
            }
        }
        if cls.mro.count > 1 {
            for parent in cls.mro.dropFirst() {
                if let hook = parent.namespace.lookupString(names.dInitSubclass) {
                    let bound: Value
                    if case .object(let ho) = hook, ho.kind == .classMethod {
                        bound = .object(PyBoundMethod(function: unsafeDowncast(ho, to: PyMethodWrapper.self).callable, selfValue: .object(cls)))
                    } else {
                        bound = try bindDescriptor(hook, instance: .object(cls), owner: parent, forceClass: true)
                    }
                    _ = try call(bound, [], keywords)
                    break
                }
            }
        } else if let keywords, !keywords.isEmpty {
            throw typeError("\(name).__init_subclass__() takes no keyword arguments")
        }
        return cls
    }

    /// `__slots__`: member descriptors, and no instance dict unless `__dict__` is listed.
    private func applySlots(_ cls: PyType, _ bases: [PyType]) throws(PyError) {
        let inherited = bases.map(\.slotCount).max() ?? 0
        cls.slotCount = inherited
        let basesHaveDict = bases.contains { $0.isHeapType ? $0.instancesHaveDict : false }
        guard let slots = cls.namespace.lookupString(names.dSlots) else {
            cls.instancesHaveDict = true
            return
        }
        var slotNames: [String] = []
        if let s = strObject(slots) {
            slotNames = [s.value]
        } else {
            for v in try collect(slots) {
                guard let s = strObject(v) else {
                    throw typeError("__slots__ items must be strings, not '\(typeName(v))'")
                }
                slotNames.append(s.value)
            }
        }
        if cls.instanceKind != .instance {
            // Instances of builtin subclasses have no slot storage: their attributes live in the dict.
            cls.instancesHaveDict = true
            return
        }
        var hasDict = basesHaveDict
        var index = inherited
        for n in slotNames {
            if n == "__dict__" {
                hasDict = true
                continue
            }
            if n == "__weakref__" { continue }
            // Private slot names are mangled like private attribute names.
            var n = n
            if n.hasPrefix("__") && !n.hasSuffix("__") {
                let stripped = cls.name.drop { $0 == "_" }
                if !stripped.isEmpty { n = "_" + stripped + n }
            }
            if cls.namespace.lookupString(intern(n)) != nil {
                throw valueError("'\(n)' in __slots__ conflicts with class variable")
            }
            cls.namespace.setString(intern(n), .object(PySlotMember(name: n, index: index, ownerName: cls.name)))
            index += 1
        }
        cls.slotCount = index
        cls.instancesHaveDict = hasDict
    }
}

enum MROError: Error {
    case inconsistent([String])
}

/// C3 linearisation of a class's bases.
func c3Linearization(_ type: PyType) throws -> [PyType] {
    var sequences: [[PyType]] = type.bases.map { $0.mro }
    sequences.append(type.bases)
    var result: [PyType] = [type]
    while true {
        sequences = sequences.filter { !$0.isEmpty }
        if sequences.isEmpty { return result }
        var candidate: PyType?
        for seq in sequences {
            let head = seq[0]
            let inTail = sequences.contains { s in s.dropFirst().contains { $0 === head } }
            if !inTail {
                candidate = head
                break
            }
        }
        guard let next = candidate else {
            var seen: [String] = []
            for s in sequences { if let h = s.first, !seen.contains(h.name) { seen.append(h.name) } }
            throw MROError.inconsistent(seen)
        }
        result.append(next)
        sequences = sequences.map { s in s.first === next ? Array(s.dropFirst()) : s }
    }
}
