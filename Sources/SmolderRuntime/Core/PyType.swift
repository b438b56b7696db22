/// A Python class: builtin (`int`, `list`, ...) or defined by user code (a heap type).
public final class PyType: PyObject {
    public var name: String
    public var qualname: String
    public var bases: [PyType]
    /// Method resolution order, starting with this type.
    public var mro: [PyType] {
        didSet {
            lookupMemo = nil
            absentMemo = nil
            mroStartsWithSelf = mro.first === self && mro.count > 1
        }
    }
    /// Whether `lookup` can check the own namespace and then the memo of the bases' lookups.
    private var mroStartsWithSelf = false
    /// True for classes created by a `class` statement or `type(name, bases, ns)`.
    public let isHeapType: Bool
    /// The Swift class (by kind) that instances of this type are made of: `.instance` for plain user
    /// classes, `.list` for `list` and every subclass of it, and so on.
    public var instanceKind: ObjectKind
    /// Number of `__slots__` members allocated in each instance (including inherited ones).
    public var slotCount = 0
    /// False when `__slots__` without `__dict__` forbids an instance dict.
    public var instancesHaveDict = true
    /// The empty layout new instances start from (see `InstanceLayout`).
    public private(set) lazy var rootInstanceLayout = InstanceLayout()
    /// Can be subclassed (`bool`, `NoneType`, ... cannot).
    public var isBaseType = true
    /// Bumped whenever this type's or a base's namespace changes, so caches keyed by it stay valid.
    public var version: UInt64 = nextTypeVersion()
    /// The namespace; same object as `dict`, never nil for a type.
    public let namespace: PyDict

    /// `Interpreter.plainInit`'s answer while `version` equals `plainInitVersion` (0: none yet). Not
    /// retained: while the version holds, the function is in a namespace along the MRO.
    unowned(unsafe) var plainInit: PyObject? = nil
    var plainInitVersion: UInt64 = 0
    /// Per-type cache of special-method lookups (`__eq__`, `__hash__`, ...), indexed by the name's
    /// `specialIndex`; cleared on change. `.some(nil)` caches "not found".
    var specialCache: ContiguousArray<Value??> = []
    /// Lookups along the bases, by name: values found, and names found nowhere (see `lookup`).
    private var lookupMemo: PyDict?
    private var absentMemo: PyDict?
    /// Subclasses, so namespace changes can invalidate their caches too. Not retained: a weak
    /// reference would put every type on Swift's slow reference-counting path; instead each type
    /// removes itself from its bases' lists when it is freed.
    var subclassReferences: [Unmanaged<PyType>] = []

    var subclasses: [PyType] { subclassReferences.map { $0.takeUnretainedValue() } }

    public init(name: String, qualname: String? = nil, bases: [PyType], metaclass: PyType?,
                isHeapType: Bool, instanceKind: ObjectKind, namespace: PyDict = PyDict()) {
        self.name = name
        self.qualname = qualname ?? name
        self.bases = bases
        self.mro = []
        self.isHeapType = isHeapType
        self.instanceKind = instanceKind
        self.namespace = namespace
        super.init(kind: .type, cls: metaclass)
        self.dict = namespace
        namespace.owningType = self
        for base in bases { base.subclassReferences.append(Unmanaged.passUnretained(self)) }
    }

    /// Looks a name up along the MRO without invoking descriptors. Results of walks past the first
    /// class are remembered (cleared whenever this class or a base changes).
    @inline(__always)
    public func lookup(_ name: PyStr) -> Value? {
        guard mroStartsWithSelf else {
            for type in mro {
                if let v = type.namespace.lookupString(name) { return v }
            }
            return nil
        }
        if let v = namespace.lookupString(name) { return v }
        return lookupInBases(name)
    }

    private func lookupInBases(_ name: PyStr) -> Value? {
        if let found = lookupMemo?.lookupString(name) { return found }
        if let absent = absentMemo, absent.lookupString(name) != nil { return nil }
        var found: Value?
        for type in mro.dropFirst() {
            if let v = type.namespace.lookupString(name) { found = v; break }
        }
        if let found {
            if lookupMemo == nil { lookupMemo = PyDict() }
            if let memo = lookupMemo, memo.count < PyType.lookupMemoLimit { memo.setString(name, found) }
        } else {
            if absentMemo == nil { absentMemo = PyDict() }
            if let memo = absentMemo, memo.count < PyType.lookupMemoLimit { memo.setString(name, .none) }
        }
        return found
    }

    /// Bounds the memo for code that looks up endless distinct names (`getattr` with computed names).
    private static let lookupMemoLimit = 512

    /// A cached `lookup` for special method names, which are read on every operator application.
    @inline(__always)
    public func lookupSpecial(_ name: PyStr) -> Value? {
        let index = Int(name.specialIndex)
        guard index >= 0 else { return lookup(name) }
        if index < specialCache.count, let cached = specialCache[index] { return cached }
        return fillSpecialCache(name, index)
    }

    private func fillSpecialCache(_ name: PyStr, _ index: Int) -> Value? {
        let found = lookup(name)
        if specialCache.count <= index {
            specialCache.append(contentsOf: repeatElement(nil, count: index + 1 - specialCache.count))
        }
        specialCache[index] = .some(found)
        return found
    }

    /// Call after changing this type's namespace or bases.
    public func invalidateCaches() {
        version = nextTypeVersion()
        for i in specialCache.indices { specialCache[i] = nil }
        lookupMemo = nil
        absentMemo = nil
        for sub in subclassReferences { sub.takeUnretainedValue().invalidateCaches() }
    }

    deinit {
        namespace.owningType = nil
        let me = Unmanaged.passUnretained(self).toOpaque()
        for base in bases { base.subclassReferences.removeAll { $0.toOpaque() == me } }
    }

    public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        for t in mro where t === other { return true }
        return false
    }
}

/// Type versions are unique across all types, so an inline cache keyed on (type, version) can never be
/// fooled by a new type allocated where a freed one was.
nonisolated(unsafe) private var typeVersionCounter: UInt64 = 1

func nextTypeVersion() -> UInt64 {
    typeVersionCounter &+= 1
    return typeVersionCounter
}
