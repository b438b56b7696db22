import Foundation

/// Process start-up: `sys.argv`, `sys.path`, and `-m module`.
extension Interpreter {
    public func configure(argv: [String], path: [String]) {
        guard let sys = sysModule else { return }
        sys.namespace.setString(intern("argv"), .object(PyList(argv.map { Value($0) })))
        sys.namespace.setString(intern("path"), .object(PyList(path.map { Value($0) })))
        sys.namespace.setString(intern("flags"), .none)
        sys.namespace.setString(intern("_xoptions"), .object(xOptionsDict()))
        sys.namespace.setString(intern("lazy_modules"), .object(PySet(frozen: false)))
        // CPython's switches for writing compiled-code caches (`-E` ignores the variable).
        let environment = flags.ignoreEnvironment ? [:] : ProcessInfo.processInfo.environment
        let dontWrite = flags.dontWriteBytecode || !(environment["PYTHONDONTWRITEBYTECODE"] ?? "").isEmpty
        sys.namespace.setString(intern("dont_write_bytecode"), .bool(dontWrite))
        configureLazyImports()
    }

    private func xOptionsDict() -> PyDict {
        let d = PyDict()
        for option in flags.xOptions {
            if let eq = option.firstIndex(of: "=") {
                d.setString(intern(String(option[..<eq])), Value(String(option[option.index(after: eq)...])))
            } else {
                d.setString(intern(option), .bool(true))
            }
        }
        return d
    }

    /// Runs a module's source file as `__main__` (for `-m`; its code cached like an import's, as
    /// runpy's `get_code` does in CPython).
    func runModuleFileInMain(_ path: String) -> Int32 {
        let main = mainModule()
        do throws(PyError) {
            let code = try moduleCode(path)
            _ = try run(code, globals: main.namespace)
            return flushAndExit(0)
        } catch {
            return flushAndExit(handleUncaught(error.exception))
        }
    }
}
