/// Numeric builtin functions: abs, divmod, pow, round, bin, oct, hex. (Minimal first slice.)
extension Interpreter {
    func installNumericBuiltins() {
    }
}
