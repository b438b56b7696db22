/// The process-wide table of interned strings: identifiers, attribute names and special-method names
/// are shared `PyStr` objects, so namespace lookups usually succeed on identity alone.
public final class StringInterner {
    /// Reached only at start-up and through `Interpreter.intern` (which keeps its own reference), so
    /// hot paths never pay for the global's lazy initialisation.
    public static let shared = StringInterner()

    private var table: [String: PyStr] = [:]
    private var nextSpecialIndex: Int32 = 0

    public func intern(_ s: String) -> PyStr {
        if let existing = table[s] {
            // Swift's String keys compare by canonical equivalence ("é" == "e\u{301}"); Python strings
            // compare by code point, so an equivalent but different string is not interned.
            if existing.value.utf8.count == s.utf8.count && existing.value.utf8.elementsEqual(s.utf8) {
                return existing
            }
            return PyStr(s)
        }
        let str = PyStr(s)
        table[s] = str
        return str
    }

    /// Interns a special-method name and gives it a slot in the per-type special-method caches.
    func internSpecial(_ s: String) -> PyStr {
        let str = intern(s)
        if str.specialIndex < 0 {
            str.specialIndex = nextSpecialIndex
            nextSpecialIndex += 1
        }
        return str
    }
}
