#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and running module source files (plain POSIX reads: no Foundation on the import path).
extension Interpreter {
    /// The whole file as bytes, or nil when it cannot be read.
    func readFileBytes(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
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

    /// Compiles a source file and runs it in `namespace` (a module body).
    func execSourceFile(_ path: String, in namespace: PyDict) throws(PyError) {
        let source = try readSource(path)
        let code = try compile(source, filename: path, mode: .module)
        // Imported modules see the builtins dict as `__builtins__` (only `__main__` gets the module).
        if namespace.lookupString(names.dBuiltins) == nil { namespace.setString(names.dBuiltins, .object(builtins)) }
        _ = try run(code, globals: namespace)
    }
}
