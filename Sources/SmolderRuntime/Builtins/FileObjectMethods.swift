import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The methods of file objects: reading, writing, positioning, closing, iteration by line and the
/// context-manager protocol.
extension Interpreter {
    /// `self` of a file method.
    private func fileSelf(_ args: [Value], _ method: String, _ type: PyType) throws(PyError) -> PyFile {
        guard case .object(let o)? = args.first, let f = o as? PyFile else {
            throw typeError("descriptor '\(method)' for '_io.\(type.name)' objects doesn't apply to a '\(typeName(args.first ?? .none))' object")
        }
        return f
    }

    private func checkOpen(_ f: PyFile, _ message: String = "I/O operation on closed file.") throws(PyError) {
        if f.closed { throw valueError(message) }
    }

    /// `size` arguments of read/readline/readlines: an int, or None for "all".
    private func sizeArgument(_ args: [Value]) throws(PyError) -> Int {
        guard args.count > 1, !args[1].isNone else { return -1 }
        if bigInt(args[1]) == nil && typeOf(args[1]).lookupSpecial(names.dIndex) == nil {
            throw typeError("argument should be integer or None, not '\(typeName(args[1]))'")
        }
        return try index(args[1])
    }

    func installFileMethods(_ type: PyType, _ fileTypes: FileTypes) {
        func unsupported(_ message: String) -> PyError { error(fileTypes.unsupported, message) }
        /// The file and its size argument, after the checks CPython makes first (open, argument
        /// type, readable). Text `readline` takes no None.
        func readableFile(_ vm: Interpreter, _ args: [Value], _ method: String, max: Int) throws(PyError) -> (PyFile, Int) {
            let f = try vm.fileSelf(args, method, type)
            if args.count - 1 > max { try vm.checkArgumentCount(method, Array(args.dropFirst()), nil, min: 0, max: max) }
            try vm.checkOpen(f, f.binary ? "\(method) of closed file" : "I/O operation on closed file.")
            var size = -1
            if !f.binary && method == "readline" && args.count > 1 {
                size = try vm.index(args[1])
            } else {
                size = try vm.sizeArgument(args)
            }
            if !f.readable { throw unsupported(f.binary ? method : "not readable") }
            return (f, size)
        }
        func writeValue(_ vm: Interpreter, _ f: PyFile, _ v: Value) throws(PyError) -> Int {
            try vm.checkOpen(f, f.binary ? "write to closed file" : "I/O operation on closed file.")
            if !f.writable { throw unsupported(f.binary ? "write" : "not writable") }
            if f.binary {
                guard case .object(let o) = v, let b = o as? PyBytes else {
                    throw vm.typeError("a bytes-like object is required, not '\(vm.typeName(v))'")
                }
                try f.write(bytes: b.bytes, vm)
                return b.bytes.count
            }
            guard case .object(let o) = v, o.kind == .str else {
                throw vm.typeError("write() argument must be str, not \(vm.typeName(v))")
            }
            let s = unsafeDowncast(o, to: PyStr.self)
            if f.encoding == .utf8 && (f.newlineMode != .cr && f.newlineMode != .crlf) {
                // The common case needs no transcoding: append the UTF-8 directly.
                try f.write(utf8: s.value, vm)
            } else {
                try f.write(bytes: try f.encodeText(s, vm), vm)
            }
            if f.lineBuffering && (s.value.utf8.contains(10) || s.value.utf8.contains(13)) { try f.flushWrites(vm) }
            return s.count
        }
        func readLine(_ vm: Interpreter, _ f: PyFile, _ limit: Int) throws(PyError) -> Value {
            if f.binary { return .object(PyBytes(try f.readLineBytes(limit, vm))) }
            return Value(try f.readLineText(limit, vm))
        }
        func isEmpty(_ v: Value) -> Bool {
            if case .object(let o) = v {
                if let s = o as? PyStr { return s.count == 0 }
                if let b = o as? PyBytes { return b.bytes.isEmpty }
            }
            return false
        }

        type.define("read") { (vm, args, _) throws(PyError) -> Value in
            let (f, n) = try readableFile(vm, args, "read", max: 1)
            if f.binary { return .object(PyBytes(try f.readBytes(n, vm))) }
            return Value(try f.readText(n, vm))
        }
        type.define("readline") { (vm, args, _) throws(PyError) -> Value in
            let (f, limit) = try readableFile(vm, args, "readline", max: 1)
            return try readLine(vm, f, limit)
        }
        type.define("readlines") { (vm, args, _) throws(PyError) -> Value in
            let (f, hint) = try readableFile(vm, args, "readlines", max: 1)
            var lines: [Value] = []
            var total = 0
            while true {
                let line = try readLine(vm, f, -1)
                if isEmpty(line) { break }
                lines.append(line)
                total += (line.asObject as? PyStr)?.count ?? (line.asObject as? PyBytes)?.bytes.count ?? 0
                if hint > 0 && total >= hint { break }
            }
            return .object(PyList(lines))
        }
        type.define("__iter__") { (vm, args, _) throws(PyError) -> Value in
            let f = try vm.fileSelf(args, "__iter__", type)
            try vm.checkOpen(f)
            return args[0]
        }
        type.define("__next__") { (vm, args, _) throws(PyError) -> Value in
            let (f, _) = try readableFile(vm, args, "readline", max: 0)
            let line = try readLine(vm, f, -1)
            if isEmpty(line) { throw vm.stopIteration() }
            return line
        }
        type.define("write") { (vm, args, _) throws(PyError) -> Value in
            let f = try vm.fileSelf(args, "write", type)
            if args.count != 2 { try vm.checkArgumentCount("write", Array(args.dropFirst()), nil, min: 1, max: 1) }
            return .int(try writeValue(vm, f, args[1]))
        }
        type.define("writelines") { (vm, args, _) throws(PyError) -> Value in
            let f = try vm.fileSelf(args, "writelines", type)
            try vm.checkArgumentCount("writelines", Array(args.dropFirst()), nil, min: 1, max: 1)
            try vm.checkOpen(f)
            let it = try vm.iterate(args[1])
            while let line = try vm.next(it) { _ = try writeValue(vm, f, line) }
            return .none
        }
        type.define("flush") { (vm, args, _) throws(PyError) -> Value in
            let f = try vm.fileSelf(args, "flush", type)
            try vm.checkOpen(f)
            try f.flushWrites(vm)
            return .none
        }
        type.define("close") { (vm, args, _) throws(PyError) -> Value in
            try vm.fileSelf(args, "close", type).close(vm)
            return .none
        }
        type.define("tell") { (vm, args, _) throws(PyError) -> Value in
            let f = try vm.fileSelf(args, "tell", type)
            try vm.checkOpen(f, f.binary ? "I/O operation on closed file" : "I/O operation on closed file.")
            return .int(try f.tell(vm))
        }
        type.define("seek") { (vm, args, _) throws(PyError) -> Value in
            let f = try vm.fileSelf(args, "seek", type)
            try vm.checkArgumentCount("seek", Array(args.dropFirst()), nil, min: 1, max: 2)
            try vm.checkOpen(f, f.binary ? "seek of closed file" : "I/O operation on closed file.")
            let offset = try vm.index(args[1])
            let whence = args.count > 2 ? try vm.index(args[2]) : 0
            guard (0...2).contains(whence) else {
                throw vm.valueError(f.binary ? "whence value \(whence) unsupported" : "invalid whence (\(whence), should be 0, 1 or 2)")
            }
            if !f.binary {
                if whence == 1 && offset != 0 { throw unsupported("can't do nonzero cur-relative seeks") }
                if whence == 2 && offset != 0 { throw unsupported("can't do nonzero end-relative seeks") }
                if offset < 0 { throw vm.valueError("negative seek position \(offset)") }
            }
            let w: Int32 = whence == 0 ? SEEK_SET : (whence == 1 ? SEEK_CUR : SEEK_END)
            return .int(try f.seek(offset, whence: w, vm))
        }
        type.define("truncate") { (vm, args, _) throws(PyError) -> Value in
            let f = try vm.fileSelf(args, "truncate", type)
            try vm.checkArgumentCount("truncate", Array(args.dropFirst()), nil, min: 0, max: 1)
            try vm.checkOpen(f)
            if !f.writable { throw unsupported("truncate") }
            let position = try f.tell(vm)
            let size = args.count > 1 && !args[1].isNone ? try vm.index(args[1]) : position
            _ = try f.seek(position, whence: SEEK_SET, vm)
            if ftruncate(f.fd, off_t(size)) != 0 { throw vm.osError(errno) }
            return .int(size)
        }
        type.define("fileno") { (vm, args, _) throws(PyError) -> Value in
            let f = try vm.fileSelf(args, "fileno", type)
            try vm.checkOpen(f, "I/O operation on closed file")
            return .int(Int(f.fd))
        }
        type.define("isatty") { (vm, args, _) throws(PyError) -> Value in
            let f = try vm.fileSelf(args, "isatty", type)
            try vm.checkOpen(f, "I/O operation on closed file")
            return .bool(isatty(f.fd) != 0)
        }
        type.define("readable") { (vm, args, _) throws(PyError) -> Value in
            let f = try vm.fileSelf(args, "readable", type)
            try vm.checkOpen(f, "I/O operation on closed file")
            return .bool(f.readable)
        }
        type.define("writable") { (vm, args, _) throws(PyError) -> Value in
            let f = try vm.fileSelf(args, "writable", type)
            try vm.checkOpen(f, "I/O operation on closed file")
            return .bool(f.writable)
        }
        type.define("seekable") { (vm, args, _) throws(PyError) -> Value in
            let f = try vm.fileSelf(args, "seekable", type)
            try vm.checkOpen(f, "I/O operation on closed file")
            return .bool(lseek(f.fd, 0, SEEK_CUR) >= 0)
        }
        type.define("__enter__") { (vm, args, _) throws(PyError) -> Value in
            let f = try vm.fileSelf(args, "__enter__", type)
            try vm.checkOpen(f)
            return args[0]
        }
        type.define("__exit__") { (vm, args, _) throws(PyError) -> Value in
            try vm.fileSelf(args, "__exit__", type).close(vm)
            return .none
        }
        type.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            let f = try vm.fileSelf(args, "__repr__", type)
            let name = try vm.repr(f.name)
            if type === fileTypes.text {
                return Value("<_io.TextIOWrapper name=\(name) mode=\(try vm.repr(Value(f.mode))) encoding=\(try vm.repr(Value(f.encodingName)))>")
            }
            if type === fileTypes.raw {
                if f.closed { return Value("<_io.FileIO [closed]>") }
                return Value("<_io.FileIO name=\(name) mode='\(f.mode)' closefd=\(f.closefd ? "True" : "False")>")
            }
            return Value("<_io.\(type.name) name=\(name)>")
        }
        type.defineProperty("name") { (vm, v) throws(PyError) -> Value in (v.asObject as? PyFile)?.name ?? .none }
        type.defineProperty("mode") { (vm, v) throws(PyError) -> Value in Value((v.asObject as? PyFile)?.mode ?? "") }
        type.defineProperty("closed") { (vm, v) throws(PyError) -> Value in .bool((v.asObject as? PyFile)?.closed ?? true) }
        if type === fileTypes.raw {
            type.defineProperty("closefd") { (vm, v) throws(PyError) -> Value in .bool((v.asObject as? PyFile)?.closefd ?? true) }
        }
    }

    func installTextFileProperties(_ type: PyType) {
        type.defineProperty("encoding") { (vm, v) throws(PyError) -> Value in Value((v.asObject as? PyFile)?.encodingName ?? "utf-8") }
        type.defineProperty("errors") { (vm, v) throws(PyError) -> Value in Value((v.asObject as? PyFile)?.errors ?? "strict") }
        type.defineProperty("newlines") { (vm, v) throws(PyError) -> Value in .none }
        type.defineProperty("line_buffering") { (vm, v) throws(PyError) -> Value in .bool((v.asObject as? PyFile)?.lineBuffering ?? false) }
    }
}
