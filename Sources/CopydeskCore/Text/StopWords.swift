/// Words that carry no topic: English function words, tweet boilerplate, and Chinese function words.
enum StopWords {
    static let english: [String] = """
    a about above after again against all almost also am an and any are aren't as at be because been before \
    being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down \
    during each even ever every few for from further get gets got had hadn't has hasn't have haven't having he \
    he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is \
    isn't it it's its itself just let's like lot lots made make makes many may me might more most much must \
    mustn't my myself need needs new no nor not now of off on once one only or other ought our ours ourselves \
    out over own really same say says see she she'd she'll she's should shouldn't so some still such than that \
    that's the their theirs them themselves then there there's these they they'd they'll they're they've thing \
    things think this those though through to too two under until up upon us use used using very via want was \
    wasn't way we we'd we'll we're we've well were weren't what what's when when's where where's which while who \
    who's whom why why's will with without won't would wouldn't yet you you'd you'll you're you've your yours \
    yourself yourselves going gonna go goes back around already always another anyone anything big can't come \
    comes day days done else enough every first good great keep know last let look looks lol maybe means next \
    people per pretty put right see seems since something take takes tell time today try yes yeah year years \
    being both whole early going still ever again own across actually almost along among anyway \
    became become becomes beyond doing either else elsewhere enough especially everyone everything far getting given \
    gives giving hardly however instead least less likely mostly nearly neither never nobody none nothing often old \
    once otherwise perhaps quite rather seem seemed several shall simply soon sure truly usually whatever whether \
    within yet got lot thanks thank please hey wow oh ok okay \
    rt amp via breaking just in thread 🧵 pm am etc ie eg vs i.e e.g https http www com
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    static let chinese: [String] = """
    的 了 是 在 和 与 及 或 也 都 就 而 被 把 让 给 对 从 向 于 以 为 之 其 这 那 你 我 他 她 它 们 我们 你们 他们 \
    她们 它们 这个 那个 这些 那些 一个 一些 一种 可以 没有 就是 什么 怎么 如何 因为 所以 但是 如果 已经 还是 \
    还有 不是 这样 那样 非常 真的 今天 现在 目前 以及 通过 进行 可能 需要 之后 之前 其中 这里 那里 自己 大家 \
    觉得 知道 不过 而且 然后 一下 一样 很多 更多 越来越 来说 对于 关于 表示 认为 其实 只是 还是 或者 同时 \
    也是 都是 不会 不能 能够 一直 正在 将 会 能 很 更 最 又 再 还 才 只 个 吗 呢 吧 啊 哦 呀 着 过 地 得 \
    上 下 中 里 后 前 人 年 月 日 号 时 点 多 少 大 小 不 没 有 要 来 去 说 看 做 用 到 好 新
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
}
