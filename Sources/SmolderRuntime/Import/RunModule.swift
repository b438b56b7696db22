/// `smolder -m name`: runpy's `_run_module_as_main` (a module, or a package's `__main__`).
extension Interpreter {
    /// A problem `runpy` reports as `<executable>: message` with exit status 1.
    private struct RunModuleProblem: Error { let message: String }

    public func runModuleAsMain(_ name: String) -> Int32 {
        let details: (spec: Value, file: String)
        do throws(PyError) {
            switch try moduleDetails(name) {
            case .success(let d): details = d
            case .failure(let problem):
                flushStandardStreams()
                standardError.write("\(CommandLine.arguments.first ?? "smolder"): \(problem.message)\n")
                standardError.flush()
                return 1
            }
        } catch {
            return flushAndExit(handleUncaught(error.exception))
        }
        if let sys = sysModule, case .object(let ao)? = sys.namespace.lookupString(intern("argv")), let argv = ao as? PyList,
           !argv.items.isEmpty {
            argv.items[0] = Value(details.file)
        }
        let main = mainModule()
        let ns = main.namespace
        ns.setString(names.dName, Value("__main__"))
        ns.setString(names.dFile, Value(details.file))
        ns.setString(importState.names.dCached, .none)
        ns.setString(names.dDoc, .none)
        ns.setString(names.dLoader, (try? lookupAttribute(details.spec, intern("loader"))).flatMap { $0 } ?? .none)
        ns.setString(names.dPackage, (try? lookupAttribute(details.spec, intern("parent"))).flatMap { $0 } ?? .none)
        ns.setString(names.dSpec, details.spec)
        return runModuleFileInMain(details.file)
    }

    /// runpy's `_get_module_details`: the spec and file to run, or the message to report.
    private func moduleDetails(_ name: String) throws(PyError) -> Result<(spec: Value, file: String), RunModuleProblem> {
        if name.hasPrefix(".") { return .failure(RunModuleProblem(message: "Relative module names not supported")) }
        if let dot = name.lastIndex(of: ".") {
            let packageName = String(name[..<dot])
            do throws(PyError) {
                _ = try findAndLoad(packageName)
            } catch {
                guard error.exception.type.isSubtype(of: exceptions.ImportError) else { throw error }
                let errorName = error.exception.dict?.lookupString(intern("name")).flatMap { strObject($0)?.value }
                if let errorName, errorName == packageName || packageName.hasPrefix(errorName + ".") {
                    // The missing package is reported by the spec search below.
                } else {
                    throw error
                }
            }
        }
        let spec: Value
        do throws(PyError) {
            spec = try findSpec(name)
        } catch {
            let kinds = [exceptions.ImportError, exceptions.AttributeError, exceptions.TypeError, exceptions.ValueError]
            guard kinds.contains(where: { error.exception.type.isSubtype(of: $0) }) else { throw error }
            var message = "Error while finding module specification for \(try repr(Value(name))) (\(error.exception.type.name): \(try str(.object(error.exception))))"
            if name.hasSuffix(".py") {
                message += ". Try using '\(name.dropLast(3))' instead of '\(name)' as the module name."
            }
            return .failure(RunModuleProblem(message: message))
        }
        if spec.isNone { return .failure(RunModuleProblem(message: "No module named \(name)")) }
        if let locations = try lookupAttribute(spec, importState.names.submoduleSearchLocations), !locations.isNone {
            if name == "__main__" || name.hasSuffix(".__main__") {
                return .failure(RunModuleProblem(message: "Cannot use package as __main__ module"))
            }
            let inner = try moduleDetails(name + ".__main__")
            if case .failure(let problem) = inner, modules.lookupString(intern(name)) != nil {
                return .failure(RunModuleProblem(message: "\(problem.message); '\(name)' is a package and cannot be directly executed"))
            }
            return inner
        }
        let origin = try lookupAttribute(spec, importState.names.origin) ?? .none
        guard let file = strObject(origin)?.value, file.hasPrefix("/") else {
            return .failure(RunModuleProblem(message: "No code object available for \(name)"))
        }
        return .success((spec, file))
    }

    /// `importlib.util.find_spec(name)` for an absolute name: the loaded module's `__spec__`, or a
    /// search in the parent's `__path__` (importing the parent first); None when not found.
    func findSpec(_ name: String) throws(PyError) -> Value {
        if let module = modules.lookupString(intern(name)) {
            if module.isNone { return .none }
            guard let spec = try lookupAttribute(module, names.dSpec) else {
                throw valueError("\(name).__spec__ is not set")
            }
            if spec.isNone { throw valueError("\(name).__spec__ is None") }
            return spec
        }
        var path: [String]?
        if let dot = name.lastIndex(of: ".") {
            let parentName = String(name[..<dot])
            let parent = try importModuleLevel(parentName, globals: nil, fromlist: .object(PyList([Value("__path__")])), level: 0)
            guard let p = try lookupAttribute(parent, names.dPath) else {
                throw moduleNotFound(name, "__path__ attribute not found on '\(parentName)' while trying to find '\(name)'")
            }
            path = try collect(p).compactMap { strObject($0)?.value }
        }
        guard let found = findModule(name, in: path) else { return .none }
        return try makeSpec(name, found)
    }
}
