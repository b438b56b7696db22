import CLibEdit
import Glibc

/// State the libedit callbacks read. Callbacks are C function pointers without context, so they reach
/// the shell through these; they only read them, and nothing they do can trap.
nonisolated(unsafe) private var promptText: UnsafeMutablePointer<CChar>? = nil
nonisolated(unsafe) private var completionProvider: ((String) -> Completion)? = nil

/// One line of input, or why there is none.
enum EditorInput {
    case line(String)
    case interrupted
    case endOfInput
}

/// The native libedit editor (emacs keys, ^R reverse search, Tab completion) with a history file
/// saved after every entry.
final class LineEditor {
    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?

    init?(program: String, completion: @escaping (String) -> Completion) {
        Self.useUTF8Locale()
        guard let history = history_init() else { return nil }
        guard let editor = el_init(program, smolder_stdin(), smolder_stdout(), smolder_stderr()) else {
            history_end(history)
            return nil
        }
        self.editor = editor
        self.history = history
        historyPath = HistoryFile.path
        completionProvider = completion
        _ = smolder_history_setsize(history, 2000)
        _ = smolder_history_setunique(history, 1)
        if let historyPath { _ = smolder_history_load(history, historyPath) }
        _ = smolder_el_set_editor(editor, "emacs")
        _ = smolder_el_set_signal(editor, 0)
        _ = smolder_el_set_history(editor, history)
        _ = smolder_el_set_prompt(editor) { _ in promptText }
        _ = smolder_el_addfn(editor, "smolder-complete", "Complete the word before the cursor", completeWord)
        _ = smolder_el_bind(editor, "^I", "smolder-complete")
        _ = smolder_el_bind(editor, "^R", "em-inc-search-prev")
    }

    /// Reads one line; `indent` is typed in for the user unless pasted input is already waiting
    /// (pushing it then would indent pasted code twice).
    func read(prompt: String, indent: String) -> EditorInput {
        free(promptText)
        promptText = strdup(prompt)
        if !indent.isEmpty && !Self.inputIsWaiting() { el_push(editor, indent) }
        var count: Int32 = 0
        errno = 0
        guard let raw = el_gets(editor, &count), count > 0 else {
            if count < 0 && errno == EINTR {
                el_reset(editor)
                return .interrupted
            }
            return .endOfInput
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Adds a line to the history and saves the file at once (a killed terminal keeps it).
    func remember(_ line: String) {
        guard !line.trimmingWhitespace.isEmpty else { return }
        _ = smolder_history_enter(history, line)
        if let historyPath { _ = smolder_history_save(history, historyPath) }
    }

    /// Restores the terminal and releases libedit.
    func close() {
        el_end(editor)
        history_end(history)
        completionProvider = nil
    }

    private static func inputIsWaiting() -> Bool {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0
    }

    /// UTF-8 input needs a UTF-8 LC_CTYPE; without it libedit drops non-ASCII keys.
    private static func useUTF8Locale() {
        let name = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
        if name == "C" || name == "POSIX" { _ = setlocale(LC_CTYPE, "C.UTF-8") }
    }
}

/// Tab: indentation at the start of a line, else completion of the word before the cursor.
private func completeWord(_ editor: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let editor, let info = el_line(editor), let start = info.pointee.buffer,
          let cursor = info.pointee.cursor else { return UInt8(CC_ERROR) }
    let length = cursor - start
    guard length >= 0 else { return UInt8(CC_ERROR) }
    let before = String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
    if before.allSatisfy({ $0 == " " || $0 == "\t" }) {
        let spaces = 4 - before.count % 4
        _ = el_insertstr(editor, String(repeating: " ", count: spaces))
        return UInt8(CC_REFRESH)
    }
    guard let provider = completionProvider else { return UInt8(CC_ERROR) }
    let completion = provider(before)
    guard !completion.candidates.isEmpty else { return UInt8(CC_ERROR) }
    let common = completion.commonPrefix
    if common.count > completion.partial.count {
        var insertion = String(common.dropFirst(completion.partial.count))
        if completion.candidates.count == 1, let suffix = completion.singleSuffix { insertion += suffix }
        _ = el_insertstr(editor, insertion)
        return UInt8(CC_REFRESH)
    }
    if completion.candidates.count == 1 {
        if let suffix = completion.singleSuffix { _ = el_insertstr(editor, suffix) }
        return UInt8(CC_REFRESH)
    }
    let listing = "\n" + Columns.layout(completion.candidates, width: 80)
    fputs(listing, smolder_stdout())
    fflush(smolder_stdout())
    return UInt8(CC_REDISPLAY)
}
