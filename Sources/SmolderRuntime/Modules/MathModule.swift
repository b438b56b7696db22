/// The `math` module. (Minimal first slice.)
extension Interpreter {
    func makeMathModule() -> PyModule {
        let m = PyModule(name: "math")
        m.namespace.setString(intern("pi"), .float(Double.pi))
        return m
    }
}
