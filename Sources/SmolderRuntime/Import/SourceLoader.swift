#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and running module source files (plain POSIX reads: no Foundation on the import path).
extension Interpreter {
    /// The whole file as bytes, or nil when it cannot be read: one read for a regular file (sized
    /// by `fstat`, one byte over so the same buffer sees the end), growing for anything else.
    func readFileBytes(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        let sizeHint = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        var bytes = [UInt8](repeating: 0, count: max(0, sizeHint) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(65536, bytes.count))) }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            filled += n
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// A source file's text; OSError-like ImportError when it cannot be read.
    func readSource(_ path: String) throws(PyError) -> String {
        guard let bytes = readFileBytes(path) else {
            throw error(exceptions.FileNotFoundError, "[Errno 2] No such file or directory: '\(path)'")
        }
        if bytes.contains(0) {
            let message = "source code string cannot contain null bytes"
            let e = makeException(exceptions.SyntaxError, [Value(message)])
            if e.dict == nil { e.dict = PyDict() }
            e.dict?.setString(names.msg, Value(message))
            throw PyError(e)
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// Runs a module source file in `namespace` (a module body), its code from the cache when valid.
    func execSourceFile(_ path: String, in namespace: PyDict) throws(PyError) {
        let code = try moduleCode(path)
        // Imported modules see the builtins dict as `__builtins__` (only `__main__` gets the module).
        if namespace.lookupString(names.dBuiltins) == nil { namespace.setString(names.dBuiltins, .object(builtins)) }
        _ = try run(code, globals: namespace)
    }
}
