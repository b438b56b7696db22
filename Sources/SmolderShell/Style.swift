/// ANSI colors, only when the output is a terminal.
struct Style {
    let isColored: Bool

    func bold(_ s: String) -> String { wrap(s, "1") }
    func dim(_ s: String) -> String { wrap(s, "2") }
    func accent(_ s: String) -> String { wrap(s, "36") }
    func warning(_ s: String) -> String { wrap(s, "33") }
    func error(_ s: String) -> String { wrap(s, "31") }

    private func wrap(_ s: String, _ code: String) -> String {
        isColored && !s.isEmpty ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}
