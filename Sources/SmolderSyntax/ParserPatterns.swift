/// The `match` statement and its patterns. `match`, `case` and `_` are soft keywords: they are
/// NAME tokens, recognised only in these positions.
extension PythonParser {
    /// Parses a match statement if the line is one; returns nil (position unchanged) when `match` is
    /// an ordinary name here, e.g. `match = 1` or `match(x)`.
    func matchStatementIfPresent() throws(SyntaxError) -> Stmt? {
        let start = pos
        let keyword = token
        let header = attempt({ () throws(SyntaxError) -> (Expr, TokenKind) in
            advance()
            let subject = try subjectExpression()
            return (subject, peek())
        })
        guard let (subject, following) = header else { return nil }
        guard following == .colon else {
            // Not a match statement after all; CPython's invalid_match_stmt only speaks up if the
            // line fails as a simple statement too.
            let newline = following == .newline ? token : nil
            pos = start
            if let newline, attempt({ () throws(SyntaxError) in try simpleStatements() }) == nil {
                throw error("expected ':'", at: newline)
            }
            pos = start
            return nil
        }
        advance()
        guard accept(.newline) else { throw invalidSyntax() }
        guard accept(.indent) else {
            _ = peek()
            throw errorAtLastToken("expected an indented block after 'match' statement on line \(keyword.line)",
                                   kind: .indentationError)
        }
        var cases: [MatchCase] = []
        var lastBody: [Stmt] = []
        while atSoftKeyword("case") {
            let (matchCase, _) = try caseBlock()
            cases.append(matchCase)
            lastBody = matchCase.body
        }
        if cases.isEmpty { throw invalidSyntax() }
        try expect(.dedent)
        checkReachability(cases)
        return Stmt(.match(subject: subject, cases: cases), range(from: start, through: lastBody))
    }

    /// subject_expr: `star_named_expression ',' star_named_expressions? | named_expression`.
    private func subjectExpression() throws(SyntaxError) -> Expr {
        let start = pos
        let first = try starNamedExpression()
        guard peek() == .comma else {
            if case .starred = first.kind { throw invalidSyntax() }
            return first
        }
        var elements = [first]
        while accept(.comma) {
            guard PythonParser.startsExpression(peek()) || peek() == .star else { break }
            elements.append(try starNamedExpression())
        }
        return Expr(.tuple(elements), range(from: start))
    }

    private func caseBlock() throws(SyntaxError) -> (MatchCase, Token) {
        let keyword = advance()
        let pattern = try topLevelPattern()
        var guardExpr: Expr?
        if accept(.kwIf) { guardExpr = try namedExpression() }
        try expectHeaderColon()
        let body = try block(after: "'case' statement", line: keyword.line)
        checkPatternBindings(pattern)
        return (MatchCase(pattern: pattern, guardExpr: guardExpr, body: body), keyword)
    }

    /// patterns: an open sequence `a, *b` or a single pattern.
    private func topLevelPattern() throws(SyntaxError) -> Pattern {
        let start = pos
        let first = try maybeStarPattern()
        guard peek() == .comma else {
            if case .star = first.kind { throw invalidSyntax() }
            return first
        }
        var items = [first]
        while accept(.comma) {
            if peek() == .colon || peek() == .kwIf { break }
            items.append(try maybeStarPattern())
        }
        let result = Pattern(.sequence(items), range(from: start))
        checkStarredPatterns(items, range: result.range)
        return result
    }

    /// pattern: `or_pattern ['as' NAME]`.
    func pattern() throws(SyntaxError) -> Pattern {
        try enterNesting()
        defer { depth -= 1 }
        let start = pos
        let alternative = try orPattern()
        guard accept(.kwAs) else { return alternative }
        if atSoftKeyword("_") { throw error("cannot use '_' as a target", at: token) }
        guard peek() == .name, peek(1) != .dot, peek(1) != .lpar, peek(1) != .equal else {
            if PythonParser.startsExpression(peek()), let bad = attempt({ () throws(SyntaxError) in try expression() }) {
                throw error("invalid pattern target", at: bad.range)
            }
            throw invalidSyntax()
        }
        let name = advance().name
        return Pattern(.as(pattern: alternative, name: name), range(from: start))
    }

    private func orPattern() throws(SyntaxError) -> Pattern {
        let start = pos
        var alternatives = [try closedPattern()]
        while accept(.vbar) { alternatives.append(try closedPattern()) }
        if alternatives.count == 1 { return alternatives[0] }
        for alternative in alternatives.dropLast() where isIrrefutable(alternative) {
            reportUnreachable(alternative)
            break
        }
        return Pattern(.or(alternatives), range(from: start))
    }

    private func maybeStarPattern() throws(SyntaxError) -> Pattern {
        guard peek() == .star else { return try pattern() }
        let start = pos
        advance()
        let name = try expect(.name).name
        return Pattern(.star(name == "_" ? nil : name), range(from: start))
    }

    private func closedPattern() throws(SyntaxError) -> Pattern {
        let start = pos
        switch peek() {
        case .number, .minus:
            return Pattern(.value(try numericLiteral()), range(from: start))
        case .string:
            return Pattern(.value(try stringLiteralForPattern()), range(from: start))
        case .kwNone:
            advance()
            return Pattern(.singleton(.none), range(from: start))
        case .kwTrue:
            advance()
            return Pattern(.singleton(.bool(true)), range(from: start))
        case .kwFalse:
            advance()
            return Pattern(.singleton(.bool(false)), range(from: start))
        case .name:
            let (value, dotted) = try nameOrAttribute()
            if peek() == .lpar { return try classPattern(cls: value, start: start) }
            if dotted { return Pattern(.value(value), range(from: start)) }
            guard case .name(let name) = value.kind else { throw invalidSyntax() }
            return Pattern(.as(pattern: nil, name: name == "_" ? nil : name), range(from: start))
        case .lpar:
            advance()
            if accept(.rpar) { return Pattern(.sequence([]), range(from: start)) }
            let first = try maybeStarPattern()
            if accept(.rpar) {
                if case .star = first.kind {
                    return Pattern(.sequence([first]), range(from: start))
                }
                return first
            }
            guard peek() == .comma else { throw invalidSyntax() }
            var items = [first]
            while accept(.comma) {
                if peek() == .rpar { break }
                items.append(try maybeStarPattern())
            }
            try expect(.rpar)
            let result = Pattern(.sequence(items), range(from: start))
            checkStarredPatterns(items, range: result.range)
            return result
        case .lsqb:
            advance()
            var items: [Pattern] = []
            while peek() != .rsqb {
                items.append(try maybeStarPattern())
                if !accept(.comma) { break }
            }
            try expect(.rsqb)
            let result = Pattern(.sequence(items), range(from: start))
            checkStarredPatterns(items, range: result.range)
            return result
        case .lbrace:
            return try mappingPattern()
        default:
            throw invalidSyntax()
        }
    }

    /// `NAME ('.' NAME)*` as a name or attribute expression; `dotted` when it has a dot.
    private func nameOrAttribute() throws(SyntaxError) -> (Expr, dotted: Bool) {
        let start = pos
        let first = advance()
        var value = Expr(.name(first.name), range(of: first))
        var dotted = false
        while peek() == .dot {
            advance()
            let name = try expect(.name).name
            value = Expr(.attribute(value, name: name), range(from: start))
            dotted = true
        }
        return (value, dotted)
    }

    /// signed_number or complex_number: `-1`, `2.5`, `1 + 2j`, `-1 - 3j`.
    private func numericLiteral() throws(SyntaxError) -> Expr {
        let start = pos
        var real: Expr
        if accept(.minus) {
            let number = try expect(.number)
            real = Expr(.unaryOp(.minus, Expr(.constant(numberConstant(number)), range(of: number))), range(from: start))
        } else {
            let number = try expect(.number)
            real = Expr(.constant(numberConstant(number)), range(of: number))
        }
        guard peek() == .plus || peek() == .minus else { return real }
        if isImaginary(real) { throw error("real number required in complex literal", at: real.range) }
        let op: BinaryOperator = advance().kind == .plus ? .add : .subtract
        let number = try expect(.number)
        let imaginary = Expr(.constant(numberConstant(number)), range(of: number))
        guard isImaginary(imaginary) else {
            throw error("imaginary number required in complex literal", at: imaginary.range)
        }
        real = Expr(.binOp(real, op, imaginary), range(from: start))
        return real
    }

    private func isImaginary(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .constant(.imaginary): return true
        case .unaryOp(_, let operand): return isImaginary(operand)
        default: return false
        }
    }

    private func stringLiteralForPattern() throws(SyntaxError) -> Expr {
        let value = try strings()
        if case .joinedStr = value.kind {
            throw error("patterns may only match literals and attribute lookups", at: value.range)
        }
        return value
    }

    private func classPattern(cls: Expr, start: Int) throws(SyntaxError) -> Pattern {
        advance()
        var patterns: [Pattern] = []
        var keywordNames: [String] = []
        var keywordPatterns: [Pattern] = []
        while peek() != .rpar {
            if peek() == .name && peek(1) == .equal {
                let name = advance().name
                advance()
                let value = try pattern()
                if keywordNames.contains(name) {
                    deferError("attribute name repeated in class pattern: \(name)", at: value.range, rank: 2)
                }
                keywordNames.append(name)
                keywordPatterns.append(value)
            } else {
                let value = try pattern()
                if !keywordNames.isEmpty {
                    throw error("positional patterns follow keyword patterns", at: value.range)
                }
                patterns.append(value)
            }
            if !accept(.comma) { break }
        }
        try expect(.rpar)
        return Pattern(.class(cls: cls, patterns: patterns, keywordNames: keywordNames, keywordPatterns: keywordPatterns),
                       range(from: start))
    }

    private func mappingPattern() throws(SyntaxError) -> Pattern {
        let start = pos
        advance()
        var keys: [Expr] = []
        var patterns: [Pattern] = []
        var rest: String?
        while peek() != .rbrace {
            if accept(.doubleStar) {
                rest = try expect(.name).name
                _ = accept(.comma)
                break
            }
            let key: Expr
            switch peek() {
            case .number, .minus: key = try numericLiteral()
            case .string: key = try stringLiteralForPattern()
            case .kwNone, .kwTrue, .kwFalse: key = try atom()
            case .name:
                let (value, dotted) = try nameOrAttribute()
                guard dotted else { throw invalidSyntax() }
                key = value
            default: throw invalidSyntax()
            }
            try expect(.colon)
            keys.append(key)
            patterns.append(try pattern())
            if !accept(.comma) { break }
        }
        try expect(.rbrace)
        return Pattern(.mapping(keys: keys, patterns: patterns, rest: rest), range(from: start))
    }

    // MARK: - Compiler checks on patterns

    private func checkStarredPatterns(_ items: [Pattern], range: SourceRange) {
        var count = 0
        for item in items { if case .star = item.kind { count += 1 } }
        if count > 1 { deferError("multiple starred names in sequence pattern", at: range, rank: 2) }
    }

    private func isIrrefutable(_ pattern: Pattern) -> Bool {
        switch pattern.kind {
        case .as(let inner, _): return inner.map(isIrrefutable) ?? true
        case .or(let alternatives): return alternatives.contains(where: isIrrefutable)
        default: return false
        }
    }

    private func reportUnreachable(_ pattern: Pattern) {
        if case .as(nil, let name?) = pattern.kind {
            deferError("name capture '\(name)' makes remaining patterns unreachable", at: pattern.range, rank: 2)
        } else if case .as(nil, nil) = pattern.kind {
            deferError("wildcard makes remaining patterns unreachable", at: pattern.range, rank: 2)
        } else if case .as(let inner?, _) = pattern.kind {
            reportUnreachable(inner)
        }
    }

    /// A case whose pattern always matches must be the last one (unless it has a guard).
    private func checkReachability(_ cases: [MatchCase]) {
        for matchCase in cases.dropLast() where matchCase.guardExpr == nil && isIrrefutable(matchCase.pattern) {
            reportUnreachable(matchCase.pattern)
            return
        }
    }

    /// "multiple assignments to name 'a' in pattern".
    private func checkPatternBindings(_ pattern: Pattern) {
        var seen: Set<String> = []
        func visit(_ pattern: Pattern) -> Bool {
            func bind(_ name: String?) -> Bool {
                guard let name else { return true }
                if !seen.insert(name).inserted {
                    deferError("multiple assignments to name '\(name)' in pattern", at: pattern.range, rank: 2)
                    return false
                }
                return true
            }
            switch pattern.kind {
            case .value, .singleton: return true
            case .sequence(let items): return items.allSatisfy(visit)
            case .mapping(_, let patterns, let rest): return patterns.allSatisfy(visit) && bind(rest)
            case .class(_, let patterns, _, let keywordPatterns):
                return patterns.allSatisfy(visit) && keywordPatterns.allSatisfy(visit)
            case .star(let name): return bind(name)
            case .as(let inner, let name): return (inner.map(visit) ?? true) && bind(name)
            case .or(let alternatives):
                // Each alternative binds the same names; check only the first.
                return alternatives.first.map(visit) ?? true
            }
        }
        _ = visit(pattern)
    }
}
