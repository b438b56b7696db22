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

    /// `smolder -m name`: runs a module (or a package's `__main__`) as `__main__`.
    public func runModuleAsMain(_ name: String) -> Int32 {
        var target = name
        var found: FoundSource?
        do throws(PyError) {
            if let dot = name.lastIndex(of: ".") {
                let parent = try importAbsolute(String(name[..<dot]))
                if case .object(let po) = parent, let pm = po as? PyModule, let p = pm.namespace.lookupString(names.dPath) {
                    found = findSource(name, searchPath: try collect(p).compactMap { strObject($0)?.value })
                }
            } else {
                found = findSource(name, searchPath: searchPath())
            }
            if let f = found, f.isPackage, let dir = f.packageDirectory {
                _ = try importAbsolute(name)
                target = name + ".__main__"
                found = FileManager.default.fileExists(atPath: dir + "/__main__.py")
                    ? FoundSource(file: dir + "/__main__.py", isPackage: false, packageDirectory: nil) : nil
                if found == nil {
                    standardError.write("\(CommandLine.arguments.first ?? "smolder"): No module named \(target); '\(name)' is a package and cannot be directly executed\n")
                    standardError.flush()
                    return 1
                }
            }
        } catch {
            return flushAndExit(handleUncaught(error.exception))
        }
        guard let source = found, !source.file.isEmpty,
              let text = try? String(contentsOfFile: source.file, encoding: .utf8) else {
            standardError.write("\(CommandLine.arguments.first ?? "smolder"): No module named \(name)\n")
            standardError.flush()
            return 1
        }
        if let sys = sysModule, case .object(let ao)? = sys.namespace.lookupString(intern("argv")), let argv = ao as? PyList,
           !argv.items.isEmpty {
            argv.items[0] = Value(source.file)
        }
        let main = mainModule()
        let packageName = target.split(separator: ".").dropLast().joined(separator: ".")
        main.namespace.setString(names.dPackage, Value(packageName))
        main.namespace.setString(names.dFile, Value(source.file))
        return runScriptInMain(source: text, filename: source.file)
    }

    func runScriptInMain(source: String, filename: String) -> Int32 {
        let main = mainModule()
        do throws(PyError) {
            let code = try compile(source, filename: filename, mode: .module)
            _ = try run(code, globals: main.namespace)
            return flushAndExit(0)
        } catch {
            return flushAndExit(handleUncaught(error.exception))
        }
    }
}
