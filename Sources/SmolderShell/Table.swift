/// Aligned text tables that fit a terminal width: the widest shrinkable columns are cut first,
/// keeping their right end (file:line and dotted names read best from the end).
struct Table {
    var headers: [String]
    var rows: [[String]] = []
    /// Columns right-aligned (numbers).
    var rightAligned: Set<Int> = []
    var width = 80

    init(_ headers: String..., rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rightAligned = rightAligned
    }

    mutating func add(_ cells: String...) { rows.append(cells) }
    mutating func add(_ cells: [String]) { rows.append(cells) }

    func render(_ style: Style) -> String {
        let columns = headers.count
        guard columns > 0 else { return "" }
        var widths = headers.map(\.count)
        for row in rows {
            for (i, cell) in row.prefix(columns).enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        let gap = 2
        let budget = max(columns * 4, width - gap * (columns - 1))
        while widths.reduce(0, +) > budget {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 4 else { break }
            widths[widest] -= 1
        }
        var out = ""
        func line(_ cells: [String], header: Bool) {
            var parts: [String] = []
            for i in 0..<columns {
                let cell = Self.fit(i < cells.count ? cells[i] : "", widths[i])
                let pad = String(repeating: " ", count: max(0, widths[i] - cell.count))
                var text = rightAligned.contains(i) ? pad + cell : (i == columns - 1 ? cell : cell + pad)
                if header { text = style.bold(text) }
                parts.append(text)
            }
            var joined = parts.joined(separator: String(repeating: " ", count: gap))
            while joined.hasSuffix(" ") { joined.removeLast() }
            out += joined + "\n"
        }
        line(headers, header: true)
        for row in rows { line(row, header: false) }
        return out
    }

    /// Cuts a cell to `width` characters, keeping its end behind an ellipsis.
    static func fit(_ s: String, _ width: Int) -> String {
        guard s.count > width, width > 1 else { return s }
        return "…" + String(s.suffix(width - 1))
    }
}
