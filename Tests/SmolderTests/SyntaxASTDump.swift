import SmolderSyntax

/// A compact, deterministic text form of the AST for tests, shaped like `ast.dump` so expectations
/// can be produced from CPython. With `positions`, every node carries `@line:col-endLine:endCol`.
struct SyntaxASTDump {
    var positions = false

    func dump(_ module: Module) -> String { list(module.body.map(stmt)) }

    private func at(_ range: SourceRange) -> String {
        positions ? "@\(range.line):\(range.column)-\(range.endLine):\(range.endColumn)" : ""
    }

    private func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

    private func opt(_ expr: Expr?) -> String { expr.map(self.expr) ?? "None" }

    private func name(_ value: String?) -> String { value.map { "'\($0)'" } ?? "None" }

    func stmt(_ s: Stmt) -> String {
        let body: String
        switch s.kind {
        case .functionDef(let f):
            body = "FunctionDef('\(f.name)', \(arguments(f.arguments)), \(list(f.body.map(stmt))), \(list(f.decorators.map(expr))), \(opt(f.returns)))"
        case .classDef(let c):
            body = "ClassDef('\(c.name)', \(list(c.bases.map(expr))), \(list(c.keywords.map(keyword))), \(list(c.body.map(stmt))), \(list(c.decorators.map(expr))))"
        case .return(let value): body = "Return(\(opt(value)))"
        case .delete(let targets): body = "Delete(\(list(targets.map(expr))))"
        case .assign(let targets, let value): body = "Assign(\(list(targets.map(expr))), \(expr(value)))"
        case .augAssign(let target, let op, let value): body = "AugAssign(\(expr(target)), \(op), \(expr(value)))"
        case .annAssign(let target, let annotation, let value, let simple):
            body = "AnnAssign(\(expr(target)), \(expr(annotation)), \(opt(value)), \(simple ? 1 : 0))"
        case .for(let target, let iter, let b, let orelse):
            body = "For(\(expr(target)), \(expr(iter)), \(list(b.map(stmt))), \(list(orelse.map(stmt))))"
        case .while(let test, let b, let orelse):
            body = "While(\(expr(test)), \(list(b.map(stmt))), \(list(orelse.map(stmt))))"
        case .if(let test, let b, let orelse):
            body = "If(\(expr(test)), \(list(b.map(stmt))), \(list(orelse.map(stmt))))"
        case .with(let items, let b):
            body = "With(\(list(items.map { "withitem(\(expr($0.contextExpr)), \(opt($0.optionalVars)))" })), \(list(b.map(stmt))))"
        case .match(let subject, let cases):
            body = "Match(\(expr(subject)), \(list(cases.map { "match_case(\(pattern($0.pattern)), \(opt($0.guardExpr)), \(list($0.body.map(stmt))))" })))"
        case .raise(let exception, let cause): body = "Raise(\(opt(exception)), \(opt(cause)))"
        case .try(let b, let handlers, let orelse, let finalbody):
            body = "Try(\(list(b.map(stmt))), \(list(handlers.map(handler))), \(list(orelse.map(stmt))), \(list(finalbody.map(stmt))))"
        case .tryStar(let b, let handlers, let orelse, let finalbody):
            body = "TryStar(\(list(b.map(stmt))), \(list(handlers.map(handler))), \(list(orelse.map(stmt))), \(list(finalbody.map(stmt))))"
        case .assert(let test, let message): body = "Assert(\(expr(test)), \(opt(message)))"
        case .import(let names, let isLazy): body = "Import(\(list(names.map(alias)))\(isLazy ? ", lazy" : ""))"
        case .importFrom(let module, let names, let level, let isLazy):
            body = "ImportFrom(\(name(module)), \(list(names.map(alias))), \(level)\(isLazy ? ", lazy" : ""))"
        case .global(let names): body = "Global(\(list(names.map { "'\($0)'" })))"
        case .nonlocal(let names): body = "Nonlocal(\(list(names.map { "'\($0)'" })))"
        case .expr(let value): body = "Expr(\(expr(value)))"
        case .pass: body = "Pass()"
        case .break: body = "Break()"
        case .continue: body = "Continue()"
        }
        return body + at(s.range)
    }

    private func handler(_ h: ExceptHandler) -> String {
        "ExceptHandler(\(opt(h.type)), \(name(h.name)), \(list(h.body.map(stmt))))" + at(h.range)
    }

    private func alias(_ a: Alias) -> String { "alias('\(a.name)', \(name(a.asName)))" + at(a.range) }

    private func keyword(_ k: Keyword) -> String { "keyword(\(name(k.name)), \(expr(k.value)))" + at(k.range) }

    private func arg(_ a: Arg) -> String { "arg('\(a.name)', \(opt(a.annotation)))" + at(a.range) }

    private func arguments(_ a: Arguments) -> String {
        "arguments(\(list(a.positionalOnly.map(arg))), \(list(a.args.map(arg))), \(a.vararg.map(arg) ?? "None"), "
            + "\(list(a.keywordOnly.map(arg))), \(list(a.keywordDefaults.map(opt))), \(a.kwarg.map(arg) ?? "None"), "
            + "\(list(a.defaults.map(expr))))"
    }

    private func comprehension(_ c: Comprehension) -> String {
        "comprehension(\(expr(c.target)), \(expr(c.iter)), \(list(c.conditions.map(expr))))"
    }

    func constant(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .bool(let flag): return flag ? "True" : "False"
        case .ellipsis: return "Ellipsis"
        case .int(let value): return "\(value)"
        case .bigInt(let value): return "big:\(value)"
        case .float(let value): return "float:\(value)"
        case .imaginary(let value): return "imag:\(value)"
        case .string(let value): return "str:" + escape(value)
        case .bytes(let value): return "bytes:" + value.map { String($0) }.joined(separator: ",")
        }
    }

    private func escape(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            default:
                if scalar.value < 32 || scalar.value == 127 {
                    out += "\\x" + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "'"
    }

    func expr(_ e: Expr) -> String {
        let body: String
        switch e.kind {
        case .boolOp(let op, let values): body = "BoolOp(\(op), \(list(values.map(expr))))"
        case .namedExpr(let target, let value): body = "NamedExpr(\(expr(target)), \(expr(value)))"
        case .binOp(let left, let op, let right): body = "BinOp(\(expr(left)), \(op), \(expr(right)))"
        case .unaryOp(let op, let operand): body = "UnaryOp(\(op), \(expr(operand)))"
        case .lambda(let args, let b): body = "Lambda(\(arguments(args)), \(expr(b)))"
        case .ifExp(let test, let b, let orelse): body = "IfExp(\(expr(test)), \(expr(b)), \(expr(orelse)))"
        case .dict(let keys, let values): body = "Dict(\(list(keys.map(opt))), \(list(values.map(expr))))"
        case .set(let elements): body = "Set(\(list(elements.map(expr))))"
        case .listComp(let element, let generators):
            body = "ListComp(\(expr(element)), \(list(generators.map(comprehension))))"
        case .setComp(let element, let generators):
            body = "SetComp(\(expr(element)), \(list(generators.map(comprehension))))"
        case .dictComp(let key, let value, let generators):
            body = "DictComp(\(expr(key)), \(expr(value)), \(list(generators.map(comprehension))))"
        case .generatorExp(let element, let generators):
            body = "GeneratorExp(\(expr(element)), \(list(generators.map(comprehension))))"
        case .yield(let value): body = "Yield(\(opt(value)))"
        case .yieldFrom(let value): body = "YieldFrom(\(expr(value)))"
        case .compare(let left, let ops, let comparators):
            body = "Compare(\(expr(left)), \(list(ops.map { "\($0)" })), \(list(comparators.map(expr))))"
        case .call(let function, let args, let keywords):
            body = "Call(\(expr(function)), \(list(args.map(expr))), \(list(keywords.map(keyword))))"
        case .formattedValue(let value, let conversion, let spec):
            body = "FormattedValue(\(expr(value)), \(conversion.map { "'\($0)'" } ?? "None"), \(opt(spec)))"
        case .joinedStr(let values): body = "JoinedStr(\(list(values.map(expr))))"
        case .constant(let value): body = "Constant(\(constant(value)))"
        case .attribute(let value, let attr): body = "Attribute(\(expr(value)), '\(attr)')"
        case .subscript(let value, let index): body = "Subscript(\(expr(value)), \(expr(index)))"
        case .starred(let value): body = "Starred(\(expr(value)))"
        case .name(let id): body = "Name('\(id)')"
        case .list(let elements): body = "List(\(list(elements.map(expr))))"
        case .tuple(let elements): body = "Tuple(\(list(elements.map(expr))))"
        case .slice(let lower, let upper, let step): body = "Slice(\(opt(lower)), \(opt(upper)), \(opt(step)))"
        }
        return body + at(e.range)
    }

    func pattern(_ p: Pattern) -> String {
        let body: String
        switch p.kind {
        case .value(let value): body = "MatchValue(\(expr(value)))"
        case .singleton(let value): body = "MatchSingleton(\(constant(value)))"
        case .sequence(let patterns): body = "MatchSequence(\(list(patterns.map(pattern))))"
        case .mapping(let keys, let patterns, let rest):
            body = "MatchMapping(\(list(keys.map(expr))), \(list(patterns.map(pattern))), \(name(rest)))"
        case .class(let cls, let patterns, let names, let keywordPatterns):
            body = "MatchClass(\(expr(cls)), \(list(patterns.map(pattern))), \(list(names.map { "'\($0)'" })), \(list(keywordPatterns.map(pattern))))"
        case .star(let n): body = "MatchStar(\(name(n)))"
        case .as(let inner, let n): body = "MatchAs(\(inner.map(pattern) ?? "None"), \(name(n)))"
        case .or(let patterns): body = "MatchOr(\(list(patterns.map(pattern))))"
        }
        return body + at(p.range)
    }
}
