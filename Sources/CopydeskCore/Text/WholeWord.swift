extension String {
    /// Whether this text holds `word` (case ignored) not as part of a longer Latin word: `Intel,` and
    /// `英特尔 Intel 跌` hold `Intel`, `Intelligence` does not. A Chinese edge needs no boundary
    /// (`蛋白质设计` holds `蛋白质`): only where the word and its neighbour are both ASCII letters or
    /// digits does the word continue.
    func containsWord(_ word: String) -> Bool {
        guard let first = word.first, let last = word.last else { return false }
        func joins(_ edge: Character, _ neighbour: Character?) -> Bool {
            guard let neighbour else { return false }
            return edge.isASCII && (edge.isLetter || edge.isNumber) && neighbour.isASCII && (neighbour.isLetter || neighbour.isNumber)
        }
        var from = startIndex
        while let range = range(of: word, options: .caseInsensitive, range: from..<endIndex) {
            let before = range.lowerBound == startIndex ? nil : self[index(before: range.lowerBound)]
            let after = range.upperBound == endIndex ? nil : self[range.upperBound]
            if !joins(first, before) && !joins(last, after) { return true }
            from = index(after: range.lowerBound)
        }
        return false
    }
}
