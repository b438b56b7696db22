#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The names in one directory, split into files and folders, read once per run (one `readdir`
/// pass instead of a `stat` per candidate file).
final class DirectoryListing {
    var files: Set<String> = []
    var folders: Set<String> = []

    init(path: String) {
        guard let dir = opendir(path) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): files.insert(name)
            case Int32(DT_DIR): folders.insert(name)
            default:
                // Symlinks and file systems without d_type: ask stat (follows links).
                var info = stat()
                if stat(path + "/" + name, &info) == 0 {
                    if (info.st_mode & S_IFMT) == S_IFDIR { folders.insert(name) } else { files.insert(name) }
                }
            }
        }
    }
}

/// Where a module was found.
enum FoundModule {
    case builtin
    case source(file: String)
    case package(initFile: String, folder: String)
    case namespace(folders: [String])
}

extension Interpreter {
    /// The cached listing of an absolute directory path.
    func listing(_ directory: String) -> DirectoryListing {
        if let cached = importState.listings[directory] { return cached }
        let fresh = DirectoryListing(path: directory)
        importState.listings[directory] = fresh
        return fresh
    }

    /// `sys.path` as absolute folder names; drops the listing cache when the list changed.
    func searchPath() -> [String] {
        guard case .object(let o)? = sysModule?.namespace.lookupString(importState.names.path), let list = o as? PyList else {
            return []
        }
        var identities: [ObjectIdentifier] = []
        identities.reserveCapacity(list.items.count)
        var folders: [String] = []
        folders.reserveCapacity(list.items.count)
        for item in list.items {
            guard case .object(let io) = item, let s = io as? PyStr else { continue }
            identities.append(ObjectIdentifier(io))
            folders.append(s.value)
        }
        if importState.pathListIdentity != ObjectIdentifier(list) || importState.pathSnapshot != identities {
            importState.pathListIdentity = ObjectIdentifier(list)
            importState.pathSnapshot = identities
            importState.invalidate()
        }
        return folders
    }

    /// A search-path entry as an absolute folder ('' and relative entries are relative to the
    /// current directory, read at search time as CPython does).
    func absoluteFolder(_ entry: String) -> String {
        if entry.hasPrefix("/") { return entry.count > 1 && entry.hasSuffix("/") ? String(entry.dropLast()) : entry }
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return entry }
        let cwd = String(cString: buffer)
        if entry.isEmpty || entry == "." { return cwd }
        var rest = Substring(entry)
        while rest.hasPrefix("./") { rest = rest.dropFirst(2) }
        if rest.hasSuffix("/") { rest = rest.dropLast() }
        return cwd == "/" ? "/" + rest : cwd + "/" + rest
    }

    /// Finds module `name` (dotted) in `searchPath` (sys.path for top-level names, the parent's
    /// `__path__` for submodules), the way CPython's PathFinder and FileFinder do: per folder, a
    /// package (`x/__init__.py`) wins over `x.py`; folders without `__init__.py` are namespace portions,
    /// used only if no folder holds a real module.
    func findModule(_ name: String, in searchPath: [String]?) -> FoundModule? {
        let folders: [String]
        if let searchPath {
            folders = searchPath
        } else {
            if nativeModules[name] != nil || name == "_imp" || name == "sys" || name == "builtins" { return .builtin }
            folders = self.searchPath()
        }
        let last: String
        if let dot = name.lastIndex(of: ".") { last = String(name[name.index(after: dot)...]) } else { last = name }
        if last.isEmpty { return nil }
        let hadListings = !importState.listings.isEmpty
        if let found = search(last, in: folders) { return found }
        if !hadListings { return nil }
        // Not found with cached listings: a file may have been created since they were read (CPython
        // notices through directory mtimes). Re-read these folders once; only misses pay for it.
        var reread = false
        for entry in folders {
            let folder = absoluteFolder(entry)
            if importState.listings.removeValue(forKey: folder) != nil { reread = true }
            importState.listings.removeValue(forKey: folder == "/" ? "/" + last : folder + "/" + last)
        }
        return reread ? search(last, in: folders) : nil
    }

    private func search(_ last: String, in folders: [String]) -> FoundModule? {
        let fileName = last + ".py"
        var portions: [String] = []
        for entry in folders {
            let folder = absoluteFolder(entry)
            let names = listing(folder)
            if names.folders.contains(last) {
                let packageFolder = folder == "/" ? "/" + last : folder + "/" + last
                if listing(packageFolder).files.contains("__init__.py") {
                    return .package(initFile: packageFolder + "/__init__.py", folder: packageFolder)
                }
                if names.files.contains(fileName) { return .source(file: folder + "/" + fileName) }
                portions.append(packageFolder)
                continue
            }
            if names.files.contains(fileName) { return .source(file: folder == "/" ? "/" + fileName : folder + "/" + fileName) }
        }
        return portions.isEmpty ? nil : .namespace(folders: portions)
    }
}
