import SmolderSyntax

/// Functions, lambdas, classes and comprehensions: each compiles into its own code object.
extension CodeGenerator {
    enum FunctionBody {
        case statements([Stmt])
        case expression(Expr)
    }

    func compileFunctionDef(_ f: FunctionDef, _ range: SourceRange) throws(SyntaxError) {
        try compileFunction(name: f.name, args: f.arguments, body: .statements(f.body), decorators: f.decorators,
                            returns: f.returns, range: range, tag: "def")
        emitName(f.name, .store)
    }

    /// Leaves the new function object on the stack.
    func compileFunction(name: String, args: Arguments, body: FunctionBody, decorators: [Expr], returns: Expr?,
                         range: SourceRange, tag: String) throws(SyntaxError) {
        for d in decorators { try compileExpression(d) }
        setLine(range)
        var flags = 0
        if !args.defaults.isEmpty {
            for d in args.defaults { try compileExpression(d) }
            code.emit(.buildTuple, args.defaults.count)
            flags |= 1
        }
        let keywordDefaults = zip(args.keywordOnly, args.keywordDefaults).compactMap { pair -> (String, Expr)? in
            guard let d = pair.1 else { return nil }
            return (pair.0.name, d)
        }
        if !keywordDefaults.isEmpty {
            for (n, d) in keywordDefaults {
                code.emitConstant(.string(n))
                try compileExpression(d)
            }
            code.emit(.buildMap, keywordDefaults.count)
            flags |= 2
        }
        if tag == "def", try compileAnnotations(args, returns) { flags |= 4 }

        guard let childScope = context.takeScope(range, tag) else {
            throw error("internal error: no scope for \(name)", range)
        }
        let child = CodeGenerator(context: context, scope: childScope, name: name, qualname: childQualname(name),
                                  firstLine: range.line, interactive: false)
        child.privateClassName = privateClassName
        // Parameters occupy the first local slots, in order.
        let positional = args.positionalOnly + args.args
        for p in positional { _ = child.varnameSlot(p.name) }
        for p in args.keywordOnly { _ = child.varnameSlot(p.name) }
        if let v = args.vararg { _ = child.varnameSlot(v.name) }
        if let k = args.kwarg { _ = child.varnameSlot(k.name) }
        switch body {
        case .statements(let stmts):
            var rest = stmts[...]
            if let first = rest.first, case .expr(let e) = first.kind, case .constant(.string(let doc)) = e.kind {
                child.docstring = doc
                rest = rest.dropFirst()
            }
            for s in rest { try child.compileStatement(s) }
            child.code.emitConstant(.none)
            child.code.emit(.returnValue)
        case .expression(let e):
            try child.compileExpression(e)
            if childScope.isGenerator {
                code.currentLine = e.range.line
            }
            child.code.emit(.returnValue)
        }
        let info = ArgumentInfo(argCount: positional.count, positionalOnlyCount: args.positionalOnly.count,
                                keywordOnlyCount: args.keywordOnly.count, hasVarargs: args.vararg != nil,
                                hasVarkw: args.kwarg != nil)
        let object = child.finish(argumentInfo: info)
        setLine(range)
        if emitClosure(for: childScope) { flags |= 8 }
        code.emitConstant(.code(object))
        code.emitConstant(.string(object.qualifiedName))
        code.emit(.makeFunction, flags)
        emitDecoratorCalls(decorators)
    }

    /// Pushes a tuple of the cells a nested scope captures; returns false when it captures none.
    func emitClosure(for child: Scope) -> Bool {
        guard !child.freevars.isEmpty else { return false }
        for n in child.freevars {
            if n == "__class__" && scope.kind == .classBody {
                code.emit(.loadClosure, derefIndex(n))
            } else {
                code.emit(.loadClosure, derefIndex(n))
            }
        }
        code.emit(.buildTuple, child.freevars.count)
        return true
    }

    /// Builds the `__annotations__` dict of a function; returns false when there are none.
    func compileAnnotations(_ args: Arguments, _ returns: Expr?) throws(SyntaxError) -> Bool {
        var count = 0
        var all = args.positionalOnly + args.args
        if let v = args.vararg { all.append(v) }
        all += args.keywordOnly
        if let k = args.kwarg { all.append(k) }
        for a in all {
            if let ann = a.annotation {
                code.emitConstant(.string(a.name))
                try compileAnnotation(ann)
                count += 1
            }
        }
        if let returns {
            code.emitConstant(.string("return"))
            try compileAnnotation(returns)
            count += 1
        }
        if count == 0 { return false }
        code.emit(.buildMap, count)
        return true
    }

    // MARK: Classes

    /// Applies decorators innermost first; each call is located at its decorator, as in CPython.
    func emitDecoratorCalls(_ decorators: [Expr]) {
        let savedLine = code.currentLine, savedRange = code.currentRange
        for d in decorators.reversed() {
            setLine(d.range)
            code.currentRange = d.range
            code.emit(.callFunction, 1)
        }
        code.currentLine = savedLine
        code.currentRange = savedRange
    }

    func compileClassDef(_ c: ClassDef, _ range: SourceRange) throws(SyntaxError) {
        for d in c.decorators { try compileExpression(d) }
        setLine(range)
        guard let childScope = context.takeScope(range, "class") else {
            throw error("internal error: no scope for class \(c.name)", range)
        }
        let qualname = childQualname(c.name)
        let child = CodeGenerator(context: context, scope: childScope, name: c.name, qualname: qualname,
                                  firstLine: range.line, interactive: false)
        child.privateClassName = c.name
        child.code.emit(.loadName, child.code.name("__name__"))
        child.code.emit(.storeName, child.code.name("__module__"))
        child.code.emitConstant(.string(qualname))
        child.code.emit(.storeName, child.code.name("__qualname__"))
        if child.containsAnnotations(c.body) { child.code.emit(.setupAnnotations) }
        var body = c.body[...]
        if let first = body.first, case .expr(let e) = first.kind, case .constant(.string(let doc)) = e.kind {
            child.code.currentLine = first.range.line
            child.code.emitConstant(.string(doc))
            child.code.emit(.storeName, child.code.name("__doc__"))
            body = body.dropFirst()
        }
        for s in body { try child.compileStatement(s) }
        if childScope.cellvars.contains("__class__") {
            child.code.emit(.loadClosure, child.derefIndex("__class__"))
            child.code.emit(.storeName, child.code.name("__classcell__"))
        }
        child.code.emitConstant(.none)
        child.code.emit(.returnValue)
        let object = child.finish(argumentInfo: ArgumentInfo(argCount: 0, positionalOnlyCount: 0, keywordOnlyCount: 0,
                                                            hasVarargs: false, hasVarkw: false))
        setLine(range)
        code.emit(.loadBuildClass)
        var flags = 0
        if emitClosure(for: childScope) { flags |= 8 }
        code.emitConstant(.code(object))
        code.emitConstant(.string(c.name))
        code.emit(.makeFunction, flags)
        code.emitConstant(.string(c.name))
        try compileCall(bases: c.bases, keywords: c.keywords)
        emitDecoratorCalls(c.decorators)
        emitName(c.name, .store)
    }

    /// The call of `__build_class__(body, name, *bases, **keywords)` with function and name pushed.
    private func compileCall(bases: [Expr], keywords: [Keyword]) throws(SyntaxError) {
        let hasStar = bases.contains(where: isStarred) || keywords.contains { $0.name == nil }
        if !hasStar {
            for b in bases { try compileExpression(b) }
            for k in keywords { try compileExpression(k.value) }
            if keywords.isEmpty {
                code.emit(.callFunction, bases.count + 2)
            } else {
                code.emitConstant(.tuple(keywords.map { .string($0.name ?? "") }))
                code.emit(.callFunctionKw, bases.count + 2 + keywords.count)
            }
            return
        }
        // function name *bases **kw: gather into a tuple beginning with the two pushed values.
        code.emit(.buildList, 2)
        for b in bases {
            if case .starred(let inner) = b.kind {
                try compileExpression(inner)
                code.emit(.listExtend, 1)
            } else {
                try compileExpression(b)
                code.emit(.listAppend, 1)
            }
        }
        code.emit(.listToTuple)
        code.emit(.buildMap, 0)
        for k in keywords {
            if let name = k.name {
                code.emitConstant(.string(name))
                try compileExpression(k.value)
                code.emit(.buildMap, 1)
            } else {
                try compileExpression(k.value)
            }
            code.emit(.dictMerge, 1)
        }
        code.emit(.callFunctionEx, 1)
    }

    // MARK: Comprehensions

    func compileComprehension(_ e: Expr) throws(SyntaxError) {
        let generators: [Comprehension]
        let name: String
        switch e.kind {
        case .listComp(_, let g): generators = g; name = "<listcomp>"
        case .setComp(_, let g): generators = g; name = "<setcomp>"
        case .dictComp(_, _, let g): generators = g; name = "<dictcomp>"
        case .generatorExp(_, let g): generators = g; name = "<genexpr>"
        default: return
        }
        guard let first = generators.first else { return }
        guard let childScope = context.takeScope(e.range, "comp") else {
            throw error("internal error: no scope for comprehension", e.range)
        }
        let child = CodeGenerator(context: context, scope: childScope, name: name, qualname: childQualname(name),
                                  firstLine: e.range.line, interactive: false)
        child.privateClassName = privateClassName
        child.code.currentRange = e.range
        _ = child.varnameSlot(".0")
        switch e.kind {
        case .listComp: child.code.emit(.buildList, 0)
        case .setComp: child.code.emit(.buildSet, 0)
        case .dictComp: child.code.emit(.buildMap, 0)
        default: break
        }
        try child.compileComprehensionLoop(e, generators, index: 0)
        if case .generatorExp = e.kind { child.code.emitConstant(.none) }
        child.code.emit(.returnValue)
        let object = child.finish(argumentInfo: ArgumentInfo(argCount: 1, positionalOnlyCount: 0, keywordOnlyCount: 0,
                                                            hasVarargs: false, hasVarkw: false))
        var flags = 0
        if emitClosure(for: childScope) { flags |= 8 }
        code.emitConstant(.code(object))
        code.emitConstant(.string(object.qualifiedName))
        code.emit(.makeFunction, flags)
        try compileExpression(first.iter)
        code.emit(.getIter)
        code.emit(.callFunction, 1)
    }

    private func compileComprehensionLoop(_ e: Expr, _ generators: [Comprehension], index: Int) throws(SyntaxError) {
        let g = generators[index]
        let top = code.newLabel(), end = code.newLabel()
        if index == 0 {
            code.emit(.loadFast, varnameSlot(".0"))
        } else {
            try compileExpression(g.iter)
            code.emit(.getIter)
        }
        code.place(top)
        code.emitJump(.forIter, end)
        try compileStore(g.target)
        for condition in g.conditions {
            try compileCondition(condition, jumpIfTrue: false, to: top)
        }
        if index + 1 < generators.count {
            try compileComprehensionLoop(e, generators, index: index + 1)
        } else {
            let depth = generators.count + 1
            switch e.kind {
            case .listComp(let elt, _):
                try compileExpression(elt)
                code.emit(.listAppend, depth)
            case .setComp(let elt, _):
                try compileExpression(elt)
                code.emit(.setAdd, depth)
            case .dictComp(let k, let v, _):
                try compileExpression(k)
                try compileExpression(v)
                code.emit(.mapAdd, depth)
            case .generatorExp(let elt, _):
                try compileExpression(elt)
                code.emit(.yieldValue)
                code.emit(.popTop)
            default: break
            }
        }
        code.emitJump(.jump, top)
        code.place(end)
    }
}
