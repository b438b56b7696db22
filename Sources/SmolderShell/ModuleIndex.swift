import Foundation
import SmolderRuntime
import SmolderSyntax

/// Module names on `sys.path` and a module's top-level names read from its source file, for
/// completion that never imports anything.
final class ModuleIndex {
    private let vm: Interpreter
    private var namesByFile: [String: [String]] = [:]

    init(vm: Interpreter) { self.vm = vm }

    /// Top-level modules and packages on `sys.path`, plus those already loaded.
    func topLevelModules() -> [String] {
        var names = vm.loadedModuleNames().filter { !$0.contains(".") }
        for folder in vm.moduleSearchPath() { names += Self.moduleNames(in: folder.isEmpty ? "." : folder) }
        return names
    }

    /// Submodules of a package (its folders on `sys.path`), plus loaded ones.
    func submodules(of package: String) -> [String] {
        let prefix = package + "."
        var names = vm.loadedModuleNames().compactMap { name -> String? in
            guard name.hasPrefix(prefix) else { return nil }
            let rest = name.dropFirst(prefix.count)
            return rest.contains(".") ? nil : String(rest)
        }
        let relative = package.replacingOccurrences(of: ".", with: "/")
        for folder in vm.moduleSearchPath() {
            names += Self.moduleNames(in: (folder.isEmpty ? "." : folder) + "/" + relative)
        }
        return names
    }

    /// Names a module's source binds at top level (defs, classes, assignments, imports), found by
    /// parsing the file; empty when there is no source.
    func topLevelNames(of module: String) -> [String] {
        guard let file = sourceFile(of: module) else { return [] }
        if let cached = namesByFile[file] { return cached }
        guard let data = FileManager.default.contents(atPath: file) else { return [] }
        let names: [String]
        do throws(SyntaxError) {
            let parsed = try Parser.parseModule(String(decoding: data, as: UTF8.self), filename: file)
            names = Self.boundNames(parsed.body)
        } catch {
            names = []
        }
        namesByFile[file] = names
        return names
    }

    private func sourceFile(of module: String) -> String? {
        if let file = vm.moduleFile(module) { return file }
        let relative = module.replacingOccurrences(of: ".", with: "/")
        for folder in vm.moduleSearchPath() {
            let base = (folder.isEmpty ? "." : folder) + "/" + relative
            for candidate in [base + ".py", base + "/__init__.py"] where FileManager.default.fileExists(atPath: candidate) {
                return candidate
            }
        }
        return nil
    }

    private static func moduleNames(in folder: String) -> [String] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var names: [String] = []
        for entry in entries {
            if entry.hasSuffix(".py") {
                let name = String(entry.dropLast(3))
                if name != "__init__" && Self.isIdentifier(name) { names.append(name) }
            } else if Self.isIdentifier(entry),
                      FileManager.default.fileExists(atPath: folder + "/" + entry + "/__init__.py") {
                names.append(entry)
            }
        }
        return names
    }

    private static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    private static func boundNames(_ body: [Stmt]) -> [String] {
        var names: [String] = []
        for statement in body {
            switch statement.kind {
            case .functionDef(let f): names.append(f.name)
            case .classDef(let c): names.append(c.name)
            case .assign(let targets, _): for t in targets { names += targetNames(t) }
            case .annAssign(let target, _, _, _), .augAssign(let target, _, _): names += targetNames(target)
            case .import(let aliases, _):
                for a in aliases { names.append(a.asName ?? String(a.name.split(separator: ".").first ?? "")) }
            case .importFrom(_, let aliases, _, _):
                for a in aliases where a.name != "*" { names.append(a.asName ?? a.name) }
            case .if(_, let body, let orelse), .while(_, let body, let orelse):
                names += boundNames(body) + boundNames(orelse)
            case .for(let target, _, let body, let orelse):
                names += targetNames(target) + boundNames(body) + boundNames(orelse)
            case .with(_, let body): names += boundNames(body)
            case .try(let body, let handlers, let orelse, let finalbody):
                names += boundNames(body) + boundNames(orelse) + boundNames(finalbody)
                _ = handlers
            default: break
            }
        }
        return names.filter { !$0.isEmpty }
    }

    private static func targetNames(_ target: Expr) -> [String] {
        switch target.kind {
        case .name(let n): return [n]
        case .tuple(let items), .list(let items): return items.flatMap(targetNames)
        case .starred(let inner): return targetNames(inner)
        default: return []
        }
    }
}
