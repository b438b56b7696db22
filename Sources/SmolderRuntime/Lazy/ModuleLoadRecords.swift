import Glibc

/// Timing and recording of module loads: the inspector's load log (with what triggered each
/// load) and `-X importtime` lines in CPython's format, printed as each module finishes loading.
struct ModuleLoadTimer {
    let name: String
    let start: Double
    let depth: Int
}

extension Interpreter {
    func beginModuleLoad(_ name: String) -> ModuleLoadTimer {
        let depth = lazyImports.importTimeChildren.count
        lazyImports.importTimeChildren.append(0)
        return ModuleLoadTimer(name: name, start: monotonicSeconds(), depth: depth)
    }

    func endModuleLoad(_ timer: ModuleLoadTimer, loaded: Bool) {
        let elapsed = monotonicSeconds() - timer.start
        let children = lazyImports.importTimeChildren.popLast() ?? 0
        if !lazyImports.importTimeChildren.isEmpty { lazyImports.importTimeChildren[lazyImports.importTimeChildren.count - 1] += elapsed }
        guard loaded else { return }
        noteModuleLoaded(timer.name, seconds: elapsed)
        if flags.xOptions.contains("importtime") {
            if !lazyImports.printedImportTimeHeader {
                lazyImports.printedImportTimeHeader = true
                writeError("import time: self [us] | cumulative | imported package\n")
            }
            let cumulative = Int(elapsed * 1_000_000)
            let own = max(0, Int((elapsed - children) * 1_000_000))
            let indent = String(repeating: "  ", count: timer.depth)
            writeError("import time: \(pad(own, 9)) | \(pad(cumulative, 10)) | \(indent)\(timer.name)\n")
        }
    }

    /// Whether a freshly loaded submodule becomes an attribute of its parent: always when eager (as
    /// CPython), but under lazy imports a value the parent already holds is kept (spec, "Submodules").
    func submoduleMayBindParentAttribute(_ parent: Value, _ child: PyStr) -> Bool {
        guard lazyImports.isEnabled || lazyImports.isResolving,
              case .object(let o) = parent, let module = o as? PyModule,
              let existing = module.namespace.lookupString(child) else { return true }
        // A pending submodule entry is replaced; a from-import binding the parent made itself
        // (`from .version import version`) writes its own value back when it resolves.
        guard let d = existing.deferredImport else { return false }
        if case .attribute = d.target { return false }
        return true
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }

    private func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
