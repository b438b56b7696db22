/// int, bool, float and complex: each type's methods live in its own file.
extension Interpreter {
    func installNumberTypes() {
        installIntType()
        installBoolType()
        installFloatType()
        installComplexType()
    }
}
