import SmolderSyntax

extension CodeGenerator {
    func compileBody(_ body: [Stmt]) throws(SyntaxError) {
        for s in body { try compileStatement(s) }
    }

    func compileStatement(_ s: Stmt) throws(SyntaxError) {
        setLine(s.range)
        code.currentRange = s.range
        switch s.kind {
        case .functionDef(let f):
            try compileFunctionDef(f, s.range)
        case .classDef(let c):
            try compileClassDef(c, s.range)
        case .return(let value):
            guard scope.isFunctionLike else { throw error("'return' outside function", s.range) }
            if let value {
                try compileExpression(value)
            } else {
                code.emitConstant(.none)
            }
            try unwindAll(preserveTop: true, s.range)
            code.emit(.returnValue)
        case .delete(let targets):
            for t in targets { try compileDelete(t) }
        case .assign(let targets, let value):
            try compileExpression(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { code.emit(.dupTop) }
                try compileStore(t)
            }
        case .augAssign(let target, let op, let value):
            try compileAugAssign(target, op, value)
        case .annAssign(let target, let annotation, let value, let simple):
            if let value {
                try compileExpression(value)
                try compileStore(target)
            }
            if case .name(let n) = target.kind, simple, scope.kind == .module || scope.kind == .classBody {
                try compileAnnotation(annotation)
                emitName("__annotations__", .load)
                code.emitConstant(.string(n))
                code.emit(.storeSubscr)
            } else if !scope.isFunctionLike {
                if case .name = target.kind {} else if !futureAnnotations {
                    try compileExpression(annotation)
                    code.emit(.popTop)
                }
            }
        case .for(let target, let iter, let body, let orelse):
            try compileFor(target, iter, body, orelse)
        case .while(let test, let body, let orelse):
            try compileWhile(test, body, orelse)
        case .if(let test, let body, let orelse):
            let elseLabel = code.newLabel()
            let end = code.newLabel()
            try compileCondition(test, jumpIfTrue: false, to: elseLabel)
            try compileBody(body)
            if !orelse.isEmpty { code.emitJump(.jump, end) }
            code.place(elseLabel)
            try compileBody(orelse)
            code.place(end)
        case .with(let items, let body):
            eagerImportDepth += 1
            defer { eagerImportDepth -= 1 }
            try compileWith(items[...], body, s.range)
        case .match(let subject, let cases):
            try compileMatch(subject, cases)
        case .raise(let exc, let cause):
            var n = 0
            if let exc {
                try compileExpression(exc)
                n = 1
                if let cause {
                    try compileExpression(cause)
                    n = 2
                }
            }
            code.emit(.raiseVarargs, n)
        case .try(let body, let handlers, let orelse, let finalbody):
            eagerImportDepth += 1
            defer { eagerImportDepth -= 1 }
            if finalbody.isEmpty {
                try compileTryExcept(body, handlers, orelse)
            } else {
                try compileTryFinally(body, handlers, orelse, finalbody, star: false)
            }
        case .tryStar(let body, let handlers, let orelse, let finalbody):
            eagerImportDepth += 1
            defer { eagerImportDepth -= 1 }
            if finalbody.isEmpty {
                try compileTryStar(body, handlers, orelse)
            } else {
                try compileTryFinally(body, handlers, orelse, finalbody, star: true)
            }
        case .assert(let test, let message):
            let end = code.newLabel()
            try compileCondition(test, jumpIfTrue: true, to: end)
            // CPython's failure location is the statement's, except that a comparison test (under any
            // `not`s) leaves its own location behind for the raise.
            var tested = test
            while case .unaryOp(.not, let operand) = tested.kind { tested = operand }
            if case .compare = tested.kind { code.currentRange = tested.range }
            code.emit(.loadAssertionError)
            if let message {
                try compileExpression(message)
                code.emit(.callFunction, 1)
            }
            code.emit(.raiseVarargs, 1)
            code.place(end)
        case .import(let names, let isLazy):
            try compileImport(names, isLazy: isLazy, s.range)
        case .importFrom(let module, let names, let level, let isLazy):
            try compileImportFrom(module, names, level, isLazy: isLazy, s.range)
        case .global, .nonlocal:
            break
        case .expr(let e):
            if interactive && scope.kind == .module {
                try compileExpression(e)
                code.emit(.printExpr)
            } else if case .constant = e.kind {
                // A bare constant (a docstring elsewhere, `...`) does nothing.
            } else {
                try compileExpression(e)
                code.emit(.popTop)
            }
        case .pass:
            break
        case .break:
            try compileBreak(s.range)
        case .continue:
            try compileContinue(s.range)
        }
    }

    // MARK: Loops

    func compileFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws(SyntaxError) {
        let top = code.newLabel(), exhausted = code.newLabel(), end = code.newLabel()
        try compileExpression(iter)
        code.emit(.getIter)
        code.place(top)
        code.emitJump(.forIter, exhausted)
        try compileStore(target)
        fblocks.append(.forLoop(continueLabel: top, breakLabel: end))
        try compileBody(body)
        fblocks.removeLast()
        code.emitJump(.jump, top)
        code.place(exhausted)
        try compileBody(orelse)
        code.place(end)
    }

    func compileWhile(_ test: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws(SyntaxError) {
        let top = code.newLabel(), exhausted = code.newLabel(), end = code.newLabel()
        code.place(top)
        try compileCondition(test, jumpIfTrue: false, to: exhausted)
        fblocks.append(.whileLoop(continueLabel: top, breakLabel: end))
        try compileBody(body)
        fblocks.removeLast()
        code.emitJump(.jump, top)
        code.place(exhausted)
        try compileBody(orelse)
        code.place(end)
    }

    func compileBreak(_ range: SourceRange) throws(SyntaxError) {
        var saved: [FBlock] = []
        defer { fblocks.append(contentsOf: saved.reversed()) }
        while let block = fblocks.last {
            switch block {
            case .whileLoop(_, let breakLabel):
                code.emitJump(.jump, breakLabel)
                return
            case .forLoop(_, let breakLabel):
                code.emit(.popTop)
                code.emitJump(.jump, breakLabel)
                return
            default:
                fblocks.removeLast()
                saved.append(block)
                try unwind(block, preserveTop: false)
            }
        }
        throw error("'break' outside loop", range)
    }

    func compileContinue(_ range: SourceRange) throws(SyntaxError) {
        var saved: [FBlock] = []
        defer { fblocks.append(contentsOf: saved.reversed()) }
        while let block = fblocks.last {
            switch block {
            case .whileLoop(let continueLabel, _), .forLoop(let continueLabel, _):
                code.emitJump(.jump, continueLabel)
                return
            default:
                fblocks.removeLast()
                saved.append(block)
                try unwind(block, preserveTop: false)
            }
        }
        throw error("'continue' not properly in loop", range)
    }

    /// Undoes every enclosing block before a `return`.
    func unwindAll(preserveTop: Bool, _ range: SourceRange) throws(SyntaxError) {
        var saved: [FBlock] = []
        while let block = fblocks.popLast() {
            saved.append(block)
            try unwind(block, preserveTop: preserveTop)
        }
        fblocks.append(contentsOf: saved.reversed())
    }

    /// The code that leaves one block early.
    func unwind(_ block: FBlock, preserveTop: Bool) throws(SyntaxError) {
        switch block {
        case .whileLoop:
            break
        case .forLoop:
            if preserveTop { code.emit(.rotTwo) }
            code.emit(.popTop)
        case .tryExcept:
            code.emit(.popBlock)
        case .finallyTry(let body):
            code.emit(.popBlock)
            try compileBody(body)
        case .finallyEnd:
            if preserveTop { code.emit(.rotTwo) }
            code.emit(.popTop)
            code.emit(.popExcept)
        case .with:
            code.emit(.popBlock)
            if preserveTop { code.emit(.rotTwo) }
            code.emitConstant(.none)
            code.emit(.dupTop)
            code.emit(.dupTop)
            code.emit(.callFunction, 3)
            code.emit(.popTop)
        case .handlerCleanup(let name):
            code.emit(.popExcept)
            if let name {
                code.emitConstant(.none)
                emitName(name, .store)
                emitName(name, .delete)
            }
        case .popValue:
            if preserveTop { code.emit(.rotTwo) }
            code.emit(.popTop)
        }
    }

    // MARK: Exceptions

    func compileTryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws(SyntaxError) {
        let handlerLabel = code.newLabel(), elseLabel = code.newLabel(), end = code.newLabel()
        code.emitJump(.setupFinally, handlerLabel)
        fblocks.append(.tryExcept)
        try compileBody(body)
        fblocks.removeLast()
        code.emit(.popBlock)
        code.emitJump(.jump, elseLabel)
        code.place(handlerLabel)
        for (i, handler) in handlers.enumerated() {
            setLine(handler.range)
            if handler.type == nil && i != handlers.count - 1 {
                throw error("default 'except:' must be last", handler.range)
            }
            let next = code.newLabel()
            if let type = handler.type {
                try compileExpression(type)
                code.emitJump(.jumpIfNotExcMatch, next)
            }
            if let name = handler.name {
                emitName(name, .store)
            } else {
                code.emit(.popTop)
            }
            fblocks.append(.handlerCleanup(name: handler.name))
            try compileBody(handler.body)
            fblocks.removeLast()
            code.emit(.popExcept)
            if let name = handler.name {
                code.emitConstant(.none)
                emitName(name, .store)
                emitName(name, .delete)
            }
            code.emitJump(.jump, end)
            code.place(next)
        }
        code.emit(.reraise)
        code.place(elseLabel)
        try compileBody(orelse)
        code.place(end)
    }

    func compileTryFinally(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt], _ finalbody: [Stmt],
                           star: Bool) throws(SyntaxError) {
        let finallyLabel = code.newLabel(), end = code.newLabel()
        code.emitJump(.setupFinally, finallyLabel)
        fblocks.append(.finallyTry(body: finalbody))
        if handlers.isEmpty {
            try compileBody(body)
        } else if star {
            try compileTryStar(body, handlers, orelse)
        } else {
            try compileTryExcept(body, handlers, orelse)
        }
        fblocks.removeLast()
        code.emit(.popBlock)
        try compileBody(finalbody)
        code.emitJump(.jump, end)
        code.place(finallyLabel)
        fblocks.append(.finallyEnd)
        try compileBody(finalbody)
        fblocks.removeLast()
        code.emit(.reraise)
        code.place(end)
    }

    /// `try: ... except* T as e: ...`
    ///
    /// Layout: the handler receives the raised exception, keeps it (as `orig`) and a list of
    /// exceptions raised by clauses; each clause splits the remaining group with `checkEgMatch`.
    func compileTryStar(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws(SyntaxError) {
        let handlerLabel = code.newLabel(), elseLabel = code.newLabel(), end = code.newLabel()
        code.emitJump(.setupFinally, handlerLabel)
        fblocks.append(.tryExcept)
        try compileBody(body)
        fblocks.removeLast()
        code.emit(.popBlock)
        code.emitJump(.jump, elseLabel)
        code.place(handlerLabel)
        // Stack: exc. Keep [orig, raisedList, rest].
        code.emit(.dupTop)                 // orig rest
        code.emit(.buildList, 0)           // orig rest list
        code.emit(.rotTwo)                 // orig list rest
        for handler in handlers {
            setLine(handler.range)
            guard let type = handler.type else { throw error("expected one or more exception types", handler.range) }
            let noMatch = code.newLabel(), nextClause = code.newLabel()
            try compileExpression(type)        // orig list rest type
            code.emit(.checkEgMatch)           // orig list rest' match
            code.emit(.dupTop)
            code.emitConstant(.none)
            code.emit(.isOp, 0)
            code.emitJump(.popJumpIfTrue, noMatch)
            // Run the clause body with `match` bound; exceptions it raises are collected.
            let clauseHandler = code.newLabel(), clauseEnd = code.newLabel()
            if let name = handler.name { emitName(name, .store) } else { code.emit(.popTop) }
            code.emitJump(.setupFinally, clauseHandler)
            fblocks.append(.tryExcept)
            try compileBody(handler.body)
            fblocks.removeLast()
            code.emit(.popBlock)
            code.emitJump(.jump, clauseEnd)
            code.place(clauseHandler)          // orig list rest' raised
            code.emit(.rotThree)               // orig raised list rest'
            code.emit(.rotThree)               // orig rest' raised list
            code.emit(.rotTwo)                 // orig rest' list raised
            code.emit(.listAppend, 1)          // orig rest' list
            code.emit(.rotTwo)                 // orig list rest'
            code.emit(.popExcept)
            code.place(clauseEnd)
            if let name = handler.name {
                code.emitConstant(.none)
                emitName(name, .store)
                emitName(name, .delete)
            }
            code.emitJump(.jump, nextClause)
            code.place(noMatch)
            code.emit(.popTop)                 // orig list rest'
            code.place(nextClause)
        }
        // orig list rest: unhandled rest is re-raised along with exceptions raised by clauses.
        let reraiseLabel = code.newLabel(), done = code.newLabel()
        code.emit(.dupTop)
        code.emitConstant(.none)
        code.emit(.isOp, 0)
        let noRest = code.newLabel()
        code.emitJump(.popJumpIfTrue, noRest)
        code.emit(.listAppend, 1)              // orig list
        code.emitJump(.jump, reraiseLabel)
        code.place(noRest)
        code.emit(.popTop)                     // orig list
        code.place(reraiseLabel)
        code.emit(.prepReraiseStar)            // toRaise
        code.emit(.dupTop)
        code.emitConstant(.none)
        code.emit(.isOp, 0)
        code.emitJump(.popJumpIfTrue, done)
        code.emit(.reraise)
        code.place(done)
        code.emit(.popTop)
        code.emit(.popExcept)
        code.emitJump(.jump, end)
        code.place(elseLabel)
        try compileBody(orelse)
        code.place(end)
    }

    // MARK: with

    func compileWith(_ items: ArraySlice<WithItem>, _ body: [Stmt], _ range: SourceRange) throws(SyntaxError) {
        guard let item = items.first else {
            try compileBody(body)
            return
        }
        let exitLabel = code.newLabel(), suppress = code.newLabel(), end = code.newLabel()
        try compileExpression(item.contextExpr)
        code.emitJump(.setupWith, exitLabel)
        if let v = item.optionalVars { try compileStore(v) } else { code.emit(.popTop) }
        fblocks.append(.with)
        try compileWith(items.dropFirst(), body, range)
        fblocks.removeLast()
        setLine(range)
        code.emit(.popBlock)
        code.emitConstant(.none)
        code.emit(.dupTop)
        code.emit(.dupTop)
        code.emit(.callFunction, 3)
        code.emit(.popTop)
        code.emitJump(.jump, end)
        code.place(exitLabel)                  // exit exc
        code.emit(.withExceptStart)            // exit exc result
        code.emitJump(.popJumpIfTrue, suppress)
        code.emit(.reraise)
        code.place(suppress)                   // exit exc
        code.emit(.popTop)
        code.emit(.popExcept)
        code.emit(.popTop)
        code.place(end)
    }

    // MARK: Assignment targets

    func compileStore(_ target: Expr) throws(SyntaxError) {
        setLine(target.range)
        code.currentRange = target.range
        switch target.kind {
        case .name(let n):
            emitName(n, .store)
        case .attribute(let obj, let attr):
            try compileExpression(obj)
            code.emit(.storeAttr, code.name(mangle(attr)))
        case .subscript(let obj, let index):
            try compileExpression(obj)
            try compileExpression(index)
            code.emit(.storeSubscr)
        case .tuple(let items), .list(let items):
            try compileUnpack(items, target.range)
            for item in items {
                if case .starred(let inner) = item.kind {
                    try compileStore(inner)
                } else {
                    try compileStore(item)
                }
            }
        case .starred:
            throw error("starred assignment target must be in a list or tuple", target.range)
        default:
            throw error("cannot assign to expression", target.range)
        }
    }

    private func compileUnpack(_ items: [Expr], _ range: SourceRange) throws(SyntaxError) {
        var starIndex: Int?
        for (i, item) in items.enumerated() {
            if case .starred = item.kind {
                if starIndex != nil { throw error("multiple starred expressions in assignment", item.range) }
                starIndex = i
            }
        }
        if let starIndex {
            let after = items.count - starIndex - 1
            if starIndex >= 256 || after >= 1 << 23 { throw error("too many expressions in star-unpacking assignment", range) }
            code.emit(.unpackEx, starIndex | (after << 8))
        } else {
            code.emit(.unpackSequence, items.count)
        }
    }

    func compileDelete(_ target: Expr) throws(SyntaxError) {
        setLine(target.range)
        code.currentRange = target.range
        switch target.kind {
        case .name(let n):
            emitName(n, .delete)
        case .attribute(let obj, let attr):
            try compileExpression(obj)
            code.emit(.deleteAttr, code.name(mangle(attr)))
        case .subscript(let obj, let index):
            try compileExpression(obj)
            try compileExpression(index)
            code.emit(.deleteSubscr)
        case .tuple(let items), .list(let items):
            for item in items { try compileDelete(item) }
        default:
            throw error("cannot delete expression", target.range)
        }
    }

    func compileAugAssign(_ target: Expr, _ op: BinaryOperator, _ value: Expr) throws(SyntaxError) {
        let opArg = binaryOpArg(op, inplace: true)
        switch target.kind {
        case .name(let n):
            emitName(n, .load)
            try compileExpression(value)
            code.emit(.binaryOp, Int(opArg.rawValue))
            emitName(n, .store)
        case .attribute(let obj, let attr):
            try compileExpression(obj)
            code.emit(.dupTop)
            code.emit(.loadAttr, code.name(mangle(attr)))
            try compileExpression(value)
            code.emit(.binaryOp, Int(opArg.rawValue))
            code.emit(.rotTwo)
            code.emit(.storeAttr, code.name(mangle(attr)))
        case .subscript(let obj, let index):
            try compileExpression(obj)
            try compileExpression(index)
            code.emit(.dupTopTwo)
            code.emit(.binarySubscr)
            try compileExpression(value)
            code.emit(.binaryOp, Int(opArg.rawValue))
            code.emit(.rotThree)
            code.emit(.storeSubscr)
        default:
            throw error("'\(describe(target))' is an illegal expression for augmented assignment", target.range)
        }
    }

    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .tuple: return "tuple"
        case .list: return "list"
        case .call: return "function call"
        case .constant: return "literal"
        default: return "expression"
        }
    }

    func compileAnnotation(_ annotation: Expr) throws(SyntaxError) {
        if futureAnnotations {
            code.emitConstant(.string(context.text(of: annotation.range) ?? "..."))
        } else {
            try compileExpression(annotation)
        }
    }

    // MARK: Imports

    func compileImport(_ names: [Alias], isLazy: Bool, _ range: SourceRange) throws(SyntaxError) {
        for alias in names {
            setLine(alias.range.line > 0 ? alias.range : range)
            code.emitConstant(.int(0))
            // `()` marks `import a.b as x` for lazy mode (the module itself is bound); eagerly it
            // means the same as None.
            code.emitConstant(alias.asName != nil && alias.name.contains(".") ? .tuple([]) : .none)
            code.emit(importOpcode(isLazy: isLazy, module: alias.name, isStar: false), code.name(alias.name))
            if let asName = alias.asName {
                let parts = alias.name.split(separator: ".")
                for part in parts.dropFirst() {
                    code.emit(.importFrom, code.name(String(part)))
                    code.emit(.rotTwo)
                    code.emit(.popTop)
                }
                emitName(asName, .store)
            } else {
                emitName(String(alias.name.split(separator: ".").first ?? Substring(alias.name)), .store)
            }
        }
    }

    func compileImportFrom(_ module: String?, _ names: [Alias], _ level: Int, isLazy: Bool, _ range: SourceRange) throws(SyntaxError) {
        code.emitConstant(.int(level))
        code.emitConstant(.tuple(names.map { .string($0.name) }))
        let isStar = names.count == 1 && names[0].name == "*"
        let opcode = level == 0 && module == "__future__" ? .importName
            : importOpcode(isLazy: isLazy, module: module ?? "", isStar: isStar)
        code.emit(opcode, code.name(module ?? ""))
        if isStar {
            code.emit(.importStar)
            return
        }
        for alias in names {
            code.emit(.importFrom, code.name(alias.name))
            emitName(alias.asName ?? alias.name, .store)
        }
        code.emit(.popTop)
    }

    /// Which import instruction a statement gets (lazy-imports spec, "Which statements are lazy"):
    /// only statements directly in module-level code (not inside `try`/`with`) may be deferred.
    func importOpcode(isLazy: Bool, module: String, isStar: Bool) -> Opcode {
        if isStar { return .importName }
        if isLazy { return .importNameLazy }
        guard scope.kind == .module, eagerImportDepth == 0 else { return .importName }
        if context.futureFeatures.contains("eager_imports") { return .importName }
        if context.futureFeatures.contains("lazy_imports") { return .importNameLazy }
        return .importNameEligible
    }
}
