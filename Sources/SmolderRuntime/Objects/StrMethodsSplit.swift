/// str splitting and stripping: split, rsplit, splitlines, strip, lstrip, rstrip.
extension Interpreter {
    func installStrSplitMethods() {
        let str = types.str
        for (name, fromRight) in [("split", false), ("rsplit", true)] {
            str.define(name) { (vm, args, kw) throws(PyError) -> Value in
                let (s, slots) = try vm.strKeywordArgs(args, kw, name, ["sep", "maxsplit"])
                let maxsplit = try slots[1].map { (v) throws(PyError) -> Int in try vm.sizeArgument(v) } ?? -1
                var parts: [String]
                if let sepValue = slots[0], !sepValue.isNone {
                    guard let sep = vm.strObject(sepValue) else {
                        throw vm.typeError("must be str or None, not \(vm.typeName(sepValue))")
                    }
                    if sep.count == 0 { throw vm.valueError("empty separator") }
                    parts = fromRight ? StrText.rsplit(s.value, sep.value, maxsplit)
                        : StrText.split(s.value, sep.value, maxsplit)
                } else {
                    parts = fromRight ? StrText.rsplitWhitespace(s.value, maxsplit)
                        : StrText.splitWhitespace(s.value, maxsplit)
                }
                return .object(PyList(parts.map { Value($0) }))
            }
        }
        str.define("splitlines") { (vm, args, kw) throws(PyError) -> Value in
            let (s, slots) = try vm.strKeywordArgs(args, kw, "splitlines", ["keepends"])
            var keep = false
            if let k = slots[0] { keep = try vm.sizeArgument(k) != 0 }
            return .object(PyList(StrText.splitLines(s.value, keepEnds: keep).map { Value($0) }))
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            str.define(name) { (vm, args, kw) throws(PyError) -> Value in
                let s = try vm.strSelf(args, kw, name, .clinic(0, 1))
                var chars: Set<UInt32>?
                if args.count > 1 && !args[1].isNone {
                    guard let c = vm.strObject(args[1]) else { throw vm.typeError("\(name) arg must be None or str") }
                    chars = Set(c.value.unicodeScalars.map { $0.value })
                }
                let r = StrText.strip(s.value, chars, left: left, right: right)
                if s.cls == nil && r.utf8.count == s.value.utf8.count { return args[0] }
                return Value(r)
            }
        }
    }
}
