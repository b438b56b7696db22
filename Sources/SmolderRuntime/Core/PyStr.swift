/// Python `str`: an immutable sequence of code points.
///
/// Stored as a Swift `String` (UTF-8). ASCII strings index by byte offset; others build an array of
/// scalars on first indexed access. Equality and hashing are by code points, never by Swift's
/// Unicode canonical equivalence (Python's "é" and "e\u0301" are different strings).
public final class PyStr: PyObject {
    public let value: String
    public let isASCII: Bool
    private var cachedHash: Int = 0
    private var hashComputed = false
    private var cachedScalars: ContiguousArray<Unicode.Scalar>?
    /// Number of code points.
    public let count: Int
    /// For interned special-method names: the slot in every type's special-method cache.
    var specialIndex: Int32 = -1

    public init(_ value: String) {
        self.value = value
        var ascii = true
        for b in value.utf8 where b >= 0x80 { ascii = false; break }
        self.isASCII = ascii
        self.count = ascii ? value.utf8.count : value.unicodeScalars.count
        super.init(kind: .str)
    }

    /// For a user subclass of `str`.
    public init(_ value: String, cls: PyType) {
        self.value = value
        var ascii = true
        for b in value.utf8 where b >= 0x80 { ascii = false; break }
        self.isASCII = ascii
        self.count = ascii ? value.utf8.count : value.unicodeScalars.count
        super.init(kind: .str, cls: cls)
    }

    /// The code points, for random access on non-ASCII strings.
    public var scalars: ContiguousArray<Unicode.Scalar> {
        if let s = cachedScalars { return s }
        let s = ContiguousArray(value.unicodeScalars)
        cachedScalars = s
        return s
    }

    /// The code point at a valid index (0 ..< count).
    public func scalar(at index: Int) -> Unicode.Scalar {
        if isASCII {
            let byte = value.utf8[value.utf8.index(value.utf8.startIndex, offsetBy: index)]
            return Unicode.Scalar(byte)
        }
        return scalars[index]
    }

    /// Code points `start ..< end` (already clamped) as a new string value.
    public func substring(_ start: Int, _ end: Int) -> String {
        if start >= end { return "" }
        if isASCII {
            let u = value.utf8
            let a = u.index(u.startIndex, offsetBy: start)
            let b = u.index(a, offsetBy: end - start)
            return String(value[a..<b])
        }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[start..<end])
        return String(s)
    }

    /// Python's hash of this string (process-randomised, as CPython's is).
    public var hashValue32: Int {
        if hashComputed { return cachedHash }
        var h = Hasher()
        for b in value.utf8 { h.combine(b) }
        var v = h.finalize()
        if v == -1 { v = -2 }
        cachedHash = v
        hashComputed = true
        return v
    }

    /// Code-point equality.
    @inline(__always)
    public func equals(_ other: PyStr) -> Bool {
        if self === other { return true }
        if count != other.count { return false }
        if hashComputed && other.hashComputed && cachedHash != other.cachedHash { return false }
        return value.utf8.elementsEqual(other.value.utf8)
    }

    /// Ordering by code points (UTF-8 byte order is code-point order).
    public func compare(_ other: PyStr) -> Int {
        var a = value.utf8.makeIterator()
        var b = other.value.utf8.makeIterator()
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let x?, let y?):
                if x != y { return x < y ? -1 : 1 }
            }
        }
    }
}
