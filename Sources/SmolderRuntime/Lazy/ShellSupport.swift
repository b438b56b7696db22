import SmolderCompiler
import SmolderSyntax

/// What the interactive shell (SmolderShell) needs from the runtime: interrupt requests, one
/// interactive unit at a time, and read-only views of the lazy-import records. Nothing here resolves
/// a deferred import unless its name says so.

/// Ctrl-C from the shell's SIGINT handler: one store, safe in a signal handler.
public func requestKeyboardInterrupt() { pendingInterrupt |= interruptKeyboard }

/// Drops a Ctrl-C that arrived while no code was running (at the prompt).
public func clearKeyboardInterrupt() { pendingInterrupt &= ~interruptKeyboard }

/// One deferred name still pending in a loaded module.
public struct DeferredNameInfo {
    public let module: String
    public let name: String
    /// The dotted path it would import (`pkg.mod` or `pkg.mod.attr`).
    public let target: String
    /// `file:line` of the import statement.
    public let site: String
}

/// How one interactive unit ended.
public enum InteractiveOutcome: Equatable {
    case ok
    case failed
    case exit(Int32)
}

/// What `a.b.` denotes for attribute completion, found without running an import.
public enum CompletionSubject {
    case names([String])
    /// A deferred import: the module whose source lists the names, plus pending submodule names.
    case deferredModule(String, submodules: [String])
    case unknown
}

extension Interpreter {
    /// Compiles (mode "single") and runs one unit in `__main__`, printing results and tracebacks.
    public func runInteractiveSource(_ source: String, filename: String = "<stdin>") -> InteractiveOutcome {
        let main = mainModule()
        do throws(PyError) {
            let code = try compile(source, filename: filename, mode: .interactive)
            _ = try run(code, globals: main.namespace)
            flushStdout()
            return .ok
        } catch {
            if error.exception.type.isSubtype(of: exceptions.SystemExit) {
                return .exit(flushAndExit(handleUncaught(error.exception)))
            }
            flushStdout()
            printException(error.exception)
            return .failed
        }
    }

    /// `PYTHONSTARTUP`: a file run in `__main__` before the first prompt (its errors are printed and
    /// the shell starts anyway, as in CPython).
    public func runStartupFile(_ path: String, source: String) {
        let main = mainModule()
        do throws(PyError) {
            let code = try compile(source, filename: path, mode: .module)
            _ = try run(code, globals: main.namespace)
        } catch {
            flushStdout()
            printException(error.exception)
        }
        flushStdout()
    }

    public func flushStandardOutput() { flushStdout() }

    /// Writes through `sys.stderr`.
    public func writeStandardError(_ text: String) { writeError(text) }

    /// Writes through `sys.stdout` (so it interleaves with `print`).
    public func writeStandardOutput(_ text: String) {
        if let out = sysStream("stdout"), (try? callMethod(out, "write", [Value(text)])) != nil { return }
        standardOutput.write(text)
    }

    /// A fresh `__main__`: every name dropped except the module's own dunders.
    public func resetMainModule() {
        let namespace = mainModule().namespace
        let keep = ["__name__", "__builtins__", "__doc__", "__package__", "__spec__", "__loader__"]
        var saved: [(PyStr, Value)] = []
        for key in keep {
            if let v = namespace.lookupString(intern(key)) { saved.append((intern(key), v)) }
        }
        namespace.clear()
        for (k, v) in saved { namespace.setString(k, v) }
        builtins.setString(intern("_"), .none)
        _ = try? builtins.remove(Value("_"), vm: self)
    }

    /// Every deferred name still pending, module by module in `sys.modules` order.
    public func deferredNames() -> [DeferredNameInfo] {
        var result: [DeferredNameInfo] = []
        for entry in modules.liveEntries {
            guard case .object(let mo) = entry.value, let module = mo as? PyModule,
                  module.namespace.mayHoldDeferred, let moduleName = strObject(entry.key)?.value else { continue }
            for e in module.namespace.liveEntries {
                guard let d = e.value.deferredImport, d.resolvedValue == nil,
                      let name = strObject(e.key)?.value else { continue }
                let site = d.filename.isEmpty ? "submodule of \(d.importingModule)" : "\(d.filename):\(d.line)"
                result.append(DeferredNameInfo(module: moduleName, name: name, target: d.denotedPath, site: site))
            }
        }
        return result
    }

    /// Resolves pending deferred names: every one (`nil`), or those called `name` (`name` in
    /// `__main__` or any module, or `module.name`). Returns how many it resolved.
    public func resolveDeferredNames(named name: String?) throws(PyError) -> Int {
        var count = 0
        for info in deferredNames() {
            let matches = name == nil || info.name == name || "\(info.module).\(info.name)" == name
            guard matches, case .object(let mo)? = modules.lookupString(intern(info.module)),
                  let module = mo as? PyModule, let d = module.namespace.lookupString(intern(info.name))?.deferredImport,
                  d.resolvedValue == nil else { continue }
            _ = try resolveDeferred(d, in: module.namespace, key: intern(info.name))
            count += 1
        }
        return count
    }

    /// Names bound in `__main__` (keys only: deferred values stay deferred).
    public func mainNames() -> [String] {
        mainModule().namespace.keys.compactMap { strObject($0)?.value }
    }

    public func builtinNames() -> [String] {
        builtins.keys.compactMap { strObject($0)?.value }
    }

    /// `sys.path` as strings.
    public func moduleSearchPath() -> [String] { searchPath() }

    /// Names of `sys.modules` in insertion order.
    public func loadedModuleNames() -> [String] {
        modules.keys.compactMap { strObject($0)?.value }
    }

    /// `__file__` of a loaded module, if it has one.
    public func moduleFile(_ name: String) -> String? {
        guard case .object(let mo)? = modules.lookupString(intern(name)), let module = mo as? PyModule,
              let file = module.namespace.lookupString(intern("__file__")) else { return nil }
        return strObject(file)?.value
    }

    /// What `path[0].path[1]...` names in `__main__`, for attribute completion. Module namespaces are
    /// read raw so a deferred import is reported, never resolved; other objects go through `dir()`.
    public func completionSubject(path: [String]) -> CompletionSubject {
        guard let first = path.first else { return .unknown }
        var current: Value
        if let v = mainModule().namespace.lookupString(intern(first)) {
            current = v
        } else if let v = builtins.lookupString(intern(first)) {
            current = v
        } else {
            return .unknown
        }
        var index = 1
        while true {
            if let d = current.deferredImport {
                if let resolved = d.resolvedValue {
                    current = resolved
                    continue
                }
                var module = d.denotedPath
                var submodules = d.pendingSubmodules
                // `import a.b.c` binds `a`; the rest of the path walks pending submodules.
                while index < path.count {
                    let next = module + "." + path[index]
                    guard submodules.contains(next) else { return .unknown }
                    module = next
                    submodules = submodules.filter { $0.hasPrefix(next + ".") }
                    index += 1
                }
                let prefix = module + "."
                let children = submodules.compactMap { s -> String? in
                    guard s.hasPrefix(prefix) else { return nil }
                    return s.dropFirst(prefix.count).split(separator: ".").first.map(String.init)
                }
                return .deferredModule(module, submodules: children)
            }
            if index == path.count { break }
            let attribute = intern(path[index])
            if case .object(let o) = current, let module = o as? PyModule {
                guard let v = module.namespace.lookupString(attribute) else { return .unknown }
                current = v
            } else {
                guard let v = try? lookupAttribute(current, attribute) else { return .unknown }
                current = v
            }
            index += 1
        }
        if case .object(let o) = current, let module = o as? PyModule {
            return .names(module.namespace.keys.compactMap { strObject($0)?.value })
        }
        guard let dir = builtins.lookupString(intern("dir")), let listing = try? call(dir, [current]),
              case .object(let lo) = listing, let list = lo as? PyList else { return .unknown }
        return .names(list.items.compactMap { strObject($0)?.value })
    }
}
