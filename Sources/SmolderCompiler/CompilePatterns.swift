import SmolderSyntax

/// The `match` statement. A pattern consumes the subject on top of the stack; on failure it jumps to a
/// "pop ladder" label that removes whatever the match left on the stack, then continues at the
/// context's failure target.
extension CodeGenerator {
    final class PatternContext {
        var ladder: [Label]
        init(failure: Label) { ladder = [failure] }
    }

    /// The label that pops `count` items and then fails.
    func failLabel(_ context: PatternContext, pops count: Int) -> Label {
        while context.ladder.count <= count { context.ladder.append(code.newLabel()) }
        return context.ladder[count]
    }

    /// Emits the pop ladder (highest first, falling through to the failure target).
    func emitLadder(_ context: PatternContext) {
        for i in stride(from: context.ladder.count - 1, to: 0, by: -1) {
            code.place(context.ladder[i])
            code.emit(.popTop)
        }
        code.place(context.ladder[0])
    }

    func compileMatch(_ subject: Expr, _ cases: [MatchCase]) throws(SyntaxError) {
        try compileExpression(subject)
        let end = code.newLabel()
        for (i, matchCase) in cases.enumerated() {
            let isLast = i == cases.count - 1
            setLine(matchCase.pattern.range)
            let next = code.newLabel()
            let context = PatternContext(failure: next)
            if !isLast { code.emit(.dupTop) }
            try compilePattern(matchCase.pattern, context, pops: 1)
            if let guardExpr = matchCase.guardExpr {
                try compileCondition(guardExpr, jumpIfTrue: false, to: failLabel(context, pops: 0))
            }
            if !isLast { code.emit(.popTop) }
            try compileBody(matchCase.body)
            code.emitJump(.jump, end)
            emitLadder(context)
        }
        if cases.isEmpty { code.emit(.popTop) }
        code.place(end)
    }

    /// Matches the subject on top of the stack. `pops` counts the stack items (subject included) a
    /// failure must remove.
    func compilePattern(_ p: Pattern, _ context: PatternContext, pops: Int) throws(SyntaxError) {
        setLine(p.range)
        switch p.kind {
        case .as(let sub, let name):
            guard let sub else {
                if let name { emitName(name, .store) } else { code.emit(.popTop) }
                return
            }
            if let name {
                code.emit(.dupTop)
                try compilePattern(sub, context, pops: pops + 1)
                emitName(name, .store)
            } else {
                try compilePattern(sub, context, pops: pops)
            }
        case .star(let name):
            if let name { emitName(name, .store) } else { code.emit(.popTop) }
        case .value(let value):
            try compileExpression(value)
            code.emit(.compareOp, Int(CompareOpArg.equal.rawValue))
            code.emitJump(.popJumpIfFalse, failLabel(context, pops: pops - 1))
        case .singleton(let c):
            code.emitConstant(constant(c))
            code.emit(.isOp, 0)
            code.emitJump(.popJumpIfFalse, failLabel(context, pops: pops - 1))
        case .or(let alternatives):
            let success = code.newLabel()
            for alternative in alternatives {
                let nextAlternative = code.newLabel()
                let altContext = PatternContext(failure: nextAlternative)
                code.emit(.dupTop)
                try compilePattern(alternative, altContext, pops: 1)
                code.emit(.popTop)
                code.emitJump(.jump, success)
                emitLadder(altContext)
            }
            code.emitJump(.jump, failLabel(context, pops: pops))
            code.place(success)
        case .sequence(let items):
            try compileSequencePattern(items, context, pops: pops)
        case .mapping(let keys, let patterns, let rest):
            try compileMappingPattern(keys, patterns, rest, context, pops: pops)
        case .class(let cls, let patterns, let keywordNames, let keywordPatterns):
            try compileExpression(cls)
            code.emitConstant(.tuple(keywordNames.map { .string($0) }))
            code.emit(.matchClass, patterns.count)
            // attrs-or-None replaces the subject.
            code.emit(.dupTop)
            code.emitConstant(.none)
            code.emit(.isOp, 0)
            code.emitJump(.popJumpIfTrue, failLabel(context, pops: pops))
            let all = patterns + keywordPatterns
            code.emit(.unpackSequence, all.count)
            for (i, sub) in all.enumerated() {
                try compilePattern(sub, context, pops: pops - 1 + all.count - i)
            }
        }
    }

    private func compileSequencePattern(_ items: [Pattern], _ context: PatternContext, pops: Int) throws(SyntaxError) {
        var starIndex: Int?
        for (i, item) in items.enumerated() {
            if case .star = item.kind {
                if starIndex != nil { throw error("multiple starred names in sequence pattern", item.range) }
                starIndex = i
            }
        }
        code.emit(.matchSequence)
        code.emitJump(.popJumpIfFalse, failLabel(context, pops: pops))
        code.emit(.getLen)
        if let starIndex {
            code.emitConstant(.int(items.count - 1))
            code.emit(.compareOp, Int(CompareOpArg.greaterEqual.rawValue))
            code.emitJump(.popJumpIfFalse, failLabel(context, pops: pops))
            code.emit(.unpackEx, starIndex | ((items.count - starIndex - 1) << 8))
        } else {
            code.emitConstant(.int(items.count))
            code.emit(.compareOp, Int(CompareOpArg.equal.rawValue))
            code.emitJump(.popJumpIfFalse, failLabel(context, pops: pops))
            code.emit(.unpackSequence, items.count)
        }
        for (i, sub) in items.enumerated() {
            try compilePattern(sub, context, pops: pops - 1 + items.count - i)
        }
    }

    private func compileMappingPattern(_ keys: [Expr], _ patterns: [Pattern], _ rest: String?,
                                       _ context: PatternContext, pops: Int) throws(SyntaxError) {
        code.emit(.matchMapping)
        code.emitJump(.popJumpIfFalse, failLabel(context, pops: pops))
        if !keys.isEmpty {
            code.emit(.getLen)
            code.emitConstant(.int(keys.count))
            code.emit(.compareOp, Int(CompareOpArg.greaterEqual.rawValue))
            code.emitJump(.popJumpIfFalse, failLabel(context, pops: pops))
        }
        for k in keys { try compileExpression(k) }
        code.emit(.buildTuple, keys.count)           // subject keys
        code.emit(.matchKeys)                        // subject keys values-or-None
        code.emit(.dupTop)
        code.emitConstant(.none)
        code.emit(.isOp, 0)
        code.emitJump(.popJumpIfTrue, failLabel(context, pops: pops + 2))
        code.emit(.unpackSequence, patterns.count)
        for (i, sub) in patterns.enumerated() {
            try compilePattern(sub, context, pops: pops + 1 + patterns.count - i)
        }
        if let rest {
            code.emit(.copyDictWithoutKeys)          // subject keys rest
            emitName(rest, .store)
        }
        code.emit(.popTop)
        code.emit(.popTop)
    }
}
