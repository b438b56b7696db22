import SmolderCompiler
import SmolderSyntax

/// CPython 3.11's fine-grained error locations: the `^`/`~` line under a traceback's source line.
extension Interpreter {
    /// The marker line (with newline) for the instruction a traceback entry stopped at, or nil when
    /// CPython prints none (no columns, or the markers would cover the whole stripped line).
    func caretLine(_ tb: PyTraceback) -> String? {
        guard let code = tb.code?.code, let position = SourcePosition(code, at: tb.instruction),
              position.line == tb.line, let raw = rawSourceLine(tb.filename, tb.line) else { return nil }
        let line = Array(raw.unicodeScalars)
        let isSpace: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace }
        guard let first = line.firstIndex(where: { !isSpace($0) }),
              let last = line.lastIndex(where: { !isSpace($0) }) else { return nil }
        let strippedCount = last + 1 - first
        let start = min(max(position.column, 0), line.count)
        var end: Int
        var anchors: (left: Int, right: Int)? = nil
        if position.endLine == position.line {
            end = min(max(position.endColumn, start), line.count)
            anchors = caretAnchors(Array(line[start..<end]))
        } else {
            end = max(last + 1, start)  // a multi-line node is marked to the end of its first line
        }
        guard end - start < strippedCount || anchors != nil, start >= first else { return nil }
        var text = "    " + String(repeating: " ", count: displayWidth(line[first..<start]))
        if let (left, right) = anchors {
            text += String(repeating: "~", count: displayWidth(line[start..<start + left]))
            text += String(repeating: "^", count: displayWidth(line[start + left..<start + right]))
            text += String(repeating: "~", count: displayWidth(line[start + right..<end]))
        } else {
            text += String(repeating: "^", count: displayWidth(line[start..<end]))
        }
        return text + "\n"
    }

    /// Where the `^` part of a binary operation (its operator) or a subscript (its brackets) lies in
    /// `segment`, the source text of the failing expression; nil for other expressions.
    private func caretAnchors(_ segment: [Unicode.Scalar]) -> (Int, Int)? {
        let text = String(String.UnicodeScalarView(segment))
        guard let module = try? Parser.parseModule(text, filename: "<segment>"), module.body.count == 1,
              case .expr(let e) = module.body[0].kind, e.range.line == 1, e.range.endLine == 1 else { return nil }
        let count = segment.count
        func at(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < count ? segment[i] : nil }
        switch e.kind {
        case .binOp(let lhs, _, let rhs):
            var i = lhs.range.endColumn
            while i < rhs.range.column, let c = at(i), c.properties.isWhitespace || c == ")" { i += 1 }
            guard i < count else { return nil }
            var right = i + 1
            if let a = at(i), let b = at(i + 1), a == b, "*/<>".unicodeScalars.contains(a) { right += 1 }
            return (i, right)
        case .subscript(let value, let slice):
            var left = value.range.endColumn
            while left < count, segment[left] != "[" { left += 1 }
            var right = slice.range.endColumn
            while right < count, segment[right] != "]" { right += 1 }
            if right < count { right += 1 }
            guard left < right, right <= count else { return nil }
            return (left, right)
        default:
            return nil
        }
    }

    /// A source line as written (not stripped), from the same cache as `sourceLine`.
    private func rawSourceLine(_ filename: String, _ line: Int) -> String? {
        guard sourceLine(filename, line) != nil, let lines = sourceCache[filename],
              line >= 1, line <= lines.count else { return nil }
        return lines[line - 1]
    }
}

extension Interpreter {
    /// `code.co_positions()`: one `(line, end_line, column, end_column)` per instruction, columns as
    /// UTF-8 byte offsets like CPython's (None where unknown).
    func codePositions(_ code: PyCode) -> Value {
        let object = code.code
        var index = 0
        var cachedLine = -1
        var cachedScalars: [Unicode.Scalar] = []
        func byteOffset(_ line: Int, _ column: Int) -> Int {
            if line != cachedLine {
                cachedLine = line
                cachedScalars = rawSourceLine(object.filename, line).map { Array($0.unicodeScalars) } ?? []
            }
            var bytes = 0
            for (i, s) in cachedScalars.enumerated() where i < column { bytes += UTF8.width(s) }
            return bytes + max(0, column - cachedScalars.count)
        }
        return makeIterator { vm throws(PyError) -> Value? in
            guard index < object.instructions.count else { return nil }
            defer { index += 1 }
            guard let p = SourcePosition(object, at: index) else {
                let line = index < object.lines.count ? Value.int(Int(object.lines[index])) : .none
                return .object(PyTuple([line, line, .none, .none]))
            }
            return .object(PyTuple([.int(p.line), .int(p.endLine), .int(byteOffset(p.line, p.column)),
                                    .int(byteOffset(p.endLine, p.endColumn))]))
        }
    }
}
