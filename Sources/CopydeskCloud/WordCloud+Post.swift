import CopydeskCore
import Foundation

extension WordCloud {
    /// The post's cloud: the draft's kept tweets counted with the editor's exclusions and inclusions.
    /// The post shows the image at about half its width, so no word is smaller than
    /// `CloudOptions.postMinFontSize`.
    public init(draft: Draft, tweets: [Tweet], options: CloudOptions = CloudOptions(), words: CloudWords = CloudWords()) throws(CloudError) {
        var options = options
        options.minFontSize = max(options.minFontSize, CloudOptions.postMinFontSize)
        let counts = words.counts(for: draft, tweets: tweets, limit: options.maxWords)
        guard !counts.isEmpty else { throw .nothingToDraw("no words for the cloud: the day's kept tweets have no terms.") }
        try self.init(counts, options: options, required: CloudWords.includedWords(in: counts, adjustments: draft.cloud))
    }

    /// Renders the post's cloud into `folder` as `wordcloud_twitter_ai_START_END.jpg` (or the
    /// given file name) and returns the path written.
    @discardableResult
    public static func writePostImage(
        draft: Draft, tweets: [Tweet], folder: String, fileName: String? = nil, options: CloudOptions = CloudOptions()
    ) throws(CloudError) -> String {
        let cloud = try WordCloud(draft: draft, tweets: tweets, options: options)
        let name = fileName ?? PostFiles.cloudImageName(for: draft.window)
        let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
        try cloud.write(to: path, jpegQuality: options.jpegQuality)
        return path
    }
}
