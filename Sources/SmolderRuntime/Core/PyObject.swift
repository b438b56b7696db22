/// Which Swift class an object is, so hot paths can `switch` on a byte and `unsafeDowncast`
/// instead of doing dynamic casts.
public enum ObjectKind: UInt8 {
    case instance          // PyInstance: a plain user-class instance
    case type              // PyType
    case str
    case bytes
    case bytearray
    case list
    case tuple
    case dict
    case set               // PySet (also frozenset; see PySet.isFrozen)
    case bigInt
    case complex
    case intSubclass       // PyBoxedInt: an instance of a user subclass of int/bool
    case floatSubclass     // PyBoxedFloat: an instance of a user subclass of float
    case function
    case builtinFunction
    case boundMethod
    case module
    case code
    case cell
    case generator
    case range
    case slice
    case exception
    case property
    case staticMethod
    case classMethod
    case iterator
    case frame
    case traceback
    case deferred          // PyDeferred: a lazy import not yet resolved (lives only in namespace dicts)
    case other
}

/// The base of every heap-allocated Python object.
///
/// `cls` is nil for an instance of an exact builtin type: its type follows from `kind` and is looked
/// up in the interpreter's type table. That keeps creating builtin objects (strings, lists, ...) free
/// of any global or context lookup. Instances of user classes (including subclasses of builtins) carry
/// their class here.
public class PyObject {
    public final var cls: PyType?
    /// The instance `__dict__` once it exists (created on first attribute store, or, for plain
    /// instances, when their inline attributes are first asked for as a dict).
    public final var storedDict: PyDict?
    public final let kind: ObjectKind
    /// Position in the cycle collector's registry, or -1 if the object cannot form cycles.
    final var trackingIndex: Int32 = -1
    /// Set once a weak reference to this object exists, so its death notifies them.
    final var hasWeakReferences = false

    /// The instance `__dict__`. Plain instances keep attributes inline (see `PyInstance`) until
    /// something needs the dict itself; reading this moves them into a real dict for good.
    public final var dict: PyDict? {
        @inline(__always) get {
            if let d = storedDict { return d }
            if kind == .instance { return unsafeDowncast(self, to: PyInstance.self).materializeDict() }
            return nil
        }
        set {
            if kind == .instance { unsafeDowncast(self, to: PyInstance.self).dropInlineAttributes() }
            storedDict = newValue
        }
    }

    @inline(__always)
    public init(kind: ObjectKind, cls: PyType? = nil) {
        self.kind = kind
        self.cls = cls
        if kind.canFormCycles || cls != nil { track() }
    }

    deinit {
        if trackingIndex >= 0 { untrack() }
        if hasWeakReferences { weakTargetDied(ObjectIdentifier(self)) }
    }
}

extension PyObject: Hashable {
    public static func == (lhs: PyObject, rhs: PyObject) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}


/// A miscellaneous object with no state of its own (object(), NotImplemented, Ellipsis, sentinels).
public final class PyPlainObject: PyObject {
    public init(cls: PyType?) { super.init(kind: .other, cls: cls) }
}
