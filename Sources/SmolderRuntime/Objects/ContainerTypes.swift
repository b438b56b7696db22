/// list, tuple, dict, set, frozenset, range, slice, bytes. (Minimal first slice.)
extension Interpreter {
    func installContainerTypes() {
        types.list.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let l = o as? PyList else { return Value("[]") }
            return Value(try vm.withReprGuard(l, recursive: "[...]") { () throws(PyError) -> String in
                var parts: [String] = []
                for item in l.items { parts.append(try vm.repr(item)) }
                return "[" + parts.joined(separator: ", ") + "]"
            })
        }
        types.list.define("append") { (vm, args, _) throws(PyError) -> Value in
            guard args.count == 2, case .object(let o) = args[0], let l = o as? PyList else {
                throw vm.typeError("list.append() takes exactly one argument (\(max(0, args.count - 1)) given)")
            }
            l.items.append(args[1])
            return .none
        }
        types.tuple.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let t = o as? PyTuple else { return Value("()") }
            var parts: [String] = []
            for item in t.items { parts.append(try vm.repr(item)) }
            return Value("(" + parts.joined(separator: ", ") + (parts.count == 1 ? ",)" : ")"))
        }
        types.dict.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, let d = o as? PyDict else { return Value("{}") }
            var parts: [String] = []
            for e in d.liveEntries { parts.append("\(try vm.repr(e.key)): \(try vm.repr(e.value))") }
            return Value("{" + parts.joined(separator: ", ") + "}")
        }
    }

    /// Stable sort with an optional key function (list.sort, sorted).
    func sortValues(_ items: inout [Value], key: Value?, reverse: Bool) throws(PyError) {
        var keyed: [(Value, Value)] = []
        for item in items { keyed.append((key.map { _ in item } ?? item, item)) }
        if let key { for i in keyed.indices { keyed[i].0 = try call(key, [keyed[i].1]) } }
        // Insertion sort placeholder (stable).
        for i in 1..<max(1, keyed.count) {
            var j = i
            while j > 0 {
                let less = reverse ? try lessThan(keyed[j - 1].0, keyed[j].0) : try lessThan(keyed[j].0, keyed[j - 1].0)
                if !less { break }
                keyed.swapAt(j, j - 1)
                j -= 1
            }
        }
        items = keyed.map { $0.1 }
    }
}
