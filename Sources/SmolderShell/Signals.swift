import Glibc
import SmolderRuntime

/// Terminal settings from before the editor touched them, restored by the fatal-signal handler.
nonisolated(unsafe) private var savedTerminal = termios()
nonisolated(unsafe) private var hasSavedTerminal: Int32 = 0

/// Signal handling for the shell: Ctrl-C interrupts `el_gets` (no SA_RESTART) and raises
/// KeyboardInterrupt in running code; fatal signals put the terminal back before the process dies.
enum ShellSignals {
    static func installInterruptHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in requestKeyboardInterrupt() }
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
        action.sa_flags = Int32(SA_RESETHAND)
        for s in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGTERM, SIGHUP, SIGQUIT] {
            sigaction(s, &action, nil)
        }
    }

    static func restoreTerminal() {
        if hasSavedTerminal != 0 { tcsetattr(0, TCSANOW, &savedTerminal) }
    }
}
