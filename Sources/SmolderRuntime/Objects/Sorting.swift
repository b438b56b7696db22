/// `list.sort` and `sorted`: a stable timsort-style sort (natural runs extended by binary insertion,
/// then stable merges). For short lists the sequence of comparisons is exactly CPython's, so errors
/// from mixed types name the same operand order.
extension Interpreter {
    /// Stable sort with an optional key function (list.sort, sorted, dir). Keys are computed once;
    /// `reverse` keeps stability as CPython does (reverse, stable sort, reverse).
    func sortValues(_ items: inout [Value], key: Value?, reverse: Bool) throws(PyError) {
        var buffer = ContiguousArray(items)
        try sortValues(&buffer, key: key, reverse: reverse)
        items = Array(buffer)
    }

    /// The in-place form used by `list.sort`. On error, `items` keeps a permutation of its values.
    func sortValues(_ items: inout ContiguousArray<Value>, key: Value?, reverse: Bool) throws(PyError) {
        if items.count < 2 { return }
        if let key, !key.isNone {
            var keys = ContiguousArray<Value>()
            keys.reserveCapacity(items.count)
            for item in items { keys.append(try call(key, [item])) }
            if reverse {
                keys.reverse()
                items.reverse()
            }
            if let intKeys = Interpreter.machineInts(keys) {
                // Ints are totally ordered and cannot raise: sort (key, position) pairs, which is stable.
                var pairs = ContiguousArray(zip(intKeys, 0..<items.count))
                pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
                items = ContiguousArray(pairs.map { items[$0.1] })
                if reverse { items.reverse() }
                return
            }
            // Sort positions by key, then permute the values.
            var order = ContiguousArray(0..<items.count)
            let less = comparator(for: keys)
            do throws(PyError) {
                try Interpreter.timsort(&order) { (a: Int, b: Int) throws(PyError) -> Bool in try less(keys[a], keys[b]) }
            } catch {
                items = ContiguousArray(order.map { items[$0] })
                if reverse { items.reverse() }
                throw error
            }
            items = ContiguousArray(order.map { items[$0] })
            if reverse { items.reverse() }
            return
        }
        if var ints = Interpreter.machineInts(items) {
            // Equal ints are indistinguishable, so an unstable sort of the raw values is exact.
            ints.sort()
            if reverse { ints.reverse() }
            for i in ints.indices { items[i] = .int(ints[i]) }
            return
        }
        if reverse { items.reverse() }
        defer { if reverse { items.reverse() } }
        let less = comparator(for: items)
        try Interpreter.timsort(&items, less)
    }

    /// The values as machine ints when every one is an exact small int.
    static func machineInts(_ values: ContiguousArray<Value>) -> ContiguousArray<Int>? {
        var out = ContiguousArray<Int>()
        out.reserveCapacity(values.count)
        for v in values {
            guard case .int(let i) = v else { return nil }
            out.append(i)
        }
        return out
    }

    /// A `<` for the values to sort, specialised when they are all exact ints, floats or strs
    /// (the same shortcut CPython takes; results are identical to the generic comparison).
    private func comparator(for values: ContiguousArray<Value>) -> (Value, Value) throws(PyError) -> Bool {
        var allInts = true, allFloats = true, allStrs = true
        for v in values {
            switch v {
            case .int: allFloats = false; allStrs = false
            case .float: allInts = false; allStrs = false
            case .object(let o) where o.kind == .str && o.cls == nil: allInts = false; allFloats = false
            default: allInts = false; allFloats = false; allStrs = false
            }
            if !allInts && !allFloats && !allStrs { break }
        }
        if allInts {
            return { (a: Value, b: Value) throws(PyError) -> Bool in
                if case .int(let x) = a, case .int(let y) = b { return x < y }
                return false
            }
        }
        if allFloats {
            return { (a: Value, b: Value) throws(PyError) -> Bool in
                if case .float(let x) = a, case .float(let y) = b { return x < y }
                return false
            }
        }
        if allStrs {
            return { (a: Value, b: Value) throws(PyError) -> Bool in
                guard case .object(let x) = a, case .object(let y) = b else { return false }
                return unsafeDowncast(x, to: PyStr.self).compare(unsafeDowncast(y, to: PyStr.self)) < 0
            }
        }
        return { [unowned self] (a: Value, b: Value) throws(PyError) -> Bool in try self.lessThan(a, b) }
    }

    /// Stable sort of `a` by `less`. Runs are found and extended as CPython's timsort does
    /// (count_run, then binary insertion up to minrun), then merged pairwise.
    static func timsort<T>(_ a: inout ContiguousArray<T>, _ less: (T, T) throws(PyError) -> Bool) throws(PyError) {
        let n = a.count
        if n < 2 { return }
        var minRun = n, r = 0
        while minRun >= 64 {
            r |= minRun & 1
            minRun >>= 1
        }
        minRun += r
        var runs: [(start: Int, length: Int)] = []
        var lo = 0
        while lo < n {
            var length = try countRun(&a, lo, n, less)
            if length < minRun {
                let forced = min(minRun, n - lo)
                try binaryInsertionSort(&a, lo, lo + forced, lo + length, less)
                length = forced
            }
            runs.append((lo, length))
            lo += length
        }
        if runs.count == 1 { return }
        var scratch = ContiguousArray<T>()
        scratch.reserveCapacity(n / 2 + 1)
        while runs.count > 1 {
            var merged: [(start: Int, length: Int)] = []
            merged.reserveCapacity(runs.count / 2 + 1)
            var i = 0
            while i + 1 < runs.count {
                let left = runs[i], right = runs[i + 1]
                try mergeRuns(&a, left.start, left.length, right.length, &scratch, less)
                merged.append((left.start, left.length + right.length))
                i += 2
            }
            if i < runs.count { merged.append(runs[i]) }
            runs = merged
        }
    }

    /// Length of the run starting at `lo`; a strictly descending run is reversed in place.
    private static func countRun<T>(_ a: inout ContiguousArray<T>, _ lo: Int, _ hi: Int,
                                    _ less: (T, T) throws(PyError) -> Bool) throws(PyError) -> Int {
        if lo + 1 == hi { return 1 }
        var i = lo + 1
        if try less(a[i], a[i - 1]) {
            i += 1
            while i < hi, try less(a[i], a[i - 1]) { i += 1 }
            a[lo..<i].reverse()
        } else {
            i += 1
            while i < hi, !(try less(a[i], a[i - 1])) { i += 1 }
        }
        return i - lo
    }

    /// Sorts `a[lo..<hi]` given that `a[lo..<start]` is already sorted.
    private static func binaryInsertionSort<T>(_ a: inout ContiguousArray<T>, _ lo: Int, _ hi: Int, _ start: Int,
                                               _ less: (T, T) throws(PyError) -> Bool) throws(PyError) {
        var s = start == lo ? start + 1 : start
        while s < hi {
            let pivot = a[s]
            var l = lo, r = s
            while l < r {
                let p = l + (r - l) >> 1
                if try less(pivot, a[p]) { r = p } else { l = p + 1 }
            }
            var p = s
            while p > l {
                a[p] = a[p - 1]
                p -= 1
            }
            a[l] = pivot
            s += 1
        }
    }

    /// Merges the adjacent sorted runs `a[lo..<lo+n1]` and `a[lo+n1..<lo+n1+n2]` stably. If `less`
    /// throws, `a` still holds every element exactly once.
    private static func mergeRuns<T>(_ a: inout ContiguousArray<T>, _ lo: Int, _ n1: Int, _ n2: Int,
                                     _ scratch: inout ContiguousArray<T>,
                                     _ less: (T, T) throws(PyError) -> Bool) throws(PyError) {
        // Skip the prefix of the left run that is already in place.
        let mid = lo + n1, end = mid + n2
        if !(try less(a[mid], a[mid - 1])) { return }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: a[lo..<mid])
        var i = 0, j = mid, k = lo
        do throws(PyError) {
            while i < scratch.count && j < end {
                if try less(a[j], scratch[i]) {
                    a[k] = a[j]
                    j += 1
                } else {
                    a[k] = scratch[i]
                    i += 1
                }
                k += 1
            }
        } catch {
            while i < scratch.count {
                a[k] = scratch[i]
                i += 1
                k += 1
            }
            throw error
        }
        while i < scratch.count {
            a[k] = scratch[i]
            i += 1
            k += 1
        }
    }
}
