import BigInt

/// Builtins that consume an iterable: all, any, sum, min, max, sorted.
extension Interpreter {
    func installReductionBuiltins() {
        defineBuiltin("all") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("all", args, kw, min: 1, max: 1)
            let it = try vm.iterate(args[0])
            while let v = try vm.next(it) {
                if !(try vm.isTrue(v)) { return .bool(false) }
            }
            return .bool(true)
        }
        defineBuiltin("any") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("any", args, kw, min: 1, max: 1)
            let it = try vm.iterate(args[0])
            while let v = try vm.next(it) {
                if try vm.isTrue(v) { return .bool(true) }
            }
            return .bool(false)
        }
        defineBuiltin("sum") { (vm, args, kw) throws(PyError) -> Value in try vm.builtinSum(args, kw) }
        defineBuiltin("min") { (vm, args, kw) throws(PyError) -> Value in try vm.minMax("min", args, kw, .less) }
        defineBuiltin("max") { (vm, args, kw) throws(PyError) -> Value in try vm.minMax("max", args, kw, .greater) }
        defineBuiltin("sorted") { (vm, args, kw) throws(PyError) -> Value in
            guard args.count == 1 else { throw vm.typeError("sorted expected 1 argument, got \(args.count)") }
            try vm.checkKeywords("sort", kw, allowed: ["key", "reverse"])
            var key: Value?
            var reverse = false
            if let k = kw?["key"], !k.isNone { key = k }
            if let r = kw?["reverse"] {
                // CPython parses `reverse` as a C int.
                if case .float = r { throw vm.typeError("'float' object cannot be interpreted as an integer") }
                reverse = try vm.isTrue(.int(try vm.index(r)))
            }
            var items = try vm.collect(args[0])
            try vm.sortValues(&items, key: key, reverse: reverse)
            return .object(PyList(items))
        }
    }

    /// `sum(iterable, /, start=0)`, with CPython 3.11's machine-int and float fast paths (plain,
    /// uncompensated float addition, as 3.11 does).
    func builtinSum(_ args: [Value], _ kw: Keywords?) throws(PyError) -> Value {
        guard !args.isEmpty else { throw typeError("sum() takes at least 1 positional argument (0 given)") }
        let given = args.count + (kw?.names.count ?? 0)
        if given > 2 { throw typeError("sum() takes at most 2 arguments (\(given) given)") }
        try checkKeywords("sum", kw, allowed: ["start"])
        var result: Value = args.count == 2 ? args[1] : (kw?["start"] ?? .int(0))
        if case .object(let o) = result {
            switch o.kind {
            case .str: throw typeError("sum() can't sum strings [use ''.join(seq) instead]")
            case .bytes: throw typeError("sum() can't sum bytes [use b''.join(seq) instead]")
            case .bytearray: throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]")
            default: break
            }
        }
        let it = try iterate(args[0])
        // Machine ints while they fit.
        if case .int(var total) = result {
            while true {
                guard let item = try next(it) else { return .int(total) }
                var addend: Int?
                if case .int(let i) = item { addend = i } else if case .bool(let b) = item { addend = b ? 1 : 0 }
                if let addend {
                    let (s, overflow) = total.addingReportingOverflow(addend)
                    if !overflow { total = s; continue }
                }
                result = try binaryOp(.int(total), item, .add)
                break
            }
        }
        // Floats while the items are floats or machine ints.
        if case .float(var total) = result {
            while true {
                guard let item = try next(it) else { return .float(total) }
                switch item {
                case .float(let d): total += d; continue
                case .int(let i): total += Double(i); continue
                case .bool(let b): total += b ? 1 : 0; continue
                default: break
                }
                result = try binaryOp(.float(total), item, .add)
                break
            }
        }
        while let item = try next(it) { result = try binaryOp(result, item, .add) }
        return result
    }

    /// `min`/`max` over an iterable or several arguments, with `key=` and `default=`; the first
    /// extreme item wins.
    func minMax(_ name: String, _ args: [Value], _ kw: Keywords?, _ op: CompareOpArg) throws(PyError) -> Value {
        if args.isEmpty { throw typeError("\(name) expected at least 1 argument, got 0") }
        try checkKeywords(name, kw, allowed: ["key", "default"])
        var key = kw?["key"]
        if key?.isNone == true { key = nil }
        let defaultValue = kw?["default"]
        if defaultValue != nil && args.count > 1 {
            throw typeError("Cannot specify a default for \(name)() with multiple positional arguments")
        }
        var best: Value?
        var bestKey: Value = .none
        func consider(_ item: Value) throws(PyError) {
            var k = item
            if let key { k = try call(key, [item]) }
            if best == nil {
                best = item
                bestKey = k
            } else if try isTrue(try compare(k, bestKey, op)) {
                best = item
                bestKey = k
            }
        }
        if args.count == 1 {
            let it = try iterate(args[0])
            while let item = try next(it) { try consider(item) }
        } else {
            for item in args { try consider(item) }
        }
        if let best { return best }
        if let defaultValue { return defaultValue }
        throw valueError("\(name)() arg is an empty sequence")
    }
}

import SmolderCompiler
