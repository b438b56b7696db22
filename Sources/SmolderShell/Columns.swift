/// Words in columns, read top to bottom, as shells list completions.
enum Columns {
    static func layout(_ words: [String], width: Int) -> String {
        guard let widest = words.map(\.count).max() else { return "" }
        let cell = widest + 2
        let perRow = max(1, width / cell)
        let rows = (words.count + perRow - 1) / perRow
        var out = ""
        for r in 0..<rows {
            var line = ""
            var c = 0
            while c < perRow {
                let index = c * rows + r
                if index < words.count {
                    let w = words[index]
                    line += w + String(repeating: " ", count: max(0, cell - w.count))
                }
                c += 1
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
