import SmolderSyntax

/// How the compiler accesses a name in a given scope.
public enum NameAccess {
    /// A fast local slot (function scopes).
    case fast
    /// A cell of this scope, or a free variable captured from an enclosing function.
    case deref
    /// Declared `global`, or not bound anywhere in enclosing functions.
    case global
    /// Module and class bodies: the namespace dict, then globals, then builtins.
    case name
    /// A class body reading a variable of an enclosing function.
    case classDeref
}

/// The names of one scope and how each is bound, after resolving free variables.
final class Scope {
    enum Kind { case module, function, classBody, comprehension }

    struct Flags: OptionSet {
        let rawValue: UInt16
        static let assigned = Flags(rawValue: 1)
        static let parameter = Flags(rawValue: 2)
        static let declaredGlobal = Flags(rawValue: 4)
        static let declaredNonlocal = Flags(rawValue: 8)
        static let used = Flags(rawValue: 16)
        static let free = Flags(rawValue: 32)
        static let cell = Flags(rawValue: 64)
        /// Assigned by a walrus inside a comprehension: bound in this (enclosing) scope.
        static let comprehensionTarget = Flags(rawValue: 128)
    }

    let kind: Kind
    let name: String
    weak var parent: Scope?
    var children: [Scope] = []
    var symbols: [String: Flags] = [:]
    /// Parameters in order, then other locals in first-seen order.
    var orderedLocals: [String] = []
    var isGenerator = false
    /// A method using `super()` or `__class__` needs the implicit `__class__` cell of its class.
    var needsClassCell = false
    var cellvars: [String] = []
    var freevars: [String] = []
    var hasStarImport = false

    init(kind: Kind, name: String, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.parent = parent
    }

    var isFunctionLike: Bool { kind == .function || kind == .comprehension }

    func add(_ name: String, _ flags: Flags) {
        if symbols[name] == nil && (flags.contains(.assigned) || flags.contains(.parameter)) && isFunctionLike {
            orderedLocals.append(name)
        } else if symbols[name] == nil && isFunctionLike && flags.contains(.used) {
            // Order is only relevant for locals; record lazily in resolve.
        }
        symbols[name, default: []].formUnion(flags)
    }

    /// Whether `name` is a local variable of this function-like scope.
    func isLocal(_ name: String) -> Bool {
        guard let f = symbols[name] else { return false }
        if f.contains(.declaredGlobal) || f.contains(.declaredNonlocal) { return false }
        return f.contains(.assigned) || f.contains(.parameter)
    }

    func access(_ name: String) -> NameAccess {
        let f = symbols[name] ?? []
        if f.contains(.declaredGlobal) { return .global }
        switch kind {
        case .module:
            return .name
        case .classBody:
            if f.contains(.declaredNonlocal) { return .deref }
            if freevars.contains(name) && !f.contains(.assigned) { return .classDeref }
            return .name
        case .function, .comprehension:
            if cellvars.contains(name) || freevars.contains(name) { return .deref }
            if isLocal(name) { return .fast }
            return .global
        }
    }
}

/// Builds the scope tree for a module, so the compiler knows fast locals, cells and free variables.
struct SymbolTableBuilder {
    private(set) var scopesByPosition: [String: [Scope]] = [:]
    private var current: Scope
    let root: Scope
    private var errors: [SyntaxError] = []
    let filename: String

    init(filename: String, kind: Scope.Kind = .module) {
        self.filename = filename
        root = Scope(kind: kind, name: "top", parent: nil)
        current = root
    }

    static func key(_ r: SourceRange, _ tag: String) -> String {
        "\(tag):\(r.line):\(r.column):\(r.endLine):\(r.endColumn)"
    }

    mutating func build(_ body: [Stmt]) throws(SyntaxError) -> Scope {
        for s in body { try visit(s) }
        if let e = errors.first { throw e }
        resolve(root, enclosingBound: [])
        return root
    }

    mutating func buildExpression(_ e: Expr) throws(SyntaxError) -> Scope {
        try visit(e)
        if let e = errors.first { throw e }
        resolve(root, enclosingBound: [])
        return root
    }

    // MARK: Scopes

    private mutating func push(_ kind: Scope.Kind, _ name: String, _ range: SourceRange, _ tag: String) {
        let s = Scope(kind: kind, name: name, parent: current)
        current.children.append(s)
        scopesByPosition[SymbolTableBuilder.key(range, tag), default: []].append(s)
        current = s
    }

    private mutating func pop() {
        if let p = current.parent { current = p }
    }

    private func syntaxError(_ message: String, _ range: SourceRange) -> SyntaxError {
        SyntaxError(message: message, filename: filename, line: range.line, offset: range.column + 1,
                    endLine: range.endLine, endOffset: range.endColumn + 1)
    }

    // MARK: Statements

    private mutating func visit(_ s: Stmt) throws(SyntaxError) {
        switch s.kind {
        case .functionDef(let f):
            for d in f.decorators { try visit(d) }
            try visitArgumentDefaults(f.arguments)
            try visitAnnotations(f.arguments)
            if let r = f.returns { try visit(r) }
            current.add(f.name, .assigned)
            push(.function, f.name, s.range, "def")
            try declareParameters(f.arguments)
            for st in f.body { try visit(st) }
            pop()
        case .classDef(let c):
            for d in c.decorators { try visit(d) }
            for b in c.bases { try visit(b) }
            for k in c.keywords { try visit(k.value) }
            current.add(c.name, .assigned)
            push(.classBody, c.name, s.range, "class")
            for st in c.body { try visit(st) }
            pop()
        case .return(let v):
            if let v { try visit(v) }
        case .delete(let targets):
            for t in targets { try visitTarget(t) }
        case .assign(let targets, let value):
            try visit(value)
            for t in targets { try visitTarget(t) }
        case .augAssign(let target, _, let value):
            try visit(value)
            try visitTarget(target)
            if case .name(let n) = target.kind { current.add(n, .used) }
        case .annAssign(let target, let annotation, let value, let simple):
            if let value { try visit(value) }
            try visit(annotation)
            if case .name(let n) = target.kind {
                if value != nil || current.kind != .module && current.kind != .classBody || simple {
                    if value != nil || current.isFunctionLike { current.add(n, .assigned) }
                }
            } else {
                try visitTarget(target)
            }
        case .for(let target, let iter, let body, let orelse):
            try visit(iter)
            try visitTarget(target)
            for st in body + orelse { try visit(st) }
        case .while(let test, let body, let orelse):
            try visit(test)
            for st in body + orelse { try visit(st) }
        case .if(let test, let body, let orelse):
            try visit(test)
            for st in body + orelse { try visit(st) }
        case .with(let items, let body):
            for i in items {
                try visit(i.contextExpr)
                if let v = i.optionalVars { try visitTarget(v) }
            }
            for st in body { try visit(st) }
        case .match(let subject, let cases):
            try visit(subject)
            for c in cases {
                try visitPattern(c.pattern)
                if let g = c.guardExpr { try visit(g) }
                for st in c.body { try visit(st) }
            }
        case .raise(let e, let c):
            if let e { try visit(e) }
            if let c { try visit(c) }
        case .try(let body, let handlers, let orelse, let finalbody),
             .tryStar(let body, let handlers, let orelse, let finalbody):
            for st in body { try visit(st) }
            for h in handlers {
                if let t = h.type { try visit(t) }
                if let n = h.name { current.add(n, .assigned) }
                for st in h.body { try visit(st) }
            }
            for st in orelse + finalbody { try visit(st) }
        case .assert(let test, let msg):
            try visit(test)
            if let msg { try visit(msg) }
        case .import(let names, _):
            for a in names {
                let bound = a.asName ?? String(a.name.split(separator: ".").first ?? Substring(a.name))
                current.add(bound, .assigned)
            }
        case .importFrom(_, let names, _, _):
            for a in names {
                if a.name == "*" {
                    if current.kind != .module {
                        errors.append(syntaxError("import * only allowed at module level", s.range))
                    }
                    current.hasStarImport = true
                    continue
                }
                current.add(a.asName ?? a.name, .assigned)
            }
        case .global(let names):
            for n in names {
                if let f = current.symbols[n] {
                    if f.contains(.parameter) {
                        errors.append(syntaxError("name '\(n)' is parameter and global", s.range))
                    } else if f.contains(.declaredNonlocal) {
                        errors.append(syntaxError("name '\(n)' is nonlocal and global", s.range))
                    } else if f.contains(.assigned) {
                        errors.append(syntaxError("name '\(n)' is assigned to before global declaration", s.range))
                    } else if f.contains(.used) {
                        errors.append(syntaxError("name '\(n)' is used prior to global declaration", s.range))
                    }
                }
                current.add(n, .declaredGlobal)
            }
        case .nonlocal(let names):
            for n in names {
                if current.kind == .module {
                    errors.append(syntaxError("nonlocal declaration not allowed at module level", s.range))
                    continue
                }
                if let f = current.symbols[n] {
                    if f.contains(.parameter) {
                        errors.append(syntaxError("name '\(n)' is parameter and nonlocal", s.range))
                    } else if f.contains(.declaredGlobal) {
                        errors.append(syntaxError("name '\(n)' is nonlocal and global", s.range))
                    } else if f.contains(.assigned) {
                        errors.append(syntaxError("name '\(n)' is assigned to before nonlocal declaration", s.range))
                    } else if f.contains(.used) {
                        errors.append(syntaxError("name '\(n)' is used prior to nonlocal declaration", s.range))
                    }
                }
                current.add(n, .declaredNonlocal)
            }
        case .expr(let e):
            try visit(e)
        case .pass, .break, .continue:
            break
        }
    }

    private mutating func visitArgumentDefaults(_ a: Arguments) throws(SyntaxError) {
        for d in a.defaults { try visit(d) }
        for d in a.keywordDefaults { if let d { try visit(d) } }
    }

    private mutating func visitAnnotations(_ a: Arguments) throws(SyntaxError) {
        for arg in a.positionalOnly + a.args + a.keywordOnly + [a.vararg, a.kwarg].compactMap({ $0 }) {
            if let ann = arg.annotation { try visit(ann) }
        }
    }

    private mutating func declareParameters(_ a: Arguments) throws(SyntaxError) {
        var all = a.positionalOnly + a.args + a.keywordOnly
        if let v = a.vararg { all.append(v) }
        if let k = a.kwarg { all.append(k) }
        var seen = Set<String>()
        for p in all {
            if !seen.insert(p.name).inserted {
                errors.append(syntaxError("duplicate argument '\(p.name)' in function definition", p.range))
            }
            current.add(p.name, .parameter)
        }
    }

    private mutating func visitPattern(_ p: Pattern) throws(SyntaxError) {
        switch p.kind {
        case .value(let e): try visit(e)
        case .singleton: break
        case .sequence(let ps): for q in ps { try visitPattern(q) }
        case .mapping(let keys, let ps, let rest):
            for k in keys { try visit(k) }
            for q in ps { try visitPattern(q) }
            if let rest { current.add(rest, .assigned) }
        case .class(let cls, let ps, _, let kps):
            try visit(cls)
            for q in ps + kps { try visitPattern(q) }
        case .star(let n):
            if let n { current.add(n, .assigned) }
        case .as(let q, let n):
            if let q { try visitPattern(q) }
            if let n { current.add(n, .assigned) }
        case .or(let ps):
            for q in ps { try visitPattern(q) }
        }
    }

    // MARK: Expressions

    private mutating func visitTarget(_ e: Expr) throws(SyntaxError) {
        switch e.kind {
        case .name(let n): current.add(n, .assigned)
        case .tuple(let items), .list(let items): for i in items { try visitTarget(i) }
        case .starred(let inner): try visitTarget(inner)
        case .attribute(let v, _): try visit(v)
        case .subscript(let v, let i):
            try visit(v)
            try visit(i)
        default: try visit(e)
        }
    }

    private mutating func visit(_ e: Expr) throws(SyntaxError) {
        switch e.kind {
        case .boolOp(_, let values): for v in values { try visit(v) }
        case .namedExpr(let target, let value):
            try visit(value)
            if case .name(let n) = target.kind {
                // In a comprehension the target binds in the nearest enclosing non-comprehension scope.
                var scope = current
                while scope.kind == .comprehension, let p = scope.parent {
                    scope.add(n, [.used, .comprehensionTarget])
                    scope = p
                }
                if scope.kind == .classBody && current.kind == .comprehension {
                    errors.append(syntaxError("assignment expression within a comprehension cannot be used in a class body", e.range))
                }
                scope.add(n, .assigned)
            }
        case .binOp(let l, _, let r):
            try visit(l)
            try visit(r)
        case .unaryOp(_, let v): try visit(v)
        case .lambda(let args, let body):
            try visitArgumentDefaults(args)
            push(.function, "<lambda>", e.range, "lambda")
            try declareParameters(args)
            try visit(body)
            pop()
        case .ifExp(let t, let b, let o):
            try visit(t)
            try visit(b)
            try visit(o)
        case .dict(let keys, let values):
            for k in keys { if let k { try visit(k) } }
            for v in values { try visit(v) }
        case .set(let items), .list(let items), .tuple(let items):
            for i in items { try visit(i) }
        case .listComp(let elt, let gens), .setComp(let elt, let gens), .generatorExp(let elt, let gens):
            try visitComprehension(e, gens) { (b) throws(SyntaxError) in try b.visit(elt) }
        case .dictComp(let k, let v, let gens):
            try visitComprehension(e, gens) { (b) throws(SyntaxError) in
                try b.visit(k)
                try b.visit(v)
            }
        case .yield(let v):
            current.isGenerator = true
            if let v { try visit(v) }
            try checkYieldPlacement(e)
        case .yieldFrom(let v):
            current.isGenerator = true
            try visit(v)
            try checkYieldPlacement(e)
        case .compare(let l, _, let rs):
            try visit(l)
            for r in rs { try visit(r) }
        case .call(let f, let args, let kws):
            try visit(f)
            for a in args { try visit(a) }
            for k in kws { try visit(k.value) }
        case .formattedValue(let v, _, let spec):
            try visit(v)
            if let spec { try visit(spec) }
        case .joinedStr(let parts): for p in parts { try visit(p) }
        case .constant: break
        case .attribute(let v, _): try visit(v)
        case .subscript(let v, let i):
            try visit(v)
            try visit(i)
        case .starred(let v): try visit(v)
        case .name(let n):
            current.add(n, .used)
            if n == "super" && current.isFunctionLike { current.needsClassCell = true }
            if n == "__class__" && current.isFunctionLike { current.needsClassCell = true }
        case .slice(let a, let b, let c):
            if let a { try visit(a) }
            if let b { try visit(b) }
            if let c { try visit(c) }
        }
    }

    private mutating func checkYieldPlacement(_ e: Expr) throws(SyntaxError) {
        switch current.kind {
        case .module, .classBody:
            errors.append(syntaxError("'yield' outside function", e.range))
        case .comprehension:
            errors.append(syntaxError("'yield' inside \(current.name)", e.range))
        case .function:
            break
        }
    }

    private mutating func visitComprehension(_ e: Expr, _ gens: [Comprehension],
                                             _ body: (inout SymbolTableBuilder) throws(SyntaxError) -> Void) throws(SyntaxError) {
        guard let first = gens.first else { return }
        // The first iterable is evaluated in the enclosing scope.
        try visit(first.iter)
        let name: String
        switch e.kind {
        case .listComp: name = "list comprehension"
        case .setComp: name = "set comprehension"
        case .dictComp: name = "dict comprehension"
        default: name = "generator expression"
        }
        push(.comprehension, name, e.range, "comp")
        if case .generatorExp = e.kind { current.isGenerator = true }
        current.add(".0", .parameter)
        for (i, g) in gens.enumerated() {
            if i > 0 { try visit(g.iter) }
            try visitTarget(g.target)
            for c in g.conditions { try visit(c) }
        }
        try body(&self)
        pop()
    }

    // MARK: Resolution

    /// Decides cells and free variables bottom-up. `enclosingBound` holds names bound in enclosing
    /// function scopes (class scopes are skipped, as Python's scoping rules say).
    private func resolve(_ scope: Scope, enclosingBound: Set<String>) {
        var bound = enclosingBound
        if scope.isFunctionLike {
            for (n, f) in scope.symbols where scope.isLocal(n) || f.contains(.declaredNonlocal) { bound.insert(n) }
            for (n, f) in scope.symbols where f.contains(.declaredGlobal) { bound.remove(n) }
        }
        if scope.kind == .classBody { bound.insert("__class__") }
        for child in scope.children {
            resolve(child, enclosingBound: scope.kind == .module ? [] : (scope.kind == .classBody ? enclosingBound.union(["__class__"]) : bound))
        }
        // Free variables of this scope: used (or nonlocal) here or in children, bound in an enclosing
        // function, not local here.
        var free: [String] = []
        func consider(_ n: String) {
            if scope.isLocal(n) && scope.kind != .classBody { return }
            if scope.kind == .classBody && n != "__class__" && (scope.symbols[n]?.contains(.assigned) ?? false)
                && !(scope.symbols[n]?.contains(.declaredNonlocal) ?? false) { return }
            if scope.symbols[n]?.contains(.declaredGlobal) ?? false { return }
            if enclosingBound.contains(n) && !free.contains(n) { free.append(n) }
        }
        for n in scope.symbols.keys.sorted() {
            let f = scope.symbols[n]!
            if f.contains(.used) || f.contains(.declaredNonlocal) || f.contains(.comprehensionTarget) { consider(n) }
        }
        if scope.needsClassCell && scope.isFunctionLike { consider("__class__") }
        for child in scope.children {
            for n in child.freevars {
                if scope.kind == .classBody && n != "__class__" {
                    // A class body passes its children's free variables through, even names it binds itself.
                    if enclosingBound.contains(n) && !free.contains(n) { free.append(n) }
                } else {
                    consider(n)
                }
            }
        }
        // Cells: locals of this scope that children capture.
        var cells: [String] = []
        for child in scope.children {
            for n in child.freevars where !cells.contains(n) {
                if scope.kind == .classBody {
                    if n == "__class__" { cells.append(n) }
                } else if scope.isLocal(n) {
                    cells.append(n)
                }
            }
        }
        scope.cellvars = cells.sorted()
        scope.freevars = free.filter { !cells.contains($0) }.sorted()
        if scope.kind == .classBody {
            // A class body never has `__class__` as a free variable of its own.
            scope.freevars.removeAll { $0 == "__class__" }
        }
    }
}
