import SmolderCompiler
import SmolderSyntax

/// A plain read-eval-print loop on standard input (`smolder -i`, or no script with stdin attached):
/// prompts on stderr, one compilation unit per complete statement, errors reported and the session
/// kept. The line-editing shell builds on the same pieces.
extension Interpreter {
    /// Runs until end of input; returns the exit status (SystemExit's code, else 0).
    public func runInteractiveLoop(banner: String?) -> Int32 {
        let main = mainModule()
        if let banner { writeError(banner + "\n") }
        var buffer = ""
        while true {
            flushStdout()
            writeError(buffer.isEmpty ? ">>> " : "... ")
            standardError.flush()
            guard let line = readLine() else {
                writeError("\n")
                if !buffer.isEmpty { _ = runInteractiveUnit(buffer, main) }
                return flushAndExit(0)
            }
            buffer += line
            if !line.hasSuffix("\n") { buffer += "\n" }
            switch compileInteractive(buffer) {
            case .needsMore:
                // A blank line ends a compound statement that is still open.
                if line.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && buffer.contains(":") {
                    fallthrough
                }
                continue
            case .ready:
                let unit = buffer
                buffer = ""
                if let status = runInteractiveUnit(unit, main) { return flushAndExit(status) }
            }
        }
    }

    private enum UnitState { case needsMore, ready }

    private func compileInteractive(_ source: String) -> UnitState {
        do throws(SyntaxError) {
            _ = try Parser.parseInteractive(source, filename: "<stdin>")
            return .ready
        } catch {
            return error.isIncompleteInput ? .needsMore : .ready
        }
    }

    /// Runs one unit; returns an exit status when it raised SystemExit.
    private func runInteractiveUnit(_ source: String, _ main: PyModule) -> Int32? {
        do throws(PyError) {
            let code = try compile(source, filename: "<stdin>", mode: .interactive)
            _ = try run(code, globals: main.namespace)
        } catch {
            if error.exception.type.isSubtype(of: exceptions.SystemExit) { return handleUncaught(error.exception) }
            flushStdout()
            printException(error.exception)
        }
        return nil
    }
}

import Foundation
