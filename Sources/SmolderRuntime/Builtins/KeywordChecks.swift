extension Interpreter {
    /// Checks keyword names against the allowed ones, with CPython's
    /// `'x' is an invalid keyword argument for f()` message.
    func checkKeywords(_ function: String, _ keywords: Keywords?, allowed: [String]) throws(PyError) {
        guard let keywords else { return }
        for name in keywords.names where !allowed.contains(name) {
            throw typeError("'\(name)' is an invalid keyword argument for \(function)()")
        }
    }
}
