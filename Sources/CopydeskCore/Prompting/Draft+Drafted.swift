extension Draft {
    /// Puts an accepted drafted text where its task belongs: a section's text, or a point's headline.
    ///
    /// The session reducer calls this when it folds an accepted `ai …` event, so a replay applies
    /// the recorded text and never calls the model. A headline for a point that no longer exists
    /// is ignored.
    public mutating func applyDrafted(_ text: String, for task: PromptTask) {
        switch task {
        case .overview: sectionTexts[.overview] = text
        case .points: sectionTexts[.points] = text
        case .section(let section): sectionTexts[section] = text
        case .headline(let number):
            guard points.indices.contains(number - 1) else { return }
            points[number - 1].headline = text
        }
    }
}
