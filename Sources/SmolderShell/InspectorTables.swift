import SmolderRuntime

/// `:deferred`, `:modules`, `:stats`, `:why` and `:importtime`.
extension Inspector {
    func deferred(_ module: String) -> InteractiveOutcome {
        let records = vm.deferredNames().filter { module.isEmpty || $0.module == module || $0.module.hasPrefix(module + ".") }
        guard !records.isEmpty else {
            session.write(module.isEmpty ? "no deferred names\n" : "no deferred names in \(module)\n")
            return .ok
        }
        // One block per module: the module on its own line, then its names (keeps the columns wide).
        var text = ""
        var order: [String] = []
        var byModule: [String: [DeferredNameInfo]] = [:]
        for r in records {
            if byModule[r.module] == nil { order.append(r.module) }
            byModule[r.module, default: []].append(r)
        }
        for module in order {
            var table = Table("  name", "would import", "import site")
            for r in byModule[module] ?? [] { table.add("  " + r.name, r.target, Self.shortPath(r.site)) }
            text += style.accent(module) + "\n" + table.render(style)
        }
        let count = records.count
        session.write(text + style.dim("\(count) deferred name\(count == 1 ? "" : "s") in \(order.count) module\(order.count == 1 ? "" : "s")") + "\n")
        return .ok
    }

    func modules(_ pattern: String) -> InteractiveOutcome {
        let history = LoadHistory(vm: vm)
        let total = vm.loadedModuleNames().count
        var table = Table("#", "module", "ms", "triggered by", rightAligned: [0, 2])
        var shown = 0
        if history.loads.isEmpty {
            // No load records: sys.modules order is the load order; triggers are known only for
            // what was there when the session started.
            for (i, name) in vm.loadedModuleNames().enumerated() where Self.matches(name, pattern) {
                table.add(String(i + 1), name, "-", session.startupModules.contains(name) ? "start-up" : "-")
                shown += 1
            }
        } else {
            for (i, load) in history.loads.enumerated() where Self.matches(load.name, pattern) {
                table.add(String(i + 1), load.name, Self.milliseconds(load.seconds), Self.shortTrigger(load.trigger))
                shown += 1
            }
        }
        let filtered = pattern.isEmpty ? "" : "\(shown) matching '\(pattern)'; "
        session.write((shown > 0 ? table.render(style) : "") + style.dim("\(filtered)\(total) modules loaded (len(sys.modules))") + "\n")
        return .ok
    }

    func stats() -> InteractiveOutcome {
        let state = vm.lazyImports
        let history = LoadHistory(vm: vm)
        let pending = vm.deferredNames().count
        var table = Table("counter", "value", rightAligned: [1])
        table.add("lazy imports", state.isEnabled ? "on" : "off")
        table.add("modules loaded (sys.modules)", String(vm.loadedModuleNames().count))
        table.add("module loads recorded", String(history.loads.count))
        table.add("deferred created", String(state.deferredCreated))
        table.add("deferred resolved", String(state.deferredResolved))
        table.add("deferred pending", String(pending))
        table.add("total import time (ms)", Self.milliseconds(history.totalSeconds))
        session.write(table.render(style))
        return .ok
    }

    func why(_ module: String) -> InteractiveOutcome {
        guard !module.isEmpty else { return session.fail("usage: :why MODULE") }
        let history = LoadHistory(vm: vm)
        let chain = history.chain(for: module)
        guard !chain.isEmpty else {
            if vm.loadedModuleNames().contains(module) {
                let when = session.startupModules.contains(module) ? "at start-up" : "but no load was recorded for it"
                session.write("\(module) is loaded \(when)\n")
                return .ok
            }
            let waiting = vm.deferredNames().filter { $0.target == module || $0.target.hasPrefix(module + ".") }
            if let first = waiting.first {
                session.write("\(module) is not loaded: deferred as \(first.module).\(first.name) (\(Self.shortPath(first.site)))\n")
                return .ok
            }
            return session.fail("\(module) is not loaded")
        }
        var table = Table("module", "loaded by")
        for load in chain { table.add(load.name, Self.shortTrigger(load.trigger)) }
        if let top = chain.last?.parent, history.load(of: top) == nil { table.add(top, "") }
        session.write(table.render(style))
        return .ok
    }

    func importTime() -> InteractiveOutcome {
        let history = LoadHistory(vm: vm)
        guard !history.loads.isEmpty else {
            session.write("no module loads recorded yet\n")
            return .ok
        }
        let depths = history.depths()
        let selfTimes = history.selfSeconds()
        var text = style.bold("import time: self [us] | cumulative | imported package") + "\n"
        for (i, load) in history.loads.enumerated() {
            let selfUs = Self.microseconds(selfTimes[i])
            let cumulativeUs = Self.microseconds(load.seconds)
            let pad = { (s: String, w: Int) in String(repeating: " ", count: max(0, w - s.count)) + s }
            text += "import time: \(pad(selfUs, 9)) | \(pad(cumulativeUs, 10)) | \(String(repeating: "  ", count: depths[i]))\(load.name)\n"
        }
        text += style.dim("total \(Self.milliseconds(history.totalSeconds)) ms in \(history.loads.count) loads") + "\n"
        session.write(text)
        return .ok
    }

    /// Whole microseconds; clamped so no recorded value can trap the conversion.
    static func microseconds(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "?" }
        return String(Int((min(max(seconds, 0), 1e9) * 1e6).rounded()))
    }

    /// A glob (`*`, `?`) or, without wildcards, a substring.
    static func matches(_ name: String, _ pattern: String) -> Bool {
        if pattern.isEmpty { return true }
        guard pattern.contains("*") || pattern.contains("?") else { return name.contains(pattern) }
        return glob(Array(name.unicodeScalars), Array(pattern.unicodeScalars))
    }

    private static func glob(_ s: [Unicode.Scalar], _ p: [Unicode.Scalar]) -> Bool {
        var si = 0, pi = 0, star = -1, mark = 0
        while si < s.count {
            if pi < p.count && (p[pi] == "?" || p[pi] == s[si]) {
                si += 1; pi += 1
            } else if pi < p.count && p[pi] == "*" {
                star = pi; mark = si; pi += 1
            } else if star >= 0 {
                pi = star + 1; mark += 1; si = mark
            } else {
                return false
            }
        }
        while pi < p.count && p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
