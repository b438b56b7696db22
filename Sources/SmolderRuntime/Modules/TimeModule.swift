import Foundation

/// The `time` module. (Minimal first slice.)
extension Interpreter {
    func makeTimeModule() -> PyModule {
        let m = PyModule(name: "time")
        defineFunction(in: m, "time") { (_, _, _) throws(PyError) -> Value in .float(Date().timeIntervalSince1970) }
        defineFunction(in: m, "perf_counter") { (_, _, _) throws(PyError) -> Value in
            var ts = timespec()
            clock_gettime(CLOCK_MONOTONIC, &ts)
            return .float(Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9)
        }
        return m
    }
}
