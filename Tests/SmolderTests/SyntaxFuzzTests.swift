import XCTest
import SmolderSyntax

/// Random mutations of small programs: the parser may accept or reject them, but must never trap.
final class SyntaxFuzzTests: XCTestCase {
    private static let samples = [
        """
        import os, sys as system
        from . import x
        @decorator(1)
        class C(Base, metaclass=M):
            def method(self, a, /, b=2, *args, c, **kw) -> int:
                \"\"\"doc\"\"\"
                return [i ** 2 for i in range(a) if i % 2] + {k: v for k, v in kw.items()}
        """,
        """
        def gen(x):
            try:
                yield from x
            except* (A, B) as e:
                raise RuntimeError(f"bad {x!r:>{width}} {e=}") from e
            finally:
                del x[1:2, ::3]
        lambda q, *, r=1: (q, r)
        """,
        """
        match point:
            case Point(x=0, y=0) | [1, *rest] | {"k": v, **others}:
                print(f'''{v}\\N{BULLET}''', b'\\x00' rb'\\d')
            case -1 | 1+2j | None | _ if guard:
                pass
        while (n := n - 1) > 0 and not done:
            with open(p) as fh, lock:
                total += 0x_ff + 0o17 + 1_000.5e-3j
        else:
            nonlocal_ = global_ = ...
        """,
    ]

    private static let fragments = [
        "(", ")", "[", "]", "{", "}", ":", ",", "=", "\n", "\n    ", "\t", " ", "'", "\"", "\"\"\"", "f'", "{",
        "\\", "#", "*", "**", "lambda", "yield", "if", "else", "for", "in", "not", "match", "case", "lazy", "@",
        ":=", "->", "0x", "1e", "_", "€", "\u{A0}", "\0", "async", "await", ".", "...", "!", "$", "\r\n",
    ]

    func testMutatedProgramsNeverTrap() {
        var generator = SystemRandomNumberGenerator()
        var parsed = 0
        var rejected = 0
        for round in 0..<2500 {
            var scalars = Array(Self.samples[round % Self.samples.count].unicodeScalars)
            let mutations = Int.random(in: 1...4, using: &generator)
            for _ in 0..<mutations {
                let position = Int.random(in: 0...scalars.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0 where !scalars.isEmpty:
                    let end = min(scalars.count, position + Int.random(in: 1...6, using: &generator))
                    if position < end { scalars.removeSubrange(position..<end) }
                case 1:
                    let fragment = Self.fragments.randomElement(using: &generator) ?? "("
                    scalars.insert(contentsOf: fragment.unicodeScalars, at: position)
                default:
                    if !scalars.isEmpty, position < scalars.count {
                        let other = Int.random(in: 0..<scalars.count, using: &generator)
                        scalars.swapAt(position, other)
                    }
                }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            let source = String(view)
            do {
                _ = try Parser.parseModule(source, filename: "fuzz.py")
                parsed += 1
            } catch {
                rejected += 1
                XCTAssertFalse(error.message.isEmpty)
                XCTAssertGreaterThanOrEqual(error.line, 1, "bad line for \(source.debugDescription)")
            }
            _ = try? Parser.parseInteractive(source, filename: "<stdin>")
            _ = try? Parser.parseExpression(source, filename: "<string>")
        }
        XCTAssertGreaterThan(parsed + rejected, 0)
    }
}
