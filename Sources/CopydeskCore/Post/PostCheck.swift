import Foundation

/// Problems worth a look before saving a post (`check`, also run before `save`). Pure.
public struct PostWarning: Sendable, Hashable, CustomStringConvertible {
    public var kind: Kind
    /// The section concerned, when there is one.
    public var section: Section?
    /// The stories concerned.
    public var stories: [StoryID]
    public var message: String

    public enum Kind: String, Sendable, Hashable, Codable {
        /// The same story (or stories sharing a tweet) in more than one section.
        case storyInSeveralSections
        /// The same story (or stories sharing a tweet) twice among the ten points.
        case repeatedPoint
        case emptySection
        /// A point whose story has none of its tweets among the day's tweets.
        case unsupportedPoint
        /// The post shows more or fewer than the ten core points its heading promises.
        case pointCount
        /// The post's date is not on the report's last day or the day after.
        case dateOutsideReport
    }

    public var description: String { message }
}

/// Checks a draft as the post would show it.
public enum PostCheck {
    /// The number of core points the post's heading (核心信息（10个信息点概述）) promises.
    public static let pointsPromised = 10

    /// What `check` says when there are no warnings.
    public static let nothingToLookAt = "nothing to look at"

    /// Every warning, in a stable order: points first, then sections in post order.
    public static func warnings(_ draft: Draft, tweets: [String: Tweet]) -> [PostWarning] {
        var warnings: [PostWarning] = []
        let content = PostContent(draft: draft, tweets: tweets)

        // Points: repeats (same story, or two stories telling it with the same tweet), and support.
        var pointOwner: [String: StoryID] = [:]
        var seenPoints: [StoryID: Int] = [:]
        for (index, point) in draft.points.enumerated() where draft.decisions[point.story] != .rejected {
            let number = index + 1
            if let first = seenPoints[point.story] {
                warnings.append(PostWarning(
                    kind: .repeatedPoint, section: .points, stories: [point.story],
                    message: "points \(first) and \(number) are the same story \(point.story)."))
                continue
            }
            seenPoints[point.story] = number
            let story = draft.story(point.story)
            for tweet in story?.tweetIDs ?? [] {
                if let other = pointOwner[tweet], other != point.story {
                    warnings.append(PostWarning(
                        kind: .repeatedPoint, section: .points, stories: [other, point.story],
                        message: "points \(seenPoints[other] ?? 0) and \(number) share tweet \(tweet): the same news told twice?"))
                    break
                }
                pointOwner[tweet] = point.story
            }
            if story == nil || story!.tweetIDs.allSatisfy({ tweets[$0] == nil }) {
                warnings.append(PostWarning(
                    kind: .unsupportedPoint, section: .points, stories: [point.story],
                    message: "point \(number) (\(point.headline.prefix(40))) has no supporting tweet among the day's tweets."))
            }
        }

        // Sections: a story (or a tweet) shown in two sections, and sections left empty.
        var tweetSection: [String: (Section, StoryID)] = [:]
        var storySection: [StoryID: Section] = [:]
        for section in Section.allCases where section != .overview && section != .points {
            guard case .automatic(let items)? = content.sections[section] else { continue }
            if items.isEmpty && section != .stocks && section != .crypto {
                // The reserve's stories of this section, by the numbers `accept R…` takes.
                let waiting = draft.reserve.filter { id in
                    draft.decisions[id] != .rejected && draft.story(id).map { Section(category: $0.category) == section && $0.noise == nil } == true
                }.compactMap(draft.reserveNumber).sorted().prefix(5)
                let accept = waiting.isEmpty ? "accept a story for it" : "accept a reserve story for it (" + waiting.map { "R\($0)" }.joined(separator: ", ") + ")"
                warnings.append(PostWarning(
                    kind: .emptySection, section: section, stories: [],
                    message: "section \(section.rawValue) is empty: \(accept), reclassify one, or rewrite the section."))
            }
            for item in items {
                if let other = storySection[item.story], other != section {
                    warnings.append(PostWarning(
                        kind: .storyInSeveralSections, section: section, stories: [item.story],
                        message: "story \(item.story) is in both \(other.rawValue) and \(section.rawValue)."))
                }
                storySection[item.story] = section
                for tweet in draft.story(item.story)?.tweetIDs ?? [] {
                    if let (otherSection, otherStory) = tweetSection[tweet], otherStory != item.story {
                        warnings.append(PostWarning(
                            kind: .storyInSeveralSections, section: section, stories: [otherStory, item.story],
                            message: "stories \(otherStory) (\(otherSection.rawValue)) and \(item.story) (\(section.rawValue)) share tweet \(tweet): the same news in two places?"))
                        break
                    }
                    tweetSection[tweet] = (section, item.story)
                }
            }
        }
        for section in Section.allCases {
            if let text = draft.sectionTexts[section], text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                warnings.append(PostWarning(
                    kind: .emptySection, section: section, stories: [],
                    message: "section \(section.rawValue) was rewritten as empty text."))
            }
        }
        if case .automatic(let points) = content.points {
            if points.isEmpty {
                warnings.append(PostWarning(kind: .emptySection, section: .points, stories: [], message: "there are no core points."))
            } else if points.count != PostCheck.pointsPromised {
                warnings.append(PostWarning(
                    kind: .pointCount, section: .points, stories: [],
                    message: "the post shows \(points.count) core points; its heading promises \(PostCheck.pointsPromised) (reject or promote to match)."))
            }
        }
        let allowed = Draft.Metadata.allowedDays(draft.window)
        if let day = draft.metadata.day, !allowed.contains(day) {
            warnings.append(PostWarning(
                kind: .dateOutsideReport, section: nil, stories: [],
                message: "the post is dated \(day), outside the report's last day and the day after (\(allowed[0])–\(allowed[1])): "
                    + "Jekyll files and sorts it under that day; `date \(draft.window.end) \(Draft.Metadata.eveningTime)` dates it by the report."))
        }
        return warnings
    }
}
