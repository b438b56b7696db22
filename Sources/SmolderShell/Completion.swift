/// Candidates for the word before the cursor; each starts with `partial`.
struct Completion {
    var partial: String
    var candidates: [String]
    /// Typed after a sole candidate (`(` after a callable is not guessed; `.` is not either).
    var singleSuffix: String? = nil

    static let none = Completion(partial: "", candidates: [])

    var commonPrefix: String {
        guard var prefix = candidates.first else { return partial }
        for c in candidates.dropFirst() {
            while !c.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
