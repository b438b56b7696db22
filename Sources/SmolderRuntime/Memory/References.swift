/// What the cycle collector needs from each object kind: its outgoing strong references
/// (`visitReferences`) and a way to drop them (`clearReferences`) to break a dead cycle.
///
/// Reporting a reference that is not really a separate strong retain would make the collector
/// free live objects, so a visitor reports only stored fields, and elements of an array buffer
/// only once per buffer (copy-on-write arrays can be shared by two objects, each element retained
/// once). Leaving a reference out is always safe: it just keeps its target alive.
struct ReferenceVisitor {
    /// Buffers whose elements were already reported; nil when duplicates do not matter (marking).
    var seenBuffers: Set<UnsafeRawPointer>?
    let visit: (PyObject) -> Void

    @inline(__always)
    func value(_ v: Value) {
        if case .object(let o) = v { visit(o) }
    }

    @inline(__always)
    func value(_ v: Value?) {
        if case .object(let o)? = v { visit(o) }
    }

    /// True the first time a buffer is seen (so its elements should be reported).
    mutating func firstVisit<C: ContiguousCollectionReference>(_ buffer: C) -> Bool {
        guard let address = buffer.bufferAddress else { return false }
        if seenBuffers == nil { return true }
        return seenBuffers!.insert(address).inserted
    }

    mutating func values(_ items: ContiguousArray<Value>) {
        guard firstVisit(items) else { return }
        for v in items { value(v) }
    }
}

/// Arrays whose storage identity can be taken without copying.
protocol ContiguousCollectionReference {
    var bufferAddress: UnsafeRawPointer? { get }
}

extension ContiguousArray: ContiguousCollectionReference {
    var bufferAddress: UnsafeRawPointer? {
        isEmpty ? nil : withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }
}

extension Array: ContiguousCollectionReference {
    var bufferAddress: UnsafeRawPointer? {
        isEmpty ? nil : withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }
}

extension PyObject {
    func visitReferences(_ visitor: inout ReferenceVisitor) {
        if let c = cls { visitor.visit(c) }
        if let d = storedDict { visitor.visit(d) }
        switch kind {
        case .instance:
            unsafeDowncast(self, to: PyInstance.self).visitInlineReferences(&visitor)
        case .list:
            visitor.values(unsafeDowncast(self, to: PyList.self).items)
        case .tuple:
            visitor.values(unsafeDowncast(self, to: PyTuple.self).items)
        case .dict:
            let entries = unsafeDowncast(self, to: PyDict.self).entries
            if visitor.firstVisit(entries) {
                for case let e? in entries {
                    visitor.value(e.key)
                    visitor.value(e.value)
                }
            }
        case .set:
            let table = unsafeDowncast(self, to: PySet.self).table
            if visitor.firstVisit(table) {
                for case .key(_, let v) in table { visitor.value(v) }
            }
        case .function:
            let f = unsafeDowncast(self, to: PyFunction.self)
            visitor.visit(f.globals)
            visitor.values(f.defaults)
            if let d = f.keywordDefaults { visitor.visit(d) }
            if visitor.firstVisit(f.closure) { for cell in f.closure { visitor.visit(cell) } }
            if let a = f.annotations { visitor.visit(a) }
            visitor.value(f.module)
            visitor.value(f.doc)
        case .cell:
            visitor.value(unsafeDowncast(self, to: PyCell.self).value)
        case .boundMethod:
            let m = unsafeDowncast(self, to: PyBoundMethod.self)
            visitor.value(m.function)
            visitor.value(m.selfValue)
        case .type:
            let t = unsafeDowncast(self, to: PyType.self)
            if visitor.firstVisit(t.bases) { for b in t.bases { visitor.visit(b) } }
            if visitor.firstVisit(t.mro) { for b in t.mro { visitor.visit(b) } }
            visitor.visit(t.namespace)
            if visitor.firstVisit(t.specialCache) { for case let v?? in t.specialCache { visitor.value(v) } }
        case .module:
            visitor.visit(unsafeDowncast(self, to: PyModule.self).namespace)
        case .exception:
            let e = unsafeDowncast(self, to: PyBaseException.self)
            visitor.visit(e.args)
            if let c = e.cause { visitor.visit(c) }
            if let c = e.context { visitor.visit(c) }
            if visitor.firstVisit(e.exceptions) { for x in e.exceptions { visitor.visit(x) } }
        case .property:
            let p = unsafeDowncast(self, to: PyProperty.self)
            visitor.value(p.getter)
            visitor.value(p.setter)
            visitor.value(p.deleter)
            visitor.value(p.doc)
        case .staticMethod, .classMethod:
            visitor.value(unsafeDowncast(self, to: PyMethodWrapper.self).callable)
        default:
            break
        }
    }

    /// Drops the references a dead cycle may run through. Immutable objects (tuples, bound
    /// methods) keep theirs: every cycle also passes through a mutable object, which is cleared.
    func clearReferences() {
        storedDict = nil
        switch kind {
        case .instance:
            unsafeDowncast(self, to: PyInstance.self).clearInlineReferences()
        case .list:
            unsafeDowncast(self, to: PyList.self).items = []
        case .dict:
            unsafeDowncast(self, to: PyDict.self).clear()
        case .set:
            unsafeDowncast(self, to: PySet.self).removeAll()
        case .function:
            let f = unsafeDowncast(self, to: PyFunction.self)
            f.defaults = []
            f.keywordDefaults = nil
            f.closure = []
            f.annotations = nil
            f.module = .none
            f.doc = .none
        case .cell:
            unsafeDowncast(self, to: PyCell.self).value = nil
        case .type:
            // `bases` stays: the type's deinit uses it to leave its bases' subclass lists.
            let t = unsafeDowncast(self, to: PyType.self)
            t.mro = []
            t.specialCache = []
            t.namespace.clear()
        case .exception:
            let e = unsafeDowncast(self, to: PyBaseException.self)
            e.cause = nil
            e.context = nil
            e.traceback = nil
            e.exceptions = []
        case .property:
            let p = unsafeDowncast(self, to: PyProperty.self)
            p.getter = .none
            p.setter = .none
            p.deleter = .none
            p.doc = .none
        default:
            break
        }
    }
}
