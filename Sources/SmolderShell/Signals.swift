import Glibc
import SmolderRuntime

/// Terminal settings from before the editor touched them, restored by the fatal-signal handler.
nonisolated(unsafe) private var savedTerminal = termios()
nonisolated(unsafe) private var hasSavedTerminal: Int32 = 0
/// The thread that reads input and runs code. SIGINT is process-wide and may land on another thread
/// (the executable's main thread sleeps); the handler forwards it so `read` and the VM see it.
nonisolated(unsafe) private var shellThread: pthread_t = 0

/// Signal handling for the shell: Ctrl-C interrupts `el_gets` (no SA_RESTART) and raises
/// KeyboardInterrupt in running code; fatal signals put the terminal back before the process dies.
enum ShellSignals {
    static func installInterruptHandler() {
        shellThread = pthread_self()
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            if pthread_equal(pthread_self(), shellThread) == 0 {
                pthread_kill(shellThread, signal)
                return
            }
            requestKeyboardInterrupt()
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Remembers the terminal's cooked settings and restores them on any fatal signal (a crash
    /// must never leave the user's terminal raw).
    static func protectTerminal() {
        guard tcgetattr(0, &savedTerminal) == 0 else { return }
        hasSavedTerminal = 1
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            if hasSavedTerminal != 0 { tcsetattr(0, TCSANOW, &savedTerminal) }
            Glibc.signal(signal, SIG_DFL)
            Glibc.raise(signal)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // the handler resets itself to SIG_DFL before re-raising
        for s in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGTERM, SIGHUP, SIGQUIT] {
            sigaction(s, &action, nil)
        }
    }

    static func restoreTerminal() {
        if hasSavedTerminal != 0 { tcsetattr(0, TCSANOW, &savedTerminal) }
    }
}
