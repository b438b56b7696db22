/// Entry points: source text in, AST out, or a `SyntaxError` shaped like CPython 3.11's.
public enum Parser {
    /// `exec`/file mode: a whole module.
    public static func parseModule(_ source: String, filename: String) throws(SyntaxError) -> Module {
        let parser = PythonParser(source: SourceText(source), filename: filename)
        return try parser.run { () throws(SyntaxError) in
            let body = try parser.fileInput()
            return Module(body: body, futureFeatures: try parser.checkFutureImports(body))
        }
    }

    /// `eval` mode: one expression (leading/trailing whitespace and newlines allowed).
    public static func parseExpression(_ source: String, filename: String) throws(SyntaxError) -> Expr {
        let parser = PythonParser(source: SourceText(source), filename: filename)
        return try parser.run { () throws(SyntaxError) in try parser.evalInput() }
    }

    /// `single` mode: one interactive input (a simple statement line, or one compound statement).
    public static func parseInteractive(_ source: String, filename: String) throws(SyntaxError) -> Module {
        let text = SourceText(source)
        let parser = PythonParser(source: text, filename: filename)
        parser.isInteractive = true
        let module = try parser.run { () throws(SyntaxError) in
            Module(body: try parser.interactiveInput())
        }
        // A compound statement is only complete once a blank line follows it.
        if let last = module.body.last, last.kind.isCompound, !endsWithBlankLine(text) {
            let line = max(1, text.lineStarts.count)
            throw SyntaxError(message: "incomplete input", filename: filename, line: line, offset: 1,
                              isIncompleteInput: true)
        }
        return Module(body: module.body, futureFeatures: try parser.checkFutureImports(module.body))
    }

    private static func endsWithBlankLine(_ text: SourceText) -> Bool {
        var lines = text.lineStarts.count
        // A final "\n" starts an empty pseudo-line that does not count.
        if text.scalars.last == "\n" { lines -= 1 }
        guard lines >= 2 else { return false }
        let start = text.lineStarts[lines - 1]
        var end = lines < text.lineStarts.count ? text.lineStarts[lines] : text.scalars.count
        if end > start && text.scalars[end - 1] == "\n" { end -= 1 }
        for index in start..<end where !(text.scalars[index] == " " || text.scalars[index] == "\t" || text.scalars[index] == "\u{0C}") {
            return false
        }
        return true
    }
}

extension StmtKind {
    var isCompound: Bool {
        switch self {
        case .functionDef, .classDef, .for, .while, .if, .with, .match, .try, .tryStar: return true
        default: return false
        }
    }
}

/// What kind of scope a statement sits in, for context-dependent checks.
enum ScopeKind { case module, function, classBody }

/// The recursive-descent parser. It mirrors CPython's PEG grammar rule by rule; CPython's second
/// "invalid_*" pass is emulated by checks at the points where parsing fails, re-parsing from saved
/// positions when a rule needs to look at what follows.
final class PythonParser {
    let source: SourceText
    let filename: String
    var tokens: [Token]
    var pos = 0
    /// The furthest token looked at: CPython reports generic errors there.
    var furthest = 0
    /// Like `furthest` but never rewound by speculative parses (CPython's `p->fill`).
    var furthestEver = 0
    let tokenizerFailure: TokenizerFailure?
    var depth = 0
    static let maxDepth = 1000
    static let maxChainDepth = 3000
    /// Non-zero while re-parsing for an error hint (CPython's `expression_without_invalid`).
    var invalidChecksDisabled = 0

    var isInteractive = false
    /// Set for the sub-parser of an f-string replacement field: errors get CPython's "f-string: "
    /// prefix and offsets relative to the parenthesised expression text.
    var fStringExpressionStart: (line: Int, column: Int)?

    // Context for checks CPython makes after parsing (symtable/compiler): scope nesting, loops, try.
    var scopes: [ScopeKind] = [.module]
    var loopDepths: [Int] = [0]
    var tryDepths: [Int] = [0]
    /// Errors that CPython raises after a successful parse; `rank` orders future.c < symtable < compiler.
    var deferred: [(rank: Int, error: SyntaxError)] = []

    init(source: SourceText, filename: String) {
        self.source = source
        self.filename = filename
        var tokenizer = Tokenizer(source: source, filename: filename)
        tokenizer.run()
        tokens = tokenizer.tokens
        tokenizerFailure = tokenizer.failure
        if tokens.isEmpty {
            tokens = [Token(kind: .endMarker, start: 0, end: 0, line: 1, column: 0, endLine: 1, endColumn: 0, level: 0)]
        }
    }

    /// A parser for the expression of an f-string replacement field, `start..<end` in the file.
    init(fStringExpressionIn source: SourceText, filename: String, start: Int, end: Int, line: Int, lineStart: Int,
         parent: PythonParser) {
        self.source = source
        self.filename = filename
        var tokenizer = Tokenizer(source: source, filename: filename, fStringExpression: start, end: end,
                                  line: line, lineStart: lineStart)
        tokenizer.run()
        tokens = tokenizer.tokens
        tokenizerFailure = tokenizer.failure
        if tokens.isEmpty {
            tokens = [Token(kind: .endMarker, start: end, end: end, line: line, column: 0, endLine: line,
                            endColumn: 0, level: 1)]
        }
        fStringExpressionStart = (line, start - lineStart)
        depth = parent.depth
        scopes = parent.scopes
        loopDepths = parent.loopDepths
        tryDepths = parent.tryDepths
        isInteractive = parent.isInteractive
    }

    /// Runs a parse, then settles which error wins the way CPython does.
    func run<T>(_ body: () throws(SyntaxError) -> T) throws(SyntaxError) -> T {
        let result: T
        do {
            result = try body()
        } catch {
            throw resolve(error)
        }
        if let failure = tokenizerFailure {
            // Cannot happen (no rule accepts the error token), but never return a partial parse.
            throw failure.error
        }
        if let first = deferred.enumerated().min(by: { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }) {
            throw first.element.error
        }
        return result
    }

    /// Chooses between a parser error and a pending tokenizer error (CPython tokenizes the rest of
    /// the file after a parser error and prefers most tokenizer errors).
    func resolve(_ error: SyntaxError) -> SyntaxError {
        guard var failure = tokenizerFailure else { return error }
        if fStringExpressionStart != nil && !failure.error.message.hasPrefix("f-string") {
            failure.error.message = "f-string: " + failure.error.message
        }
        if max(furthest, furthestEver) >= tokens.count - 1 && tokens[tokens.count - 1].kind == .errorToken {
            return failure.error
        }
        // CPython does not look for later tokenizer errors after an unexpected indent.
        if error.kind == .indentationError && error.message.hasPrefix("unexpected ") { return error }
        switch failure.priority {
        case .hard:
            return failure.error
        case .unclosedBracket(let line):
            // CPython compares with the line of the last token it fetched.
            let lastLine = tokens[min(furthestEver, tokens.count - 1)].line
            return line < lastLine ? failure.error : error
        case .soft:
            return error
        }
    }

    // MARK: - Token access

    @inline(__always) var token: Token { tokens[pos] }

    @inline(__always) func peek() -> TokenKind {
        if pos > furthest {
            furthest = pos
            if pos > furthestEver { furthestEver = pos }
        }
        return tokens[pos].kind
    }

    func peek(_ offset: Int) -> TokenKind {
        let index = min(pos + offset, tokens.count - 1)
        if index > furthest { furthest = index }
        if index > furthestEver { furthestEver = index }
        return tokens[index].kind
    }

    func peekToken(_ offset: Int) -> Token {
        let index = min(pos + offset, tokens.count - 1)
        if index > furthest { furthest = index }
        if index > furthestEver { furthestEver = index }
        return tokens[index]
    }

    @discardableResult
    func advance() -> Token {
        let current = tokens[pos]
        if pos < tokens.count - 1 { pos += 1 }
        if pos > furthest { furthest = pos }
        if pos > furthestEver { furthestEver = pos }
        return current
    }

    func accept(_ kind: TokenKind) -> Bool {
        if peek() == kind {
            advance()
            return true
        }
        return false
    }

    @discardableResult
    func expect(_ kind: TokenKind) throws(SyntaxError) -> Token {
        if peek() == kind { return advance() }
        throw invalidSyntax()
    }

    /// CPython's forced token (`&&':'`): "expected ':'" at the token found instead.
    @discardableResult
    func expectForced(_ kind: TokenKind, _ spelling: String) throws(SyntaxError) -> Token {
        if peek() == kind { return advance() }
        throw error("expected '\(spelling)'", at: token)
    }

    /// Whether the current token is the soft keyword (a NAME) `word`.
    func atSoftKeyword(_ word: String) -> Bool {
        peek() == .name && token.name == word
    }

    /// The range from the token at `start` to the last consumed token.
    func range(from start: Int) -> SourceRange {
        let first = tokens[min(start, tokens.count - 1)]
        let lastIndex = max(start, pos - 1)
        let last = tokens[min(lastIndex, tokens.count - 1)]
        return SourceRange(line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn)
    }

    func range(of token: Token) -> SourceRange {
        SourceRange(line: token.line, column: token.column, endLine: token.endLine, endColumn: token.endColumn)
    }

    func enterNesting() throws(SyntaxError) {
        guard depth < PythonParser.maxDepth else {
            throw error("too many nested expressions", at: token)
        }
        depth += 1
    }

    /// Tries `body`; on failure restores the position and returns nil. Used for CPython's ordered
    /// choice where one alternative must be attempted before another.
    func attempt<T>(restoringFurthest: Bool = true, _ body: () throws(SyntaxError) -> T) -> T? {
        let savedPos = pos
        let savedFurthest = furthest
        let savedDeferred = deferred.count
        let savedDepth = depth
        do {
            return try body()
        } catch {
            pos = savedPos
            if restoringFurthest { furthest = savedFurthest }
            deferred.removeLast(deferred.count - savedDeferred)
            depth = savedDepth
            return nil
        }
    }

    // MARK: - Errors

    /// Builds a SyntaxError from CPython-style 1-based offsets, clamping them to the line as CPython does.
    func makeError(_ message: String, line: Int, offset: Int, endLine: Int, endOffset: Int,
                   kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        var offset = offset
        var endOffset = endOffset
        var message = message
        var text = source.lineText(line)
        if let start = fStringExpressionStart {
            // CPython parses "(expr)" on its own: offsets count from that string.
            message = "f-string: " + message
            if line == start.line { offset -= start.column - 1 }
            if endLine == start.line && endOffset > 0 { endOffset -= start.column - 1 }
            text = nil
        } else {
            let length = source.lineLength(line)
            if offset > length + 1 { offset = length + 1 }
            if endOffset > 0 {
                let endLength = source.lineLength(endLine)
                if endOffset > endLength + 1 { endOffset = endLength + 1 }
            }
        }
        return SyntaxError(kind: kind, message: message, filename: filename, line: line, offset: offset,
                           endLine: endLine, endOffset: endOffset, text: text)
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a token.
    func error(_ message: String, at token: Token, kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        if fStringExpressionStart == nil {
            // CPython's INDENT/DEDENT/ENDMARKER tokens have no column; it reports the scanner position.
            if token.kind == .endMarker || (token.kind == .dedent && token.start >= source.scalars.count) {
                return errorAtEnd(message, kind: kind)
            }
            if token.kind == .dedent || token.kind == .indent {
                return makeError(message, line: token.line, offset: token.column, endLine: token.line, endOffset: -1,
                                 kind: kind)
            }
        }
        return makeError(message, line: token.line, offset: token.column + 1, endLine: token.endLine,
                         endOffset: token.endColumn + 1, kind: kind)
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a node.
    func error(_ message: String, at range: SourceRange, kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        makeError(message, line: range.line, offset: range.column + 1, endLine: range.endLine,
                  endOffset: range.endColumn + 1, kind: kind)
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_RANGE from one node to another.
    func error(_ message: String, from first: SourceRange, to last: SourceRange) -> SyntaxError {
        makeError(message, line: first.line, offset: first.column + 1, endLine: last.endLine,
                  endOffset: last.endColumn + 1)
    }

    /// RAISE_SYNTAX_ERROR without a location: CPython uses the last token it fetched.
    func errorAtLastToken(_ message: String, kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        error(message, at: tokens[min(furthest, tokens.count - 1)], kind: kind)
    }

    /// An error reported at end of input: after the last line, as CPython does for ENDMARKER.
    func errorAtEnd(_ message: String, kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        var line = source.lineStarts.count
        if source.scalars.last == "\n" { line -= 1 }
        line = max(line, 1)
        var error = makeError(message, line: line, offset: source.lineLength(line) + 1, endLine: line, endOffset: -1,
                              kind: kind)
        error.isIncompleteInput = isInteractive
        return error
    }

    /// The generic "invalid syntax", or "unexpected indent" when the offending token is an INDENT.
    func invalidSyntax() -> SyntaxError {
        let bad = tokens[min(furthest, tokens.count - 1)]
        switch bad.kind {
        case .indent:
            return makeError("unexpected indent", line: bad.line, offset: bad.column, endLine: bad.line,
                             endOffset: -1, kind: .indentationError)
        case .dedent:
            return makeError("unexpected unindent", line: bad.line, offset: bad.column, endLine: bad.line,
                             endOffset: -1, kind: .indentationError)
        case .endMarker where fStringExpressionStart == nil:
            return errorAtEnd("invalid syntax")
        default:
            return error("invalid syntax", at: bad)
        }
    }

    /// Records an error CPython would raise after parsing (rank 0: future, 1: symtable, 2: compiler).
    func deferError(_ message: String, at range: SourceRange, rank: Int) {
        deferred.append((rank, error(message, at: range)))
    }

    var currentScope: ScopeKind { scopes[scopes.count - 1] }
}
