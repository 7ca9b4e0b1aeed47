/// That a story retells a point an earlier post published: which post and point, why it is the same
/// story, and what it brings that the earlier post did not tell.
///
/// The engine demotes a covered story out of the ten unless it brings something new; the editor
/// can promote it back as always. It is part of the proposal the session log records, so a log
/// replays to the same post whatever the earlier days' logs hold today.
public struct Coverage: Sendable, Hashable, Codable {
    /// The earlier post's day, `2026-01-23`.
    public var date: String
    /// The point's number in that post (1-based, as published).
    public var point: Int
    /// Why it is the same story: `shares 2 tweets with it`, `links the same page example.com/x`, ….
    public var because: String
    /// What it brings that the earlier point did not tell (`number 1M`, `name Gemini`, `link …`);
    /// empty when nothing: then it was demoted out of the ten.
    public var new: [String]

    public init(date: String, point: Int, because: String, new: [String] = []) {
        self.date = date
        self.point = point
        self.because = because
        self.new = new
    }

    /// `covered 2026-01-23 #3`, as the listing shows it.
    public var label: String { "covered \(date) #\(point)" }

    /// Whether it brings nothing new (so it is no point of its own).
    public var isRetelling: Bool { new.isEmpty }
}
