/// The execution state of one code object run: fast locals, the operand stack, cells and the block
/// stack. A generator keeps its frame between resumptions, so all state lives here, not in Swift locals.
public final class Frame {
    public let code: PyCode
    public internal(set) var globals: PyDict {
        didSet { globalsIdentity = ObjectIdentifier(globals) }
    }
    /// `globals`' identity, to compare with the next call's without retaining either.
    private(set) var globalsIdentity: ObjectIdentifier
    public let builtins: PyDict
    /// The local namespace for module and class-body code; nil for functions (they use fast locals).
    public var locals: PyDict?
    /// Fast locals; nil marks an unbound variable.
    let fastLocals: UnsafeMutablePointer<Value?>
    /// The operand stack; only `0 ..< stackDepth` is initialised.
    let stack: UnsafeMutablePointer<Value>
    private let storage: UnsafeMutableRawPointer
    var stackDepth = 0
    /// Cells for cell variables, then the closure's cells for free variables.
    var cells: ContiguousArray<PyCell>
    var instructionIndex = 0
    var blocks: ContiguousArray<Block> = []
    /// The function this frame runs, if any.
    public internal(set) var function: PyFunction? {
        didSet { functionIdentity = function.map(ObjectIdentifier.init) }
    }
    /// `function`'s identity, to compare with the next call's function without retaining either.
    private(set) var functionIdentity: ObjectIdentifier?
    /// The calling frame while this one runs (nil otherwise), for `sys._getframe` and `f_back`. Not
    /// retained: the caller outlives the call, and it is cleared when the frame stops running.
    unowned(unsafe) var back: Frame?
    /// The dict `locals()` returns for a function frame: the same object each time, refreshed from the
    /// fast locals, so names `exec` stores in it stay visible to later `locals()` calls.
    var localsSnapshot: PyDict?
    /// Set while a generator frame is suspended at a yield.
    var isSuspended = false
    /// While a consumer drains this generator frame (`PyGenerator.drain`): where each yielded value
    /// goes in place of a suspension.
    var drainTarget: DrainTarget?
    var hasFinished = false

    struct Block {
        enum Kind { case handler, exceptHandler }
        var kind: Kind
        var handler: Int
        var level: Int
        /// For exceptHandler blocks: the exception being handled before this one.
        var previousException: PyBaseException?
    }

    init(code: PyCode, globals: PyDict, builtins: PyDict, locals: PyDict?, function: PyFunction?) {
        self.code = code
        self.globals = globals
        globalsIdentity = ObjectIdentifier(globals)
        self.builtins = builtins
        self.locals = locals
        self.function = function
        functionIdentity = function.map(ObjectIdentifier.init)
        let localCount = code.localCount
        let stackSize = code.code.stackSize + 1
        let stride = max(MemoryLayout<Value>.stride, MemoryLayout<Value?>.stride)
        storage = UnsafeMutableRawPointer.allocate(byteCount: (localCount + stackSize) * stride,
                                                   alignment: MemoryLayout<Value>.alignment)
        fastLocals = storage.bindMemory(to: Value?.self, capacity: localCount)
        fastLocals.initialize(repeating: nil, count: localCount)
        stack = (storage + localCount * stride).bindMemory(to: Value.self, capacity: stackSize)
        cells = []
    }

    /// Makes a finished function frame ready to run its code again (frames are pooled per code object
    /// to save two allocations per call).
    func resetForReuse() {
        for i in 0..<code.localCount { ValueSlot.unbind(fastLocals + i) }
        if stackDepth != 0 {
            for i in 0..<stackDepth { ValueSlot.destroy(stack + i) }
            stackDepth = 0
        }
        // One `removeLast` per cell: `removeAll(keepingCapacity:)` goes through the generic
        // `replaceSubrange`, several times dearer for the one or two cells a closure has.
        while !cells.isEmpty { cells.removeLast() }
        if !blocks.isEmpty { blocks.removeAll(keepingCapacity: true) }
        instructionIndex = 0
        isSuspended = false
        hasFinished = false
        if locals != nil { locals = nil }
        if localsSnapshot != nil { localsSnapshot = nil }
        // A pooled frame keeps its function to skip the store next time, but not a closure: its
        // cells would keep their values alive.
        if code.freeCount != 0 { function = nil }
    }

    deinit {
        // Slot by slot: `deinitialize(count:)` goes through the runtime's generic array destroy.
        for i in 0..<code.localCount { ValueSlot.destroy(fastLocals + i) }
        for i in 0..<stackDepth { ValueSlot.destroy(stack + i) }
        storage.deallocate()
    }

    /// The line being executed.
    public var currentLine: Int { code.line(at: max(0, instructionIndex - 1)) }
}

/// A Python-visible view of a frame (`gen.gi_frame`).
public final class PyFrameObject: PyObject {
    /// The live frame, when there is one (generators); tracebacks keep only code, globals and line.
    let frame: Frame?
    let code: PyCode
    let globals: PyDict
    let line: Int
    init(_ frame: Frame) {
        self.frame = frame
        self.code = frame.code
        self.globals = frame.globals
        self.line = frame.currentLine
        super.init(kind: .frame)
    }
    init(code: PyCode, globals: PyDict, line: Int) {
        self.frame = nil
        self.code = code
        self.globals = globals
        self.line = line
        super.init(kind: .frame)
    }
}
