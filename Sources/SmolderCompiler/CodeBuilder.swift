import SmolderSyntax

/// A jump target whose position is fixed later.
struct Label: Hashable {
    let id: Int
}

/// Accumulates one code object's instructions, constants and names; resolves labels and computes
/// the maximum stack depth by flow analysis.
struct CodeBuilder {
    var instructions: [Instruction] = []
    var lines: [Int32] = []
    /// Packed column ranges, parallel to `instructions` (see `SourcePosition`).
    var positions: [UInt64] = []
    var constants: [CodeConstant] = []
    private var constantIndex: [String: Int] = [:]
    var names: [String] = []
    private var nameIndex: [String: Int] = [:]
    private var labelPositions: [Int] = []
    /// Instructions whose argument is a label id to patch.
    private var jumpsToPatch: [Int] = []
    var currentLine = 1
    /// The source range of the AST node being compiled; its columns go with each emitted instruction.
    var currentRange = SourceRange.unknown

    mutating func newLabel() -> Label {
        labelPositions.append(-1)
        return Label(id: labelPositions.count - 1)
    }

    mutating func place(_ label: Label) {
        labelPositions[label.id] = instructions.count
    }

    mutating func emit(_ op: Opcode, _ arg: Int = 0) {
        instructions.append(Instruction(op, UInt32(truncatingIfNeeded: arg)))
        lines.append(Int32(truncatingIfNeeded: currentLine))
        positions.append(SourcePosition.pack(line: currentLine, currentRange))
    }

    mutating func emitJump(_ op: Opcode, _ label: Label) {
        jumpsToPatch.append(instructions.count)
        emit(op, label.id)
    }

    mutating func constant(_ c: CodeConstant) -> Int {
        if let key = CodeBuilder.key(c) {
            if let i = constantIndex[key] { return i }
            constants.append(c)
            constantIndex[key] = constants.count - 1
            return constants.count - 1
        }
        constants.append(c)
        return constants.count - 1
    }

    mutating func emitConstant(_ c: CodeConstant) {
        emit(.loadConst, constant(c))
    }

    mutating func name(_ n: String) -> Int {
        if let i = nameIndex[n] { return i }
        names.append(n)
        nameIndex[n] = names.count - 1
        return names.count - 1
    }

    /// A dedup key for simple constants (nil for code objects, which are never shared).
    private static func key(_ c: CodeConstant) -> String? {
        switch c {
        case .none: return "N"
        case .bool(let b): return b ? "T" : "F"
        case .ellipsis: return "E"
        case .int(let i): return "i\(i)"
        case .bigInt(let b): return "I\(b)"
        case .float(let d): return "f\(d.bitPattern)"
        case .complex(let r, let i): return "c\(r.bitPattern),\(i.bitPattern)"
        case .string(let s):
            // Swift String equality is canonical equivalence ("é" == "e\u{301}"); Python compares code
            // points. Keying on the UTF-8 bytes (one Latin-1 scalar each) keeps such constants apart.
            return "s" + String(String.UnicodeScalarView(s.utf8.map { Unicode.Scalar($0) }))
        case .bytes(let b): return "b" + b.map { String($0) }.joined(separator: ",")
        case .tuple(let items):
            var parts: [String] = []
            for item in items {
                guard let k = key(item) else { return nil }
                parts.append(k)
            }
            return "t(" + parts.joined(separator: "|") + ")"
        case .code: return nil
        }
    }

    /// Patches jump targets and returns the maximum stack depth.
    mutating func finish() -> Int {
        for i in jumpsToPatch {
            let labelId = Int(instructions[i].arg)
            instructions[i].arg = UInt32(max(0, labelPositions[labelId]))
        }
        jumpsToPatch.removeAll()
        return computeStackDepth()
    }

    private func computeStackDepth() -> Int {
        var depthAt = [Int](repeating: -1, count: instructions.count + 1)
        var worklist: [(Int, Int)] = [(0, 0)]
        var maxDepth = 0
        while let (start, startDepth) = worklist.popLast() {
            var i = start
            var depth = startDepth
            while i < instructions.count {
                if depthAt[i] >= depth { break }
                depthAt[i] = depth
                let ins = instructions[i]
                let (normal, jump) = CodeBuilder.stackEffect(ins)
                if let jump {
                    let target = Int(ins.arg)
                    let d = depth + jump
                    maxDepth = max(maxDepth, d)
                    if target < depthAt.count && depthAt[target] < d { worklist.append((target, d)) }
                }
                depth += normal
                maxDepth = max(maxDepth, depth)
                switch ins.opcode {
                case .jump, .returnValue, .reraise, .raiseVarargs:
                    i = instructions.count
                default:
                    i += 1
                }
            }
        }
        return maxDepth + 2
    }

    /// (effect when falling through, effect when jumping) for each instruction.
    static func stackEffect(_ ins: Instruction) -> (Int, Int?) {
        let n = Int(ins.arg)
        switch ins.opcode {
        case .nop, .rotTwo, .rotThree, .rotFour, .genStart, .popBlock, .popExcept, .setupAnnotations: return (0, nil)
        case .popTop, .storeFast, .storeFastLoadFast, .storeDeref, .storeGlobal, .storeName, .deleteAttr, .printExpr, .importStar: return (-1, nil)
        case .dupTop: return (1, nil)
        case .dupTopTwo: return (2, nil)
        case .loadConst, .loadFast, .loadDeref, .loadClosure, .loadClassDeref, .loadGlobal, .loadName,
             .loadBuildClass, .loadAssertionError, .loadFastLoadAttr, .loadFastLoadMethod,
             .loadFastStoreAttr, .loadFastLoadFast, .loadGlobalLoadAttr,
             .loadFastBinaryOp, .loadConstBinaryOp, .loadFastCompareOp, .loadConstCompareOp,
             .loadFastReturn, .loadConstReturn: return (1, nil)
        case .deleteFast, .deleteDeref, .deleteGlobal, .deleteName: return (0, nil)
        case .loadAttr: return (0, nil)
        case .storeAttr: return (-2, nil)
        case .loadMethod: return (1, nil)
        case .binaryOp, .compareOp, .isOp, .containsOp, .binarySubscr: return (-1, nil)
        case .unaryNegative, .unaryPositive, .unaryInvert, .unaryNot: return (0, nil)
        case .storeSubscr: return (-3, nil)
        case .deleteSubscr: return (-2, nil)
        case .jump: return (0, 0)
        case .popJumpIfFalse, .popJumpIfTrue: return (-1, -1)
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop: return (-1, 0)
        case .getIter, .getYieldFromIter: return (0, nil)
        case .forIter: return (1, -1)
        case .returnValue: return (-1, nil)
        case .buildTuple, .buildList, .buildSet, .buildString: return (1 - n, nil)
        case .buildMap: return (1 - 2 * n, nil)
        case .buildConstKeyMap: return (-n, nil)
        case .buildSlice: return (1 - n, nil)
        case .listAppend, .setAdd, .listExtend, .setUpdate, .dictUpdate, .dictMerge: return (-1, nil)
        case .mapAdd: return (-2, nil)
        case .listToTuple: return (0, nil)
        case .unpackSequence: return (n - 1, nil)
        case .unpackEx: return ((n & 0xFF) + (n >> 8), nil)
        case .formatValue: return ((n & 4) != 0 ? -1 : 0, nil)
        case .callFunction: return (-n, nil)
        case .callFunctionKw: return (-n - 1, nil)
        case .callFunctionEx: return ((n & 1) != 0 ? -2 : -1, nil)
        case .callMethod: return (-n - 1, nil)
        case .callMethodKw: return (-n - 2, nil)
        case .makeFunction:
            let extra = (n & 1 != 0 ? 1 : 0) + (n & 2 != 0 ? 1 : 0) + (n & 4 != 0 ? 1 : 0) + (n & 8 != 0 ? 1 : 0)
            return (-1 - extra, nil)
        case .yieldValue: return (0, nil)
        case .yieldFrom: return (-1, nil)
        case .setupFinally: return (0, 1)
        case .reraise: return (-1, nil)
        case .raiseVarargs: return (-n, nil)
        case .jumpIfNotExcMatch: return (-1, -1)
        case .setupWith: return (1, 1)
        case .withExceptStart: return (1, nil)
        case .checkEgMatch: return (0, nil)
        case .prepReraiseStar: return (-1, nil)
        case .importName, .importNameEligible, .importNameLazy: return (-1, nil)
        case .importFrom: return (1, nil)
        case .getLen, .matchMapping, .matchSequence: return (1, nil)
        case .matchKeys: return (1, nil)
        case .matchClass: return (-2, nil)
        case .copyDictWithoutKeys: return (1, nil)
        }
    }
}
