import BigInt

/// Expression rules, from `star_expressions` down to atoms, in the order of the reference grammar.
extension PythonParser {
    static func startsExpression(_ kind: TokenKind) -> Bool {
        switch kind {
        case .name, .number, .string, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde, .kwNot, .kwLambda,
             .kwNone, .kwTrue, .kwFalse, .ellipsis, .kwAwait:
            return true
        default:
            return false
        }
    }

    /// star_expressions: `a, *b, c` becomes a tuple.
    func starExpressions() throws(SyntaxError) -> Expr {
        let start = pos
        let first = try starExpression()
        guard peek() == .comma else { return first }
        var elements = [first]
        while accept(.comma) {
            guard PythonParser.startsExpression(peek()) || peek() == .star else { break }
            elements.append(try starExpression())
        }
        return Expr(.tuple(elements), range(from: start))
    }

    /// star_expression: `'*' bitwise_or | expression`.
    func starExpression() throws(SyntaxError) -> Expr {
        guard peek() == .star else { return try expression() }
        let start = pos
        advance()
        let value = try bitwiseOr()
        return Expr(.starred(value), range(from: start))
    }

    /// star_named_expression: `'*' bitwise_or | named_expression`.
    func starNamedExpression() throws(SyntaxError) -> Expr {
        guard peek() == .star else { return try namedExpression() }
        let start = pos
        advance()
        let value = try bitwiseOr()
        return Expr(.starred(value), range(from: start))
    }

    /// named_expression: a walrus or an expression; a following `=` gets CPython's hints.
    func namedExpression(checkAssignment: Bool = true) throws(SyntaxError) -> Expr {
        let start = pos
        if peek() == .name && peek(1) == .colonEqual {
            let nameToken = advance()
            advance()
            let value = try expression()
            let target = Expr(.name(nameToken.name), range(of: nameToken))
            return Expr(.namedExpr(target: target, value: value), range(from: start))
        }
        let value = try expression()
        if peek() == .colonEqual && invalidChecksDisabled == 0 {
            throw error("cannot use assignment expressions with \(expressionName(value))", at: value.range)
        }
        if checkAssignment && peek() == .equal { try checkMistakenAssignment(at: start) }
        return value
    }

    /// expression: conditional expressions, lambdas, and the "forgot a comma" hint.
    func expression() throws(SyntaxError) -> Expr {
        try enterNesting()
        defer { depth -= 1 }
        if peek() == .kwLambda { return try lambdef() }
        let start = pos
        let body = try disjunction()
        if peek() == .kwIf {
            advance()
            let test = try disjunction()
            guard accept(.kwElse) else {
                if peek() != .colon && invalidChecksDisabled == 0 {
                    throw error("expected 'else' after 'if' expression", from: body.range, to: test.range)
                }
                throw invalidSyntax()
            }
            let orelse = try expression()
            return Expr(.ifExp(test: test, body: body, orelse: orelse), range(from: start))
        }
        if PythonParser.startsExpression(peek()) && invalidChecksDisabled == 0 {
            try checkJuxtaposedExpressions(start: start, first: body)
        }
        return body
    }

    func disjunction() throws(SyntaxError) -> Expr {
        let start = pos
        let first = try conjunction()
        guard peek() == .kwOr else { return first }
        var values = [first]
        while accept(.kwOr) { values.append(try conjunction()) }
        return Expr(.boolOp(.or, values), range(from: start))
    }

    func conjunction() throws(SyntaxError) -> Expr {
        let start = pos
        let first = try inversion()
        guard peek() == .kwAnd else { return first }
        var values = [first]
        while accept(.kwAnd) { values.append(try inversion()) }
        return Expr(.boolOp(.and, values), range(from: start))
    }

    func inversion() throws(SyntaxError) -> Expr {
        guard peek() == .kwNot else { return try comparison() }
        let start = pos
        advance()
        try enterNesting()
        defer { depth -= 1 }
        let operand = try inversion()
        return Expr(.unaryOp(.not, operand), range(from: start))
    }

    func comparison() throws(SyntaxError) -> Expr {
        let start = pos
        let left = try bitwiseOr()
        var operators: [CompareOperator] = []
        var comparators: [Expr] = []
        loop: while true {
            let op: CompareOperator
            switch peek() {
            case .eqEqual: op = .equal
            case .notEqual: op = .notEqual
            case .less: op = .less
            case .lessEqual: op = .lessEqual
            case .greater: op = .greater
            case .greaterEqual: op = .greaterEqual
            case .kwIn: op = .in
            case .kwNot:
                guard peek(1) == .kwIn else { break loop }
                advance()
                op = .notIn
            case .kwIs:
                if peek(1) == .kwNot {
                    advance()
                    op = .isNot
                } else {
                    op = .is
                }
            default:
                break loop
            }
            advance()
            operators.append(op)
            comparators.append(try bitwiseOr())
        }
        if operators.isEmpty { return left }
        return Expr(.compare(left, operators, comparators), range(from: start))
    }

    func bitwiseOr() throws(SyntaxError) -> Expr { try binary(level: 0) }

    /// The left-associative binary levels: | ^ & shifts sums terms.
    private func binary(level: Int) throws(SyntaxError) -> Expr {
        if level == 6 { return try factor() }
        let start = pos
        var left = try binary(level: level + 1)
        var chain = 0
        while let op = binaryOperator(peek(), level: level) {
            chain += 1
            try checkChainLength(chain)
            advance()
            let right = try binary(level: level + 1)
            left = Expr(.binOp(left, op, right), range(from: start))
        }
        return left
    }

    /// Left-associative chains (`1+1+...`, `a.b.c...`) nest the AST without recursing here; cap them so
    /// later recursive passes (and releasing the tree) stay within the stack. CPython's compiler gives
    /// up at a similar size.
    private func checkChainLength(_ chain: Int) throws(SyntaxError) {
        if chain + depth > PythonParser.maxChainDepth {
            throw error("too many nested expressions", at: token)
        }
    }

    private func binaryOperator(_ kind: TokenKind, level: Int) -> BinaryOperator? {
        switch (level, kind) {
        case (0, .vbar): return .bitOr
        case (1, .circumflex): return .bitXor
        case (2, .amper): return .bitAnd
        case (3, .leftShift): return .leftShift
        case (3, .rightShift): return .rightShift
        case (4, .plus): return .add
        case (4, .minus): return .subtract
        case (5, .star): return .multiply
        case (5, .slash): return .trueDivide
        case (5, .doubleSlash): return .floorDivide
        case (5, .percent): return .modulo
        case (5, .at): return .matrixMultiply
        default: return nil
        }
    }

    func factor() throws(SyntaxError) -> Expr {
        let op: UnaryOperator
        switch peek() {
        case .plus: op = .plus
        case .minus: op = .minus
        case .tilde: op = .invert
        default: return try power()
        }
        let start = pos
        advance()
        try enterNesting()
        defer { depth -= 1 }
        let operand = try factor()
        return Expr(.unaryOp(op, operand), range(from: start))
    }

    func power() throws(SyntaxError) -> Expr {
        let start = pos
        let base = try primary()
        guard accept(.doubleStar) else { return base }
        try enterNesting()
        defer { depth -= 1 }
        let exponent = try factor()
        return Expr(.binOp(base, .power, exponent), range(from: start))
    }

    /// primary: attribute access, calls and subscripts on an atom.
    func primary() throws(SyntaxError) -> Expr {
        let start = pos
        var value = try atom()
        var chain = 0
        while true {
            chain += 1
            try checkChainLength(chain)
            switch peek() {
            case .dot:
                advance()
                guard peek() == .name else { throw invalidSyntax() }
                let name = advance().name
                value = Expr(.attribute(value, name: name), range(from: start))
            case .lpar:
                let open = pos
                advance()
                let (args, keywords) = try callArguments(openIndex: open, allowGenerator: true)
                value = Expr(.call(function: value, args: args, keywords: keywords), range(from: start))
            case .lsqb:
                advance()
                let index = try slices()
                try expect(.rsqb)
                value = Expr(.subscript(value, index: index), range(from: start))
            default:
                return value
            }
        }
    }

    func atom() throws(SyntaxError) -> Expr {
        let current = token
        switch peek() {
        case .name:
            advance()
            return Expr(.name(current.name), range(of: current))
        case .kwTrue:
            advance()
            return Expr(.constant(.bool(true)), range(of: current))
        case .kwFalse:
            advance()
            return Expr(.constant(.bool(false)), range(of: current))
        case .kwNone:
            advance()
            return Expr(.constant(.none), range(of: current))
        case .ellipsis:
            advance()
            return Expr(.constant(.ellipsis), range(of: current))
        case .number:
            advance()
            return Expr(.constant(numberConstant(current)), range(of: current))
        case .string:
            return try strings()
        case .lpar:
            return try parenthesized()
        case .lsqb:
            return try listDisplay()
        case .lbrace:
            return try braceDisplay()
        default:
            throw invalidSyntax()
        }
    }

    /// The value of a NUMBER token (the tokenizer has already validated its shape).
    func numberConstant(_ token: Token) -> Constant {
        var text = ""
        text.unicodeScalars.reserveCapacity(token.end - token.start)
        for index in token.start..<token.end where source.scalars[index] != "_" {
            text.unicodeScalars.append(source.scalars[index])
        }
        let lower = text.lowercased()
        if lower.hasSuffix("j") {
            return .imaginary(Double(lower.dropLast()) ?? .infinity)
        }
        var radix = 10
        var digits = Substring(lower)
        if lower.hasPrefix("0x") { radix = 16 } else if lower.hasPrefix("0o") { radix = 8 } else if lower.hasPrefix("0b") { radix = 2 }
        if radix != 10 {
            digits = digits.dropFirst(2)
        } else if lower.contains(".") || lower.contains("e") {
            return .float(Double(lower) ?? .infinity)
        }
        if let value = Int(digits, radix: radix) { return .int(value) }
        return .bigInt(BigInt(digits, radix: radix) ?? 0)
    }

    /// `( ... )`: empty tuple, group, tuple, generator expression or parenthesised yield.
    func parenthesized() throws(SyntaxError) -> Expr {
        let start = pos
        advance()
        if accept(.rpar) { return Expr(.tuple([]), range(from: start)) }
        if peek() == .kwYield {
            let value = try yieldExpression()
            try expect(.rpar)
            return value
        }
        if peek() == .doubleStar {
            let starStar = advance()
            _ = try expression()
            if peek() == .rpar { throw error("cannot use double starred expression here", at: starStar) }
            throw invalidSyntax()
        }
        let first = try starNamedExpression()
        if peek() == .kwFor {
            if case .starred = first.kind {
                throw error("iterable unpacking cannot be used in comprehension", at: first.range)
            }
            let generators = try comprehensionClauses()
            try expect(.rpar)
            return Expr(.generatorExp(element: first, generators: generators), range(from: start))
        }
        if peek() == .rpar {
            advance()
            if case .starred = first.kind { throw error("cannot use starred expression here", at: first.range) }
            return first
        }
        guard peek() == .comma else { throw invalidSyntax() }
        var elements = [first]
        while accept(.comma) {
            if peek() == .rpar { break }
            elements.append(try starNamedExpression())
        }
        try expect(.rpar)
        return Expr(.tuple(elements), range(from: start))
    }

    func listDisplay() throws(SyntaxError) -> Expr {
        let start = pos
        advance()
        if accept(.rsqb) { return Expr(.list([]), range(from: start)) }
        let first = try starNamedExpression()
        if peek() == .kwFor {
            if case .starred = first.kind {
                throw error("iterable unpacking cannot be used in comprehension", at: first.range)
            }
            let generators = try comprehensionClauses()
            try expect(.rsqb)
            return Expr(.listComp(element: first, generators: generators), range(from: start))
        }
        let elements = try displayElements(first: first, closing: .rsqb)
        try expect(.rsqb)
        return Expr(.list(elements), range(from: start))
    }

    /// The rest of a list or set display after its first element.
    private func displayElements(first: Expr, closing: TokenKind) throws(SyntaxError) -> [Expr] {
        var elements = [first]
        while accept(.comma) {
            if peek() == closing { break }
            if peek() == .kwFor && elements.count >= 2, let last = elements.last {
                throw error("did you forget parentheses around the comprehension target?", from: first.range, to: last.range)
            }
            elements.append(try starNamedExpression())
            if peek() == .kwFor, let last = elements.last {
                throw error("did you forget parentheses around the comprehension target?", from: first.range, to: last.range)
            }
        }
        return elements
    }

    /// `{ ... }`: dict, set, or their comprehensions.
    func braceDisplay() throws(SyntaxError) -> Expr {
        let start = pos
        advance()
        if accept(.rbrace) { return Expr(.dict(keys: [], values: []), range(from: start)) }
        var keys: [Expr?] = []
        var values: [Expr] = []
        if peek() == .doubleStar {
            let starStar = advance()
            values.append(try bitwiseOr())
            keys.append(nil)
            if peek() == .kwFor {
                throw error("dict unpacking cannot be used in dict comprehension", at: starStar)
            }
        } else {
            let first = try starNamedExpression()
            guard peek() == .colon else {
                if peek() == .kwFor {
                    if case .starred = first.kind {
                        throw error("iterable unpacking cannot be used in comprehension", at: first.range)
                    }
                    let generators = try comprehensionClauses()
                    try expect(.rbrace)
                    return Expr(.setComp(element: first, generators: generators), range(from: start))
                }
                let elements = try displayElements(first: first, closing: .rbrace)
                try expect(.rbrace)
                return Expr(.set(elements), range(from: start))
            }
            let value = try dictionaryValue()
            if peek() == .kwFor {
                let generators = try comprehensionClauses()
                try expect(.rbrace)
                return Expr(.dictComp(key: first, value: value, generators: generators), range(from: start))
            }
            keys.append(first)
            values.append(value)
        }
        while accept(.comma) {
            if peek() == .rbrace { break }
            if accept(.doubleStar) {
                keys.append(nil)
                values.append(try bitwiseOr())
                continue
            }
            let key = try expression()
            guard peek() == .colon else {
                if invalidChecksDisabled == 0 {
                    throw makeError("':' expected after dictionary key", line: key.range.endLine,
                                    offset: key.range.endColumn, endLine: key.range.endLine, endOffset: 0)
                }
                throw invalidSyntax()
            }
            keys.append(key)
            values.append(try dictionaryValue())
        }
        try expect(.rbrace)
        return Expr(.dict(keys: keys, values: values), range(from: start))
    }

    /// After a dictionary key: `':' expression`, with CPython's hints for a missing value.
    private func dictionaryValue() throws(SyntaxError) -> Expr {
        let colon = advance()
        if peek() == .rbrace || peek() == .comma {
            throw error("expression expected after dictionary key and ':'", at: colon)
        }
        if peek() == .star {
            let star = token
            throw makeError("cannot use a starred expression in a dictionary value", line: star.line,
                            offset: star.column + 1, endLine: star.line, endOffset: -1)
        }
        return try expression()
    }

    /// for_if_clauses.
    func comprehensionClauses() throws(SyntaxError) -> [Comprehension] {
        var generators: [Comprehension] = []
        while peek() == .kwFor {
            advance()
            let target = try starTargets()
            guard accept(.kwIn) else { throw invalidSyntax() }
            let iter = try disjunction()
            var conditions: [Expr] = []
            while accept(.kwIf) { conditions.append(try disjunction()) }
            generators.append(Comprehension(target: target, iter: iter, conditions: conditions))
        }
        return generators
    }

    /// star_targets of `for` loops and comprehensions: parsed at `bitwise_or` level (so `in` stops
    /// them) and then checked, as CPython's invalid_for_target does.
    func starTargets() throws(SyntaxError) -> Expr {
        let start = pos
        var result = try starTargetElement()
        if peek() == .comma {
            var elements = [result]
            while accept(.comma) {
                guard PythonParser.startsExpression(peek()) || peek() == .star else { break }
                elements.append(try starTargetElement())
            }
            result = Expr(.tuple(elements), range(from: start))
        }
        if let bad = invalidTarget(result, for: .forTargets) {
            throw error("cannot assign to \(expressionName(bad))", at: bad.range)
        }
        return result
    }

    func starTargetElement() throws(SyntaxError) -> Expr {
        guard peek() == .star else { return try bitwiseOr() }
        let start = pos
        advance()
        let value = try bitwiseOr()
        return Expr(.starred(value), range(from: start))
    }

    /// Call arguments after the opening parenthesis, through the closing one.
    func callArguments(openIndex: Int, allowGenerator: Bool) throws(SyntaxError) -> ([Expr], [Keyword]) {
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var sawKeyword = false
        var sawKeywordUnpacking = false
        while peek() != .rpar {
            let argStart = pos
            let kind = peek()
            if (kind == .kwTrue || kind == .kwFalse || kind == .kwNone) && peek(1) == .equal {
                let spelling = kind == .kwTrue ? "True" : kind == .kwFalse ? "False" : "None"
                throw error("cannot assign to \(spelling)", from: range(of: token), to: range(of: peekToken(1)))
            }
            switch kind {
            case .star:
                if sawKeywordUnpacking {
                    throw errorAtLastToken("iterable argument unpacking follows keyword argument unpacking")
                }
                advance()
                let value = try expression()
                let starred = Expr(.starred(value), range(from: argStart))
                if peek() == .kwFor {
                    throw error("iterable unpacking cannot be used in comprehension", at: starred.range)
                }
                args.append(starred)
            case .doubleStar:
                advance()
                let value = try expression()
                keywords.append(Keyword(name: nil, value: value, range: range(from: argStart)))
                sawKeywordUnpacking = true
            case .name where peek(1) == .equal:
                let nameToken = advance()
                let equal = advance()
                let value = try expression()
                if peek() == .kwFor {
                    throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                                from: range(of: nameToken), to: range(of: equal))
                }
                keywords.append(Keyword(name: nameToken.name, value: value, range: range(from: argStart)))
                sawKeyword = true
            default:
                let value = try namedExpression(checkAssignment: false)
                if peek() == .equal {
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?",
                                from: value.range, to: range(of: token))
                }
                if peek() == .kwFor {
                    guard allowGenerator else { throw invalidSyntax() }
                    let generators = try comprehensionClauses()
                    if args.isEmpty && keywords.isEmpty && peek() == .rpar {
                        // The sole argument: the generator's range includes the call's parentheses.
                        let open = tokens[openIndex]
                        let close = token
                        let genRange = SourceRange(line: open.line, column: open.column, endLine: close.endLine,
                                                   endColumn: close.endColumn)
                        args.append(Expr(.generatorExp(element: value, generators: generators), genRange))
                        continue
                    }
                    let lastItem = generators.last.map { $0.conditions.last ?? $0.iter } ?? value
                    throw error("Generator expression must be parenthesized", from: value.range, to: lastItem.range)
                }
                if sawKeyword || sawKeywordUnpacking {
                    _ = peek()
                    throw errorAtLastToken(sawKeywordUnpacking
                        ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument")
                }
                args.append(value)
            }
            if !accept(.comma) { break }
        }
        try expect(.rpar)
        checkRepeatedKeywords(keywords)
        return (args, keywords)
    }

    private func checkRepeatedKeywords(_ keywords: [Keyword]) {
        guard keywords.count > 1 else { return }
        var seen: Set<String> = []
        for keyword in keywords {
            guard let name = keyword.name else { continue }
            if !seen.insert(name).inserted {
                deferError("keyword argument repeated: \(name)", at: keyword.range, rank: 2)
                return
            }
        }
    }

    /// The index of a subscript: one slice or expression, or a tuple of them.
    func slices() throws(SyntaxError) -> Expr {
        let start = pos
        let first = try sliceItem()
        guard peek() == .comma else {
            if case .starred = first.kind { return Expr(.tuple([first]), range(from: start)) }
            return first
        }
        var elements = [first]
        while accept(.comma) {
            if peek() == .rsqb { break }
            elements.append(try sliceItem())
        }
        return Expr(.tuple(elements), range(from: start))
    }

    private func sliceItem() throws(SyntaxError) -> Expr {
        let start = pos
        if peek() == .star {
            advance()
            let value = try expression()
            return Expr(.starred(value), range(from: start))
        }
        var lower: Expr?
        if peek() != .colon {
            let value = try namedExpression()
            guard peek() == .colon else { return value }
            lower = value
        }
        advance()
        var upper: Expr?
        var step: Expr?
        if peek() != .colon && peek() != .comma && peek() != .rsqb { upper = try expression() }
        if accept(.colon) && peek() != .comma && peek() != .rsqb { step = try expression() }
        return Expr(.slice(lower: lower, upper: upper, step: step), range(from: start))
    }

    /// yield_expr.
    func yieldExpression() throws(SyntaxError) -> Expr {
        let start = pos
        advance()
        let result: Expr
        if accept(.kwFrom) {
            let value = try expression()
            result = Expr(.yieldFrom(value), range(from: start))
        } else if PythonParser.startsExpression(peek()) || peek() == .star {
            let value = try starExpressions()
            result = Expr(.yield(value), range(from: start))
        } else {
            result = Expr(.yield(nil), range(from: start))
        }
        if currentScope != .function {
            deferError("'yield' outside function", at: result.range, rank: 1)
        }
        return result
    }

    func lambdef() throws(SyntaxError) -> Expr {
        let start = pos
        advance()
        let arguments = try parameters(isLambda: true)
        try expect(.colon)
        scopes.append(.function)
        loopDepths.append(0)
        tryDepths.append(0)
        defer {
            scopes.removeLast()
            loopDepths.removeLast()
            tryDepths.removeLast()
        }
        let body = try expression()
        return Expr(.lambda(arguments, body: body), range(from: start))
    }
}
