import BigInt
import Foundation
import Glibc

/// The `time` module: clocks, sleep, struct_time conversions (gmtime, localtime, mktime) and
/// formatting (strftime, asctime, ctime) through the C library, as CPython does.
extension Interpreter {
    func makeTimeModule() -> PyModule {
        let m = PyModule(name: "time")
        let structTime = makeStructTimeType()
        m.namespace.setString(intern("struct_time"), .object(structTime))
        installClocks(m)
        installCalendarFunctions(m, structTime)
        tzset()
        m.namespace.setString(intern("timezone"), .int(timezone))
        m.namespace.setString(intern("altzone"), .int(timezone - 3600))
        m.namespace.setString(intern("daylight"), .int(Int(daylight)))
        let names = withUnsafePointer(to: tzname) { p -> [String] in
            p.withMemoryRebound(to: UnsafeMutablePointer<CChar>?.self, capacity: 2) { q in
                [q[0].map { String(cString: $0) } ?? "UTC", q[1].map { String(cString: $0) } ?? "UTC"]
            }
        }
        m.namespace.setString(intern("tzname"), .object(PyTuple([Value(names[0]), Value(names[1])])))
        return m
    }

    private static func clock(_ id: clockid_t) -> (Int, Int) {
        var ts = timespec()
        clock_gettime(id, &ts)
        return (ts.tv_sec, ts.tv_nsec)
    }

    private func installClocks(_ m: PyModule) {
        let clocks: [(String, clockid_t)] = [
            ("time", CLOCK_REALTIME), ("perf_counter", CLOCK_MONOTONIC), ("monotonic", CLOCK_MONOTONIC),
            ("process_time", CLOCK_PROCESS_CPUTIME_ID), ("thread_time", CLOCK_THREAD_CPUTIME_ID),
        ]
        for (name, id) in clocks {
            defineFunction(in: m, name) { (vm, args, kw) throws(PyError) -> Value in
                try vm.checkArgumentCount(name, args, kw, min: 0, max: 0)
                let (s, ns) = Self.clock(id)
                return .float(Double(s) + Double(ns) * 1e-9)
            }
            defineFunction(in: m, name + "_ns") { (vm, args, kw) throws(PyError) -> Value in
                try vm.checkArgumentCount(name + "_ns", args, kw, min: 0, max: 0)
                let (s, ns) = Self.clock(id)
                return .integer(BigInt(s) * 1_000_000_000 + BigInt(ns))
            }
        }
        defineFunction(in: m, "sleep") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("sleep", args, kw, min: 1, max: 1)
            if vm.floatValue(args[0]) == nil && !vm.isIntLike(args[0]) {
                throw vm.typeError("'\(vm.typeName(args[0]))' object cannot be interpreted as an integer")
            }
            let seconds = try vm.doubleArgument(args[0])
            if seconds.isNaN { throw vm.valueError("Invalid value NaN (not a number)") }
            if seconds < 0 { throw vm.valueError("sleep length must be non-negative") }
            if seconds > 1e12 { throw vm.overflowError("timestamp too large to convert to C _PyTime_t") }
            var request = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - seconds.rounded(.down)) * 1e9))
            var remaining = timespec()
            // PEP 475: a signal ends the wait only if its handler raises (Ctrl-C: KeyboardInterrupt);
            // one that came just before the call counts too.
            try vm.raiseIfInterrupted()
            while nanosleep(&request, &remaining) != 0 && errno == EINTR {
                try vm.raiseIfInterrupted()
                request = remaining
            }
            return .none
        }
    }

    // MARK: struct_time

    private static let structFields = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                       "tm_wday", "tm_yday", "tm_isdst"]

    private func makeStructTimeType() -> PyType {
        let t = PyType(name: "struct_time", qualname: "struct_time", bases: [types.tuple], metaclass: nil,
                       isHeapType: false, instanceKind: .tuple)
        t.mro = [t, types.tuple, types.object]
        t.isBaseType = false
        t.setAttribute("__module__", Value("time"))
        t.setAttribute("n_sequence_fields", .int(9))
        t.setAttribute("n_fields", .int(11))
        for (i, field) in Self.structFields.enumerated() {
            t.defineProperty(field) { (vm, v) throws(PyError) -> Value in
                guard case .object(let o) = v, o.kind == .tuple else { throw vm.typeError("struct_time expected") }
                let items = unsafeDowncast(o, to: PyTuple.self).items
                return i < items.count ? items[i] : .none
            }
        }
        t.defineStatic("__new__") { (vm, args, kw) throws(PyError) -> Value in
            guard args.count == 2 else {
                throw vm.typeError("structseq() takes at most 2 arguments (\(args.count - 1) given)")
            }
            let items = try vm.collect(args[1])
            guard items.count >= 9 && items.count <= 11 else {
                throw vm.typeError("time.struct_time() takes an at least 9-sequence (\(items.count)-sequence given)")
            }
            let zone: Value = items.count > 9 ? items[9] : .none
            let offset: Value = items.count > 10 ? items[10] : .none
            return vm.makeStructTime(t, Array(items[0..<9]), zone: zone, offset: offset)
        }
        t.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, o.kind == .tuple else { throw vm.typeError("struct_time expected") }
            let items = unsafeDowncast(o, to: PyTuple.self).items
            var parts: [String] = []
            for (i, field) in Self.structFields.enumerated() where i < items.count {
                parts.append("\(field)=\(try vm.repr(items[i]))")
            }
            return Value("time.struct_time(" + parts.joined(separator: ", ") + ")")
        }
        t.define("__reduce__") { (vm, args, _) throws(PyError) -> Value in
            guard case .object(let o)? = args.first, o.kind == .tuple else { throw vm.typeError("struct_time expected") }
            return .object(PyTuple([.object(t), .object(PyTuple(unsafeDowncast(o, to: PyTuple.self).items))]))
        }
        return t
    }

    private func makeStructTime(_ type: PyType, _ items: [Value], zone: Value, offset: Value) -> Value {
        let st = PyTuple(ContiguousArray(items), cls: type)
        let extra = PyDict()
        extra.setString(intern("tm_zone"), zone)
        extra.setString(intern("tm_gmtoff"), offset)
        st.dict = extra
        return .object(st)
    }

    private func structTime(_ type: PyType, from tm: tm) -> Value {
        let fields: [Int] = [Int(tm.tm_year) + 1900, Int(tm.tm_mon) + 1, Int(tm.tm_mday), Int(tm.tm_hour),
                             Int(tm.tm_min), Int(tm.tm_sec), (Int(tm.tm_wday) + 6) % 7, Int(tm.tm_yday) + 1,
                             Int(tm.tm_isdst)]
        let zone = tm.tm_zone.map { Value(String(cString: $0)) } ?? .none
        return makeStructTime(type, fields.map { .int($0) }, zone: zone, offset: .int(tm.tm_gmtoff))
    }

    // MARK: Calendar conversions and formatting

    /// Seconds since the epoch from an optional argument (None or missing means now), floored.
    private func epochSeconds(_ v: Value?) throws(PyError) -> Int {
        guard let v, !v.isNone else { return Self.clock(CLOCK_REALTIME).0 }
        guard let d = floatValue(v) else {
            let b = try indexInteger(v)
            guard let s = Int(exactly: b), Swift.abs(s) < 1 << 55 else {
                throw overflowError("timestamp out of range for platform time_t")
            }
            return s
        }
        if d.isNaN { throw valueError("Invalid value NaN (not a number)") }
        guard Swift.abs(d) < 0x1p55 else { throw overflowError("timestamp out of range for platform time_t") }
        return Int(d.rounded(.down))
    }

    /// A C `tm` from a struct_time or 9-tuple.
    private func cTime(_ v: Value, _ function: String) throws(PyError) -> tm {
        guard case .object(let o) = v, o.kind == .tuple else {
            throw typeError("Tuple or struct_time argument required")
        }
        let items = unsafeDowncast(o, to: PyTuple.self).items
        guard items.count == 9 else {
            throw typeError("\(function)(): illegal time tuple argument")
        }
        var f: [Int32] = []
        for item in items {
            let n = try index(item)
            guard let c = Int32(exactly: n) else { throw overflowError("Python int too large to convert to C int") }
            f.append(c)
        }
        var t = tm()
        t.tm_year = f[0] - 1900
        t.tm_mon = f[1] - 1
        t.tm_mday = f[2]
        t.tm_hour = f[3]
        t.tm_min = f[4]
        t.tm_sec = f[5]
        t.tm_wday = (f[6] + 1) % 7
        t.tm_yday = f[7] - 1
        t.tm_isdst = f[8]
        return t
    }

    private func installCalendarFunctions(_ m: PyModule, _ structType: PyType) {
        for (name, local) in [("gmtime", false), ("localtime", true)] {
            defineFunction(in: m, name) { (vm, args, kw) throws(PyError) -> Value in
                try vm.checkArgumentCount(name, args, kw, min: 0, max: 1)
                var seconds = time_t(try vm.epochSeconds(args.first))
                var result = tm()
                let ok = local ? localtime_r(&seconds, &result) : gmtime_r(&seconds, &result)
                if ok == nil { throw vm.overflowError("timestamp out of range for platform time_t") }
                let st = vm.structTime(structType, from: result)
                return st
            }
        }
        defineFunction(in: m, "mktime") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("mktime", args, kw, min: 1, max: 1)
            var t = try vm.cTime(args[0], "mktime")
            t.tm_wday = -1
            let r = Glibc.mktime(&t)
            if r == -1 && t.tm_wday == -1 { throw vm.overflowError("mktime argument out of range") }
            return .float(Double(r))
        }
        defineFunction(in: m, "strftime") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("strftime", args, kw, min: 1, max: 2)
            let format = try vm.string(args[0], "strftime() argument 1")
            var t: tm
            if args.count == 2 {
                t = try vm.cTime(args[1], "strftime")
                try vm.checkTimeRanges(t)
            } else {
                var now = time_t(Self.clock(CLOCK_REALTIME).0)
                t = tm()
                localtime_r(&now, &t)
            }
            // %Z and %z come from the struct's own zone fields, as CPython passes them through.
            var zone: String?
            if args.count == 2, case .object(let o) = args[1], let extra = o.dict {
                zone = extra.lookupString(vm.intern("tm_zone")).flatMap { vm.strObject($0)?.value }
                if case .int(let offset)? = extra.lookupString(vm.intern("tm_gmtoff")) { t.tm_gmtoff = offset }
            }
            guard let zone else { return Value(Self.format(format, t)) }
            return zone.withCString { (p: UnsafePointer<CChar>) -> Value in
                t.tm_zone = p
                return Value(Self.format(format, t))
            }
        }
        defineFunction(in: m, "asctime") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("asctime", args, kw, min: 0, max: 1)
            var t: tm
            if args.count == 1 {
                t = try vm.cTime(args[0], "asctime")
                try vm.checkTimeRanges(t)
            } else {
                var now = time_t(Self.clock(CLOCK_REALTIME).0)
                t = tm()
                localtime_r(&now, &t)
            }
            return Value(Self.ascTime(t))
        }
        defineFunction(in: m, "ctime") { (vm, args, kw) throws(PyError) -> Value in
            try vm.checkArgumentCount("ctime", args, kw, min: 0, max: 1)
            var seconds = time_t(try vm.epochSeconds(args.first))
            var t = tm()
            if localtime_r(&seconds, &t) == nil { throw vm.overflowError("timestamp out of range for platform time_t") }
            return Value(Self.ascTime(t))
        }
    }

    private func checkTimeRanges(_ t: tm) throws(PyError) {
        if t.tm_mon < 0 || t.tm_mon > 11 { throw valueError("month out of range") }
        if t.tm_mday < 0 || t.tm_mday > 31 { throw valueError("day of month out of range") }
        if t.tm_hour < 0 || t.tm_hour > 23 { throw valueError("hour out of range") }
        if t.tm_min < 0 || t.tm_min > 59 { throw valueError("minute out of range") }
        if t.tm_sec < 0 || t.tm_sec > 61 { throw valueError("seconds out of range") }
        if t.tm_wday < 0 { throw valueError("day of week out of range") }
        if t.tm_yday < -1 || t.tm_yday > 365 { throw valueError("day of year out of range") }
    }

    /// `asctime` text: "Thu Jan  1 00:00:00 1970" (CPython's own layout, no trailing newline).
    private static func ascTime(_ t: tm) -> String {
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let day = days[Int(((t.tm_wday % 7) + 7) % 7)]
        let month = months[Int(((t.tm_mon % 12) + 12) % 12)]
        func two(_ n: Int32) -> String { n < 10 && n >= 0 ? "0\(n)" : "\(n)" }
        let mday = t.tm_mday < 10 ? " \(t.tm_mday)" : "\(t.tm_mday)"
        return "\(day) \(month) \(mday) \(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec)) \(Int(t.tm_year) + 1900)"
    }

    /// C `strftime` with a growing buffer (an empty result is legitimate, e.g. for "%p" in some locales).
    private static func format(_ format: String, _ t: tm) -> String {
        if format.isEmpty { return "" }
        var t = t
        var capacity = 256
        while capacity <= 1 << 20 {
            var buffer = [CChar](repeating: 0, count: capacity)
            let n = strftime(&buffer, capacity, format, &t)
            if n > 0 || capacity > format.utf8.count * 64 {
                return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            capacity *= 4
        }
        return ""
    }
}
