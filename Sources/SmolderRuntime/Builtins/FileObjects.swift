import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The text encodings `open()` supports.
enum FileEncoding {
    case utf8, latin1, ascii

    /// Parses an encoding name the way Python's codec registry normalises it; nil when unknown.
    init?(name: String) {
        let key = name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
        switch key {
        case "utf8", "u8", "utf", "cp65001", "locale": self = .utf8
        case "latin1", "latin", "l1", "iso88591", "iso885915", "8859", "cp819": self = .latin1
        case "ascii", "usascii", "646": self = .ascii
        default: return nil
        }
    }

    var codecName: String {
        switch self {
        case .utf8: return "utf-8"
        case .latin1: return "latin-1"
        case .ascii: return "ascii"
        }
    }
}

/// A file opened by `open()`: a file descriptor with a read buffer and a write buffer, in binary or
/// text mode. Text mode decodes, translates newlines and counts code points; positions are always
/// byte offsets (what CPython's `tell()` cookies are for these encodings).
final class PyFile: PyObject {
    static let chunkSize = 8192

    var fd: Int32
    let name: Value
    /// `mode` as reported by the `mode` attribute.
    let mode: String
    let binary: Bool
    let readable: Bool
    let writable: Bool
    let closefd: Bool
    /// `buffering=0` (binary only): every write goes straight to the descriptor.
    let unbuffered: Bool
    var lineBuffering = false
    private(set) var closed = false

    // Text-mode settings.
    var encoding = FileEncoding.utf8
    var encodingName = "utf-8"
    var errors = "strict"
    /// How lines end, from `open(newline=...)`.
    enum NewlineMode {
        /// None: any of \n, \r, \r\n ends a line and reads as \n.
        case translate
        /// "": any of them ends a line, untranslated.
        case universal
        /// "\n", "\r", "\r\n": only that ends a line; on write, \n becomes it.
        case lf, cr, crlf

        init?(_ newline: String?) {
            switch newline {
            case nil: self = .translate
            case "": self = .universal
            case "\n": self = .lf
            case "\r": self = .cr
            case "\r\n": self = .crlf
            default: return nil
            }
        }
    }
    var newlineMode = NewlineMode.translate

    /// Bytes read ahead from the descriptor; `readBuffer[readPos...]` not yet consumed.
    var readBuffer: [UInt8] = []
    var readPos = 0
    /// Bytes written but not yet sent to the descriptor.
    var writeBuffer: [UInt8] = []

    init(fd: Int32, name: Value, mode: String, binary: Bool, readable: Bool, writable: Bool,
         closefd: Bool, unbuffered: Bool, cls: PyType) {
        self.fd = fd
        self.name = name
        self.mode = mode
        self.binary = binary
        self.readable = readable
        self.writable = writable
        self.closefd = closefd
        self.unbuffered = unbuffered
        super.init(kind: .other, cls: cls)
        PyFile.openFiles[ObjectIdentifier(self)] = WeakFile(file: self)
    }

    deinit {
        // Like CPython's finaliser: flush pending output and release the descriptor.
        PyFile.openFiles[ObjectIdentifier(self)] = nil
        if !closed {
            _ = try? flushWrites(nil)
            if closefd { Glibc.close(fd) }
        }
    }

    private struct WeakFile {
        weak var file: PyFile?
    }

    /// Files not yet closed, so their buffered output reaches the disk when the program exits
    /// (objects still referenced at exit are never deinitialised). Touched only by open and close.
    nonisolated(unsafe) private static var openFiles: [ObjectIdentifier: WeakFile] = [:]

    /// Flushes every open file's pending output (at interpreter exit).
    static func flushAll() {
        for entry in openFiles.values {
            if let file = entry.file { _ = try? file.flushWrites(nil) }
        }
    }

    var buffered: Int { readBuffer.count - readPos }

    // MARK: Low-level I/O

    /// Sends the write buffer to the descriptor.
    func flushWrites(_ vm: Interpreter?) throws(PyError) {
        guard !writeBuffer.isEmpty else { return }
        var failure: Int32 = 0
        writeBuffer.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, base + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        writeBuffer.removeAll(keepingCapacity: true)
        if failure != 0, let vm { throw vm.osError(failure) }
    }

    /// Reads up to one more chunk into the read buffer; false at end of file.
    func fill(_ vm: Interpreter, size: Int = PyFile.chunkSize) throws(PyError) -> Bool {
        if readPos > 0 && (readPos == readBuffer.count || readPos >= 1 << 16) {
            readBuffer.removeFirst(readPos)
            readPos = 0
        }
        let old = readBuffer.count
        readBuffer.reserveCapacity(old + size)
        var got = 0
        var failure: Int32 = 0
        readBuffer.append(contentsOf: repeatElement(0, count: size))
        readBuffer.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress else { return }
            while true {
                let n = Glibc.read(fd, base + old, size)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                got = n
                return
            }
        }
        readBuffer.removeLast(size - got)
        if failure != 0 { throw vm.osError(failure) }
        return got > 0
    }

    /// Before writing after reading: move the descriptor back over what was read ahead.
    func dropReadAhead() {
        if buffered > 0 { _ = lseek(fd, off_t(-buffered), SEEK_CUR) }
        readBuffer.removeAll(keepingCapacity: true)
        readPos = 0
    }

    /// Before reading after writing.
    func prepareRead(_ vm: Interpreter) throws(PyError) {
        try flushWrites(vm)
    }

    func write(utf8 text: String, _ vm: Interpreter) throws(PyError) {
        if buffered > 0 { dropReadAhead() }
        writeBuffer.append(contentsOf: text.utf8)
        if writeBuffer.count >= PyFile.chunkSize { try flushWrites(vm) }
    }

    func write(bytes: [UInt8], _ vm: Interpreter) throws(PyError) {
        if buffered > 0 { dropReadAhead() }
        writeBuffer.append(contentsOf: bytes)
        if unbuffered || writeBuffer.count >= PyFile.chunkSize { try flushWrites(vm) }
    }

    /// The logical position: the descriptor's, minus what is read ahead, plus what is pending.
    func tell(_ vm: Interpreter) throws(PyError) -> Int {
        try flushWrites(vm)
        let pos = lseek(fd, 0, SEEK_CUR)
        if pos < 0 { throw vm.osError(errno) }
        return Int(pos) - buffered
    }

    func seek(_ offset: Int, whence: Int32, _ vm: Interpreter) throws(PyError) -> Int {
        try flushWrites(vm)
        var target = offset
        if whence == SEEK_CUR { target -= buffered }
        readBuffer.removeAll(keepingCapacity: true)
        readPos = 0
        let pos = lseek(fd, off_t(target), whence)
        if pos < 0 { throw vm.osError(errno) }
        return Int(pos)
    }

    func close(_ vm: Interpreter) throws(PyError) {
        guard !closed else { return }
        defer {
            closed = true
            PyFile.openFiles[ObjectIdentifier(self)] = nil
            if closefd { Glibc.close(fd) }
            readBuffer = []
            readPos = 0
        }
        try flushWrites(vm)
    }

    // MARK: Binary reading

    /// `read(n)` in binary mode (n < 0: to end of file).
    func readBytes(_ n: Int, _ vm: Interpreter) throws(PyError) -> [UInt8] {
        try prepareRead(vm)
        if n < 0 {
            while try fill(vm, size: max(PyFile.chunkSize, readBuffer.count)) {}
        } else {
            while buffered < n, try fill(vm, size: max(PyFile.chunkSize, n - buffered)) {}
        }
        let count = n < 0 ? buffered : min(n, buffered)
        let out = Array(readBuffer[readPos..<readPos + count])
        readPos += count
        return out
    }

    /// `readline(limit)` in binary mode.
    func readLineBytes(_ limit: Int, _ vm: Interpreter) throws(PyError) -> [UInt8] {
        try prepareRead(vm)
        var rel = 0
        while limit < 0 || rel < limit {
            if rel >= buffered {
                if try !fill(vm) { break }
                continue
            }
            let b = readBuffer[readPos + rel]
            rel += 1
            if b == 10 { break }
        }
        let out = Array(readBuffer[readPos..<readPos + rel])
        readPos += rel
        return out
    }

    // MARK: Text reading

    /// Length of the encoded character starting with `byte`.
    @inline(__always)
    private func sequenceLength(_ byte: UInt8) -> Int {
        guard encoding == .utf8, byte >= 0xC0 else { return 1 }
        if byte < 0xE0 { return 2 }
        if byte < 0xF0 { return 3 }
        return byte < 0xF8 ? 4 : 1
    }

    /// `read(n)` in text mode (n < 0: to end of file).
    func readText(_ n: Int, _ vm: Interpreter) throws(PyError) -> String {
        try prepareRead(vm)
        if n < 0 {
            while try fill(vm, size: max(PyFile.chunkSize, readBuffer.count)) {}
            return try takeText(buffered, vm)
        }
        let translate = newlineMode == .translate
        var rel = 0, chars = 0
        while chars < n {
            if rel >= buffered {
                if try !fill(vm) { break }
                continue
            }
            let b = readBuffer[readPos + rel]
            var length = sequenceLength(b)
            if b == 13 && translate {
                if rel + 1 >= buffered, try fill(vm) { continue }
                length = rel + 1 < buffered && readBuffer[readPos + rel + 1] == 10 ? 2 : 1
            } else if rel + length > buffered {
                if try fill(vm) { continue }
                length = buffered - rel
            }
            rel += length
            chars += 1
        }
        return try takeText(rel, vm)
    }

    /// `readline(limit)` in text mode: up to and including the line ending.
    func readLineText(_ limit: Int, _ vm: Interpreter) throws(PyError) -> String {
        try prepareRead(vm)
        if limit < 0 { return try takeText(try lineLength(vm), vm) }
        let mode = newlineMode
        var rel = 0, chars = 0
        while chars < limit {
            if rel >= buffered {
                if try !fill(vm) { break }
                continue
            }
            let b = readBuffer[readPos + rel]
            if b == 10 && mode != .cr && mode != .crlf {
                rel += 1
                break
            }
            if b == 13 && mode != .lf {
                if mode == .cr {
                    rel += 1
                    break
                }
                // "\r\n" counts as one ending; a lone "\r" ends a line only in universal modes.
                if rel + 1 >= buffered, try fill(vm) { continue }
                if rel + 1 < buffered && readBuffer[readPos + rel + 1] == 10 {
                    rel += 2
                    break
                }
                rel += 1
                if mode != .crlf { break }
                chars += 1
                continue
            }
            var length = sequenceLength(b)
            if rel + length > buffered {
                if try fill(vm) { continue }
                length = buffered - rel
            }
            rel += length
            chars += 1
        }
        return try takeText(rel, vm)
    }

    /// Bytes up to and including the next line ending (or to end of file), scanning the buffer
    /// directly: line endings are ASCII, so no decoding is needed to find them.
    private func lineLength(_ vm: Interpreter) throws(PyError) -> Int {
        let mode = newlineMode
        let stopAtLF = mode != .cr && mode != .crlf
        let stopAtCR = mode != .lf
        var rel = 0
        while true {
            let start = readPos
            let found: Int? = readBuffer.withUnsafeBufferPointer { buffer in
                var i = start + rel
                while i < buffer.count {
                    let b = buffer[i]
                    if (b == 10 && stopAtLF) || (b == 13 && stopAtCR) { return i - start }
                    i += 1
                }
                return nil
            }
            guard let at = found else {
                rel = buffered
                if try !fill(vm) { return rel }
                continue
            }
            if readBuffer[readPos + at] == 10 || mode == .cr { return at + 1 }
            // A "\r": look at the next byte, reading more if it is not here yet.
            if at + 1 >= buffered {
                rel = at
                if try fill(vm) { continue }
                return at + 1
            }
            if readBuffer[readPos + at + 1] == 10 { return at + 2 }
            if mode != .crlf { return at + 1 }
            rel = at + 1
        }
    }

    /// Consumes `count` buffered bytes and decodes them.
    private func takeText(_ count: Int, _ vm: Interpreter) throws(PyError) -> String {
        let slice = readBuffer[readPos..<readPos + count]
        readPos += count
        if newlineMode == .translate && slice.contains(13) {
            var translated: [UInt8] = []
            translated.reserveCapacity(slice.count)
            var i = slice.startIndex
            while i < slice.endIndex {
                let b = slice[i]
                if b == 13 {
                    translated.append(10)
                    if i + 1 < slice.endIndex && slice[i + 1] == 10 { i += 1 }
                } else {
                    translated.append(b)
                }
                i += 1
            }
            return try vm.decode(translated[...], encoding, errors: errors)
        }
        return try vm.decode(slice, encoding, errors: errors)
    }

    /// Encodes text for writing, translating `\n` when a specific newline was asked for.
    func encodeText(_ s: PyStr, _ vm: Interpreter) throws(PyError) -> [UInt8] {
        var bytes = try vm.encode(s, encoding, errors: errors)
        if newlineMode == .cr || newlineMode == .crlf, bytes.contains(10) {
            let ending: [UInt8] = newlineMode == .cr ? [13] : [13, 10]
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            for b in bytes {
                if b == 10 { out.append(contentsOf: ending) } else { out.append(b) }
            }
            bytes = out
        }
        return bytes
    }
}
