/// `exit` and `quit`, which CPython's `site` module adds to builtins: objects whose repr tells how
/// to leave and whose call raises SystemExit. Native, so start-up compiles no Python for them.
extension Interpreter {
    func installQuitterBuiltins() {
        let quitter = PyType(name: "Quitter", qualname: "Quitter", bases: [types.object], metaclass: nil,
                             isHeapType: false, instanceKind: .other)
        quitter.mro = [quitter, types.object]
        quitter.isBaseType = false
        quitter.setAttribute("__module__", Value("_sitebuiltins"))
        let namesByObject = PyDict()
        quitter.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            let name = try vm.quitterName(args, namesByObject)
            return Value("Use \(name)() or Ctrl-D (i.e. EOF) to exit")
        }
        quitter.define("__call__") { (vm, args, kw) throws(PyError) -> Value in
            let name = try vm.quitterName(args, namesByObject)
            try vm.checkArgumentCount(name, Array(args.dropFirst()), kw, min: 0, max: 1)
            // CPython closes sys.stdin first; flushing is what matters here.
            throw PyError(vm.makeException(vm.exceptions.SystemExit, args.count > 1 ? [args[1]] : []))
        }
        for name in ["exit", "quit"] {
            let object = PyPlainObject(cls: quitter)
            namesByObject.setString(intern(name), .object(object))
            builtins.setString(intern(name), .object(object))
        }
    }

    private func quitterName(_ args: [Value], _ namesByObject: PyDict) throws(PyError) -> String {
        guard let me = args.first else { throw typeError("Quitter needs an instance") }
        for e in namesByObject.liveEntries where e.value.isIdentical(to: me) {
            return strObject(e.key)?.value ?? "exit"
        }
        return "exit"
    }
}
