/// Python `dict`: a compact, insertion-ordered hash table (the layout CPython uses): an `entries`
/// array in insertion order and a sparse `indices` table of positions into it, probed with
/// CPython's perturbation sequence.
///
/// Small dicts (most instance dicts and keyword-argument dicts) skip the index table and scan their
/// few entries linearly: one allocation fewer, and interned keys match on identity at once.
///
/// Key hashing and equality can run Python code (`__hash__`, `__eq__`) and raise, so the general
/// operations take the interpreter and throw. String keys (namespaces, attribute dicts, kwargs) take a
/// non-throwing fast path.
public final class PyDict: PyObject {
    public struct Entry {
        public var hash: Int
        /// The key's object identity (0 for inline keys), so probes match interned keys by comparing
        /// integers read in place, without copying (and retaining) the entry.
        public let keyID: UInt
        public var key: Value
        public var value: Value

        public init(hash: Int, key: Value, value: Value) {
            self.hash = hash
            if case .object(let o) = key { keyID = UInt(bitPattern: ObjectIdentifier(o)) } else { keyID = 0 }
            self.key = key
            self.value = value
        }
    }

    private static let emptySlot: Int32 = -1
    private static let deletedSlot: Int32 = -2
    /// Up to this many entries (live or deleted) a dict has no index table.
    private static let linearLimit = 8

    /// Entries in insertion order; nil marks a deleted entry (compacted on resize).
    public private(set) var entries: ContiguousArray<Entry?> = []
    /// The hash index into `entries`; empty while the dict is small (linear mode).
    private var indices: ContiguousArray<Int32> = []
    /// Number of live entries.
    public private(set) var count = 0
    /// Changes whenever a key is added or removed, or a value replaced: global-lookup caches compare it.
    /// Numbers come from one counter for all dicts, so a version also identifies its dict.
    public private(set) var version: UInt64 = 0
    /// Changes only when an entry's position can change or a key comes or goes (insert, remove,
    /// resize, clear), or a deferred import is stored. Caches of a global's or module attribute's
    /// position compare it and read the value where it lies, so replacing a value (`TIMESTAMP += 1`)
    /// keeps them valid. From the same counter as `version`, so it also identifies its dict.
    public private(set) var keysVersion: UInt64 = 0
    /// Set once a deferred import is stored here (and kept: clearing it would need a scan), so
    /// bulk reads (`values()`, `items()`, `**d`) know whether to resolve first.
    public private(set) var mayHoldDeferred = false
    /// The class whose namespace this is, told of every change so its lookup caches stay valid. Not
    /// retained: the class owns its namespace and clears this when it is freed.
    unowned(unsafe) var owningType: PyType?

    @inline(__always)
    private func bumpVersion() {
        version = nextDictVersion()
        if let owningType { owningType.invalidateCaches() }
    }

    /// For changes to the key set or entry positions: both versions move.
    @inline(__always)
    private func bumpKeysVersion() {
        bumpVersion()
        keysVersion = version
    }

    /// Replaces the value of the live entry at `position`. A deferred import moves `keysVersion` too:
    /// position caches skip the resolution check, so they must miss while one is stored.
    @inline(__always)
    private func replaceValue(at position: Int, with value: Value) {
        entries[position]!.value = value
        if case .object(let o) = value, o.kind == .deferred {
            mayHoldDeferred = true
            bumpKeysVersion()
        } else {
            bumpVersion()
        }
    }

    /// The position of a string key's live entry, for position caches (valid while `keysVersion`
    /// is unchanged).
    public func position(ofString key: PyStr) -> Int? {
        findString(key, hash: key.hashValue32).entry
    }

    /// Where the value of the live entry at `position` lies, read in place by position caches. Valid
    /// until the dict is next changed.
    @inline(__always)
    func valueAddress(at position: Int) -> UnsafeRawPointer {
        entries.withUnsafeBufferPointer { buffer in
            UnsafeRawPointer(buffer.baseAddress.unsafelyUnwrapped) + position &* MemoryLayout<Entry?>.stride
                + MemoryLayout<Entry>.offset(of: \.value).unsafelyUnwrapped
        }
    }

    public override init(kind: ObjectKind = .dict, cls: PyType? = nil) {
        super.init(kind: .dict, cls: cls)
    }

    public init(minimumCapacity: Int) {
        if minimumCapacity > PyDict.linearLimit {
            var size = 8
            while size * 2 < minimumCapacity * 3 { size <<= 1 }
            indices = ContiguousArray(repeating: PyDict.emptySlot, count: size)
        }
        super.init(kind: .dict, cls: nil)
    }

    // MARK: String-key fast path

    /// Looks up a string key without running Python code.
    @inline(__always)
    public func lookupString(_ key: PyStr) -> Value? {
        guard let position = findString(key, hash: key.hashValue32).entry else { return nil }
        return entries[position]?.value
    }

    public func setString(_ key: PyStr, _ value: Value) {
        let hash = key.hashValue32
        let found = findString(key, hash: hash)
        if let position = found.entry {
            replaceValue(at: position, with: value)
            return
        }
        insertNew(hash: hash, key: .object(key), value: value, slot: found.slot)
    }

    @discardableResult
    public func removeString(_ key: PyStr) -> Value? {
        let found = findString(key, hash: key.hashValue32)
        guard let position = found.entry else { return nil }
        return removeEntry(at: position, slot: found.slot)
    }

    /// Returns the entry position (if present) and the slot to insert at (if absent).
    @inline(__always)
    private func findString(_ key: PyStr, hash: Int) -> (entry: Int?, slot: Int) {
        let id = UInt(bitPattern: ObjectIdentifier(key))
        if indices.isEmpty {
            return entries.withUnsafeBufferPointer { (buffer) -> (entry: Int?, slot: Int) in
                for position in 0..<buffer.count where buffer[position]?.keyID == id { return (position, -1) }
                for position in 0..<buffer.count where buffer[position]?.hash == hash {
                    if let e = buffer[position], case .object(let o) = e.key, o.kind == .str,
                       unsafeDowncast(o, to: PyStr.self).equals(key) {
                        return (position, -1)
                    }
                }
                return (nil, -1)
            }
        }
        let mask = indices.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(bitPattern: UInt(bitPattern: hash) & UInt(mask))
        var firstDeleted = -1
        while true {
            let ix = indices[i]
            if ix == PyDict.emptySlot { return (nil, firstDeleted >= 0 ? firstDeleted : i) }
            if ix == PyDict.deletedSlot {
                if firstDeleted < 0 { firstDeleted = i }
            } else {
                let p = Int(ix)
                let (matchesID, matchesHash) = entries.withUnsafeBufferPointer { buffer in
                    (buffer[p]?.keyID == id, buffer[p]?.hash == hash)
                }
                if matchesID { return (p, i) }
                if matchesHash, let e = entries[p], case .object(let o) = e.key, o.kind == .str,
                   unsafeDowncast(o, to: PyStr.self).equals(key) {
                    return (p, i)
                }
            }
            perturb >>= 5
            i = Int(bitPattern: (UInt(bitPattern: i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    // MARK: General keys

    public func get(_ key: Value, vm: Interpreter) throws(PyError) -> Value? {
        if case .object(let o) = key, o.kind == .str { return lookupString(unsafeDowncast(o, to: PyStr.self)) }
        let hash = try vm.hash(key)
        guard let position = try find(key, hash: hash, vm: vm).entry else { return nil }
        return entries[position]?.value
    }

    public func set(_ key: Value, _ value: Value, vm: Interpreter) throws(PyError) {
        if case .object(let o) = key, o.kind == .str { setString(unsafeDowncast(o, to: PyStr.self), value); return }
        let hash = try vm.hash(key)
        let found = try find(key, hash: hash, vm: vm)
        if let position = found.entry, entries[position] != nil {
            replaceValue(at: position, with: value)
            return
        }
        insertNew(hash: hash, key: key, value: value, slot: found.slot)
    }

    /// Sets a key whose hash is already known (used when copying from another dict or set).
    public func set(_ key: Value, hash: Int, _ value: Value, vm: Interpreter) throws(PyError) {
        let found = try find(key, hash: hash, vm: vm)
        if let position = found.entry, entries[position] != nil {
            replaceValue(at: position, with: value)
            return
        }
        insertNew(hash: hash, key: key, value: value, slot: found.slot)
    }

    @discardableResult
    public func remove(_ key: Value, vm: Interpreter) throws(PyError) -> Value? {
        if case .object(let o) = key, o.kind == .str { return removeString(unsafeDowncast(o, to: PyStr.self)) }
        let hash = try vm.hash(key)
        let found = try find(key, hash: hash, vm: vm)
        guard let position = found.entry else { return nil }
        return removeEntry(at: position, slot: found.slot)
    }

    public func contains(_ key: Value, vm: Interpreter) throws(PyError) -> Bool {
        try get(key, vm: vm) != nil
    }

    private func find(_ key: Value, hash: Int, vm: Interpreter) throws(PyError) -> (entry: Int?, slot: Int) {
        restart: while true {
            if indices.isEmpty {
                let startVersion = version
                var position = 0
                while position < entries.count {
                    if let e = entries[position], e.hash == hash {
                        if e.key.isIdentical(to: key) { return (position, -1) }
                        let equal = try vm.equals(e.key, key)
                        if version != startVersion { continue restart }
                        if equal { return (position, -1) }
                    }
                    position += 1
                }
                return (nil, -1)
            }
            let mask = indices.count - 1
            var perturb = UInt(bitPattern: hash)
            var i = Int(bitPattern: UInt(bitPattern: hash) & UInt(mask))
            var firstDeleted = -1
            let startVersion = version
            let startIndices = indices.count
            while true {
                let ix = indices[i]
                if ix == PyDict.emptySlot { return (nil, firstDeleted >= 0 ? firstDeleted : i) }
                if ix == PyDict.deletedSlot {
                    if firstDeleted < 0 { firstDeleted = i }
                } else if let e = entries[Int(ix)], e.hash == hash {
                    if e.key.isIdentical(to: key) { return (Int(ix), i) }
                    let equal = try vm.equals(e.key, key)
                    // A user __eq__ may have changed this dict: start over, as CPython does.
                    if version != startVersion || indices.count != startIndices { continue restart }
                    if equal { return (Int(ix), i) }
                }
                perturb >>= 5
                i = Int(bitPattern: (UInt(bitPattern: i) &* 5 &+ perturb &+ 1) & UInt(mask))
            }
        }
    }

    // MARK: Storage

    private func insertNew(hash: Int, key: Value, value: Value, slot: Int) {
        if case .object(let o) = value, o.kind == .deferred { mayHoldDeferred = true }
        if entries.capacity == 0 { entries.reserveCapacity(4) }
        if indices.isEmpty && entries.count < PyDict.linearLimit {
            entries.append(Entry(hash: hash, key: key, value: value))
            count += 1
            bumpKeysVersion()
            return
        }
        if indices.isEmpty || (entries.count + 1) * 3 >= indices.count * 2 {
            grow()
            let s = emptySlot(for: hash)
            indices[s] = Int32(entries.count)
        } else {
            indices[slot] = Int32(entries.count)
        }
        entries.append(Entry(hash: hash, key: key, value: value))
        count += 1
        bumpKeysVersion()
    }

    private func removeEntry(at position: Int, slot: Int) -> Value? {
        let old = entries[position]?.value
        entries[position] = nil
        if !indices.isEmpty && slot >= 0 { indices[slot] = PyDict.deletedSlot }
        count -= 1
        bumpKeysVersion()
        // Keep the trailing entries compact so popitem and appends stay cheap.
        while let last = entries.last, last == nil { entries.removeLast() }
        if count == 0 { clear() }
        return old
    }

    private func emptySlot(for hash: Int) -> Int {
        let mask = indices.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(bitPattern: UInt(bitPattern: hash) & UInt(mask))
        while indices[i] != PyDict.emptySlot {
            perturb >>= 5
            i = Int(bitPattern: (UInt(bitPattern: i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
        return i
    }

    private func grow() {
        var live = ContiguousArray<Entry?>()
        live.reserveCapacity(count + 1)
        for e in entries where e != nil { live.append(e) }
        var size = 8
        while size * 2 <= (count + 1) * 3 { size <<= 1 }
        size <<= 1
        entries = live
        indices = ContiguousArray(repeating: PyDict.emptySlot, count: size)
        for (position, e) in entries.enumerated() {
            indices[emptySlot(for: e!.hash)] = Int32(position)
        }
    }

    public func clear() {
        entries.removeAll()
        indices = []
        count = 0
        bumpKeysVersion()
    }

    // MARK: Iteration helpers

    /// Live entries in insertion order (a snapshot).
    public var liveEntries: [Entry] {
        var out: [Entry] = []
        out.reserveCapacity(count)
        for e in entries { if let e { out.append(e) } }
        return out
    }

    public var keys: [Value] { liveEntries.map(\.key) }
    public var values: [Value] { liveEntries.map(\.value) }

    /// The live entry at or after raw position `position` (for iterators), with the next position.
    public func entry(atOrAfter position: Int) -> (Entry, next: Int)? {
        var p = position
        while p < entries.count {
            if let e = entries[p] { return (e, p + 1) }
            p += 1
        }
        return nil
    }

    /// Removes and returns the last inserted entry.
    public func popLast() -> Entry? {
        guard let position = entries.lastIndex(where: { $0 != nil }), let e = entries[position] else { return nil }
        if indices.isEmpty {
            _ = removeEntry(at: position, slot: -1)
            return e
        }
        let mask = indices.count - 1
        var perturb = UInt(bitPattern: e.hash)
        var i = Int(bitPattern: UInt(bitPattern: e.hash) & UInt(mask))
        while indices[i] != Int32(position) {
            perturb >>= 5
            i = Int(bitPattern: (UInt(bitPattern: i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
        _ = removeEntry(at: position, slot: i)
        return e
    }

    /// A shallow copy (same keys, same values, same order).
    public func copy() -> PyDict {
        let d = PyDict(minimumCapacity: count)
        for e in entries { if let e { d.insertCopied(e) } }
        return d
    }

    /// Appends an entry known not to be present (used by `copy`).
    func insertCopied(_ e: Entry) {
        if case .object(let o) = e.value, o.kind == .deferred { mayHoldDeferred = true }
        if indices.isEmpty && entries.count < PyDict.linearLimit {
            entries.append(e)
            count += 1
            bumpKeysVersion()
            return
        }
        if indices.isEmpty || (entries.count + 1) * 3 >= indices.count * 2 { grow() }
        indices[emptySlot(for: e.hash)] = Int32(entries.count)
        entries.append(e)
        count += 1
        bumpKeysVersion()
    }
}

nonisolated(unsafe) private var dictVersionCounter: UInt64 = 0

/// A version number no dict has had before.
@inline(__always)
func nextDictVersion() -> UInt64 {
    dictVersionCounter &+= 1
    return dictVersionCounter
}
