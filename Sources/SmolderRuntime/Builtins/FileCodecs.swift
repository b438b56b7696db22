import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Text encoding and decoding for file objects (delegating to the shared codecs), and the OSError
/// subclasses for failed system calls.
extension Interpreter {
    /// Text decoding for file objects: the shared codecs in Text/Codecs.swift.
    func decode(_ bytes: ArraySlice<UInt8>, _ encoding: FileEncoding, errors: String) throws(PyError) -> String {
        try decodeBytes(Array(bytes), encoding: encoding.codecName, errors: errors)
    }

    /// Text encoding for file objects: the shared codecs in Text/Codecs.swift.
    func encode(_ s: PyStr, _ encoding: FileEncoding, errors: String) throws(PyError) -> [UInt8] {
        if s.isASCII { return Array(s.value.utf8) }
        return try encodeString(s.value, encoding: encoding.codecName, errors: errors)
    }

    func osError(_ code: Int32, filename: Value? = nil) -> PyError {
        let type: PyType
        switch code {
        case ENOENT: type = exceptions.FileNotFoundError
        case EEXIST: type = exceptions.FileExistsError
        case EACCES, EPERM: type = exceptions.PermissionError
        case EISDIR: type = exceptions.IsADirectoryError
        case ENOTDIR: type = exceptions.NotADirectoryError
        case EINTR: type = exceptions.InterruptedError
        case EAGAIN: type = exceptions.BlockingIOError
        case EPIPE: type = exceptions.BrokenPipeError
        default: type = exceptions.OSError
        }
        let message = String(cString: strerror(code))
        var args: [Value] = [.int(Int(code)), Value(message)]
        if let filename { args.append(filename) }
        do throws(PyError) {
            if case .object(let o) = try call(.object(type), args), let e = o as? PyBaseException { return PyError(e) }
        } catch {
            return error
        }
        return error(type, message)
    }
}
