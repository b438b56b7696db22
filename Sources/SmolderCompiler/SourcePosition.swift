import SmolderSyntax

/// An instruction's source span beyond its line, packed into 8 bytes per instruction: bits 0-19 hold
/// the start column + 1, bits 20-39 the end column + 1 (columns count code points), bits 40-63 the
/// end line minus the start line. 0 means unknown (no columns), as CPython's `None` positions.
public struct SourcePosition: Equatable, Sendable {
    public var line: Int
    public var endLine: Int
    public var column: Int
    public var endColumn: Int

    private static let columnLimit = (1 << 20) - 1
    private static let lineSpanLimit = (1 << 24) - 1

    static func pack(line: Int, _ range: SourceRange) -> UInt64 {
        guard range.line == line, range.line > 0, range.endLine >= range.line,
              range.column >= 0, range.column < columnLimit, range.endColumn >= 0, range.endColumn < columnLimit,
              range.endLine - range.line <= lineSpanLimit else { return 0 }
        if range.endLine == range.line && range.endColumn < range.column { return 0 }
        return UInt64(range.column + 1) | UInt64(range.endColumn + 1) << 20 | UInt64(range.endLine - range.line) << 40
    }

    /// The position of `code`'s instruction `index`; nil when it has no recorded columns.
    public init?(_ code: CodeObject, at index: Int) {
        guard index >= 0, index < code.positions.count, index < code.lines.count else { return nil }
        let packed = code.positions[index]
        guard packed != 0 else { return nil }
        line = Int(code.lines[index])
        endLine = line + Int(packed >> 40)
        column = Int(packed & 0xFFFFF) - 1
        endColumn = Int((packed >> 20) & 0xFFFFF) - 1
    }
}
