/// Little-endian byte writing and bounds-checked reading for the compiled-code cache.
/// Integers are fixed-width or LEB128 varints (signed ones zigzag-encoded first).

/// Appends encoded values to a growing byte array.
struct ByteWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func fixed32(_ v: UInt32) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func fixed64(_ v: UInt64) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func varint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// A non-negative count or index.
    mutating func count(_ n: Int) { varint(UInt64(max(0, n))) }

    /// A signed integer, zigzag-encoded so small negatives stay short.
    mutating func signed(_ v: Int) {
        let i = Int64(v)
        varint(UInt64(bitPattern: (i << 1) ^ (i >> 63)))
    }

    mutating func raw(_ data: [UInt8]) { bytes.append(contentsOf: data) }

    mutating func raw(_ data: String.UTF8View) { bytes.append(contentsOf: data) }
}

/// The cache file does not hold what it should (truncated, corrupt, or a different format).
public struct CorruptCodeCache: Error {}

/// Reads encoded values from a byte buffer the caller keeps alive; every read checks bounds and
/// throws instead of trapping, so a bad file only means "compile the source instead".
struct ByteReader {
    let base: UnsafePointer<UInt8>
    let end: Int
    private(set) var offset: Int

    init(_ buffer: UnsafeBufferPointer<UInt8>, from offset: Int = 0) throws(CorruptCodeCache) {
        guard let base = buffer.baseAddress, offset >= 0, offset <= buffer.count else { throw CorruptCodeCache() }
        self.base = base
        self.end = buffer.count
        self.offset = offset
    }

    var remaining: Int { end - offset }

    @inline(__always)
    mutating func byte() throws(CorruptCodeCache) -> UInt8 {
        guard offset < end else { throw CorruptCodeCache() }
        let b = base[offset]
        offset += 1
        return b
    }

    mutating func fixed32() throws(CorruptCodeCache) -> UInt32 {
        guard remaining >= 4 else { throw CorruptCodeCache() }
        let v = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt32.self)
        offset += 4
        return UInt32(littleEndian: v)
    }

    mutating func fixed64() throws(CorruptCodeCache) -> UInt64 {
        guard remaining >= 8 else { throw CorruptCodeCache() }
        let v = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
        offset += 8
        return UInt64(littleEndian: v)
    }

    @inline(__always)
    mutating func varint() throws(CorruptCodeCache) -> UInt64 {
        guard offset < end else { throw CorruptCodeCache() }
        let first = base[offset]
        offset += 1
        if first < 0x80 { return UInt64(first) }
        var result = UInt64(first & 0x7F)
        var shift: UInt64 = 7
        while true {
            guard offset < end, shift < 64 else { throw CorruptCodeCache() }
            let b = base[offset]
            offset += 1
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    /// A count of items that each take at least one byte: larger than what is left means corrupt
    /// (and never asks for a huge allocation).
    @inline(__always)
    mutating func count() throws(CorruptCodeCache) -> Int {
        let n = try varint()
        guard n <= UInt64(remaining) else { throw CorruptCodeCache() }
        return Int(n)
    }

    /// An index below `limit`.
    @inline(__always)
    mutating func index(below limit: Int) throws(CorruptCodeCache) -> Int {
        let n = try varint()
        guard n < UInt64(limit) else { throw CorruptCodeCache() }
        return Int(n)
    }

    @inline(__always)
    mutating func signed() throws(CorruptCodeCache) -> Int {
        let z = try varint()
        return Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    /// `n` raw bytes as a buffer into the underlying storage.
    mutating func slice(_ n: Int) throws(CorruptCodeCache) -> UnsafeBufferPointer<UInt8> {
        guard n >= 0, n <= remaining else { throw CorruptCodeCache() }
        let s = UnsafeBufferPointer(start: base + offset, count: n)
        offset += n
        return s
    }
}

/// A fast 64-bit checksum of a byte range (8 bytes a step, two lanes): catches truncation and
/// flipped bits in a cache file, not an adversary.
func checksum64(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = buffer.baseAddress else { return 0x9E37_79B9_7F4A_7C15 }
    let raw = UnsafeRawPointer(base)
    let count = buffer.count
    var a: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
    var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    var i = 0
    while i + 16 <= count {
        a = (a ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))) &* 0xFF51_AFD7_ED55_8CCD
        a = (a << 31) | (a >> 33)
        b = (b ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))) &* 0xC4CE_B9FE_1A85_EC53
        b = (b << 29) | (b >> 35)
        i += 16
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < count {
        tail |= UInt64(base[i]) << shift
        shift += 8
        i += 1
        if shift == 64 {
            a = (a ^ tail) &* 0xFF51_AFD7_ED55_8CCD
            a = (a << 31) | (a >> 33)
            tail = 0
            shift = 0
        }
    }
    b = (b ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    var h = a ^ ((b << 27) | (b >> 37))
    h ^= h >> 33
    h = h &* 0xFF51_AFD7_ED55_8CCD
    h ^= h >> 33
    h = h &* 0xC4CE_B9FE_1A85_EC53
    h ^= h >> 33
    return h
}
