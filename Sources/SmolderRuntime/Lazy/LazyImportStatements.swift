/// Executing import statements that may be deferred (lazy-imports spec, "Switching it on" and
/// "What a lazy statement binds").
extension Interpreter {
    /// `importNameEligible` and `importNameLazy`: the module (eager) or a deferred marker.
    ///
    /// The compiler passes `None` as the fromlist for `import a.b.c` (binds `a`), an empty tuple for
    /// `import a.b as x` (the `importFrom` chain that follows walks from `a`), and the names for
    /// from-imports.
    func importNameMaybeLazy(_ name: String, fromlist: Value, level: Value, frame: Frame,
                             explicit: Bool) throws(PyError) -> Value {
        var levelValue = 0
        if case .int(let l) = level { levelValue = l }
        let items = try fromlistNames(fromlist)
        let absolute = levelValue > 0 ? try resolveName(name, globals: frame.globals, level: levelValue) : name
        guard try shouldDefer(absolute, items: items ?? [], explicit: explicit, globals: frame.globals) else {
            return try importName(name, fromlist: fromlist, level: level, frame: frame)
        }
        let top = String(absolute.split(separator: ".", maxSplits: 1).first ?? Substring(absolute))
        guard let items else {
            return .object(bindingForImport(absolute, top: top, frame: frame))
        }
        // A marker the following importFrom instructions turn into deferred attributes, or, for
        // `import a.b.c as x`, walk down to the binding of the module `a.b.c` itself.
        let marker = makeDeferred(.module(absolute), pending: [], frame: frame)
        if items.isEmpty { marker.chainSteps = absolute.split(separator: ".").count - 1 }
        return .object(marker)
    }

    /// `importFrom` on a deferred marker: the deferred `from module import name`.
    func deferredAttribute(of marker: PyDeferred, _ name: PyStr, frame: Frame) -> Value {
        if marker.chainSteps > 1 {
            let next = makeDeferred(marker.target, pending: [], frame: frame)
            next.chainSteps = marker.chainSteps - 1
            return .object(next)
        }
        if marker.chainSteps == 1 {
            let d = makeDeferred(marker.target, pending: [], frame: frame)
            lazyImports.noteDeferredCreated()
            addLazyModule(marker.denotedPath)
            return .object(d)
        }
        let d = makeDeferred(.attribute(module: marker.denotedPath, name: name.value), pending: [], frame: frame)
        lazyImports.noteDeferredCreated()
        addLazyModule(marker.denotedPath)
        return .object(d)
    }

    /// `import a.b.c` binds `a`, with `a.b` and `a.b.c` pending. A second statement for the same
    /// package adds its submodules to the deferred object already bound, rather than replacing it.
    private func bindingForImport(_ absolute: String, top: String, frame: Frame) -> PyDeferred {
        var pending: [String] = []
        var prefix = top
        for part in absolute.split(separator: ".").dropFirst() {
            prefix += "." + part
            pending.append(prefix)
        }
        let namespace = frame.locals ?? frame.globals
        if let existing = namespace.lookupString(intern(top))?.deferredImport, existing.resolvedValue == nil,
           case .module(let bound) = existing.target, bound == top {
            for p in pending where !existing.pendingSubmodules.contains(p) { existing.pendingSubmodules.append(p) }
            for p in pending { addLazyModule(p) }
            return existing
        }
        let d = makeDeferred(.module(top), pending: pending, frame: frame)
        lazyImports.noteDeferredCreated()
        addLazyModule(top)
        for p in pending { addLazyModule(p) }
        return d
    }

    func makeDeferred(_ target: PyDeferred.Target, pending: [String], frame: Frame?) -> PyDeferred {
        let moduleName = frame.flatMap { strObject($0.globals.lookupString(names.dName) ?? .none)?.value } ?? ""
        return PyDeferred(target: target, pendingSubmodules: pending, filename: frame?.code.code.filename ?? "",
                          line: frame?.currentLine ?? 0, importingModule: moduleName, code: frame?.code,
                          globals: frame?.globals, cls: deferredType)
    }

    /// nil for `None` (a plain import), otherwise the names (empty for `import a.b as x`).
    private func fromlistNames(_ fromlist: Value) throws(PyError) -> [String]? {
        if fromlist.isNone { return nil }
        return try collect(fromlist).compactMap { strObject($0)?.value }
    }

    /// The spec's decision table for one statement.
    private func shouldDefer(_ absolute: String, items: [String], explicit: Bool, globals: PyDict) throws(PyError) -> Bool {
        let state = lazyImports
        if state.eagerDepth > 0 { return false }
        if !state.eager.isNone {
            if try contains(state.eager, Value(absolute)) { return false }
            for item in items where try contains(state.eager, Value(absolute + "." + item)) { return false }
        }
        if explicit { return true }
        if let listed = globals.lookupString(intern("__lazy_modules__")), try contains(listed, Value(absolute)) {
            return true
        }
        guard state.isEnabled else { return false }
        if !state.excluding.isNone, let name = strObject(globals.lookupString(names.dName) ?? .none)?.value {
            if try contains(state.excluding, Value(name)) { return false }
            if let dot = name.lastIndex(of: "."), try contains(state.excluding, Value(String(name[..<dot]))) {
                return false
            }
        }
        return true
    }

    func addLazyModule(_ name: String) {
        guard modules.lookupString(intern(name)) == nil, let set = lazyModuleSet else { return }
        _ = try? set.add(Value(name), vm: self)
    }
}
