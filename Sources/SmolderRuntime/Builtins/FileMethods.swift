import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The classes of file objects (`_io.TextIOWrapper`, `_io.BufferedReader`, ...), captured by their
/// methods so no interpreter state or global is needed to find them.
final class FileTypes {
    let text: PyType
    let reader: PyType
    let writer: PyType
    let random: PyType
    let raw: PyType
    /// `io.UnsupportedOperation` (an OSError and a ValueError).
    let unsupported: PyType

    init(_ vm: Interpreter) {
        func make(_ name: String) -> PyType {
            let t = PyType(name: name, bases: [vm.types.object], metaclass: nil, isHeapType: false, instanceKind: .other)
            t.mro = [t, vm.types.object]
            t.isBaseType = false
            t.setAttribute("__module__", Value("_io"))
            return t
        }
        text = make("TextIOWrapper")
        reader = make("BufferedReader")
        writer = make("BufferedWriter")
        random = make("BufferedRandom")
        raw = make("FileIO")
        let e: ExceptionTypes = vm.exceptions
        let namespace = PyDict()
        namespace.setString(vm.names.dModule, Value("io"))
        namespace.setString(vm.names.dDoc, .none)
        unsupported = PyType(name: "UnsupportedOperation", bases: [e.OSError, e.ValueError], metaclass: nil,
                             isHeapType: true, instanceKind: .exception, namespace: namespace)
        unsupported.mro = [unsupported, e.OSError, e.ValueError, e.Exception, e.BaseException, vm.types.object]
    }

    var all: [PyType] { [text, reader, writer, random, raw] }
}

extension Interpreter {
    func installFileBuiltins() {
        let fileTypes = FileTypes(self)
        for type in fileTypes.all { installFileMethods(type, fileTypes) }
        installTextFileProperties(fileTypes.text)
        defineBuiltin("open") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkKeywords("open", kw, allowed: ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"])
            let slots = try vm.bindNative("open", args, kw,
                                          parameters: ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
                                          required: 1)
            return .object(try vm.openFile(slots, fileTypes))
        }
    }

    // MARK: open()

    private func optionalString(_ v: Value?, _ parameter: String) throws(PyError) -> String? {
        guard let v, !v.isNone else { return nil }
        guard let s = strObject(v) else {
            throw typeError("open() argument '\(parameter)' must be str or None, not \(typeName(v))")
        }
        return s.value
    }

    private func openFile(_ slots: [Value?], _ fileTypes: FileTypes) throws(PyError) -> PyFile {
        var name = slots[0] ?? .none
        var path: String?
        var fd: Int32 = -1
        if let s = strObject(name) {
            path = s.value
        } else if case .object(let o) = name, let b = o as? PyBytes, !b.isMutable {
            path = String(decoding: b.bytes, as: UTF8.self)
        } else if let i = bigInt(name), !(name.asObject is PyBytes) {
            guard let small = Int32(exactly: i) else { throw overflowError("Python int too large to convert to C int") }
            if small < 0 { throw valueError("negative file descriptor") }
            fd = small
        } else if let fspath = typeOf(name).lookupSpecial(names.dFspath) {
            let r = try callDescriptorMethod(fspath, on: name, [])
            guard let s = strObject(r) else {
                throw typeError("expected \(typeName(name)).__fspath__() to return str or bytes, not \(typeName(r))")
            }
            path = s.value
            name = r
        } else {
            throw typeError("expected str, bytes or os.PathLike object, not \(typeName(name))")
        }

        var mode = "r"
        if let m = slots[1] {
            guard let s = strObject(m) else { throw typeError("open() argument 'mode' must be str, not \(typeName(m))") }
            mode = s.value
        }
        let buffering = try slots[2].map { (v) throws(PyError) -> Int in try cInt(v) } ?? -1
        let encodingName = try optionalString(slots[3], "encoding")
        let errors = try optionalString(slots[4], "errors")
        let newline = try optionalString(slots[5], "newline")
        let closefd = try slots[6].map { (v) throws(PyError) -> Bool in try isTrue(v) } ?? true
        let opener = slots[7].flatMap { $0.isNone ? nil : $0 }

        // Mode letters, as CPython's _io.open validates them.
        var creating = false, reading = false, writing = false, appending = false
        var updating = false, text = false, binary = false
        let letters = Array(mode.unicodeScalars)
        for (i, c) in letters.enumerated() {
            switch c {
            case "x": creating = true
            case "r": reading = true
            case "w": writing = true
            case "a": appending = true
            case "+": updating = true
            case "t": text = true
            case "b": binary = true
            default: throw valueError("invalid mode: '\(mode)'")
            }
            if letters[(i + 1)...].contains(c) { throw valueError("invalid mode: '\(mode)'") }
        }
        if text && binary { throw valueError("can't have text and binary mode at once") }
        let kinds = [creating, reading, writing, appending].filter { $0 }.count
        if kinds > 1 { throw valueError("must have exactly one of create/read/write/append mode") }
        if binary && encodingName != nil { throw valueError("binary mode doesn't take an encoding argument") }
        if binary && errors != nil { throw valueError("binary mode doesn't take an errors argument") }
        if binary && newline != nil { throw valueError("binary mode doesn't take a newline argument") }
        if kinds == 0 {
            throw valueError("Must have exactly one of create/read/write/append mode and at most one plus")
        }
        if !closefd && path != nil { throw valueError("Cannot use closefd=False with file name") }

        let readable = reading || updating
        let writable = !reading || updating
        var flags: Int32 = readable && writable ? O_RDWR : (readable ? O_RDONLY : O_WRONLY)
        if creating { flags |= O_CREAT | O_EXCL }
        if writing { flags |= O_CREAT | O_TRUNC }
        if appending { flags |= O_CREAT | O_APPEND }
        flags |= O_CLOEXEC

        if let path {
            if path.utf8.contains(0) { throw valueError("embedded null byte") }
            if let opener {
                let r = try call(opener, [name, .int(Int(flags))])
                guard let i = bigInt(r), let small = Int32(exactly: i) else {
                    throw typeError("expected an integer from opener")
                }
                if small < 0 { throw valueError("opener returned \(small)") }
                fd = small
            } else {
                repeat {
                    fd = Glibc.open(path, flags, 0o666)
                } while fd < 0 && errno == EINTR
                if fd < 0 { throw osError(errno, filename: name) }
            }
        }
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            if path != nil { Glibc.close(fd) }
            throw osError(EISDIR, filename: name)
        }
        if appending { _ = lseek(fd, 0, SEEK_END) }
        func fail(_ e: PyError) -> PyError {
            if closefd { Glibc.close(fd) }
            return e
        }

        if binary {
            let type: PyType
            if buffering == 0 { type = fileTypes.raw }
            else if updating { type = fileTypes.random }
            else { type = reading ? fileTypes.reader : fileTypes.writer }
            // FileIO's normalised mode string.
            let rawMode: String
            if creating { rawMode = readable ? "xb+" : "xb" }
            else if appending { rawMode = readable ? "ab+" : "ab" }
            else if readable { rawMode = writable ? "rb+" : "rb" }
            else { rawMode = "wb" }
            return PyFile(fd: fd, name: name, mode: rawMode, binary: true, readable: readable, writable: writable,
                          closefd: closefd, unbuffered: buffering == 0, cls: type)
        }
        if buffering == 0 { throw fail(valueError("can't have unbuffered text I/O")) }
        var encoding = FileEncoding.utf8
        if let encodingName {
            guard let e = FileEncoding(name: encodingName) else { throw fail(error(exceptions.LookupError, "unknown encoding: \(encodingName)")) }
            encoding = e
        }
        guard let newlineMode = PyFile.NewlineMode(newline) else {
            throw fail(valueError("illegal newline value: \(newline ?? "")"))
        }
        let file = PyFile(fd: fd, name: name, mode: mode, binary: false, readable: readable, writable: writable,
                          closefd: closefd, unbuffered: false, cls: fileTypes.text)
        file.encoding = encoding
        file.encodingName = encodingName ?? "utf-8"
        file.errors = errors ?? "strict"
        file.newlineMode = newlineMode
        file.lineBuffering = buffering == 1 || (buffering < 0 && isatty(fd) != 0)
        return file
    }
}
