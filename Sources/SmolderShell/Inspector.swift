import Foundation
import SmolderRuntime

/// The shell's `:commands` (also listed by `:help`).
enum InspectorCommand {
    static let names = ["deferred", "modules", "stats", "why", "resolve", "lazy", "time", "importtime", "reset",
                        "help", "quit"]

    static let help: [(String, String)] = [
        (":deferred [MODULE]", "deferred names: what each would import, and where"),
        (":modules [PATTERN]", "loaded modules in load order, load time, trigger"),
        (":stats", "modules loaded, deferred created/resolved/pending"),
        (":why MODULE", "the chain of triggers that loaded a module"),
        (":resolve NAME|--all", "resolve deferred names now"),
        (":lazy [on|off]", "show or switch lazy imports for what comes next"),
        (":time STATEMENT", "run it; wall time and the modules it loaded"),
        (":importtime", "the import-time tree of the session so far"),
        (":reset", "a fresh session (loaded modules stay)"),
        (":help", "this list"),
        (":quit", "leave the shell"),
    ]
}

/// Runs inspector commands against the session's interpreter.
struct Inspector {
    unowned let session: ShellSession
    var vm: Interpreter { session.vm }
    var style: Style { session.style }

    func run(_ command: String) -> InteractiveOutcome {
        let body = command.dropFirst()
        let name = String(body.prefix { $0 != " " && $0 != "\t" })
        let argument = String(body.dropFirst(name.count)).trimmingWhitespace
        switch name {
        case "deferred": return deferred(argument)
        case "modules": return modules(argument)
        case "stats": return stats()
        case "why": return why(argument)
        case "resolve": return resolve(argument)
        case "lazy": return lazy(argument)
        case "time": return time(argument)
        case "importtime": return importTime()
        case "reset":
            vm.resetMainModule()
            session.write("fresh session (loaded modules kept)\n")
            return .ok
        case "help":
            var table = Table("command", "what it shows")
            for (c, what) in InspectorCommand.help { table.add(c, what) }
            session.write(table.render(style))
            return .ok
        case "quit", "q", "exit": return .exit(0)
        default:
            return session.fail("unknown command :\(name) (try :help)")
        }
    }

    private func resolve(_ argument: String) -> InteractiveOutcome {
        guard !argument.isEmpty else { return session.fail("usage: :resolve NAME|--all") }
        let before = Set(vm.loadedModuleNames())
        do throws(PyError) {
            var count = try vm.resolveDeferredNames(named: argument == "--all" ? nil : argument)
            // Loading modules defers their own imports: `--all` goes on until nothing is pending.
            var rounds = 0
            while argument == "--all" && rounds < 1000 {
                let more = try vm.resolveDeferredNames(named: nil)
                if more == 0 { break }
                count += more
                rounds += 1
            }
            if count == 0 && argument != "--all" { return session.fail("no deferred name \(argument)") }
            let loaded = vm.loadedModuleNames().filter { !before.contains($0) }.count
            session.write("resolved \(count) deferred name\(count == 1 ? "" : "s"), \(loaded) module\(loaded == 1 ? "" : "s") loaded\n")
            return .ok
        } catch {
            vm.flushStandardOutput()
            vm.printException(error.exception)
            return .failed
        }
    }

    private func lazy(_ argument: String) -> InteractiveOutcome {
        switch argument {
        case "": break
        case "on": vm.lazyImports.isEnabled = true
        case "off": vm.lazyImports.isEnabled = false
        default: return session.fail("usage: :lazy [on|off]")
        }
        session.write("lazy imports: \(vm.lazyImports.isEnabled ? "on" : "off")\n")
        return .ok
    }

    private func time(_ statement: String) -> InteractiveOutcome {
        guard !statement.isEmpty else { return session.fail("usage: :time STATEMENT") }
        // New entries of sys.modules are what it loaded; the load records add times and triggers.
        let before = Set(vm.loadedModuleNames())
        let recordsBefore = vm.lazyImports.loads.count
        let start = Self.now()
        let outcome = session.execute(statement + "\n")
        let elapsed = Self.now() - start
        let loaded = vm.loadedModuleNames().filter { !before.contains($0) }
        var records: [String: (Double, String)] = [:]
        for l in vm.lazyImports.loads.dropFirst(recordsBefore) { records[l.name] = (l.seconds, l.trigger) }
        var text = style.accent("wall time: \(Self.milliseconds(elapsed)) ms") + ", \(loaded.count) module\(loaded.count == 1 ? "" : "s") loaded\n"
        if !loaded.isEmpty {
            var table = Table("module", "ms", "triggered by", rightAligned: [1])
            for name in loaded {
                let record = records[name]
                table.add(name, record.map { Self.milliseconds($0.0) } ?? "-", record.map { Self.shortTrigger($0.1) } ?? "-")
            }
            text += table.render(style)
        }
        session.write(text)
        return outcome
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func milliseconds(_ seconds: Double) -> String { String(format: "%.2f", seconds * 1000) }

    /// Paths under the working directory shown relative to it.
    static func shortPath(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }

    static func shortTrigger(_ trigger: String) -> String {
        guard let site = LoadHistory.triggerSite(trigger),
              let at = trigger.range(of: " at ", options: .backwards) else { return trigger }
        return trigger[..<at.lowerBound] + " at " + shortPath(site.file) + ":" + site.line
    }
}
