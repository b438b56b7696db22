import BigInt

// The abstract syntax tree, shaped after CPython 3.11's `ast` module (without async constructs).
// Load/store/delete context is not stored: the compiler knows it from where an expression appears.

/// A span in the source text. Lines are 1-based; columns are 0-based offsets in code points.
public struct SourceRange: Equatable, Sendable {
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int

    public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    public static let unknown = SourceRange(line: 0, column: 0, endLine: 0, endColumn: 0)
}

public struct Module: Sendable {
    public var body: [Stmt]
    /// Names imported with `from __future__ import ...` at the top of the module.
    public var futureFeatures: Set<String>
    public init(body: [Stmt], futureFeatures: Set<String> = []) {
        self.body = body
        self.futureFeatures = futureFeatures
    }
}

public struct Stmt: Sendable {
    public var kind: StmtKind
    public var range: SourceRange
    public init(_ kind: StmtKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum StmtKind: Sendable {
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(Expr?)
    case delete([Expr])
    /// `a = b = value`: targets in source order.
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOperator, value: Expr)
    /// `simple` is true for a plain name target not in parentheses.
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    case with(items: [WithItem], body: [Stmt])
    case match(subject: Expr, cases: [MatchCase])
    case raise(exception: Expr?, cause: Expr?)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case tryStar(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case assert(test: Expr, message: Expr?)
    /// `import a.b as c, d`; `isLazy` for PEP 810's `lazy import`.
    case `import`(names: [Alias], isLazy: Bool)
    /// `from ..pkg import x as y`; module is nil for `from . import x`; names is `[*]` for a star import.
    case importFrom(module: String?, names: [Alias], level: Int, isLazy: Bool)
    case global([String])
    case nonlocal([String])
    case expr(Expr)
    case pass
    case `break`
    case `continue`
}

public struct FunctionDef: Sendable {
    public var name: String
    public var arguments: Arguments
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    public init(name: String, arguments: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?) {
        self.name = name
        self.arguments = arguments
        self.body = body
        self.decorators = decorators
        self.returns = returns
    }
}

public struct ClassDef: Sendable {
    public var name: String
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]
    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr]) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
    }
}

public struct Expr: Sendable {
    public var kind: ExprKind
    public var range: SourceRange
    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum ExprKind: Sendable {
    case boolOp(BoolOperator, [Expr])
    case namedExpr(target: Expr, value: Expr)
    case binOp(Expr, BinaryOperator, Expr)
    case unaryOp(UnaryOperator, Expr)
    case lambda(Arguments, body: Expr)
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    /// A nil key is a `**mapping` entry.
    case dict(keys: [Expr?], values: [Expr])
    case set([Expr])
    case listComp(element: Expr, generators: [Comprehension])
    case setComp(element: Expr, generators: [Comprehension])
    case dictComp(key: Expr, value: Expr, generators: [Comprehension])
    case generatorExp(element: Expr, generators: [Comprehension])
    case yield(Expr?)
    case yieldFrom(Expr)
    case compare(Expr, [CompareOperator], [Expr])
    case call(function: Expr, args: [Expr], keywords: [Keyword])
    /// One `{...}` field of an f-string. `conversion` is nil, "s", "r" or "a".
    case formattedValue(Expr, conversion: Character?, formatSpec: Expr?)
    /// An f-string: constants and formattedValues.
    case joinedStr([Expr])
    case constant(Constant)
    case attribute(Expr, name: String)
    case `subscript`(Expr, index: Expr)
    case starred(Expr)
    case name(String)
    case list([Expr])
    case tuple([Expr])
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
}

public enum Constant: Sendable, Equatable {
    case none
    case bool(Bool)
    case ellipsis
    case int(Int)
    case bigInt(BigInt)
    case float(Double)
    /// An imaginary literal such as `2j`.
    case imaginary(Double)
    case string(String)
    case bytes([UInt8])
}

public enum BoolOperator: Sendable { case and, or }

public enum BinaryOperator: Sendable, CaseIterable {
    case add, subtract, multiply, matrixMultiply, trueDivide, modulo, power
    case leftShift, rightShift, bitOr, bitXor, bitAnd, floorDivide
}

public enum UnaryOperator: Sendable { case invert, not, plus, minus }

public enum CompareOperator: Sendable {
    case equal, notEqual, less, lessEqual, greater, greaterEqual, `is`, isNot, `in`, notIn
}

public struct Comprehension: Sendable {
    public var target: Expr
    public var iter: Expr
    public var conditions: [Expr]
    public init(target: Expr, iter: Expr, conditions: [Expr]) {
        self.target = target
        self.iter = iter
        self.conditions = conditions
    }
}

public struct ExceptHandler: Sendable {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var range: SourceRange
    public init(type: Expr?, name: String?, body: [Stmt], range: SourceRange) {
        self.type = type
        self.name = name
        self.body = body
        self.range = range
    }
}

public struct Arguments: Sendable {
    public var positionalOnly: [Arg]
    public var args: [Arg]
    public var vararg: Arg?
    public var keywordOnly: [Arg]
    /// One entry per keyword-only argument; nil where it has no default.
    public var keywordDefaults: [Expr?]
    public var kwarg: Arg?
    /// Defaults of the last `defaults.count` of positionalOnly + args.
    public var defaults: [Expr]

    public init(positionalOnly: [Arg] = [], args: [Arg] = [], vararg: Arg? = nil, keywordOnly: [Arg] = [],
                keywordDefaults: [Expr?] = [], kwarg: Arg? = nil, defaults: [Expr] = []) {
        self.positionalOnly = positionalOnly
        self.args = args
        self.vararg = vararg
        self.keywordOnly = keywordOnly
        self.keywordDefaults = keywordDefaults
        self.kwarg = kwarg
        self.defaults = defaults
    }
}

public struct Arg: Sendable {
    public var name: String
    public var annotation: Expr?
    public var range: SourceRange
    public init(name: String, annotation: Expr?, range: SourceRange) {
        self.name = name
        self.annotation = annotation
        self.range = range
    }
}

/// `name=value` in a call or class definition; a nil name is `**value`.
public struct Keyword: Sendable {
    public var name: String?
    public var value: Expr
    public var range: SourceRange
    public init(name: String?, value: Expr, range: SourceRange) {
        self.name = name
        self.value = value
        self.range = range
    }
}

/// `import a.b.c as d`: name is the dotted name.
public struct Alias: Sendable {
    public var name: String
    public var asName: String?
    public var range: SourceRange
    public init(name: String, asName: String?, range: SourceRange) {
        self.name = name
        self.asName = asName
        self.range = range
    }
}

public struct WithItem: Sendable {
    public var contextExpr: Expr
    public var optionalVars: Expr?
    public init(contextExpr: Expr, optionalVars: Expr?) {
        self.contextExpr = contextExpr
        self.optionalVars = optionalVars
    }
}

public struct MatchCase: Sendable {
    public var pattern: Pattern
    public var guardExpr: Expr?
    public var body: [Stmt]
    public init(pattern: Pattern, guardExpr: Expr?, body: [Stmt]) {
        self.pattern = pattern
        self.guardExpr = guardExpr
        self.body = body
    }
}

public struct Pattern: Sendable {
    public var kind: PatternKind
    public var range: SourceRange
    public init(_ kind: PatternKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum PatternKind: Sendable {
    /// A literal or dotted-name value pattern, compared with `==`.
    case value(Expr)
    /// `None`, `True` or `False`, compared with `is`.
    case singleton(Constant)
    case sequence([Pattern])
    /// `{k: p, **rest}`
    case mapping(keys: [Expr], patterns: [Pattern], rest: String?)
    case `class`(cls: Expr, patterns: [Pattern], keywordNames: [String], keywordPatterns: [Pattern])
    /// `*name` inside a sequence pattern; nil for `*_`.
    case star(String?)
    /// `pattern as name`, a capture `name` (pattern nil) or the wildcard `_` (both nil).
    case `as`(pattern: Pattern?, name: String?)
    case or([Pattern])
}
