/// Words too generic for a cloud of the day's news, beyond the tokenizer's stop words: everyday
/// verbs and adjectives of tweets ("real", "run", "everyone") and Chinese filler (一起, 这次).
///
/// They stay terms for the engine (keyphrases, grouping); only the cloud leaves them out. The editor
/// can still force any of them in with `cloud include`.
public enum CloudStopWords {
    public static let words: [String] = """
    able actually add added again ago almost along also anyone anything around ask asked available away \
    based become becomes behind best better bring brings build building builds built call called came can \
    case change check close coming continue could cool course create created crazy current currently deal \
    different doing early easy else entire especially everyone everything exactly example fast feel find \
    finally fine full fun gave give given gives giving got guess happen happening hard help helps here hey \
    high huge idea important including inside instead interesting keep keeps kind least less level life \
    little live long love lot low main major making meet mind minutes missing moment month months morning \
    move must near nearly needed never nice night nothing number often old once open ones part past pick \
    place plan play point post posted probably quite rather read ready real reason run running runs saw \
    seen set share shared ship shipped short show shows side simple since single small soon start started \
    starting stop stuff super sure talk talking talks thank thanks thing things thought told top total \
    true turn turns understand update via wait wanted watch week weekend weeks went whole wild win work \
    worked working works world worth wow write wrong \
    matter matters becoming introducing introduce introduces introduced tried tries trying handle handles \
    today's lets looking says said saying sharing
    一起 这次 那么 这么 为什么 怎样 东西 时候 事情 问题 方面 一点 有点 还是 直接 完全 继续 开始 出来 起来 \
    看到 看看 发现 感觉 希望 应该 必须 可能 不少 很大 不错 厉害 一下子 终于 刚刚 今年 明年 昨天 本周 \
    以下 整个 变成 成为 这种 那种 各种 其他 所有 每个 带来 包括 相关 之类 一次
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// The default analyzer with these words added to its stop list (built once).
    public static let analyzer: TextAnalyzer = {
        var vocabulary = Lexicon.default.vocabulary
        vocabulary.stopWords += words
        return TextAnalyzer(vocabulary: vocabulary)
    }()
}
