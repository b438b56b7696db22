/// A tokenizer error together with how it competes with parser errors, mirroring CPython: errors the
/// tokenizer raises itself (bad characters, unterminated strings, bracket mismatches) win over any
/// parser error found earlier in the file; an unclosed bracket at end of file wins only over parser
/// errors on later lines; indentation errors only matter when the parser reaches them.
struct TokenizerFailure {
    enum Priority { case hard, unclosedBracket(line: Int), soft }
    var error: SyntaxError
    var priority: Priority
}

/// Turns source scalars into tokens, eagerly, stopping at the first error (recorded in `failure`
/// and marked by a trailing `.errorToken`).
struct Tokenizer {
    private let source: SourceText
    private let scalars: [Unicode.Scalar]
    private let filename: String
    private let end: Int
    /// f-string expressions are tokenized as if inside parentheses, with no indentation or NEWLINEs.
    private let isFStringExpression: Bool

    private var index: Int
    private var line: Int
    private var lineStart: Int
    private var atLineStart = true
    private var indents = [0]
    private var altIndents = [0]
    private var brackets: [(char: Unicode.Scalar, line: Int, column: Int)] = []

    private(set) var tokens: [Token] = []
    private(set) var failure: TokenizerFailure?

    static let maxBracketDepth = 200
    static let maxIndentDepth = 100

    init(source: SourceText, filename: String) {
        self.source = source
        self.scalars = source.scalars
        self.filename = filename
        self.end = source.scalars.count
        self.isFStringExpression = false
        self.index = 0
        self.line = 1
        self.lineStart = 0
    }

    /// Tokenizes `start..<end` of the file, which starts on `line` whose first scalar is at `lineStart`.
    init(source: SourceText, filename: String, fStringExpression start: Int, end: Int, line: Int, lineStart: Int) {
        self.source = source
        self.scalars = source.scalars
        self.filename = filename
        self.end = end
        self.isFStringExpression = true
        self.index = start
        self.line = line
        self.lineStart = lineStart
        self.atLineStart = false
    }

    mutating func run() {
        tokens.reserveCapacity(end / 3 + 8)
        while failure == nil {
            if !next() { break }
        }
        if failure != nil {
            let column = index - lineStart
            tokens.append(Token(kind: .errorToken, start: index, end: index, line: line, column: column,
                                endLine: line, endColumn: column, level: brackets.count))
        }
    }

    // MARK: - Helpers

    private func peek(_ offset: Int = 0) -> Unicode.Scalar {
        let position = index + offset
        return position < end ? scalars[position] : "\0"
    }

    private var atEnd: Bool { index >= end }

    private var level: Int { brackets.count + (isFStringExpression ? 1 : 0) }

    private mutating func emit(_ kind: TokenKind, from start: Int, line startLine: Int, column: Int, name: String = "") {
        tokens.append(Token(kind: kind, start: start, end: index, line: startLine, column: column,
                            endLine: line, endColumn: index - lineStart, level: level, name: name))
    }

    private func lineText(_ number: Int) -> String? { source.lineText(number) }

    /// Records an error raised the way CPython's tokenizer `syntaxerror()` does: the caret sits at
    /// `offset` (1-based), which CPython takes as the scanner position.
    private mutating func fail(_ message: String, line errorLine: Int, offset: Int, endOffset: Int? = nil,
                               kind: SyntaxError.Kind = .syntaxError, priority: TokenizerFailure.Priority = .hard,
                               incomplete: Bool = false) {
        let error = SyntaxError(kind: kind, message: message, filename: filename, line: errorLine, offset: offset,
                                endLine: errorLine, endOffset: endOffset ?? offset, text: lineText(errorLine),
                                isIncompleteInput: incomplete)
        failure = TokenizerFailure(error: error, priority: priority)
    }

    private mutating func newLine() {
        line += 1
        lineStart = index
    }

    // MARK: - Main loop

    /// Produces the next token(s); returns false after ENDMARKER or an error.
    private mutating func next() -> Bool {
        if atLineStart && brackets.isEmpty && !isFStringExpression {
            if !handleIndentation() { return false }
        }
        atLineStart = false
        // Skip blanks.
        while !atEnd {
            let c = peek()
            if c == " " || c == "\t" || c == "\u{0C}" { index += 1 } else { break }
        }
        if atEnd { return finish() }
        let c = peek()
        let start = index
        let column = index - lineStart
        if c == "#" {
            while !atEnd && peek() != "\n" { index += 1 }
            let endsLogicalLine = tokens.last.map { $0.kind != .newline && $0.kind != .indent && $0.kind != .dedent }
                ?? false
            if brackets.isEmpty && !isFStringExpression && (!atEnd || endsLogicalLine) {
                // CPython's NEWLINE token after a comment starts where the comment does.
                let endColumn = index - lineStart + 1
                let hadNewline = !atEnd
                if hadNewline { index += 1 }
                tokens.append(Token(kind: .newline, start: start, end: index, line: line, column: column,
                                    endLine: line, endColumn: endColumn, level: level))
                if hadNewline {
                    atLineStart = true
                    newLine()
                }
            }
            return true
        }
        if c == "\n" {
            index += 1
            if brackets.isEmpty && !isFStringExpression {
                tokens.append(Token(kind: .newline, start: start, end: index, line: line, column: column,
                                    endLine: line, endColumn: column + 1, level: level))
                atLineStart = true
            }
            newLine()
            return true
        }
        if c == "\\" {
            if peek(1) == "\n" {
                index += 2
                newLine()
                if atEnd {
                    fail("unexpected EOF while parsing", line: line - 1, offset: source.lineLength(line - 1) + 1,
                         endOffset: -1, priority: .soft, incomplete: true)
                    return false
                }
                return true
            }
            if index + 1 >= end {
                // A backslash at the very end of an f-string expression or file without newline.
                fail("unexpected EOF while parsing", line: line, offset: source.lineLength(line) + 1,
                     endOffset: -1, priority: .soft, incomplete: true)
                return false
            }
            fail("unexpected character after line continuation character", line: line,
                 offset: index - lineStart + 2, endOffset: 0, priority: .soft)
            return false
        }
        if isIdentifierStart(c) {
            return scanNameOrString(start: start, column: column)
        }
        if isDigit(c) || (c == "." && isDigit(peek(1))) {
            return scanNumber(start: start, column: column)
        }
        if c == "'" || c == "\"" {
            return scanString(start: start, column: column, quoteAt: index)
        }
        return scanOperator(start: start, column: column)
    }

    /// Measures indentation at the start of a logical line and emits INDENT/DEDENT tokens.
    /// Returns false when tokenizing must stop (error); blank and comment-only lines are skipped.
    private mutating func handleIndentation() -> Bool {
        while true {
            var col = 0
            var altCol = 0
            var position = index
            while position < end {
                let c = scalars[position]
                if c == " " {
                    col += 1; altCol += 1
                } else if c == "\t" {
                    col = (col / 8 + 1) * 8
                    altCol += 1
                } else if c == "\u{0C}" {
                    col = 0; altCol = 0
                } else {
                    break
                }
                position += 1
            }
            let c: Unicode.Scalar = position < end ? scalars[position] : "\0"
            if position >= end {
                index = position
                return true
            }
            if c == "#" || c == "\n" {
                // Blank line: skip it entirely.
                index = position
                while index < end && scalars[index] != "\n" { index += 1 }
                if index < end {
                    index += 1
                    newLine()
                    continue
                }
                return true
            }
            index = position
            let top = indents[indents.count - 1]
            let altTop = altIndents[altIndents.count - 1]
            let width = position - lineStart
            if col == top {
                if altCol != altTop { return tabError() }
            } else if col > top {
                if indents.count >= Tokenizer.maxIndentDepth {
                    fail("too many levels of indentation", line: line, offset: 1, endOffset: 0,
                         kind: .indentationError, priority: .soft)
                    return false
                }
                if altCol <= altTop { return tabError() }
                indents.append(col)
                altIndents.append(altCol)
                tokens.append(Token(kind: .indent, start: lineStart, end: position, line: line, column: width,
                                    endLine: line, endColumn: width, level: 0))
            } else {
                // Like CPython, report a bad dedent before emitting any DEDENT for this line.
                var remaining = indents.count
                while remaining > 1 && col < indents[remaining - 1] { remaining -= 1 }
                if col != indents[remaining - 1] {
                    fail("unindent does not match any outer indentation level", line: line,
                         offset: source.lineLength(line) + 1, endOffset: -1, kind: .indentationError,
                         priority: .soft)
                    return false
                }
                while indents.count > remaining {
                    indents.removeLast()
                    altIndents.removeLast()
                    tokens.append(Token(kind: .dedent, start: position, end: position, line: line, column: width,
                                        endLine: line, endColumn: width, level: 0))
                }
                if altCol != altIndents[altIndents.count - 1] { return tabError() }
            }
            return true
        }
    }

    private mutating func tabError() -> Bool {
        fail("inconsistent use of tabs and spaces in indentation", line: line, offset: 1, endOffset: 0,
             kind: .tabError, priority: .soft)
        return false
    }

    /// End of input: close the logical line, unwind indentation, emit ENDMARKER.
    private mutating func finish() -> Bool {
        if isFStringExpression {
            emit(.endMarker, from: index, line: line, column: index - lineStart)
            return false
        }
        if let open = brackets.last {
            fail("'\(open.char)' was never closed", line: open.line, offset: open.column + 1, endOffset: 0,
                 priority: .unclosedBracket(line: open.line), incomplete: true)
            return false
        }
        let column = index - lineStart
        if let last = tokens.last, last.kind != .newline, last.kind != .dedent, last.kind != .indent {
            // Input without a final newline: CPython appends one.
            tokens.append(Token(kind: .newline, start: index, end: index, line: line, column: column,
                                endLine: line, endColumn: column + 1, level: 0))
        }
        let endLine = column == 0 ? line : line + 1
        for _ in 1..<indents.count {
            tokens.append(Token(kind: .dedent, start: index, end: index, line: endLine, column: 0,
                                endLine: endLine, endColumn: 0, level: 0))
        }
        indents = [0]
        tokens.append(Token(kind: .endMarker, start: index, end: index, line: endLine, column: 0,
                            endLine: endLine, endColumn: 0, level: 0))
        return false
    }

    // MARK: - Names and strings

    private func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    private func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || v == 95 || v >= 128
    }

    private func isIdentifierChar(_ c: Unicode.Scalar) -> Bool {
        isIdentifierStart(c) || isDigit(c)
    }

    private mutating func scanNameOrString(start: Int, column: Int) -> Bool {
        let startLine = line
        var isASCII = true
        while index < end && isIdentifierChar(scalars[index]) {
            if scalars[index].value >= 128 { isASCII = false }
            index += 1
        }
        let length = index - start
        let quote = peek()
        if length <= 2 && isASCII && (quote == "'" || quote == "\"") && isStringPrefix(start, length) {
            return scanString(start: start, column: column, quoteAt: index)
        }
        if !isASCII {
            // Validate against XID_Start/XID_Continue, reporting the first bad character.
            for position in start..<index {
                let c = scalars[position]
                let ok = position == start ? (c == "_" || c.properties.isXIDStart) : c.properties.isXIDContinue
                if !ok {
                    index = position + 1
                    let offset = position - lineStart + 1
                    if isPrintable(c) {
                        fail("invalid character '\(Character(c))' (U+\(hex4(c.value)))", line: line, offset: offset)
                    } else {
                        fail("invalid non-printable character U+\(hex4(c.value))", line: line, offset: offset)
                    }
                    return false
                }
            }
        }
        let text = SourceText.string(scalars[start..<index])
        let kind = TokenKind.keywords[text] ?? .name
        emit(kind, from: start, line: startLine, column: column, name: kind == .name ? text : "")
        return true
    }

    private func isStringPrefix(_ start: Int, _ length: Int) -> Bool {
        var seen: Set<UInt32> = []
        for position in start..<(start + length) {
            let lower = scalars[position].value | 0x20
            guard lower == 0x72 || lower == 0x62 || lower == 0x75 || lower == 0x66 else { return false }
            seen.insert(lower)
        }
        if seen.count != length { return false }
        if length == 2 {
            // Valid pairs: rb, br, rf, fr.
            return seen.contains(0x72) && (seen.contains(0x62) || seen.contains(0x66))
        }
        return true
    }

    /// Scans a string literal whose (optional) prefix starts at `start` and quote at `quoteAt`.
    private mutating func scanString(start: Int, column: Int, quoteAt: Int) -> Bool {
        let startLine = line
        let startLineStart = lineStart
        let quote = scalars[quoteAt]
        index = quoteAt + 1
        let triple = peek() == quote && peek(1) == quote
        if triple { index += 2 }
        while true {
            if atEnd {
                if triple {
                    fail("unterminated triple-quoted string literal (detected at line \(source.lineCount))",
                         line: startLine, offset: start - startLineStart + 1, incomplete: true)
                } else {
                    fail("unterminated string literal (detected at line \(line))", line: startLine,
                         offset: start - startLineStart + 1)
                }
                return false
            }
            let c = scalars[index]
            if c == "\\" {
                index += 1
                if index < end {
                    if scalars[index] == "\n" {
                        index += 1
                        newLine()
                    } else {
                        index += 1
                    }
                }
                continue
            }
            if c == "\n" {
                if !triple {
                    fail("unterminated string literal (detected at line \(line))", line: startLine,
                         offset: start - startLineStart + 1)
                    return false
                }
                index += 1
                newLine()
                continue
            }
            index += 1
            if c == quote {
                if !triple { break }
                if peek() == quote && peek(1) == quote {
                    index += 2
                    break
                }
            }
        }
        tokens.append(Token(kind: .string, start: start, end: index, line: startLine, column: column,
                            endLine: line, endColumn: index - lineStart, level: level))
        return true
    }

    // MARK: - Numbers

    /// Scans a number following CPython's tokenizer, including its error messages and positions.
    private mutating func scanNumber(start: Int, column: Int) -> Bool {
        let startLine = line
        func finishToken(_ tokenizer: inout Tokenizer) -> Bool {
            tokenizer.emit(.number, from: start, line: startLine, column: column)
            return true
        }
        var c = peek()
        if c == "." {
            index += 1
            return scanFraction(start: start, column: column)
        }
        if c == "0" {
            index += 1
            c = peek()
            let lower = c.value | 0x20
            if lower == 0x78 || lower == 0x6F || lower == 0x62 { // x, o, b
                index += 1
                let kindName = lower == 0x78 ? "hexadecimal" : lower == 0x6F ? "octal" : "binary"
                let maxDigit: UInt32 = lower == 0x6F ? 7 : 1
                func isValid(_ c: Unicode.Scalar) -> Bool {
                    if lower == 0x78 { return StringDecoder.hexValue(c) != nil }
                    return c.value >= 48 && c.value <= 48 + maxDigit
                }
                repeat {
                    if peek() == "_" { index += 1 }
                    if !isValid(peek()) {
                        if lower != 0x78 && isDigit(peek()) {
                            index += 1
                            fail("invalid digit '\(Character(peek(-1)))' in \(kindName) literal", line: line,
                                 offset: index - lineStart)
                            return false
                        }
                        fail("invalid \(kindName) literal", line: line, offset: index - lineStart)
                        return false
                    }
                    while isValid(peek()) { index += 1 }
                } while peek() == "_"
                if lower != 0x78 && isDigit(peek()) {
                    index += 1
                    fail("invalid digit '\(Character(peek(-1)))' in \(kindName) literal", line: line,
                         offset: index - lineStart)
                    return false
                }
                guard verifyEndOfNumber(kindName) else { return false }
                return finishToken(&self)
            }
            // "0", "00", "0_0", or a float/imaginary starting with zero.
            var nonZero = false
            while true {
                if peek() == "_" {
                    index += 1
                    if !isDigit(peek()) {
                        fail("invalid decimal literal", line: line, offset: index - lineStart)
                        return false
                    }
                }
                if peek() != "0" { break }
                index += 1
            }
            let zerosEnd = index + 1
            if isDigit(peek()) {
                nonZero = true
                guard decimalTail() else { return false }
            }
            c = peek()
            if c == "." {
                index += 1
                return scanFraction(start: start, column: column)
            }
            if c == "e" || c == "E" { return scanExponent(start: start, column: column) }
            if c == "j" || c == "J" { return scanImaginary(start: start, column: column) }
            if nonZero {
                fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                     line: line, offset: start - lineStart + 1, endOffset: zerosEnd - lineStart)
                return false
            }
            guard verifyEndOfNumber("decimal") else { return false }
            return finishToken(&self)
        }
        guard decimalTail() else { return false }
        c = peek()
        if c == "." {
            index += 1
            return scanFraction(start: start, column: column)
        }
        if c == "e" || c == "E" { return scanExponent(start: start, column: column) }
        if c == "j" || c == "J" { return scanImaginary(start: start, column: column) }
        guard verifyEndOfNumber("decimal") else { return false }
        return finishToken(&self)
    }

    /// Digits with single underscores between them; the first digit is at `index`.
    private mutating func decimalTail() -> Bool {
        while true {
            while isDigit(peek()) { index += 1 }
            if peek() != "_" { return true }
            index += 1
            if !isDigit(peek()) {
                fail("invalid decimal literal", line: line, offset: index - lineStart)
                return false
            }
        }
    }

    /// After the '.' of a float.
    private mutating func scanFraction(start: Int, column: Int) -> Bool {
        if isDigit(peek()) {
            guard decimalTail() else { return false }
        }
        let c = peek()
        if c == "e" || c == "E" { return scanExponent(start: start, column: column) }
        if c == "j" || c == "J" { return scanImaginary(start: start, column: column) }
        guard verifyEndOfNumber("decimal") else { return false }
        emit(.number, from: start, line: line, column: column)
        return true
    }

    /// At the 'e' of an exponent.
    private mutating func scanExponent(start: Int, column: Int) -> Bool {
        index += 1
        let c = peek()
        if c == "+" || c == "-" {
            index += 1
            if !isDigit(peek()) {
                fail("invalid decimal literal", line: line, offset: index - lineStart)
                return false
            }
        } else if !isDigit(c) {
            // "1e" followed by something else: the number ends before the 'e'.
            index -= 1
            if isKeywordAfterNumber(at: index) {
                emit(.number, from: start, line: line, column: column)
                return true
            }
            fail("invalid decimal literal", line: line, offset: index - lineStart)
            return false
        }
        guard decimalTail() else { return false }
        let next = peek()
        if next == "j" || next == "J" { return scanImaginary(start: start, column: column) }
        guard verifyEndOfNumber("decimal") else { return false }
        emit(.number, from: start, line: line, column: column)
        return true
    }

    private mutating func scanImaginary(start: Int, column: Int) -> Bool {
        index += 1
        guard verifyEndOfNumber("imaginary") else { return false }
        emit(.number, from: start, line: line, column: column)
        return true
    }

    /// CPython tolerates (with a warning) a number directly followed by one of the keywords that
    /// can follow a number in valid code: `1if x else y`.
    private func isKeywordAfterNumber(at position: Int) -> Bool {
        func matches(_ word: String) -> Bool {
            var offset = position
            for scalar in word.unicodeScalars {
                guard offset < end, scalars[offset] == scalar else { return false }
                offset += 1
            }
            // CPython's lookahead() also wants the keyword to end there.
            return offset >= end || !isIdentifierChar(scalars[offset])
        }
        guard position < end else { return false }
        switch scalars[position] {
        case "a": return matches("and")
        case "e": return matches("else")
        case "f": return matches("for")
        case "i":
            guard position + 1 < end else { return false }
            let next = scalars[position + 1]
            return next == "f" || next == "n" || next == "s"
        case "o": return matches("or")
        case "n": return matches("not")
        default: return false
        }
    }

    private mutating func verifyEndOfNumber(_ kindName: String) -> Bool {
        if isKeywordAfterNumber(at: index) { return true }
        if index < end && isIdentifierChar(scalars[index]) {
            fail("invalid \(kindName) literal", line: line, offset: index - lineStart)
            return false
        }
        return true
    }

    // MARK: - Operators

    private mutating func scanOperator(start: Int, column: Int) -> Bool {
        let c = peek()
        let c1 = peek(1)
        let c2 = peek(2)
        var kind: TokenKind
        var length = 1
        switch c {
        case "(", "[", "{":
            if brackets.count >= Tokenizer.maxBracketDepth {
                index += 1
                fail("too many nested parentheses", line: line, offset: index - lineStart)
                return false
            }
            brackets.append((c, line, column))
            kind = c == "(" ? .lpar : c == "[" ? .lsqb : .lbrace
        case ")", "]", "}":
            index += 1
            guard let open = brackets.popLast() else {
                fail("unmatched '\(c)'", line: line, offset: index - lineStart)
                return false
            }
            let matching: Unicode.Scalar = open.char == "(" ? ")" : open.char == "[" ? "]" : "}"
            if matching != c {
                let suffix = open.line != line ? " on line \(open.line)" : ""
                fail("closing parenthesis '\(c)' does not match opening parenthesis '\(open.char)'\(suffix)",
                     line: line, offset: index - lineStart)
                return false
            }
            index -= 1
            kind = c == ")" ? .rpar : c == "]" ? .rsqb : .rbrace
        case ":": if c1 == "=" { kind = .colonEqual; length = 2 } else { kind = .colon }
        case ",": kind = .comma
        case ";": kind = .semi
        case ".":
            if c1 == "." && c2 == "." { kind = .ellipsis; length = 3 } else { kind = .dot }
        case "+": if c1 == "=" { kind = .plusEqual; length = 2 } else { kind = .plus }
        case "-":
            if c1 == "=" { kind = .minusEqual; length = 2 } else if c1 == ">" { kind = .arrow; length = 2 } else { kind = .minus }
        case "*":
            if c1 == "*" {
                if c2 == "=" { kind = .doubleStarEqual; length = 3 } else { kind = .doubleStar; length = 2 }
            } else if c1 == "=" { kind = .starEqual; length = 2 } else { kind = .star }
        case "/":
            if c1 == "/" {
                if c2 == "=" { kind = .doubleSlashEqual; length = 3 } else { kind = .doubleSlash; length = 2 }
            } else if c1 == "=" { kind = .slashEqual; length = 2 } else { kind = .slash }
        case "%": if c1 == "=" { kind = .percentEqual; length = 2 } else { kind = .percent }
        case "@": if c1 == "=" { kind = .atEqual; length = 2 } else { kind = .at }
        case "|": if c1 == "=" { kind = .vbarEqual; length = 2 } else { kind = .vbar }
        case "&": if c1 == "=" { kind = .amperEqual; length = 2 } else { kind = .amper }
        case "^": if c1 == "=" { kind = .circumflexEqual; length = 2 } else { kind = .circumflex }
        case "~": kind = .tilde
        case "=": if c1 == "=" { kind = .eqEqual; length = 2 } else { kind = .equal }
        case "!": if c1 == "=" { kind = .notEqual; length = 2 } else { kind = .exclamation }
        case "<":
            if c1 == "<" {
                if c2 == "=" { kind = .leftShiftEqual; length = 3 } else { kind = .leftShift; length = 2 }
            } else if c1 == "=" { kind = .lessEqual; length = 2 } else if c1 == ">" { kind = .notEqual; length = 2 } else { kind = .less }
        case ">":
            if c1 == ">" {
                if c2 == "=" { kind = .rightShiftEqual; length = 3 } else { kind = .rightShift; length = 2 }
            } else if c1 == "=" { kind = .greaterEqual; length = 2 } else { kind = .greater }
        default:
            if c.value < 32 || c.value == 127 {
                index += 1
                fail("invalid non-printable character U+\(hex4(c.value))", line: line, offset: index - lineStart)
                return false
            }
            kind = .unknown
        }
        if kind == .notEqual && c == "<" {
            // `<>` is only valid under the Barry-as-FLUFL easter egg.
            kind = .unknown
        }
        index += length
        emit(kind, from: start, line: line, column: column)
        return true
    }
}

func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
}

/// Python's `str.isprintable` for one character.
func isPrintable(_ c: Unicode.Scalar) -> Bool {
    if c == " " { return true }
    switch c.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
         .spaceSeparator:
        return false
    default:
        return true
    }
}
