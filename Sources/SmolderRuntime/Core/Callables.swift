import SmolderCompiler

/// A compiled code object with its constants converted to values and names interned.
public final class PyCode: PyObject {
    public let code: CodeObject
    public let instructions: ContiguousArray<Instruction>
    public let constants: ContiguousArray<Value>
    public let names: ContiguousArray<PyStr>
    public let varnames: ContiguousArray<PyStr>
    /// Cell variables followed by free variables.
    public let cellAndFreeNames: ContiguousArray<PyStr>
    public let flags: CodeObject.Flags
    public let localCount: Int
    public let cellCount: Int
    public let freeCount: Int
    public let name: PyStr
    /// Inline cache for `loadGlobal`, one entry per instruction, read and written in place (an array
    /// field would cost a retain/release and a uniqueness check per access). Allocated when the code
    /// first runs (`prepareCaches`): most functions of a large program never run.
    private(set) var globalCache: UnsafeMutablePointer<GlobalCacheEntry>
    /// Raw views of `instructions` and `constants` for the interpreter loop (no retain per frame).
    let instructionBase: UnsafeMutablePointer<Instruction>
    let constantBase: UnsafeMutablePointer<Value>
    let nameBase: UnsafeMutablePointer<PyStr>
    /// Argument layout, copied out of `code` for the call fast path.
    let argumentCount: Int
    let keywordOnlyCount: Int
    let hasVarargs: Bool
    let hasVarkeywords: Bool
    /// `flags.contains(.generator)`, stored: the flag constants live in another module, where reading
    /// one goes through a lazy-global accessor on every call.
    let isGeneratorCode: Bool
    let instructionCount: Int
    /// The number of positional arguments a call can bind by moving them straight into the frame: the
    /// parameter count when there are only plain positional parameters, else -1.
    let plainParameterCount: Int
    /// Finished frames of this code, ready for reuse by the next call: up to `framePoolCapacity`,
    /// held as retained `Unmanaged` references so taking one out or putting it back costs no
    /// reference counting or array uniqueness checks. Allocated with the caches.
    private var framePool = PyCode.noFramePool
    private var framePoolCount = 0
    private static let framePoolCapacity = 4
    /// Inline caches for attribute instructions (`loadAttr`, `storeAttr`, `loadMethod`): in functions,
    /// `attributeCacheWays` entries each, so a site that sees several classes (a base-class method run
    /// on its subclasses' instances) stays cached; one in module and class bodies, which mostly run
    /// once. `attributeCacheSlot` maps an instruction index to its entries. Allocated with `globalCache`.
    private var attributeCache: UnsafeMutablePointer<AttributeCacheEntry>
    /// For each instruction, its first cache entry (unused for other instructions): one load finds it.
    private var attributeCacheSlot: UnsafeMutablePointer<UnsafeMutablePointer<AttributeCacheEntry>>
    private var attributeCacheCount = 0
    private var attributeCacheWays = 1
    private(set) var hasCaches = false

    init(_ code: CodeObject, constants: ContiguousArray<Value>, names: ContiguousArray<PyStr>,
         varnames: ContiguousArray<PyStr>, cellAndFreeNames: ContiguousArray<PyStr>, name: PyStr) {
        self.code = code
        self.instructions = ContiguousArray(code.instructions)
        self.constants = constants
        self.names = names
        self.varnames = varnames
        self.cellAndFreeNames = cellAndFreeNames
        self.flags = code.flags
        self.localCount = code.varnames.count
        self.cellCount = code.cellvars.count
        self.freeCount = code.freevars.count
        self.name = name
        let count = code.instructions.count
        globalCache = PyCode.noGlobalCache
        instructionBase = .allocate(capacity: count)
        instructionBase.initialize(from: code.instructions, count: count)
        constantBase = .allocate(capacity: constants.count)
        constantBase.initialize(from: Array(constants), count: constants.count)
        nameBase = .allocate(capacity: names.count)
        nameBase.initialize(from: Array(names), count: names.count)
        argumentCount = code.argCount
        keywordOnlyCount = code.keywordOnlyCount
        hasVarargs = code.flags.contains(.varargs)
        hasVarkeywords = code.flags.contains(.varkeywords)
        isGeneratorCode = code.flags.contains(.generator)
        instructionCount = code.instructions.count
        plainParameterCount = hasVarargs || hasVarkeywords || code.keywordOnlyCount != 0 ? -1 : code.argCount
        attributeCache = PyCode.noAttributeCache
        attributeCacheSlot = PyCode.noAttributeCacheSlot
        super.init(kind: .code)
    }

    /// Placeholders until the first run; never read, since `prepareCaches` runs before any instruction.
    private static let noGlobalCache = UnsafeMutablePointer<GlobalCacheEntry>.allocate(capacity: 1)
    private static let noAttributeCache = UnsafeMutablePointer<AttributeCacheEntry>.allocate(capacity: 1)
    private static let noAttributeCacheSlot = UnsafeMutablePointer<UnsafeMutablePointer<AttributeCacheEntry>>.allocate(capacity: 1)
    private static let noFramePool = UnsafeMutablePointer<Unmanaged<Frame>>.allocate(capacity: 1)

    /// The cache entry for the attribute instruction at `index`: the one holding `version` if any
    /// does; otherwise the entries shift along (the oldest drops out) and the caller refills the first.
    @inline(__always)
    func attributeCacheEntry(at index: Int, version: UInt64) -> UnsafeMutablePointer<AttributeCacheEntry> {
        let first = attributeCacheSlot[index]
        if first.pointee.version == version { return first }
        let ways = attributeCacheWays
        for way in 1..<ways where (first + way).pointee.version == version { return first + way }
        var way = ways - 1
        while way > 0 {
            swap(&(first + way).pointee, &(first + way - 1).pointee)
            way -= 1
        }
        return first
    }

    /// The most recently used cache entry of the attribute instruction at `index`, for fast paths
    /// that only take an exact hit there.
    @inline(__always)
    func firstAttributeCacheEntry(at index: Int) -> UnsafeMutablePointer<AttributeCacheEntry> {
        attributeCacheSlot[index]
    }

    /// The cache entry of the attribute instruction at `index` holding `version`, if one does (a
    /// lookup only: the entries stay where they are).
    @inline(__always)
    func attributeCacheHit(at index: Int, version: UInt64) -> UnsafeMutablePointer<AttributeCacheEntry>? {
        let first = attributeCacheSlot[index]
        if first.pointee.version == version { return first }
        for way in 1..<attributeCacheWays where (first + way).pointee.version == version { return first + way }
        return nil
    }

    /// A finished frame of this code to run again, if one is pooled.
    @inline(__always)
    func takePooledFrame() -> Frame? {
        guard framePoolCount > 0 else { return nil }
        framePoolCount -= 1
        return framePool[framePoolCount].takeRetainedValue()
    }

    /// Keeps a finished, reset frame for the next call; false when the pool is full.
    @inline(__always)
    func poolFrame(_ frame: consuming Frame) -> Bool {
        guard hasCaches && framePoolCount < PyCode.framePoolCapacity else { return false }
        // The caller's reference moves into the pool (a consumed argument: no retain and release).
        framePool[framePoolCount] = .passRetained(frame)
        framePoolCount += 1
        return true
    }

    private static func usesAttributeCache(_ opcode: Opcode) -> Bool {
        opcode == .loadAttr || opcode == .storeAttr || opcode == .loadMethod
    }

    /// Allocates the inline caches; called when a frame of this code starts running.
    @inline(never)
    func prepareCaches() {
        let count = instructions.count
        globalCache = .allocate(capacity: count)
        globalCache.initialize(repeating: GlobalCacheEntry(), count: count)
        var slots = 0
        for i in 0..<count where PyCode.usesAttributeCache(instructionBase[i].opcode) { slots += 1 }
        attributeCacheWays = flags.contains(.optimized) ? 4 : 1
        attributeCacheCount = attributeCacheWays * slots
        attributeCache = .allocate(capacity: max(attributeCacheCount, 1))
        attributeCache.initialize(repeating: AttributeCacheEntry(), count: attributeCacheCount)
        attributeCacheSlot = .allocate(capacity: count)
        var next = attributeCache
        for i in 0..<count {
            attributeCacheSlot[i] = next
            if PyCode.usesAttributeCache(instructionBase[i].opcode) { next += attributeCacheWays }
        }
        framePool = .allocate(capacity: PyCode.framePoolCapacity)
        fuseLocalAttributeLoads()
        hasCaches = true
    }

    /// Rewrites common instruction pairs into superinstructions that do both in one dispatch:
    /// `loadFast` then `loadAttr`, `loadMethod` or `storeAttr` (`self.x`, `self.m()`, `self.x = v`:
    /// the object is used where it lies in its local instead of being pushed, retained and
    /// released), `loadFast` then `loadFast`, `storeFast` then `loadFast`, and `loadGlobal` then
    /// `loadAttr` (`Direction.FORWARD`: read where the global's cache entry holds the class), and
    /// `loadFast` or `loadConst` then `binaryOp` or `compareOp` (`x - y`, `i + 1`, `k < n`: ints
    /// and floats computed or compared straight from the local or constant), and `loadFast` or
    /// `loadConst` then `returnValue`. Only the interpreter's
    /// copy of the instructions changes, and only the first of the pair: the second stays, for jumps
    /// to it and for the superinstruction's fall-back. Backwards, so a `loadFast` that starts an
    /// attribute pair is not taken as the second half of a `loadFast` pair.
    private func fuseLocalAttributeLoads() {
        let count = instructions.count
        guard count > 1 else { return }
        for i in stride(from: count - 2, through: 0, by: -1) {
            let next = instructionBase[i + 1].opcode
            switch instructionBase[i].opcode {
            case .loadFast:
                switch next {
                case .loadAttr: instructionBase[i].opcode = .loadFastLoadAttr
                case .loadMethod: instructionBase[i].opcode = .loadFastLoadMethod
                case .storeAttr: instructionBase[i].opcode = .loadFastStoreAttr
                case .loadFast: instructionBase[i].opcode = .loadFastLoadFast
                case .binaryOp: instructionBase[i].opcode = .loadFastBinaryOp
                case .compareOp: instructionBase[i].opcode = .loadFastCompareOp
                case .returnValue: instructionBase[i].opcode = .loadFastReturn
                default: break
                }
            case .loadConst:
                switch next {
                case .binaryOp: instructionBase[i].opcode = .loadConstBinaryOp
                case .compareOp: instructionBase[i].opcode = .loadConstCompareOp
                case .returnValue: instructionBase[i].opcode = .loadConstReturn
                default: break
                }
            case .storeFast:
                if next == .loadFast { instructionBase[i].opcode = .storeFastLoadFast }
            case .loadGlobal:
                if next == .loadAttr { instructionBase[i].opcode = .loadGlobalLoadAttr }
            default:
                break
            }
        }
    }

    deinit {
        if hasCaches {
            attributeCache.deinitialize(count: attributeCacheCount)
            attributeCache.deallocate()
            attributeCacheSlot.deallocate()
            globalCache.deinitialize(count: instructions.count)
            globalCache.deallocate()
            for i in 0..<framePoolCount { framePool[i].release() }
            framePool.deallocate()
        }
        instructionBase.deinitialize(count: instructions.count)
        instructionBase.deallocate()
        constantBase.deinitialize(count: constants.count)
        constantBase.deallocate()
        nameBase.deinitialize(count: names.count)
        nameBase.deallocate()
    }

    public var isGenerator: Bool { isGeneratorCode }

    /// The source line of the instruction at `index`.
    public func line(at index: Int) -> Int {
        guard index >= 0 && index < code.lines.count else { return code.firstLine }
        return Int(code.lines[index])
    }
}

/// Remembers where a global name was found: the entry position in globals or builtins, valid while
/// both dicts keep their key sets (`keysVersion`). The value is read where it lies, so a global
/// that is only reassigned (a counter, a timestamp) keeps every cache of the module valid.
struct GlobalCacheEntry {
    var globalsKeysVersion: UInt64 = .max
    var builtinsKeysVersion: UInt64 = .max
    var position = 0
    var inBuiltins = false
}

/// What an attribute instruction learned about a class: valid while the class keeps its version.
struct AttributeCacheEntry {
    enum Kind: UInt8 {
        case empty
        /// Not on the class: only the instance dict can have it.
        case instanceOnly
        /// A plain function on the class (a method), shadowed by the instance dict if present there.
        case method
        /// A data descriptor on the class (property, slot): it always wins.
        case dataDescriptor
        /// Any other class attribute, shadowed by the instance dict.
        case classValue
        /// `Class.name` (the object is the class itself): `classValue` is the result as is.
        case typeValue
        /// `Class.name` where the value is an instance of a user class: valid while that class also
        /// keeps `valueClassVersion` (it could gain a `__get__`).
        case typeInstanceValue
        /// `Class.name` for a classmethod: `classValue` is its function, bound to the class.
        case typeClassMethod
        /// A method of a builtin type (`list.append`), found for `loadMethod`.
        case builtinMethod
        /// `module.name`: `version` is the module namespace's dict version.
        case moduleValue
        /// A `__slots__` member: the value lives in the instance's `slots[slot]`.
        case slotMember
    }
    /// The class's version when cached; type versions are unique across types, so it also
    /// identifies the class (no reference to it is kept, so it can be freed).
    var version: UInt64 = 0
    var kind: Kind = .empty
    /// For the instance kinds: whether the class's instances have a `__dict__` (no `__slots__` only).
    var instancesHaveDict = false
    var classValue: Value = .none
    /// For the `type...` kinds: the metatype's version, and for `typeInstanceValue` the value's class's.
    var metaVersion: UInt64 = 0
    var valueClassVersion: UInt64 = 0
    /// For plain instances with inline attributes: the layout last seen, where the attribute sits in
    /// it (-1: absent), and for a store that adds the attribute, the layout the instance moves to.
    var layoutID: UInt = 0
    /// Keeps the layout named by `layoutID` alive, so its address cannot be reused while cached.
    var layout: InstanceLayout? = nil
    var nextLayout: InstanceLayout? = nil
    var slot: Int = -1

    /// For `moduleValue`: the entry's position in the namespace (kept in `layoutID`, unused there).
    var modulePosition: Int {
        get { Int(bitPattern: layoutID) }
        set { layoutID = UInt(bitPattern: newValue) }
    }
}

/// A Python function.
public final class PyFunction: PyObject {
    public let code: PyCode
    public var globals: PyDict
    public var name: String
    public var qualname: String
    public var defaults: ContiguousArray<Value>
    public var keywordDefaults: PyDict?
    public var closure: ContiguousArray<PyCell>
    public var annotations: PyDict?
    public var module: Value
    public var doc: Value

    init(code: PyCode, globals: PyDict, qualname: String, defaults: ContiguousArray<Value>,
         keywordDefaults: PyDict?, closure: ContiguousArray<PyCell>, module: Value) {
        self.code = code
        self.globals = globals
        self.name = code.code.name
        self.qualname = qualname
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        self.module = module
        if let d = code.code.docstring { self.doc = Value(d) } else { self.doc = .none }
        super.init(kind: .function)
    }

    /// Whether a call with `count` positional arguments and nothing else binds by position alone:
    /// plain parameters only (`PyCode.plainParameterCount`), the ones not given taken from the
    /// defaults (`transform_point(p)` for `def transform_point(self, point, trafo=None)`).
    @inline(__always)
    func takesPlainCall(_ count: Int) -> Bool {
        let parameters = code.plainParameterCount
        return parameters == count || (parameters > count && parameters - count <= defaults.count)
    }
}

/// Keyword arguments passed to a native function: names paired with values, in call order.
public struct Keywords {
    public var names: [String]
    public var values: [Value]
    public init(names: [String] = [], values: [Value] = []) {
        self.names = names
        self.values = values
    }
    public var isEmpty: Bool { names.isEmpty }
    public subscript(name: String) -> Value? {
        guard let i = names.firstIndex(of: name) else { return nil }
        return values[i]
    }
}

public typealias NativeFunction = (Interpreter, [Value], Keywords?) throws(PyError) -> Value

/// A function implemented in Swift: a builtin (`len`), or a method of a builtin type (`list.append`),
/// which receives `self` as its first positional argument.
public final class PyBuiltinFunction: PyObject {
    public let name: String
    public let qualname: String
    public let function: NativeFunction
    /// Bound `self` (for `[].append` style bound builtins); nil for unbound functions.
    public let boundSelf: Value?
    /// True for entries of a type's namespace: accessing them on an instance binds the instance.
    public let isMethodDescriptor: Bool
    public let doc: String?
    /// A native shortcut the interpreter loop takes for a positional call (no argument array).
    var fastPath = BuiltinFastPath.none
    /// The function for a call with one positional argument, when it has such an entry (no array).
    var unaryCall: ((Interpreter, Value) throws(PyError) -> Value)?

    public init(name: String, qualname: String? = nil, isMethodDescriptor: Bool = false, boundSelf: Value? = nil,
                doc: String? = nil, _ function: @escaping NativeFunction) {
        self.name = name
        self.qualname = qualname ?? name
        self.function = function
        self.boundSelf = boundSelf
        self.isMethodDescriptor = isMethodDescriptor
        self.doc = doc
        super.init(kind: .builtinFunction)
    }

    public func bound(to value: Value) -> PyBuiltinFunction {
        PyBuiltinFunction(name: name, qualname: qualname, boundSelf: value, doc: doc, function)
    }
}

/// A function bound to an instance (`obj.method`).
public final class PyBoundMethod: PyObject {
    public let function: Value
    public let selfValue: Value
    public init(function: Value, selfValue: Value) {
        self.function = function
        self.selfValue = selfValue
        super.init(kind: .boundMethod)
    }
}

/// Python `property`.
public final class PyProperty: PyObject {
    public var getter: Value
    public var setter: Value
    public var deleter: Value
    public var doc: Value
    /// The attribute name, set when the owning class is created (for error messages).
    public var name: String?
    public init(getter: Value, setter: Value, deleter: Value, doc: Value, cls: PyType? = nil) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
        super.init(kind: .property, cls: cls)
    }
}

/// `staticmethod` and `classmethod` wrappers.
public final class PyMethodWrapper: PyObject {
    public let callable: Value
    public init(callable: Value, isClassMethod: Bool, cls: PyType? = nil) {
        self.callable = callable
        super.init(kind: isClassMethod ? .classMethod : .staticMethod, cls: cls)
    }
}

/// A `__slots__` member descriptor.
public final class PySlotMember: PyObject {
    public let name: String
    public let index: Int
    public let ownerName: String
    public init(name: String, index: Int, ownerName: String) {
        self.name = name
        self.index = index
        self.ownerName = ownerName
        super.init(kind: .other)
    }
}

/// A Python module.
public final class PyModule: PyObject {
    public let namespace: PyDict
    public init(name: String, namespace: PyDict = PyDict(), cls: PyType? = nil) {
        self.namespace = namespace
        super.init(kind: .module, cls: cls)
        self.dict = namespace
        namespace.setString(StringInterner.shared.intern("__name__"), Value(name))
    }

    public var name: String {
        if case .object(let o)? = namespace.lookupString(StringInterner.shared.intern("__name__")), let s = o as? PyStr { return s.value }
        return "?"
    }
}
