/// Resolving deferred imports on first use (lazy-imports spec, "When a deferred name resolves",
/// "Submodules" and "Errors").
extension Interpreter {
    /// `value` itself, or, if it is a deferred import read from `dict[key]`, the resolved object
    /// (written back into the dict in place).
    @inline(__always)
    func resolvingDeferred(_ value: Value, in dict: PyDict?, key: PyStr?) throws(PyError) -> Value {
        guard let d = value.deferredImport else { return value }
        return try resolveDeferred(d, in: dict, key: key)
    }

    func resolveDeferred(_ d: PyDeferred, in dict: PyDict?, key: PyStr?) throws(PyError) -> Value {
        if let v = d.resolvedValue {
            writeBack(v, for: d, in: dict, key: key)
            return v
        }
        if d.isResolving {
            throw error(exceptions.ImportCycleError,
                        "cannot resolve lazy import of '\(d.denotedPath)' (imported at \(d.filename):\(d.line)) "
                        + "while it is being resolved (most likely due to a circular import)")
        }
        d.isResolving = true
        defer { d.isResolving = false }
        let name = key?.value ?? d.denotedPath
        let site = d.filename.isEmpty ? "" : " at \(d.filename):\(d.line)"
        lazyImports.resolutions.append((currentFrame.map { ObjectIdentifier($0) }, "resolution of name \(name)\(site)"))
        lazyImports.resolvingDepth += 1
        defer {
            lazyImports.resolutions.removeLast()
            lazyImports.resolvingDepth -= 1
        }
        let value: Value
        do throws(PyError) {
            value = try loadDeferredTarget(d)
        } catch {
            throw withImportSite(error, d)
        }
        d.resolvedValue = value
        lazyImports.noteDeferredResolved()
        writeBack(value, for: d, in: dict, key: key)
        return value
    }

    /// Resolves every deferred entry of a dict (for `values()`, `items()`, `**d` and warm-up), in order.
    func resolveAllDeferred(in dict: PyDict) throws(PyError) {
        guard dict.mayHoldDeferred else { return }
        for entry in dict.liveEntries {
            guard let d = entry.value.deferredImport, let key = strObject(entry.key) else { continue }
            _ = try resolveDeferred(d, in: dict, key: key)
        }
    }

    private func writeBack(_ value: Value, for d: PyDeferred, in dict: PyDict?, key: PyStr?) {
        guard let dict, let key, dict.lookupString(key)?.deferredImport === d else { return }
        dict.setString(key, value)
    }

    private func loadDeferredTarget(_ d: PyDeferred) throws(PyError) -> Value {
        switch d.target {
        case .module(let name):
            let module = try findAndLoad(name)
            try attachPendingSubmodules(d.pendingSubmodules, under: name)
            return module
        case .submodule(let name):
            let module = try findAndLoad(name)
            try attachPendingSubmodules(d.pendingSubmodules, under: name)
            return module
        case .attribute(let moduleName, let name):
            return try resolveFromImport(d, moduleName, intern(name))
        }
    }

    /// `from module import name`: the attribute, else the submodule `module.name`. The deferred
    /// object being resolved may itself be the module's entry for `name` (`from . import x` in a
    /// package's `__init__`): then it counts as absent, and the submodule is loaded.
    private func resolveFromImport(_ d: PyDeferred, _ moduleName: String, _ name: PyStr) throws(PyError) -> Value {
        let module = try findAndLoad(moduleName)
        guard case .object(let o) = module, let m = o as? PyModule else { return try importFrom(module, name) }
        if let existing = m.namespace.lookupString(name), existing.deferredImport !== d {
            return try resolvingDeferred(existing, in: m.namespace, key: name)
        }
        if m.namespace.lookupString(names.dPath) != nil {
            let full = moduleName + "." + name.value
            do throws(PyError) {
                _ = try findAndLoad(full)
            } catch {
                let missing = error.exception.type.isSubtype(of: exceptions.ModuleNotFoundError)
                    && strObject(error.exception.dict?.lookupString(intern("name")) ?? .none)?.value == full
                if !missing { throw error }
            }
            if let v = m.namespace.lookupString(name), v.deferredImport !== d {
                return try resolvingDeferred(v, in: m.namespace, key: name)
            }
            if let v = modules.lookupString(intern(full)) { return v }
        }
        if m.namespace.lookupString(name)?.deferredImport === d { return try importSubmoduleOrFail(module, name) }
        return try importFrom(module, name)
    }

    /// Makes each pending direct child of `parent` a deferred attribute of the loaded parent, carrying
    /// its own pending descendants; children already loaded pass the descendants on.
    private func attachPendingSubmodules(_ pending: [String], under parent: String) throws(PyError) {
        guard !pending.isEmpty,
              case .object(let po)? = modules.lookupString(intern(parent)), let parentModule = po as? PyModule else {
            return
        }
        let prefix = parent + "."
        for child in pending where child.hasPrefix(prefix) && !child.dropFirst(prefix.count).contains(".") {
            let descendants = pending.filter { $0.hasPrefix(child + ".") }
            let attribute = intern(String(child.dropFirst(prefix.count)))
            let existing = parentModule.namespace.lookupString(attribute)
            if let existing {
                if let deferred = existing.deferredImport, deferred.resolvedValue == nil {
                    for p in descendants where !deferred.pendingSubmodules.contains(p) {
                        deferred.pendingSubmodules.append(p)
                    }
                } else if case .object(let o) = existing, let m = o as? PyModule, m.name == child {
                    try attachPendingSubmodules(descendants, under: child)
                }
                continue  // a value of the parent's own keeps its name (spec, "Submodules")
            }
            let d = PyDeferred(target: .submodule(child), pendingSubmodules: descendants, filename: "",
                               line: 0, importingModule: parent, cls: deferredType)
            lazyImports.noteDeferredCreated()
            parentModule.namespace.setString(attribute, .object(d))
        }
    }

    /// Puts the import statement's location into the traceback, between the use site (added as the
    /// exception leaves the using frame) and the frames of the failed import.
    private func withImportSite(_ error: PyError, _ d: PyDeferred) -> PyError {
        guard !d.filename.isEmpty else { return error }
        let e = error.exception
        e.traceback = PyTraceback(filename: d.filename, functionName: "<module>", line: d.line, next: e.traceback,
                                  code: d.code, globals: d.globals)
        return error
    }
}
