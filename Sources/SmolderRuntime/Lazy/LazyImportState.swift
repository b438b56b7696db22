import Foundation

/// The lazy-import mode and the records the shell's inspector and `importlib` read.
public final class LazyImportState {
    /// The global switch: `-L`, `-X lazyimportsall`, `PYTHONLAZYIMPORTSALL`, `set_lazy_imports`.
    public var isEnabled = false
    /// `set_lazy_imports(excluding=)`: module names whose own imports stay eager (and their children).
    public var excluding: Value = .none
    /// `set_lazy_imports(eager=)`: full import names always imported eagerly.
    public var eager: Value = .none
    /// Resolve every deferred name right after its module's body runs.
    public var warmup = false
    /// Depth of `importlib.eager_imports()` blocks.
    public var eagerDepth = 0

    public private(set) var deferredCreated = 0
    public private(set) var deferredResolved = 0
    /// Modules loaded, in load order.
    public private(set) var loads: [ModuleLoad] = []
    /// Resolutions in progress (innermost last), with the frame that read the deferred name.
    var resolutions: [(frame: ObjectIdentifier?, description: String)] = []
    /// Nesting of deferred resolutions in progress.
    var resolvingDepth = 0
    var isResolving: Bool { resolvingDepth > 0 }
    /// Per module load in progress, the time spent loading its nested imports (for `-X importtime`).
    var importTimeChildren: [Double] = []
    var printedImportTimeHeader = false

    public struct ModuleLoad {
        public let name: String
        public let seconds: Double
        public let trigger: String
    }

    func noteDeferredCreated() { deferredCreated += 1 }
    func noteDeferredResolved() { deferredResolved += 1 }

    func noteModuleLoaded(_ name: String, seconds: Double, trigger: String) {
        loads.append(ModuleLoad(name: name, seconds: seconds, trigger: trigger))
    }
}

extension Interpreter {
    /// Reads the start-up switches (`-L`, `-X lazyimportsall`, `-X lazyimportswarmup` and their
    /// environment variables, unless `-E`).
    func configureLazyImports() {
        let environment = flags.ignoreEnvironment ? [:] : ProcessInfo.processInfo.environment
        lazyImports.isEnabled = flags.xOptions.contains("lazyimportsall")
            || !(environment["PYTHONLAZYIMPORTSALL"] ?? "").isEmpty
        lazyImports.warmup = flags.xOptions.contains("lazyimportswarmup")
            || !(environment["PYTHONLAZYIMPORTSWARMUP"] ?? "").isEmpty
    }

    /// What caused the module load in progress: the resolution of a deferred name read by the
    /// running frame, or else the import statement that frame is executing.
    func loadTrigger() -> String {
        let frameID = currentFrame.map { ObjectIdentifier($0) }
        if let last = lazyImports.resolutions.last, last.frame == frameID { return last.description }
        guard let frame = currentFrame else { return "start-up" }
        return "eager statement at \(frame.code.code.filename):\(frame.currentLine)"
    }

    /// `sys.lazy_modules`: dotted names of modules a deferred import still refers to.
    var lazyModuleSet: PySet? {
        guard case .object(let o)? = sysModule?.namespace.lookupString(intern("lazy_modules")),
              let s = o as? PySet else { return nil }
        return s
    }

    /// Records a module load for the inspector and removes it from `sys.lazy_modules`.
    func noteModuleLoaded(_ name: String, seconds: Double) {
        lazyImports.noteModuleLoaded(name, seconds: seconds, trigger: loadTrigger())
        if let set = lazyModuleSet { _ = try? set.discard(Value(name), vm: self) }
    }
}
