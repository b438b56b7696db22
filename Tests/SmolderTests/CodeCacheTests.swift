import XCTest
import SmolderCompiler
import SmolderSyntax

/// The compiled-code cache format: a code object survives writing and reading field for field, and
/// no damaged file is ever accepted (or traps).
final class CodeCacheTests: XCTestCase {
    private let source = """
        '''Module doc.'''
        from __future__ import annotations
        import sys
        BIG = 123456789012345678901234567890 * -98765432109876543210
        NEG = -(2 ** 70)
        VALUES = (1, -7, 2.5, -0.0, float('nan'), 3j, 1.5 - 2j, b'x\\x00y', 'h\\u00e9llo \\U0001F600', None, ..., True, False,
                  (1, (2, (3, ()))), 10 ** 30, 'a' * 3)
        def f(a, /, b=2, *args, c, d: int = 4, **kw) -> int:
            '''f doc'''
            x = [i * a for i in range(3) if i]
            def g():
                nonlocal a
                a += b
                return a
            return g() + sum(x) + len(args) + len(kw)
        class K:
            "K doc"
            def m(self):
                return __class__
            def gm(self):
                sent = yield self.m()
                return sent
        def gen():
            try:
                yield from range(3)
            except* ValueError as e:
                pass
            finally:
                pass
        lam = lambda *a, **k: (a, k)
        match VALUES:
            case (1, x, *rest) if x:
                pass
            case {"k": v, **others}:
                pass
            case K(m=1):
                pass
        with open(__file__) as fh, open(__file__):
            pass
        print(f"{BIG!r:>10} {NEG=}")

        """
    private let stamp = CodeCacheFile.SourceStamp(mtimeNanoseconds: 1_700_000_000_123_456_789, size: 987)
    private let tag: UInt64 = 0x1234_5678_9ABC_DEF0

    private func compiled(file: String = "/src/m.py") throws -> CodeObject {
        try Compiler.compile(try Parser.parseModule(source, filename: file), filename: file, mode: .module, source: source)
    }

    /// Every stored field, nested code objects included, as text to compare.
    private func describe(_ c: CodeObject) -> String {
        var out = "code \(c.name) \(c.qualifiedName) \(c.filename) \(c.firstLine) \(c.flags.rawValue) "
        out += "\(c.argCount) \(c.positionalOnlyCount) \(c.keywordOnlyCount) \(c.stackSize) \(c.blockDepth) "
        out += "\(String(describing: c.docstring))\n"
        out += c.instructions.map { "\($0.opcode):\($0.arg)" }.joined(separator: " ") + "\n"
        out += "\(c.lines)\n\(c.positions)\n\(c.names) \(c.varnames) \(c.cellvars) \(c.freevars) \(c.cellParameterIndices)\n"
        for k in c.constants { out += describe(k) + "\n" }
        return out
    }

    private func describe(_ k: CodeConstant) -> String {
        switch k {
        case .float(let d): return "float \(d.bitPattern)"
        case .complex(let r, let i): return "complex \(r.bitPattern) \(i.bitPattern)"
        case .tuple(let items): return "(" + items.map(describe).joined(separator: ", ") + ")"
        case .code(let inner): return describe(inner)
        default: return "\(k)"
        }
    }

    func testRoundTripKeepsEveryField() throws {
        let code = try compiled()
        let file = try XCTUnwrap(CodeCacheFile.encode(code, stamp: stamp, compilerTag: tag))
        let back = try XCTUnwrap(file.withUnsafeBufferPointer {
            CodeCacheFile.decode($0, filename: "/src/m.py", stamp: stamp, compilerTag: tag)
        })
        XCTAssertEqual(describe(back), describe(code))
        XCTAssertGreaterThan(code.constants.count, 5)
    }

    func testLoadedCodeTakesTheLoadingPath() throws {
        let file = try XCTUnwrap(CodeCacheFile.encode(try compiled(), stamp: stamp, compilerTag: tag))
        let back = try XCTUnwrap(file.withUnsafeBufferPointer {
            CodeCacheFile.decode($0, filename: "/elsewhere/m.py", stamp: stamp, compilerTag: tag)
        })
        XCTAssertEqual(describe(back), describe(try compiled(file: "/elsewhere/m.py")))
    }

    func testStaleOrForeignHeadersAreRejected() throws {
        let file = try XCTUnwrap(CodeCacheFile.encode(try compiled(), stamp: stamp, compilerTag: tag))
        var newer = stamp
        newer.mtimeNanoseconds += 1
        var bigger = stamp
        bigger.size += 1
        file.withUnsafeBufferPointer { buffer in
            XCTAssertNil(CodeCacheFile.decode(buffer, filename: "/src/m.py", stamp: newer, compilerTag: tag))
            XCTAssertNil(CodeCacheFile.decode(buffer, filename: "/src/m.py", stamp: bigger, compilerTag: tag))
            XCTAssertNil(CodeCacheFile.decode(buffer, filename: "/src/m.py", stamp: stamp, compilerTag: tag + 1))
            XCTAssertEqual(CodeCacheFile.stamp(of: buffer, compilerTag: tag), stamp)
        }
        var otherFormat = file
        otherFormat[4] &+= 1
        XCTAssertNil(otherFormat.withUnsafeBufferPointer {
            CodeCacheFile.decode($0, filename: "/src/m.py", stamp: stamp, compilerTag: tag)
        })
    }

    func testTruncatedAndCorruptFilesAreRejected() throws {
        let file = try XCTUnwrap(CodeCacheFile.encode(try compiled(), stamp: stamp, compilerTag: tag))
        for length in 0..<file.count {
            let prefix = Array(file[..<length])
            XCTAssertNil(prefix.withUnsafeBufferPointer {
                CodeCacheFile.decode($0, filename: "/src/m.py", stamp: stamp, compilerTag: tag)
            }, "prefix of \(length) bytes")
        }
        for position in stride(from: 0, to: file.count, by: 3) {
            for flip: UInt8 in [0x01, 0x80, 0xFF] {
                var damaged = file
                damaged[position] ^= flip
                XCTAssertNil(damaged.withUnsafeBufferPointer {
                    CodeCacheFile.decode($0, filename: "/src/m.py", stamp: stamp, compilerTag: tag)
                }, "byte \(position) ^ \(flip)")
            }
        }
        let extended = file + [0]
        XCTAssertNil(extended.withUnsafeBufferPointer {
            CodeCacheFile.decode($0, filename: "/src/m.py", stamp: stamp, compilerTag: tag)
        })
    }

    func testFingerprintCoversTheInstructionSet() {
        XCTAssertEqual(BytecodeVersion.fingerprint(), BytecodeVersion.fingerprint())
        XCTAssertNotEqual(BytecodeVersion.fingerprint(), 0xCBF2_9CE4_8422_2325)
    }
}
