extension PostContent.Extractor {
    /// The stocks or crypto bullets: one per ticker, with the market reaction.
    ///
    /// Stories about the same tickers fold into one bullet (the best story tells the event; the
    /// reaction counts every tweet), and so does a story without a ticker whose name the bullet's
    /// tweets use (`Intel shares sink…` joins `$INTC`, whose tweets say Intel). In the automatic
    /// draft a bullet needs a discussion, at least two accounts, as the reference's "no substantive
    /// discussion" implies: a lone shill is not one.
    func marketItems(_ stories: [Story], section: Section, requireDiscussion: Bool) -> [PostContent.Item] {
        var groups: [(key: String?, stories: [Story])] = []
        for story in stories {
            let tickers = Self.tickers(found(story).compactMap { tweets[$0] })
            let key = tickers.isEmpty ? nil : tickers.joined(separator: " ")
            if let key, let i = groups.firstIndex(where: { $0.key == key }) {
                groups[i].stories.append(story)
            } else {
                groups.append((key, [story]))
            }
        }
        for g in groups.indices.reversed() where groups[g].key == nil {
            let story = groups[g].stories[0]
            guard let name = Self.properName(story, tweet: leadTweet(story)), name.count >= 3,
                  let target = groups.indices.first(where: { t in
                      groups[t].key != nil && groups[t].stories.contains { other in
                          found(other).contains { tweets[$0]?.text.containsWord(name) ?? false }
                      }
                  })
            else { continue }
            groups[target].stories.append(contentsOf: groups[g].stories)
            groups.remove(at: g)
        }
        var items: [PostContent.Item] = []
        for group in groups {
            let lead = group.stories[0]
            var seen = Set<String>()
            let present = group.stories.flatMap { found($0) }.filter { seen.insert($0).inserted }.compactMap { tweets[$0] }
            let authors = Set(present.map { $0.author.handle.lowercased() }).count
            if requireDiscussion && authors < 2 { continue }
            var item = item(lead, section: section)
            item.merged = group.stories.dropFirst().map(\.id)
            var total = Tweet.Metrics()
            for t in present { total.add(t.metrics) }
            item.reaction = strings.reactionFigures(authors, present.count, total)
            // The discussion: the most-liked other voice on the same tickers (not a reply that
            // only drops another coin's name).
            let leadTweet = leadTweet(lead)
            let leadTags = Set(Self.tickers(present))
            let others = present.filter { t in
                t.id != leadTweet?.id && t.kind != .retweet && t.author.handle != leadTweet?.author.handle
                    && (leadTags.isEmpty || !leadTags.isDisjoint(with: t.cashtags.map { $0.uppercased() }) || t.cashtags.isEmpty)
            }
            if let best = others.max(by: { ($0.metrics.likes, $1.id) < ($1.metrics.likes, $0.id) }) {
                let who = best.author.name.isEmpty ? "@" + best.author.handle : best.author.name
                item.discussion = SafeText.inline(who + strings.colon + Self.clean(best.text, limit: 200))
            }
            items.append(item)
        }
        return items
    }
}
