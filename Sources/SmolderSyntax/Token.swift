/// Token kinds. Operators and keywords get their own cases so the parser compares small integers,
/// never strings. Soft keywords (`match`, `case`, `_`, `lazy`) stay `.name`.
enum TokenKind: UInt8 {
    case name, number, string, newline, indent, dedent, endMarker
    /// Where the tokenizer stopped on an error; the parser never accepts it.
    case errorToken
    /// A character no rule accepts, such as `$` or `?` (CPython reports plain "invalid syntax").
    case unknown

    // Operators and delimiters.
    case lpar, rpar, lsqb, rsqb, lbrace, rbrace
    case colon, comma, semi, dot, ellipsis, arrow, at, atEqual, colonEqual, equal
    case plus, minus, star, slash, doubleSlash, percent, doubleStar
    case vbar, amper, circumflex, tilde, leftShift, rightShift
    case eqEqual, notEqual, less, greater, lessEqual, greaterEqual
    case plusEqual, minusEqual, starEqual, slashEqual, doubleSlashEqual, percentEqual, doubleStarEqual
    case vbarEqual, amperEqual, circumflexEqual, leftShiftEqual, rightShiftEqual
    case exclamation

    // Keywords.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass, kwContinue
    case kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom, kwGlobal, kwIf, kwImport
    case kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise, kwReturn, kwTry, kwWhile
    case kwWith, kwYield

    static let keywords: [String: TokenKind] = [
        "False": .kwFalse, "None": .kwNone, "True": .kwTrue, "and": .kwAnd, "as": .kwAs,
        "assert": .kwAssert, "async": .kwAsync, "await": .kwAwait, "break": .kwBreak, "class": .kwClass,
        "continue": .kwContinue, "def": .kwDef, "del": .kwDel, "elif": .kwElif, "else": .kwElse,
        "except": .kwExcept, "finally": .kwFinally, "for": .kwFor, "from": .kwFrom, "global": .kwGlobal,
        "if": .kwIf, "import": .kwImport, "in": .kwIn, "is": .kwIs, "lambda": .kwLambda,
        "nonlocal": .kwNonlocal, "not": .kwNot, "or": .kwOr, "pass": .kwPass, "raise": .kwRaise,
        "return": .kwReturn, "try": .kwTry, "while": .kwWhile, "with": .kwWith, "yield": .kwYield,
    ]

    var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue }

    /// The augmented-assignment operator this token spells, if any.
    var augmentedOperator: BinaryOperator? {
        switch self {
        case .plusEqual: return .add
        case .minusEqual: return .subtract
        case .starEqual: return .multiply
        case .atEqual: return .matrixMultiply
        case .slashEqual: return .trueDivide
        case .percentEqual: return .modulo
        case .doubleStarEqual: return .power
        case .leftShiftEqual: return .leftShift
        case .rightShiftEqual: return .rightShift
        case .vbarEqual: return .bitOr
        case .circumflexEqual: return .bitXor
        case .amperEqual: return .bitAnd
        case .doubleSlashEqual: return .floorDivide
        default: return nil
        }
    }
}

struct Token {
    var kind: TokenKind
    /// Offsets into the source's scalar array.
    var start: Int
    var end: Int
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
    /// Bracket depth after this token (CPython's `tok->level`).
    var level: Int
    /// The identifier for `.name` tokens; empty otherwise.
    var name: String = ""
}

/// The source as an array of unicode scalars (so columns are plain indices) plus line starts.
struct SourceText {
    var scalars: [Unicode.Scalar]
    /// Scalar offset where each line starts; `lineStarts[0]` is line 1.
    var lineStarts: [Int]
    /// Lines as CPython counts them for "detected at line N" (a final newline ends the last line).
    var lineCount: Int

    init(_ source: String) {
        // CPython translates \r\n and \r to \n before tokenizing.
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(source.utf8.count)
        var previousWasCR = false
        for scalar in source.unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(scalar)
        }
        var starts = [0]
        for (index, scalar) in out.enumerated() where scalar == "\n" {
            starts.append(index + 1)
        }
        // CPython's "detected at line N" counts a final newline as ending the last line.
        var count = starts.count
        if out.last == "\n" || out.isEmpty { count -= 1 }
        scalars = out
        lineStarts = starts
        lineCount = max(count, 1)
    }

    /// The text of a 1-based line without its newline.
    func lineText(_ line: Int) -> String? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : scalars.count
        if end > start, end <= scalars.count, scalars[end - 1] == "\n" { end -= 1 }
        guard start <= end else { return nil }
        return SourceText.string(scalars[start..<end])
    }

    /// Length of a line in code points, without its newline.
    func lineLength(_ line: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return 0 }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : scalars.count
        if end > start, scalars[end - 1] == "\n" { end -= 1 }
        return max(0, end - start)
    }

    /// Builds a String from scalars via UTF-8 (much faster than appending to a UnicodeScalarView).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func text(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        return SourceText.string(scalars[lower..<upper])
    }
}
