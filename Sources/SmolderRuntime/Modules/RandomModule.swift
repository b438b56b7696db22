import BigInt
import Glibc

/// One `_random.Random` generator: the Mersenne Twister (MT19937) state, 624 words and the position
/// of the next word to hand out. `Random` in Modules/random.py subclasses it and adds everything else.
final class PyRandom: PyObject {
    static let wordCount = 624
    private static let shiftDistance = 397
    private static let matrixA: UInt32 = 0x9908_B0DF
    private static let upperBit: UInt32 = 0x8000_0000
    private static let lowerBits: UInt32 = 0x7FFF_FFFF

    /// The state words; allocated once with the object and never resized.
    let words: UnsafeMutablePointer<UInt32>
    /// The next word to temper, in 0...624 (624: the block is used up and must be regenerated).
    var position: Int

    /// A generator with an all-zero state, as `_random.Random.__new__` makes before seeding.
    init(cls: PyType) {
        words = .allocate(capacity: PyRandom.wordCount)
        words.initialize(repeating: 0, count: PyRandom.wordCount)
        position = 0
        super.init(kind: .other, cls: cls)
    }

    deinit {
        words.deallocate()
    }

    /// Regenerates the whole block of 624 words in place.
    private func regenerate() {
        let n = PyRandom.wordCount
        let m = PyRandom.shiftDistance
        @inline(__always)
        func mixed(_ i: Int, _ next: Int, _ far: Int) -> UInt32 {
            let y = (words[i] & PyRandom.upperBit) | (words[next] & PyRandom.lowerBits)
            return words[far] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : PyRandom.matrixA)
        }
        // The word `m` places ahead, wrapping round to the start (already regenerated) past the end.
        for i in 0..<(n - m) { words[i] = mixed(i, i + 1, i + m) }
        for i in (n - m)..<(n - 1) { words[i] = mixed(i, i + 1, i + m - n) }
        words[n - 1] = mixed(n - 1, 0, m - 1)
        position = 0
    }

    /// The next 32-bit output.
    @inline(__always)
    func next() -> UInt32 {
        if position >= PyRandom.wordCount { regenerate() }
        var y = words[position]
        position &+= 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// A float in [0, 1) with 53 random bits: 27 bits from one output and 26 from the next.
    @inline(__always)
    func nextDouble() -> Double {
        let high = Double(next() >> 5)
        let low = Double(next() >> 6)
        return (high * 67_108_864.0 + low) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// Fills the state from a single 32-bit number (the generator's basic seeding).
    private func fill(from seed: UInt32) {
        words[0] = seed
        for i in 1..<PyRandom.wordCount {
            let previous = words[i - 1]
            words[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(truncatingIfNeeded: i)
        }
        position = PyRandom.wordCount
    }

    /// Seeds from a key of any length (at least one word), mixing every key word into the state.
    func seed(key: UnsafeBufferPointer<UInt32>) {
        let n = PyRandom.wordCount
        fill(from: 19_650_218)
        var i = 1
        var j = 0
        for _ in 0..<max(n, key.count) {
            let previous = words[i - 1]
            words[i] = (words[i] ^ ((previous ^ (previous >> 30)) &* 1_664_525))
                &+ key[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1
            j += 1
            if i >= n {
                words[0] = words[n - 1]
                i = 1
            }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            let previous = words[i - 1]
            words[i] = (words[i] ^ ((previous ^ (previous >> 30)) &* 1_566_083_941)) &- UInt32(truncatingIfNeeded: i)
            i += 1
            if i >= n {
                words[0] = words[n - 1]
                i = 1
            }
        }
        // The top bit set guarantees a non-zero state.
        words[0] = 0x8000_0000
        position = n
    }

    /// Seeds from an unsigned number given as 64-bit words, least significant first: it is cut into
    /// 32-bit key words the same way, leaving out zero words at the top (zero itself is the key [0]).
    func seed(magnitude: some Collection<UInt>) {
        var key: [UInt32] = []
        key.reserveCapacity(2 * magnitude.count)
        for w in magnitude {
            key.append(UInt32(truncatingIfNeeded: w))
            key.append(UInt32(truncatingIfNeeded: w >> 32))
        }
        while key.count > 1, key.last == 0 { key.removeLast() }
        if key.isEmpty { key.append(0) }
        key.withUnsafeBufferPointer { seed(key: $0) }
    }
}

extension Interpreter {
    /// The native `_random` module: the `Random` type with the generator's core methods.
    func makeRandomModule() -> PyModule {
        let m = PyModule(name: "_random")
        m.namespace.setString(intern("__doc__"), Value("Module implements the Mersenne Twister random number generator."))
        m.namespace.setString(intern("Random"), .object(makeRandomType()))
        return m
    }

    private func makeRandomType() -> PyType {
        let t = PyType(name: "Random", qualname: "Random", bases: [types.object], metaclass: nil,
                       isHeapType: false, instanceKind: .other)
        t.mro = [t, types.object]
        t.instancesHaveDict = false
        t.setAttribute("__module__", Value("_random"))
        t.setAttribute("__doc__", Value("Random() -> create a random number generator with its own internal state."))
        t.defineStatic("__new__") { (vm, args, _) throws(PyError) -> Value in
            // Any arguments: they are for __init__ (the Python subclass's takes its own).
            guard let first = args.first else { throw vm.typeError("_random.Random.__new__(): not enough arguments") }
            guard case .object(let co) = first, let cls = co as? PyType else {
                throw vm.typeError("_random.Random.__new__(X): X is not a type object (\(vm.typeName(first)))")
            }
            guard cls.isSubtype(of: t) else {
                throw vm.typeError("_random.Random.__new__(\(cls.name)): \(cls.name) is not a subtype of _random.Random")
            }
            return .object(PyRandom(cls: cls))
        }
        t.define("__init__") { (vm, args, kw) throws(PyError) -> Value in
            let r = try vm.randomReceiver(args, "__init__")
            if let kw, !kw.isEmpty { throw vm.typeError("Random() takes no keyword arguments") }
            if args.count > 2 { throw vm.typeError("Random() requires 0 or 1 argument") }
            try vm.seedRandom(r, args.count > 1 ? args[1] : .none)
            return .none
        }
        t.define("random") { (vm, args, kw) throws(PyError) -> Value in
            let r = try vm.randomReceiver(args, "random")
            if args.count != 1 || !(kw?.isEmpty ?? true) {
                try vm.checkArgumentCount("Random.random", Array(args.dropFirst()), kw, min: 0, max: 0)
            }
            return .float(r.nextDouble())
        }
        t.define("getrandbits") { (vm, args, kw) throws(PyError) -> Value in
            let r = try vm.randomReceiver(args, "getrandbits")
            if args.count != 2 || !(kw?.isEmpty ?? true) {
                try vm.checkArgumentCount("Random.getrandbits", Array(args.dropFirst()), kw, min: 1, max: 1)
            }
            return try vm.randomBits(r, try vm.cIntArgument(args[1]))
        }
        t.define("seed") { (vm, args, kw) throws(PyError) -> Value in
            let r = try vm.randomReceiver(args, "seed")
            if let kw, !kw.isEmpty { throw vm.typeError("Random.seed() takes no keyword arguments") }
            if args.count > 2 { throw vm.typeError("seed expected at most 1 argument, got \(args.count - 1)") }
            try vm.seedRandom(r, args.count > 1 ? args[1] : .none)
            return .none
        }
        t.define("getstate") { (vm, args, kw) throws(PyError) -> Value in
            let r = try vm.randomReceiver(args, "getstate")
            try vm.checkArgumentCount("Random.getstate", Array(args.dropFirst()), kw, min: 0, max: 0)
            var items = ContiguousArray<Value>()
            items.reserveCapacity(PyRandom.wordCount + 1)
            for i in 0..<PyRandom.wordCount { items.append(.int(Int(r.words[i]))) }
            items.append(.int(r.position))
            return .object(PyTuple(items))
        }
        t.define("setstate") { (vm, args, kw) throws(PyError) -> Value in
            let r = try vm.randomReceiver(args, "setstate")
            try vm.checkArgumentCount("Random.setstate", Array(args.dropFirst()), kw, min: 1, max: 1)
            try vm.restoreRandomState(r, args[1])
            return .none
        }
        return t
    }

    /// `self` of a `_random.Random` method, with CPython's descriptor errors.
    @inline(__always)
    private func randomReceiver(_ args: [Value], _ method: String) throws(PyError) -> PyRandom {
        // PyRandom is final, so comparing the Swift class is an exact and cheap test.
        if case .object(let o)? = args.first, type(of: o) == PyRandom.self { return unsafeDowncast(o, to: PyRandom.self) }
        guard let first = args.first else { throw typeError("unbound method Random.\(method)() needs an argument") }
        throw typeError("descriptor '\(method)' for '_random.Random' objects doesn't apply to a '\(typeName(first))' object")
    }

    /// An argument converted as a C `int` (`__index__` honoured), with CPython's OverflowError.
    private func cIntArgument(_ v: Value) throws(PyError) -> Int {
        if case .int(let i) = v, i >= Int(Int32.min), i <= Int(Int32.max) { return i }
        let b = try indexInteger(v)
        guard let i = Int32(exactly: b) else { throw overflowError("Python int too large to convert to C int") }
        return Int(i)
    }

    /// `getrandbits(k)`: outputs fill the result 32 bits at a time from the least significant end; the
    /// last one drops its low bits when fewer than 32 are still wanted.
    private func randomBits(_ r: PyRandom, _ count: Int) throws(PyError) -> Value {
        if count < 0 { throw valueError("number of bits must be non-negative") }
        if count == 0 { return .int(0) }
        if count <= 32 { return .int(Int(r.next() >> UInt32(32 - count))) }
        if count <= 64 {
            let low = UInt64(r.next())
            var high = UInt64(r.next())
            if count < 64 { high >>= UInt64(64 - count) }
            let value = low | (high << 32)
            if let i = Int(exactly: value) { return .int(i) }
            return .integer(BigInt(value))
        }
        var words: [UInt] = []
        words.reserveCapacity((count + 63) / 64)
        var remaining = count
        var half = 0
        while remaining > 0 {
            var output = UInt(r.next())
            if remaining < 32 { output >>= UInt(32 - remaining) }
            if half == 0 {
                words.append(output)
            } else {
                words[words.count - 1] |= output << 32
            }
            half ^= 1
            remaining -= 32
        }
        return .integer(BigInt(sign: .plus, magnitude: BigUInt(words: words)))
    }

    /// `_random.Random.seed(n)`: an int seeds by its absolute value, None from the clocks and the
    /// process id, anything else by its hash taken as an unsigned 64-bit number.
    private func seedRandom(_ r: PyRandom, _ n: Value) throws(PyError) {
        switch n {
        case .none:
            r.seed(magnitude: entropyWords(for: r))
        case .int(let i):
            r.seed(magnitude: CollectionOfOne(i.magnitude))
        case .bool(let b):
            r.seed(magnitude: CollectionOfOne(UInt(b ? 1 : 0)))
        default:
            if let b = bigInt(n) {
                r.seed(magnitude: b.magnitude.words)
            } else {
                r.seed(magnitude: CollectionOfOne(UInt(bitPattern: try hash(n))))
            }
        }
    }

    /// Seed material for `seed(None)`: wall clock, monotonic clock, process id and the generator's
    /// address (so generators made in the same instant still differ).
    private func entropyWords(for r: PyRandom) -> [UInt] {
        func nanoseconds(_ clock: clockid_t) -> UInt {
            var ts = timespec()
            clock_gettime(clock, &ts)
            return UInt(bitPattern: ts.tv_sec) &* 1_000_000_000 &+ UInt(bitPattern: ts.tv_nsec)
        }
        let address = UInt(bitPattern: ObjectIdentifier(r).hashValue)
        return [nanoseconds(CLOCK_REALTIME), UInt(truncatingIfNeeded: getpid()), nanoseconds(CLOCK_MONOTONIC), address]
    }

    /// `_random.Random.setstate(state)`: a tuple of 624 words and a position, checked as CPython
    /// checks it; nothing changes unless all of it is valid.
    private func restoreRandomState(_ r: PyRandom, _ state: Value) throws(PyError) {
        guard case .object(let o) = state, o.kind == .tuple else { throw typeError("state vector must be a tuple") }
        let items = unsafeDowncast(o, to: PyTuple.self).items
        guard items.count == PyRandom.wordCount + 1 else { throw valueError("state vector is the wrong size") }
        var words = [UInt32](repeating: 0, count: PyRandom.wordCount)
        for i in 0..<PyRandom.wordCount { words[i] = try stateWord(items[i]) }
        let position: Int
        switch items[PyRandom.wordCount] {
        case .int(let i): position = i
        case let v:
            // A C long: __index__ honoured.
            guard let i = Int(exactly: try indexInteger(v)) else {
                throw overflowError("Python int too large to convert to C long")
            }
            position = i
        }
        guard position >= 0 && position <= PyRandom.wordCount else { throw valueError("invalid state") }
        for i in 0..<PyRandom.wordCount { r.words[i] = words[i] }
        r.position = position
    }

    /// One state word: any int in the range of a C unsigned long (no `__index__`), cut to 32 bits.
    private func stateWord(_ v: Value) throws(PyError) -> UInt32 {
        if case .int(let i) = v, i >= 0 { return UInt32(truncatingIfNeeded: i) }
        guard let b = bigInt(v) else { throw typeError("an integer is required") }
        if b < 0 { throw overflowError("can't convert negative value to unsigned int") }
        guard let u = UInt64(exactly: b) else { throw overflowError("Python int too large to convert to C unsigned long") }
        return UInt32(truncatingIfNeeded: u)
    }
}
