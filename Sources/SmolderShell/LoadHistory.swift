import Foundation
import SmolderRuntime

/// The module loads the runtime recorded, with what each trigger's file says about its parent:
/// the data behind `:modules`, `:why` and `:importtime`.
struct LoadHistory {
    struct Load {
        let name: String
        let seconds: Double
        let trigger: String
        /// The module whose code triggered the load (by the trigger's file), when known.
        var parent: String?
    }

    let loads: [Load]

    init(vm: Interpreter) {
        var moduleByFile: [String: String] = [:]
        for name in vm.loadedModuleNames() {
            if let file = vm.moduleFile(name) { moduleByFile[file] = name }
        }
        loads = vm.lazyImports.loads.map { record in
            var parent: String? = nil
            if let file = Self.triggerSite(record.trigger)?.file {
                parent = moduleByFile[file] ?? (file == "<stdin>" ? "__main__" : nil)
            }
            return Load(name: record.name, seconds: record.seconds, trigger: record.trigger, parent: parent)
        }
    }

    /// `FILE` and `LINE` of "... at FILE:LINE".
    static func triggerSite(_ trigger: String) -> (file: String, line: String)? {
        guard let at = trigger.range(of: " at ", options: .backwards) else { return nil }
        let site = trigger[at.upperBound...]
        guard let colon = site.lastIndex(of: ":") else { return nil }
        return (String(site[..<colon]), String(site[site.index(after: colon)...]))
    }

    func load(of module: String) -> Load? { loads.last { $0.name == module } }

    /// The module, what loaded it, what loaded that, ... up to the session or start-up.
    func chain(for module: String) -> [Load] {
        var result: [Load] = []
        var seen = Set<String>()
        var current = module
        while let load = load(of: current), seen.insert(current).inserted {
            result.append(load)
            guard let parent = load.parent else { break }
            current = parent
        }
        return result
    }

    /// Depth of each load in the import tree (children nest under the module that imported them).
    func depths() -> [Int] {
        let names = Set(loads.map(\.name))
        return loads.map { load in
            var depth = 0
            var seen = Set([load.name])
            var parent = load.parent
            while let p = parent, names.contains(p), seen.insert(p).inserted {
                depth += 1
                parent = self.load(of: p)?.parent
            }
            return depth
        }
    }

    /// Time spent in each load minus its children's (children load inside their parent).
    func selfSeconds() -> [Double] {
        loads.map { load in
            let children = loads.filter { $0.parent == load.name }.reduce(0) { $0 + $1.seconds }
            return max(0, load.seconds - children)
        }
    }

    /// Total import time: the sum of the loads that no other recorded load contains.
    var totalSeconds: Double {
        let names = Set(loads.map(\.name))
        return loads.filter { $0.parent.map { !names.contains($0) } ?? true }.reduce(0) { $0 + $1.seconds }
    }
}
