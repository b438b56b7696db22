import SmolderCompiler
import SmolderSyntax

/// A plain read-eval-print loop on standard input (`smolder -i`, or no script with stdin attached):
/// prompts on stderr, one compilation unit per complete statement, errors reported and the session
/// kept. The line-editing shell builds on the same pieces.
extension Interpreter {
    /// Runs until end of input; returns the exit status (SystemExit's code, else 0).
    public func runInteractiveLoop(banner: String?) -> Int32 {
        _ = mainModule()  // the session namespace exists before the first prompt
        if let banner { writeError(banner + "\n") }
        var buffer = ""
        while true {
            flushStdout()
            writeError(buffer.isEmpty ? ">>> " : "... ")
            standardError.flush()
            guard let line = readLine() else {
                writeError("\n")
                if !buffer.isEmpty { _ = runInteractiveSource(buffer) }
                return flushAndExit(0)
            }
            buffer += line
            if !line.hasSuffix("\n") { buffer += "\n" }
            // A blank line ends a compound statement that is still open.
            let endsBlock = line.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && buffer.contains(":")
            guard endsBlock || Interpreter.isCompleteInteractiveUnit(buffer) else { continue }
            let unit = buffer
            buffer = ""
            if case .exit(let status) = runInteractiveSource(unit) { return status }
        }
    }

    /// True unless the parser reports the input as unfinished (it may still be a syntax error, which
    /// running it reports).
    public static func isCompleteInteractiveUnit(_ source: String) -> Bool {
        do throws(SyntaxError) {
            _ = try Parser.parseInteractive(source, filename: "<stdin>")
            return true
        } catch {
            return !error.isIncompleteInput
        }
    }
}

import Foundation
