/// The interactive echo of expression statements: `repr` of non-None results, bound to `_`.
extension Interpreter {
    func displayHook(_ v: Value) throws(PyError) {
        if let hook = sysModule?.namespace.lookupString(intern("displayhook")) {
            _ = try call(hook, [v])
            return
        }
        if v.isNone { return }
        builtins.setString(intern("_"), .none)
        let text = try repr(v)
        if let out = sysStream("stdout"), case .object(let o) = out, let stream = o as? PyTextStream, let output = stream.output {
            output.write(text + "\n")
        } else if let out = sysStream("stdout") {
            _ = try callMethod(out, "write", [Value(text + "\n")])
        }
        builtins.setString(intern("_"), v)
    }
}
