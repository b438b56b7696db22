/// A builtin iterator. The common sources get their own cases so `for` loops over lists, tuples and
/// ranges never allocate per step; everything else is a Swift closure.
public final class PyIterator: PyObject {
    public enum Source {
        case list(PyList)
        case tuple(PyTuple)
        case range(current: Int, stop: Int, step: Int)
        case str(PyStr)
        /// Old-style iteration through `__getitem__` with 0, 1, 2, ...
        case sequence(Value)
        case native((Interpreter) throws(PyError) -> Value?)
        case exhausted
    }

    var source: Source
    var index = 0

    public init(_ source: Source, cls: PyType? = nil) {
        self.source = source
        super.init(kind: .iterator, cls: cls)
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
                if let s = r.small { return .object(PyIterator(.range(current: s.start, stop: s.stop, step: s.step))) }
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
        case .range(let current, let stop, let step):
            if step > 0 ? current < stop : current > stop {
                let (next, overflow) = current.addingReportingOverflow(step)
                it.source = overflow ? .exhausted : .range(current: next, stop: stop, step: step)
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
