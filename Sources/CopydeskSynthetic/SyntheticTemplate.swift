import CopydeskCore

/// A tweet template parsed once into literal text and `{X}` slots, so filling it is one pass.
struct SyntheticTemplate: Sendable {
    enum Piece: Sendable {
        case text(String)
        /// The slot letter's index, `A` = 0 … `Z` = 25.
        case slot(Int)
    }

    let pieces: [Piece]

    init(_ source: String) {
        var pieces: [Piece] = []
        var literal = ""
        var scalars = Array(source.unicodeScalars)[...]
        while let first = scalars.first {
            if first == "{", scalars.count >= 3,
               let letter = scalars.dropFirst().first, ("A"..."Z").contains(letter),
               scalars.dropFirst(2).first == "}" {
                if !literal.isEmpty { pieces.append(.text(literal)) }
                literal = ""
                pieces.append(.slot(Int(letter.value - 65)))
                scalars = scalars.dropFirst(3)
            } else {
                literal.unicodeScalars.append(first)
                scalars = scalars.dropFirst()
            }
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        self.pieces = pieces
    }

    /// Fills the slots from `values` (indexed by slot letter; missing values are empty).
    func render(_ values: [String]) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .slot(let index): out += index < values.count ? values[index] : ""
            }
        }
        return out
    }
}
