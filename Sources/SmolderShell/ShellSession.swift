import SmolderRuntime

/// The engine behind the shell and batch mode: runs units in one persistent `__main__` and
/// dispatches `:commands` to the inspector.
final class ShellSession {
    let vm: Interpreter
    let style: Style
    private(set) var inspector: Inspector! = nil
    /// `sys.modules` when the session began (what start-up loaded).
    let startupModules: Set<String>

    init(vm: Interpreter, style: Style) {
        self.vm = vm
        self.style = style
        _ = vm.mainModule()
        startupModules = Set(vm.loadedModuleNames())
        inspector = Inspector(session: self)
    }

    /// Runs one unit: a `:command`, `exit`/`quit` (bare names leave too, as in CPython 3.13), or code.
    func execute(_ unit: String) -> InteractiveOutcome {
        let trimmed = unit.trimmingWhitespace
        if trimmed.hasPrefix(":") { return inspector.run(trimmed) }
        if trimmed == "exit" || trimmed == "quit" { return .exit(0) }
        clearKeyboardInterrupt()
        let outcome = vm.runInteractiveSource(unit)
        vm.flushStandardOutput()
        return outcome
    }

    func write(_ text: String) {
        vm.writeStandardOutput(text)
        vm.flushStandardOutput()
    }

    func fail(_ message: String) -> InteractiveOutcome {
        vm.flushStandardOutput()
        vm.writeStandardError(style.error(message) + "\n")
        return .failed
    }
}
