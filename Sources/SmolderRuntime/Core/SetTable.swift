/// The hash table behind `set` and `frozenset`, laid out as CPython's setobject.c lays it out
/// (linear probing in runs of 9, then perturbation; resize at 60% fill), so sets of ints iterate in
/// the same order as in CPython.
extension PySet {
    private static let linearProbes = 9
    private static let perturbShift = 5
    static let minimumSize = 8

    var mask: Int { table.count - 1 }

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
            while true {
                var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
                var j = i
                while true {
                    switch table[j] {
                    case .empty:
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
        try find(key, hash: try vm.hash(key), vm: vm) != nil
    }

    /// Removes a key; returns false when it was absent.
    @discardableResult
    public func discard(_ key: Value, vm: Interpreter) throws(PyError) -> Bool {
        guard let j = try find(key, hash: try vm.hash(key), vm: vm) else { return false }
        table[j] = .dummy
        count -= 1
        version &+= 1
        return true
    }

    /// Rebuilds the table with room for `minimumUsed` keys, inserting live keys in table order.
    func resize(minimumUsed: Int) {
        var size = PySet.minimumSize
        while size <= minimumUsed { size <<= 1 }
        let old = table
        table = ContiguousArray(repeating: .empty, count: size)
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
        if other.count == 0 { return }
        if (fill + other.count) * 5 >= mask * 3 { resize(minimumUsed: (count + other.count) * 2) }
        if count == 0 && fill == 0 && mask == other.mask {
            table = other.table
            // Dummies are not copied over as live keys.
            for (j, slot) in table.enumerated() { if case .dummy = slot { table[j] = .empty } }
            count = other.count
            fill = other.count
            version &+= 1
            return
        }
        for slot in other.table {
            if case .key(let h, let k) = slot { try add(k, hash: h, vm: vm) }
        }
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
        table = ContiguousArray(repeating: .empty, count: PySet.minimumSize)
        count = 0
        fill = 0
        version &+= 1
    }
}
