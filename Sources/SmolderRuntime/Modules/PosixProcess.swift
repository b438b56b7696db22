import Foundation
import Glibc

/// The process half of `posix`: signals to other processes, waiting, and the two primitives
/// `subprocess` is written on: `_spawn` (posix_spawn with redirected standard streams) and
/// `_communicate` (feeding and draining pipes together, so neither side blocks the other).
extension Interpreter {
    func installProcessControl(_ m: PyModule) {
        defineFunction(in: m, "kill") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("kill", args, kw, min: 2, max: 2)
            guard let pid = Int32(exactly: try vm.cInteger(args[0])), let sig = Int32(exactly: try vm.cInteger(args[1])) else {
                throw vm.overflowError("signed integer is greater than maximum")
            }
            if Glibc.kill(pid, sig) != 0 { throw vm.posixFailure() }
            return .none
        }
        defineFunction(in: m, "_exit") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("_exit", args, kw, min: 1, max: 1)
            Glibc._exit(Int32(truncatingIfNeeded: try vm.cInteger(args[0])))
        }
        defineFunction(in: m, "waitpid") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("waitpid", args, kw, min: 2, max: 2)
            guard let pid = Int32(exactly: try vm.cInteger(args[0])) else { throw vm.overflowError("pid out of range") }
            let options = Int32(truncatingIfNeeded: try vm.cInteger(args[1]))
            var status: Int32 = 0
            var r: pid_t = -1
            repeat { r = Glibc.waitpid(pid, &status, options) } while r < 0 && errno == EINTR
            if r < 0 { throw vm.posixFailure() }
            return .object(PyTuple([.int(Int(r)), .int(Int(status))]))
        }
        let statusTests: [(String, (Int) -> Value)] = [
            ("WIFEXITED", { .bool($0 & 0x7f == 0) }),
            ("WEXITSTATUS", { .int(($0 >> 8) & 0xff) }),
            ("WIFSIGNALED", { .bool($0 & 0x7f != 0 && $0 & 0x7f != 0x7f) }),
            ("WTERMSIG", { .int($0 & 0x7f) }),
            ("WIFSTOPPED", { .bool($0 & 0xff == 0x7f) }),
            ("WSTOPSIG", { .int(($0 >> 8) & 0xff) }),
        ]
        for (name, test) in statusTests {
            defineFunction(in: m, name) { (vm, args, kw) throws(PyError) -> Value in
                let slots = try vm.bindNative(name, args, kw, parameters: ["status"], required: 1)
                return test(try vm.cInteger(slots[0] ?? .none))
            }
        }
        defineFunction(in: m, "waitstatus_to_exitcode") { (vm, args, kw) throws(PyError) -> Value in
            let slots = try vm.bindNative("waitstatus_to_exitcode", args, kw, parameters: ["status"], required: 1)
            let status = try vm.cInteger(slots[0] ?? .none)
            if status & 0x7f == 0 { return .int((status >> 8) & 0xff) }
            if status & 0x7f != 0x7f { return .int(-(status & 0x7f)) }
            throw vm.valueError("invalid wait status: \(status)")
        }
        defineFunction(in: m, "_spawn") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("_spawn", args, kw, min: 6, max: 6)
            return .int(Int(try vm.spawnProcess(args)))
        }
        defineFunction(in: m, "_communicate") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("_communicate", args, kw, min: 4, max: 5)
            return try vm.communicate(args)
        }
    }

    /// `_spawn(argv, env, cwd, stdin_fd, stdout_fd, stderr_fd)`: argv a list of paths, env None or a
    /// list of "KEY=VALUE", cwd None or a path, each fd -1 to inherit. Returns the child's pid.
    private func spawnProcess(_ args: [Value]) throws(PyError) -> pid_t {
        var argv: [String] = []
        for v in try collect(args[0]) { argv.append(try pathArgument(v, "execve", "args").path) }
        guard let program = argv.first, !program.isEmpty else { throw valueError("execve: argv first element cannot be empty") }
        var environment: [String]? = nil
        if !args[1].isNone {
            environment = []
            for v in try collect(args[1]) { environment?.append(try pathArgument(v, "execve", "env").path) }
        }
        var directory: PathArgument? = nil
        if !args[2].isNone { directory = try pathArgument(args[2], "chdir") }
        let fds = [try cInteger(args[3]), try cInteger(args[4]), try cInteger(args[5])]

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (target, source) in fds.enumerated() where source >= 0 {
            guard let s = Int32(exactly: source) else { continue }
            if s == Int32(target) {
                // dup2 onto itself would keep close-on-exec; go through a spare descriptor instead.
                posix_spawn_file_actions_adddup2(&actions, s, 1000 + Int32(target))
                posix_spawn_file_actions_adddup2(&actions, 1000 + Int32(target), Int32(target))
                posix_spawn_file_actions_addclose(&actions, 1000 + Int32(target))
            } else {
                posix_spawn_file_actions_adddup2(&actions, s, Int32(target))
            }
        }
        if let directory {
            var st = Glibc.stat()
            if fstatat(AT_FDCWD, directory.path, &st, 0) != 0 { throw posixFailure(directory.original) }
            if st.st_mode & S_IFMT != S_IFDIR { throw osError(ENOTDIR, filename: directory.original) }
        }
        // glibc's posix_spawn_file_actions_addchdir_np is not visible to Swift: the child inherits
        // the directory instead, so move there for the spawn only (the interpreter is single-threaded).
        let savedDirectory = directory == nil ? nil : try workingDirectory()
        if let directory, Glibc.chdir(directory.path) != 0 { throw posixFailure(directory.original) }
        defer { if let savedDirectory { _ = Glibc.chdir(savedDirectory) } }
        let cArgv = argv.map { strdup($0) } + [nil]
        defer { for p in cArgv { free(p) } }
        var cEnv: [UnsafeMutablePointer<CChar>?] = []
        if let environment { cEnv = environment.map { strdup($0) } + [nil] }
        defer { for p in cEnv { free(p) } }
        var pid: pid_t = 0
        let code = cEnv.withUnsafeMutableBufferPointer { envBuffer -> Int32 in
            let chosen: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environment == nil ? environ : envBuffer.baseAddress
            guard let envp = chosen else { return EINVAL }
            return cArgv.withUnsafeBufferPointer { argvBuffer -> Int32 in
                guard let base = argvBuffer.baseAddress else { return EINVAL }
                let argvp = UnsafeMutablePointer(mutating: base)
                if program.contains("/") {
                    return posix_spawn(&pid, program, &actions, nil, argvp, envp)
                }
                return posix_spawnp(&pid, program, &actions, nil, argvp, envp)
            }
        }
        if code != 0 { throw osError(code, filename: Value(program)) }
        return pid
    }

    /// `_communicate(stdin_fd, input, stdout_fd, stderr_fd[, timeout])`: writes `input` (bytes or
    /// None) to stdin_fd while reading stdout_fd and stderr_fd to end of file; every fd given (not
    /// -1) is closed. Returns (stdout bytes or None, stderr bytes or None, timed out).
    private func communicate(_ args: [Value]) throws(PyError) -> Value {
        var input: [UInt8] = []
        if !args[1].isNone {
            guard let b = bytesLike(args[1]) else {
                throw typeError("memoryview: a bytes-like object is required, not '\(typeName(args[1]))'")
            }
            input = b
        }
        var inFd = Int32(truncatingIfNeeded: try cInteger(args[0]))
        let outFd = Int32(truncatingIfNeeded: try cInteger(args[2]))
        let errFd = Int32(truncatingIfNeeded: try cInteger(args[3]))
        var out: [UInt8] = [], err: [UInt8] = []
        var open: [Int32] = [outFd, errFd].filter { $0 >= 0 }
        var written = 0
        var deadline: Double? = nil
        if args.count > 4, !args[4].isNone {
            deadline = Self.monotonicSeconds() + (try doubleArgument(args[4]))
        }
        var timedOut = false
        let previousPipeHandler = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previousPipeHandler) }
        if inFd >= 0 && input.isEmpty { Glibc.close(inFd); inFd = -1 }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while inFd >= 0 || !open.isEmpty {
            var polls = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if inFd >= 0 { polls.append(pollfd(fd: inFd, events: Int16(POLLOUT), revents: 0)) }
            var waitMilliseconds: Int32 = -1
            if let deadline {
                let remaining = deadline - Self.monotonicSeconds()
                if remaining <= 0 { timedOut = true; break }
                waitMilliseconds = Int32(min(remaining * 1000, 1e9).rounded(.up))
            }
            let r = poll(&polls, nfds_t(polls.count), waitMilliseconds)
            if r < 0 {
                if errno == EINTR { continue }
                throw posixFailure()
            }
            for p in polls where p.revents != 0 {
                if p.fd == inFd {
                    let n = input[written...].withUnsafeBufferPointer { Glibc.write(inFd, $0.baseAddress, min($0.count, 65536)) }
                    if n > 0 { written += n }
                    if n < 0 && errno == EINTR { continue }
                    if n < 0 || written >= input.count { Glibc.close(inFd); inFd = -1 }
                    continue
                }
                let n = Glibc.read(p.fd, &chunk, chunk.count)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    Glibc.close(p.fd)
                    open.removeAll { $0 == p.fd }
                } else if p.fd == outFd {
                    out += chunk[0..<n]
                } else {
                    err += chunk[0..<n]
                }
            }
        }
        if timedOut {
            for fd in open { Glibc.close(fd) }
            if inFd >= 0 { Glibc.close(inFd) }
        }
        return .object(PyTuple([outFd >= 0 ? .object(PyBytes(out)) : .none, errFd >= 0 ? .object(PyBytes(err)) : .none,
                                .bool(timedOut)]))
    }

    private static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }
}
