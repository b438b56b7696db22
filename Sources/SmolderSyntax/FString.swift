/// String atoms: adjacent literal concatenation, bytes, and f-strings. As in CPython 3.11 an f-string
/// is one STRING token whose body is scanned here; each replacement field's expression is parsed by
/// a sub-parser over the same source, so its nodes carry real file positions.
struct FStringBuilder {
    var values: [Expr] = []
    var pending = ""
    let range: SourceRange

    mutating func appendLiteral(_ text: String) { pending += text }

    mutating func appendField(_ field: Expr) {
        flush()
        values.append(field)
    }

    mutating func flush(range literalRange: SourceRange? = nil) {
        guard !pending.isEmpty else { return }
        values.append(Expr(.constant(.string(pending)), literalRange ?? range))
        pending = ""
    }

    /// The JoinedStr. A format spec's node and its trailing literal span just the spec's string
    /// token, as in CPython 3.11.
    mutating func finish(range wrapperRange: SourceRange? = nil) -> Expr {
        flush(range: wrapperRange)
        return Expr(.joinedStr(values), wrapperRange ?? range)
    }
}

extension PythonParser {
    /// STRING+: concatenates adjacent literals into one constant or f-string.
    func strings() throws(SyntaxError) -> Expr {
        let start = pos
        var parts: [(Token, StringTokenInfo)] = []
        while peek() == .string {
            let current = advance()
            parts.append((current, StringTokenInfo(token: current, scalars: source.scalars)))
        }
        let fullRange = range(from: start)
        let bytesCount = parts.filter { $0.1.isBytes }.count
        if bytesCount != 0 && bytesCount != parts.count {
            throw errorAtLastToken("cannot mix bytes and nonbytes literals")
        }
        let scalars = source.scalars
        if bytesCount > 0 {
            var bytes: [UInt8] = []
            for (current, info) in parts {
                do {
                    bytes += try StringDecoder.decodeBytes(scalars[info.bodyStart..<info.bodyEnd], raw: info.isRaw)
                } catch {
                    throw decodingError(error, token: current)
                }
            }
            return Expr(.constant(.bytes(bytes)), fullRange)
        }
        guard parts.contains(where: { $0.1.isFString }) else {
            var text = ""
            for (current, info) in parts {
                do {
                    text += try StringDecoder.decodeString(scalars[info.bodyStart..<info.bodyEnd], raw: info.isRaw)
                } catch {
                    throw decodingError(error, token: current)
                }
            }
            return Expr(.constant(.string(text)), fullRange)
        }
        var builder = FStringBuilder(range: fullRange)
        for (current, info) in parts {
            if info.isFString {
                var index = info.bodyStart
                try fStringPart(&index, end: info.bodyEnd, raw: info.isRaw, level: 0, token: current, into: &builder)
            } else {
                do {
                    builder.appendLiteral(try StringDecoder.decodeString(scalars[info.bodyStart..<info.bodyEnd],
                                                                         raw: info.isRaw))
                } catch {
                    throw decodingError(error, token: current)
                }
            }
        }
        return builder.finish()
    }

    private func decodingError(_ failure: StringDecoder.Failure, token: Token) -> SyntaxError {
        if failure.message.hasPrefix("bytes can only") { return error(failure.message, at: token) }
        return errorAtLastToken(failure.message)
    }

    private func fStringError(_ message: String) -> SyntaxError {
        errorAtLastToken("f-string: " + message)
    }

    /// Scans literal text and replacement fields (CPython's fstring_find_literal_and_expr loop) from
    /// `index`. At `level` 0 this is a whole f-string body; above 0 it is a format spec, which ends
    /// at an unmatched '}'.
    func fStringPart(_ index: inout Int, end: Int, raw: Bool, level: Int, token: Token,
                     into builder: inout FStringBuilder) throws(SyntaxError) {
        let s = source.scalars
        while true {
            // Literal text up to an unescaped '{' or '}'.
            let literalStart = index
            var literalEnd = index
            var doubled = false
            while index < end {
                var c = s[index]
                index += 1
                if !raw && c == "\\" && index < end {
                    c = s[index]
                    index += 1
                    if c == "N" {
                        // Skip "\N{NAME}" so its brace does not start a field.
                        if index < end {
                            let next = s[index]
                            index += 1
                            if next == "{" {
                                while index < end {
                                    let d = s[index]
                                    index += 1
                                    if d == "}" { break }
                                }
                            }
                        }
                        continue
                    }
                }
                if c == "{" || c == "}" {
                    if level == 0 {
                        if index < end && s[index] == c {
                            literalEnd = index
                            index += 1
                            doubled = true
                            break
                        }
                        if c == "}" {
                            index -= 1
                            throw fStringError("single '}' is not allowed")
                        }
                    }
                    index -= 1
                    break
                }
            }
            if !doubled { literalEnd = index }
            if literalEnd > literalStart {
                do {
                    builder.appendLiteral(try StringDecoder.decodeString(s[literalStart..<literalEnd], raw: raw))
                } catch {
                    throw errorAtLastToken(error.message)
                }
            }
            if doubled { continue }
            if index >= end || s[index] == "}" { return }
            try fStringField(&index, end: end, raw: raw, level: level, token: token, into: &builder)
        }
    }

    /// One `{expression[=][!conversion][:spec]}` field, starting at its '{'.
    private func fStringField(_ index: inout Int, end: Int, raw: Bool, level: Int, token: Token,
                              into builder: inout FStringBuilder) throws(SyntaxError) {
        let s = source.scalars
        if level >= 2 { throw fStringError("expressions nested too deeply") }
        index += 1
        let expressionStart = index
        var quote: Unicode.Scalar?
        var tripleQuoted = false
        var brackets: [Unicode.Scalar] = []
        while index < end {
            let c = s[index]
            if c == "\\" { throw errorAtLastToken("f-string expression part cannot include a backslash") }
            if let open = quote {
                if c == open {
                    if tripleQuoted {
                        if index + 2 < end && s[index + 1] == c && s[index + 2] == c {
                            index += 2
                            quote = nil
                        }
                    } else {
                        quote = nil
                    }
                }
            } else if c == "'" || c == "\"" {
                if index + 2 < end && s[index + 1] == c && s[index + 2] == c {
                    tripleQuoted = true
                    index += 2
                } else {
                    tripleQuoted = false
                }
                quote = c
            } else if c == "[" || c == "{" || c == "(" {
                if brackets.count >= Tokenizer.maxBracketDepth { throw fStringError("too many nested parenthesis") }
                brackets.append(c)
            } else if c == "#" {
                throw errorAtLastToken("f-string expression part cannot include '#'")
            } else if brackets.isEmpty && (c == "!" || c == ":" || c == "}" || c == "=" || c == ">" || c == "<") {
                if index + 1 < end {
                    let next = s[index + 1]
                    if next == "=" && c != ":" && c != "}" {
                        index += 2
                        continue
                    }
                }
                if c == ">" || c == "<" {
                    index += 1
                    continue
                }
                break
            } else if c == "]" || c == "}" || c == ")" {
                guard let open = brackets.popLast() else { throw fStringError("unmatched '\(c)'") }
                if !((open == "(" && c == ")") || (open == "[" && c == "]") || (open == "{" && c == "}")) {
                    throw fStringError("closing parenthesis '\(c)' does not match opening parenthesis '\(open)'")
                }
            }
            index += 1
        }
        let expressionEnd = index
        if quote != nil { throw fStringError("unterminated string") }
        if let open = brackets.last { throw fStringError("unmatched '\(open)'") }
        if index >= end { throw fStringError("expecting '}'") }

        var onlyBlanks = true
        for position in expressionStart..<expressionEnd {
            let c = s[position]
            if !(c == " " || c == "\t" || c == "\n" || c == "\u{0C}" || c == "\r") {
                onlyBlanks = false
                break
            }
        }
        if onlyBlanks {
            let terminator = s[index]
            if terminator == "}" { throw fStringError("empty expression not allowed") }
            throw fStringError("expression required before '\(terminator)'")
        }
        let value = try fStringExpression(start: expressionStart, end: expressionEnd)

        var selfDocumenting = false
        if s[index] == "=" {
            index += 1
            while index < end && (s[index] == " " || s[index] == "\t" || s[index] == "\n" || s[index] == "\u{0C}") {
                index += 1
            }
            if index >= end { throw fStringError("expecting '}'") }
            builder.appendLiteral(SourceText.string(s[expressionStart..<index]))
            selfDocumenting = true
        }
        var conversion: Character?
        if s[index] == "!" {
            index += 1
            if index >= end { throw fStringError("expecting '}'") }
            let c = s[index]
            index += 1
            guard c == "s" || c == "r" || c == "a" else {
                throw fStringError("invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = Character(c)
        }
        var formatSpec: Expr?
        if index < end && s[index] == ":" {
            index += 1
            if index >= end { throw fStringError("expecting '}'") }
            var specBuilder = FStringBuilder(range: builder.range)
            try fStringPart(&index, end: end, raw: raw, level: level + 1, token: token, into: &specBuilder)
            formatSpec = specBuilder.finish(range: range(of: token))
        }
        guard index < end, s[index] == "}" else { throw fStringError("expecting '}'") }
        index += 1
        if selfDocumenting && formatSpec == nil && conversion == nil { conversion = "r" }
        builder.appendField(Expr(.formattedValue(value, conversion: conversion, formatSpec: formatSpec), builder.range))
    }

    /// Parses the expression text `start..<end` of a replacement field with a sub-parser.
    private func fStringExpression(start: Int, end: Int) throws(SyntaxError) -> Expr {
        let line = lineNumber(at: start)
        let sub = PythonParser(fStringExpressionIn: source, filename: filename, start: start, end: end, line: line,
                               lineStart: source.lineStarts[line - 1], parent: self)
        let value: Expr
        do {
            value = try sub.fStringExpressionInput()
        } catch {
            throw sub.resolve(error)
        }
        if let failure = sub.tokenizerFailure { throw sub.resolve(failure.error) }
        deferred += sub.deferred
        return value
    }

    /// The 1-based line containing scalar offset `offset`.
    func lineNumber(at offset: Int) -> Int {
        var low = 0
        var high = source.lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if source.lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }
}
