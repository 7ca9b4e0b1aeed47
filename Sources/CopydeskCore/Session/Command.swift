/// One editing command, parsed from a line of text (the syntax the shell, scripts and help share).
///
/// Numbers are display numbers: `N` is a point (1-based, as `points` lists them), `R` a reserve item.
public enum Command: Sendable, Hashable {
    case points
    /// A point's story and its tweets; a reserve item's, or the story holding a tweet, too.
    case show(StoryReference)
    /// The day's stories that mention a text (in a headline, keyphrase or tweet).
    case find(String)
    /// Points by number; `reserve` stories (by R number) are decided for their sections only;
    /// `tweets` name the story holding each (a point, a reserve story, or one the engine did not list).
    case accept([Int], reserve: [Int] = [], tweets: [String] = [])
    case reject([Int], reserve: [Int] = [], tweets: [String] = [])
    /// A point's, a reserve item's or a tweet's story moves to another category.
    case reclassify(StoryReference, Category)
    case move(Int, to: Int)
    case swap(Int, Int)
    case promote(Int)
    /// Point N leaves the ten and stays in its section, as an accepted reserve story (`promote` brings it back).
    case demote(Int)
    /// A tweet id (already taken out of a URL).
    case add(tweetID: String)
    /// Merge a story into point N's: another point, a reserve item, or the story holding a tweet.
    case merge(Int, StoryReference)
    /// Split the named tweets (or, when none are named, every tweet after the lead) off point N.
    case split(Int, tweetIDs: [String])
    case edit(Int, headline: String)
    /// `text` is nil when it is still to come (the script's next lines, or `$EDITOR`).
    case rewrite(Section, text: String?)
    case title(String)
    /// `YYYY-MM-DD HH:MM:SS`, checked.
    case date(String)
    /// The cloud's top words with their counts.
    case cloud
    case cloudExclude(String)
    case cloudInclude(String)
    /// Write the word-cloud image (an effect outside the core).
    case cloudRender
    /// The post check's warnings (a story in two sections, an empty section, …).
    case check
    case undo
    case redo
    case save
    case help(String?)
}

/// A story as a command names it: by point number, by reserve number (`R7`) or by one of its tweets.
public enum StoryReference: Sendable, Hashable {
    case point(Int)
    case reserve(Int)
    case tweet(String)
}
