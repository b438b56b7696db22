#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Searching and splitting on the UTF-8 bytes of a string. UTF-8 is self-synchronising, so a byte
/// match of a whole valid needle always starts and ends on code point boundaries; code point
/// indices are only computed where Python exposes them (find results, start/end arguments).
enum StrText {
    /// Results longer than this many code points raise MemoryError instead of exhausting memory.
    static let sizeLimit = 1 << 30

    @inline(__always)
    static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    @inline(__always)
    static func string(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> String {
        if lo >= hi { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
    }

    /// Byte offset of code point `index` (which may equal the code point count).
    static func byteOffset(_ b: UnsafeBufferPointer<UInt8>, codePoint index: Int, ascii: Bool) -> Int {
        if ascii { return Swift.min(index, b.count) }
        var seen = 0, i = 0
        while i < b.count {
            if b[i] & 0xC0 != 0x80 {
                if seen == index { return i }
                seen += 1
            }
            i += 1
        }
        return b.count
    }

    /// Code point index of a byte offset on a boundary.
    static func codePointIndex(_ b: UnsafeBufferPointer<UInt8>, byteOffset: Int, ascii: Bool) -> Int {
        if ascii { return byteOffset }
        var n = 0
        for i in 0..<byteOffset where b[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// First match of `n` in `h[lo..<hi]` (byte offsets).
    static func search(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int? {
        let m = n.count
        if m == 0 { return lo <= hi ? lo : nil }
        if hi - lo < m { return nil }
        guard let hb = h.baseAddress, let nb = n.baseAddress else { return nil }
        let first = Int32(n[0])
        let last = hi - m
        var i = lo
        while i <= last {
            guard let p = memchr(hb + i, first, last - i + 1) else { return nil }
            i = hb.distance(to: p.assumingMemoryBound(to: UInt8.self))
            if m == 1 || memcmp(hb + i + 1, nb + 1, m - 1) == 0 { return i }
            i += 1
        }
        return nil
    }

    /// Last match of `n` in `h[lo..<hi]` (byte offsets).
    static func searchBackward(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int? {
        let m = n.count
        if m == 0 { return lo <= hi ? hi : nil }
        if hi - lo < m { return nil }
        guard let hb = h.baseAddress, let nb = n.baseAddress else { return nil }
        var i = hi - m
        while i >= lo {
            if h[i] == n[0] && memcmp(hb + i, nb, m) == 0 { return i }
            i -= 1
        }
        return nil
    }

    /// `s.find(sub, start, end)` as a code point index.
    static func find(_ s: PyStr, _ sub: PyStr, _ start: Int, _ end: Int, backward: Bool = false) -> Int? {
        if start > end || start > s.count { return nil }
        return withBytes(s.value) { h in
            withBytes(sub.value) { n in
                let lo = byteOffset(h, codePoint: start, ascii: s.isASCII)
                let hi = end >= s.count ? h.count : byteOffset(h, codePoint: end, ascii: s.isASCII)
                let r = backward ? searchBackward(h, n, lo, hi) : search(h, n, lo, hi)
                guard let r else { return nil }
                return codePointIndex(h, byteOffset: r, ascii: s.isASCII)
            }
        }
    }

    /// `s.count(sub, start, end)`: non-overlapping matches.
    static func count(_ s: PyStr, _ sub: PyStr, _ start: Int, _ end: Int) -> Int {
        if start > end || start > s.count { return 0 }
        if sub.count == 0 { return end - start + 1 }
        return withBytes(s.value) { h in
            withBytes(sub.value) { n in
                var lo = byteOffset(h, codePoint: start, ascii: s.isASCII)
                let hi = end >= s.count ? h.count : byteOffset(h, codePoint: end, ascii: s.isASCII)
                var total = 0
                while let r = search(h, n, lo, hi) {
                    total += 1
                    lo = r + n.count
                }
                return total
            }
        }
    }

    /// `s.replace(old, new, count)`.
    static func replace(_ s: PyStr, _ old: PyStr, _ new: PyStr, _ limit: Int) -> String {
        if limit == 0 { return s.value }
        var remaining = limit < 0 ? Int.max : limit
        if old.count == 0 {
            if s.count == 0 { return new.value }
            var out = ""
            for scalar in s.value.unicodeScalars {
                if remaining > 0 {
                    out += new.value
                    remaining -= 1
                }
                out.unicodeScalars.append(scalar)
            }
            if remaining > 0 { out += new.value }
            return out
        }
        return withBytes(s.value) { h in
            withBytes(old.value) { n in
                var out = [UInt8]()
                var lo = 0
                while remaining > 0, let r = search(h, n, lo, h.count) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: h[lo..<r]))
                    out.append(contentsOf: new.value.utf8)
                    lo = r + n.count
                    remaining -= 1
                }
                if lo == 0 { return s.value }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: h[lo..<h.count]))
                return String(decoding: out, as: UTF8.self)
            }
        }
    }

    /// `s.split(sep, maxsplit)` for a non-empty separator.
    static func split(_ s: String, _ sep: String, _ maxsplit: Int) -> [String] {
        withBytes(s) { h in
            withBytes(sep) { n in
                var parts = [String]()
                var lo = 0
                var left = maxsplit < 0 ? Int.max : maxsplit
                while left > 0, let r = search(h, n, lo, h.count) {
                    parts.append(string(h, lo, r))
                    lo = r + n.count
                    left -= 1
                }
                parts.append(string(h, lo, h.count))
                return parts
            }
        }
    }

    /// `s.rsplit(sep, maxsplit)` for a non-empty separator.
    static func rsplit(_ s: String, _ sep: String, _ maxsplit: Int) -> [String] {
        withBytes(s) { h in
            withBytes(sep) { n in
                var parts = [String]()
                var hi = h.count
                var left = maxsplit < 0 ? Int.max : maxsplit
                while left > 0, let r = searchBackward(h, n, 0, hi) {
                    parts.append(string(h, r + n.count, hi))
                    hi = r
                    left -= 1
                }
                parts.append(string(h, 0, hi))
                return parts.reversed()
            }
        }
    }

    /// Python's whitespace (`str.isspace`, `split()`, `strip()`): bidirectional classes WS, B, S and Zs.
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Line boundaries for `splitlines`.
    @inline(__always)
    static func isLineBreak(_ v: UInt32) -> Bool {
        switch v {
        case 0x0A...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Byte length of the UTF-8 sequence starting with lead byte `c`.
    @inline(__always)
    static func sequenceLength(_ c: UInt8) -> Int { c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4 }

    /// The code point whose (valid) UTF-8 sequence starts at byte `i`.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32 {
        let c = b[i]
        if c < 0x80 { return UInt32(c) }
        if c < 0xE0 { return UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F) }
        if c < 0xF0 { return UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F) }
        return UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
    }

    /// Whether the code point starting at byte `i` is whitespace.
    @inline(__always)
    static func spaceAt(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) }
        return isSpace(decode(b, i))
    }

    /// Start of the code point that ends just before byte `j`.
    @inline(__always)
    static func previousStart(_ b: UnsafeBufferPointer<UInt8>, _ j: Int) -> Int {
        var k = j - 1
        while k > 0 && b[k] & 0xC0 == 0x80 { k -= 1 }
        return k
    }

    /// `s.split()` on runs of whitespace.
    static func splitWhitespace(_ s: String, _ maxsplit: Int) -> [String] {
        withBytes(s) { b in
            var parts = [String]()
            var left = maxsplit < 0 ? Int.max : maxsplit
            var i = 0
            let n = b.count
            while true {
                while i < n && spaceAt(b, i) { i += sequenceLength(b[i]) }
                if i >= n { break }
                if left == 0 {
                    // The rest, trailing whitespace included (as CPython does).
                    parts.append(string(b, i, n))
                    break
                }
                let start = i
                while i < n && !spaceAt(b, i) { i += sequenceLength(b[i]) }
                parts.append(string(b, start, i))
                left -= 1
            }
            return parts
        }
    }

    /// `s.rsplit()` on runs of whitespace.
    static func rsplitWhitespace(_ s: String, _ maxsplit: Int) -> [String] {
        withBytes(s) { b in
            var parts = [String]()
            var left = maxsplit < 0 ? Int.max : maxsplit
            var j = b.count
            while true {
                while j > 0 {
                    let k = previousStart(b, j)
                    if !spaceAt(b, k) { break }
                    j = k
                }
                if j == 0 { break }
                if left == 0 {
                    parts.append(string(b, 0, j))
                    break
                }
                let end = j
                while j > 0 {
                    let k = previousStart(b, j)
                    if spaceAt(b, k) { break }
                    j = k
                }
                parts.append(string(b, j, end))
                left -= 1
            }
            return parts.reversed()
        }
    }

    /// `s.splitlines(keepends)`.
    static func splitLines(_ s: String, keepEnds: Bool) -> [String] {
        let view = s.unicodeScalars
        var parts = [String]()
        var i = view.startIndex
        var lineStart = i
        while i < view.endIndex {
            let v = view[i].value
            if isLineBreak(v) {
                var next = view.index(after: i)
                if v == 0x0D && next < view.endIndex && view[next].value == 0x0A { next = view.index(after: next) }
                parts.append(String(view[lineStart..<(keepEnds ? next : i)]))
                lineStart = next
                i = next
            } else {
                i = view.index(after: i)
            }
        }
        if lineStart < view.endIndex { parts.append(String(view[lineStart...])) }
        return parts
    }

    /// `strip`/`lstrip`/`rstrip`: `chars` nil means whitespace.
    static func strip(_ s: String, _ chars: Set<UInt32>?, left: Bool, right: Bool) -> String {
        withBytes(s) { b in
            func strippable(_ i: Int) -> Bool {
                guard let chars else { return spaceAt(b, i) }
                return chars.contains(decode(b, i))
            }
            var i = 0, j = b.count
            if left { while i < j && strippable(i) { i += sequenceLength(b[i]) } }
            if right {
                while j > i {
                    let k = previousStart(b, j)
                    if !strippable(k) { break }
                    j = k
                }
            }
            if i == 0 && j == b.count { return s }
            return string(b, i, j)
        }
    }
}
