import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Text encoding and decoding for file objects (utf-8, latin-1, ascii), with CPython's
/// UnicodeDecodeError/UnicodeEncodeError messages and the strict/replace/ignore handlers, and the
/// OSError subclasses for failed system calls.
extension Interpreter {
    func decode(_ bytes: ArraySlice<UInt8>, _ encoding: FileEncoding, errors: String) throws(PyError) -> String {
        switch encoding {
        case .utf8:
            if let valid = String(validating: bytes, as: UTF8.self) { return valid }
            guard var bad = firstInvalidUTF8(bytes, from: bytes.startIndex) else {
                return String(decoding: bytes, as: UTF8.self)
            }
            var out = ""
            var p = bytes.startIndex
            while true {
                out += String(decoding: bytes[p..<bad.start], as: UTF8.self)
                switch errors {
                case "replace": out.unicodeScalars.append("\u{FFFD}")
                case "ignore": break
                default:
                    let first = bytes[bad.start]
                    let where_ = bad.end - bad.start == 1
                        ? "byte 0x\(hex2(first)) in position \(bad.start - bytes.startIndex)"
                        : "bytes in position \(bad.start - bytes.startIndex)-\(bad.end - 1 - bytes.startIndex)"
                    throw error(exceptions.UnicodeDecodeError, "'utf-8' codec can't decode \(where_): \(bad.reason)")
                }
                p = bad.end
                guard let next = firstInvalidUTF8(bytes, from: p) else { break }
                bad = next
            }
            out += String(decoding: bytes[p...], as: UTF8.self)
            return out
        case .latin1:
            var scalars = String.UnicodeScalarView()
            for b in bytes { scalars.append(Unicode.Scalar(b)) }
            return String(scalars)
        case .ascii:
            guard let i = bytes.firstIndex(where: { $0 >= 0x80 }) else { return String(decoding: bytes, as: UTF8.self) }
            if errors != "replace" && errors != "ignore" {
                throw error(exceptions.UnicodeDecodeError,
                            "'ascii' codec can't decode byte 0x\(hex2(bytes[i])) in position \(i - bytes.startIndex): ordinal not in range(128)")
            }
            var scalars = String.UnicodeScalarView()
            for b in bytes {
                if b < 0x80 { scalars.append(Unicode.Scalar(b)) } else if errors == "replace" { scalars.append("\u{FFFD}") }
            }
            return String(scalars)
        }
    }

    func encode(_ s: PyStr, _ encoding: FileEncoding, errors: String) throws(PyError) -> [UInt8] {
        let limit: UInt32
        switch encoding {
        case .utf8: return Array(s.value.utf8)
        case .latin1: limit = 0x100
        case .ascii: limit = 0x80
        }
        if s.isASCII { return Array(s.value.utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        let scalars = Array(s.value.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let v = scalars[i].value
            if v < limit {
                out.append(UInt8(v))
                i += 1
                continue
            }
            switch errors {
            case "replace": out.append(63)
            case "ignore": break
            default:
                var end = i + 1
                while end < scalars.count && scalars[end].value >= limit { end += 1 }
                let what = end - i == 1
                    ? "character '\(escapedScalar(scalars[i]))' in position \(i)"
                    : "characters in position \(i)-\(end - 1)"
                throw error(exceptions.UnicodeEncodeError,
                            "'\(encoding.codecName)' codec can't encode \(what): ordinal not in range(\(limit))")
            }
            i += 1
        }
        return out
    }

    /// The first ill-formed UTF-8 sequence at or after `from`: its byte range and CPython's reason.
    private func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>, from: Int) -> (start: Int, end: Int, reason: String)? {
        var i = from
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            var need = 0
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: need = 2
            case 0xED: need = 2; high = 0x9F
            case 0xF0: need = 3; low = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; high = 0x8F
            default: return (i, i + 1, "invalid start byte")
            }
            for j in 1...need {
                if i + j >= end { return (i, end, "unexpected end of data") }
                let c = bytes[i + j]
                let (lo, hi): (UInt8, UInt8) = j == 1 ? (low, high) : (0x80, 0xBF)
                if c < lo || c > hi { return (i, i + j, "invalid continuation byte") }
            }
            i += need + 1
        }
        return nil
    }

    private func hex2(_ b: UInt8) -> String {
        let s = String(b, radix: 16)
        return s.count == 1 ? "0" + s : s
    }

    /// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as CPython's codec messages print a character.
    private func escapedScalar(_ scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        let hex = String(v, radix: 16)
        if v < 0x100 { return "\\x" + hex.leftPadded(to: 2) }
        if v < 0x10000 { return "\\u" + hex.leftPadded(to: 4) }
        return "\\U" + hex.leftPadded(to: 8)
    }

    /// The OSError subclass CPython raises for an errno, with `errno`, `strerror` and `filename` set.
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
