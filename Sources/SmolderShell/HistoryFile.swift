import Foundation

/// Where the shell keeps its history: `SMOLDER_HISTORY`, else `~/.smolder_history`.
enum HistoryFile {
    static var path: String? {
        let environment = ProcessInfo.processInfo.environment
        if let custom = environment["SMOLDER_HISTORY"], !custom.isEmpty { return custom }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.smolder_history"
    }
}
