/// Module specs and loaders (`_frozen_importlib`), created on the first import that needs one, so
/// a run that imports nothing pays nothing.

/// The one bootstrap class still written in Python (namespace packages are rare), compiled into
/// `_frozen_importlib` the first time a namespace package is found.
let namespacePathSource = """
class _NamespacePath:
    # A namespace package's __path__: recomputed when the parent path (sys.path for a top-level
    # package) changes, so portions added later are found.
    __module__ = '_frozen_importlib_external'

    def __init__(self, name, path):
        self._name = name
        self._path = path
        self._last_parent_path = tuple(self._parent_path())

    def _parent_path(self):
        parent, dot, _ = self._name.rpartition('.')
        if not dot:
            return _sys.path
        return getattr(_sys.modules[parent], '__path__')

    def _recalculate(self):
        parent_path = tuple(self._parent_path())
        if parent_path != self._last_parent_path:
            spec = _imp.find_spec(self._name, parent_path)
            if spec is not None and spec.origin is None and spec.submodule_search_locations:
                self._path = list(spec.submodule_search_locations)
            self._last_parent_path = parent_path
        return self._path

    def __iter__(self):
        return iter(self._recalculate())

    def __getitem__(self, index):
        return self._recalculate()[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._recalculate())

    def __repr__(self):
        return '_NamespacePath({!r})'.format(self._path)

    def __contains__(self, item):
        return item in self._recalculate()

    def append(self, item):
        self._path.append(item)
"""

extension Interpreter {
    /// `_frozen_importlib`, compiled and registered in `sys.modules` on first use.
    func bootstrapModule() throws(PyError) -> PyModule {
        if let m = importState.bootstrap { return m }
        let module = PyModule(name: "_frozen_importlib")
        module.namespace.setString(names.dDoc, .none)
        module.namespace.setString(names.dPackage, Value(""))
        importState.bootstrap = module
        module.namespace.setString(intern("_imp"), .object(impModule()))
        if let sys = sysModule { module.namespace.setString(intern("_sys"), .object(sys)) }
        do throws(PyError) {
            try installBootstrapClasses(in: module)
        } catch {
            importState.bootstrap = nil
            throw error
        }
        let ns = module.namespace
        importState.moduleSpecClass = ns.lookupString(intern("ModuleSpec")) ?? .none
        importState.sourceLoaderClass = ns.lookupString(intern("SourceFileLoader")) ?? .none
        importState.namespaceLoaderClass = ns.lookupString(intern("NamespaceLoader")) ?? .none
        importState.builtinImporterClass = ns.lookupString(intern("BuiltinImporter")) ?? .none
        modules.setString(intern("_frozen_importlib"), .object(module))
        // sys and builtins predate the import system: give them CPython's built-in specs now.
        for early in [sysModule, builtinsModule, importState.impModule] {
            guard let early, early.namespace.lookupString(names.dSpec).map({ $0.isNone }) ?? true else { continue }
            let spec = try makeSpec(early.name, .builtin)
            early.namespace.setString(names.dLoader, importState.builtinImporterClass)
            early.namespace.setString(names.dSpec, spec)
            if early.namespace.lookupString(names.dPackage) == nil { early.namespace.setString(names.dPackage, Value("")) }
        }
        return module
    }

    /// An instance of a bootstrap class with its attributes set directly (no Python `__init__`
    /// frame: this runs for every import).
    private func bootstrapInstance(_ cls: Value, _ attributes: [(PyStr, Value)]) throws(PyError) -> Value {
        guard case .object(let o) = cls, let type = o as? PyType else { throw typeError("import bootstrap is broken") }
        let instance = Value.object(PyInstance(cls: type, slotCount: type.slotCount))
        for (name, value) in attributes { try setAttribute(instance, name, value) }
        return instance
    }

    /// `_NamespacePath`, compiled on first use.
    func namespacePathClass() throws(PyError) -> Value {
        if !importState.namespacePathClass.isNone { return importState.namespacePathClass }
        let module = try bootstrapModule()
        let code = try compile(namespacePathSource, filename: "<frozen importlib._bootstrap_external>", mode: .module)
        _ = try run(code, globals: module.namespace)
        importState.namespacePathClass = module.namespace.lookupString(intern("_NamespacePath")) ?? .none
        return importState.namespacePathClass
    }

    /// A ModuleSpec for a found module, with the loader CPython would use.
    func makeSpec(_ name: String, _ found: FoundModule) throws(PyError) -> Value {
        _ = try bootstrapModule()
        let state = importState
        let n = state.names
        let loader: Value
        var origin: Value = .none
        var locations: Value = .none
        var hasLocation = false
        switch found {
        case .builtin:
            loader = state.builtinImporterClass
            origin = Value("built-in")
        case .source(let file):
            loader = try bootstrapInstance(state.sourceLoaderClass, [(n.name, Value(name)), (n.path, Value(file))])
            origin = Value(file)
            hasLocation = true
        case .package(let initFile, let folder):
            loader = try bootstrapInstance(state.sourceLoaderClass, [(n.name, Value(name)), (n.path, Value(initFile))])
            origin = Value(initFile)
            locations = .object(PyList([Value(folder)]))
            hasLocation = true
        case .namespace(let folders):
            let folderList = Value.object(PyList(folders.map { Value($0) }))
            locations = try call(try namespacePathClass(), [Value(name), folderList])
            loader = try bootstrapInstance(state.namespaceLoaderClass, [(n.name, Value(name)), (n.path, locations)])
        }
        return try bootstrapInstance(state.moduleSpecClass, [
            (n.name, Value(name)), (n.loader, loader), (n.origin, origin), (n.loaderState, .none),
            (n.submoduleSearchLocations, locations), (n.uninitializedSubmodules, .object(PyList([]))),
            (n.setFileattr, .bool(hasLocation)), (n.cachedField, .none),
        ])
    }

    /// The module for a spec this finder made: its namespace filled in CPython's order without
    /// going through the loader's Python methods.
    func moduleForFoundSpec(_ name: String, _ found: FoundModule, _ spec: Value) throws(PyError) -> Value {
        guard case .builtin = found else {
            let module = PyModule(name: name)
            let ns = module.namespace
            let specObject = spec
            ns.setString(names.dDoc, .none)
            var package = name
            var file: Value = .none
            var path: Value?
            switch found {
            case .source(let f):
                package = String(name[..<(name.lastIndex(of: ".") ?? name.startIndex)])
                file = Value(f)
            case .package(let f, _):
                file = Value(f)
                path = try getAttribute(specObject, importState.names.submoduleSearchLocations)
            case .namespace:
                path = try getAttribute(specObject, importState.names.submoduleSearchLocations)
            case .builtin:
                break
            }
            ns.setString(names.dPackage, Value(package))
            ns.setString(names.dLoader, try getAttribute(specObject, importState.names.loader))
            ns.setString(names.dSpec, specObject)
            if case .namespace = found {
                ns.setString(names.dFile, .none)
                if let path { ns.setString(names.dPath, path) }
            } else {
                if let path { ns.setString(names.dPath, path) }
                ns.setString(names.dFile, file)
                ns.setString(importState.names.dCached, .none)
            }
            return .object(module)
        }
        return try moduleFromSpec(spec)
    }

    /// `module_from_spec`: the loader's `create_module` or a fresh module, with its attributes set.
    func moduleFromSpec(_ spec: Value) throws(PyError) -> Value {
        var module: Value = .none
        let loader = try lookupAttribute(spec, importState.names.loader) ?? .none
        if !loader.isNone, let create = try lookupAttribute(loader, intern("create_module")) {
            module = try call(create, [spec])
        } else if !loader.isNone, try lookupAttribute(loader, intern("exec_module")) != nil {
            // has exec_module but no create_module
            throw importError("loaders that define exec_module() must also define create_module()", nil)
        }
        if module.isNone {
            let name = try lookupAttribute(spec, importState.names.name) ?? .none
            let m = PyModule(name: try string(name, "module name"))
            m.namespace.setString(names.dDoc, .none)
            m.namespace.setString(names.dPackage, .none)
            m.namespace.setString(names.dLoader, .none)
            m.namespace.setString(names.dSpec, .none)
            module = .object(m)
        }
        try initModuleAttributes(spec, module, override: false)
        return module
    }

    /// CPython's `_init_module_attrs`.
    func initModuleAttributes(_ spec: Value, _ module: Value, override: Bool) throws(PyError) {
        func needs(_ name: PyStr) throws(PyError) -> Bool {
            if override { return true }
            guard let v = try lookupAttribute(module, name) else { return true }
            return v.isNone
        }
        let hasName = try lookupAttribute(module, names.dName) != nil
        if override || !hasName {
            try setAttribute(module, names.dName, try getAttribute(spec, importState.names.name))
        }
        let loader = try lookupAttribute(spec, importState.names.loader) ?? .none
        if try needs(names.dLoader) { try setAttribute(module, names.dLoader, loader) }
        if try needs(names.dPackage) { try setAttribute(module, names.dPackage, try getAttribute(spec, importState.names.parent)) }
        try setAttribute(module, names.dSpec, spec)
        let locations = try lookupAttribute(spec, importState.names.submoduleSearchLocations) ?? .none
        if !locations.isNone, try needs(names.dPath) { try setAttribute(module, names.dPath, locations) }
        if try isTrue(lookupAttribute(spec, importState.names.hasLocation) ?? .bool(false)) {
            if try needs(names.dFile) { try setAttribute(module, names.dFile, try getAttribute(spec, importState.names.origin)) }
            if try needs(intern("__cached__")) { try setAttribute(module, importState.names.dCached, .none) }
        } else if case .object(let lo) = loader, lo.cls != nil, isNamespaceLoader(loader), try needs(names.dFile) {
            try setAttribute(module, names.dFile, .none)
        }
    }

    func isNamespaceLoader(_ loader: Value) -> Bool {
        guard case .object(let o) = importState.namespaceLoaderClass, let t = o as? PyType else { return false }
        return typeOf(loader).isSubtype(of: t)
    }

    /// CPython's `_PyModuleSpec_IsInitializing`: `spec._initializing` is true.
    func isInitializing(_ module: Value) -> Bool {
        guard case .object(let o) = module, let m = o as? PyModule,
              let spec = m.namespace.lookupString(names.dSpec), !spec.isNone,
              let flag = try? lookupAttribute(spec, importState.names.initializing) else { return false }
        return (try? isTrue(flag)) ?? false
    }

    /// `module.__repr__`, as `importlib._bootstrap._module_repr` (namespace packages print
    /// `(namespace)`).
    func moduleRepr(_ m: PyModule) throws(PyError) -> String {

        let name = m.name
        let loader = m.namespace.lookupString(names.dLoader) ?? .none
        if let spec = m.namespace.lookupString(names.dSpec), try isTrue(spec) {
            let specName = try lookupAttribute(spec, importState.names.name).map { v throws(PyError) in try repr(v) } ?? "'?'"
            let origin = try lookupAttribute(spec, importState.names.origin) ?? .none
            let specLoader = try lookupAttribute(spec, importState.names.loader) ?? .none
            if origin.isNone {
                if specLoader.isNone { return "<module \(specName)>" }
                if isNamespaceLoader(specLoader) { return "<module \(specName) (namespace)>" }
                return "<module \(specName) (\(try repr(specLoader)))>"
            }
            if try isTrue(lookupAttribute(spec, importState.names.hasLocation) ?? .bool(false)) {
                return "<module \(specName) from \(try repr(origin))>"
            }
            return "<module \(specName) (\(try str(origin)))>"
        }
        if let file = m.namespace.lookupString(names.dFile) {
            return "<module \(try repr(Value(name))) from \(try repr(file))>"
        }
        if loader.isNone {
            // sys and builtins exist before the import system: CPython gives them a built-in spec.
            if name == "sys" || name == "builtins" { return "<module '\(name)' (built-in)>" }
            return "<module \(try repr(Value(name)))>"
        }
        return "<module \(try repr(Value(name))) (\(try repr(loader)))>"
    }
}
