/// `format(value, spec)` and `%`-formatting. (Minimal first slice; see the full implementation task.)
extension Interpreter {
    /// `format(value, spec)`: calls `__format__`.
    func format(_ v: Value, _ spec: Value) throws(PyError) -> Value {
        let specText = try string(spec, "format spec")
        if specText.isEmpty { return Value(try str(v)) }
        if let method = typeOf(v).lookupSpecial(names.dFormat) {
            return try callDescriptorMethod(method, on: v, [spec])
        }
        throw typeError("unsupported format string passed to \(typeName(v)).__format__")
    }

    func percentFormat(_ format: String, _ args: Value) throws(PyError) -> String {
        throw typeError("not all arguments converted during string formatting")
    }
}
