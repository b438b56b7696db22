import SmolderRuntime

/// Gathers input lines into units the compiler accepts: an incomplete statement keeps reading, a
/// complete one (a compound statement: once a blank line follows) is handed over. `:commands` are
/// units of their own when they start a unit.
struct InputAssembler {
    /// Batch input is usually a file: a line at column 0 after a finished compound statement closes
    /// it, as if a blank line came first.
    let closesBlocksAtColumnZero: Bool
    private(set) var buffer = ""

    init(closesBlocksAtColumnZero: Bool) {
        self.closesBlocksAtColumnZero = closesBlocksAtColumnZero
    }

    var isEmpty: Bool { buffer.isEmpty }

    /// Adds one line (without its newline); returns the units it completed, in order.
    mutating func add(_ line: String) -> [String] {
        let trimmed = line.trimmingWhitespace
        if buffer.isEmpty {
            if trimmed.isEmpty { return [] }
            if trimmed.hasPrefix(":") { return [trimmed] }
        }
        var units: [String] = []
        if closesBlocksAtColumnZero, !buffer.isEmpty, let first = line.unicodeScalars.first,
           first != " " && first != "\t" && first != "#", !Self.continuesBlock(trimmed),
           Self.isComplete(buffer + "\n") {
            units.append(buffer + "\n")
            buffer = ""
            if trimmed.hasPrefix(":") { return units + [trimmed] }
        }
        buffer += line + "\n"
        if Self.isComplete(buffer) || (trimmed.isEmpty && buffer.contains(":")) {
            units.append(buffer)
            buffer = ""
        }
        return units
    }

    /// What is left at end of input.
    mutating func drain() -> String? {
        defer { buffer = "" }
        // The blank line a compound statement needs to be complete.
        return buffer.isEmpty ? nil : buffer + "\n"
    }

    mutating func clear() { buffer = "" }

    static func isComplete(_ source: String) -> Bool { Interpreter.isCompleteInteractiveUnit(source) }

    private static func continuesBlock(_ trimmed: String) -> Bool {
        for keyword in ["else", "elif", "except", "finally"] where trimmed.hasPrefix(keyword) {
            let rest = trimmed.dropFirst(keyword.count)
            if rest.isEmpty || rest.first == ":" || rest.first == " " || rest.first == "*" { return true }
        }
        return trimmed.hasPrefix(")") || trimmed.hasPrefix("]") || trimmed.hasPrefix("}")
    }

    /// The indentation for the next line of the current unit (auto-indent).
    var nextIndent: String {
        let lines = buffer.split(separator: "\n", omittingEmptySubsequences: true)
        guard let last = lines.last(where: { !$0.allSatisfy { $0 == " " || $0 == "\t" } }) else { return "" }
        let indent = String(last.prefix(while: { $0 == " " || $0 == "\t" }))
        let code = last.trimmingWhitespace
        if code.hasSuffix(":") { return indent + "    " }
        for ender in ["return", "pass", "break", "continue", "raise"] where code == ender || code.hasPrefix(ender + " ") {
            return String(indent.dropLast(4))
        }
        return indent
    }
}

extension StringProtocol {
    var trimmingWhitespace: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let f = scalars.first, f == " " || f == "\t" || f == "\n" || f == "\r" || f == "\u{0C}" { scalars = scalars.dropFirst() }
        while let l = scalars.last, l == " " || l == "\t" || l == "\n" || l == "\r" || l == "\u{0C}" { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
