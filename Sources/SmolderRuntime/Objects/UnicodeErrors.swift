/// UnicodeDecodeError and UnicodeEncodeError: arguments `(encoding, object, start, end, reason)`
/// exposed as attributes, and CPython's messages built from them.
extension Interpreter {
    func unicodeDecodeError(_ encoding: String, _ bytes: [UInt8], start: Int, end: Int, reason: String) -> PyError {
        PyError(makeException(exceptions.UnicodeDecodeError,
                              [Value(encoding), .object(PyBytes(bytes)), .int(start), .int(end), Value(reason)]))
    }

    func unicodeEncodeError(_ encoding: String, _ text: String, start: Int, end: Int, reason: String) -> PyError {
        PyError(makeException(exceptions.UnicodeEncodeError,
                              [Value(encoding), Value(text), .int(start), .int(end), Value(reason)]))
    }

    func installUnicodeErrorTypes() {
        for (type, isDecode) in [(exceptions.UnicodeDecodeError, true), (exceptions.UnicodeEncodeError, false)] {
            for (i, name) in ["encoding", "object", "start", "end", "reason"].enumerated() {
                type.defineProperty(name) { (vm, v) throws(PyError) -> Value in
                    guard let e = v.asObject as? PyBaseException, i < e.args.items.count else { return .none }
                    return e.args.items[i]
                }
            }
            type.define("__str__") { (vm, args, _) throws(PyError) -> Value in
                guard case .object(let o)? = args.first, let e = o as? PyBaseException else { return Value("") }
                let items = e.args.items
                guard items.count == 5, let encoding = vm.strObject(items[0]), case .int(let start) = items[2],
                      case .int(let end) = items[3], let reason = vm.strObject(items[4]) else {
                    return Value(items.count == 1 ? try vm.str(items[0]) : (items.isEmpty ? "" : try vm.repr(.object(e.args))))
                }
                if isDecode {
                    if end - start == 1, case .object(let bo) = items[1], let bytes = bo as? PyBytes, start >= 0, start < bytes.bytes.count {
                        let byte = StringRepr.hex(UInt32(bytes.bytes[start]), 2)
                        return Value("'\(encoding.value)' codec can't decode byte 0x\(byte) in position \(start): \(reason.value)")
                    }
                    return Value("'\(encoding.value)' codec can't decode bytes in position \(start)-\(end - 1): \(reason.value)")
                }
                if end - start == 1, let text = vm.strObject(items[1]), start >= 0, start < text.count {
                    let shown = StringRepr.escape(text.scalar(at: start))
                    return Value("'\(encoding.value)' codec can't encode character '\(shown)' in position \(start): \(reason.value)")
                }
                return Value("'\(encoding.value)' codec can't encode characters in position \(start)-\(end - 1): \(reason.value)")
            }
        }
    }
}
