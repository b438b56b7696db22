import BigInt
import SmolderSyntax

extension CodeGenerator {
    func compileExpression(_ e: Expr) throws(SyntaxError) {
        let savedLine = code.currentLine, savedRange = code.currentRange
        setLine(e.range)
        code.currentRange = e.range
        defer { code.currentLine = savedLine; code.currentRange = savedRange }
        if let folded = fold(e) {
            code.emitConstant(folded)
            return
        }
        switch e.kind {
        case .boolOp(let op, let values):
            let end = code.newLabel()
            for (i, v) in values.enumerated() {
                try compileExpression(v)
                if i < values.count - 1 { code.emitJump(op == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, end) }
            }
            code.place(end)
        case .namedExpr(let target, let value):
            try compileExpression(value)
            code.emit(.dupTop)
            try compileStore(target)
        case .binOp(let l, let op, let r):
            try compileExpression(l)
            try compileExpression(r)
            code.emit(.binaryOp, Int(binaryOpArg(op, inplace: false).rawValue))
        case .unaryOp(let op, let v):
            try compileExpression(v)
            switch op {
            case .invert: code.emit(.unaryInvert)
            case .not: code.emit(.unaryNot)
            case .plus: code.emit(.unaryPositive)
            case .minus: code.emit(.unaryNegative)
            }
        case .lambda(let args, let body):
            try compileFunction(name: "<lambda>", args: args, body: .expression(body), decorators: [], returns: nil,
                                range: e.range, tag: "lambda")
        case .ifExp(let test, let body, let orelse):
            let elseLabel = code.newLabel(), end = code.newLabel()
            try compileCondition(test, jumpIfTrue: false, to: elseLabel)
            try compileExpression(body)
            code.emitJump(.jump, end)
            code.place(elseLabel)
            try compileExpression(orelse)
            code.place(end)
        case .dict(let keys, let values):
            try compileDict(keys, values)
        case .set(let items):
            try compileSequenceDisplay(items, build: .buildSet, extend: .setUpdate)
        case .list(let items):
            try compileSequenceDisplay(items, build: .buildList, extend: .listExtend)
        case .tuple(let items):
            if items.contains(where: { if case .starred = $0.kind { return true } else { return false } }) {
                try compileSequenceDisplay(items, build: .buildList, extend: .listExtend)
                code.emit(.listToTuple)
            } else {
                for i in items { try compileExpression(i) }
                code.emit(.buildTuple, items.count)
            }
        case .listComp, .setComp, .dictComp, .generatorExp:
            try compileComprehension(e)
        case .yield(let v):
            if let v { try compileExpression(v) } else { code.emitConstant(.none) }
            code.emit(.yieldValue)
        case .yieldFrom(let v):
            try compileExpression(v)
            code.emit(.getYieldFromIter)
            code.emitConstant(.none)
            code.emit(.yieldFrom)
        case .compare(let left, let ops, let rights):
            try compileCompare(left, ops, rights)
        case .call(let function, let args, let keywords):
            try compileCall(function, args, keywords)
        case .formattedValue(let value, let conversion, let spec):
            try compileExpression(value)
            var flags = 0
            switch conversion {
            case "s": flags = 1
            case "r": flags = 2
            case "a": flags = 3
            default: flags = 0
            }
            if let spec {
                try compileExpression(spec)
                flags |= 4
            }
            code.emit(.formatValue, flags)
        case .joinedStr(let parts):
            if parts.isEmpty {
                code.emitConstant(.string(""))
                return
            }
            for p in parts {
                if case .constant(.string(let s)) = p.kind {
                    code.emitConstant(.string(s))
                } else if case .formattedValue = p.kind {
                    try compileExpression(p)
                } else {
                    try compileExpression(p)
                    code.emit(.formatValue, 0)
                }
            }
            if parts.count > 1 { code.emit(.buildString, parts.count) }
        case .constant(let c):
            code.emitConstant(constant(c))
        case .attribute(let obj, let name):
            try compileExpression(obj)
            setLine(e.range)
            if let moved = attributeNameRange(e, name) { setLine(moved); code.currentRange = moved }
            code.emit(.loadAttr, code.name(mangle(name)))
        case .subscript(let obj, let index):
            try compileExpression(obj)
            try compileExpression(index)
            setLine(e.range)
            code.emit(.binarySubscr)
        case .starred:
            throw error("can't use starred expression here", e.range)
        case .name(let n):
            emitName(n, .load)
        case .slice(let lower, let upper, let step):
            if let lower { try compileExpression(lower) } else { code.emitConstant(.none) }
            if let upper { try compileExpression(upper) } else { code.emitConstant(.none) }
            if let step {
                try compileExpression(step)
                code.emit(.buildSlice, 3)
            } else {
                code.emit(.buildSlice, 2)
            }
        }
    }

    func constant(_ c: Constant) -> CodeConstant {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .ellipsis: return .ellipsis
        case .int(let i): return .int(i)
        case .bigInt(let b): return .bigInt(b)
        case .float(let d): return .float(d)
        case .imaginary(let d): return .complex(real: 0, imag: d)
        case .string(let s): return .string(s)
        case .bytes(let b): return .bytes(b)
        }
    }

    func binaryOpArg(_ op: BinaryOperator, inplace: Bool) -> BinaryOpArg {
        let base: BinaryOpArg
        switch op {
        case .add: base = .add
        case .subtract: base = .subtract
        case .multiply: base = .multiply
        case .matrixMultiply: base = .matrixMultiply
        case .trueDivide: base = .trueDivide
        case .floorDivide: base = .floorDivide
        case .modulo: base = .modulo
        case .power: base = .power
        case .leftShift: base = .leftShift
        case .rightShift: base = .rightShift
        case .bitAnd: base = .and
        case .bitOr: base = .or
        case .bitXor: base = .xor
        }
        return inplace ? BinaryOpArg(rawValue: base.rawValue + BinaryOpArg.inplaceOffset) ?? base : base
    }

    // MARK: Constant folding

    /// Folds negative number literals and tuples of constants, the cases that matter for speed.
    func fold(_ e: Expr) -> CodeConstant? {
        switch e.kind {
        case .unaryOp(.minus, let inner):
            guard case .constant(let c) = inner.kind else { return nil }
            switch c {
            case .int(let i): return i == .min ? .bigInt(-BigInt(i)) : .int(-i)
            case .bigInt(let b):
                let n = -b
                if let i = Int(exactly: n) { return .int(i) }
                return .bigInt(n)
            case .float(let d): return .float(-d)
            case .imaginary(let d): return .complex(real: -0.0, imag: -d)
            default: return nil
            }
        case .tuple(let items):
            if items.isEmpty { return .tuple([]) }
            var out: [CodeConstant] = []
            for item in items {
                if case .constant(let c) = item.kind {
                    out.append(constant(c))
                } else if let f = fold(item), case .unaryOp = item.kind {
                    out.append(f)
                } else {
                    return nil
                }
            }
            return .tuple(out)
        default:
            return nil
        }
    }

    // MARK: Conditions

    /// Compiles a test that jumps to `label` when it is `jumpIfTrue`, falling through otherwise.
    func compileCondition(_ e: Expr, jumpIfTrue: Bool, to label: Label) throws(SyntaxError) {
        switch e.kind {
        case .unaryOp(.not, let inner):
            try compileCondition(inner, jumpIfTrue: !jumpIfTrue, to: label)
        case .boolOp(let op, let values):
            let isAnd = op == .and
            if isAnd != jumpIfTrue {
                // and + jump-if-false, or + jump-if-true: any operand decides.
                for v in values { try compileCondition(v, jumpIfTrue: jumpIfTrue, to: label) }
            } else {
                let skip = code.newLabel()
                for v in values.dropLast() { try compileCondition(v, jumpIfTrue: !jumpIfTrue, to: skip) }
                if let last = values.last { try compileCondition(last, jumpIfTrue: jumpIfTrue, to: label) }
                code.place(skip)
            }
        default:
            try compileExpression(e)
            code.emitJump(jumpIfTrue ? .popJumpIfTrue : .popJumpIfFalse, label)
        }
    }

    func compileCompare(_ left: Expr, _ ops: [CompareOperator], _ rights: [Expr]) throws(SyntaxError) {
        try compileExpression(left)
        if ops.count == 1 {
            try compileExpression(rights[0])
            emitCompare(ops[0])
            return
        }
        let cleanup = code.newLabel(), end = code.newLabel()
        for (i, op) in ops.enumerated() {
            try compileExpression(rights[i])
            if i < ops.count - 1 {
                code.emit(.dupTop)
                code.emit(.rotThree)
                emitCompare(op)
                code.emitJump(.jumpIfFalseOrPop, cleanup)
            } else {
                emitCompare(op)
            }
        }
        code.emitJump(.jump, end)
        code.place(cleanup)
        code.emit(.rotTwo)
        code.emit(.popTop)
        code.place(end)
    }

    func emitCompare(_ op: CompareOperator) {
        switch op {
        case .equal: code.emit(.compareOp, Int(CompareOpArg.equal.rawValue))
        case .notEqual: code.emit(.compareOp, Int(CompareOpArg.notEqual.rawValue))
        case .less: code.emit(.compareOp, Int(CompareOpArg.less.rawValue))
        case .lessEqual: code.emit(.compareOp, Int(CompareOpArg.lessEqual.rawValue))
        case .greater: code.emit(.compareOp, Int(CompareOpArg.greater.rawValue))
        case .greaterEqual: code.emit(.compareOp, Int(CompareOpArg.greaterEqual.rawValue))
        case .is: code.emit(.isOp, 0)
        case .isNot: code.emit(.isOp, 1)
        case .in: code.emit(.containsOp, 0)
        case .notIn: code.emit(.containsOp, 1)
        }
    }

    // MARK: Displays

    func isStarred(_ e: Expr) -> Bool {
        if case .starred = e.kind { return true }
        return false
    }

    func compileSequenceDisplay(_ items: [Expr], build: Opcode, extend: Opcode) throws(SyntaxError) {
        if !items.contains(where: isStarred) {
            for i in items { try compileExpression(i) }
            code.emit(build, items.count)
            return
        }
        var pending = 0
        var built = false
        for item in items {
            if case .starred(let inner) = item.kind {
                if !built {
                    code.emit(build, pending)
                    built = true
                } else if pending > 0 {
                    // Flush single items pushed since the last extend.
                    code.emit(build, pending)
                    code.emit(extend, 1)
                }
                pending = 0
                try compileExpression(inner)
                code.emit(extend, 1)
            } else {
                try compileExpression(item)
                pending += 1
            }
        }
        if pending > 0 {
            code.emit(build, pending)
            code.emit(extend, 1)
        }
    }

    func compileDict(_ keys: [Expr?], _ values: [Expr]) throws(SyntaxError) {
        var pending = 0
        var built = false
        func flush() {
            if !built {
                code.emit(.buildMap, pending)
                built = true
            } else if pending > 0 {
                code.emit(.buildMap, pending)
                code.emit(.dictUpdate, 1)
            }
            pending = 0
        }
        for (k, v) in zip(keys, values) {
            if let k {
                try compileExpression(k)
                try compileExpression(v)
                pending += 1
            } else {
                flush()
                try compileExpression(v)
                code.emit(.dictUpdate, 1)
            }
        }
        if !built || pending > 0 { flush() }
    }

    /// For an attribute spanning lines, the range of just its name (CPython reports such errors there).
    func attributeNameRange(_ attribute: Expr, _ name: String) -> SourceRange? {
        let r = attribute.range
        guard r.endLine > r.line, r.line > 0 else { return nil }
        return SourceRange(line: r.endLine, column: max(0, r.endColumn - name.unicodeScalars.count),
                           endLine: r.endLine, endColumn: r.endColumn)
    }

    // MARK: Calls

    func compileCall(_ function: Expr, _ args: [Expr], _ keywords: [Keyword]) throws(SyntaxError) {
        let hasStar = args.contains(where: isStarred) || keywords.contains { $0.name == nil }
        let callRange = code.currentRange
        if !hasStar, case .attribute(let obj, let attr) = function.kind {
            try compileExpression(obj)
            setLine(function.range)
            code.currentRange = function.range
            // Like CPython, a method name on a later line than its object is where the error points.
            let moved = attributeNameRange(function, attr)
            if let moved { setLine(moved); code.currentRange = moved }
            code.emit(.loadMethod, code.name(mangle(attr)))
            code.currentRange = callRange
            if let moved {
                code.currentRange = SourceRange(line: moved.line, column: moved.column,
                                                endLine: callRange.endLine, endColumn: callRange.endColumn)
            }
            let rangeOfCall = code.currentRange
            for a in args { try compileExpression(a) }
            for k in keywords { try compileExpression(k.value) }
            code.currentRange = rangeOfCall
            setLine(moved ?? function.range)
            if keywords.isEmpty {
                code.emit(.callMethod, args.count)
            } else {
                code.emitConstant(.tuple(keywords.map { .string($0.name ?? "") }))
                code.emit(.callMethodKw, args.count + keywords.count)
            }
            return
        }
        try compileExpression(function)
        if !hasStar {
            for a in args { try compileExpression(a) }
            for k in keywords { try compileExpression(k.value) }
            setLine(function.range)
            if keywords.isEmpty {
                code.emit(.callFunction, args.count)
            } else {
                code.emitConstant(.tuple(keywords.map { .string($0.name ?? "") }))
                code.emit(.callFunctionKw, args.count + keywords.count)
            }
            return
        }
        // General form: an argument tuple and a keyword dict.
        if args.count == 1, case .starred(let only) = args[0].kind {
            try compileExpression(only)
        } else {
            try compileSequenceDisplay(args, build: .buildList, extend: .listExtend)
            code.emit(.listToTuple)
        }
        if !keywords.isEmpty {
            var pending = 0
            var built = false
            for k in keywords {
                if let name = k.name {
                    code.emitConstant(.string(name))
                    try compileExpression(k.value)
                    pending += 1
                } else {
                    if !built {
                        code.emit(.buildMap, pending)
                        built = true
                    } else if pending > 0 {
                        code.emit(.buildMap, pending)
                        code.emit(.dictMerge, 1)
                    }
                    pending = 0
                    try compileExpression(k.value)
                    code.emit(.dictMerge, 1)
                }
            }
            if !built {
                code.emit(.buildMap, pending)
            } else if pending > 0 {
                code.emit(.buildMap, pending)
                code.emit(.dictMerge, 1)
            }
        }
        setLine(function.range)
        code.emit(.callFunctionEx, keywords.isEmpty ? 0 : 1)
    }
}
