/// The exit half of the `atexit` module (Modules/atexit.py): the command line calls this once,
/// after the program and any interactive session have finished.
extension Interpreter {
    public func runAtexitHandlers() {
        guard case .object(let o)? = modules.lookupString(intern("atexit")), let module = o as? PyModule,
              let run = module.namespace.lookupString(intern("_run_exitfuncs")) else { return }
        do throws(PyError) {
            _ = try call(run, [])
        } catch {
            _ = handleUncaught(error.exception)
        }
        PyFile.flushAll()
        flushStandardStreams()
    }
}
