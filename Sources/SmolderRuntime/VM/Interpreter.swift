import Foundation
import SmolderCompiler
import SmolderSyntax

/// One Python interpreter: builtin types, modules, the running frames and the handled-exception
/// state. Everything the runtime needs is reached from here, so hot paths never touch Swift globals.
public final class Interpreter {
    public let types: TypeRegistry
    public internal(set) var exceptions: ExceptionTypes!
    public let names: SpecialNames
    public let builtinsModule: PyModule
    public var builtins: PyDict { builtinsModule.namespace }
    /// `sys.modules`.
    public let modules = PyDict()
    public internal(set) var sysModule: PyModule!

    let notImplementedObject: PyPlainObject
    let ellipsisObject: PyPlainObject
    /// Pushed by `loadMethod` in place of `self` when the attribute is not an unbound method.
    let methodMarker: PyPlainObject
    /// `methodMarker`'s address, to recognise it in a stack slot without retaining anything.
    let methodMarkerAddress: UnsafeMutableRawPointer
    /// Argument slots for calling a Python special method (`__add__`, `__setitem__`, ...) without
    /// building an array: argument binding copies them into the callee's frame before its code runs.
    let argumentScratch: UnsafeMutablePointer<Value> = {
        let slots = UnsafeMutablePointer<Value>.allocate(capacity: 3)
        slots.initialize(repeating: .none, count: 3)
        return slots
    }()

    let interner = StringInterner.shared
    /// Not retained: a frame is current only while `execute` runs it, and its caller keeps it alive.
    public internal(set) unowned(unsafe) var currentFrame: Frame?
    var recursionDepth = 0
    public var recursionLimit = 1000
    /// The exception currently being handled (`sys.exc_info()`), if any.
    var handledException: PyBaseException?
    /// Objects whose repr is being computed, to print `[...]` for self-containing containers.
    var reprStack: [ObjectIdentifier] = []
    /// Source lines of files, for traceback display.
    var sourceCache: [String: [String]] = [:]
    /// The `super` type (attribute lookup on its instances is special).
    var superType: PyType!
    /// `super.__new__`'s native function, called directly for `super(...)` (`super.__init__` does nothing).
    var superNew: PyBuiltinFunction?
    /// `object.__getattribute__`, `__setattr__`, `__delattr__`, `__new__`, `__init__`: compared by
    /// identity to tell whether a class overrides them.
    var objectGetattribute: Value = .none
    var objectSetattr: Value = .none
    var objectDelattr: Value = .none
    var objectNew: Value = .none
    var objectInit: Value = .none
    /// `object.__eq__` and `object.__ne__`: when both operands' types use them, `==` is identity.
    var objectEq: Value = .none
    var objectNe: Value = .none
    /// The read-only view `cls.__dict__` returns.
    var mappingProxyType: PyType!
    /// `types.UnionType`, the result of `int | str`.
    var unionType: PyType!
    /// `types.GenericAlias`, the result of `list[int]`.
    var genericAliasType: PyType!
    /// Iterator types named after what they iterate, created on first use.
    var namedIteratorTypes: [String: PyType] = [:]
    /// Native modules by name, created on first import.
    var nativeModules: [String: (Interpreter) -> PyModule] = [:]
    /// The value a finished `yield from` delegate returned.
    var lastDelegateResult: Value = .none

    public var standardOutput: TextOutput = StandardStream.output
    public var standardError: TextOutput = StandardStream.error
    /// Where `Modules/` (the Python standard library) lives.
    public var libraryPath: String?
    public var argv: [String] = []
    public var flags = RuntimeFlags()

    /// The most bytes one object may ask for (the machine's physical memory), read once: sequence
    /// repetition checks it on every call.
    let allocationLimit = Int(clamping: ProcessInfo.processInfo.physicalMemory)
    /// Calls and backward jumps left before the run is stopped with an error (fuzzing bounds runs).
    public var instructionBudget = Int.max
    public var cycleCollector = CycleCollector()
    /// Lazy-import mode, counters and the module load log.
    public let lazyImports = LazyImportState()
    /// The type of deferred imports (never visible to Python code, but every object has a type).
    lazy var deferredType: PyType = {
        let t = PyType(name: "lazy_import", bases: [types.object], metaclass: nil, isHeapType: false,
                       instanceKind: .deferred)
        t.mro = [t, types.object]
        t.isBaseType = false
        return t
    }()
    /// The import system's caches (Import/ImportState.swift).
    public let importState = ImportState()

    public init(output: TextOutput? = nil, error: TextOutput? = nil) {
        precondition(ValueLayout.isAsExpected, "this compiler lays out Value differently from what ValueSlot reads")
        precondition(InlineRefCount.isAsExpected, "this runtime's reference-count word differs from what InlineRefCount assumes")
        if let output { standardOutput = output }
        if let error { standardError = error }
        types = TypeRegistry()
        names = SpecialNames()
        notImplementedObject = PyPlainObject(cls: types.notImplementedType)
        ellipsisObject = PyPlainObject(cls: types.ellipsisType)
        methodMarker = PyPlainObject(cls: types.object)
        methodMarkerAddress = Unmanaged.passUnretained(methodMarker).toOpaque()
        builtinsModule = PyModule(name: "builtins")
        exceptions = ExceptionTypes(registry: types)
        installBuiltinTypes()
        installBuiltinFunctions()
        installSysModule()
        modules.setString(intern("builtins"), .object(builtinsModule))
    }

    /// The interned string object for a name (identifiers, attribute names, dict keys in code).
    @inline(__always)
    public func intern(_ s: String) -> PyStr { interner.intern(s) }

    // MARK: Types of values

    @inline(__always)
    public func typeOf(_ v: Value) -> PyType {
        switch v {
        case .int: return types.int
        case .float: return types.float
        case .bool: return types.bool
        case .none: return types.noneType
        case .object(let o):
            if let c = o.cls { return c }
            switch o.kind {
            case .set:
                if unsafeDowncast(o, to: PySet.self).isFrozen { return types.frozenset }
            case .iterator:
                return iteratorType(unsafeDowncast(o, to: PyIterator.self))
            case .builtinFunction:
                let f = unsafeDowncast(o, to: PyBuiltinFunction.self)
                if f.isMethodDescriptor && f.boundSelf == nil { return types.methodDescriptor }
            default:
                break
            }
            return types.byKind[Int(o.kind.rawValue)]
        }
    }

    public func typeName(_ v: Value) -> String { typeOf(v).name }

    /// The type of a builtin iterator, named after what it iterates (`list_iterator`, ...).
    func iteratorType(_ it: PyIterator) -> PyType {
        switch it.source {
        case .list: return types.listIterator
        case .tuple: return types.tupleIterator
        case .range: return types.rangeIterator
        case .str(let s): return s.isASCII ? types.strAsciiIterator : types.strIterator
        case .sequence: return types.sequenceIterator
        default: return types.iterator
        }
    }

    public var notImplemented: Value { .object(notImplementedObject) }
    public var ellipsis: Value { .object(ellipsisObject) }

    @inline(__always)
    func isNotImplemented(_ v: Value) -> Bool {
        if case .object(let o) = v { return o === notImplementedObject }
        return false
    }

    public func isInstance(_ v: Value, of type: PyType) -> Bool {
        typeOf(v).isSubtype(of: type)
    }
}

/// Options from the command line that change runtime behaviour.
public struct RuntimeFlags {
    public var interactive = false
    public var quiet = false
    public var ignoreEnvironment = false
    /// `-B`: never write compiled-code caches (they are still read).
    public var dontWriteBytecode = false
    public var xOptions: [String] = []
    public init() {}
}
