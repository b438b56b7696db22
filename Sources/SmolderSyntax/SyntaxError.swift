/// A compile-time error with everything CPython's SyntaxError carries, so the runtime can turn it
/// into a Python `SyntaxError`/`IndentationError`/`TabError` and print it the way CPython does.
public struct SyntaxError: Error, Sendable {
    public enum Kind: String, Sendable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
    }

    public var kind: Kind
    public var message: String
    public var filename: String
    /// 1-based line number, as CPython's `lineno`.
    public var line: Int
    /// 1-based column of the caret, as CPython's `offset`.
    public var offset: Int
    public var endLine: Int
    public var endOffset: Int
    /// The source line the error is on (without its newline), when known.
    public var text: String?
    /// True when the input ended in the middle of a statement: an interactive shell asks for more lines
    /// instead of reporting the error.
    public var isIncompleteInput: Bool

    public init(kind: Kind = .syntaxError, message: String, filename: String, line: Int, offset: Int,
                endLine: Int? = nil, endOffset: Int? = nil, text: String? = nil, isIncompleteInput: Bool = false) {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.line = line
        self.offset = offset
        self.endLine = endLine ?? line
        self.endOffset = endOffset ?? offset
        self.text = text
        self.isIncompleteInput = isIncompleteInput
    }
}
