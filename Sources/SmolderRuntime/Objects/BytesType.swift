extension Interpreter {
    func installBytesTypes() {}
}
