/// A builtin iterator. The common sources get their own cases so `for` loops over lists, tuples and
/// ranges never allocate per step; everything else is a Swift closure.
public final class PyIterator: PyObject {
    public enum Source {
        case list(PyList)
        case tuple(PyTuple)
        /// Machine-int ranges: the state is in `rangeCurrent`, `rangeStop` and `rangeStep`.
        case range
        case str(PyStr)
        /// Old-style iteration through `__getitem__` with 0, 1, 2, ...
        case sequence(Value)
        case native((Interpreter) throws(PyError) -> Value?)
        case exhausted
    }

    var source: Source {
        didSet { if case .exhausted = source { shortcut = .none } }
    }
    var index = 0
    var rangeCurrent = 0
    var rangeStop = 0
    var rangeStep = 1
    /// Which of the interpreter loop's shortcuts applies (`nextInLoop`); `.none` once exhausted.
    private(set) var shortcut = Shortcut.none
    /// The list a `.list` source iterates, for the shortcut to read without a retain.
    private var listAddress: UnsafeMutableRawPointer?

    enum Shortcut: UInt8 { case none, list, range }

    public init(_ source: Source, cls: PyType? = nil) {
        self.source = source
        if case .list(let list) = source, cls == nil {
            listAddress = Unmanaged.passUnretained(list).toOpaque()
            shortcut = .list
        }
        super.init(kind: .iterator, cls: cls)
    }

    /// An iterator over `current, current + step, ...` up to `stop` (exclusive).
    public init(rangeFrom current: Int, to stop: Int, step: Int) {
        source = .range
        rangeCurrent = current
        rangeStop = stop
        rangeStep = step
        shortcut = .range
        super.init(kind: .iterator, cls: nil)
    }

    /// The next value for a `for` loop over a list or a range: `.some(nil)` when exhausted, nil when
    /// the iterator has no shortcut (the loop calls `nextBuiltin`). Reads the list without a retain.
    @inline(__always)
    func nextInLoop() -> Value?? {
        switch shortcut {
        case .range:
            let current = rangeCurrent
            guard rangeStep > 0 ? current < rangeStop : current > rangeStop else { return .some(nil) }
            let (next, overflow) = current.addingReportingOverflow(rangeStep)
            if overflow { source = .exhausted } else { rangeCurrent = next }
            return .some(.int(current))
        case .list:
            guard let listAddress else { return nil }
            let i = index
            let item = Unmanaged<PyList>.fromOpaque(listAddress)._withUnsafeGuaranteedRef { (list: PyList) -> Value? in
                i < list.items.count ? list.items[i] : nil
            }
            guard let item else {
                // Exhausted for good (as CPython's list iterator): the list is let go outside the borrow.
                source = .exhausted
                return .some(nil)
            }
            index = i + 1
            return .some(item)
        case .none:
            return nil
        }
    }
}

extension Interpreter {
    /// `iter(v)`.
    public func iterate(_ v: Value) throws(PyError) -> Value {
        if case .object(let o) = v, o.cls == nil {
            switch o.kind {
            case .list: return .object(PyIterator(.list(unsafeDowncast(o, to: PyList.self))))
            case .tuple: return .object(PyIterator(.tuple(unsafeDowncast(o, to: PyTuple.self))))
            case .str: return .object(PyIterator(.str(unsafeDowncast(o, to: PyStr.self))))
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                if let s = r.small { return .object(PyIterator(rangeFrom: s.start, to: s.stop, step: s.step)) }
            case .iterator, .generator: return v
            default: break
            }
        }
        let type = typeOf(v)
        if let method = type.lookupSpecial(names.dIter) {
            if method.isNone { throw typeError("'\(type.name)' object is not iterable") }
            let it = try callDescriptorMethod(method, on: v, [])
            guard typeOf(it).lookupSpecial(names.dNext) != nil || isBuiltinIterator(it) else {
                throw typeError("iter() returned non-iterator of type '\(typeName(it))'")
            }
            return it
        }
        if type.lookupSpecial(names.dGetitem) != nil {
            return .object(PyIterator(.sequence(v)))
        }
        throw typeError("'\(type.name)' object is not iterable")
    }

    func isBuiltinIterator(_ v: Value) -> Bool {
        if case .object(let o) = v { return o.kind == .iterator || o.kind == .generator }
        return false
    }

    /// `next(it)`, returning nil at the end instead of raising StopIteration.
    public func next(_ iterator: Value) throws(PyError) -> Value? {
        if case .object(let o) = iterator {
            if o.kind == .iterator { return try nextBuiltin(unsafeDowncast(o, to: PyIterator.self)) }
            if o.kind == .generator { return try unsafeDowncast(o, to: PyGenerator.self).next(self) }
        }
        guard let method = typeOf(iterator).lookupSpecial(names.dNext) else {
            throw typeError("'\(typeName(iterator))' object is not an iterator")
        }
        do throws(PyError) {
            return try callDescriptorMethod(method, on: iterator, [])
        } catch {
            if matches(error, exceptions.StopIteration) { return nil }
            throw error
        }
    }

    @inline(__always)
    func nextBuiltin(_ it: PyIterator) throws(PyError) -> Value? {
        switch it.source {
        case .list(let list):
            if it.index < list.items.count {
                let v = list.items[it.index]
                it.index += 1
                return v
            }
        case .range:
            let current = it.rangeCurrent, stop = it.rangeStop, step = it.rangeStep
            if step > 0 ? current < stop : current > stop {
                let (next, overflow) = current.addingReportingOverflow(step)
                if overflow { it.source = .exhausted } else { it.rangeCurrent = next }
                return .int(current)
            }
        case .tuple(let t):
            if it.index < t.items.count {
                let v = t.items[it.index]
                it.index += 1
                return v
            }
        case .str(let s):
            if it.index < s.count {
                let c = s.scalar(at: it.index)
                it.index += 1
                return Value(String(Character(c)))
            }
        case .sequence(let seq):
            do throws(PyError) {
                let v = try getItem(seq, .int(it.index))
                it.index += 1
                return v
            } catch {
                if matches(error, exceptions.IndexError) || matches(error, exceptions.StopIteration) {
                    it.source = .exhausted
                    return nil
                }
                throw error
            }
        case .native(let step):
            if let v = try step(self) { return v }
        case .exhausted:
            return nil
        }
        it.source = .exhausted
        return nil
    }

    /// Collects any iterable into an array.
    public func collect(_ iterable: Value) throws(PyError) -> [Value] {
        if case .object(let o) = iterable, o.cls == nil {
            if o.kind == .list { return Array(unsafeDowncast(o, to: PyList.self).items) }
            if o.kind == .tuple { return Array(unsafeDowncast(o, to: PyTuple.self).items) }
        }
        try checkMaterializable(iterable)
        let it = try iterate(iterable)
        var out: [Value] = []
        while let v = try next(it) { out.append(v) }
        return out
    }

    /// A native iterator object driven by a closure.
    public func makeIterator(_ step: @escaping (Interpreter) throws(PyError) -> Value?) -> Value {
        .object(PyIterator(.native(step)))
    }

    /// A native iterator whose type has CPython's name for it (`dict_keyiterator`, `set_iterator`, ...).
    public func makeIterator(named name: String, _ step: @escaping (Interpreter) throws(PyError) -> Value?) -> Value {
        .object(PyIterator(.native(step), cls: iteratorType(named: name)))
    }

    /// A builtin iterator subtype by name, made once.
    func iteratorType(named name: String) -> PyType {
        if let t = namedIteratorTypes[name] { return t }
        let t = PyType(name: name, bases: [types.iterator], metaclass: nil, isHeapType: false, instanceKind: .iterator)
        t.mro = [t, types.iterator, types.object]
        t.isBaseType = false
        namedIteratorTypes[name] = t
        return t
    }
}
