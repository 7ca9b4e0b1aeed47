extension TerminalText {
    /// `prompt` without the escapes it holds between pairs of `marker` characters.
    static func visiblePrompt(_ prompt: String, marker: Character) -> String {
        prompt.split(separator: marker, omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset.isMultiple(of: 2) }.map(\.element).joined()
    }

    /// The row, counted from the first, of the cursor placed after `text` that was drawn from column 0
    /// at `drawnWidth` columns and then re-wrapped by the terminal to `shownWidth` columns.
    ///
    /// A wide character that does not fit a row's end starts the next row and the gap is drawn as
    /// spaces (libedit does so, and the terminal keeps those spaces when it re-wraps); a cursor right
    /// after a full row is on the next one; a newline (libedit's search prompt) ends a row.
    static func cursorRow(after text: String, drawnAt drawnWidth: Int, shownAt shownWidth: Int) -> Int {
        let widths = text.unicodeScalars.map { $0 == "\n" ? newline : width(of: $0) }.filter { $0 != 0 }
        let drawn = layout(widths, width: max(drawnWidth, 2)).cells
        return layout(drawn, width: max(shownWidth, 2)).cursorRow
    }

    /// Stands for a newline among cell widths.
    private static let newline = -1

    /// Cell widths as drawn at `width` (gaps before wrapped wide characters become 1-column spaces)
    /// and the row the cursor ends on.
    private static func layout(_ widths: [Int], width: Int) -> (cells: [Int], cursorRow: Int) {
        var cells: [Int] = []
        var row = 0
        var column = 0
        for cell in widths {
            if cell == newline {
                cells.append(cell)
                row += 1
                column = 0
                continue
            }
            if column + cell > width {
                cells += Array(repeating: 1, count: width - column)
                row += 1
                column = 0
            }
            cells.append(cell)
            column += cell
        }
        return (cells, column >= width ? row + 1 : row)
    }
}
