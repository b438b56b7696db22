/// Placeholder, filled in below.
extension Interpreter {
    func installFileBuiltins() {}
}
