/// A lazy import that has not been resolved yet (lazy-imports spec, "What a lazy statement binds").
///
/// Deferred objects live only in namespace dicts; every read path that hands a value to Python code
/// resolves them first and writes the result back in place, so Python never sees one.
public final class PyDeferred: PyObject {
    public enum Target {
        /// The module `name` itself (for `import a` / `import a.b.c`, `name` is the top-level `a`).
        case module(String)
        /// Attribute `name` of module `module`, falling back to submodule `module.name` (from-imports).
        case attribute(module: String, name: String)
        /// A pending submodule set as an attribute of its parent package.
        case submodule(String)
    }

    public let target: Target
    /// Submodules to attach (as deferred attributes) once the module is loaded, e.g. `a.b` and
    /// `a.b.c` for `import a.b.c`.
    public internal(set) var pendingSubmodules: [String]
    /// Where the import statement is, for error tracebacks and introspection.
    public let filename: String
    public let line: Int
    /// The module whose statement created it (for introspection and `excluding`).
    public let importingModule: String
    /// The code and globals of the importing module, so the import site's traceback entry has a frame.
    let code: PyCode?
    let globals: PyDict?
    /// For the markers of `import a.b.c as x`: how many attribute steps remain until the binding.
    var chainSteps = 0
    /// Set while resolving, to detect a deferred object re-entered by its own resolution.
    var isResolving = false
    /// The value once resolved, so copies of the deferred object (in other dicts) agree.
    var resolvedValue: Value?

    init(target: Target, pendingSubmodules: [String], filename: String, line: Int, importingModule: String,
         code: PyCode? = nil, globals: PyDict? = nil, cls: PyType) {
        self.code = code
        self.globals = globals
        self.target = target
        self.pendingSubmodules = pendingSubmodules
        self.filename = filename
        self.line = line
        self.importingModule = importingModule
        super.init(kind: .deferred, cls: cls)
    }

    /// The dotted module path this object stands for (the module, or `module.name` for attributes).
    public var denotedPath: String {
        switch target {
        case .module(let name), .submodule(let name): return name
        case .attribute(let module, let name): return module + "." + name
        }
    }

    /// The module that resolving this object loads first.
    public var moduleName: String {
        switch target {
        case .module(let name), .submodule(let name): return name
        case .attribute(let module, _): return module
        }
    }
}

extension Value {
    /// The deferred import this value is, if it is one.
    @inline(__always)
    var deferredImport: PyDeferred? {
        if case .object(let o) = self, o.kind == .deferred { return unsafeDowncast(o, to: PyDeferred.self) }
        return nil
    }
}
