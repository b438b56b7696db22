#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
            if Self.sameCodeUnits(existing.value, s) { return existing }
            return PyStr(s)
        }
        let str = PyStr(s)
        table[s] = str
        return str
    }

    /// Byte-for-byte equality (one memcmp for native strings; element by element otherwise).
    private static func sameCodeUnits(_ a: String, _ b: String) -> Bool {
        let (x, y) = (a.utf8, b.utf8)
        guard x.count == y.count else { return false }
        if let same = x.withContiguousStorageIfAvailable({ p in
            y.withContiguousStorageIfAvailable { q in
                p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0
            }
        }), let same {
            return same
        }
        return x.elementsEqual(y)
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
