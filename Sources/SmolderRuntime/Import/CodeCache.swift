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
        guard path.hasSuffix(".py") else { return nil }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { path[...$0] } ?? ""
        let stem = path[(slash.map { path.index(after: $0) } ?? path.startIndex)...].dropLast(3)
        guard !stem.isEmpty else { return nil }
        return "\(folder)__pycache__/\(stem).smolder-\(CodeCacheFile.formatVersion).pyc"
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
/// with the running program's identity, so a cache from any other build, whose compiler may emit
/// different code for the same opcodes, is never used. The identity is the GNU build ID of the
/// loaded program (a hash of its contents, also right under valgrind and for copies of the binary),
/// else the executable's size, mtime and inode (which every link changes).
enum CompilerTag {
    static func compute() -> UInt64 {
        var hash = BytecodeVersion.fingerprint()
        func mix(_ v: UInt64) {
            hash = (hash ^ v) &* 0x0000_0100_0000_01B3
            hash ^= hash >> 29
        }
        if let id = buildID(), !id.isEmpty {
            for b in id { mix(UInt64(b)) }
            return hash
        }
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return hash }
        for v in [Int64(info.st_size), Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec), Int64(info.st_ino)] {
            mix(UInt64(bitPattern: v))
        }
        return hash
    }

    private typealias PhdrCallback = @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Int32
    private typealias IteratePhdr = @convention(c) (PhdrCallback, UnsafeMutableRawPointer?) -> Int32

    /// The `NT_GNU_BUILD_ID` note among the main program's loaded segments, found through
    /// `dl_iterate_phdr` (looked up with `dlsym`: the C module does not export it). Reads the 64-bit
    /// `dl_phdr_info` and `Elf64_Phdr` layouts.
    private static func buildID() -> [UInt8]? {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "dl_iterate_phdr") else { return nil }
        let iterate = unsafeBitCast(symbol, to: IteratePhdr.self)
        var found: [UInt8]?
        withUnsafeMutablePointer(to: &found) { out in
            _ = iterate({ info, _, context in
                guard let info, let context else { return 1 }
                let base = UInt(info.load(as: UInt64.self))
                guard let headers = info.load(fromByteOffset: 16, as: UnsafeRawPointer?.self) else { return 1 }
                let headerCount = Int(info.load(fromByteOffset: 24, as: UInt16.self))
                for i in 0..<headerCount {
                    let header = headers + i * 56
                    guard header.load(as: UInt32.self) == 4 /* PT_NOTE */,
                          let notes = UnsafeRawPointer(bitPattern: base &+ UInt(header.load(fromByteOffset: 16, as: UInt64.self)))
                    else { continue }
                    let size = Int(clamping: header.load(fromByteOffset: 40, as: UInt64.self))
                    var offset = 0
                    while offset + 12 <= size {
                        let nameSize = Int(notes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
                        let descSize = Int(notes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
                        let type = notes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
                        let descOffset = offset + 12 + ((nameSize + 3) & ~3)
                        let next = descOffset + ((descSize + 3) & ~3)
                        guard next <= size else { break }
                        // NT_GNU_BUILD_ID (3), owner "GNU\0"
                        if type == 3, nameSize == 4,
                           notes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self) == 0x0055_4E47 {
                            context.assumingMemoryBound(to: Optional<[UInt8]>.self).pointee =
                                Array(UnsafeRawBufferPointer(start: notes + descOffset, count: descSize))
                            return 1
                        }
                        offset = next
                    }
                }
                return 1  // the first object reported is the main program: stop either way
            }, UnsafeMutableRawPointer(out))
        }
        return found
        #else
        return nil
        #endif
    }
}
