/// Statement rules: simple statements, compound statements, blocks and definitions.
extension PythonParser {
    /// file: statements ENDMARKER.
    func fileInput() throws(SyntaxError) -> [Stmt] {
        var body: [Stmt] = []
        while true {
            switch peek() {
            case .endMarker: return body
            case .newline: advance()
            default: body.append(contentsOf: try statement())
            }
        }
    }

    /// eval: expressions NEWLINE* ENDMARKER. Indentation around the expression is ignored (the
    /// `eval()` builtin strips leading blanks; Smolder also tolerates blank lines around it).
    func evalInput() throws(SyntaxError) -> Expr {
        while accept(.newline) || accept(.indent) {}
        let value = try starExpressions()
        while accept(.newline) || accept(.dedent) {}
        try expect(.endMarker)
        return value
    }

    /// single: one statement line or one compound statement.
    func interactiveInput() throws(SyntaxError) -> [Stmt] {
        while accept(.newline) {}
        if peek() == .endMarker { return [] }
        let body = try statement()
        while accept(.newline) {}
        if peek() != .endMarker && peek() != .errorToken {
            throw error("multiple statements found while compiling a single statement", at: token)
        }
        try expect(.endMarker)
        return body
    }

    /// The expression of an f-string replacement field.
    func fStringExpressionInput() throws(SyntaxError) -> Expr {
        let value = peek() == .kwYield ? try yieldExpression() : try starExpressions()
        try expect(.endMarker)
        return value
    }

    func statement() throws(SyntaxError) -> [Stmt] {
        switch peek() {
        case .kwDef, .kwIf, .kwClass, .kwWith, .kwFor, .kwTry, .kwWhile, .at:
            return [try compoundStatement()]
        case .name where token.name == "match":
            if let match = try matchStatementIfPresent() { return [match] }
        case .kwAsync, .kwAwait:
            throw invalidSyntax()
        default:
            break
        }
        return try simpleStatements()
    }

    func simpleStatements() throws(SyntaxError) -> [Stmt] {
        var result: [Stmt] = []
        while true {
            result.append(try simpleStatement())
            guard accept(.semi) else { break }
            if peek() == .newline { break }
        }
        try expect(.newline)
        return result
    }

    /// An indented block (or simple statements on the header's line) after a compound header.
    func block(after header: String, line: Int) throws(SyntaxError) -> [Stmt] {
        guard accept(.newline) else { return try simpleStatements() }
        guard accept(.indent) else {
            _ = peek()
            throw errorAtLastToken("expected an indented block after \(header) on line \(line)",
                                   kind: .indentationError)
        }
        var body: [Stmt] = []
        while peek() != .dedent && peek() != .endMarker && peek() != .errorToken {
            body.append(contentsOf: try statement())
        }
        try expect(.dedent)
        return body
    }

    /// The ':' ending a compound header; CPython says "expected ':'" when the line ends instead.
    func expectHeaderColon() throws(SyntaxError) {
        if accept(.colon) { return }
        if peek() == .newline { throw errorAtLastToken("expected ':'") }
        throw invalidSyntax()
    }

    /// The range from the token at `start` to the end of the last statement of a body.
    func range(from start: Int, through body: [Stmt]) -> SourceRange {
        var result = range(from: start)
        if let last = body.last {
            result.endLine = last.range.endLine
            result.endColumn = last.range.endColumn
        }
        return result
    }

    // MARK: - Simple statements

    func simpleStatement() throws(SyntaxError) -> Stmt {
        let start = pos
        switch peek() {
        case .kwPass:
            advance()
            return Stmt(.pass, range(from: start))
        case .kwBreak:
            advance()
            let stmt = Stmt(.break, range(from: start))
            if loopDepths[loopDepths.count - 1] == 0 { deferError("'break' outside loop", at: stmt.range, rank: 2) }
            return stmt
        case .kwContinue:
            advance()
            let stmt = Stmt(.continue, range(from: start))
            if loopDepths[loopDepths.count - 1] == 0 {
                deferError("'continue' not properly in loop", at: stmt.range, rank: 2)
            }
            return stmt
        case .kwReturn:
            advance()
            var value: Expr?
            if PythonParser.startsExpression(peek()) || peek() == .star {
                let result = try starExpressions()
                checkStarredUse(result)
                value = result
            }
            let stmt = Stmt(.return(value), range(from: start))
            if currentScope != .function { deferError("'return' outside function", at: stmt.range, rank: 2) }
            return stmt
        case .kwRaise:
            advance()
            var exception: Expr?
            var cause: Expr?
            if PythonParser.startsExpression(peek()) {
                exception = try expression()
                if accept(.kwFrom) { cause = try expression() }
            }
            return Stmt(.raise(exception: exception, cause: cause), range(from: start))
        case .kwGlobal, .kwNonlocal:
            let isGlobal = advance().kind == .kwGlobal
            var names = [try expect(.name).name]
            while accept(.comma) { names.append(try expect(.name).name) }
            let stmt = Stmt(isGlobal ? .global(names) : .nonlocal(names), range(from: start))
            if !isGlobal && currentScope == .module {
                deferError("nonlocal declaration not allowed at module level", at: stmt.range, rank: 1)
            }
            return stmt
        case .kwDel:
            return try deleteStatement()
        case .kwAssert:
            advance()
            let test = try expression()
            var message: Expr?
            if accept(.comma) { message = try expression() }
            return Stmt(.assert(test: test, message: message), range(from: start))
        case .kwImport:
            return try importStatement(start: start, isLazy: false)
        case .kwFrom:
            return try fromImportStatement(start: start, isLazy: false)
        case .name where token.name == "lazy" && (peek(1) == .kwImport || peek(1) == .kwFrom):
            advance()
            let stmt = peek() == .kwImport
                ? try importStatement(start: start, isLazy: true)
                : try fromImportStatement(start: start, isLazy: true)
            try checkLazyImport(stmt)
            return stmt
        default:
            return try expressionStatement()
        }
    }

    private func deleteStatement() throws(SyntaxError) -> Stmt {
        let start = pos
        advance()
        var targets: [Expr] = []
        repeat {
            guard PythonParser.startsExpression(peek()) || peek() == .star else { break }
            targets.append(try starExpression())
        } while accept(.comma)
        if targets.isEmpty { throw invalidSyntax() }
        for target in targets {
            if let bad = invalidTarget(target, for: .delTargets) {
                throw error("cannot delete \(expressionName(bad))", at: bad.range)
            }
        }
        return Stmt(.delete(targets), range(from: start))
    }

    /// Expression statements and every form of assignment.
    private func expressionStatement() throws(SyntaxError) -> Stmt {
        let start = pos
        let first = peek() == .kwYield ? try yieldExpression() : try starExpressions()
        switch peek() {
        case .colon:
            return try annotatedAssignment(target: first, start: start)
        case .equal:
            return try assignment(first: first, start: start)
        default:
            if let op = peek().augmentedOperator {
                guard isSingleTarget(first) else {
                    throw error("'\(expressionName(first))' is an illegal expression for augmented assignment",
                                at: first.range)
                }
                advance()
                let value = peek() == .kwYield ? try yieldExpression() : try starExpressions()
                return Stmt(.augAssign(target: first, op: op, value: value), range(from: start))
            }
            checkStarredUse(first)
            return Stmt(.expr(first), range(from: start))
        }
    }

    private func annotatedAssignment(target: Expr, start: Int) throws(SyntaxError) -> Stmt {
        // CPython's hints for a bad annotation target need `':' expression` to follow.
        let colon = pos
        let hasAnnotation = attempt({ () throws(SyntaxError) -> Expr in
            advance()
            return try expression()
        }) != nil
        pos = colon
        if !hasAnnotation && !isSingleTarget(target) { throw invalidSyntax() }
        switch target.kind {
        case .name, .attribute, .subscript:
            break
        case .tuple(let elements):
            let parenthesized = tokens[start].kind == .lpar && tokens[pos - 1].kind == .rpar
                && target.range.column == tokens[start].column && target.range.line == tokens[start].line
            if !parenthesized, let first = elements.first {
                throw error("only single target (not tuple) can be annotated", at: first.range)
            }
            throw error("only single target (not tuple) can be annotated", at: target.range)
        case .list:
            throw error("only single target (not list) can be annotated", at: target.range)
        default:
            throw error("illegal target for annotation", at: target.range)
        }
        advance()
        let annotation = try expression()
        var value: Expr?
        if accept(.equal) {
            value = peek() == .kwYield ? try yieldExpression() : try starExpressions()
        }
        var simple = false
        if case .name = target.kind, tokens[start].kind != .lpar { simple = true }
        return Stmt(.annAssign(target: target, annotation: annotation, value: value, simple: simple), range(from: start))
    }

    private func assignment(first: Expr, start: Int) throws(SyntaxError) -> Stmt {
        var targets: [Expr] = []
        var current = first
        while peek() == .equal {
            if targets.isEmpty, invalidTarget(current, for: .starTargets) != nil || current.kind.isYield {
                try checkMistakenAssignmentAtStatement(current, statementStart: start)
            }
            if current.kind.isYield {
                throw error("assignment to yield expression not possible", at: current.range)
            }
            if let bad = invalidTarget(current, for: .starTargets) {
                throw error("cannot assign to \(expressionName(bad))", at: bad.range)
            }
            checkStarredTarget(current)
            targets.append(current)
            advance()
            current = peek() == .kwYield ? try yieldExpression() : try starExpressions()
        }
        checkStarredUse(current)
        return Stmt(.assign(targets: targets, value: current), range(from: start))
    }

    // MARK: - Imports

    private func dottedName() throws(SyntaxError) -> String {
        var name = try expect(.name).name
        while peek() == .dot {
            advance()
            name += "." + (try expect(.name).name)
        }
        return name
    }

    private func importStatement(start: Int, isLazy: Bool) throws(SyntaxError) -> Stmt {
        advance()
        var names: [Alias] = []
        repeat {
            let aliasStart = pos
            let name = try dottedName()
            var asName: String?
            if accept(.kwAs) { asName = try expect(.name).name }
            names.append(Alias(name: name, asName: asName, range: range(from: aliasStart)))
        } while accept(.comma)
        return Stmt(.import(names: names, isLazy: isLazy), range(from: start))
    }

    private func fromImportStatement(start: Int, isLazy: Bool) throws(SyntaxError) -> Stmt {
        advance()
        var level = 0
        while true {
            if accept(.dot) { level += 1 } else if accept(.ellipsis) { level += 3 } else { break }
        }
        var module: String?
        if level == 0 || peek() == .name { module = try dottedName() }
        try expect(.kwImport)
        var names: [Alias] = []
        if peek() == .star {
            let star = advance()
            names = [Alias(name: "*", asName: nil, range: range(of: star))]
        } else {
            let parenthesized = accept(.lpar)
            repeat {
                if parenthesized && peek() == .rpar && !names.isEmpty { break }
                if !parenthesized && !names.isEmpty && peek() != .name {
                    throw errorAtLastToken("trailing comma not allowed without surrounding parentheses")
                }
                let aliasStart = pos
                let name = try expect(.name).name
                var asName: String?
                if accept(.kwAs) { asName = try expect(.name).name }
                names.append(Alias(name: name, asName: asName, range: range(from: aliasStart)))
            } while accept(.comma)
            if parenthesized { try expect(.rpar) }
        }
        let stmt = Stmt(.importFrom(module: module, names: names, level: level, isLazy: isLazy), range(from: start))
        if module == "__future__" && level == 0 && !isLazy && scopes.count > 1 {
            deferError("from __future__ imports must occur at the beginning of the file", at: stmt.range, rank: 2)
        }
        return stmt
    }

    /// PEP 810: where `lazy import` is not allowed.
    private func checkLazyImport(_ stmt: Stmt) throws(SyntaxError) {
        switch currentScope {
        case .function: throw error("lazy import not allowed inside functions", at: stmt.range)
        case .classBody: throw error("lazy import not allowed inside classes", at: stmt.range)
        case .module: break
        }
        if tryDepths[tryDepths.count - 1] > 0 {
            throw error("lazy import not allowed inside try/except blocks", at: stmt.range)
        }
        if case .importFrom(let module, let names, let level, _) = stmt.kind {
            if module == "__future__" && level == 0 {
                throw error("lazy from __future__ import is not allowed", at: stmt.range)
            }
            if names.first?.name == "*" {
                throw error("lazy from ... import * is not allowed", at: stmt.range)
            }
        }
    }

    static let futureFeatureNames: Set<String> = [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations", "lazy_imports", "eager_imports",
    ]

    /// future.c: `from __future__` imports must come first (after a docstring) and name known features.
    func checkFutureImports(_ body: [Stmt]) throws(SyntaxError) -> Set<String> {
        var features: Set<String> = []
        var allowed = true
        for (index, stmt) in body.enumerated() {
            if case .importFrom(let module, let names, let level, let isLazy) = stmt.kind,
               module == "__future__", level == 0, !isLazy {
                guard allowed else {
                    throw error("from __future__ imports must occur at the beginning of the file", at: stmt.range)
                }
                for alias in names {
                    if alias.name == "braces" {
                        throw makeError("not a chance", line: stmt.range.line, offset: stmt.range.column + 1,
                                        endLine: stmt.range.line, endOffset: stmt.range.column + 1)
                    }
                    guard PythonParser.futureFeatureNames.contains(alias.name) else {
                        throw makeError("future feature \(alias.name) is not defined", line: stmt.range.line,
                                        offset: stmt.range.column + 1, endLine: stmt.range.line,
                                        endOffset: stmt.range.column + 1)
                    }
                    features.insert(alias.name)
                }
                continue
            }
            if index == 0, case .expr(let value) = stmt.kind, case .constant(.string) = value.kind { continue }
            allowed = false
        }
        return features
    }

    // MARK: - Compound statements

    func compoundStatement() throws(SyntaxError) -> Stmt {
        switch peek() {
        case .at:
            var decorators: [Expr] = []
            while accept(.at) {
                decorators.append(try namedExpression())
                try expect(.newline)
            }
            switch peek() {
            case .kwDef: return try functionDefinition(decorators: decorators)
            case .kwClass: return try classDefinition(decorators: decorators)
            default: throw invalidSyntax()
            }
        case .kwDef: return try functionDefinition(decorators: [])
        case .kwClass: return try classDefinition(decorators: [])
        case .kwIf: return try ifStatement()
        case .kwWhile: return try whileStatement()
        case .kwFor: return try forStatement()
        case .kwWith: return try withStatement()
        case .kwTry: return try tryStatement()
        default: throw invalidSyntax()
        }
    }

    private func inScope<T>(_ scope: ScopeKind, _ body: () throws(SyntaxError) -> T) throws(SyntaxError) -> T {
        scopes.append(scope)
        loopDepths.append(0)
        tryDepths.append(0)
        defer {
            scopes.removeLast()
            loopDepths.removeLast()
            tryDepths.removeLast()
        }
        return try body()
    }

    private func inLoop<T>(_ body: () throws(SyntaxError) -> T) throws(SyntaxError) -> T {
        loopDepths[loopDepths.count - 1] += 1
        defer { loopDepths[loopDepths.count - 1] -= 1 }
        return try body()
    }

    private func functionDefinition(decorators: [Expr]) throws(SyntaxError) -> Stmt {
        let start = pos
        let keyword = advance()
        guard peek() == .name else { throw invalidSyntax() }
        let name = advance().name
        try expectForced(.lpar, "(")
        let arguments = try parameters(isLambda: false)
        try expect(.rpar)
        var returns: Expr?
        if accept(.arrow) { returns = try expression() }
        try expectForced(.colon, ":")
        let body = try inScope(.function) { () throws(SyntaxError) in
            try block(after: "function definition", line: keyword.line)
        }
        let definition = FunctionDef(name: name, arguments: arguments, body: body, decorators: decorators, returns: returns)
        return Stmt(.functionDef(definition), range(from: start, through: body))
    }

    private func classDefinition(decorators: [Expr]) throws(SyntaxError) -> Stmt {
        let start = pos
        let keyword = advance()
        let name = try expect(.name).name
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if peek() == .lpar {
            let open = pos
            advance()
            (bases, keywords) = try callArguments(openIndex: open, allowGenerator: false)
        }
        try expectHeaderColon()
        let body = try inScope(.classBody) { () throws(SyntaxError) in
            try block(after: "class definition", line: keyword.line)
        }
        let definition = ClassDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
        return Stmt(.classDef(definition), range(from: start, through: body))
    }

    private func ifStatement() throws(SyntaxError) -> Stmt {
        try enterNesting()
        defer { depth -= 1 }
        let start = pos
        let keyword = advance()
        let test = try namedExpression()
        try expectHeaderColon()
        let header = keyword.kind == .kwIf ? "'if' statement" : "'elif' statement"
        let body = try block(after: header, line: keyword.line)
        var orelse: [Stmt] = []
        if peek() == .kwElif {
            orelse = [try ifStatement()]
        } else if peek() == .kwElse {
            orelse = try elseBlock()
        }
        return Stmt(.if(test: test, body: body, orelse: orelse), range(from: start, through: orelse.isEmpty ? body : orelse))
    }

    private func elseBlock() throws(SyntaxError) -> [Stmt] {
        let keyword = advance()
        try expectForced(.colon, ":")
        return try block(after: "'else' statement", line: keyword.line)
    }

    private func whileStatement() throws(SyntaxError) -> Stmt {
        let start = pos
        let keyword = advance()
        let test = try namedExpression()
        try expectHeaderColon()
        let body = try inLoop { () throws(SyntaxError) in try block(after: "'while' statement", line: keyword.line) }
        let orelse = peek() == .kwElse ? try elseBlock() : []
        return Stmt(.while(test: test, body: body, orelse: orelse), range(from: start, through: orelse.isEmpty ? body : orelse))
    }

    private func forStatement() throws(SyntaxError) -> Stmt {
        let start = pos
        let keyword = advance()
        let target = try starTargets()
        guard accept(.kwIn) else { throw invalidSyntax() }
        let iter = try starExpressions()
        checkStarredUse(iter)
        try expectHeaderColon()
        let body = try inLoop { () throws(SyntaxError) in try block(after: "'for' statement", line: keyword.line) }
        let orelse = peek() == .kwElse ? try elseBlock() : []
        return Stmt(.for(target: target, iter: iter, body: body, orelse: orelse),
                    range(from: start, through: orelse.isEmpty ? body : orelse))
    }

    private func withStatement() throws(SyntaxError) -> Stmt {
        let start = pos
        let keyword = advance()
        var items: [WithItem] = []
        if peek() == .lpar, let parenthesized = attempt(restoringFurthest: false, { () throws(SyntaxError) -> [WithItem] in
            advance()
            var items = [try withItem()]
            while accept(.comma) {
                if peek() == .rpar { break }
                items.append(try withItem())
            }
            try expect(.rpar)
            guard peek() == .colon else { throw invalidSyntax() }
            return items
        }) {
            items = parenthesized
        } else {
            items = [try withItem()]
            while accept(.comma) { items.append(try withItem()) }
        }
        try expectHeaderColon()
        let body = try block(after: "'with' statement", line: keyword.line)
        return Stmt(.with(items: items, body: body), range(from: start, through: body))
    }

    private func withItem() throws(SyntaxError) -> WithItem {
        let context = try expression()
        guard accept(.kwAs) else { return WithItem(contextExpr: context, optionalVars: nil) }
        let target = try starTargetElement()
        guard peek() == .comma || peek() == .rpar || peek() == .colon else { throw invalidSyntax() }
        if let bad = invalidTarget(target, for: .starTargets) {
            throw error("cannot assign to \(expressionName(bad))", at: bad.range)
        }
        return WithItem(contextExpr: context, optionalVars: target)
    }

    private func tryStatement() throws(SyntaxError) -> Stmt {
        let start = pos
        let keyword = advance()
        try expectForced(.colon, ":")
        tryDepths[tryDepths.count - 1] += 1
        defer { tryDepths[tryDepths.count - 1] -= 1 }
        let body = try block(after: "'try' statement", line: keyword.line)
        var handlers: [ExceptHandler] = []
        var isStarTry: Bool?
        while peek() == .kwExcept {
            let handlerStart = pos
            let exceptToken = advance()
            let starToken = peek() == .star ? advance() : nil
            let isStar = starToken != nil
            if let previous = isStarTry, previous != isStar {
                throw error("cannot have both 'except' and 'except*' on the same 'try'",
                            from: range(of: exceptToken), to: range(of: starToken ?? exceptToken))
            }
            if let last = handlers.last, last.type == nil {
                throw error("default 'except:' must be last", at: last.range)
            }
            isStarTry = isStar
            var type: Expr?
            var name: String?
            if peek() == .colon || peek() == .newline {
                if isStar {
                    if peek() == .colon { throw error("expected one or more exception types", at: token) }
                    throw errorAtLastToken("expected 'except' or 'finally' block")
                }
            } else {
                let typeStart = pos
                let value = try expression()
                if peek() == .comma {
                    advance()
                    _ = try starExpressions()
                    let span = range(from: typeStart)
                    throw makeError("multiple exception types must be parenthesized", line: span.line,
                                    offset: span.column + 1, endLine: span.endLine, endOffset: span.endColumn + 1)
                }
                type = value
                if accept(.kwAs) { name = try expect(.name).name }
            }
            try expectHeaderColon()
            let header = isStar ? "'except*' statement" : "'except' statement"
            let handlerBody = try block(after: header, line: exceptToken.line)
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody,
                                          range: range(from: handlerStart, through: handlerBody)))
        }
        var orelse: [Stmt] = []
        var finalbody: [Stmt] = []
        if !handlers.isEmpty && peek() == .kwElse { orelse = try elseBlock() }
        if peek() == .kwFinally {
            let finallyToken = advance()
            try expectForced(.colon, ":")
            finalbody = try block(after: "'finally' statement", line: finallyToken.line)
        }
        if handlers.isEmpty && finalbody.isEmpty {
            _ = peek()
            throw errorAtLastToken("expected 'except' or 'finally' block")
        }
        var end = SourceRange.unknown
        if let last = finalbody.last { end = last.range } else if let last = orelse.last { end = last.range } else if let last = handlers.last { end = last.range }
        var stmtRange = range(from: start)
        stmtRange.endLine = end.endLine
        stmtRange.endColumn = end.endColumn
        let kind: StmtKind = isStarTry == true
            ? .tryStar(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody)
            : .try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody)
        return Stmt(kind, stmtRange)
    }

    // MARK: - Parameters

    /// Parameters of a `def` (up to ')') or a `lambda` (up to ':').
    func parameters(isLambda: Bool) throws(SyntaxError) -> Arguments {
        let closing: TokenKind = isLambda ? .colon : .rpar
        var result = Arguments()
        var positional: [Arg] = []
        var sawSlash = false
        var sawStar = false
        var sawDefault = false
        while peek() != closing {
            let current = token
            switch peek() {
            case .slash:
                if sawStar { throw error("/ must be ahead of *", at: current) }
                if sawSlash { throw error("/ may appear only once", at: current) }
                if positional.isEmpty {
                    if peek(1) == .comma { throw error("at least one argument must precede /", at: current) }
                    throw error("invalid syntax", at: current)
                }
                advance()
                sawSlash = true
                result.positionalOnly = positional
                positional = []
            case .star:
                if sawStar { throw error("* argument may appear only once", at: current) }
                advance()
                sawStar = true
                if peek() == .comma || peek() == closing {
                    if peek() == closing || peek(1) == closing || peek(1) == .doubleStar {
                        throw error("named arguments must follow bare *", at: current)
                    }
                } else {
                    result.vararg = try parameter(isLambda: isLambda)
                    if peek() == .equal {
                        throw error("var-positional argument cannot have default value", at: token)
                    }
                }
            case .doubleStar:
                advance()
                result.kwarg = try parameter(isLambda: isLambda)
                if peek() == .equal { throw error("var-keyword argument cannot have default value", at: token) }
                if accept(.comma) && peek() != closing {
                    if peek() == .name {
                        let extra = try parameter(isLambda: isLambda)
                        throw error("arguments cannot follow var-keyword argument", at: extra.range)
                    }
                    if peek() == .star || peek() == .doubleStar || peek() == .slash {
                        throw error("arguments cannot follow var-keyword argument", at: token)
                    }
                    throw invalidSyntax()
                }
                if peek() != closing { throw invalidSyntax() }
                continue
            case .name:
                let arg = try parameter(isLambda: isLambda)
                var defaultValue: Expr?
                if accept(.equal) {
                    defaultValue = try expression()
                    sawDefault = true
                } else if sawDefault && !sawStar && (peek() == .comma || peek() == closing) {
                    throw error("non-default argument follows default argument", at: arg.range)
                }
                if sawStar {
                    result.keywordOnly.append(arg)
                    result.keywordDefaults.append(defaultValue)
                } else {
                    positional.append(arg)
                    if let defaultValue { result.defaults.append(defaultValue) }
                }
            case .lpar where !isLambda:
                let open = pos
                if let group = attempt({ () throws(SyntaxError) -> SourceRange in
                    advance()
                    _ = try expect(.name)
                    while accept(.comma) { if peek() == .name { advance() } }
                    try expect(.rpar)
                    return range(from: open)
                }) {
                    throw error("Function parameters cannot be parenthesized", at: group)
                }
                throw invalidSyntax()
            default:
                throw invalidSyntax()
            }
            if !accept(.comma) { break }
        }
        result.args = positional
        checkDuplicateParameters(result)
        return result
    }

    private func parameter(isLambda: Bool) throws(SyntaxError) -> Arg {
        let start = pos
        let name = try expect(.name).name
        var annotation: Expr?
        if !isLambda && accept(.colon) { annotation = try expression() }
        return Arg(name: name, annotation: annotation, range: range(from: start))
    }

    private func checkDuplicateParameters(_ arguments: Arguments) {
        var all = arguments.positionalOnly + arguments.args
        if let vararg = arguments.vararg { all.append(vararg) }
        all += arguments.keywordOnly
        if let kwarg = arguments.kwarg { all.append(kwarg) }
        var seen: Set<String> = []
        for arg in all where !seen.insert(arg.name).inserted {
            deferError("duplicate argument '\(arg.name)' in function definition", at: arg.range, rank: 1)
            return
        }
    }
}

extension ExprKind {
    var isYield: Bool {
        switch self {
        case .yield, .yieldFrom: return true
        default: return false
        }
    }
}
