/// Printing uncaught exceptions as CPython 3.11 does: chained causes and contexts, tracebacks with
/// source lines and repeated-frame folding, notes, "Did you mean" suggestions, and the boxed layout of
/// exception groups.
extension Interpreter {
    public func printException(_ e: PyBaseException) {
        var printer = ExceptionPrinter(vm: self)
        printer.format(e)
        writeError(printer.output)
        standardError.flush()
    }

    /// The traceback and final line of one exception (no chain).
    public func formatException(_ e: PyBaseException) -> String {
        var printer = ExceptionPrinter(vm: self)
        printer.formatSingle(e)
        return printer.output
    }

    /// The `File ..., line ..., in ...` lines of a traceback, folding runs of identical frames.
    func formatTraceback(_ tb: PyTraceback?) -> [String] {
        var lines: [String] = []
        var entry = tb
        var last: (String, Int, String)?
        var repeats = 0
        func flushRepeats() {
            if repeats > 2 {
                let n = repeats - 2
                lines.append("  [Previous line repeated \(n) more time\(n == 1 ? "" : "s")]\n")
            }
        }
        while let t = entry {
            let key = (t.filename, t.line, t.functionName)
            if let l = last, l == key {
                repeats += 1
            } else {
                flushRepeats()
                repeats = 0
            }
            last = key
            if repeats < 3 {
                var text = "  File \"\(t.filename)\", line \(t.line), in \(t.functionName)\n"
                if let source = sourceLine(t.filename, t.line) {
                    text += "    \(source)\n"
                    if let carets = caretLine(t) { text += carets }
                }
                lines.append(text)
            }
            entry = t.next
        }
        flushRepeats()
        return lines
    }

    /// The exception's final line(s): `Type: message`, suggestions, notes.
    func formatExceptionOnly(_ e: PyBaseException) -> String {
        var out = ""
        if e.type.isSubtype(of: exceptions.SyntaxError) { out += formatSyntaxErrorBody(e) }
        var summary = exceptionSummary(e)
        if let suggestion = suggestion(for: e) { summary += ". Did you mean: '\(suggestion)'?" }
        out += summary + "\n"
        if case .object(let no)? = e.dict?.lookupString(names.dNotes), let notes = no as? PyList {
            for n in notes.items {
                if let s = strObject(n) { out += s.value + "\n" } else { out += ((try? str(n)) ?? "<note str() failed>") + "\n" }
            }
        }
        return out
    }
}

/// Formats exceptions into text with the indentation context exception groups need.
struct ExceptionPrinter {
    let vm: Interpreter
    var output = ""
    var seen = Set<ObjectIdentifier>()
    var groupDepth = 0
    var needClose = false
    static let maxGroupWidth = 15
    static let maxGroupDepth = 10

    init(vm: Interpreter) { self.vm = vm }

    var indent: String { String(repeating: " ", count: 2 * groupDepth) }

    mutating func emit(_ text: String, margin: Character = "|") {
        var prefix = indent
        if groupDepth > 0 { prefix += String(margin) + " " }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            output += prefix + line + "\n"
        }
    }

    mutating func formatSingle(_ e: PyBaseException) {
        if e.traceback != nil {
            emit("Traceback (most recent call last):\n")
            for line in vm.formatTraceback(e.traceback) { emit(line) }
        }
        emit(vm.formatExceptionOnly(e))
    }

    mutating func format(_ e: PyBaseException) {
        // The chain, outermost cause first.
        var chain: [(String?, PyBaseException)] = []
        var current: PyBaseException? = e
        var message: String? = nil
        while let exc = current {
            seen.insert(ObjectIdentifier(exc))
            chain.append((message, exc))
            if let cause = exc.cause, !seen.contains(ObjectIdentifier(cause)) {
                message = "\nThe above exception was the direct cause of the following exception:\n\n"
                current = cause
            } else if !exc.suppressContext, let context = exc.context, !seen.contains(ObjectIdentifier(context)) {
                message = "\nDuring handling of the above exception, another exception occurred:\n\n"
                current = context
            } else {
                current = nil
            }
        }
        // `message` of entry i introduces entry i-1 (the one that followed it).
        for index in stride(from: chain.count - 1, through: 0, by: -1) {
            let exc = chain[index].1
            if index < chain.count - 1, let m = chain[index + 1].0 { emit(m) }
            if !exc.type.isSubtype(of: vm.exceptions.BaseExceptionGroup) || exc.exceptions.isEmpty {
                formatSingle(exc)
            } else if groupDepth > ExceptionPrinter.maxGroupDepth {
                emit("... (max_group_depth is \(ExceptionPrinter.maxGroupDepth))\n")
            } else {
                formatGroup(exc)
            }
        }
    }

    private mutating func formatGroup(_ exc: PyBaseException) {
        let isTopLevel = groupDepth == 0
        if isTopLevel { groupDepth += 1 }
        if exc.traceback != nil {
            emit("Exception Group Traceback (most recent call last):\n", margin: isTopLevel ? "+" : "|")
            for line in vm.formatTraceback(exc.traceback) { emit(line) }
        }
        emit(vm.formatExceptionOnly(exc))
        let count = exc.exceptions.count
        let shown = count <= ExceptionPrinter.maxGroupWidth ? count : ExceptionPrinter.maxGroupWidth + 1
        needClose = false
        for i in 0..<shown {
            let isLast = i == shown - 1
            if isLast { needClose = true }
            let truncated = i >= ExceptionPrinter.maxGroupWidth
            let title = truncated ? "..." : "\(i + 1)"
            output += indent + (i == 0 ? "+-" : "  ") + "+---------------- \(title) ----------------\n"
            groupDepth += 1
            if !truncated {
                format(exc.exceptions[i])
            } else {
                let remaining = count - ExceptionPrinter.maxGroupWidth
                emit("and \(remaining) more exception\(remaining > 1 ? "s" : "")\n")
            }
            if isLast && needClose {
                output += indent + "+------------------------------------\n"
                needClose = false
            }
            groupDepth -= 1
        }
        if isTopLevel { groupDepth = 0 }
    }
}
