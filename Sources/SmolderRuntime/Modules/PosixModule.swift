import BigInt
import Foundation
import Glibc

/// The `posix` module: the system calls `os` is built on (files, directories, environment,
/// file descriptors, process information). Failures raise the OSError subclass for errno with
/// CPython's messages, through the same helper `open()` uses.
extension Interpreter {
    func makePosixModule() -> PyModule {
        let m = PyModule(name: "posix")
        let statType = makeStatResultType()
        m.namespace.setString(intern("stat_result"), .object(statType))
        m.namespace.setString(intern("environ"), .object(currentEnvironment()))
        installPosixConstants(m)
        installPathFunctions(m, statType)
        installDescriptorFunctions(m, statType)
        installProcessInformation(m)
        installProcessControl(m)
        return m
    }

    // MARK: Arguments

    /// A path argument: str, bytes or an object with `__fspath__`; `isBytes` says which kind of
    /// result the caller wants back.
    struct PathArgument {
        let path: String
        let isBytes: Bool
        let original: Value
    }

    func pathArgument(_ v: Value, _ function: String, _ parameter: String = "path",
                      allowed: String = "string, bytes or os.PathLike") throws(PyError) -> PathArgument {
        var value = v
        if strObject(value) == nil, !(value.asObject is PyBytes) {
            if let fs = try callSpecial(value, intern("__fspath__"), []) {
                guard strObject(fs) != nil || fs.asObject is PyBytes else {
                    throw typeError("expected \(typeName(value)).__fspath__() to return str or bytes, not \(typeName(fs))")
                }
                value = fs
            } else {
                throw typeError("\(function): \(parameter) should be \(allowed), not \(typeName(v))")
            }
        }
        if let s = strObject(value) {
            if s.value.utf8.contains(0) { throw valueError("embedded null byte") }
            return PathArgument(path: s.value, isBytes: false, original: value)
        }
        guard let b = value.asObject as? PyBytes, !b.isMutable else {
            throw typeError("\(function): \(parameter) should be \(allowed), not \(typeName(v))")
        }
        if b.bytes.contains(0) { throw valueError("embedded null byte") }
        return PathArgument(path: String(decoding: b.bytes, as: UTF8.self), isBytes: true, original: value)
    }

    /// A machine integer for a C argument; too-large ints raise CPython's OverflowError.
    func cInteger(_ v: Value) throws(PyError) -> Int {
        do throws(PyError) {
            return try index(v)
        } catch {
            guard isInstance(.object(error.exception), of: exceptions.IndexError) else { throw error }
            let negative = (bigInt(v).map { $0.signum() < 0 }) ?? false
            throw overflowError("Python int too \(negative ? "small" : "large") to convert to C long")
        }
    }

    /// A name in the kind (str or bytes) of the path it came from.
    func pathResult(_ s: String, bytes: Bool) -> Value {
        bytes ? .object(PyBytes(Array(s.utf8))) : Value(s)
    }

    func posixFailure(_ filename: Value? = nil) -> PyError {
        osError(errno, filename: filename)
    }

    private func fileDescriptor(_ v: Value) throws(PyError) -> Int32 {
        let n = try cInteger(v)
        guard let fd = Int32(exactly: n) else {
            throw overflowError(n < 0 ? "fd is less than minimum" : "fd is greater than maximum")
        }
        return fd
    }

    private func modeArgument(_ v: Value?, default d: Int) throws(PyError) -> mode_t {
        guard let v else { return mode_t(d) }
        let n = try cInteger(v)
        guard let m = mode_t(exactly: n) else { throw overflowError("mode out of range") }
        return m
    }

    /// `os.environ`'s source: the process environment as a str -> str dict, in the C library's order.
    private func currentEnvironment() -> PyDict {
        let d = PyDict()
        var p: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
        while let cursor = p, let entryPointer = cursor.pointee {
            let entry = String(cString: entryPointer)
            if let eq = entry.firstIndex(of: "=") {
                let key = String(entry[..<eq])
                let value = String(entry[entry.index(after: eq)...])
                do throws(PyError) { try d.set(Value(key), Value(value), vm: self) } catch {}
            }
            p = cursor.successor()
        }
        return d
    }

    private func installPosixConstants(_ m: PyModule) {
        let constants: [(String, Int)] = [
            ("F_OK", Int(F_OK)), ("R_OK", Int(R_OK)), ("W_OK", Int(W_OK)), ("X_OK", Int(X_OK)),
            ("O_RDONLY", Int(O_RDONLY)), ("O_WRONLY", Int(O_WRONLY)), ("O_RDWR", Int(O_RDWR)),
            ("O_APPEND", Int(O_APPEND)), ("O_CREAT", Int(O_CREAT)), ("O_EXCL", Int(O_EXCL)),
            ("O_TRUNC", Int(O_TRUNC)), ("O_NONBLOCK", Int(O_NONBLOCK)), ("O_CLOEXEC", Int(O_CLOEXEC)),
            ("O_NOFOLLOW", Int(O_NOFOLLOW)), ("O_DIRECTORY", Int(O_DIRECTORY)),
            ("SEEK_SET", Int(SEEK_SET)), ("SEEK_CUR", Int(SEEK_CUR)), ("SEEK_END", Int(SEEK_END)),
            ("WNOHANG", Int(WNOHANG)), ("WUNTRACED", Int(WUNTRACED)),
            ("EX_OK", 0),
        ]
        for (name, value) in constants { m.namespace.setString(intern(name), .int(value)) }
    }

    // MARK: stat

    private static let statFields = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                                     "st_atime", "st_mtime", "st_ctime"]

    private func makeStatResultType() -> PyType {
        let t = PyType(name: "stat_result", qualname: "stat_result", bases: [types.tuple], metaclass: nil,
                       isHeapType: false, instanceKind: .tuple)
        t.mro = [t, types.tuple, types.object]
        t.isBaseType = false
        t.setAttribute("__module__", Value("os"))
        t.setAttribute("n_sequence_fields", .int(10))
        for (i, field) in Self.statFields.enumerated() where i < 7 {
            t.defineProperty(field) { (vm, v) throws(PyError) -> Value in
                guard let items = (v.asObject as? PyTuple)?.items, i < items.count else { return .none }
                return items[i]
            }
        }
        t.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard let items = (args.first?.asObject as? PyTuple)?.items else { return Value("os.stat_result()") }
            var parts: [String] = []
            for (i, field) in Self.statFields.enumerated() where i < items.count {
                parts.append("\(field)=\(try vm.repr(items[i]))")
            }
            return Value("os.stat_result(" + parts.joined(separator: ", ") + ")")
        }
        return t
    }

    private func statResult(_ type: PyType, _ st: Glibc.stat) -> Value {
        let times = [st.st_atim, st.st_mtim, st.st_ctim]
        var items: [Value] = [.int(Int(st.st_mode)), .int(Int(st.st_ino)), .int(Int(st.st_dev)),
                              .int(Int(st.st_nlink)), .int(Int(st.st_uid)), .int(Int(st.st_gid)),
                              .int(Int(st.st_size))]
        items += times.map { .int($0.tv_sec) }
        let result = PyTuple(ContiguousArray(items), cls: type)
        let extra = PyDict()
        for (name, ts) in zip(["st_atime", "st_mtime", "st_ctime"], times) {
            extra.setString(intern(name), .float(Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9))
            extra.setString(intern(name + "_ns"), .integer(BigInt(ts.tv_sec) * 1_000_000_000 + BigInt(ts.tv_nsec)))
        }
        extra.setString(intern("st_blksize"), .int(Int(st.st_blksize)))
        extra.setString(intern("st_blocks"), .int(Int(st.st_blocks)))
        extra.setString(intern("st_rdev"), .int(Int(st.st_rdev)))
        result.dict = extra
        return .object(result)
    }

    // MARK: Paths and directories

    private func installPathFunctions(_ m: PyModule, _ statType: PyType) {
        for (name, followByDefault) in [("stat", true), ("lstat", false)] {
            defineFunction(in: m, name) { (vm, args, kw) throws(PyError) -> Value in
                let slots = try vm.bindNative(name, args, kw, parameters: ["path", "dir_fd", "follow_symlinks"], required: 1)
                let follow = try slots[2].map { v throws(PyError) in try vm.isTrue(v) } ?? followByDefault
                var st = Glibc.stat()
                if case .int(let fd) = slots[0] ?? .none {
                    guard let cfd = Int32(exactly: fd), fstat(cfd, &st) == 0 else { throw vm.posixFailure() }
                    return vm.statResult(statType, st)
                }
                let p = try vm.pathArgument(slots[0] ?? .none, name,
                                            allowed: "string, bytes, os.PathLike or integer")
                let r = fstatat(AT_FDCWD, p.path, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW)
                if r != 0 { throw vm.posixFailure(p.original) }
                return vm.statResult(statType, st)
            }
        }
        defineFunction(in: m, "getcwd") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("getcwd", args, kw, min: 0, max: 0)
            return Value(try vm.workingDirectory())
        }
        defineFunction(in: m, "getcwdb") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("getcwdb", args, kw, min: 0, max: 0)
            return .object(PyBytes(Array(try vm.workingDirectory().utf8)))
        }
        defineFunction(in: m, "chdir") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("chdir", args, kw, parameters: ["path"], required: 1)
            let p = try vm.pathArgument(slots[0] ?? .none, "chdir")
            if Glibc.chdir(p.path) != 0 { throw vm.posixFailure(p.original) }
            return .none
        }
        defineFunction(in: m, "listdir") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("listdir", args, kw, parameters: ["path"])
            var p = PathArgument(path: ".", isBytes: false, original: Value("."))
            if let v = slots[0], !v.isNone {
                p = try vm.pathArgument(v, "listdir", allowed: "string, bytes, os.PathLike, integer or None")
            }
            guard let dir = opendir(p.path) else { throw vm.posixFailure(p.original) }
            defer { closedir(dir) }
            var names: ContiguousArray<Value> = []
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: &entry.pointee.d_name) { ptr in
                    String(cString: UnsafeRawPointer(ptr).assumingMemoryBound(to: CChar.self))
                }
                if name == "." || name == ".." { continue }
                names.append(vm.pathResult(name, bytes: p.isBytes))
            }
            return .object(PyList(names))
        }
        defineFunction(in: m, "mkdir") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("mkdir", args, kw, parameters: ["path", "mode", "dir_fd"], required: 1)
            let p = try vm.pathArgument(slots[0] ?? .none, "mkdir")
            if Glibc.mkdir(p.path, try vm.modeArgument(slots[1], default: 0o777)) != 0 { throw vm.posixFailure(p.original) }
            return .none
        }
        let simple: [(String, (String) -> Int32)] = [
            ("rmdir", { Glibc.rmdir($0) }), ("unlink", { Glibc.unlink($0) }), ("remove", { Glibc.unlink($0) }),
        ]
        for (name, call) in simple {
            defineFunction(in: m, name) { (vm, args, kw) throws(PyError) -> Value in
                let slots = try vm.bindNative(name, args, kw, parameters: ["path", "dir_fd"], required: 1)
                let p = try vm.pathArgument(slots[0] ?? .none, name)
                if call(p.path) != 0 { throw vm.posixFailure(p.original) }
                return .none
            }
        }
        for name in ["rename", "replace"] {
            defineFunction(in: m, name) { (vm, args, kw) throws(PyError) -> Value in
                let slots = try vm.bindNative(name, args, kw, parameters: ["src", "dst", "src_dir_fd", "dst_dir_fd"], required: 2)
                let src = try vm.pathArgument(slots[0] ?? .none, name, "src")
                let dst = try vm.pathArgument(slots[1] ?? .none, name, "dst")
                if Glibc.rename(src.path, dst.path) != 0 { throw vm.twoPathFailure(src.original, dst.original) }
                return .none
            }
        }
        defineFunction(in: m, "symlink") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("symlink", args, kw, parameters: ["src", "dst", "target_is_directory", "dir_fd"], required: 2)
            let src = try vm.pathArgument(slots[0] ?? .none, "symlink", "src")
            let dst = try vm.pathArgument(slots[1] ?? .none, "symlink", "dst")
            if Glibc.symlink(src.path, dst.path) != 0 { throw vm.twoPathFailure(src.original, dst.original) }
            return .none
        }
        defineFunction(in: m, "link") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("link", args, kw, parameters: ["src", "dst"], required: 2)
            let src = try vm.pathArgument(slots[0] ?? .none, "link", "src")
            let dst = try vm.pathArgument(slots[1] ?? .none, "link", "dst")
            if Glibc.link(src.path, dst.path) != 0 { throw vm.twoPathFailure(src.original, dst.original) }
            return .none
        }
        defineFunction(in: m, "readlink") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("readlink", args, kw, parameters: ["path", "dir_fd"], required: 1)
            let p = try vm.pathArgument(slots[0] ?? .none, "readlink")
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = Glibc.readlink(p.path, &buffer, Int(PATH_MAX))
            if n < 0 { throw vm.posixFailure(p.original) }
            let bytes = buffer[0..<n].map { UInt8(bitPattern: $0) }
            return p.isBytes ? .object(PyBytes(bytes)) : Value(String(decoding: bytes, as: UTF8.self))
        }
        defineFunction(in: m, "access") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("access", args, kw, parameters: ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], required: 2)
            let p = try vm.pathArgument(slots[0] ?? .none, "access", allowed: "string, bytes, os.PathLike or integer")
            let mode = try vm.cInteger(slots[1] ?? .none)
            return .bool(Glibc.access(p.path, Int32(truncatingIfNeeded: mode)) == 0)
        }
        defineFunction(in: m, "chmod") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("chmod", args, kw, parameters: ["path", "mode", "dir_fd", "follow_symlinks"], required: 2)
            let p = try vm.pathArgument(slots[0] ?? .none, "chmod", allowed: "string, bytes, os.PathLike or integer")
            if Glibc.chmod(p.path, try vm.modeArgument(slots[1], default: 0)) != 0 { throw vm.posixFailure(p.original) }
            return .none
        }
        defineFunction(in: m, "utime") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("utime", args, kw, parameters: ["path", "times", "ns", "dir_fd", "follow_symlinks"], required: 1)
            let p = try vm.pathArgument(slots[0] ?? .none, "utime", allowed: "string, bytes, os.PathLike or integer")
            let utimeNow = (1 << 30) - 1
            var stamps = [timespec(tv_sec: 0, tv_nsec: utimeNow), timespec(tv_sec: 0, tv_nsec: utimeNow)]
            if let times = slots[1], !times.isNone {
                guard let t = times.asObject as? PyTuple, t.items.count == 2 else {
                    throw vm.typeError("utime: 'times' must be either a tuple of two ints or None")
                }
                for i in 0..<2 {
                    let d = try vm.doubleArgument(t.items[i])
                    guard d.isFinite, Swift.abs(d) < 0x1p62 else {
                        throw vm.overflowError("timestamp out of range for platform time_t")
                    }
                    let whole = d.rounded(.down)
                    stamps[i] = timespec(tv_sec: Int(whole), tv_nsec: Int((d - whole) * 1e9))
                }
            } else if let ns = slots[2], !ns.isNone {
                guard let t = ns.asObject as? PyTuple, t.items.count == 2 else {
                    throw vm.typeError("utime: 'ns' must be a tuple of two ints")
                }
                for i in 0..<2 {
                    let n = try vm.cInteger(t.items[i])
                    stamps[i] = timespec(tv_sec: n / 1_000_000_000, tv_nsec: n % 1_000_000_000)
                }
            }
            if utimensat(AT_FDCWD, p.path, &stamps, 0) != 0 { throw vm.posixFailure(p.original) }
            return .none
        }
        defineFunction(in: m, "truncate") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("truncate", args, kw, parameters: ["path", "length"], required: 2)
            let p = try vm.pathArgument(slots[0] ?? .none, "truncate", allowed: "string, bytes, os.PathLike or integer")
            if Glibc.truncate(p.path, off_t(try vm.cInteger(slots[1] ?? .none))) != 0 { throw vm.posixFailure(p.original) }
            return .none
        }
    }

    func workingDirectory() throws(PyError) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { throw posixFailure() }
        return String(cString: buffer)
    }

    /// Failures naming two files read `[Errno 2] No such file or directory: 'a' -> 'b'`.
    func twoPathFailure(_ src: Value, _ dst: Value) -> PyError {
        let code = errno
        let base = osError(code, filename: src)
        let e = base.exception
        if e.dict == nil { e.dict = PyDict() }
        e.dict?.setString(intern("filename2"), dst)
        e.args = PyTuple([.int(Int(code)), Value(String(cString: strerror(code))), src, .none, dst])
        return base
    }

    // MARK: File descriptors

    private func installDescriptorFunctions(_ m: PyModule, _ statType: PyType) {
        defineFunction(in: m, "open") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("open", args, kw, parameters: ["path", "flags", "mode", "dir_fd"], required: 2)
            let p = try vm.pathArgument(slots[0] ?? .none, "open")
            let flags = Int32(truncatingIfNeeded: try vm.cInteger(slots[1] ?? .none)) | O_CLOEXEC
            let fd = Glibc.open(p.path, flags, try vm.modeArgument(slots[2], default: 0o777))
            if fd < 0 { throw vm.posixFailure(p.original) }
            return .int(Int(fd))
        }
        defineFunction(in: m, "read") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("read", args, kw, min: 2, max: 2)
            let fd = try vm.fileDescriptor(args[0])
            let n = try vm.cInteger(args[1])
            if n < 0 { throw vm.error(vm.exceptions.OSError, "[Errno 22] Invalid argument") }
            // A huge request is legal (read may return less): size the buffer by what a regular
            // file can still give instead of allocating the request.
            var size = n
            if size > 1 << 26 {
                var st = Glibc.stat()
                let offset = Int(Glibc.lseek(fd, 0, SEEK_CUR))
                if fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, offset >= 0 {
                    size = min(n, max(Int(st.st_size) - offset, 0) + 1)
                } else {
                    size = 1 << 26
                }
            }
            var buffer = [UInt8](repeating: 0, count: size)
            var got = -1
            repeat { got = Glibc.read(fd, &buffer, size) } while got < 0 && errno == EINTR
            if got < 0 { throw vm.posixFailure() }
            return .object(PyBytes(Array(buffer[0..<got])))
        }
        defineFunction(in: m, "write") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("write", args, kw, min: 2, max: 2)
            let fd = try vm.fileDescriptor(args[0])
            guard let data = vm.bytesLike(args[1]) else {
                throw vm.typeError("a bytes-like object is required, not '\(vm.typeName(args[1]))'")
            }
            var written = -1
            repeat { written = Glibc.write(fd, data, data.count) } while written < 0 && errno == EINTR
            if written < 0 { throw vm.posixFailure() }
            return .int(written)
        }
        defineFunction(in: m, "close") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("close", args, kw, parameters: ["fd"], required: 1)
            if Glibc.close(try vm.fileDescriptor(slots[0] ?? .none)) != 0 { throw vm.posixFailure() }
            return .none
        }
        defineFunction(in: m, "fstat") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("fstat", args, kw, parameters: ["fd"], required: 1)
            var st = Glibc.stat()
            if fstat(try vm.fileDescriptor(slots[0] ?? .none), &st) != 0 { throw vm.posixFailure() }
            return vm.statResult(statType, st)
        }
        defineFunction(in: m, "lseek") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("lseek", args, kw, min: 3, max: 3)
            let r = Glibc.lseek(try vm.fileDescriptor(args[0]), off_t(try vm.cInteger(args[1])),
                                Int32(truncatingIfNeeded: try vm.cInteger(args[2])))
            if r < 0 { throw vm.posixFailure() }
            return .int(Int(r))
        }
        defineFunction(in: m, "ftruncate") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("ftruncate", args, kw, min: 2, max: 2)
            if Glibc.ftruncate(try vm.fileDescriptor(args[0]), off_t(try vm.cInteger(args[1]))) != 0 { throw vm.posixFailure() }
            return .none
        }
        defineFunction(in: m, "fsync") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("fsync", args, kw, min: 1, max: 1)
            if Glibc.fsync(try vm.fileDescriptor(args[0])) != 0 { throw vm.posixFailure() }
            return .none
        }
        defineFunction(in: m, "dup") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("dup", args, kw, min: 1, max: 1)
            let fd = fcntl(try vm.fileDescriptor(args[0]), F_DUPFD_CLOEXEC, 0)
            if fd < 0 { throw vm.posixFailure() }
            return .int(Int(fd))
        }
        defineFunction(in: m, "dup2") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("dup2", args, kw, parameters: ["fd", "fd2", "inheritable"], required: 2)
            let fd = Glibc.dup2(try vm.fileDescriptor(slots[0] ?? .none), try vm.fileDescriptor(slots[1] ?? .none))
            if fd < 0 { throw vm.posixFailure() }
            return .int(Int(fd))
        }
        defineFunction(in: m, "pipe") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("pipe", args, kw, min: 0, max: 0)
            var fds: [Int32] = [0, 0]
            if Glibc.pipe(&fds) != 0 { throw vm.posixFailure() }
            for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            return .object(PyTuple([.int(Int(fds[0])), .int(Int(fds[1]))]))
        }
        defineFunction(in: m, "isatty") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("isatty", args, kw, min: 1, max: 1)
            return .bool(Glibc.isatty(try vm.fileDescriptor(args[0])) == 1)
        }
        defineFunction(in: m, "urandom") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("urandom", args, kw, min: 1, max: 1)
            let n = try vm.cInteger(args[0])
            if n < 0 { throw vm.valueError("negative argument not allowed") }
            if n > 1 << 32 { throw vm.error(vm.exceptions.MemoryError, "") }
            var generator = SystemRandomNumberGenerator()
            var bytes = [UInt8](repeating: 0, count: n)
            for i in 0..<n { bytes[i] = UInt8.random(in: 0...255, using: &generator) }
            return .object(PyBytes(bytes))
        }
        defineFunction(in: m, "strerror") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("strerror", args, kw, min: 1, max: 1)
            let n = try vm.cInteger(args[0])
            guard let code = Int32(exactly: n) else { throw vm.overflowError("signed integer is greater than maximum") }
            return Value(String(cString: Glibc.strerror(code)))
        }
        defineFunction(in: m, "get_terminal_size") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("get_terminal_size", args, kw, min: 0, max: 1)
            let fd = try args.first.map { v throws(PyError) in try vm.fileDescriptor(v) } ?? 1
            var size = winsize()
            if ioctl(fd, UInt(TIOCGWINSZ), &size) != 0 { throw vm.posixFailure() }
            return .object(vm.terminalSize(Int(size.ws_col), Int(size.ws_row)))
        }
    }

    func terminalSize(_ columns: Int, _ lines: Int) -> PyTuple {
        makeStructSequence("os.terminal_size", [("columns", .int(columns)), ("lines", .int(lines))])
    }

    // MARK: Process information

    private func installProcessInformation(_ m: PyModule) {
        let ids: [(String, () -> Int)] = [
            ("getpid", { Int(getpid()) }), ("getppid", { Int(getppid()) }), ("getuid", { Int(getuid()) }),
            ("geteuid", { Int(geteuid()) }), ("getgid", { Int(getgid()) }), ("getegid", { Int(getegid()) }),
            ("cpu_count", { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }),
        ]
        for (name, value) in ids {
            defineFunction(in: m, name) { (vm, args, kw) throws(PyError) -> Value in
                try vm.checkArgumentCount(name, args, kw, min: 0, max: 0)
                return .int(value())
            }
        }
        defineFunction(in: m, "umask") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("umask", args, kw, min: 1, max: 1)
            return .int(Int(Glibc.umask(try vm.modeArgument(args[0], default: 0))))
        }
        defineFunction(in: m, "putenv") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("putenv", args, kw, min: 2, max: 2)
            let key = try vm.pathArgument(args[0], "putenv", "name")
            let value = try vm.pathArgument(args[1], "putenv", "value")
            if key.path.isEmpty || key.path.contains("=") { throw vm.valueError("illegal environment variable name") }
            if setenv(key.path, value.path, 1) != 0 { throw vm.posixFailure() }
            return .none
        }
        defineFunction(in: m, "unsetenv") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("unsetenv", args, kw, min: 1, max: 1)
            let key = try vm.pathArgument(args[0], "unsetenv", "name")
            if key.path.isEmpty || key.path.contains("=") { throw vm.valueError("illegal environment variable name") }
            if Glibc.unsetenv(key.path) != 0 { throw vm.posixFailure() }
            return .none
        }
        defineFunction(in: m, "uname") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("uname", args, kw, min: 0, max: 0)
            var u = utsname()
            if Glibc.uname(&u) != 0 { throw vm.posixFailure() }
            func field<T>(_ value: inout T) -> Value {
                withUnsafePointer(to: &value) { ptr in
                    Value(String(cString: UnsafeRawPointer(ptr).assumingMemoryBound(to: CChar.self)))
                }
            }
            return .object(vm.makeStructSequence("posix.uname_result", [
                ("sysname", field(&u.sysname)), ("nodename", field(&u.nodename)), ("release", field(&u.release)),
                ("version", field(&u.version)), ("machine", field(&u.machine)),
            ]))
        }
    }
}
