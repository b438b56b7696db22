/// CPython's "invalid_*" rules: specific messages for common mistakes, checked where parsing fails.
extension PythonParser {
    enum TargetContext { case starTargets, forTargets, delTargets }

    /// `_PyPegen_get_expr_name`: how error messages name an expression.
    func expressionName(_ expr: Expr) -> String {
        switch expr.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr, .formattedValue: return "f-string expression"
        case .constant(let value):
            switch value {
            case .none: return "None"
            case .bool(let flag): return flag ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }

    /// `_PyPegen_get_invalid_target`: the first sub-expression that cannot be assigned or deleted.
    func invalidTarget(_ expr: Expr, for context: TargetContext) -> Expr? {
        switch expr.kind {
        case .name, .attribute, .subscript:
            return nil
        case .list(let elements), .tuple(let elements):
            for element in elements {
                if let bad = invalidTarget(element, for: context) { return bad }
            }
            return nil
        case .starred(let value):
            return context == .delTargets ? expr : invalidTarget(value, for: context)
        case .compare(let left, let operators, _):
            // `for a in b` may have been read as a comparison.
            if context == .forTargets {
                return operators.first == .in ? invalidTarget(left, for: context) : nil
            }
            return expr
        default:
            return expr
        }
    }

    func isSingleTarget(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .name, .attribute, .subscript: return true
        default: return false
        }
    }

    /// invalid_named_expression alternatives 2 and 3, re-parsing from the token at `start`:
    /// `NAME '=' bitwise_or` and `bitwise_or '=' bitwise_or` not followed by another `=`.
    func checkMistakenAssignment(at start: Int) throws(SyntaxError) {
        guard invalidChecksDisabled == 0 else { return }
        let savedPos = pos
        let savedFurthest = furthest
        defer {
            pos = savedPos
            furthest = savedFurthest
        }
        invalidChecksDisabled += 1
        defer { invalidChecksDisabled -= 1 }
        pos = start
        let first = tokens[start]
        if first.kind == .name && peek(1) == .equal {
            pos = start + 2
            if let value = attempt({ () throws(SyntaxError) in try bitwiseOr() }),
               peek() != .equal && peek() != .colonEqual {
                throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            from: range(of: first), to: value.range)
            }
            pos = start
        }
        if first.kind == .kwTrue || first.kind == .kwFalse || first.kind == .kwNone { return }
        if first.kind == .lpar || first.kind == .lsqb {
            if let prefix = attempt({ () throws(SyntaxError) in try atom() }) {
                switch prefix.kind {
                case .list, .tuple, .generatorExp: return
                default: break
                }
            }
            pos = start
        }
        guard let target = attempt({ () throws(SyntaxError) in try bitwiseOr() }), accept(.equal) else { return }
        guard attempt({ () throws(SyntaxError) in try bitwiseOr() }) != nil,
              peek() != .equal, peek() != .colonEqual else { return }
        throw error("cannot assign to \(expressionName(target)) here. Maybe you meant '==' instead of '='?",
                    at: target.range)
    }

    /// After an expression that is directly followed by another one: CPython's invalid_expression
    /// ("Perhaps you forgot a comma?" inside brackets) and invalid_legacy_expression (`print x`).
    func checkJuxtaposedExpressions(start: Int, first: Expr) throws(SyntaxError) {
        let firstToken = tokens[start]
        var isLegacy = false
        if case .name(let name) = first.kind, name == "print" || name == "exec" { isLegacy = true }
        let savedPos = pos
        let savedFurthest = furthest
        invalidChecksDisabled += 1
        if isLegacy {
            let value = attempt({ () throws(SyntaxError) in try starExpressions() })
            invalidChecksDisabled -= 1
            if let value {
                throw error("Missing parentheses in call to '\(firstToken.name)'. Did you mean \(firstToken.name)(...)?",
                            from: first.range, to: value.range)
            }
            pos = savedPos
            furthest = savedFurthest
            return
        }
        defer {
            pos = savedPos
            furthest = savedFurthest
        }
        // CPython compares soft keywords with strncmp over the NAME's length, so any prefix of
        // "match", "case" or "_" (such as `m` or `ca`) counts as one here.
        let name = firstToken.name
        let isSoftKeywordPrefix = "match".hasPrefix(name) || "case".hasPrefix(name) || "_".hasPrefix(name)
        let skip = firstToken.kind == .name
            && (isSoftKeywordPrefix || tokens[min(start + 1, tokens.count - 1)].kind == .string)
        let second = skip ? nil : attempt({ () throws(SyntaxError) in try expression() })
        invalidChecksDisabled -= 1
        guard let second, pos > 0, tokens[pos - 1].level > 0 else { return }
        throw error("invalid syntax. Perhaps you forgot a comma?", from: first.range, to: second.range)
    }

    /// At an assignment target that cannot be assigned: CPython first tries invalid_named_expression on
    /// the statement's first target (its last element when it is an unparenthesised tuple).
    func checkMistakenAssignmentAtStatement(_ target: Expr, statementStart: Int) throws(SyntaxError) {
        var elementStart = statementStart
        if case .tuple = target.kind {
            var index = pos - 1
            while index > statementStart {
                if tokens[index].kind == .comma && tokens[index].level == 0 {
                    elementStart = index + 1
                    break
                }
                index -= 1
            }
        }
        try checkMistakenAssignment(at: elementStart)
    }

    /// CPython's compiler rejects a starred expression used outside a tuple, list, set or call.
    func checkStarredUse(_ expr: Expr) {
        if case .starred = expr.kind {
            deferError("can't use starred expression here", at: expr.range, rank: 2)
        }
    }

    /// The compiler's checks on starred assignment targets.
    func checkStarredTarget(_ target: Expr) {
        switch target.kind {
        case .starred:
            deferError("starred assignment target must be in a list or tuple", at: target.range, rank: 2)
        case .tuple(let elements), .list(let elements):
            var count = 0
            for element in elements {
                if case .starred = element.kind { count += 1 }
                checkNestedStarredTarget(element)
            }
            if count > 1 {
                deferError("multiple starred expressions in assignment", at: target.range, rank: 2)
            }
        default:
            break
        }
    }

    private func checkNestedStarredTarget(_ element: Expr) {
        switch element.kind {
        case .tuple, .list: checkStarredTarget(element)
        case .starred(let inner):
            if case .starred = inner.kind { checkStarredTarget(inner) } else { checkNestedStarredTarget(inner) }
        default: break
        }
    }
}
