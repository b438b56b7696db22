#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SmolderCompiler

/// The compiled-code cache: imported modules' code objects kept in
/// `__pycache__/<module>.smolder-<format>.pyc` next to the source (format in `CodeCacheFile`), so a
/// warm start-up reads code instead of parsing and compiling. A cache is used only when its header
/// matches this build and the source's mtime and size; anything wrong means "compile the source".
/// Writing follows CPython's switches (`-B`, `PYTHONDONTWRITEBYTECODE`, `sys.dont_write_bytecode`)
/// and every write failure is silent.
extension Interpreter {
    /// The code of the module source file at `path`, from its cache when valid, else compiled
    /// (and then cached).
    func moduleCode(_ path: String) throws(PyError) -> PyCode {
        guard let cachePath = Self.cachePath(forSource: path), let stamp = Self.sourceStamp(path) else {
            return try compile(try readSource(path), filename: path, mode: .module)
        }
        let tag = importState.compilerTag
        if let bytes = readFileBytes(cachePath),
           let code = bytes.withUnsafeBufferPointer({
               CodeCacheFile.decode($0, filename: path, stamp: stamp, compilerTag: tag)
           }) {
            return makeCode(code)
        }
        let object = try compileObject(try readSource(path), filename: path, mode: .module)
        if mayWriteBytecode(), let file = CodeCacheFile.encode(object, stamp: stamp, compilerTag: tag) {
            Self.writeAtomically(file, to: cachePath)
        }
        return makeCode(object)
    }

    /// `sys.dont_write_bytecode` (set at start-up from `-B` and `PYTHONDONTWRITEBYTECODE`; programs
    /// may change it).
    func mayWriteBytecode() -> Bool {
        guard let flag = sysModule?.namespace.lookupString(intern("dont_write_bytecode")) else { return true }
        switch flag {
        case .bool(let b): return !b
        default: return !((try? isTrue(flag)) ?? true)
        }
    }

    /// `<folder>/__pycache__/<stem>.smolder-<format>.pyc` for `<folder>/<stem>.py`; nil for other files.
    static func cachePath(forSource path: String) -> String? {
        guard path.hasSuffix(".py"), let slash = path.lastIndex(of: "/") else { return nil }
        let folder = path[..<slash]
        let stem = path[path.index(after: slash)...].dropLast(3)
        guard !stem.isEmpty else { return nil }
        return "\(folder)/__pycache__/\(stem).smolder-\(CodeCacheFile.formatVersion).pyc"
    }

    /// The source file's modification time (ns) and size, or nil when it cannot be stat'ed.
    static func sourceStamp(_ path: String) -> CodeCacheFile.SourceStamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let nanoseconds = Int64(info.st_mtim.tv_sec).multipliedReportingOverflow(by: 1_000_000_000)
        guard !nanoseconds.overflow else { return nil }
        return CodeCacheFile.SourceStamp(mtimeNanoseconds: nanoseconds.partialValue &+ Int64(info.st_mtim.tv_nsec),
                                         size: UInt64(clamping: info.st_size))
    }

    /// Writes through a temporary file in the same folder and a rename, so readers never see a
    /// half-written cache; creates `__pycache__` when needed; gives up silently on any failure.
    static func writeAtomically(_ bytes: [UInt8], to path: String) {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        if mkdir(folder, 0o777) != 0 && errno != EEXIST { return }
        let temporary = "\(path).\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard fd >= 0 else { return }
        var written = 0
        let ok: Bool = bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return true }
            while written < raw.count {
                let n = write(fd, base + written, raw.count - written)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                written += n
            }
            return true
        }
        if close(fd) != 0 || !ok || rename(temporary, path) != 0 {
            unlink(temporary)
        }
    }
}

/// The tag a cache records for the build that wrote it: the instruction set's fingerprint mixed
/// with the running executable's identity (size, mtime and inode, which every link changes), so a
/// cache from any other build, whose compiler may emit different code for the same opcodes, is
/// never used.
enum CompilerTag {
    static func compute() -> UInt64 {
        var hash = BytecodeVersion.fingerprint()
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return hash }
        for v in [Int64(info.st_size), Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec), Int64(info.st_ino)] {
            hash = (hash ^ UInt64(bitPattern: v)) &* 0x0000_0100_0000_01B3
            hash ^= hash >> 29
        }
        return hash
    }
}
