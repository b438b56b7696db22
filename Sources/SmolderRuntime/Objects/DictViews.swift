import SmolderCompiler
/// `dict.keys()`, `dict.values()`, `dict.items()`: live views with CPython's set operations on
/// keys and items views.
final class PyDictView: PyObject {
    let mapping: PyDict
    let viewKind: Interpreter.DictViewKind

    init(_ mapping: PyDict, _ viewKind: Interpreter.DictViewKind, cls: PyType) {
        self.mapping = mapping
        self.viewKind = viewKind
        super.init(kind: .other, cls: cls)
    }

    var isSetLike: Bool { viewKind != .values }
}

extension Interpreter {
    /// Creates the three view types and the `dict` methods that return views (the types are
    /// captured by those methods, so no global or registry lookup is needed).
    func installDictViews() {
        for (name, method, kind) in [("dict_keys", "keys", DictViewKind.keys), ("dict_values", "values", .values),
                                     ("dict_items", "items", .items)] {
            let t = PyType(name: name, bases: [types.object], metaclass: nil, isHeapType: false, instanceKind: .other)
            t.mro = [t, types.object]
            t.isBaseType = false
            installDictView(t, kind)
            types.dict.define(method) { (vm, args, kw) throws(PyError) -> Value in
                let d = try vm.dictReceiver(args, method)
                try vm.expectNoArguments("dict.\(method)", args, kw)
                if kind != .keys { try vm.resolveAllDeferred(in: d) }  // lazy-imports spec
                return .object(PyDictView(d, kind, cls: t))
            }
        }
    }

    private func viewReceiver(_ args: [Value], _ type: PyType, _ method: String) throws(PyError) -> PyDictView {
        if case .object(let o)? = args.first, let v = o as? PyDictView { return v }
        throw receiverError(args, type.name, method)
    }

    private func installDictView(_ t: PyType, _ kind: DictViewKind) {
        t.define("__len__") { (vm, args, _) throws(PyError) -> Value in
            .int(try vm.viewReceiver(args, t, "__len__").mapping.count)
        }
        t.define("__iter__") { (vm, args, _) throws(PyError) -> Value in
            vm.dictIterator(try vm.viewReceiver(args, t, "__iter__").mapping, kind)
        }
        t.define("__reversed__") { (vm, args, _) throws(PyError) -> Value in
            vm.dictReverseIterator(try vm.viewReceiver(args, t, "__reversed__").mapping, kind)
        }
        t.define("__contains__") { (vm, args, _) throws(PyError) -> Value in
            let v = try vm.viewReceiver(args, t, "__contains__")
            guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
            return .bool(try vm.viewContains(v, args[1]))
        }
        t.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            let v = try vm.viewReceiver(args, t, "__repr__")
            return Value(try vm.withReprGuard(v, recursive: "...") { () throws(PyError) -> String in
                var items: [Value] = []
                let it = vm.dictIterator(v.mapping, kind)
                while let x = try vm.next(it) { items.append(x) }
                return "\(t.name)([\(try vm.joinedReprs(items))])"
            })
        }
        guard kind != .values else { return }
        t.setAttribute("__hash__", .none)

        t.define("isdisjoint") { (vm, args, kw) throws(PyError) -> Value in
            let v = try vm.viewReceiver(args, t, "isdisjoint")
            try vm.expectOneArgument("isdisjoint", args, kw)
            return .bool(try vm.viewIsDisjoint(v, args[1]))
        }
        let operators: [(String, String, (Interpreter, Value, Value) throws(PyError) -> Value)] = [
            ("__and__", "__rand__", { (vm, a, b) throws(PyError) -> Value in try vm.viewIntersection(a, b) }),
            ("__or__", "__ror__", { (vm, a, b) throws(PyError) -> Value in
                let result = try vm.viewToSet(a)
                try vm.updateSet(result, b)
                return .object(result)
            }),
            ("__sub__", "__rsub__", { (vm, a, b) throws(PyError) -> Value in
                let result = try vm.viewToSet(a)
                try vm.differenceUpdate(result, b)
                return .object(result)
            }),
            ("__xor__", "__rxor__", { (vm, a, b) throws(PyError) -> Value in
                let result = try vm.viewToSet(a)
                try vm.symmetricDifferenceUpdate(result, b)
                return .object(result)
            }),
        ]
        for (forward, reflected, op) in operators {
            t.define(forward) { (vm, args, _) throws(PyError) -> Value in
                _ = try vm.viewReceiver(args, t, forward)
                guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
                if !vm.isIterableForViewOp(args[1]) { return vm.notImplemented }
                return try op(vm, args[0], args[1])
            }
            t.define(reflected) { (vm, args, _) throws(PyError) -> Value in
                _ = try vm.viewReceiver(args, t, reflected)
                guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
                if !vm.isIterableForViewOp(args[1]) { return vm.notImplemented }
                return try op(vm, args[1], args[0])
            }
        }
        for (name, op) in [("__eq__", CompareOpArg.equal), ("__ne__", .notEqual), ("__lt__", .less),
                           ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual)] {
            t.define(name) { (vm, args, _) throws(PyError) -> Value in
                let v = try vm.viewReceiver(args, t, name)
                guard args.count == 2 else { throw vm.typeError("expected 1 argument, got \(args.count - 1)") }
                let other = args[1]
                let otherIsSetLike: Bool
                if case .object(let o) = other {
                    otherIsSetLike = o.kind == .set || (o as? PyDictView)?.isSetLike == true
                } else {
                    otherIsSetLike = false
                }
                guard otherIsSetLike else { return vm.notImplemented }
                let n = v.mapping.count, m = try vm.length(other)
                switch op {
                case .equal: return .bool(n == m ? try vm.allContained(args[0], in: other) : false)
                case .notEqual: return .bool(n == m ? !(try vm.allContained(args[0], in: other)) : true)
                case .less: return .bool(n < m ? try vm.allContained(args[0], in: other) : false)
                case .lessEqual: return .bool(n <= m ? try vm.allContained(args[0], in: other) : false)
                case .greater: return .bool(n > m ? try vm.allContained(other, in: args[0]) : false)
                case .greaterEqual: return .bool(n >= m ? try vm.allContained(other, in: args[0]) : false)
                }
            }
        }
    }

    private func isIterableForViewOp(_ v: Value) -> Bool {
        typeOf(v).lookupSpecial(names.dIter).map { !$0.isNone } ?? (typeOf(v).lookupSpecial(names.dGetitem) != nil)
    }

    func viewContains(_ v: PyDictView, _ x: Value) throws(PyError) -> Bool {
        switch v.viewKind {
        case .keys:
            return try v.mapping.contains(x, vm: self)
        case .values:
            var position = 0
            while let (e, next) = v.mapping.entry(atOrAfter: position) {
                if try equals(e.value, x) { return true }
                position = next
            }
            return false
        case .items:
            guard case .object(let o) = x, o.kind == .tuple else { return false }
            let t = unsafeDowncast(o, to: PyTuple.self)
            guard t.items.count == 2, let found = try v.mapping.get(t.items[0], vm: self) else { return false }
            return try equals(found, t.items[1])
        }
    }

    /// Every item of `a` is `in` b.
    private func allContained(_ a: Value, in b: Value) throws(PyError) -> Bool {
        let it = try iterate(a)
        while let x = try next(it) {
            if !(try contains(b, x)) { return false }
        }
        return true
    }

    /// `set(view)`, using the dict itself for a keys view (same order and presizing as CPython).
    private func viewToSet(_ v: Value) throws(PyError) -> PySet {
        let result = PySet(frozen: false)
        if case .object(let o) = v, let view = o as? PyDictView, view.viewKind == .keys {
            try updateSet(result, .object(view.mapping))
        } else {
            try updateSet(result, v)
        }
        return result
    }

    private func viewIntersection(_ a: Value, _ b: Value) throws(PyError) -> Value {
        var (selfValue, other) = (a, b)
        if case .object(let o) = a, o is PyDictView {} else { (selfValue, other) = (b, a) }
        guard case .object(let so) = selfValue, var view = so as? PyDictView else { return notImplemented }
        let selfCount = view.mapping.count
        if case .object(let oo) = other, oo.kind == .set, oo.cls == nil,
           !unsafeDowncast(oo, to: PySet.self).isFrozen, selfCount <= unsafeDowncast(oo, to: PySet.self).count {
            return try callMethod(other, "intersection", [selfValue])
        }
        if case .object(let oo) = other, let otherView = oo as? PyDictView, otherView.isSetLike,
           otherView.mapping.count > selfCount {
            other = selfValue
            view = otherView
        }
        let result = PySet(frozen: false)
        let it = try iterate(other)
        while let x = try next(it) {
            if try viewContains(view, x) { try result.add(x, vm: self) }
        }
        return .object(result)
    }

    private func viewIsDisjoint(_ view: PyDictView, _ otherValue: Value) throws(PyError) -> Bool {
        if case .object(let o) = otherValue, o === view { return view.mapping.count == 0 }
        var selfView = view
        var other = otherValue
        if case .object(let o) = otherValue {
            let otherView = o as? PyDictView
            if o.kind == .set || otherView?.isSetLike == true {
                let m = try length(otherValue)
                if m > view.mapping.count {
                    if let otherView {
                        selfView = otherView
                        other = .object(view)
                    } else {
                        // Iterate the smaller view, testing membership in the set.
                        var position = 0
                        while let (e, next) = view.mapping.entry(atOrAfter: position) {
                            let x: Value = view.viewKind == .keys ? e.key : .object(PyTuple([e.key, e.value]))
                            if try contains(otherValue, x) { return false }
                            position = next
                        }
                        return true
                    }
                }
            }
        }
        let it = try iterate(other)
        while let x = try next(it) {
            if try viewContains(selfView, x) { return false }
        }
        return true
    }
}
