/// An instance of a user-defined class that has no builtin base other than `object`.
///
/// Attributes live inline while the instance has a `layout`: the first six in stored fields (no
/// allocation beyond the object itself), the rest in `overflow`. The layout names them. Anything
/// that needs `__dict__` as an object moves them into a real dict (`materializeDict`), after which
/// `layout` is nil and the dict is the only storage, as for every other object.
public final class PyInstance: PyObject {
    /// Values of `__slots__` members, indexed by the member descriptor's slot number.
    public var slots: [Value?]
    /// Names of the inline attributes; nil once the attributes live in `storedDict`.
    public private(set) var layout: InstanceLayout?
    /// `layout`'s address (0 when nil): inline caches compare it without retaining the layout.
    public private(set) var layoutID: UInt = 0
    /// The first `inlineCapacity` attribute values, indexed through a pointer (no switch over fields).
    private var inlineValues: (Value, Value, Value, Value, Value, Value) = (.none, .none, .none, .none, .none, .none)
    private var overflow: ContiguousArray<Value> = []

    public init(cls: PyType, slotCount: Int = 0) {
        slots = slotCount == 0 ? [] : Array(repeating: nil, count: slotCount)
        if cls.instancesHaveDict {
            let root = cls.rootInstanceLayout
            layout = root
            layoutID = root.identity
        }
        super.init(kind: .instance, cls: cls)
    }

    @inline(__always)
    public func inlineValue(at index: Int) -> Value {
        if index < PyInstance.inlineCapacity { return withInlineValues { $0[index] } }
        return overflow[index - PyInstance.inlineCapacity]
    }

    @inline(__always)
    public func setInlineValue(_ value: Value, at index: Int) {
        if index < PyInstance.inlineCapacity {
            withInlineValues { $0[index] = value }
            return
        }
        let i = index - PyInstance.inlineCapacity
        if i < overflow.count { overflow[i] = value } else { overflow.append(value) }
    }

    /// The number of attributes stored in fields rather than in `overflow`.
    static let inlineCapacity = 6

    /// Copies inline attribute `index` (below `inlineCapacity`) into uninitialised memory.
    @inline(__always)
    func copyInlineValue(at index: Int, to destination: UnsafeMutableRawPointer) {
        withInlineValues { ValueSlot.copy(from: $0 + index, to: destination) }
    }

    /// Replaces inline attribute `index` (below `inlineCapacity`) with the value moved from `source`.
    @inline(__always)
    func moveIntoInlineValue(at index: Int, from source: UnsafeMutableRawPointer) {
        withInlineValues { ValueSlot.move(from: source, replacing: $0 + index) }
    }

    /// Adds an attribute at inline `index` (below `inlineCapacity`, and `next.count - 1`), moving its
    /// value from `source`, and moves to layout `next` (`layout` plus that name).
    @inline(__always)
    func appendInline(movingFrom source: UnsafeMutableRawPointer, at index: Int, to next: InstanceLayout) {
        withInlineValues { ValueSlot.move(from: source, replacing: $0 + index) }
        layout = next
        layoutID = next.identity
    }

    /// The inline values as a buffer (a tuple of one type is laid out as an array).
    @inline(__always)
    private func withInlineValues<R>(_ body: (UnsafeMutablePointer<Value>) -> R) -> R {
        withUnsafeMutablePointer(to: &inlineValues) {
            body(UnsafeMutableRawPointer($0).assumingMemoryBound(to: Value.self))
        }
    }

    /// Appends an attribute by moving to `next` (which must be `layout` plus one name).
    @inline(__always)
    public func appendInline(_ value: Value, movingTo next: InstanceLayout) {
        setInlineValue(value, at: next.count - 1)
        layout = next
        layoutID = next.identity
    }

    /// Reads attribute `name` from inline storage (nil when absent or in dict mode).
    @inline(__always)
    public func inlineAttribute(_ name: PyStr) -> Value? {
        guard let layout, let i = layout.index(of: name) else { return nil }
        return inlineValue(at: i)
    }

    /// Stores attribute `name` inline; false when the instance is (or must now go) in dict mode.
    public func setInlineAttribute(_ name: PyStr, _ value: Value) -> Bool {
        guard let layout else { return false }
        if let i = layout.index(of: name) {
            setInlineValue(value, at: i)
            return true
        }
        guard let next = layout.adding(name) else { return false }
        appendInline(value, movingTo: next)
        return true
    }

    /// Moves the inline attributes into a new dict (keeping their order); nil if there are none yet.
    func materializeDict() -> PyDict? {
        guard let layout, layout.count > 0 else { return nil }
        let d = PyDict()
        for (i, name) in layout.names.enumerated() { d.setString(name, inlineValue(at: i)) }
        dropInlineAttributes()
        storedDict = d
        return d
    }

    func visitInlineReferences(_ visitor: inout ReferenceVisitor) {
        if visitor.firstVisit(slots) { for v in slots { visitor.value(v) } }
        guard layout != nil else { return }
        withInlineValues { values in
            for i in 0..<PyInstance.inlineCapacity { visitor.value(values[i]) }
        }
        visitor.values(overflow)
    }

    func clearInlineReferences() {
        dropInlineAttributes()
        slots = []
    }

    /// Leaves inline mode for good, releasing the inline values.
    func dropInlineAttributes() {
        guard layout != nil else { return }
        layout = nil
        layoutID = 0
        inlineValues = (.none, .none, .none, .none, .none, .none)
        overflow = []
    }
}

extension PyObject {
    /// The value of `name` in the object's own attributes (inline or `__dict__`), without
    /// turning inline attributes into a dict.
    @inline(__always)
    public func ownAttribute(_ name: PyStr) -> Value? {
        if kind == .instance {
            let inst = unsafeDowncast(self, to: PyInstance.self)
            if inst.layout != nil { return inst.inlineAttribute(name) }
        }
        return storedDict?.lookupString(name)
    }
}
