import SmolderCompiler
import SmolderSyntax

/// Compiling source into code objects, running modules, and printing uncaught exceptions the way
/// CPython does.
extension Interpreter {
    /// Wraps a compiler code object with runtime constants and interned names.
    public func makeCode(_ code: CodeObject) -> PyCode {
        var constants = ContiguousArray<Value>()
        constants.reserveCapacity(code.constants.count)
        for c in code.constants { constants.append(value(of: c)) }
        return PyCode(code, constants: constants, names: interned(code.names), varnames: interned(code.varnames),
                      cellAndFreeNames: interned(code.cellvars, then: code.freevars), name: intern(code.name))
    }

    private func interned(_ names: [String], then more: [String] = []) -> ContiguousArray<PyStr> {
        var result = ContiguousArray<PyStr>()
        result.reserveCapacity(names.count + more.count)
        for name in names { result.append(intern(name)) }
        for name in more { result.append(intern(name)) }
        return result
    }

    func value(of c: CodeConstant) -> Value {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .ellipsis: return ellipsis
        case .int(let i): return .int(i)
        case .bigInt(let b): return .integer(b)
        case .float(let d): return .float(d)
        case .complex(let r, let i): return .object(PyComplex(real: r, imag: i))
        case .string(let s): return .object(intern(s))
        case .bytes(let b): return .object(PyBytes(b))
        case .tuple(let items): return .object(PyTuple(items.map { value(of: $0) }))
        case .code(let inner): return .object(makeCode(inner))
        }
    }

    /// Parses and compiles source; syntax errors become Python `SyntaxError` exceptions.
    public func compile(_ source: String, filename: String, mode: Compiler.Mode) throws(PyError) -> PyCode {
        makeCode(try compileObject(source, filename: filename, mode: mode))
    }

    /// The compiler's code object for source (what the compiled-code cache stores).
    func compileObject(_ source: String, filename: String, mode: Compiler.Mode) throws(PyError) -> CodeObject {
        do throws(SyntaxError) {
            let code: CodeObject
            switch mode {
            case .module:
                let module = try Parser.parseModule(source, filename: filename)
                code = try Compiler.compile(module, filename: filename, mode: .module, source: source)
            case .interactive:
                let module = try Parser.parseInteractive(source, filename: filename)
                code = try Compiler.compile(module, filename: filename, mode: .interactive, source: source)
            case .expression:
                let expr = try Parser.parseExpression(source, filename: filename)
                code = try Compiler.compileExpression(expr, filename: filename, source: source)
            }
            return code
        } catch {
            throw PyError(makeSyntaxError(error, source: source))
        }
    }

    /// A Python SyntaxError (or IndentationError/TabError) from the parser's error.
    public func makeSyntaxError(_ e: SyntaxError, source: String?) -> PyBaseException {
        let type: PyType
        switch e.kind {
        case .syntaxError: type = exceptions.SyntaxError
        case .indentationError: type = exceptions.IndentationError
        case .tabError: type = exceptions.TabError
        }
        var text: Value = .none
        if let t = e.text {
            text = Value(t)
        } else if let source {
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            if e.line >= 1 && e.line <= lines.count { text = Value(String(lines[e.line - 1]) + "\n") }
        }
        let details = PyTuple([Value(e.filename), .int(e.line), .int(e.offset), text, .int(e.endLine), .int(e.endOffset)])
        let exc = PyBaseException(type: type, args: PyTuple([Value(e.message), .object(details)]))
        exc.dict = PyDict()
        exc.dict?.setString(names.msg, Value(e.message))
        exc.dict?.setString(names.filename, Value(e.filename))
        exc.dict?.setString(names.lineno, .int(e.line))
        exc.dict?.setString(names.offset, .int(e.offset))
        exc.dict?.setString(names.text, text)
        exc.dict?.setString(names.endLineno, .int(e.endLine))
        exc.dict?.setString(names.endOffset, .int(e.endOffset))
        return exc
    }

    /// Runs a code object as the body of a module with the given namespace.
    public func run(_ code: PyCode, globals: PyDict, locals: PyDict? = nil) throws(PyError) -> Value {
        if globals.lookupString(names.dBuiltins) == nil {
            globals.setString(names.dBuiltins, .object(builtinsModule))
        }
        let frame = Frame(code: code, globals: globals, builtins: builtins, locals: locals ?? globals, function: nil)
        return try execute(frame)
    }

    /// Creates (or reuses) the `__main__` module.
    public func mainModule() -> PyModule {
        if case .object(let o)? = modules.lookupString(intern("__main__")), let m = o as? PyModule { return m }
        let m = PyModule(name: "__main__")
        m.namespace.setString(names.dBuiltins, .object(builtinsModule))
        m.namespace.setString(names.dDoc, .none)
        m.namespace.setString(names.dPackage, .none)
        m.namespace.setString(names.dSpec, .none)
        m.namespace.setString(names.dLoader, .none)
        modules.setString(intern("__main__"), .object(m))
        return m
    }

    /// Runs a script as `__main__` and returns the process exit status (printing any uncaught
    /// exception as CPython does).
    public func runScript(source: String, filename: String) -> Int32 {
        let main = mainModule()
        main.namespace.setString(names.dFile, Value(filename))
        do throws(PyError) {
            let code = try compile(source, filename: filename, mode: .module)
            _ = try run(code, globals: main.namespace)
            try warmUpDeferredImports(in: main.namespace)
            return flushAndExit(0)
        } catch {
            return flushAndExit(handleUncaught(error.exception))
        }
    }

    /// Runs a string as `__main__` (for `-c`).
    public func runCommand(_ source: String) -> Int32 {
        let main = mainModule()
        do throws(PyError) {
            let code = try compile(source, filename: "<string>", mode: .module)
            _ = try run(code, globals: main.namespace)
            try warmUpDeferredImports(in: main.namespace)
            return flushAndExit(0)
        } catch {
            return flushAndExit(handleUncaught(error.exception))
        }
    }

    func flushAndExit(_ status: Int32) -> Int32 {
        PyFile.flushAll()
        flushStandardStreams()
        return status
    }

    public func flushStandardStreams() {
        if let out = sysStream("stdout") { _ = try? callMethod(out, "flush", []) }
        standardOutput.flush()
        standardError.flush()
    }

    func sysStream(_ name: String) -> Value? {
        sysModule?.namespace.lookupString(intern(name))
    }

    /// Reports an uncaught exception: SystemExit gives its status; anything else prints a traceback
    /// and gives 1.
    public func handleUncaught(_ e: PyBaseException) -> Int32 {
        if e.type.isSubtype(of: exceptions.SystemExit) {
            let code: Value = e.args.items.count == 1 ? e.args.items[0] : (e.args.items.isEmpty ? .none : .object(e.args))
            switch code {
            case .none: return 0
            case .int(let i): return Int32(truncatingIfNeeded: i)
            case .bool(let b): return b ? 1 : 0
            default:
                flushStdout()
                writeError(((try? str(code)) ?? "") + "\n")
                return 1
            }
        }
        flushStdout()
        printException(e)
        return 1
    }

    func flushStdout() {
        if let out = sysStream("stdout") { _ = try? callMethod(out, "flush", []) }
        standardOutput.flush()
    }

    /// Writes to `sys.stderr` (or the real stderr when it is unusable).
    func writeError(_ text: String) {
        if let err = sysStream("stderr"), case .object(let o) = err, !(o is PyTextStream) {
            if (try? callMethod(err, "write", [Value(text)])) != nil { return }
        }
        standardError.write(text)
    }

    /// `Type: message` (module-qualified for classes outside builtins and __main__).
    public func exceptionSummary(_ e: PyBaseException) -> String {
        var name = e.type.qualname
        if e.type.isHeapType, let m = e.type.namespace.lookupString(names.dModule), let ms = strObject(m),
           ms.value != "builtins" && ms.value != "__main__" {
            name = ms.value + "." + name
        }
        let message: String
        if e.type.isSubtype(of: exceptions.SyntaxError), let msg = e.dict?.lookupString(names.msg) {
            message = (try? str(msg)) ?? ""
        } else {
            message = (try? str(.object(e))) ?? "<exception str() failed>"
        }
        return message.isEmpty ? name : "\(name): \(message)"
    }

    func formatSyntaxErrorBody(_ e: PyBaseException) -> String {
        guard let dict = e.dict else { return "" }
        var out = ""
        let filename = dict.lookupString(names.filename).flatMap { strObject($0)?.value } ?? "<string>"
        if case .int(let line)? = dict.lookupString(names.lineno) {
            out += "  File \"\(filename)\", line \(line)\n"
        }
        if let t = dict.lookupString(names.text), let textValue = strObject(t)?.value {
            var text = textValue
            while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
            let stripped = text.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
            let removed = text.count - stripped.count
            out += "    \(stripped)\n"
            if case .int(let offset)? = dict.lookupString(names.offset) {
                var end = offset
                if case .int(let endOffset)? = dict.lookupString(names.endOffset),
                   case .int(let endLine)? = dict.lookupString(names.endLineno),
                   case .int(let line)? = dict.lookupString(names.lineno), endLine == line, endOffset > offset {
                    end = endOffset
                }
                let caretStart = max(0, offset - 1 - removed)
                let width = max(1, min(end - offset, stripped.count - caretStart + 1))
                out += "    " + String(repeating: " ", count: caretStart) + String(repeating: "^", count: width) + "\n"
            }
        }
        return out
    }

    // MARK: Source lines for tracebacks

    /// Line `line` of a file, stripped, read (and split) on first need as CPython's `linecache`
    /// does: compiling keeps no source text, so modules loaded from the code cache never read theirs.
    func sourceLine(_ filename: String, _ line: Int) -> String? {
        if sourceCache[filename] == nil, !filename.hasPrefix("<"), let bytes = readFileBytes(filename) {
            var text = String(decoding: bytes, as: UTF8.self)
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            sourceCache[filename] = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        guard let lines = sourceCache[filename], line >= 1, line <= lines.count else { return nil }
        let s = lines[line - 1].trimmingCharacters(in: .whitespaces)
        return s.isEmpty ? nil : s
    }
}

import Foundation
