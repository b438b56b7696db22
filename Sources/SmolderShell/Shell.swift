import Foundation
import Glibc
import SmolderRuntime

/// Entry points for `smolder` without a script: the libedit shell on a terminal, batch mode on a pipe.
public enum Shell {
    /// The interactive shell; returns the exit status. Falls back to the plain loop if libedit
    /// cannot start.
    public static func runInteractive(vm: Interpreter, banner: String?) -> Int32 {
        ShellSignals.protectTerminal()
        ShellSignals.installInterruptHandler()
        defer { ShellSignals.restoreTerminal() }
        let colored = isatty(1) != 0 && (getenv("NO_COLOR") == nil)
        let session = ShellSession(vm: vm, style: Style(isColored: colored))
        let completer = Completer(vm: vm, modules: ModuleIndex(vm: vm))
        guard let editor = LineEditor(program: "smolder", completion: { completer.complete($0) }) else {
            return vm.runInteractiveLoop(banner: banner)
        }
        defer { editor.close() }
        if let banner {
            vm.writeStandardError(banner + "\nType :help for the lazy-import inspector, Ctrl-D or exit to leave.\n")
        }
        runStartupFile(vm)
        // libedit attaches an escape sequence to the next visible character, so the reset goes
        // before the prompt's final space (a trailing one would be dropped).
        let primary = colored ? "\u{1}\u{1B}[1;35m\u{1}>>>\u{1}\u{1B}[0m\u{1} " : ">>> "
        let secondary = colored ? "\u{1}\u{1B}[1;35m\u{1}...\u{1}\u{1B}[0m\u{1} " : "... "
        var assembler = InputAssembler(closesBlocksAtColumnZero: false)
        while true {
            vm.flushStandardOutput()
            let input = editor.read(prompt: assembler.isEmpty ? primary : secondary,
                                    indent: assembler.isEmpty ? "" : assembler.nextIndent)
            switch input {
            case .line(let line):
                editor.remember(line)
                for unit in assembler.add(line) {
                    if case .exit(let status) = session.execute(unit) { return status }
                }
            case .interrupted:
                clearKeyboardInterrupt()
                assembler.clear()
                vm.writeStandardError("\nKeyboardInterrupt\n")
            case .endOfInput:
                vm.writeStandardError("\n")
                return 0
            }
        }
    }

    /// CPython's `PYTHONSTARTUP` (ignored under -E): how `make run` loads the demo app into the session.
    private static func runStartupFile(_ vm: Interpreter) {
        guard !vm.flags.ignoreEnvironment, let raw = getenv("PYTHONSTARTUP") else { return }
        let path = String(cString: raw)
        guard !path.isEmpty else { return }
        guard let data = FileManager.default.contents(atPath: path) else {
            vm.writeStandardError("Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno 2] No such file or directory: '\(path)'\n")
            return
        }
        vm.runStartupFile(path, source: String(decoding: data, as: UTF8.self))
    }

    /// Batch mode: statements and `:commands` from a pipe, no prompts, results echoed, errors on
    /// stderr; status 1 if any input failed.
    public static func runBatch(vm: Interpreter) -> Int32 {
        let session = ShellSession(vm: vm, style: Style(isColored: false))
        var assembler = InputAssembler(closesBlocksAtColumnZero: true)
        var failed = false
        func run(_ unit: String) -> Int32? {
            switch session.execute(unit) {
            case .ok: return nil
            case .failed: failed = true; return nil
            case .exit(let status): return status
            }
        }
        while let raw = vm.readLine() {
            var line = raw
            if line.hasSuffix("\n") { line.removeLast() }
            if line.hasSuffix("\r") { line.removeLast() }
            for unit in assembler.add(line) {
                if let status = run(unit) { return status }
            }
        }
        if let rest = assembler.drain(), let status = run(rest) { return status }
        vm.flushStandardStreams()
        return failed ? 1 : 0
    }
}
