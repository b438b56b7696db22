/// Builtin functions that are not tied to the object model. (Minimal first slice.)
extension Interpreter {
    func installFunctionBuiltins() {
        installNumericBuiltins()
        installIteratorTypes()
        installReductionBuiltins()
        installCharacterBuiltins()
        installFileBuiltins()
    }
}
