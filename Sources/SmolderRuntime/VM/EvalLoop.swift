import SmolderCompiler

/// The bytecode interpreter loop.
extension Interpreter {
    /// Runs (or resumes) a frame until it returns or yields. On a yield, `frame.isSuspended` is true
    /// and the yielded value is returned. `throwing` resumes a generator by raising inside it.
    func execute(_ frame: Frame, throwing initial: PyBaseException? = nil) throws(PyError) -> Value {
        recursionDepth += 1
        defer { recursionDepth -= 1 }
        try spendBudget()
        if checkInterruptFlag { try raiseIfInterrupted() }
        if recursionDepth > recursionLimit {
            recursionDepth -= 50  // head-room to build and print the error, as CPython does
            defer { recursionDepth += 50 }
            throw error(exceptions.RecursionError, "maximum recursion depth exceeded")
        }
        // Not retained: frames outlive their runs (a strong copy of the unowned field is an atomic retain).
        unowned(unsafe) let callerFrame = currentFrame
        currentFrame = frame
        frame.back = callerFrame
        defer {
            currentFrame = callerFrame
            frame.back = nil
        }
        frame.isSuspended = false

        let code = frame.code
        if !code.hasCaches { code.prepareCaches() }
        let instructions = code.instructionBase
        let instructionCount = code.instructionCount
        let constants = code.constantBase
        let codeNames = code.nameBase
        let fastLocals = frame.fastLocals
        let stack = frame.stack
        var sp = frame.stackDepth
        var ip = frame.instructionIndex
        var pending: PyBaseException? = initial
        /// Set when the exception being thrown is a re-raise that must not get another traceback entry.
        var isReraise = false

        @inline(__always) func push(_ v: Value) {
            (stack + sp).initialize(to: v)
            sp += 1
        }
        @inline(__always) func pop() -> Value {
            sp -= 1
            return (stack + sp).move()
        }
        @inline(__always) func top() -> Value { stack[sp - 1] }
        @inline(__always) func peek(_ n: Int) -> Value { stack[sp - n] }
        @inline(__always) func setTop(_ v: Value) { stack[sp - 1] = v }
        @inline(__always) func drop(_ n: Int) {
            // One value at a time: `deinitialize(count:)` goes through the runtime's generic array destroy.
            for _ in 0..<n {
                sp -= 1
                ValueSlot.destroy(stack + sp)
            }
        }
        /// A boolean result replacing the two operands on top of the stack; when the next instruction
        /// is a conditional jump (as after most comparisons), it is taken here without pushing.
        @inline(__always) func pushComparison(_ result: Bool) {
            let next = instructions[ip]
            if next.opcode == .popJumpIfFalse {
                ip = result ? ip + 1 : Int(next.arg)
            } else if next.opcode == .popJumpIfTrue {
                ip = result ? Int(next.arg) : ip + 1
            } else {
                push(.bool(result))
            }
        }

        while true {
            do throws(PyError) {
                if let exception = pending {
                    pending = nil
                    if ip < instructionCount && instructions[ip].opcode == .yieldFrom && sp >= 1 {
                        // Thrown into a generator suspended in `yield from`: the delegate gets it first.
                        if let yielded = try throwIntoDelegate(top(), exception) {
                            frame.stackDepth = sp
                            frame.instructionIndex = ip
                            frame.isSuspended = true
                            return yielded
                        }
                        setTop(lastDelegateResult)
                        ip += 1
                    } else {
                        // Raised at the suspended yield: CPython's traceback gets this frame's entry.
                        throw PyError(exception)
                    }
                }
                while true {
                    let instruction = instructions[ip]
                    ip &+= 1  // within the code: it ends with a return
                    let arg = Int(instruction.arg)
                    switch instruction.opcode {
                    case .nop:
                        break
                    case .popTop:
                        sp -= 1
                        ValueSlot.destroy(stack + sp)
                    case .rotTwo:
                        swap(&stack[sp - 1], &stack[sp - 2])
                    case .rotThree:
                        swap(&stack[sp - 1], &stack[sp - 2])
                        swap(&stack[sp - 2], &stack[sp - 3])
                    case .rotFour:
                        swap(&stack[sp - 1], &stack[sp - 2])
                        swap(&stack[sp - 2], &stack[sp - 3])
                        swap(&stack[sp - 3], &stack[sp - 4])
                    case .dupTop:
                        ValueSlot.copy(from: stack + sp - 1, to: stack + sp)
                        sp += 1
                    case .dupTopTwo:
                        ValueSlot.copy(from: stack + sp - 2, to: stack + sp)
                        ValueSlot.copy(from: stack + sp - 1, to: stack + sp + 1)
                        sp += 2

                    case .loadConst:
                        ValueSlot.copy(from: constants + arg, to: stack + sp)
                        sp += 1
                    case .loadConstCompareOp, .loadFastCompareOp:
                        // `value < local` or `value < constant` for two ints or two floats in one step
                        // (taking the conditional jump after it); anything else loads the operand and
                        // leaves the comparison to `compareOp`.
                        let right = instruction.opcode == .loadFastCompareOp
                            ? UnsafeRawPointer(fastLocals + arg) : UnsafeRawPointer(constants + arg)
                        let left = UnsafeRawPointer(stack + sp - 1)
                        let leftTag = ValueSlot.tag(left), rightTag = ValueSlot.tag(right)
                        if leftTag == ValueSlot.intTag && rightTag == ValueSlot.intTag {
                            sp -= 1
                            ip &+= 1
                            pushComparison(compareInts(ValueSlot.int(left), ValueSlot.int(right), instructions[ip - 1].arg))
                        } else if leftTag == ValueSlot.floatTag && rightTag == ValueSlot.floatTag {
                            sp -= 1
                            ip &+= 1
                            pushComparison(compareDoubles(ValueSlot.double(left), ValueSlot.double(right), instructions[ip - 1].arg))
                        } else {
                            if rightTag == ValueSlot.absentTag { throw unboundLocal(code.varnames[arg].value) }
                            ValueSlot.copy(from: right, to: stack + sp)
                            sp += 1
                        }
                    case .loadConstBinaryOp, .loadFastBinaryOp:
                        // `value op local` or `value op constant`: int sums and differences and float
                        // arithmetic in one step; anything else loads the operand and leaves the
                        // operation to `binaryOp`.
                        let right = instruction.opcode == .loadFastBinaryOp
                            ? UnsafeRawPointer(fastLocals + arg) : UnsafeRawPointer(constants + arg)
                        let left = UnsafeMutableRawPointer(stack + sp - 1)
                        let leftTag = ValueSlot.tag(left), rightTag = ValueSlot.tag(right)
                        if leftTag == ValueSlot.intTag && rightTag == ValueSlot.intTag,
                           let sum = intSumOrDifference(instructions[ip].arg, ValueSlot.int(left), ValueSlot.int(right)) {
                            ValueSlot.overwrite(left, int: sum)
                            ip &+= 1
                        } else if leftTag == ValueSlot.floatTag && rightTag == ValueSlot.floatTag,
                                  let result = fastFloatOp(instructions[ip].arg, ValueSlot.double(left), ValueSlot.double(right)) {
                            (stack + sp - 1).initialize(to: result)  // the left operand was a float
                            ip &+= 1
                        } else {
                            if rightTag == ValueSlot.absentTag { throw unboundLocal(code.varnames[arg].value) }
                            ValueSlot.copy(from: right, to: stack + sp)
                            sp += 1
                        }
                    case .loadFast:
                        let local = UnsafeRawPointer(fastLocals + arg)
                        if ValueSlot.tag(local) == ValueSlot.absentTag { throw unboundLocal(code.varnames[arg].value) }
                        ValueSlot.copy(from: local, to: stack + sp)
                        sp += 1
                    case .loadFastLoadAttr:
                        // `local.name` in one step when the cache hits; else the plain `loadFast`
                        // (the `loadAttr` after it then runs as usual).
                        let local = UnsafeRawPointer(fastLocals + arg)
                        if ValueSlot.tag(local) == ValueSlot.absentTag { throw unboundLocal(code.varnames[arg].value) }
                        if readInlineAttribute(of: local, into: stack + sp, code, ip) {
                            ip &+= 1
                        } else {
                            ValueSlot.copy(from: local, to: stack + sp)
                        }
                        sp += 1
                    case .loadFastLoadMethod:
                        let local = UnsafeRawPointer(fastLocals + arg)
                        if ValueSlot.tag(local) == ValueSlot.absentTag { throw unboundLocal(code.varnames[arg].value) }
                        if readInlineMethod(of: local, into: stack + sp, code, ip) {
                            ip &+= 1
                            sp += 2
                        } else {
                            ValueSlot.copy(from: local, to: stack + sp)
                            sp += 1
                        }
                    case .loadFastStoreAttr:
                        // `local.name = value` in one step when the cache hits.
                        let local = UnsafeRawPointer(fastLocals + arg)
                        if ValueSlot.tag(local) == ValueSlot.absentTag { throw unboundLocal(code.varnames[arg].value) }
                        if writeInlineAttribute(of: local, movingFrom: stack + sp - 1, code, ip) {
                            ip &+= 1
                            sp -= 1
                            if checkInterruptFlag { try raiseIfInterrupted() }  // as `storeAttr`
                        } else {
                            ValueSlot.copy(from: local, to: stack + sp)
                            sp += 1
                        }
                    case .loadFastLoadFast:
                        let first = UnsafeRawPointer(fastLocals + arg)
                        if ValueSlot.tag(first) == ValueSlot.absentTag { throw unboundLocal(code.varnames[arg].value) }
                        ValueSlot.copy(from: first, to: stack + sp)
                        sp += 1
                        // The second `loadFast` runs here unless its local is unbound (it then raises itself).
                        let second = UnsafeRawPointer(fastLocals + Int(instructions[ip].arg))
                        if ValueSlot.tag(second) != ValueSlot.absentTag {
                            ValueSlot.copy(from: second, to: stack + sp)
                            sp += 1
                            ip &+= 1
                        }
                    case .storeFastLoadFast:
                        sp -= 1
                        ValueSlot.move(from: stack + sp, replacing: fastLocals + arg)
                        let next = UnsafeRawPointer(fastLocals + Int(instructions[ip].arg))
                        if ValueSlot.tag(next) != ValueSlot.absentTag {
                            ValueSlot.copy(from: next, to: stack + sp)
                            sp += 1
                            ip &+= 1
                        }
                    case .storeFast:
                        sp -= 1
                        ValueSlot.move(from: stack + sp, replacing: fastLocals + arg)
                    case .deleteFast:
                        if fastLocals[arg] == nil { throw unboundLocal(code.varnames[arg].value) }
                        fastLocals[arg] = nil
                        if checkInterruptFlag { try raiseIfInterrupted() }  // weakref callbacks, Ctrl-C
                    case .loadDeref:
                        guard let v = frame.cells[arg].value else { throw unboundDeref(frame, arg) }
                        push(v)
                    case .storeDeref:
                        frame.cells[arg].value = pop()
                    case .deleteDeref:
                        if frame.cells[arg].value == nil { throw unboundDeref(frame, arg) }
                        frame.cells[arg].value = nil
                    case .loadClosure:
                        push(.object(frame.cells[arg]))
                    case .loadClassDeref:
                        let name = code.cellAndFreeNames[arg]
                        if let v = frame.locals?.lookupString(name) {
                            push(v)
                        } else {
                            guard let v = frame.cells[arg].value else { throw unboundDeref(frame, arg) }
                            push(v)
                        }
                    case .loadGlobal:
                        // The cache's value is copied where it lies; the name is needed only on a miss.
                        if let global = cachedGlobal(code.globalCache + (ip - 1), frame) {
                            ValueSlot.copy(from: global, to: stack + sp)
                            sp += 1
                        } else {
                            push(try loadGlobal(code, ip - 1, codeNames[arg], frame))
                        }
                    case .loadGlobalLoadAttr:
                        // `Global.name` in one step when both caches hit; else the plain `loadGlobal`.
                        if let global = cachedGlobal(code.globalCache + (ip - 1), frame) {
                            if readTypeOrModuleAttribute(of: global, into: stack + sp, code, ip) {
                                ip &+= 1
                            } else {
                                ValueSlot.copy(from: global, to: stack + sp)
                            }
                            sp += 1
                        } else {
                            push(try loadGlobal(code, ip - 1, codeNames[arg], frame))
                        }
                    case .storeGlobal:
                        frame.globals.setString(codeNames[arg], pop())
                        if checkInterruptFlag { try raiseIfInterrupted() }  // weakref callbacks, Ctrl-C
                    case .deleteGlobal:
                        if frame.globals.removeString(codeNames[arg]) == nil {
                            throw nameError("name '\(codeNames[arg].value)' is not defined")
                        }
                        if checkInterruptFlag { try raiseIfInterrupted() }  // weakref callbacks, Ctrl-C
                    case .loadName:
                        let name = codeNames[arg]
                        if let locals = frame.locals, locals.cls != nil {
                            push(try loadFromCustomNamespace(locals, name, frame))
                        } else if let v = frame.locals?.lookupString(name) {
                            push(try resolvingDeferred(v, in: frame.locals, key: name))
                        } else if let v = frame.globals.lookupString(name) {
                            push(try resolvingDeferred(v, in: frame.globals, key: name))
                        } else if let v = frame.builtins.lookupString(name) {
                            push(v)
                        } else {
                            throw undefinedName(name.value, frame)
                        }
                    case .storeName:
                        if let locals = frame.locals, locals.cls != nil {
                            try setItem(.object(locals), .object(codeNames[arg]), pop())
                        } else {
                            (frame.locals ?? frame.globals).setString(codeNames[arg], pop())
                        }
                        if checkInterruptFlag { try raiseIfInterrupted() }  // weakref callbacks, Ctrl-C
                    case .deleteName:
                        if let locals = frame.locals, locals.cls != nil {
                            try deleteFromCustomNamespace(locals, codeNames[arg])
                        } else if (frame.locals ?? frame.globals).removeString(codeNames[arg]) == nil {
                            throw nameError("name '\(codeNames[arg].value)' is not defined")
                        }
                        if checkInterruptFlag { try raiseIfInterrupted() }  // weakref callbacks, Ctrl-C
                    case .loadAttr:
                        if loadInlineAttribute(in: stack + sp - 1, code, ip - 1)
                            || loadTypeOrModuleAttribute(in: stack + sp - 1, code, ip - 1) { break }
                        frame.instructionIndex = ip  // properties may read f_lineno
                        if let value = instanceAttribute(in: stack + sp - 1, named: codeNames + arg, code, ip - 1) {
                            let instance = ValueSlot.object(stack + sp - 1)
                            (stack + sp - 1).initialize(to: value)
                            ValueSlot.release(instance)
                            break
                        }
                        // Popped, not copied: the object's reference moves out of the slot.
                        let object = pop()
                        if case .object(let o) = object, o.kind == .instance || (o.kind == .other && o.storedDict != nil),
                           let v = try cachedLoadAttribute(o, codeNames[arg], code, ip - 1) {
                            push(v)
                        } else if case .object(let o) = object, o.kind == .type,
                                  let found = cachedTypeAttribute(unsafeDowncast(o, to: PyType.self), codeNames[arg], code, ip - 1) {
                            push(found.bindsClass ? .object(PyBoundMethod(function: found.value, selfValue: object)) : found.value)
                        } else if case .object(let o) = object, o.kind == .module,
                                  let v = cachedModuleAttribute(unsafeDowncast(o, to: PyModule.self), codeNames[arg], code, ip - 1) {
                            push(v)
                        } else {
                            push(try getAttribute(object, codeNames[arg]))
                        }
                    case .storeAttr:
                        // The replaced value may be freed: its weakref callbacks run before the next instruction.
                        if storeInlineAttribute(in: stack + sp - 1, movingFrom: stack + sp - 2, code, ip - 1) {
                            sp -= 2
                        } else if storeInstanceAttribute(in: stack + sp - 1, named: codeNames + arg, stack + sp - 2, code, ip - 1) {
                            drop(2)
                        } else {
                            let object = pop()
                            let value = pop()
                            try setAttribute(object, codeNames[arg], value)
                        }
                        if checkInterruptFlag { try raiseIfInterrupted() }
                    case .deleteAttr:
                        try deleteAttribute(pop(), codeNames[arg])
                        if checkInterruptFlag { try raiseIfInterrupted() }  // weakref callbacks, Ctrl-C
                    case .loadMethod:
                        if loadInlineMethod(in: stack + sp - 1, code, ip - 1) {
                            sp += 1
                            break
                        }
                        if let method = instanceMethod(in: stack + sp - 1, named: codeNames + arg, code, ip - 1) {
                            // The instance moves up a slot (bytes only) and the function goes below it.
                            ValueSlot.moveBytes(from: stack + sp - 1, to: stack + sp, count: 1)
                            (stack + sp - 1).initialize(to: method)
                            sp += 1
                            break
                        }
                        let object = pop()
                        if case .object(let o) = object, o.kind == .type,
                                  let found = cachedTypeAttribute(unsafeDowncast(o, to: PyType.self), codeNames[arg], code, ip - 1) {
                            // A classmethod is called with the class as its first argument, unbound.
                            push(found.value)
                            push(found.bindsClass ? object : .object(methodMarker))
                        } else if case .object(let o) = object, o.kind == .module,
                                  let v = cachedModuleAttribute(unsafeDowncast(o, to: PyModule.self), codeNames[arg], code, ip - 1) {
                            push(v)
                            push(.object(methodMarker))
                        } else if object.asObject?.kind != .instance,
                                  let method = cachedBuiltinMethod(object, codeNames[arg], code, ip - 1) {
                            push(method)
                            push(object)
                        } else if let method = lookupUnboundMethod(object, codeNames[arg]) {
                            push(method)
                            push(object)
                        } else {
                            push(try getAttribute(object, codeNames[arg]))
                            push(.object(methodMarker))
                        }
                    case .loadBuildClass:
                        guard let bc = frame.builtins.lookupString(names.dBuildClass) else {
                            throw nameError("__build_class__ not found")
                        }
                        push(bc)
                    case .loadAssertionError:
                        push(.object(exceptions.AssertionError))

                    case .binaryOp:
                        // Ints and floats straight from their slots: nothing to retain or release. Each
                        // case stores its own result: folding them into one optional result and one store
                        // measured 7-11% more instructions on numeric loops.
                        let left = UnsafeMutableRawPointer(stack + sp - 2), right = UnsafeRawPointer(stack + sp - 1)
                        let leftTag = ValueSlot.tag(left), rightTag = ValueSlot.tag(right)
                        if leftTag == ValueSlot.intTag && rightTag == ValueSlot.intTag,
                           let sum = intSumOrDifference(instruction.arg, ValueSlot.int(left), ValueSlot.int(right)) {
                            sp -= 1
                            ValueSlot.overwrite(left, int: sum)
                        } else if leftTag == ValueSlot.intTag && rightTag == ValueSlot.intTag,
                           let r = fastIntOp(instruction.arg, ValueSlot.int(left), ValueSlot.int(right)) {
                            sp -= 1
                            (stack + sp - 1).initialize(to: r)
                        } else if leftTag == ValueSlot.floatTag && rightTag == ValueSlot.floatTag,
                                  let r = fastFloatOp(instruction.arg, ValueSlot.double(left), ValueSlot.double(right)) {
                            sp -= 1
                            (stack + sp - 1).initialize(to: r)
                        } else if leftTag == ValueSlot.floatTag && rightTag == ValueSlot.intTag,
                                  let r = fastFloatOp(instruction.arg, ValueSlot.double(left), Double(ValueSlot.int(right))) {
                            // A float with an int: the int converts correctly rounded, as CPython's does.
                            sp -= 1
                            (stack + sp - 1).initialize(to: r)
                        } else if leftTag == ValueSlot.intTag && rightTag == ValueSlot.floatTag,
                                  let r = fastFloatOp(instruction.arg, Double(ValueSlot.int(left)), ValueSlot.double(right)) {
                            sp -= 1
                            (stack + sp - 1).initialize(to: r)
                        } else {
                            let b = pop()
                            let a = pop()
                            push(try binaryOp(a, b, BinaryOpArg(rawValue: instruction.arg) ?? .add))
                        }
                    case .unaryNegative:
                        setTop(try negate(top()))
                    case .unaryPositive:
                        setTop(try positive(top()))
                    case .unaryInvert:
                        setTop(try invert(top()))
                    case .unaryNot:
                        setTop(.bool(!(try isTrue(top()))))
                    case .compareOp:
                        let left = UnsafeRawPointer(stack + sp - 2), right = UnsafeRawPointer(stack + sp - 1)
                        let leftTag = ValueSlot.tag(left), rightTag = ValueSlot.tag(right)
                        if leftTag == ValueSlot.intTag && rightTag == ValueSlot.intTag {
                            sp -= 2
                            pushComparison(compareInts(ValueSlot.int(left), ValueSlot.int(right), instruction.arg))
                        } else if leftTag == ValueSlot.floatTag && rightTag == ValueSlot.floatTag {
                            sp -= 2
                            pushComparison(compareDoubles(ValueSlot.double(left), ValueSlot.double(right), instruction.arg))
                        } else {
                            let b = pop()
                            let a = pop()
                            if case .float(let x) = a, case .int(let y) = b, Double.isExact(y) {
                                pushComparison(compareDoubles(x, Double(y), instruction.arg))
                            } else if case .int(let x) = a, case .float(let y) = b, Double.isExact(x) {
                                pushComparison(compareDoubles(Double(x), y, instruction.arg))
                            } else {
                                push(try compare(a, b, CompareOpArg(rawValue: instruction.arg) ?? .equal))
                            }
                        }
                    case .isOp:
                        sp -= 2
                        let identical = ValueSlot.isIdentical(stack + sp, stack + sp + 1)
                        ValueSlot.destroy(stack + sp)
                        ValueSlot.destroy(stack + sp + 1)
                        pushComparison(identical != (arg == 1))
                    case .containsOp:
                        let container = pop()
                        let item = top()
                        setTop(.bool(try contains(container, item) != (arg == 1)))
                    case .binarySubscr:
                        let containerSlot = stack + sp - 2, keySlot = stack + sp - 1
                        if ValueSlot.tag(containerSlot) == ValueSlot.objectTag && ValueSlot.tag(keySlot) == ValueSlot.intTag,
                           let item = sequenceItem(in: containerSlot, at: ValueSlot.int(keySlot)) {
                            let container = ValueSlot.object(containerSlot)
                            sp -= 1
                            containerSlot.initialize(to: item)
                            ValueSlot.release(container)
                        } else {
                            let key = pop()
                            let container = pop()
                            push(try getItem(container, key))
                        }
                    case .storeSubscr:
                        let containerSlot = stack + sp - 2, keySlot = stack + sp - 1
                        var replaced = Value.none
                        if ValueSlot.tag(containerSlot) == ValueSlot.objectTag && ValueSlot.tag(keySlot) == ValueSlot.intTag,
                           storeListItem(in: containerSlot, at: ValueSlot.int(keySlot), movingFrom: stack + sp - 3,
                                         replaced: &replaced) {
                            sp -= 3
                            ValueSlot.destroy(containerSlot)
                        } else {
                            let key = pop(), container = pop(), value = pop()
                            try setItem(container, key, value)
                        }
                    case .deleteSubscr:
                        let key = pop(), container = pop()
                        try deleteItem(container, key)
                        if checkInterruptFlag { try raiseIfInterrupted() }  // weakref callbacks, Ctrl-C

                    case .jump:
                        ip = arg
                        try spendBudget()
                        if checkInterruptFlag { try raiseIfInterrupted() }
                    case .popJumpIfFalse:
                        sp -= 1
                        if ValueSlot.tag(stack + sp) == ValueSlot.boolTag {
                            if !ValueSlot.bool(stack + sp) { ip = arg }
                        } else if !(try isTrue((stack + sp).move())) {
                            ip = arg
                        }
                    case .popJumpIfTrue:
                        sp -= 1
                        if ValueSlot.tag(stack + sp) == ValueSlot.boolTag {
                            if ValueSlot.bool(stack + sp) { ip = arg }
                        } else if try isTrue((stack + sp).move()) {
                            ip = arg
                        }
                    case .jumpIfFalseOrPop:
                        if try isTrue(top()) { drop(1) } else { ip = arg }
                    case .jumpIfTrueOrPop:
                        if try isTrue(top()) { ip = arg } else { drop(1) }
                    case .getIter:
                        setTop(try iterate(top()))
                    case .forIter:
                        // Lists and ranges step where the iterator lies on the stack (no retain).
                        if ValueSlot.tag(stack + sp - 1) == ValueSlot.objectTag,
                           let step = ValueSlot.object(stack + sp - 1)._withUnsafeGuaranteedRef({ (o: PyObject) -> Value?? in
                               o.kind == .iterator ? unsafeDowncast(o, to: PyIterator.self).nextInLoop() : nil
                           }) {
                            if let v = step {
                                push(v)
                            } else {
                                drop(1)
                                ip = arg
                            }
                            break
                        }
                        let iterator = top()
                        if case .object(let o) = iterator, o.kind == .iterator {
                            if let v = try nextBuiltin(unsafeDowncast(o, to: PyIterator.self)) {
                                push(v)
                            } else {
                                drop(1)
                                ip = arg
                            }
                        } else if let v = try next(iterator) {
                            push(v)
                        } else {
                            drop(1)
                            ip = arg
                        }
                    case .returnValue:
                        let v = pop()
                        frame.stackDepth = sp
                        frame.instructionIndex = ip
                        frame.hasFinished = true
                        return v
                    case .loadConstReturn, .loadFastReturn:
                        // `return constant` or `return local`: the frame ends as after its `returnValue`.
                        let source = instruction.opcode == .loadConstReturn
                            ? UnsafeRawPointer(constants + arg) : UnsafeRawPointer(fastLocals + arg)
                        if ValueSlot.tag(source) == ValueSlot.absentTag { throw unboundLocal(code.varnames[arg].value) }
                        ValueSlot.copy(from: source, to: stack + sp)
                        let v = (stack + sp).move()
                        frame.stackDepth = sp
                        frame.instructionIndex = ip &+ 1
                        frame.hasFinished = true
                        return v

                    case .buildTuple:
                        var items = ContiguousArray<Value>()
                        items.reserveCapacity(arg)
                        for i in 0..<arg { items.append(stack[sp - arg + i]) }
                        drop(arg)
                        push(.object(PyTuple(items)))
                    case .buildList:
                        var items = ContiguousArray<Value>()
                        items.reserveCapacity(arg)
                        for i in 0..<arg { items.append(stack[sp - arg + i]) }
                        drop(arg)
                        push(.object(PyList(items)))
                    case .buildSet:
                        let set = PySet(frozen: false)
                        for i in 0..<arg { try set.add(stack[sp - arg + i], vm: self) }
                        drop(arg)
                        push(.object(set))
                    case .buildMap:
                        let d = PyDict(minimumCapacity: arg)
                        for i in 0..<arg { try d.set(stack[sp - 2 * arg + 2 * i], stack[sp - 2 * arg + 2 * i + 1], vm: self) }
                        drop(2 * arg)
                        push(.object(d))
                    case .buildConstKeyMap:
                        guard case .object(let ko) = pop(), let keys = ko as? PyTuple else { break }
                        let d = PyDict(minimumCapacity: arg)
                        for i in 0..<arg { try d.set(keys.items[i], stack[sp - arg + i], vm: self) }
                        drop(arg)
                        push(.object(d))
                    case .buildString:
                        var s = ""
                        for i in 0..<arg {
                            if case .object(let o) = stack[sp - arg + i], o.kind == .str {
                                s += unsafeDowncast(o, to: PyStr.self).value
                            }
                        }
                        drop(arg)
                        push(Value(s))
                    case .buildSlice:
                        let step: Value = arg == 3 ? pop() : .none
                        let stop = pop()
                        let start = pop()
                        // Slicing an exact list or tuple right away: no slice object. `ip` moves to the
                        // subscript first, so an error is reported there, as without the shortcut.
                        let next = instructions[ip].opcode
                        if next == .binarySubscr && ValueSlot.tag(stack + sp - 1) == ValueSlot.objectTag {
                            ip &+= 1
                            let container = pop()
                            if let slice = try sliceOfSequence(container, start, stop, step) {
                                push(slice)
                                break
                            }
                            push(try getItem(container, .object(PySlice(start: start, stop: stop, step: step))))
                        } else if next == .storeSubscr && ValueSlot.tag(stack + sp - 1) == ValueSlot.objectTag {
                            ip &+= 1
                            let container = pop()
                            let value = pop()
                            if try assignSliceOfList(container, start, stop, step, value) { break }
                            try setItem(container, .object(PySlice(start: start, stop: stop, step: step)), value)
                        } else {
                            push(.object(PySlice(start: start, stop: stop, step: step)))
                        }
                    case .listAppend:
                        let v = pop()
                        if case .object(let o) = stack[sp - arg] { unsafeDowncast(o, to: PyList.self).items.append(v) }
                    case .setAdd:
                        let v = pop()
                        if case .object(let o) = stack[sp - arg] { try unsafeDowncast(o, to: PySet.self).add(v, vm: self) }
                    case .mapAdd:
                        let v = pop(), k = pop()
                        if case .object(let o) = stack[sp - arg] { try unsafeDowncast(o, to: PyDict.self).set(k, v, vm: self) }
                    case .listExtend:
                        let iterable = pop()
                        if case .object(let o) = stack[sp - arg] {
                            let list = unsafeDowncast(o, to: PyList.self)
                            list.items.append(contentsOf: try collectForUnpacking(iterable))
                        }
                    case .setUpdate:
                        let iterable = pop()
                        if case .object(let o) = stack[sp - arg] {
                            let set = unsafeDowncast(o, to: PySet.self)
                            for v in try collect(iterable) { try set.add(v, vm: self) }
                        }
                    case .dictUpdate, .dictMerge:
                        let other = pop()
                        if case .object(let o) = stack[sp - arg] {
                            try mergeIntoDict(unsafeDowncast(o, to: PyDict.self), other,
                                              rejectDuplicates: instruction.opcode == .dictMerge,
                                              function: instruction.opcode == .dictMerge ? stack[sp - arg - 2] : nil)
                        }
                    case .listToTuple:
                        if case .object(let o) = top() {
                            setTop(.object(PyTuple(unsafeDowncast(o, to: PyList.self).items)))
                        }
                    case .unpackSequence:
                        if ValueSlot.tag(stack + sp - 1) == ValueSlot.objectTag && unpackOnStack(stack + sp - 1, count: arg) {
                            sp += arg - 1
                            break
                        }
                        let seq = pop()
                        let items = try unpack(seq, count: arg)
                        for v in items.reversed() { push(v) }
                    case .unpackEx:
                        let before = arg & 0xFF, after = arg >> 8
                        let items = try collectForUnpacking(pop())
                        guard items.count >= before + after else {
                            throw valueError("not enough values to unpack (expected at least \(before + after), got \(items.count))")
                        }
                        for v in items[(items.count - after)...].reversed() { push(v) }
                        push(.object(PyList(ContiguousArray(items[before..<(items.count - after)]))))
                        for v in items[0..<before].reversed() { push(v) }
                    case .formatValue:
                        let spec: Value = (arg & 4) != 0 ? pop() : Value("")
                        var v = pop()
                        switch arg & 3 {
                        case 1: v = Value(try str(v))
                        case 2: v = Value(try repr(v))
                        case 3: v = Value(asciiRepr(try repr(v)))
                        default: break
                        }
                        push(try format(v, spec))

                    // Calls take the callable out of its slot, which stays as the call's scratch slot
                    // (holding None, or `self` put there by the call), and hand the arguments over:
                    // the callee moves or releases them, also when it throws, so `sp` drops first.
                    case .callFunction, .callFunctionKw:
                        frame.instructionIndex = ip  // for f_lineno of running frames
                        if instruction.opcode == .callFunction,
                           let function = plainFunction(in: stack + sp - arg - 1, taking: arg) {
                            // The function stays in its slot for the call; the arguments are the callee's.
                            sp -= arg
                            let result = try callBorrowedFunction(function, movingArgumentsFrom: stack + sp, count: arg)
                            ValueSlot.destroy(stack + sp - 1)
                            (stack + sp - 1).initialize(to: result)
                            break
                        }
                        var kwnames: PyTuple?
                        if instruction.opcode == .callFunctionKw, case .object(let no) = pop() { kwnames = no as? PyTuple }
                        let callable = takeCallable(stack + sp - arg - 1)
                        sp -= arg
                        let result = try callConsumingArguments(callable, base: stack + sp, count: arg, keywordNames: kwnames)
                        ValueSlot.destroy(stack + sp - 1)
                        (stack + sp - 1).initialize(to: result)
                    case .callMethod, .callMethodKw:
                        frame.instructionIndex = ip  // for f_lineno of running frames
                        var kwnames: PyTuple?
                        if instruction.opcode == .callMethodKw, case .object(let no) = pop() { kwnames = no as? PyTuple }
                        if kwnames == nil, let function = plainFunction(in: stack + sp - arg - 2, taking: arg + 1) {
                            // `self` and the arguments move into the frame; the function stays in its slot.
                            let selfSlot = stack + sp - arg - 1
                            if !(ValueSlot.tag(selfSlot) == ValueSlot.objectTag
                                 && ValueSlot.object(selfSlot).toOpaque() == methodMarkerAddress) {
                                sp -= arg + 1
                                let result = try callBorrowedFunction(function, movingArgumentsFrom: stack + sp, count: arg + 1)
                                ValueSlot.destroy(stack + sp - 1)
                                (stack + sp - 1).initialize(to: result)
                                break
                            }
                        }
                        let callable = takeCallable(stack + sp - arg - 2)
                        let selfSlot = stack + sp - arg - 1
                        if ValueSlot.tag(selfSlot) == ValueSlot.objectTag && ValueSlot.object(selfSlot).toOpaque() == methodMarkerAddress {
                            // No `self`: the marker's slot is the scratch slot, the callable's is left empty.
                            selfSlot.pointee = .none
                            sp -= arg
                            let result = try callConsumingArguments(callable, base: stack + sp, count: arg, keywordNames: kwnames)
                            sp -= 1
                            ValueSlot.destroy(stack + sp)
                            ValueSlot.destroy(stack + sp - 1)
                            (stack + sp - 1).initialize(to: result)
                        } else {
                            sp -= arg + 1
                            let result = try callConsumingArguments(callable, base: stack + sp, count: arg + 1, keywordNames: kwnames)
                            ValueSlot.destroy(stack + sp - 1)
                            (stack + sp - 1).initialize(to: result)
                        }
                    case .callFunctionEx:
                        frame.instructionIndex = ip  // for f_lineno of running frames
                        var keywords: Keywords?
                        if arg & 1 != 0 {
                            let kw = pop()
                            keywords = try keywordsFromMapping(kw, function: stack[sp - 2])
                        }
                        let argsValue = pop()
                        let callable = pop()
                        let positional: [Value]
                        if case .object(let o) = argsValue, o.kind == .tuple, o.cls == nil {
                            positional = Array(unsafeDowncast(o, to: PyTuple.self).items)
                        } else {
                            positional = try collectCallArguments(argsValue, function: callable)
                        }
                        push(try call(callable, positional, keywords))
                    case .makeFunction:
                        guard case .object(let qo) = pop(), let qualname = qo as? PyStr,
                              case .object(let co) = pop(), let fcode = co as? PyCode else { break }
                        var closure = ContiguousArray<PyCell>()
                        if arg & 8 != 0, case .object(let t) = pop(), let cells = t as? PyTuple {
                            for c in cells.items { if case .object(let cell) = c, let cell = cell as? PyCell { closure.append(cell) } }
                        }
                        var annotations: PyDict?
                        if arg & 4 != 0, case .object(let a) = pop() { annotations = a as? PyDict }
                        var kwdefaults: PyDict?
                        if arg & 2 != 0, case .object(let k) = pop() { kwdefaults = k as? PyDict }
                        var defaults = ContiguousArray<Value>()
                        if arg & 1 != 0, case .object(let d) = pop(), let t = d as? PyTuple { defaults = t.items }
                        let module = frame.globals.lookupString(names.dName) ?? .none
                        let f = PyFunction(code: fcode, globals: frame.globals, qualname: qualname.value, defaults: defaults,
                                           keywordDefaults: kwdefaults, closure: closure, module: module)
                        f.annotations = annotations
                        push(.object(f))

                    case .yieldValue:
                        if let target = frame.drainTarget {
                            // A draining consumer takes the value: go on as if `next()` had resumed us
                            // (None in the value's slot); if it cannot, suspend as usual.
                            do throws(PyError) {
                                if let set = target.set {
                                    try set.add(stack[sp - 1], vm: self)
                                    ValueSlot.destroy(stack + sp - 1)
                                } else {
                                    target.items.append((stack + sp - 1).move())
                                }
                                (stack + sp - 1).initialize(to: .none)
                                break
                            } catch {
                                target.failure = error
                            }
                        }
                        let v = pop()
                        frame.stackDepth = sp
                        frame.instructionIndex = ip
                        frame.isSuspended = true
                        return v
                    case .getYieldFromIter:
                        if case .object(let o) = top(), o.kind == .generator { break }
                        setTop(try iterate(top()))
                    case .yieldFrom:
                        let sent = pop()
                        let iterator = top()
                        if let yielded = try delegate(iterator, sent) {
                            ip -= 1  // resume here with the next sent value
                            frame.stackDepth = sp
                            frame.instructionIndex = ip
                            frame.isSuspended = true
                            return yielded
                        }
                        setTop(lastDelegateResult)
                    case .genStart:
                        break

                    case .setupFinally:
                        frame.blocks.append(Frame.Block(kind: .handler, handler: arg, level: sp, previousException: nil))
                    case .popBlock:
                        _ = frame.blocks.popLast()
                    case .popExcept:
                        if let block = frame.blocks.popLast(), block.kind == .exceptHandler {
                            handledException = block.previousException
                        }
                    case .reraise:
                        guard case .object(let o) = pop(), let e = o as? PyBaseException else {
                            throw runtimeError("No active exception to reraise")
                        }
                        isReraise = true
                        throw PyError(e)
                    case .raiseVarargs:
                        if arg == 0 {
                            guard let e = handledException else { throw runtimeError("No active exception to reraise") }
                            isReraise = true
                            throw PyError(e)
                        }
                        let cause: Value? = arg == 2 ? pop() : nil
                        let e = try exceptionToRaise(pop())
                        if let cause { try setCause(e, cause) }
                        throw PyError(e)
                    case .jumpIfNotExcMatch:
                        let type = pop()
                        if !(try exceptionMatches(top(), type)) { ip = arg }
                    case .setupWith:
                        let manager = pop()
                        let managerType = typeOf(manager)
                        guard let enter = managerType.lookupSpecial(names.dEnter) else {
                            throw typeError("'\(managerType.name)' object does not support the context manager protocol")
                        }
                        guard let exit = managerType.lookupSpecial(names.dExit) else {
                            throw typeError("'\(managerType.name)' object does not support the context manager protocol (missed __exit__ method)")
                        }
                        push(try bindDescriptor(exit, instance: manager, owner: managerType))
                        let entered = try callDescriptorMethod(enter, on: manager, [])
                        frame.blocks.append(Frame.Block(kind: .handler, handler: arg, level: sp, previousException: nil))
                        push(entered)
                    case .withExceptStart:
                        let exc = top()
                        let exit = peek(2)
                        let excType: Value = exc.asObject.map { .object(typeOf(.object($0))) } ?? .none
                        var tb: Value = .none
                        if case .object(let eo) = exc, let e = eo as? PyBaseException, let t = e.traceback { tb = .object(t) }
                        push(try call(exit, [excType, exc, tb]))
                    case .checkEgMatch:
                        let type = pop()
                        let exc = pop()
                        let (match, rest) = try splitExceptionGroup(exc, type)
                        push(rest)
                        push(match)
                    case .prepReraiseStar:
                        let raised = pop()
                        let original = pop()
                        push(try prepareReraiseStar(original, raised))

                    case .importName:
                        let fromlist = pop()
                        let level = pop()
                        push(try importName(codeNames[arg].value, fromlist: fromlist, level: level, frame: frame))
                    case .importNameEligible, .importNameLazy:
                        frame.instructionIndex = ip  // the deferred object records the statement's line
                        let fromlist = pop()
                        let level = pop()
                        push(try importNameMaybeLazy(codeNames[arg].value, fromlist: fromlist, level: level,
                                                     frame: frame, explicit: instruction.opcode == .importNameLazy))
                    case .importFrom:
                        if let marker = top().deferredImport {
                            push(deferredAttribute(of: marker, codeNames[arg], frame: frame))
                        } else {
                            push(try importFrom(top(), codeNames[arg]))
                        }
                    case .importStar:
                        try importStar(pop(), into: frame.locals ?? frame.globals)
                    case .setupAnnotations:
                        let ns = frame.locals ?? frame.globals
                        if ns.lookupString(names.dAnnotations) == nil { ns.setString(names.dAnnotations, .object(PyDict())) }
                    case .printExpr:
                        try displayHook(pop())

                    case .getLen:
                        push(.int(try length(top())))
                    case .matchMapping:
                        push(.bool(isMappingForMatch(top())))
                    case .matchSequence:
                        push(.bool(isSequenceForMatch(top())))
                    case .matchKeys:
                        push(try matchKeys(peek(2), top()))
                    case .matchClass:
                        guard case .object(let no) = pop(), let kwnames = no as? PyTuple else { break }
                        let cls = pop()
                        let subject = pop()
                        push(try matchClass(subject, cls, positionalCount: arg, keywordNames: kwnames))
                    case .copyDictWithoutKeys:
                        push(try copyDictWithoutKeys(peek(2), top()))
                    }
                }
            } catch {
                let exception = error.exception
                if !isReraise {
                    let line = code.line(at: ip - 1)
                    exception.traceback = PyTraceback(filename: code.code.filename, functionName: code.code.name,
                                                      line: line, next: exception.traceback, code: code, globals: frame.globals,
                                                      instruction: ip - 1)
                    if exception.context == nil, let handled = handledException, handled !== exception {
                        exception.context = handled
                    }
                }
                isReraise = false
                // Find a handler on the block stack.
                var handled = false
                while let block = frame.blocks.popLast() {
                    if sp > block.level { drop(sp - block.level) }
                    if block.kind == .exceptHandler {
                        handledException = block.previousException
                        continue
                    }
                    frame.blocks.append(Frame.Block(kind: .exceptHandler, handler: -1, level: sp,
                                                    previousException: handledException))
                    handledException = exception
                    push(.object(exception))
                    ip = block.handler
                    handled = true
                    break
                }
                if !handled {
                    frame.stackDepth = sp
                    frame.instructionIndex = ip
                    frame.hasFinished = true
                    throw error
                }
            }
        }
    }

    /// `x + y` or `x - y` (also in place) when it fits a machine int, the commonest int operations,
    /// inline; nil for any other operator or an overflow.
    @inline(__always)
    func intSumOrDifference(_ op: UInt32, _ x: Int, _ y: Int) -> Int? {
        if op == BinaryOpArg.add.rawValue || op == BinaryOpArg.inplaceAdd.rawValue {
            let (sum, overflow) = x.addingReportingOverflow(y)
            return overflow ? nil : sum
        }
        if op == BinaryOpArg.subtract.rawValue || op == BinaryOpArg.inplaceSubtract.rawValue {
            let (difference, overflow) = x.subtractingReportingOverflow(y)
            return overflow ? nil : difference
        }
        return nil
    }

    func unboundLocal(_ name: String) -> PyError {
        error(exceptions.UnboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
    }

    func unboundDeref(_ frame: Frame, _ index: Int) -> PyError {
        let name = frame.code.cellAndFreeNames[index].value
        if index < frame.code.cellCount { return unboundLocal(name) }
        return nameError("cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }

    /// Where a global's value lies when the instruction's cache still holds: both dicts have the key
    /// sets they had when it was filled.
    @inline(__always)
    func cachedGlobal(_ entry: UnsafeMutablePointer<GlobalCacheEntry>, _ frame: Frame) -> UnsafeRawPointer? {
        guard entry.pointee.globalsKeysVersion == frame.globals.keysVersion
                && entry.pointee.builtinsKeysVersion == frame.builtins.keysVersion else { return nil }
        let dict = entry.pointee.inBuiltins ? frame.builtins : frame.globals
        return dict.valueAddress(at: entry.pointee.position)
    }

    @inline(__always)
    func loadGlobal(_ code: PyCode, _ index: Int, _ name: PyStr, _ frame: Frame) throws(PyError) -> Value {
        if let global = cachedGlobal(code.globalCache + index, frame) {
            return global.assumingMemoryBound(to: Value.self).pointee
        }
        return try loadGlobalFillingCache(code, index, name, frame)
    }

    /// The slow path: looks the name up, resolves a deferred import, and records where it was found.
    @inline(never)
    func loadGlobalFillingCache(_ code: PyCode, _ index: Int, _ name: PyStr, _ frame: Frame) throws(PyError) -> Value {
        let globals = frame.globals
        let builtins = frame.builtins
        var inBuiltins = false
        var found = globals.lookupString(name)
        if found == nil {
            inBuiltins = true
            found = builtins.lookupString(name)
        }
        guard var v = found else { throw undefinedName(name.value, frame) }
        if let d = v.deferredImport {
            // Resolution stores the module back; the position below is read after that.
            v = try resolveDeferred(d, in: globals, key: name)
        }
        let dict = inBuiltins ? builtins : globals
        // A deferred value still stored (a resolution that raised leaves it, `__getattr__` tricks) is
        // not cached: the fast path never checks for one.
        if let position = dict.position(ofString: name),
           dict.valueAddress(at: position).assumingMemoryBound(to: Value.self).pointee.deferredImport == nil {
            code.globalCache[index] = GlobalCacheEntry(globalsKeysVersion: globals.keysVersion,
                                                       builtinsKeysVersion: builtins.keysVersion,
                                                       position: position, inBuiltins: inBuiltins)
        }
        return v
    }

    /// Moves the callable out of its stack slot, leaving None there as the call's scratch slot.
    @inline(__always)
    func takeCallable(_ slot: UnsafeMutablePointer<Value>) -> Value {
        let callable = slot.move()
        slot.initialize(to: .none)
        return callable
    }

    /// Calls `callable` with the `count` values at `base` (positional arguments, then keyword values),
    /// consuming them: a plain positional call of a Python function moves them into its frame, and
    /// every other call releases them once it returns or throws. `base - 1` is the call's scratch slot.
    @inline(__always)
    func callConsumingArguments(_ callable: Value, base: UnsafeMutablePointer<Value>, count: Int,
                                keywordNames: PyTuple?) throws(PyError) -> Value {
        if keywordNames == nil, case .object(let o) = callable {
            if o.kind == .function {
                let f = unsafeDowncast(o, to: PyFunction.self)
                if f.takesPlainCall(count) {
                    return try callFunction(f, movingArgumentsFrom: base, count: count)
                }
            } else if o.kind == .type {
                let type = unsafeDowncast(o, to: PyType.self)
                // `tuple(x)`, `list(x)`, `set(x)` of the exact builtin types: straight to the container
                // (the general path builds an argument array and looks up `__new__` and `__init__`).
                if count == 1, type === types.tuple || type === types.list || type === types.set {
                    let iterable = base.move()
                    if let container = try makeBuiltinContainer(type, from: iterable) { return container }
                    base.initialize(to: iterable)
                }
                if type === types.range, let range = smallRange(base, count) { return range }
                if let instance = try instantiateMovingArguments(type, base: base, count: count) { return instance }
            } else if o.kind == .instance, let method = o.cls?.lookupSpecial(names.dCall), case .object(let mo) = method,
                      mo.kind == .function, unsafeDowncast(mo, to: PyFunction.self).takesPlainCall(count + 1) {
                // `spline(t)` for an instance whose class defines `__call__` in Python: the instance goes
                // into the scratch slot in front of the arguments, and all of them into the frame.
                (base - 1).initialize(to: callable)
                defer { (base - 1).initialize(to: .none) }
                return try callFunction(unsafeDowncast(mo, to: PyFunction.self), movingArgumentsFrom: base - 1, count: count + 1)
            } else if o.kind == .builtinFunction {
                let f = unsafeDowncast(o, to: PyBuiltinFunction.self)
                // Bound methods of builtin types (`items.pop`, `perm.insert`) and builtins without a
                // shortcut: the arguments move into the native function's array.
                if let boundSelf = f.boundSelf {
                    if f.fastPath != .none {
                        // `self` goes into the scratch slot, in front of the arguments, for the shortcut
                        // (the caller releases the scratch slot after the call).
                        (base - 1).initialize(to: boundSelf)
                        defer { for i in 0..<count { ValueSlot.destroy(base + i) } }
                        if let result = try builtinFastCall(f.fastPath, base - 1, count: count + 1) { return result }
                        return try f.function(self, Array(UnsafeBufferPointer(start: base - 1, count: count + 1)), nil)
                    }
                    return try f.function(self, argumentArray(movingFrom: base, count: count, after: boundSelf), nil)
                }
                if f.unaryCall == nil && f.fastPath == .none {
                    return try f.function(self, argumentArray(movingFrom: base, count: count, after: nil), nil)
                }
            }
        }
        defer { for i in 0..<count { ValueSlot.destroy(base + i) } }
        return try callFromStack(callable, base: base, count: count, keywordNames: keywordNames)
    }

    /// `range(stop)`, `range(start, stop)` or `range(start, stop, step)` with machine ints (step not
    /// zero), made without the type call's `__new__` lookup and argument array; nil for anything else.
    /// The arguments are plain ints, so their slots need no release.
    @inline(__always)
    func smallRange(_ base: UnsafeMutablePointer<Value>, _ count: Int) -> Value? {
        switch count {
        case 1:
            guard case .int(let stop) = base[0] else { return nil }
            return .object(PyRange(smallStart: 0, stop: stop, step: 1))
        case 2:
            guard case .int(let start) = base[0], case .int(let stop) = base[1] else { return nil }
            return .object(PyRange(smallStart: start, stop: stop, step: 1))
        case 3:
            guard case .int(let start) = base[0], case .int(let stop) = base[1], case .int(let step) = base[2],
                  step != 0 else { return nil }
            return .object(PyRange(smallStart: start, stop: stop, step: step))
        default:
            return nil
        }
    }

    /// An array of `first` (when given) and the `count` values at `base`, moved out of their slots.
    /// Small ones are array literals: the general ways of building an array of a given capacity go
    /// through the runtime's generic metadata lookup or its growth path on every call.
    @inline(__always)
    func argumentArray(movingFrom base: UnsafeMutablePointer<Value>, count: Int, after first: Value?) -> [Value] {
        if let first {
            switch count {
            case 0: return [first]
            case 1: return [first, base.move()]
            case 2: return [first, base.move(), (base + 1).move()]
            default: break
            }
        } else {
            switch count {
            case 0: return []
            case 1: return [base.move()]
            case 2: return [base.move(), (base + 1).move()]
            case 3: return [base.move(), (base + 1).move(), (base + 2).move()]
            default: break
            }
        }
        var args: [Value] = []
        args.reserveCapacity(count + 1)
        if let first { args.append(first) }
        for i in 0..<count { args.append((base + i).move()) }
        return args
    }

    /// Calls with arguments already on the value stack (no intermediate array for Python functions).
    /// The slot just below `base` belongs to the call being made (it holds the callable or the method
    /// marker), so bound methods and class instantiation put `self` there and pass the arguments on
    /// without copying them.
    @inline(__always)
    func callFromStack(_ callable: Value, base: UnsafeMutablePointer<Value>, count: Int, keywordNames: PyTuple?) throws(PyError) -> Value {
        let keywordCount = keywordNames?.items.count ?? 0
        let positionalCount = count - keywordCount
        var keywords: Keywords?
        if let keywordNames, keywordCount > 0 {
            var k = Keywords()
            k.names.reserveCapacity(keywordCount)
            for (i, n) in keywordNames.items.enumerated() {
                if case .object(let so) = n, let s = so as? PyStr { k.names.append(s.value) }
                k.values.append(base[positionalCount + i])
            }
            keywords = k
        }
        if case .object(let o) = callable {
            if o.kind == .function {
                let f = unsafeDowncast(o, to: PyFunction.self)
                return try callFunction(f, positional: UnsafeBufferPointer(start: base, count: positionalCount), keywords: keywords)
            }
            if o.kind == .boundMethod {
                let m = unsafeDowncast(o, to: PyBoundMethod.self)
                if case .object(let fo) = m.function, fo.kind == .function {
                    (base - 1).pointee = m.selfValue
                    return try callFunction(unsafeDowncast(fo, to: PyFunction.self),
                                            positional: UnsafeBufferPointer(start: base - 1, count: positionalCount + 1),
                                            keywords: keywords)
                }
            }
            if o.kind == .type {
                let type = unsafeDowncast(o, to: PyType.self)
                if positionalCount == 1 && keywords == nil, let converted = try convertNumber(base.pointee, to: type) {
                    return converted
                }
                if let instance = try instantiateOnStack(type, base: base, count: positionalCount, keywords: keywords) {
                    return instance
                }
                if positionalCount == 0 && keywords == nil, let empty = emptyListSubclassInstance(type) {
                    return empty
                }
                if type === superType && keywords == nil, let superNew {
                    var args: [Value] = [callable]
                    args.append(contentsOf: UnsafeBufferPointer(start: base, count: positionalCount))
                    return try superNew.function(self, args, nil)
                }
            }
            if o.kind == .builtinFunction {
                // Straight to the native function: one argument array, no second copy for `self`.
                let f = unsafeDowncast(o, to: PyBuiltinFunction.self)
                if keywords == nil, f.boundSelf == nil {
                    if positionalCount == 1, let unary = f.unaryCall { return try unary(self, base.pointee) }
                    if f.fastPath != .none, let result = try builtinFastCall(f.fastPath, base, count: positionalCount) {
                        return result
                    }
                }
                var args: [Value] = []
                args.reserveCapacity(positionalCount + 1)
                if let s = f.boundSelf { args.append(s) }
                args.append(contentsOf: UnsafeBufferPointer(start: base, count: positionalCount))
                return try f.function(self, args, keywords)
            }
        }
        let args = Array(UnsafeBufferPointer(start: base, count: positionalCount))
        return try call(callable, args, keywords)
    }

    /// `Sub()` for a subclass of `list` that keeps list's `__new__` and `__init__` (an empty list of
    /// that class, as those would make); nil otherwise.
    @inline(__always)
    func emptyListSubclassInstance(_ type: PyType) -> Value? {
        guard type.isHeapType, type.instanceKind == .list, typeOf(.object(type)) === types.type,
              let newMethod = type.lookupSpecial(names.dNew), let listNew = types.list.lookupSpecial(names.dNew),
              newMethod.isIdentical(to: listNew),
              let initMethod = type.lookupSpecial(names.dInit), let listInit = types.list.lookupSpecial(names.dInit),
              initMethod.isIdentical(to: listInit) else { return nil }
        return .object(PyList([], cls: type))
    }

    /// `int(x)` and `float(x)` for a plain int or float, the commonest conversions; nil otherwise.
    @inline(__always)
    func convertNumber(_ value: Value, to type: PyType) throws(PyError) -> Value? {
        if type === types.int {
            switch value {
            case .int: return value
            case .float(let d): return try integer(fromDouble: d)
            default: return nil
            }
        }
        if type === types.float {
            switch value {
            case .float: return value
            case .int(let i): return .float(Double(i))
            default: return nil
            }
        }
        return nil
    }

    /// `Class(args)` for a plain class with `object.__new__` and a Python `__init__`: the new instance
    /// goes into the scratch slot below the arguments and `__init__` runs on them in place. Returns nil
    /// when the class needs the general protocol.
    @inline(__always)
    func instantiateOnStack(_ type: PyType, base: UnsafeMutablePointer<Value>, count: Int, keywords: Keywords?) throws(PyError) -> Value? {
        guard let fo = plainInit(of: type) else { return nil }
        let instance: Value = .object(PyInstance(cls: type, slotCount: type.slotCount))
        (base - 1).pointee = instance
        let r = try callFunction(unsafeDowncast(fo, to: PyFunction.self),
                                 positional: UnsafeBufferPointer(start: base - 1, count: count + 1), keywords: keywords)
        if !r.isNone { throw typeError("__init__() should return None, not '\(typeName(r))'") }
        return instance
    }

    /// The Python `__init__` of a plain class (`object.__new__`, metaclass `type`); nil otherwise.
    @inline(__always)
    func plainInit(of type: PyType) -> PyObject? {
        // Remembered per class version: the two special-method lookups cost more than the check.
        if type.plainInitVersion == type.version { return type.plainInit }
        let found = findPlainInit(of: type)
        type.plainInit = found
        type.plainInitVersion = type.version
        return found
    }

    private func findPlainInit(of type: PyType) -> PyObject? {
        guard type.isHeapType, type.instanceKind == .instance, typeOf(.object(type)) === types.type,
              let newMethod = type.lookupSpecial(names.dNew), newMethod.isIdentical(to: objectNew),
              let initMethod = type.lookupSpecial(names.dInit), case .object(let fo) = initMethod, fo.kind == .function else {
            return nil
        }
        return fo
    }

    /// `Class(args)` like `instantiateOnStack`, when `__init__` takes exactly the instance and `count`
    /// plain positional parameters: the instance and the arguments move into its frame (consumed, also
    /// when `__init__` throws). Nil, with nothing consumed, when the class needs another path.
    @inline(__always)
    func instantiateMovingArguments(_ type: PyType, base: UnsafeMutablePointer<Value>, count: Int) throws(PyError) -> Value? {
        guard let fo = plainInit(of: type) else { return nil }
        let initFunction = unsafeDowncast(fo, to: PyFunction.self)
        guard initFunction.takesPlainCall(count + 1) else { return nil }
        let instance = PyInstance(cls: type, slotCount: type.slotCount)
        // The scratch slot below the arguments holds None: it takes the instance's extra reference,
        // and gets None back once the frame has taken everything.
        (base - 1).initialize(to: .object(instance))
        defer { (base - 1).initialize(to: .none) }
        let r = try callFunction(initFunction, movingArgumentsFrom: base - 1, count: count + 1)
        if !r.isNone { throw typeError("__init__() should return None, not '\(typeName(r))'") }
        return .object(instance)
    }
}
