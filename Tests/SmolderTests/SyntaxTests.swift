import XCTest
import SmolderSyntax

/// AST shape and positions, compared with the dumps CPython 3.11's `ast` module gives for the same
/// source (expectations generated with python3 and pasted as literals).
final class SyntaxTests: XCTestCase {
    private func dump(_ source: String, positions: Bool = false, file: StaticString = #filePath,
                      line: UInt = #line) -> String {
        do {
            return SyntaxASTDump(positions: positions).dump(try Parser.parseModule(source, filename: "t.py"))
        } catch {
            XCTFail("unexpected \(error.kind.rawValue): \(error.message) at \(error.line):\(error.offset)",
                    file: file, line: line)
            return ""
        }
    }

    func testConstructsMatchCPython() {
        let cases: [(String, String)] = [
        ("x = 1\n", "[Assign([Name('x')], Constant(1))]"),
        ("a, *b = c = d\n", "[Assign([Tuple([Name('a'), Starred(Name('b'))]), Name('c')], Name('d'))]"),
        ("x += 1; y //= 2; z **= 3; w @= m\n", "[AugAssign(Name('x'), add, Constant(1)), AugAssign(Name('y'), floorDivide, Constant(2)), AugAssign(Name('z'), power, Constant(3)), AugAssign(Name('w'), matrixMultiply, Name('m'))]"),
        ("x: int = 5\n(y): str\nz.a: float\n", "[AnnAssign(Name('x'), Name('int'), Constant(5), 1), AnnAssign(Name('y'), Name('str'), None, 0), AnnAssign(Attribute(Name('z'), 'a'), Name('float'), None, 0)]"),
        ("def f(a, /, b=1, *args, c, d=2, **kw) -> R:\n    \"\"\"doc\"\"\"\n    return a\n", "[FunctionDef('f', arguments([arg('a', None)], [arg('b', None)], arg('args', None), [arg('c', None), arg('d', None)], [None, Constant(2)], arg('kw', None), [Constant(1)]), [Expr(Constant(str:'doc')), Return(Name('a'))], [], Name('R'))]"),
        ("@dec\n@dec2(1)\nclass C(Base, metaclass=Meta):\n    def m(self): ...\n", "[ClassDef('C', [Name('Base')], [keyword('metaclass', Name('Meta'))], [FunctionDef('m', arguments([], [arg('self', None)], None, [], [], None, []), [Expr(Constant(Ellipsis))], [], None)], [Name('dec'), Call(Name('dec2'), [Constant(1)], [])])]"),
        ("lambda: 0\nlambda x, *, y=1: x + y\n", "[Expr(Lambda(arguments([], [], None, [], [], None, []), Constant(0))), Expr(Lambda(arguments([], [arg('x', None)], None, [arg('y', None)], [Constant(1)], None, []), BinOp(Name('x'), add, Name('y'))))]"),
        ("for i, (j, k) in items:\n    continue\nelse:\n    z = 2\n", "[For(Tuple([Name('i'), Tuple([Name('j'), Name('k')])]), Name('items'), [Continue()], [Assign([Name('z')], Constant(2))])]"),
        ("while x:\n    pass\nelse:\n    x = 0\n", "[While(Name('x'), [Pass()], [Assign([Name('x')], Constant(0))])]"),
        ("if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n", "[If(Name('a'), [Pass()], [If(Name('b'), [Pass()], [Pass()])])]"),
        ("with a as b, c as (d, e), f:\n    pass\n", "[With([withitem(Name('a'), Name('b')), withitem(Name('c'), Tuple([Name('d'), Name('e')])), withitem(Name('f'), None)], [Pass()])]"),
        ("with (open(a) as b, open(c) as d,):\n    pass\n", "[With([withitem(Call(Name('open'), [Name('a')], []), Name('b')), withitem(Call(Name('open'), [Name('c')], []), Name('d'))], [Pass()])]"),
        ("try:\n    pass\nexcept ValueError as e:\n    raise RuntimeError(\"x\") from e\nexcept (A, B):\n    raise\nelse:\n    pass\nfinally:\n    pass\n", "[Try([Pass()], [ExceptHandler(Name('ValueError'), 'e', [Raise(Call(Name('RuntimeError'), [Constant(str:'x')], []), Name('e'))]), ExceptHandler(Tuple([Name('A'), Name('B')]), None, [Raise(None, None)])], [Pass()], [Pass()])]"),
        ("try:\n    pass\nexcept* OSError:\n    pass\n", "[TryStar([Pass()], [ExceptHandler(Name('OSError'), None, [Pass()])], [], [])]"),
        ("import a.b.c as d, e\nfrom ..pkg.mod import (x as y, z,)\nfrom . import w\nfrom ... import q\nfrom m import *\n", "[Import([alias('a.b.c', 'd'), alias('e', None)]), ImportFrom('pkg.mod', [alias('x', 'y'), alias('z', None)], 2), ImportFrom(None, [alias('w', None)], 1), ImportFrom(None, [alias('q', None)], 3), ImportFrom('m', [alias('*', None)], 0)]"),
        ("global g1, g2\ndef f():\n    nonlocal_ = 1\n    del a, b[0], c.d\n    assert x, \"msg\"\n", "[Global(['g1', 'g2']), FunctionDef('f', arguments([], [], None, [], [], None, []), [Assign([Name('nonlocal_')], Constant(1)), Delete([Name('a'), Subscript(Name('b'), Constant(0)), Attribute(Name('c'), 'd')]), Assert(Name('x'), Constant(str:'msg'))], [], None)]"),
        ("x = a if b else c if d else e\n", "[Assign([Name('x')], IfExp(Name('b'), Name('a'), IfExp(Name('d'), Name('c'), Name('e'))))]"),
        ("x = not a and b or c and not d\n", "[Assign([Name('x')], BoolOp(or, [BoolOp(and, [UnaryOp(not, Name('a')), Name('b')]), BoolOp(and, [Name('c'), UnaryOp(not, Name('d'))])]))]"),
        ("x = a < b <= c == d != e > f >= g is h is not i in j not in k\n", "[Assign([Name('x')], Compare(Name('a'), [less, lessEqual, equal, notEqual, greater, greaterEqual, is, isNot, in, notIn], [Name('b'), Name('c'), Name('d'), Name('e'), Name('f'), Name('g'), Name('h'), Name('i'), Name('j'), Name('k')]))]"),
        ("x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** ~o\n", "[Assign([Name('x')], BinOp(Name('a'), bitOr, BinOp(Name('b'), bitXor, BinOp(Name('c'), bitAnd, BinOp(BinOp(Name('d'), leftShift, Name('e')), rightShift, BinOp(BinOp(Name('f'), add, Name('g')), subtract, BinOp(BinOp(BinOp(BinOp(BinOp(Name('h'), multiply, Name('i')), trueDivide, Name('j')), floorDivide, Name('k')), modulo, Name('l')), matrixMultiply, BinOp(Name('m'), power, UnaryOp(minus, BinOp(Name('n'), power, UnaryOp(invert, Name('o'))))))))))))]"),
        ("x = f(a, *b, c=d, **e)(g)[h][i:j, ::k, l:m:n].attr\n", "[Assign([Name('x')], Attribute(Subscript(Subscript(Call(Call(Name('f'), [Name('a'), Starred(Name('b'))], [keyword('c', Name('d')), keyword(None, Name('e'))]), [Name('g')], []), Name('h')), Tuple([Slice(Name('i'), Name('j'), None), Slice(None, None, Name('k')), Slice(Name('l'), Name('m'), Name('n'))])), 'attr'))]"),
        ("x = [1, 2, *a]; y = (1,); z = (); s = {1, *b}; d = {1: 2, **e}; e = {}\n", "[Assign([Name('x')], List([Constant(1), Constant(2), Starred(Name('a'))])), Assign([Name('y')], Tuple([Constant(1)])), Assign([Name('z')], Tuple([])), Assign([Name('s')], Set([Constant(1), Starred(Name('b'))])), Assign([Name('d')], Dict([Constant(1), None], [Constant(2), Name('e')])), Assign([Name('e')], Dict([], []))]"),
        ("x = [i for i in range(10) if i if i > 2 for j in i]\ny = {k: v for k, v in items}\nz = {a for a in b}\ng = (c for c in d)\nh = f(x for x in y)\n", "[Assign([Name('x')], ListComp(Name('i'), [comprehension(Name('i'), Call(Name('range'), [Constant(10)], []), [Name('i'), Compare(Name('i'), [greater], [Constant(2)])]), comprehension(Name('j'), Name('i'), [])])), Assign([Name('y')], DictComp(Name('k'), Name('v'), [comprehension(Tuple([Name('k'), Name('v')]), Name('items'), [])])), Assign([Name('z')], SetComp(Name('a'), [comprehension(Name('a'), Name('b'), [])])), Assign([Name('g')], GeneratorExp(Name('c'), [comprehension(Name('c'), Name('d'), [])])), Assign([Name('h')], Call(Name('f'), [GeneratorExp(Name('x'), [comprehension(Name('x'), Name('y'), [])])], []))]"),
        ("x = (y := f(1))\n[z := 1, 2]\n", "[Assign([Name('x')], NamedExpr(Name('y'), Call(Name('f'), [Constant(1)], []))), Expr(List([NamedExpr(Name('z'), Constant(1)), Constant(2)]))]"),
        ("x = 'a' \"b\" '''c''' \"\"\"d\"\"\" r'\\d' u'e' '\\t\\x41\\u00e9\\N{BULLET}\\101'\ny = rb'\\x' b'f\\x00\\n' Rb'g' BR'h'\n", "[Assign([Name('x')], Constant(str:'abcd\\\\de\\x9Aé•A')), Assign([Name('y')], Constant(bytes:92,120,102,0,10,103,104))]"),
        ("x = f'a{b}c{d!r}e{f:>10}g{h!s:{i}.{j}}' f\"{{k}}\" 'l'\n", "[Assign([Name('x')], JoinedStr([Constant(str:'a'), FormattedValue(Name('b'), None, None), Constant(str:'c'), FormattedValue(Name('d'), 'r', None), Constant(str:'e'), FormattedValue(Name('f'), None, JoinedStr([Constant(str:'>10')])), Constant(str:'g'), FormattedValue(Name('h'), 's', JoinedStr([FormattedValue(Name('i'), None, None), Constant(str:'.'), FormattedValue(Name('j'), None, None)])), Constant(str:'{k}l')]))]"),
        ("x = f'{x=}' f'{y = !a}' f'{z=:.2f}'\n", "[Assign([Name('x')], JoinedStr([Constant(str:'x='), FormattedValue(Name('x'), 'r', None), Constant(str:'y = '), FormattedValue(Name('y'), 'a', None), Constant(str:'z='), FormattedValue(Name('z'), None, JoinedStr([Constant(str:'.2f')]))]))]"),
        ("x = 0 + 0x1F + 0o17 + 0b101 + 1_000_000 + 1.5 + .5 + 5. + 1e10 + 1.5E-3 + 2j + 1.5J + 99999999999999999999999\n", "[Assign([Name('x')], BinOp(BinOp(BinOp(BinOp(BinOp(BinOp(BinOp(BinOp(BinOp(BinOp(BinOp(BinOp(Constant(0), add, Constant(31)), add, Constant(15)), add, Constant(5)), add, Constant(1000000)), add, Constant(float:1.5)), add, Constant(float:0.5)), add, Constant(float:5.0)), add, Constant(float:10000000000.0)), add, Constant(float:0.0015)), add, Constant(imag:2.0)), add, Constant(imag:1.5)), add, Constant(big:99999999999999999999999)))]"),
        ("x = ...\ny = a[...]\nz = None, True, False\n", "[Assign([Name('x')], Constant(Ellipsis)), Assign([Name('y')], Subscript(Name('a'), Constant(Ellipsis))), Assign([Name('z')], Tuple([Constant(None), Constant(True), Constant(False)]))]"),
        ("def g():\n    yield\n    yield 1\n    yield from h()\n    x = yield\n    return (yield a, b)\n", "[FunctionDef('g', arguments([], [], None, [], [], None, []), [Expr(Yield(None)), Expr(Yield(Constant(1))), Expr(YieldFrom(Call(Name('h'), [], []))), Assign([Name('x')], Yield(None)), Return(Yield(Tuple([Name('a'), Name('b')])))], [], None)]"),
        ("match command.split():\n    case [action]:\n        pass\n    case [action, obj]:\n        pass\n    case Point(x=0, y=0):\n        pass\n    case Point(0, y=var) | Point(var, 0):\n        pass\n    case {\"x\": x, \"y\": 1, **rest}:\n        pass\n    case [1, 2, *others] if others:\n        pass\n    case (1 | 2 | 3) as n:\n        pass\n    case -1 | 1.5 | 2+3j | -4-5j | \"s\" \"t\" | b\"\" | None | True | False:\n        pass\n    case a.b.c:\n        pass\n    case {}:\n        pass\n    case []:\n        pass\n    case ():\n        pass\n    case *_,:\n        pass\n    case _:\n        pass\n", "[Match(Call(Attribute(Name('command'), 'split'), [], []), [match_case(MatchSequence([MatchAs(None, 'action')]), None, [Pass()]), match_case(MatchSequence([MatchAs(None, 'action'), MatchAs(None, 'obj')]), None, [Pass()]), match_case(MatchClass(Name('Point'), [], ['x', 'y'], [MatchValue(Constant(0)), MatchValue(Constant(0))]), None, [Pass()]), match_case(MatchOr([MatchClass(Name('Point'), [MatchValue(Constant(0))], ['y'], [MatchAs(None, 'var')]), MatchClass(Name('Point'), [MatchAs(None, 'var'), MatchValue(Constant(0))], [], [])]), None, [Pass()]), match_case(MatchMapping([Constant(str:'x'), Constant(str:'y')], [MatchAs(None, 'x'), MatchValue(Constant(1))], 'rest'), None, [Pass()]), match_case(MatchSequence([MatchValue(Constant(1)), MatchValue(Constant(2)), MatchStar('others')]), Name('others'), [Pass()]), match_case(MatchAs(MatchOr([MatchValue(Constant(1)), MatchValue(Constant(2)), MatchValue(Constant(3))]), 'n'), None, [Pass()]), match_case(MatchOr([MatchValue(UnaryOp(minus, Constant(1))), MatchValue(Constant(float:1.5)), MatchValue(BinOp(Constant(2), add, Constant(imag:3.0))), MatchValue(BinOp(UnaryOp(minus, Constant(4)), subtract, Constant(imag:5.0))), MatchValue(Constant(str:'st')), MatchValue(Constant(bytes:)), MatchSingleton(None), MatchSingleton(True), MatchSingleton(False)]), None, [Pass()]), match_case(MatchValue(Attribute(Attribute(Name('a'), 'b'), 'c')), None, [Pass()]), match_case(MatchMapping([], [], None), None, [Pass()]), match_case(MatchSequence([]), None, [Pass()]), match_case(MatchSequence([]), None, [Pass()]), match_case(MatchSequence([MatchStar(None)]), None, [Pass()]), match_case(MatchAs(None, None), None, [Pass()])])]"),
        ("match x, y:\n    case a, b:\n        pass\n", "[Match(Tuple([Name('x'), Name('y')]), [match_case(MatchSequence([MatchAs(None, 'a'), MatchAs(None, 'b')]), None, [Pass()])])]"),
        ("print(*a, sep='')\nf(**{'a': 1})\n", "[Expr(Call(Name('print'), [Starred(Name('a'))], [keyword('sep', Constant(str:''))])), Expr(Call(Name('f'), [], [keyword(None, Dict([Constant(str:'a')], [Constant(1)]))]))]"),
        ("class A: x = 1; y = 2\n", "[ClassDef('A', [], [], [Assign([Name('x')], Constant(1)), Assign([Name('y')], Constant(2))], [])]"),
        ("a[1:2]\na[:]\na[::2]\na[1:, :2]\na[*b]\n", "[Expr(Subscript(Name('a'), Slice(Constant(1), Constant(2), None))), Expr(Subscript(Name('a'), Slice(None, None, None))), Expr(Subscript(Name('a'), Slice(None, None, Constant(2)))), Expr(Subscript(Name('a'), Tuple([Slice(Constant(1), None, None), Slice(None, Constant(2), None)]))), Expr(Subscript(Name('a'), Tuple([Starred(Name('b'))])))]"),
        ("x = \\\n    1 + \\\n    2\n", "[Assign([Name('x')], BinOp(Constant(1), add, Constant(2)))]"),
        ("if x:\n\tpass\n", "[If(Name('x'), [Pass()], [])]"),
        ("def f(\n    a,\n    b,\n):\n    return (a +\n            b)\n", "[FunctionDef('f', arguments([], [arg('a', None), arg('b', None)], None, [], [], None, []), [Return(BinOp(Name('a'), add, Name('b')))], [], None)]"),
        ]
        for (source, expected) in cases {
            XCTAssertEqual(dump(source), expected, "source: \(source)")
        }
    }

    func testPositionsMatchCPython() {
        let cases: [(String, String)] = [
        ("x = f(a,\n      b)\n", "[Assign([Name('x')@1:0-1:1], Call(Name('f')@1:4-1:5, [Name('a')@1:6-1:7, Name('b')@2:6-2:7], [])@1:4-2:8)@1:0-2:8]"),
        ("def f(x):\n    return x\n\n@d\nclass C:\n    pass\n", "[FunctionDef('f', arguments([], [arg('x', None)@1:6-1:7], None, [], [], None, []), [Return(Name('x')@2:11-2:12)@2:4-2:12], [], None)@1:0-2:12, ClassDef('C', [], [], [Pass()@6:4-6:8], [Name('d')@4:1-4:2])@5:0-6:8]"),
        ("y = (a, b,)\nz = a, b,\n", "[Assign([Name('y')@1:0-1:1], Tuple([Name('a')@1:5-1:6, Name('b')@1:8-1:9])@1:4-1:11)@1:0-1:11, Assign([Name('z')@2:0-2:1], Tuple([Name('a')@2:4-2:5, Name('b')@2:7-2:8])@2:4-2:9)@2:0-2:9]"),
        ("if x:\n    pass\nelif y:\n    z = 1\nelse:\n    w = 2\n", "[If(Name('x')@1:3-1:4, [Pass()@2:4-2:8], [If(Name('y')@3:5-3:6, [Assign([Name('z')@4:4-4:5], Constant(1)@4:8-4:9)@4:4-4:9], [Assign([Name('w')@6:4-6:5], Constant(2)@6:8-6:9)@6:4-6:9])@3:0-6:9])@1:0-6:9]"),
        ("s = 'a' f'{b!r:>{w}}c'\n", "[Assign([Name('s')@1:0-1:1], JoinedStr([Constant(str:'a')@1:4-1:22, FormattedValue(Name('b')@1:11-1:12, 'r', JoinedStr([Constant(str:'>')@1:4-1:22, FormattedValue(Name('w')@1:17-1:18, None, None)@1:4-1:22])@1:8-1:22)@1:4-1:22, Constant(str:'c')@1:4-1:22])@1:4-1:22)@1:0-1:22]"),
        ("t = [i for i in x]\ng = f(i for i in x)\n", "[Assign([Name('t')@1:0-1:1], ListComp(Name('i')@1:5-1:6, [comprehension(Name('i')@1:11-1:12, Name('x')@1:16-1:17, [])])@1:4-1:18)@1:0-1:18, Assign([Name('g')@2:0-2:1], Call(Name('f')@2:4-2:5, [GeneratorExp(Name('i')@2:6-2:7, [comprehension(Name('i')@2:12-2:13, Name('x')@2:17-2:18, [])])@2:5-2:19], [])@2:4-2:19)@2:0-2:19]"),
        ("try:\n    pass\nexcept E as e:\n    pass\nfinally:\n    q = 1\n", "[Try([Pass()@2:4-2:8], [ExceptHandler(Name('E')@3:7-3:8, 'e', [Pass()@4:4-4:8])@3:0-4:8], [], [Assign([Name('q')@6:4-6:5], Constant(1)@6:8-6:9)@6:4-6:9])@1:0-6:9]"),
        ("é = 'ü' + ñ\n", "[Assign([Name('é')@1:0-1:1], BinOp(Constant(str:'ü')@1:4-1:7, add, Name('ñ')@1:10-1:11)@1:4-1:11)@1:0-1:11]"),
        ("import a.b as c\nfrom x import (y as z)\n", "[Import([alias('a.b', 'c')@1:7-1:15])@1:0-1:15, ImportFrom('x', [alias('y', 'z')@2:15-2:21], 0)@2:0-2:22]"),
        ("match p:\n    case [1, *r] | {'k': v} as m:\n        pass\n", "[Match(Name('p')@1:6-1:7, [match_case(MatchAs(MatchOr([MatchSequence([MatchValue(Constant(1)@2:10-2:11)@2:10-2:11, MatchStar('r')@2:13-2:15])@2:9-2:16, MatchMapping([Constant(str:'k')@2:20-2:23], [MatchAs(None, 'v')@2:25-2:26], None)@2:19-2:27])@2:9-2:27, 'm')@2:9-2:32, None, [Pass()@3:8-3:12])])@1:0-3:12]"),
        ("x = -1 ** 2\nlambda a, *b, c=1, **d: 0\n", "[Assign([Name('x')@1:0-1:1], UnaryOp(minus, BinOp(Constant(1)@1:5-1:6, power, Constant(2)@1:10-1:11)@1:5-1:11)@1:4-1:11)@1:0-1:11, Expr(Lambda(arguments([], [arg('a', None)@2:7-2:8], arg('b', None)@2:11-2:12, [arg('c', None)@2:14-2:15], [Constant(1)@2:16-2:17], arg('d', None)@2:21-2:22, []), Constant(0)@2:24-2:25)@2:0-2:25)@2:0-2:25]"),
        ("x = '''a\nb''' + c\n", "[Assign([Name('x')@1:0-1:1], BinOp(Constant(str:'a\\nb')@1:4-2:4, add, Name('c')@2:7-2:8)@1:4-2:8)@1:0-2:8]"),
        ("print(f'''{\nx\n}''')\n", "[Expr(Call(Name('print')@1:0-1:5, [JoinedStr([FormattedValue(Name('x')@2:0-2:1, None, None)@1:6-3:4])@1:6-3:4], [])@1:0-3:5)@1:0-3:5]"),
        ]
        for (source, expected) in cases {
            XCTAssertEqual(dump(source, positions: true), expected, "source: \(source)")
        }
    }

    func testSoftKeywordsAreNamesElsewhere() {
        XCTAssertEqual(dump("match = case = _ = lazy = 1\nmatch(x)\nlazy.y = lazy[0]\n"),
                       "[Assign([Name('match'), Name('case'), Name('_'), Name('lazy')], Constant(1)), "
                       + "Expr(Call(Name('match'), [Name('x')], [])), "
                       + "Assign([Attribute(Name('lazy'), 'y')], Subscript(Name('lazy'), Constant(0)))]")
    }

    func testLazyImports() {
        XCTAssertEqual(dump("lazy import a.b as c\nlazy from .m import x\n"),
                       "[Import([alias('a.b', 'c')], lazy), ImportFrom('m', [alias('x', None)], 1, lazy)]")
        let rejected: [(String, String)] = [
            ("def f():\n    lazy import x\n", "lazy import not allowed inside functions"),
            ("class C:\n    lazy import x\n", "lazy import not allowed inside classes"),
            ("try:\n    lazy import x\nexcept E:\n    pass\n", "lazy import not allowed inside try/except blocks"),
            ("lazy from m import *\n", "lazy from ... import * is not allowed"),
            ("lazy from __future__ import annotations\n", "lazy from __future__ import is not allowed"),
        ]
        for (source, message) in rejected {
            XCTAssertThrowsError(try Parser.parseModule(source, filename: "t.py")) { error in
                XCTAssertEqual((error as? SyntaxError)?.message, message)
            }
        }
    }

    func testFutureFeatures() throws {
        let module = try Parser.parseModule("\"doc\"\nfrom __future__ import annotations, lazy_imports\n"
                                            + "from __future__ import eager_imports\nimport os\n", filename: "t.py")
        XCTAssertEqual(module.futureFeatures, ["annotations", "lazy_imports", "eager_imports"])
        let rejected: [(String, String)] = [
            ("import os\nfrom __future__ import annotations\n",
             "from __future__ imports must occur at the beginning of the file"),
            ("def f():\n    from __future__ import annotations\n",
             "from __future__ imports must occur at the beginning of the file"),
            ("from __future__ import spam\n", "future feature spam is not defined"),
            ("from __future__ import braces\n", "not a chance"),
        ]
        for (source, message) in rejected {
            XCTAssertThrowsError(try Parser.parseModule(source, filename: "t.py")) { error in
                XCTAssertEqual((error as? SyntaxError)?.message, message)
            }
        }
    }

    func testIntegerLiterals() throws {
        let value = try Parser.parseExpression("0xFFFF_FFFF_FFFF_FFFF_FF", filename: "t.py")
        guard case .constant(.bigInt(let big)) = value.kind else { return XCTFail("expected bigInt") }
        XCTAssertEqual(big.description, "4722366482869645213695")
        let small = try Parser.parseExpression("-1", filename: "t.py")
        guard case .unaryOp(.minus, let operand) = small.kind, case .constant(.int(1)) = operand.kind else {
            return XCTFail("-1 must stay a unary minus")
        }
    }

    func testEvalMode() throws {
        let value = try Parser.parseExpression("  \n a + b\n\n", filename: "t.py")
        XCTAssertEqual(SyntaxASTDump().expr(value), "BinOp(Name('a'), add, Name('b'))")
        XCTAssertThrowsError(try Parser.parseExpression("x = 1", filename: "t.py"))
    }

    func testInteractiveMode() throws {
        func incomplete(_ source: String) -> Bool {
            do {
                _ = try Parser.parseInteractive(source, filename: "<stdin>")
                return false
            } catch {
                return error.isIncompleteInput
            }
        }
        XCTAssertEqual(try Parser.parseInteractive("x = 1\n", filename: "<stdin>").body.count, 1)
        XCTAssertEqual(try Parser.parseInteractive("if x:\n    pass\n\n", filename: "<stdin>").body.count, 1)
        XCTAssertEqual(try Parser.parseInteractive("", filename: "<stdin>").body.count, 0)
        let unfinished = ["if x:\n", "if x:\n    pass\n", "x = (1,\n", "s = '''abc\n", "x = 1 + \\\n",
                          "def f():\n", "for x in y:\n    pass\nelse:\n", "@d\n", "try:\n    pass\n", "if x: pass\n"]
        for source in unfinished {
            XCTAssertTrue(incomplete(source), "should ask for more: \(source.debugDescription)")
        }
        for source in ["x = 1 +\n", "x = 'abc\n", "x = )\n"] {
            XCTAssertFalse(incomplete(source), "should be a plain error: \(source.debugDescription)")
        }
        XCTAssertThrowsError(try Parser.parseInteractive("x = 1\ny = 2\n", filename: "<stdin>")) { error in
            XCTAssertEqual((error as? SyntaxError)?.message,
                           "multiple statements found while compiling a single statement")
        }
    }

    func testDeepNestingDoesNotOverflow() {
        let cases = [
            String(repeating: "-", count: 100_000) + "1\n",
            "x = " + String(repeating: "not ", count: 50_000) + "y\n",
            "x = 1" + String(repeating: "+1", count: 100_000) + "\n",
            "x = a" + String(repeating: ".b", count: 100_000) + "\n",
            "x = " + String(repeating: "lambda: ", count: 20_000) + "0\n",
            "if x: pass\n" + String(repeating: "elif y: pass\n", count: 5000),
        ]
        for source in cases {
            XCTAssertThrowsError(try Parser.parseModule(source, filename: "t.py")) { error in
                XCTAssertEqual((error as? SyntaxError)?.message, "too many nested expressions")
            }
        }
        let brackets = "x = " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "\n"
        XCTAssertNoThrow(try Parser.parseModule(brackets, filename: "t.py"))
        let tooMany = "x = " + String(repeating: "(", count: 201) + String(repeating: ")", count: 201) + "\n"
        XCTAssertThrowsError(try Parser.parseModule(tooMany, filename: "t.py")) { error in
            XCTAssertEqual((error as? SyntaxError)?.message, "too many nested parentheses")
        }
    }
}
