/// The hash table behind `set` and `frozenset`, laid out as CPython's setobject.c lays it out
/// (linear probing in runs of 9, then perturbation; resize at 60% fill), so sets of ints iterate in
/// the same order as in CPython.
extension PySet {
    private static let linearProbes = 9
    private static let perturbShift = 5
    static let minimumSize = 8

    var mask: Int { table.count - 1 }

    /// A table of `size` empty slots. Built by appending into reserved capacity: the
    /// `init(repeating:count:)` initializer allocates through an unspecialised standard-library
    /// call that costs several times more (sets are made and resized constantly).
    static func emptyTable(_ size: Int) -> ContiguousArray<SetSlot> {
        var table = ContiguousArray<SetSlot>()
        table.reserveCapacity(size)
        for _ in 0..<size { table.append(.empty) }
        return table
    }

    /// Adds a key; returns false when an equal key was already present.
    @discardableResult
    public func add(_ key: Value, vm: Interpreter) throws(PyError) -> Bool {
        let hash = try vm.hash(key)
        return try add(key, hash: hash, vm: vm)
    }

    @discardableResult
    func add(_ key: Value, hash: Int, vm: Interpreter) throws(PyError) -> Bool {
        restart: while true {
            let mask = self.mask
            var perturb = UInt(bitPattern: hash)
            var i = Int(UInt(bitPattern: hash) & UInt(mask))
            let startVersion = version
            // The first deleted slot on the probe path is reused, as CPython's set_add_entry does.
            var freeSlot = -1
            while true {
                var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
                var j = i
                while true {
                    switch table[j] {
                    case .empty:
                        if freeSlot >= 0 {
                            table[freeSlot] = .key(hash: hash, key)
                            count += 1
                            version &+= 1
                            return true
                        }
                        table[j] = .key(hash: hash, key)
                        fill += 1
                        count += 1
                        version &+= 1
                        if fill * 5 >= mask * 3 { resize(minimumUsed: count > 50000 ? count * 2 : count * 4) }
                        return true
                    case .key(let h, let existing) where h == hash:
                        if existing.isIdentical(to: key) { return false }
                        let equal = try vm.equals(existing, key)
                        if version != startVersion { continue restart }
                        if equal { return false }
                    case .dummy:
                        if freeSlot < 0 { freeSlot = j }
                    default:
                        break
                    }
                    if probes == 0 { break }
                    probes -= 1
                    j += 1
                }
                perturb >>= UInt(PySet.perturbShift)
                i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
            }
        }
    }

    /// The table index of an equal key, or nil.
    func find(_ key: Value, hash: Int, vm: Interpreter) throws(PyError) -> Int? {
        restart: while true {
            let mask = self.mask
            var perturb = UInt(bitPattern: hash)
            var i = Int(UInt(bitPattern: hash) & UInt(mask))
            let startVersion = version
            while true {
                var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
                var j = i
                while true {
                    switch table[j] {
                    case .empty:
                        return nil
                    case .key(let h, let existing) where h == hash:
                        if existing.isIdentical(to: key) { return j }
                        let equal = try vm.equals(existing, key)
                        if version != startVersion { continue restart }
                        if equal { return j }
                    default:
                        break
                    }
                    if probes == 0 { break }
                    probes -= 1
                    j += 1
                }
                perturb >>= UInt(PySet.perturbShift)
                i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
            }
        }
    }

    public func contains(_ key: Value, vm: Interpreter) throws(PyError) -> Bool {
        try find(key, hash: try lookupHash(key, vm: vm), vm: vm) != nil
    }

    /// Removes a key; returns false when it was absent.
    @discardableResult
    public func discard(_ key: Value, vm: Interpreter) throws(PyError) -> Bool {
        try discard(key, hash: try lookupHash(key, vm: vm), vm: vm)
    }

    @discardableResult
    func discard(_ key: Value, hash: Int, vm: Interpreter) throws(PyError) -> Bool {
        guard let j = try find(key, hash: hash, vm: vm) else { return false }
        table[j] = .dummy
        count -= 1
        version &+= 1
        return true
    }

    /// The hash used to look a key up: a `set` key (unhashable) is looked up as the equal frozenset,
    /// as CPython's set_contains/set_discard retry with `frozenset(key)`.
    func lookupHash(_ key: Value, vm: Interpreter) throws(PyError) -> Int {
        do throws(PyError) {
            return try vm.hash(key)
        } catch {
            guard case .object(let o) = key, o.kind == .set, vm.matches(error, vm.exceptions.TypeError) else { throw error }
            return unsafeDowncast(o, to: PySet.self).frozenHash
        }
    }

    /// CPython's frozenset hash: order-independent, from the entries' hashes and the count.
    public var frozenHash: Int {
        func shuffle(_ h: UInt) -> UInt { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
        var hash: UInt = 0
        for slot in table { if case .key(let h, _) = slot { hash ^= shuffle(UInt(bitPattern: h)) } }
        hash ^= (UInt(count) &+ 1) &* 1927868237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907133923
        if hash == UInt.max { hash = 590923713 }
        return Int(bitPattern: hash)
    }

    /// Removes and returns an arbitrary key, scanning from the "finger" as CPython's set_pop does.
    public func popArbitrary() -> Value? {
        if count == 0 { return nil }
        let mask = self.mask
        var j = finger & mask
        while true {
            if case .key(_, let k) = table[j] {
                table[j] = .dummy
                count -= 1
                version &+= 1
                finger = j + 1
                return k
            }
            j = j == mask ? 0 : j + 1
        }
    }

    /// Rebuilds the table with room for `minimumUsed` keys, inserting live keys in table order.
    func resize(minimumUsed: Int) {
        var size = PySet.minimumSize
        while size <= minimumUsed { size <<= 1 }
        let old = table
        table = PySet.emptyTable(size)
        fill = count
        for slot in old {
            if case .key(let h, let k) = slot { insertClean(k, hash: h) }
        }
        version &+= 1
    }

    /// Inserts a key known to be absent into a table without dummies.
    func insertClean(_ key: Value, hash: Int) {
        let mask = self.mask
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            var j = i
            while true {
                if case .empty = table[j] {
                    table[j] = .key(hash: hash, key)
                    return
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= UInt(PySet.perturbShift)
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    /// Adds every key of another set, as CPython's set_merge does (same table order).
    func merge(_ other: PySet, vm: Interpreter) throws(PyError) {
        if other === self || other.count == 0 { return }
        if (fill + other.count) * 5 >= mask * 3 { resize(minimumUsed: (count + other.count) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.count {
            table = other.table
            count = other.count
            fill = other.count
            version &+= 1
            return
        }
        if fill == 0 {
            for slot in other.table {
                if case .key(let h, let k) = slot { insertClean(k, hash: h) }
            }
            count = other.count
            fill = other.count
            version &+= 1
            return
        }
        for slot in other.table {
            if case .key(let h, let k) = slot { try add(k, hash: h, vm: vm) }
        }
    }

    /// Exchanges contents with another set (CPython's set_swap_bodies, for in-place operators).
    func swapContents(with other: PySet) {
        swap(&table, &other.table)
        swap(&count, &other.count)
        swap(&fill, &other.fill)
        version &+= 1
        other.version &+= 1
    }

    /// Resizes away deleted slots when more than a quarter of the table is dummies.
    func compactIfSparse() {
        if fill - count <= mask / 4 { return }
        resize(minimumUsed: count > 50000 ? count * 2 : count * 4)
    }

    /// Live keys in iteration (table) order.
    public var elements: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for slot in table { if case .key(_, let k) = slot { out.append(k) } }
        return out
    }

    /// Live keys with their hashes, in table order.
    var entriesWithHashes: [(Int, Value)] {
        var out: [(Int, Value)] = []
        out.reserveCapacity(count)
        for slot in table { if case .key(let h, let k) = slot { out.append((h, k)) } }
        return out
    }

    public func removeAll() {
        table = PySet.emptyTable(PySet.minimumSize)
        count = 0
        fill = 0
        version &+= 1
    }
}
