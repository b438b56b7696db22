import SmolderRuntime

/// Tab completion: keywords, builtins, session globals, `:commands`, module names after
/// `import`/`from`, attributes after `name.`. It never runs an import: a deferred name's attributes
/// come from parsing its module's source.
struct Completer {
    let vm: Interpreter
    let modules: ModuleIndex

    static let keywords = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    func complete(_ before: String) -> Completion {
        let trimmed = before.trimmingWhitespace
        if before.hasPrefix(":") && !before.contains(" ") {
            return Self.matching(String(before), InspectorCommand.names.map { ":" + $0 })
        }
        if let importCompletion = completeImport(before) { return importCompletion }
        let word = Self.trailingWord(before)
        if let dot = word.lastIndex(of: ".") {
            let path = word[..<dot].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            let partial = String(word[word.index(after: dot)...])
            guard !path.contains(where: \.isEmpty) else { return .none }
            let names: [String]
            switch vm.completionSubject(path: path) {
            case .names(let list): names = list
            case .deferredModule(let module, let submodules):
                names = modules.topLevelNames(of: module) + submodules + modules.submodules(of: module)
            case .unknown: return .none
            }
            let visible = partial.hasPrefix("_") ? names : names.filter { !$0.hasPrefix("_") }
            return Self.matching(partial, visible)
        }
        _ = trimmed
        let pool = Self.keywords + vm.mainNames() + vm.builtinNames()
        return Self.matching(word, pool.filter { !$0.hasPrefix("__") || word.hasPrefix("__") })
    }

    /// `import a.b`, `import a, b`, `from a.b` and `from a import x`.
    private func completeImport(_ before: String) -> Completion? {
        let words = before.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let endsWithSpace = before.hasSuffix(" ")
        guard let first = words.first, first == "import" || first == "from" else { return nil }
        let current = endsWithSpace ? "" : (words.last ?? "")
        let position = endsWithSpace ? words.count : words.count - 1
        if first == "from" && position >= 3 && words.count >= 3 && words[2] == "import" {
            let names = modules.topLevelNames(of: words[1]) + modules.submodules(of: words[1])
            return Self.matching(current.split(separator: ",").last.map(String.init) ?? "", names)
        }
        if first == "from" && position == 2 { return Self.matching(current, ["import"]) }
        guard position >= 1 else { return nil }
        let name = current.split(separator: ",", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        if let dot = name.lastIndex(of: ".") {
            let package = String(name[..<dot])
            let partial = String(name[name.index(after: dot)...])
            return Self.matching(partial, modules.submodules(of: package))
        }
        return Self.matching(name, modules.topLevelModules())
    }

    /// The identifier-and-dots word ending at the cursor.
    static func trailingWord(_ before: String) -> String {
        var scalars: [Unicode.Scalar] = []
        for s in before.unicodeScalars.reversed() {
            guard s == "." || s == "_" || s.properties.isAlphabetic || ("0"..."9").contains(s) else { break }
            scalars.append(s)
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    static func matching(_ partial: String, _ pool: [String]) -> Completion {
        var seen = Set<String>()
        let candidates = pool.filter { $0.hasPrefix(partial) && seen.insert($0).inserted }.sorted()
        return Completion(partial: partial, candidates: candidates)
    }
}
