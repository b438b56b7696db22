import BigInt
import SmolderSyntax

/// Turns an AST into code objects. Each compilation unit (module, `exec`/`eval` string, or one
/// interactive input) compiles on its own into code that runs in an existing namespace.
public enum Compiler {
    public enum Mode { case module, interactive, expression }

    /// Compiles a module (or an interactive input, whose expression statements echo their value).
    public static func compile(_ module: Module, filename: String, mode: Mode = .module,
                               source: String? = nil) throws(SyntaxError) -> CodeObject {
        var builder = SymbolTableBuilder(filename: filename)
        let root = try builder.build(module.body)
        let context = CompilationContext(filename: filename, scopes: builder.scopesByPosition,
                                         futureFeatures: module.futureFeatures, source: source)
        let generator = CodeGenerator(context: context, scope: root, name: "<module>", qualname: "<module>",
                                      firstLine: 1, interactive: mode == .interactive)
        return try generator.compileModule(module.body)
    }

    /// Compiles one expression for `eval`.
    public static func compileExpression(_ expr: Expr, filename: String, source: String? = nil) throws(SyntaxError) -> CodeObject {
        var builder = SymbolTableBuilder(filename: filename)
        let root = try builder.buildExpression(expr)
        let context = CompilationContext(filename: filename, scopes: builder.scopesByPosition,
                                         futureFeatures: [], source: source)
        let generator = CodeGenerator(context: context, scope: root, name: "<module>", qualname: "<module>",
                                      firstLine: expr.range.line, interactive: false)
        return try generator.compileExpressionBody(expr)
    }
}

/// State shared by all code generators of one compilation.
final class CompilationContext {
    let filename: String
    var scopes: [String: [Scope]]
    let futureFeatures: Set<String>
    let sourceLines: [Substring]?

    init(filename: String, scopes: [String: [Scope]], futureFeatures: Set<String>, source: String?) {
        self.filename = filename
        self.scopes = scopes
        self.futureFeatures = futureFeatures
        self.sourceLines = source.map { $0.split(separator: "\n", omittingEmptySubsequences: false) }
    }

    func takeScope(_ range: SourceRange, _ tag: String) -> Scope? {
        let key = SymbolTableBuilder.key(range, tag)
        guard var list = scopes[key], !list.isEmpty else { return nil }
        let s = list.removeFirst()
        scopes[key] = list
        return s
    }

    /// The source text of a range, for string annotations under `from __future__ import annotations`.
    func text(of range: SourceRange) -> String? {
        guard let lines = sourceLines, range.line >= 1, range.endLine <= lines.count, range.line <= range.endLine else { return nil }
        if range.line == range.endLine {
            let chars = Array(lines[range.line - 1].unicodeScalars)
            guard range.column <= range.endColumn, range.endColumn <= chars.count else { return nil }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: chars[range.column..<range.endColumn])
            return String(s)
        }
        return nil
    }
}

/// Generates one code object. Nested functions, classes and comprehensions get their own generator.
final class CodeGenerator {
    let context: CompilationContext
    let scope: Scope
    var code: CodeBuilder
    let name: String
    let qualname: String
    let firstLine: Int
    let interactive: Bool
    var fblocks: [FBlock] = []
    /// The nearest enclosing class's name, for private-name mangling (`__x` becomes `_Class__x`).
    var privateClassName: String?
    var varnames: [String] = []
    var varnameIndex: [String: Int] = [:]
    var docstring: String?
    /// Nesting of `try` and `with` statements: imports inside them are always eager.
    var eagerImportDepth = 0
    /// Whether this scope has `__annotations__` to set up (module and class bodies).
    var needsAnnotations = false

    /// What `break`, `continue` and `return` must undo when leaving a block.
    enum FBlock {
        case whileLoop(continueLabel: Label, breakLabel: Label)
        case forLoop(continueLabel: Label, breakLabel: Label)
        case tryExcept
        case finallyTry(body: [Stmt])
        case finallyEnd
        case with
        case handlerCleanup(name: String?)
        case popValue
    }

    init(context: CompilationContext, scope: Scope, name: String, qualname: String, firstLine: Int, interactive: Bool) {
        self.context = context
        self.scope = scope
        self.code = CodeBuilder()
        self.name = name
        self.qualname = qualname
        self.firstLine = firstLine
        self.interactive = interactive
        code.currentLine = firstLine
    }

    var futureAnnotations: Bool { context.futureFeatures.contains("annotations") }

    func error(_ message: String, _ range: SourceRange) -> SyntaxError {
        SyntaxError(message: message, filename: context.filename, line: range.line, offset: range.column + 1,
                    endLine: range.endLine, endOffset: range.endColumn + 1,
                    text: context.sourceLines.flatMap { range.line >= 1 && range.line <= $0.count ? String($0[range.line - 1]) : nil })
    }

    // MARK: Entry points

    func compileModule(_ body: [Stmt]) throws(SyntaxError) -> CodeObject {
        if containsAnnotations(body) {
            code.emit(.setupAnnotations)
        }
        var statements = body[...]
        if let first = statements.first, case .expr(let e) = first.kind, case .constant(.string(let doc)) = e.kind, !interactive {
            code.currentLine = first.range.line
            code.emitConstant(.string(doc))
            code.emit(.storeName, code.name("__doc__"))
            statements = statements.dropFirst()
        }
        for s in statements { try compileStatement(s) }
        code.emitConstant(.none)
        code.emit(.returnValue)
        return finish(argumentInfo: nil)
    }

    func compileExpressionBody(_ e: Expr) throws(SyntaxError) -> CodeObject {
        try compileExpression(e)
        code.emit(.returnValue)
        return finish(argumentInfo: nil)
    }

    func containsAnnotations(_ body: [Stmt]) -> Bool {
        for s in body {
            switch s.kind {
            case .annAssign: return true
            case .if(_, let b, let o), .while(_, let b, let o), .for(_, _, let b, let o):
                if containsAnnotations(b) || containsAnnotations(o) { return true }
            case .with(_, let b): if containsAnnotations(b) { return true }
            case .try(let b, let h, let o, let f), .tryStar(let b, let h, let o, let f):
                if containsAnnotations(b) || containsAnnotations(o) || containsAnnotations(f) { return true }
                for handler in h where containsAnnotations(handler.body) { return true }
            case .match(_, let cases):
                for c in cases where containsAnnotations(c.body) { return true }
            default: break
            }
        }
        return false
    }

    struct ArgumentInfo {
        var argCount: Int
        var positionalOnlyCount: Int
        var keywordOnlyCount: Int
        var hasVarargs: Bool
        var hasVarkw: Bool
    }

    /// Builds the finished code object.
    func finish(argumentInfo: ArgumentInfo?) -> CodeObject {
        let stackSize = code.finish()
        let object = CodeObject(name: name, qualifiedName: qualname, filename: context.filename, firstLine: firstLine)
        object.instructions = code.instructions
        object.lines = code.lines
        object.positions = code.positions
        object.constants = code.constants
        object.names = code.names
        object.stackSize = stackSize
        object.docstring = docstring
        object.cellvars = scope.cellvars
        object.freevars = scope.freevars
        var flags: CodeObject.Flags = []
        if scope.isFunctionLike {
            flags.insert(.optimized)
            flags.insert(.newLocals)
            object.varnames = varnames
        }
        if scope.isGenerator { flags.insert(.generator) }
        if futureAnnotations { flags.insert(.futureAnnotations) }
        if let info = argumentInfo {
            object.argCount = info.argCount
            object.positionalOnlyCount = info.positionalOnlyCount
            object.keywordOnlyCount = info.keywordOnlyCount
            if info.hasVarargs { flags.insert(.varargs) }
            if info.hasVarkw { flags.insert(.varkeywords) }
        }
        object.flags = flags
        object.cellParameterIndices = scope.cellvars.map { varnameIndex[$0] ?? -1 }
        return object
    }

    // MARK: Names

    func varnameSlot(_ n: String) -> Int {
        if let i = varnameIndex[n] { return i }
        varnames.append(n)
        varnameIndex[n] = varnames.count - 1
        return varnames.count - 1
    }

    func derefIndex(_ n: String) -> Int {
        if let i = scope.cellvars.firstIndex(of: n) { return i }
        if let i = scope.freevars.firstIndex(of: n) { return scope.cellvars.count + i }
        return 0
    }

    enum NameOp { case load, store, delete }

    /// Private-name mangling: inside a class, `__spam` (not ending in `__`) means `_Class__spam`.
    func mangle(_ n: String) -> String {
        guard let cls = privateClassName, n.hasPrefix("__"), !n.hasSuffix("__"), !n.contains(".") else { return n }
        let stripped = cls.drop { $0 == "_" }
        if stripped.isEmpty { return n }
        return "_" + stripped + n
    }

    func emitName(_ n: String, _ op: NameOp) {
        // Names starting with two underscores inside a class are mangled: not done (rarely observable).
        switch scope.access(n) {
        case .fast:
            let i = varnameSlot(n)
            code.emit(op == .load ? .loadFast : op == .store ? .storeFast : .deleteFast, i)
        case .deref:
            let i = derefIndex(n)
            code.emit(op == .load ? .loadDeref : op == .store ? .storeDeref : .deleteDeref, i)
        case .classDeref:
            if op == .load {
                code.emit(.loadClassDeref, derefIndex(n))
            } else {
                code.emit(op == .store ? .storeName : .deleteName, code.name(mangle(n)))
            }
        case .global:
            let i = code.name(mangle(n))
            code.emit(op == .load ? .loadGlobal : op == .store ? .storeGlobal : .deleteGlobal, i)
        case .name:
            let i = code.name(mangle(n))
            code.emit(op == .load ? .loadName : op == .store ? .storeName : .deleteName, i)
        }
    }

    /// The qualified name of a function or class defined in this scope.
    func childQualname(_ childName: String) -> String {
        switch scope.kind {
        case .module: return childName
        case .classBody: return "\(qualname).\(childName)"
        case .function, .comprehension:
            if scope.access(childName) == .global && scope.symbols[childName]?.contains(.declaredGlobal) == true {
                return childName
            }
            return "\(qualname).<locals>.\(childName)"
        }
    }

    func setLine(_ range: SourceRange) {
        if range.line > 0 { code.currentLine = range.line }
    }
}
