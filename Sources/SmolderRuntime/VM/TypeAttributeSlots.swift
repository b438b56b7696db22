/// `Class.name` (`Direction.FORWARD`, `Strength.REQUIRED`) and `module.name` (`math.sqrt`) on exact
/// hits of the instruction's most recent cache entry, done where the class or module lies (on the
/// stack, or in a global's cache entry): no retain and release of it, no optional result.
extension Interpreter {
    /// `loadAttr` on the class or module in `slot`: the value replaces it; false (nothing changed)
    /// otherwise.
    @inline(__always)
    func loadTypeOrModuleAttribute(in slot: UnsafeMutableRawPointer, _ code: PyCode, _ index: Int) -> Bool {
        let object = ValueSlot.object(slot)
        guard readTypeOrModuleAttribute(of: slot, into: slot, code, index) else { return false }
        ValueSlot.release(object)
        return true
    }

    /// `loadAttr` on the class or module in `source` (left as it is): a plain class attribute (no
    /// descriptor to call) or a module's value is copied into `destination` (uninitialised, or
    /// `source` itself); false, with nothing written, when the entry was made for another version
    /// or kind.
    @inline(__always)
    func readTypeOrModuleAttribute(of source: UnsafeRawPointer, into destination: UnsafeMutableRawPointer,
                                   _ code: PyCode, _ index: Int) -> Bool {
        guard ValueSlot.tag(source) == ValueSlot.objectTag else { return false }
        return ValueSlot.object(source)._withUnsafeGuaranteedRef { (o: PyObject) -> Bool in
            if o.kind == .module {
                // Dict and type versions come from different counters: the kind must match too.
                let entry = code.firstAttributeCacheEntry(at: index)
                let namespace = unsafeDowncast(o, to: PyModule.self).namespace
                guard o.cls == nil, entry.pointee.kind == .moduleValue,
                      entry.pointee.version == namespace.keysVersion else { return false }
                ValueSlot.copy(from: namespace.valueAddress(at: entry.pointee.modulePosition), to: destination)
                return true
            }
            guard o.kind == .type else { return false }
            let type = unsafeDowncast(o, to: PyType.self)
            let entry = code.firstAttributeCacheEntry(at: index)
            guard entry.pointee.version == type.version,
                  entry.pointee.metaVersion == (type.cls?.version ?? types.type.version) else { return false }
            let value = UnsafeRawPointer(entry) + MemoryLayout<AttributeCacheEntry>.offset(of: \.classValue)!
            switch entry.pointee.kind {
            case .typeValue:
                break
            case .typeInstanceValue:
                // An instance of a user class: valid while that class is unchanged (no `__get__` added).
                guard ValueSlot.tag(value) == ValueSlot.objectTag,
                      ValueSlot.object(value)._withUnsafeGuaranteedRef({ $0.cls?.version }) == entry.pointee.valueClassVersion
                else { return false }
            default:
                return false
            }
            ValueSlot.copy(from: value, to: destination)
            return true
        }
    }
}
