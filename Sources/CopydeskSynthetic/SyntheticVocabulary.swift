import CopydeskCore

/// The words synthetic days are made of: story templates per kind, names, and noise.
///
/// Templates use one-letter slots in braces, filled from a `SyntheticTopic`: {S} subject, {O}
/// organisation, {K} the story's key phrase, {A} {B} numbers, {U} the story's article URL, {F}/{Z} a feature (English/Chinese),
/// {T} a benchmark, {P} a person, {V}/{W} an opinion, {C} a cashtag, {R}/{Q} a reason, {D}/{E} a
/// direction, {G}/{H} a group of people.
enum SyntheticVocabulary {
    /// English and Chinese templates for one kind of story; the first English template is the
    /// "press release" most tweets about a story copy.
    struct Kind {
        var category: Category
        var english: [String]
        var chinese: [String]
    }

    // Templates are lean: a story's own words (subject, key phrase, organisation, numbers) must
    // outnumber the words its template shares with other stories, or unrelated stories look alike.
    static let kinds: [Kind] = [
        Kind(category: .models, english: [
            "{O} releases {S}, a {K}: {A}B params, {B}% on SWE-bench. {U}",
            "{O} just dropped {S}, a {A}B {K}. {U}",
            "{S} by {O}: {K}, {B}% SWE-bench at {A}B.",
            "New {O} model {S}: {K}, and {F}.",
        ], chinese: [
            "{O} 发布 {S}（{K}）：{A}B 参数，SWE-bench 得分 {B}%。{U}",
            "{S} 来了！{O} 的 {K}，{A}B 参数 🔥 {U}",
        ]),
        Kind(category: .models, english: [
            "{S} ({K}) leads {T} at {B}%. {U}",
            "{S} tops {T} at {B}%, up from {A}%: a {K}.",
            "Big jump on {T}: {S}, a {K}, scores {B}%. {U}",
        ], chinese: [
            "{S}（{K}）在 {T} 上拿到 {B}%，此前最高 {A}%。{U}",
            "{T} 榜单更新：{K} {S} 以 {B}% 登顶。",
        ]),
        Kind(category: .products, english: [
            "{O} launches {S}, a {K}: {F}. {U}",
            "Introducing {S} ✨ a {K}. Try it: {U}",
            "{O} shipped {S}: {K}.",
        ], chinese: [
            "{O} 推出 {S}（{K}）：{Z}。{U}",
            "{S} 上线了，{K}，{Z}。",
        ]),
        Kind(category: .openSource, english: [
            "{S}, our open {K}, passed {A}M downloads 🎉 {U}",
            "{S} is open source (Apache 2.0): a {K}. {U}",
            "Open-source {K} {S} hits {A}M downloads.",
        ], chinese: [
            "{S} 开源了（Apache 2.0）：{K}。{U}",
            "开源 {K} {S} 下载量突破 {A}00 万。",
        ]),
        Kind(category: .finance, english: [
            "{O} in talks to raise at a ${A}B valuation for {K} {S} {U}",
            "{O} raises ${B}0M at ${A}B to build {S}, a {K}. {U}",
            "Mega-round: {O} at ${A}B for {K} {S}.",
        ], chinese: [
            "{O} 据报道以 {A}0 亿美元估值融资，押注 {K} {S}。{U}",
            "做 {K} 的 {O} 估值 {A}0 亿美元。",
        ]),
        Kind(category: .stocks, english: [
            "${C} {S} {D} {A}% after {R}; {K} unit in focus.",
            "{S} (${C}) {D} {A}% today: {R}. {U}",
            "${C} {D} {A}%, {R}. {K} not enough.",
        ], chinese: [
            "{S} ${C} 股价{E} {A}%，{Q}，{K} 业务受关注。",
            "${C} 今天{E} {A}%：{Q}。",
        ]),
        Kind(category: .viewpoints, english: [
            "{P} on {S}: {V}.",
            "{P}: {V}, says the {S} thread.",
            "\"{V}\" ({P} on {S})",
        ], chinese: [
            "{P} 谈 {S}：{W}。",
            "{P}：{W}（{S}）",
        ]),
        Kind(category: .aiTech, english: [
            "New paper {S}: a {K}. {A}x fewer steps, {B}% less compute. {U}",
            "{S} is a clever {K}: {A}x faster at equal quality. {U}",
            "Reading {S} ({K}): {A}x fewer steps, {B}% less training compute.",
        ], chinese: [
            "新论文 {S}（{K}）：生成步数减少 {A} 倍，训练算力节省 {B}%。{U}",
            "{S} 这篇论文思路很新：{K}。",
        ]),
        Kind(category: .policy, english: [
            "{A}00+ {G} signed a statement against {S}, citing a {K}. {U}",
            "{A}00 {G} oppose {S} and its {K}. {U}",
            "{G} push back on {S} over a {K}.",
        ], chinese: [
            "超过 {A}00 名{H}联合签署声明，反对{S}（{K}）。{U}",
            "{A}00 多名{H}反对{S}。",
        ]),
        Kind(category: .aiIndustry, english: [
            "{O}: {S} grew {A}% YoY, led by a {K}. {U}",
            "{S} up {A}% year over year thanks to a {K}. {U}",
            "Wild stat: {S} grew {A}% in a year, from one {K}.",
        ], chinese: [
            "{O} 数据：{S} 同比增长 {A}%，主要来自 {K}。{U}",
            "{S} 一年增长 {A}%（{K}）。",
        ]),
    ]

    /// Key phrases: one per story (`sparse radiology planner`), so different stories share few words.
    static let keyModifiers = [
        "sparse", "multimodal", "long-context", "agentic", "distilled", "bilingual", "on-device", "quantized",
        "retrieval-augmented", "speculative", "recursive", "diffusion-based", "low-latency", "open-vocabulary",
        "self-correcting", "tool-using", "memory-efficient", "streaming", "federated", "privacy-preserving",
        "real-time", "energy-efficient", "curriculum-trained", "synthetic-data", "state-space", "hierarchical",
        "contrastive", "verifier-guided", "event-driven", "graph-based", "few-shot", "zero-shot", "modular",
        "probabilistic", "symbolic", "neuro-symbolic", "edge-native", "serverless", "collaborative", "adaptive",
    ]
    static let keyDomains = [
        "robotics", "radiology", "legal", "chip-design", "weather", "protein", "tax", "insurance", "supply-chain",
        "olympiad-math", "support-desk", "video-editing", "drug-discovery", "genomics", "translation", "code-review",
        "spreadsheet", "music", "3D-scene", "satellite", "logistics", "accounting", "cybersecurity", "tutoring",
        "retail", "agriculture", "energy-grid", "materials", "speech", "gaming", "biology", "chemistry", "finance",
        "marketing", "recruiting", "real-estate", "aviation", "automotive", "pharmacy", "journalism",
    ]
    static let keyObjects = [
        "planner", "copilot", "benchmark", "dataset", "toolkit", "agent", "encoder", "simulator", "searcher",
        "assistant", "pipeline", "compiler", "evaluator", "tokenizer", "renderer", "scheduler", "router",
        "debugger", "tutor", "analyst", "forecaster", "retriever", "summarizer", "classifier", "optimizer",
        "orchestrator", "sandbox", "notebook", "reviewer", "navigator",
    ]

    static let subjectStems = [
        "Nova", "Orion", "Atlas", "Lumen", "Helix", "Vega", "Quill", "Sable", "Kite", "Ember", "Zephyr",
        "Cobalt", "Tessera", "Marlin", "Aurora", "Pioneer", "Falcon", "Juniper", "Onyx", "Cirrus",
        "Halo", "Meridian", "Beacon", "Rune", "Solstice", "Tundra", "Vertex", "Willow", "Yonder", "Quasar",
    ]
    static let subjectSuffixes = ["", "-Flash", " Pro", "-Mini", " Turbo", "-Reasoning", "-Coder", " Max"]
    static let productNouns = ["Studio", "Agent", "Workspace", "Copilot", "Canvas", "Desk", "Assistant", "Pipeline"]
    static let paperNouns = ["Sparse Drafting", "Latent Chunking", "Continuous Decoding", "Block Diffusion", "Token Merging", "Recurrent Depth"]
    static let policyTopics = [
        "training AI on their work without consent", "AI-generated voices in ads", "scraping artists' portfolios",
        "AI replacements for session musicians", "synthetic actors in film", "unlicensed dataset resale",
    ]
    static let organisations = [
        "Northwind AI", "Cerulean Labs", "Halcyon", "Parallax Research", "DeepLattice", "Bluefin AI",
        "Granite Labs", "Polaris Systems", "Mosaic Mind", "Tidewater AI", "Kestrel", "Foundry Nine",
        "Arcadia Robotics", "Lattice Works", "Brightline", "Sundial AI", "Redwood Compute", "Stratus",
        "智源研究院", "月之暗面", "阶跃星辰", "面壁智能", "深度求索", "百川智能",
    ]
    static let companies: [(name: String, ticker: String)] = [
        ("Intel", "INTC"), ("Micron", "MU"), ("AMD", "AMD"), ("NVIDIA", "NVDA"), ("Broadcom", "AVGO"),
        ("Oracle", "ORCL"), ("Palantir", "PLTR"), ("Arm", "ARM"), ("Marvell", "MRVL"), ("Super Micro", "SMCI"),
        ("CoreWeave", "CRWV"), ("Snowflake", "SNOW"),
    ]
    static let benchmarks = [
        "FrontierMath Tier 4", "SWE-bench Verified", "Humanity's Last Exam", "ARC-AGI-2", "GPQA Diamond",
        "the Artificial Analysis Intelligence Index", "LiveCodeBench", "Terminal-Bench", "MMMU-Pro", "SimpleQA",
    ]
    static let features = [
        "it reads your whole workbook", "it plans, codes and runs the tests", "it runs on a single consumer GPU",
        "it handles 1M tokens of context", "it listens and speaks at the same time", "it connects to Gmail and Photos",
        "it edits images in real time", "it turns slides into videos", "it clones a voice from 3 seconds of audio",
        "it streams 720p interactive worlds", "it parses any PDF into clean markdown", "it runs 70B models on 4GB of VRAM",
        "agents pick up tasks from a kanban board", "it keeps memory in plain files", "it reviews every pull request",
        "it checks whether papers reproduce", "it designs protein binders", "it writes and ships iOS apps",
    ]
    static let featuresChinese = [
        "能读懂整个工作簿", "自主规划、写代码、跑测试", "一张消费级显卡就能跑", "支持百万 token 上下文",
        "能边听边说、随时打断", "可以连接 Gmail 和相册", "实时编辑图片", "一键把 PPT 变成视频",
        "3 秒音频就能克隆声音", "生成 720p 可交互世界", "把任意 PDF 解析成干净的 Markdown",
        "4GB 显存跑 70B 模型", "智能体从看板上领任务", "用文件系统做记忆", "自动审查每个 PR",
        "验证论文能否复现", "设计蛋白质结合体", "写好并上架 iOS 应用",
    ]
    static let people = [
        "Yann LeCun", "Fei-Fei Li", "Aaron Levie", "Ethan Mollick", "Andrew Ng", "Demis Hassabis",
        "Jensen Huang", "Satya Nadella", "Dario Amodei", "Mira Murati", "Andrej Karpathy", "Clem Delangue",
    ]
    static let opinions = [
        "the industry is LLM-pilled and everyone is building the same thing",
        "AI capex is funded by cash flow, not debt, so this is not 1999",
        "agents are unlocking the unstructured data every company is sitting on",
        "world models, not language models, are the next frontier",
        "continual learning is the last missing piece before AGI",
        "memory, not compute, is the real bottleneck of the AI buildout",
        "evals need subject-matter experts from day one",
        "the filesystem is the best memory an agent can have",
        "the productivity shock of AI looks like electrification",
        "software engineers are becoming reviewers of AI-written code",
        "open models under 100B are now good enough for most work",
        "AI employees need managers, not prompts",
    ]
    static let opinionsChinese = [
        "整个行业都被 LLM 洗脑了，大家都在做同样的东西", "AI 资本支出来自现金流，不是 1999 年的泡沫",
        "智能体正在解锁企业里的非结构化数据", "世界模型才是下一个前沿", "持续学习是通往 AGI 的最后一块拼图",
        "内存而不是算力才是 AI 基础设施的瓶颈", "评估体系要让领域专家从第一天就参与", "文件系统就是智能体最好的记忆",
        "AI 的生产力冲击堪比电气化", "工程师正在变成 AI 代码的审查者", "100B 以下的开源模型已经够用了",
        "AI 员工需要的是管理者，而不是提示词",
    ]
    static let judgements = [
        "overrated", "the next frontier", "the real bottleneck", "years away", "already here", "a bubble",
        "underrated", "where the money is", "the missing piece", "a dead end", "good enough today",
        "the next platform shift",
    ]
    static let judgementsChinese = [
        "被高估了", "是下一个前沿", "才是真正的瓶颈", "还要好几年", "已经来了", "是个泡沫", "被低估了", "才是钱所在的地方",
        "是缺失的那块拼图", "是死胡同", "今天就够用了", "是下一次平台迁移",
    ]
    static let reasons = [
        "weak guidance despite an earnings beat", "a surprise guidance raise", "reports of supply shortages",
        "a new hyperscaler contract", "manufacturing delays", "record data center revenue",
    ]
    static let reasonsChinese = [
        "财报超预期但指引疲弱", "意外上调指引", "传出供应短缺", "拿下新的云厂商订单", "制造进度延误", "数据中心营收创新高",
    ]
    static let groups = ["creators", "authors", "actors", "musicians", "illustrators", "voice actors"]
    static let groupsChinese = ["创作者", "作家", "演员", "音乐人", "插画师", "配音演员"]

    /// Word swaps for near-duplicate rewordings.
    static let synonyms: [String: [String]] = [
        "releases": ["launches", "ships", "drops", "unveils"], "just": ["now", "officially"],
        "launches": ["releases", "rolls out", "unveils"], "Big": ["Huge", "Massive"],
        "today": ["now", "this morning"], "strong": ["impressive", "solid"], "leads": ["tops", "is #1 on"],
        "tops": ["leads", "takes #1 on"], "clever": ["neat", "smart"], "Great": ["Excellent", "Solid"],
        "Available": ["Rolling out", "Live"], "Introducing": ["Meet", "Say hello to"], "says": ["argues", "writes"],
        "shares": ["stock"], "raise": ["raise funding"], "Wild": ["Crazy", "Insane"], "New": ["Fresh", "Brand new"],
    ]
    static let prefixes = ["BREAKING: ", "JUST IN: ", "🚨 ", "Wow. ", "Huge: ", "This is big: "]
    static let suffixEmoji = [" 🔥", " 🚀", " 🤯", " 👀", " 💯", " 🧵", " 👇"]
    static let hashtags = ["#AI", "#LLM", "#OpenSource", "#GenAI", "#AIagents", "#MachineLearning", "#tech"]
    /// Quote comments and substantive replies name the story: real ones do, and generic ones would
    /// tie unrelated stories together.
    static let quoteComments = [
        "{S} is the one to watch: a {K}.", "Huge if the {K} holds up.", "Called it: {K} was next.",
        "{S} already? The {K} pace is unreal.", "Read the whole {S} thread on {K}.",
        "Not sure {S} numbers hold up for {K} work.", "{S} 这个 {K} 值得关注。", "{K} 进展太快了。",
    ]
    static let substantiveReplies = [
        "Tried {S} this morning. The {K} is fast.", "{S} vs last month's {K}: curious on real workloads.",
        "Waiting for independent {S} evals before betting on a {K}.", "{S} docs are thin; the {K} API is clean.",
        "Pricing of {S} matters more than the {K} benchmark.", "实测 {S}：{K} 速度不错。",
    ]
    static let chatter = [
        "this is huge 🔥", "wow", "🔥🔥🔥", "LFG 🚀", "game changer", "wen open source", "bookmarked",
        "insane", "the timeline is moving too fast", "👀", "牛", "太强了", "mind blown 🤯", "let's go",
    ]

    /// Noise: personal chatter, job posts, conference logistics, shilling, giveaways.
    static let personal = [
        "third coffee and it's not even 9am ☕", "long run this morning, legs are toast", "my cat walked on the keyboard and fixed my bug",
        "going offline for the weekend, see you Monday", "made sourdough and it came out as a brick", "3am pager alert. it was DNS.",
        "snow day, the kids built a snowman", "the library closes at midnight and I have 47 tabs open", "周末带娃去科技馆，累并快乐着",
        "深夜一碗热汤面，治愈 🍜", "Saturday plan: long walk, zero Slack", "dinner with old friends, nobody mentioned AI",
    ]
    static let jobRoles = ["a Senior ML Engineer", "a Founding Engineer", "a Research Scientist", "a Product Designer", "an Infra Engineer", "a DevRel Lead"]
    static let conferences = ["AI Week Summit", "MLOps Meetup", "Agents Conf", "Open Source AI Day", "Inference Summit"]
    static let coins = ["PEPE", "SOL", "WIF", "BONK", "DOGE", "SHIB", "FET", "TAO", "JUP"]
    static let firstNames = [
        "Alex", "Sam", "Jordan", "Priya", "Wei", "Lena", "Tomasz", "Maya", "Kenji", "Ade", "Gwen", "Marco",
        "Sofia", "Ravi", "Hana", "Leo", "Nadia", "Omar", "Chen", "Yuki", "Ines", "Noah", "Zara", "Ivan",
    ]
    static let lastNames = [
        "Chen", "Patel", "Okafor", "Nowak", "Li", "Watanabe", "Reid", "Lindqvist", "Park", "Alvarez", "Hsu",
        "Bello", "Serrano", "Kim", "Rossi", "Müller", "Khan", "Novak", "Silva", "Wang", "Zhang", "Ito",
    ]
    static let handleParts = [
        "ai", "ml", "dev", "builds", "codes", "labs", "data", "gpu", "infra", "agent", "neural", "prompt",
        "tensor", "vector", "token", "model", "hacker", "research", "daily", "news",
    ]
}
