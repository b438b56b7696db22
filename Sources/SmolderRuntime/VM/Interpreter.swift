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

    var internTable: [String: PyStr] = [:]
    public internal(set) var currentFrame: Frame?
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

    /// Calls and backward jumps left before the run is stopped with an error (fuzzing bounds runs).
    public var instructionBudget = Int.max

    public init(output: TextOutput? = nil, error: TextOutput? = nil) {
        if let output { standardOutput = output }
        if let error { standardError = error }
        types = TypeRegistry()
        names = SpecialNames()
        notImplementedObject = PyPlainObject(cls: types.notImplementedType)
        ellipsisObject = PyPlainObject(cls: types.ellipsisType)
        methodMarker = PyPlainObject(cls: types.object)
        builtinsModule = PyModule(name: "builtins")
        exceptions = ExceptionTypes(registry: types)
        installBuiltinTypes()
        installBuiltinFunctions()
        installSysModule()
        modules.setString(intern("builtins"), .object(builtinsModule))
    }

    /// The interned string object for a name (identifiers, attribute names, dict keys in code).
    public func intern(_ s: String) -> PyStr {
        if let existing = internTable[s] {
            // The table's String keys compare by canonical equivalence ("é" == "e\u{301}"); Python
            // strings compare by code point. A non-ASCII equivalent of an ASCII key is always longer.
            if existing.isASCII ? existing.value.utf8.count == s.utf8.count : existing.value.utf8.elementsEqual(s.utf8) {
                return existing
            }
            return PyStr(s)
        }
        let str = PyStr(s)
        internTable[s] = str
        return str
    }

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
            if o.kind == .set, unsafeDowncast(o, to: PySet.self).isFrozen { return types.frozenset }
            return types.byKind[Int(o.kind.rawValue)]
        }
    }

    public func typeName(_ v: Value) -> String { typeOf(v).name }

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
    public var xOptions: [String] = []
    public init() {}
}
