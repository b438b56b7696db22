import Glibc

/// Signals caught for Python handlers: the C handler only marks the signal pending (one flag per
/// signal, allocated before any handler is installed, so the handler never allocates) and sets the
/// interpreter's interrupt flag; the eval loop then calls `dispatchPendingSignals`, which runs the
/// Python handlers on the interpreter thread.
nonisolated(unsafe) let pendingSignalFlags: UnsafeMutablePointer<sig_atomic_t> = {
    let p = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: Int(signalCount))
    p.initialize(repeating: 0, count: Int(signalCount))
    return p
}()

/// Python handlers by signal number (nil: none installed from Python).
nonisolated(unsafe) var pythonSignalHandlers = [Value?](repeating: nil, count: Int(signalCount))

private let signalCount: Int32 = 65

private func markSignalPending(_ signal: Int32) {
    if signal > 0 && signal < signalCount {
        pendingSignalFlags[Int(signal)] = 1
    }
    pendingInterrupt |= 1  // interruptKeyboard; other bits (collection, weakref callbacks) stay
}

extension Interpreter {
    /// Runs the Python handlers of the signals that arrived; a bare interrupt (no signal flagged)
    /// is Ctrl-C as before.
    func dispatchPendingSignals() throws(PyError) {
        var handled = false
        for signal in 1..<Int(signalCount) where pendingSignalFlags[signal] != 0 {
            pendingSignalFlags[signal] = 0
            handled = true
            guard let handler = pythonSignalHandlers[signal] else {
                if signal == Int(SIGINT) { throw PyError(makeException(exceptions.KeyboardInterrupt, [])) }
                continue
            }
            _ = try call(handler, [.int(signal), .none])
        }
        if !handled { throw PyError(makeException(exceptions.KeyboardInterrupt, [])) }
    }

    func makeSignalModule() -> PyModule {
        let m = PyModule(name: "signal")
        _ = pendingSignalFlags[0]
        let names: [(String, Int32)] = [
            ("SIGHUP", SIGHUP), ("SIGINT", SIGINT), ("SIGQUIT", SIGQUIT), ("SIGILL", SIGILL), ("SIGTRAP", SIGTRAP),
            ("SIGABRT", SIGABRT), ("SIGIOT", SIGABRT), ("SIGBUS", SIGBUS), ("SIGFPE", SIGFPE), ("SIGKILL", SIGKILL),
            ("SIGUSR1", SIGUSR1), ("SIGSEGV", SIGSEGV), ("SIGUSR2", SIGUSR2), ("SIGPIPE", SIGPIPE),
            ("SIGALRM", SIGALRM), ("SIGTERM", SIGTERM), ("SIGSTKFLT", 16), ("SIGCHLD", SIGCHLD),
            ("SIGCONT", SIGCONT), ("SIGSTOP", SIGSTOP), ("SIGTSTP", SIGTSTP), ("SIGTTIN", SIGTTIN),
            ("SIGTTOU", SIGTTOU), ("SIGURG", SIGURG), ("SIGXCPU", SIGXCPU), ("SIGXFSZ", SIGXFSZ),
            ("SIGVTALRM", SIGVTALRM), ("SIGPROF", SIGPROF), ("SIGWINCH", SIGWINCH), ("SIGIO", SIGIO),
            ("SIGPOLL", SIGIO), ("SIGPWR", 30), ("SIGSYS", SIGSYS), ("SIGRTMIN", 34), ("SIGRTMAX", 64),
            ("NSIG", signalCount), ("SIG_DFL", 0), ("SIG_IGN", 1), ("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1),
            ("SIG_SETMASK", 2), ("ITIMER_REAL", 0), ("ITIMER_VIRTUAL", 1), ("ITIMER_PROF", 2),
        ]
        for (name, value) in names { m.namespace.setString(intern(name), .int(Int(value))) }

        let defaultIntHandler = PyBuiltinFunction(name: "default_int_handler") { (vm, args, kw) throws(PyError) -> Value in
            throw PyError(vm.makeException(vm.exceptions.KeyboardInterrupt, []))
        }
        m.namespace.setString(intern("default_int_handler"), .object(defaultIntHandler))
        // As CPython does at start-up: Ctrl-C raises KeyboardInterrupt through default_int_handler.
        if pythonSignalHandlers[Int(SIGINT)] == nil {
            var current = sigaction()
            if sigaction(SIGINT, nil, &current) == 0, current.__sigaction_handler.sa_handler == nil {
                pythonSignalHandlers[Int(SIGINT)] = .object(defaultIntHandler)
                _ = Glibc.signal(SIGINT, { markSignalPending($0) })
            }
        }

        func signalNumber(_ vm: Interpreter, _ v: Value) throws(PyError) -> Int32 {
            let n = try vm.cInteger(v)
            guard n >= 1 && n < Int(signalCount) else { throw vm.valueError("signal number out of range") }
            return Int32(n)
        }
        func currentHandler(_ signal: Int32) -> Value {
            if let handler = pythonSignalHandlers[Int(signal)] { return handler }
            var current = sigaction()
            guard sigaction(signal, nil, &current) == 0 else { return .none }
            let raw = unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self)
            if raw == 0 { return .int(0) }
            if raw == 1 { return .int(1) }
            return .none
        }
        defineFunction(in: m, "getsignal") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("getsignal", args, kw, min: 1, max: 1)
            return currentHandler(try signalNumber(vm, args[0]))
        }
        defineFunction(in: m, "signal") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("signal", args, kw, min: 2, max: 2)
            let signal = try signalNumber(vm, args[0])
            let handler = args[1]
            let previous = currentHandler(signal)
            var disposition: Int? = nil
            if case .int(let n) = handler, n == 0 || n == 1 { disposition = n }
            if disposition == nil && !vm.isCallable(handler) {
                throw vm.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
            }
            let result: sighandler_t?
            switch disposition {
            case 0: result = Glibc.signal(signal, SIG_DFL)
            case 1: result = Glibc.signal(signal, SIG_IGN)
            default: result = Glibc.signal(signal, { markSignalPending($0) })
            }
            if unsafeBitCast(result, to: Int.self) == -1 { throw vm.posixFailure() }
            pythonSignalHandlers[Int(signal)] = disposition == nil ? handler : nil
            return previous
        }
        defineFunction(in: m, "raise_signal") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("raise_signal", args, kw, min: 1, max: 1)
            if Glibc.raise(try signalNumber(vm, args[0])) != 0 { throw vm.posixFailure() }
            try vm.raiseIfInterrupted()
            return .none
        }
        defineFunction(in: m, "strsignal") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("strsignal", args, kw, min: 1, max: 1)
            let signal = try signalNumber(vm, args[0])
            guard let text = Glibc.strsignal(signal) else { return .none }
            return Value(String(cString: text))
        }
        defineFunction(in: m, "alarm") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("alarm", args, kw, min: 1, max: 1)
            let seconds = try vm.cInteger(args[0])
            return .int(Int(Glibc.alarm(UInt32(clamping: seconds))))
        }
        defineFunction(in: m, "pause") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("pause", args, kw, min: 0, max: 0)
            _ = Glibc.pause()
            try vm.raiseIfInterrupted()
            return .none
        }
        defineFunction(in: m, "valid_signals") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("valid_signals", args, kw, min: 0, max: 0)
            let set = PySet(frozen: false)
            for n in 1..<Int(signalCount) where n != 32 && n != 33 { try set.add(.int(n), vm: vm) }
            return .object(set)
        }
        return m
    }
}
