"""The hand-written tweets of the sample day 2026-01-24, story by story.

`build(d)` calls the builder in `make_sample_day.py`:
  d.story(slug, category, point, title)  starts a story; the tweets after it carry its label
  d.t(handle, time, text, key=, likes=, views=)         an original tweet
  d.qt(handle, time, text, of=key)                       a quote tweet
  d.re(handle, time, text, to=key)                       a substantive reply (labelled with the story)
  d.chat(handle, time, text, to=key)                     a chatter reply (labelled noise: reply-chatter)
  d.rt("h1 h2 ...", time, of=key)                        retweets, a few minutes apart
  d.noise(kind, handle, time, text)                      unrelated noise (personal, job, conference, shill, giveaway)
  d.ext(key, handle, when, text)                         a referenced tweet from before the day (only in includes)
Times are local (+08:00) "HH:MM" on 2026-01-24, or "MM-DD HH:MM" for the days around it.
URLs are written expanded; the converter swaps in t.co links and fills the entities.
"""


def build(d):
    lecun(d)
    cea(d)
    levie(d)
    capex(d)
    feifei(d)
    continual(d)
    glm(d)
    calm(d)
    frontiermath(d)
    codex(d)
    excel(d)
    odyssey(d)
    llamaparse(d)
    ai_mode(d)
    personaplex(d)
    airllm(d)
    ltx(d)
    intel(d)
    world_labs(d)
    memory(d)
    creators(d)
    ai_employees(d)
    claude_code(d)
    crewai(d)
    openwork(d)
    fs_memory(d)
    evals(d)
    vibe_ios(d)
    creative_tools(d)
    protein(d)
    reproducibility(d)
    noise(d)


def lecun(d):
    d.story("lecun-llm-pilled", "viewpoints", None, "LeCun: the industry is LLM-pilled")
    d.t("ylecun", "01:42",
        "The whole industry has been LLM-pilled.\n"
        "Everyone is working on the same thing, poaching each other's people and shipping the same products.\n"
        "You won't get truly agentic systems by scaling next-token prediction. An agent needs to predict "
        "the consequences of its actions in the physical world.",
        key="lecun", likes=21_400, views=3_180_000)
    d.rt("hardmaru Yuchenj_UW sarah_ml DrJimFan", "01:55", of="lecun")
    d.qt("hardmaru", "02:10",
         "The most honest description of the monoculture in AI research right now. Same data, same "
         "architectures, same evals, same few hundred people rotating between the same five labs.",
         of="lecun", key="lecun-hardmaru")
    d.re("natolambert", "02:31",
         "Counterpoint: the monoculture is also why progress compounds. Shared evals and shared infra "
         "are how a field moves fast. But agreed that agents need some notion of consequences, whether "
         "or not you call it a world model.", to="lecun", key="lecun-nato")
    d.re("ylecun", "02:58",
         "Predicting the next token of a text is not the same thing as predicting the next state of the "
         "world given an action. The first one doesn't get you planning.", to="lecun-nato")
    d.chat("coffee_and_cuda", "02:04", "he has been saying this for 3 years and he keeps being right lol", to="lecun")
    d.chat("indiehacker_jo", "02:16", "Based 🔥", to="lecun")
    d.t("priya_codes", "03:20",
        "LeCun calling the industry \"LLM-pilled\" hits differently now that he has left Meta to build "
        "world models full time. He is putting his money where his mouth is.")
    d.t("dotey", "10:05", key="lecun-dotey", text=
        "LeCun 又开炮了：整个行业都被 LLM 洗脑了（LLM-pilled），大家做一样的东西、互相挖人、产品越来越像。"
        "他认为靠预测下一个 token 走不到真正的智能体，AI 必须能预测自己的行动在物理世界里的后果。"
        "这大概也解释了他为什么离开 Meta，转去做非 LLM 路线。")
    d.rt("vista8 Gorden_Sun", "10:20", of="lecun-dotey")

    d.t("Yuchenj_UW", "03:50",
        "Hot take: LeCun is right that everyone is building the same thing, and wrong that it won't work. "
        "Both can be true for a few more years.")
    d.chat("moonshot_gems", "04:02", "🔥🔥🔥", to="lecun")


def cea(d):
    d.story("cea-great-divergence", "viewpoints", None, "White House CEA: AI as electrification, a Great Divergence")
    url = "https://www.whitehouse.gov/cea/written-materials/2026/01/23/artificial-intelligence-and-the-great-divergence/"
    d.t("WhiteHouseCEA", "01-24 00:35",
        "New from CEA: AI's productivity shock looks more like electrification than like the internet. "
        "But the gains are arriving unevenly across industries and regions, a \"Great Divergence\" that "
        "policy has to take seriously. Read the report: " + url,
        key="cea", likes=2_350, views=612_000)
    d.t("business", "01:12",
        "White House economists liken AI to electrification and warn of a \"Great Divergence\" between the "
        "industries and regions that adopt it quickly and those that don't "
        "https://www.bloomberg.com/news/articles/2026-01-23/white-house-economists-liken-ai-to-electrification",
        key="cea-bbg")
    d.qt("mpatel_econ", "01:40",
         "Worth remembering that electrification took ~40 years to show up in productivity statistics, "
         "because factories had to be redesigned around the electric motor. The \"Great Divergence\" "
         "framing is the interesting part: the early adopters pull away and stay away.",
         of="cea", key="cea-maya")
    d.t("emollick", "02:25",
        "The CEA report is worth reading in full. Treating AI as a general-purpose technology on the "
        "scale of electricity is now the official position, not just a Silicon Valley talking point. " + url)
    d.re("quantdaniel", "02:49",
         "The divergence point matters for markets too. Sectors with clean data and digital workflows "
         "(software, finance) capture gains first; physical industries lag by years.", to="cea-maya")
    d.chat("marathon_mike_ml", "02:52", "electrification but make it GPUs ⚡", to="cea")
    d.rt("mpatel_econ emollick", "03:05", of="cea")
    d.t("WaytoAGI", "11:30",
        "白宫经济顾问委员会（CEA）发布报告：AI 带来的生产力冲击是「电气化」级别的，而不是互联网级别。"
        "但收益在不同行业、不同地区之间分布极不均匀，报告称之为「大分化」（Great Divergence）。 " + url)

    d.t("Gorden_Sun", "12:02",
        "白宫 CEA 新报告的核心观点：AI 是电气化级别的生产力冲击，但会带来行业和地区之间的「大分化」。早用的行业会越跑越快。")


def levie(d):
    d.story("levie-agents-unstructured-data", "viewpoints", 2, "Aaron Levie: agents unlock unstructured enterprise data")
    d.t("levie", "00:48",
        "AI agents are finally unlocking the ~90% of enterprise data that is unstructured: contracts, "
        "research, marketing assets, invoices, meeting notes. That creates entirely new workflows that "
        "never existed, because no human ever had the time to read all of it.",
        key="levie1", likes=2_480, views=341_000)
    d.t("levie", "01:20",
        "We're still incredibly early on agents understanding customer intent and executing multi-step "
        "work reliably. Which is exactly why the opportunity is so big. Every workflow in the enterprise "
        "is going to get re-imagined.", key="levie2")
    d.qt("lena_builds", "01:46",
         "Levie has been consistent on this: the value isn't in the model, it's in the context. Whoever "
         "sits on the documents gets to run the agent workflows.", of="levie1")
    d.re("eugeneyan", "02:12",
         "The hard part we keep hitting is not extraction, it's deciding which of 40k near-identical "
         "contract versions is the one that's actually in force.", to="levie1")
    d.chat("coffee_and_cuda", "02:40", "unstructured data is the new oil 🛢️", to="levie1")
    d.rt("lena_builds ex_banker_ai", "01:35", of="levie1")
    d.t("oran_ge", "09:48",
        "Box CEO Aaron Levie 的观点很值得看：AI 智能体正在解锁企业里 90% 的非结构化数据——合同、研究报告、"
        "营销素材、发票。以前没人有时间读完这些文档，现在智能体可以读完并转成结构化数据，全新的工作流就出现了。")


def capex(d):
    d.story("ai-capex-not-bubble", "viewpoints", 10, "AI capex vs the dot-com bubble")
    d.t("capexwatcher", "00:22",
        "Everyone comparing AI capex to the dot-com bubble misses the key difference.\n\n"
        "1999: spending funded by debt and IPO money against revenue that might show up one day.\n"
        "2026: spending funded by the free cash flow of the most profitable companies in history, and the "
        "revenue is already showing up.\n\nToo early to call it a bubble.",
        key="capex", likes=6_120, views=1_470_000)
    d.t("StockSavvyShay", "00:51",
        "The AI bubble debate in one chart: hyperscaler capex keeps rising, but so does operating cash "
        "flow. In 2000 telecom capex ran far ahead of cash flow. This time the biggest spenders can pay "
        "for it out of pocket.", key="capex-shay")
    d.t("deedydas", "01:33",
        "If AI adds even 10% to a $100T world economy, that's $10T a year. Against that, a few hundred "
        "billion of capex a year is not crazy. The dot-com analogy is lazy.", key="capex-deedy")
    d.re("quantdaniel", "01:58",
         "Cash-flow funded doesn't mean the returns are there. Telecom in 2000 also had real revenue. The "
         "real question is depreciation on GPUs that are obsolete in four years.", to="capex")
    d.re("capexwatcher", "02:07",
         "Fair, but in 2000 the fiber sat dark. Today every GPU that gets racked is rented out the week it "
         "arrives. Utilization is the tell.", to="capex")
    d.chat("sol_alpha_calls", "02:11", "bubble or not I'm still buying", to="capex")
    d.rt("StockSavvyShay quantdaniel wallstengine", "00:40", of="capex")
    d.t("zerohedge", "03:14",
        "HYPERSCALER CAPEX GUIDANCE FOR 2026 KEEPS GOING UP; \"AI BUBBLE\" SEARCHES HIT RECORD")
    d.t("lxfater", "12:10",
        "AI 是不是泡沫？和 2000 年互联网泡沫最大的不同：这次的资本支出来自巨头自己的自由现金流，"
        "而且收入已经真实产生了，不是靠发债和 IPO 去赌未来。现在断言泡沫还为时过早。")
    d.t("ex_banker_ai", "03:47",
        "My take after 10 years covering tech: AI capex is big, but it's not 1999. Back then Cisco traded "
        "at 100x+ sales on vendor financing. Today's buyers are Microsoft, Google, Amazon and Meta paying "
        "cash. Different animal.")

    d.t("wallstengine", "04:25",
        "Strategist note: AI capex is now a bigger share of S&P 500 capex than tech was in 2000, but it's "
        "funded by operating cash flow, not debt. \"Not a bubble yet\" is the consensus view.")


def feifei(d):
    d.story("feifei-world-models", "viewpoints", None, "Fei-Fei Li: language is generative, the world is 3D")
    d.t("drfeifei", "02:05",
        "Language is a generative signal: humans invented it to describe the world. The world itself is "
        "not made of words. It's three-dimensional, it obeys physics, and it exists whether or not anyone "
        "describes it. That's why spatial intelligence, world models, are the next frontier for AI.",
        key="feifei", likes=9_870, views=1_640_000)
    d.rt("theworldlabs DrJimFan sarah_ml", "02:14", of="feifei")
    d.qt("DrJimFan", "02:44",
         "Pure language models learn the shadow of the world, not the world. World models that respect "
         "3D and physics are how we get to robots that actually work.", of="feifei")
    d.chat("gradschool_gwen", "03:02", "needed to hear this today, thank you Dr. Li 🙏", to="feifei")
    d.t("xiaohuggg", "10:42",
        "李飞飞：语言是人类发明出来描述世界的「生成信号」，而世界本身是遵循物理规律的三维空间。"
        "纯语言模型的局限就在这里，所以世界模型（空间智能）会是 AI 的下一个前沿。")


def continual(d):
    d.story("continual-learning", "viewpoints", None, "Continual learning as the last piece; DeepMind rumour")
    d.t("kimmonismus", "03:40",
        "Rumor: Google DeepMind has made real progress on continual learning. If true, this could be the "
        "last missing piece before AGI: models that keep learning after deployment instead of being "
        "frozen at a training cutoff.", key="cl", likes=3_910, views=702_000)
    d.t("slow_developer", "04:05",
        "Continual learning is the final boss.\n\nEvery agent demo breaks down the same way: the model "
        "can't remember what it learned yesterday. Whoever solves this wins.", key="cl2")
    d.re("natolambert", "04:22",
         "Every six months there is a continual-learning rumor. Catastrophic forgetting is a real, hard "
         "problem. I'll believe it when there's a paper.", to="cl")
    d.chat("marathon_mike_ml", "04:31", "AGI 2026 confirmed?? 👀", to="cl")
    d.rt("AiBreakfast chetaslua", "03:52", of="cl")
    d.t("Gorden_Sun", "13:05",
        "传闻 Google DeepMind 在持续学习（Continual Learning）上有了实质进展。很多人认为这是通往 AGI 的最后一块拼图："
        "模型部署之后还能继续学习，而不是永远停在训练截止日。")

    d.ext("cl-old", "GoogleDeepMind", "01-21 01:00",
          "Learning never stops. Our researchers on why continual learning matters for the next generation of AI.")
    d.re("chetaslua", "04:45", "this old post makes a lot more sense now 👀", to="cl-old")


def glm(d):
    d.story("glm-4.7-flash", "models", 4, "GLM-4.7-Flash (Reasoning) tops open models under 100B")
    hf = "https://huggingface.co/zai-org/GLM-4.7-Flash"
    aa = "https://artificialanalysis.ai/models/glm-4-7-flash"
    d.ext("glm-launch", "Zai_org", "01-20 21:03",
          "Introducing GLM-4.7-Flash: our strongest small model. 31B total / ~3B active MoE, open weights "
          "under MIT. " + hf)
    d.t("ArtificialAnlys", "00:15",
        "GLM-4.7-Flash (Reasoning) from @Zai_org is now the most intelligent open weights model under "
        "100B parameters on the Artificial Analysis Intelligence Index.\n\nIt's a 31B total / ~3B active "
        "MoE: remarkable intelligence per active parameter. Full results: " + aa,
        key="glm-aa", likes=3_240, views=486_000)
    d.rt("Zai_org rohanpaul_ai reach_vb karminski3 op7418", "00:24", of="glm-aa")
    d.qt("Zai_org", "00:37",
         "Thank you @ArtificialAnlys! GLM-4.7-Flash is open weights and free to use. Try it: " + hf,
         of="glm-aa", key="glm-zai")
    d.t("rohanpaul_ai", "00:52",
        "GLM-4.7-Flash (Reasoning) just became the #1 open-weights model under 100B on the Artificial "
        "Analysis Intelligence Index.\n\nMoE, 31B total params, only ~3B active. Chinese labs keep "
        "shipping. " + aa, key="glm-rohan")
    d.t("kimmonismus", "01:05",
        "GLM-4.7-Flash (Reasoning) is now the #1 open weights model under 100B params on the Artificial "
        "Analysis Intelligence Index! 31B total, ~3B active MoE. China keeps shipping 🇨🇳🔥")
    d.t("ai_for_success", "01:18",
        "Zhipu just dropped GLM-4.7-Flash 🚀\n\n→ 31B MoE, ~3B active\n→ Top open model under 100B on "
        "Artificial Analysis\n→ MIT license\n→ Runs on a single consumer GPU\n\n" + hf)
    d.t("_akhaliq", "01:26", "GLM-4.7-Flash is out on Hugging Face\n\n" + hf, key="glm-ak", likes=1_120)
    d.t("ollama", "02:03",
        "GLM-4.7-Flash is now available on Ollama 🦙\n\nollama run glm-4.7-flash\n\n"
        "https://ollama.com/library/glm-4.7-flash", key="glm-ollama")
    d.rt("devpriya tomasz_dev", "02:20", of="glm-ollama")
    d.re("reach_vb", "01:44",
         "Tried it with llama.cpp: Q4_K_M does ~90 tok/s on a 4090. Tool calling is solid, the reasoning "
         "traces are a bit verbose.", to="glm-aa", key="glm-vb")
    d.re("natolambert", "01:51",
         "Benchmarks under 100B are getting saturated. I'd like to see it on long agentic tasks before "
         "calling it the smartest, but 3B active is a real efficiency story.", to="glm-aa")
    d.chat("indiehacker_jo", "00:31", "this is huge 🔥", to="glm-aa")
    d.chat("coffee_and_cuda", "00:46", "wen gguf", to="glm-aa")
    d.chat("moonshot_gems", "00:58", "China is cooking 🇨🇳", to="glm-aa")
    d.t("op7418", "09:12",
        "智谱开源 GLM-4.7-Flash！31B 总参数、激活约 3B 的 MoE，在 Artificial Analysis 智能指数上成为 100B "
        "以下最强的开源模型。本地跑推理模型的门槛又降了一截 " + hf, key="glm-op", likes=1_460)
    d.t("karminski3", "09:40",
        "实测 GLM-4.7-Flash：4bit 量化在 24G 显卡上跑得很流畅，代码和工具调用都不错，思考过程稍微有点啰嗦。"
        "3B 激活参数能做到这个水平，MoE 真香。", key="glm-karm")
    d.t("dotey", "10:31",
        "国产大模型又一次登顶：智谱的 GLM-4.7-Flash（Reasoning）在 Artificial Analysis 指数上是 1000 亿参数以下"
        "最聪明的开源模型。31B MoE，每次只激活约 3B 参数，单位算力的智能密度非常高。 " + aa)
    d.t("berryxia", "11:22",
        "GLM-4.7-Flash 开源了，MIT 协议，一张消费级显卡就能跑。100B 以下开源模型第一，智谱这次很能打 🔥 " + hf)
    d.rt("tuturetom WaytoAGI", "09:30", of="glm-op")
    d.chat("lxfater", "09:55", "已经在本地跑起来了，速度很快 👍", to="glm-op")

    d.t("MatthewBerman", "02:40",
        "GLM-4.7-Flash (Reasoning) is now the #1 open weights model under 100B on the Artificial Analysis "
        "Intelligence Index. 31B total / 3B active MoE. Open source keeps winning. #OpenSource #LLM")
    d.t("chetaslua", "03:02",
        "GLM-4.7-Flash is the best open model you can run on a single GPU right now. 31B MoE with ~3B active, "
        "#1 under 100B on Artificial Analysis. Zhipu cooked 🔥 " + hf)
    d.t("xiaohuggg", "10:02",
        "智谱开源 GLM-4.7-Flash！31B 总参数、激活约 3B 的 MoE，在 Artificial Analysis 智能指数上成为 100B 以下最强开源模型。"
        "本地跑推理模型门槛又降低了 🔥 " + hf)
    d.chat("gradschool_gwen", "02:10", "🔥🔥🔥", to="glm-aa")
    d.rt("Gorden_Sun lxfater", "09:50", of="glm-karm")


def calm(d):
    d.story("calm", "models", 7, "CALM: continuous autoregressive models, 4x fewer steps")
    paper = "https://arxiv.org/abs/2510.27688"
    d.t("omarsar0", "02:35",
        "CALM: Continuous Autoregressive Language Models.\n\nInstead of predicting one discrete token at a "
        "time, predict a continuous vector that encodes a chunk of K tokens.\n\n→ 4x fewer generative "
        "steps\n→ 44% less training compute at comparable quality\n\nA real attempt at the next-token "
        "bottleneck. " + paper, key="calm", likes=2_870, views=402_000)
    d.t("_akhaliq", "02:41", "Continuous Autoregressive Language Models\n\n" + paper, key="calm-ak")
    d.rt("rohanpaul_ai sarah_ml", "02:50", of="calm")
    d.re("rasbt", "03:33",
         "The catch: no softmax over a vocabulary means no likelihoods. They had to build a likelihood-free "
         "eval (BrierLM) and a new way to do temperature sampling. Clever paper, lots of moving parts.",
         to="calm")
    d.t("Yuchenj_UW", "04:12",
        "Reading CALM. Compressing 4 tokens into one vector with an autoencoder and generating in "
        "continuous space cuts generative steps by 4x and training compute by 44%. If this scales, "
        "inference economics change a lot.")
    d.t("op7418", "12:48",
        "CALM 这篇论文挺有意思：不再逐个 token 预测，而是用自编码器把 K 个 token 压成一个连续向量再自回归生成。"
        "生成步数减少 4 倍，训练算力节省 44%，想从根上解决 LLM 逐词生成的效率瓶颈。 " + paper)


def frontiermath(d):
    d.story("gpt-5.2-pro-frontiermath", "models", None, "GPT-5.2 Pro: 31% on FrontierMath Tier 4")
    d.t("EpochAIResearch", "00:05",
        "GPT-5.2 Pro scored 31% on FrontierMath Tier 4, our set of research-level math problems. The "
        "previous best was 19%. Details and methodology: https://epoch.ai/frontiermath/tier-4",
        key="fm", likes=4_680, views=920_000)
    d.t("EpochAIResearch", "00:06",
        "While solving one problem, GPT-5.2 Pro pointed out a fatal typo in the problem statement that "
        "made it unsolvable as written. We've corrected the problem.", key="fm2")
    d.rt("polynoamchen btibor91 kimmonismus slow_developer", "00:12", of="fm")
    d.qt("polynoamchen", "00:30",
         "19% → 31% on Tier 4 in one release. These are problems that take professional mathematicians "
         "days.", of="fm", key="fm-noam", likes=3_050)
    d.qt("emollick", "01:02",
         "The typo detail is the part that impressed me most. Finding a mistake in a research problem "
         "means actually understanding it.", of="fm2")
    d.chat("marathon_mike_ml", "00:18", "math is so back", to="fm")
    d.t("vista8", "10:58",
        "GPT-5.2 Pro 在 FrontierMath Tier 4（研究级数学题）上拿到 31%，之前最高只有 19%。"
        "更夸张的是，它还指出了一道题目里的致命笔误。")


def codex(d):
    d.story("codex-jetbrains", "models", 5, "Codex comes to JetBrains IDEs")
    blog = "https://blog.jetbrains.com/ai/2026/01/codex-is-now-available-in-jetbrains-ides/"
    d.t("OpenAIDevs", "01-24 01:00",
        "Codex is now in JetBrains IDEs.\n\nUse it in IntelliJ IDEA, PyCharm, WebStorm, Rider and more: "
        "plan, write, run tests and review changes without leaving your editor. Sign in with your ChatGPT "
        "account. " + blog, key="codex", likes=5_730, views=1_120_000)
    d.t("jetbrains", "01:02",
        "Codex from @OpenAI is now available right inside the AI chat in JetBrains IDEs 🎉 Pick Codex as "
        "your agent and let it take on complete tasks across your project. " + blog, key="codex-jb")
    d.rt("OpenAI priya_codes tomasz_dev", "01:08", of="codex")
    d.t("testingcatalog", "01:15",
        "BREAKING 🚨: OpenAI Codex is now integrated into JetBrains IDEs (IntelliJ, PyCharm, WebStorm). "
        "Available to ChatGPT Plus, Pro, Business and Enterprise users.")
    d.re("tomasz_dev", "01:36",
         "Finally. VS Code forks were never going to win over the Java crowd. Running it on a 400k-line "
         "Kotlin monorepo right now.", to="codex-jb")
    d.chat("coffee_and_cuda", "01:21", "PyCharm gang rise up", to="codex")
    d.t("tuturetom", "12:20",
        "OpenAI Codex 正式接入 JetBrains 全家桶（IntelliJ、PyCharm、WebStorm……），在熟悉的 IDE 里就能让 AI "
        "完成规划、写代码、跑测试、审查改动的完整开发循环。 " + blog)

    d.t("minchoi", "02:10",
        "OpenAI just brought Codex into JetBrains.\n\nIntelliJ, PyCharm, WebStorm, Rider: Codex now plans, "
        "writes, runs tests and reviews changes right inside your IDE. Huge for Java and Kotlin shops 👇 " + blog)
    d.t("lxfater", "13:10", "Codex 进 JetBrains 了，Java 和 Kotlin 开发者终于不用为了 AI 换编辑器。")


def excel(d):
    d.story("claude-in-excel", "products", 3, "Claude in Excel for Pro users")
    url = "https://claude.com/claude-in-excel"
    d.t("claudeai", "01-24 02:00",
        "Claude in Excel is now available to Pro users.\n\nClaude reads your entire workbook, explains "
        "formulas cell by cell, builds models and updates assumptions without breaking dependencies. "
        "Install it from the Microsoft Marketplace: " + url, key="excel", likes=14_300, views=2_640_000)
    d.rt("AnthropicAI btibor91 ex_banker_ai quantdaniel lena_builds", "02:03", of="excel")
    d.t("testingcatalog", "02:06",
        "BREAKING 🚨: Anthropic expands Claude in Excel to Pro plan users. It works from a sidebar and can "
        "analyse the whole workbook, with cell-level citations.", key="excel-tc")
    d.t("rowancheung", "02:28",
        "Anthropic just made Claude in Excel available to all Pro users.\n\nYou can now:\n• Ask questions "
        "about an entire workbook\n• Get cell-level citations\n• Build and debug financial models\n\n"
        "The spreadsheet is becoming AI's new home. " + url, key="excel-rowan", likes=1_870)
    d.t("TheRundownAI", "03:10",
        "Anthropic just made Claude in Excel available to all Pro users.\n\nYou can now ask questions about "
        "an entire workbook, get cell-level citations and build financial models from the sidebar.\n\n"
        "The spreadsheet is becoming AI's new home. " + url)
    d.t("ex_banker_ai", "02:55",
        "Spent 6 years in banking. Claude in Excel is the first AI tool that actually understands a "
        "3-statement model. Tried it on our LBO template and it traced the circular references correctly. "
        "Junior analyst work is about to change a lot.", key="excel-banker", likes=2_210)
    d.chat("indiehacker_jo", "02:09", "RIP analysts 💀", to="excel")
    d.chat("nightowl_infra", "02:13", "Microsoft Copilot team in shambles", to="excel")
    d.chat("gradschool_gwen", "02:19", "finally something for my thesis spreadsheets 😭", to="excel")
    d.re("quantdaniel", "03:01",
         "How does it handle 50MB workbooks with external links? That's where every Excel add-in has "
         "died for us.", to="excel-banker")
    d.t("vista8", "09:35",
        "Claude 正式进驻 Excel，Pro 用户就能用：在侧边栏直接和 Claude 对话，分析整个工作簿、逐格解释公式、"
        "搭建财务模型。AI 从工具变成了生产力平台本身。 " + url, key="excel-zh")
    d.t("xiaohuggg", "10:12",
        "Claude in Excel 对 Pro 用户开放了。金融分析师最常用的工具被 AI 直接接管，初级分析师的工作方式要变了。")

    d.t("heyBarsee", "03:25",
        "Anthropic just made Claude in Excel available to all Pro users 🤯\n\n• Ask questions about an entire "
        "workbook\n• Cell-level citations\n• Build and debug financial models\n\nExcel is becoming AI's new home.")
    d.t("AiBreakfast", "03:41",
        "Claude in Excel now available for Pro users. Reads the whole workbook, explains formulas, builds "
        "models. Copilot has real competition inside Microsoft's own app.")
    d.t("lxfater", "11:35",
        "Claude 进驻 Excel，Pro 用户可用：侧边栏直接和 Claude 对话，分析整个工作簿、逐格解释公式、搭建财务模型。"
        "AI 正在从工具变成生产力平台。 " + url)
    d.chat("tomasz_dev", "02:45", "finance bros about to have the best weekend of their lives", to="excel-rowan")


def odyssey(d):
    d.story("odyssey-2-pro", "products", None, "Odyssey-2 Pro world model API")
    url = "https://odyssey.world/introducing-odyssey-2-pro"
    d.t("OdysseyML", "01-24 01:30",
        "Today we're launching Odyssey-2 Pro and the first interactive world model API.\n\nStream long, "
        "interactive 720p simulations that you can steer in real time, from a text or image prompt. "
        "Docs and pricing: " + url, key="ody", likes=1_640, views=298_000)
    d.rt("DrJimFan heyBarsee", "01:38", of="ody")
    d.t("heyBarsee", "02:15",
        "World models just became an API.\n\nOdyssey-2 Pro: 720p, long-horizon, interactive simulations you "
        "can steer as they generate. This is what game engines look like in 5 years. " + url)
    d.chat("nightowl_infra", "01:47", "the latency on this is wild", to="ody")
    d.t("Gorden_Sun", "11:48",
        "Odyssey 发布 Odyssey-2 Pro 和首个可交互世界模型 API：720p、长时序、可实时操控的模拟场景，"
        "世界模型开始可以按调用量付费使用了。")

    d.re("DrJimFan", "02:20",
         "Interactive world models as an API is a big step for robotics sim too. Would love to see action "
         "conditioning beyond camera controls.", to="ody")


def llamaparse(d):
    d.story("llamacloud-llamaparse-v2", "products", 2, "LlamaCloud API and LlamaParse v2 SDKs")
    blog = "https://www.llamaindex.ai/blog/introducing-llamaparse-v2-and-the-new-llamacloud-sdks"
    d.t("llama_index", "01-24 00:10",
        "We've rebuilt the LlamaCloud API from the ground up 🦙\n\n• New Python and TypeScript SDKs\n"
        "• LlamaParse v2: a much simpler interface for document parsing\n• Structured extraction in a few "
        "lines\n\n" + blog, key="lp", likes=612)
    d.t("jerryjliu0", "00:44",
        "LlamaParse v2 is out. Parse any PDF, PPT or Excel file into clean markdown plus structured JSON "
        "with one call. The old API was powerful but had too many knobs; v2 has sane presets (fast / "
        "balanced / agentic). " + blog, key="lp-jerry")
    d.rt("llama_index devpriya", "00:50", of="lp-jerry")
    d.re("lena_builds", "01:25", "The presets are a big deal. We had 14 parse flags in prod and nobody knew what half of them did.", to="lp-jerry")


def ai_mode(d):
    d.story("google-ai-mode-personal", "products", 3, "Google AI Mode adds Personal Intelligence")
    blog = "https://blog.google/products/search/ai-mode-personal-intelligence/"
    d.t("Google", "01-24 01:05",
        "AI Mode in Search now has Personal Intelligence ✨ When you choose to connect Gmail and Google "
        "Photos, you get answers tailored to you, like trip ideas built around your flight confirmation. "
        + blog, key="aim", likes=3_480, views=1_930_000)
    d.t("testingcatalog", "01:20",
        "Google rolls out Personal Intelligence in AI Mode: opt-in connections to Gmail and Google Photos "
        "for personalised search results. US, English first.")
    d.re("simonw", "01:58",
         "The opt-in matters, but the prompt-injection surface of \"search results + your inbox in one "
         "context\" worries me a lot more than the privacy framing does.", to="aim")
    d.chat("gradschool_gwen", "01:16", "google knowing about my 4000 unread emails 😬", to="aim")
    d.t("berryxia", "10:26",
        "Google 搜索的 AI Mode 上线「个人智能」：授权连接 Gmail 和 Google Photos 后，搜索结果会结合你的邮件和照片，"
        "更个性化。 " + blog)

    d.t("rowancheung", "02:50",
        "Google just gave AI Mode access to your Gmail and Photos.\n\nIt's called Personal Intelligence: opt in, "
        "and search answers are built around your own bookings, receipts and pictures. " + blog)


def personaplex(d):
    d.story("personaplex-7b", "open_source", None, "NVIDIA PersonaPlex-7B full-duplex speech model")
    hf = "https://huggingface.co/nvidia/personaplex-7b-v1"
    d.t("NVIDIAAI", "01-24 00:30",
        "Meet PersonaPlex-7B, an open full-duplex conversational model. It listens and speaks at the same "
        "time, handles interruptions and backchannels, and lets you set the voice and persona with a "
        "prompt. Weights on @huggingface: " + hf, key="pp", likes=2_140, views=388_000)
    d.t("_akhaliq", "00:49", "NVIDIA presents PersonaPlex-7B\n\nfull-duplex speech-to-speech, open weights\n\n" + hf)
    d.rt("reach_vb mervenoyann", "00:55", of="pp")
    d.qt("reach_vb", "01:10",
         "Open full-duplex voice at 7B is a big deal for anyone building voice agents. No more "
         "VAD + ASR + LLM + TTS pipeline with 2s of latency.", of="pp")
    d.t("karminski3", "11:05",
        "英伟达开源全双工对话模型 PersonaPlex-7B：能边听边说、可以被打断，还能用提示词设定声音和人设。"
        "做语音智能体的门槛又降低了。 " + hf)


def airllm(d):
    d.story("airllm", "open_source", None, "AirLLM: 70B on 4GB, 405B on 8GB")
    gh = "https://github.com/lyogavin/airllm"
    d.t("heyBarsee", "03:25",
        "You can now run a 70B model on a single 4GB GPU 🤯\n\nAirLLM loads the model layer by layer, so "
        "Llama 3.1 405B even runs on 8GB of VRAM. No quantization required. 100% open source.\n\n" + gh,
        key="air", likes=7_930, views=1_210_000)
    d.rt("minchoi AiBreakfast indiehacker_jo", "03:40", of="air")
    d.t("minchoi", "04:02",
        "70B on 4GB of VRAM. 405B on 8GB.\n\nAirLLM's memory-optimised inference is the kind of open "
        "source project that makes big models accessible to everyone 👇\n\n" + gh)
    d.re("rasbt", "04:18",
         "It works, but keep expectations realistic: streaming layers from disk gives you seconds per token. "
         "Great for offline batch jobs, not for chat.", to="air", key="air-rasbt")
    d.chat("coffee_and_cuda", "03:51", "my 1650 is finally useful", to="air")
    d.t("lyogavin", "05:10",
        "Thanks for all the love for AirLLM! Yes it's slow for long generations; we're working on "
        "prefetching and a KV cache on disk to make batch workloads faster. " + gh)
    d.t("lxfater", "13:40",
        "AirLLM：4GB 显存就能跑 70B 大模型，8GB 显存跑 405B。原理是逐层从磁盘加载、不需要量化。"
        "速度当然慢，但让普通显卡也能玩转大模型。 " + gh)

    d.t("AiBreakfast", "04:30",
        "You can now run 70B models on a 4GB GPU 🤯 AirLLM loads the model layer by layer, so even Llama 3.1 "
        "405B runs on 8GB VRAM. No quantization needed. " + gh)
    d.t("Gorden_Sun", "14:05", "AirLLM 太猛了：4GB 显存跑 70B，8GB 显存跑 405B，不用量化，逐层加载。虽然慢，但真的能跑。")


def ltx(d):
    d.story("ltx-2-downloads", "open_source", None, "LTX-2 passes 2M downloads on Hugging Face")
    hf = "https://huggingface.co/Lightricks/LTX-2"
    d.t("LTXStudio", "01-24 03:00",
        "LTX-2 just passed 2 million downloads on Hugging Face 🎉\n\nThank you to everyone building with "
        "open video models. More coming soon. " + hf, key="ltx", likes=1_090)
    d.qt("ClementDelangue", "03:22",
         "2M downloads for an open video model with synchronized audio. Open-source video is having its "
         "moment 🔥", of="ltx")
    d.rt("huggingface", "03:26", of="ltx")

    d.t("reach_vb", "04:00",
        "LTX-2 crossing 2M downloads on the Hub is a reminder: people want open video models they can run "
        "and fine-tune themselves. " + hf)


def intel(d):
    d.story("intel-guidance", "stocks", None, "Intel falls 15%+ on weak guidance despite a beat")
    d.ext("intel-er", "wallstengine", "01-23 05:04",
          "$INTC Q4 earnings: EPS beat, revenue beat. Q1 guidance below estimates.")
    d.t("unusual_whales", "00:35",
        "Intel, $INTC, has fallen over 15% after weak guidance despite beating on earnings.",
        key="intc", likes=8_810, views=2_050_000)
    d.qt("wallstengine", "01-23 23:41",
         "$INTC shares down 15%+ after a Q4 beat but a weak Q1 guide. The company flagged manufacturing "
         "issues and possible supply shortages ahead.", of="intel-er", key="intc-wse")
    d.t("StockSavvyShay", "01-24 00:08",
        "$INTC beat on revenue and EPS and still got crushed. Guidance is all that matters, and the "
        "market doesn't believe the 18A ramp story yet.", key="intc-shay")
    d.t("zerohedge", "00:26", "INTEL PLUNGES 16%, WORST DAY SINCE AUGUST 2024")
    d.t("quantdaniel", "00:57",
        "Intel -15% while $NVDA and $AMD are green. The market has picked its AI winners, and it doesn't "
        "care about a beat if you can't make the chips.", key="intc-daniel")
    d.rt("wallstengine ex_banker_ai", "00:50", of="intc")
    d.re("dylan522p", "01:30",
         "The supply comment is the real story. Intel 7 capacity is tight and they are prioritising "
         "server. That's a shortage they caused themselves.", to="intc-shay")
    d.chat("pepe_prophet", "00:48", "should've bought $PEPE instead 🐸", to="intc")
    d.t("lxfater", "09:20",
        "英特尔 $INTC 盘中大跌超 15%：财报超预期，但下季度指引疲弱，还暴露了制造问题和未来可能的供应短缺。"
        "市场对 Intel 在 AI 芯片竞赛里的执行力越来越没信心。")

    d.t("business", "01:06",
        "Intel shares sink the most since 2024 after its outlook disappointed investors, overshadowing "
        "better-than-expected quarterly results https://www.bloomberg.com/news/articles/2026-01-23/intel-shares-sink-on-outlook")
    d.chat("moonshot_gems", "00:52", "$INTC bagholders in shambles 😂", to="intc")
    d.t("oran_ge", "13:25", "英特尔这次跌得很惨，业绩超预期也救不了疲弱的指引。AI 芯片竞赛里，市场只认执行力。")


def world_labs(d):
    d.story("world-labs-valuation", "finance", None, "World Labs talks at a $5B valuation")
    bbg = "https://www.bloomberg.com/news/articles/2026-01-23/fei-fei-li-s-world-labs-in-talks-at-5-billion-valuation"
    d.t("business", "01-24 01:48",
        "Fei-Fei Li's World Labs is in talks to raise funding at a valuation of about $5 billion, according "
        "to people familiar with the matter " + bbg, key="wl", likes=1_940, views=890_000)
    d.t("TechCrunch", "02:22",
        "World Labs, the spatial intelligence startup founded by Fei-Fei Li, is reportedly raising at a $5B "
        "valuation https://techcrunch.com/2026/01/23/world-labs-5b-valuation/")
    d.t("deedydas", "02:38",
        "World Labs at a $5B valuation, barely two years in. World models are the new foundation model "
        "trade: Odyssey, Genie, World Labs, and LeCun's new lab all in the same month. " + bbg)
    d.rt("capexwatcher", "02:45", of="wl")
    d.t("vista8", "11:15",
        "李飞飞的 World Labs 据报道正以约 50 亿美元（$5B）估值融资。世界模型成了资本追逐的新方向。")

    d.t("karminski3", "12:30", "World Labs 据传估值 50 亿美元融资，李飞飞押注的世界模型赛道越来越热。")


def memory(d):
    d.story("memory-bottleneck", "finance", 1, "Memory becomes the AI bottleneck; TrendForce peak")
    tf = "https://www.trendforce.com/presscenter/news/20260123-12871.html"
    d.t("TrendForce", "08:30",
        "TrendForce: AI servers will drive the next peak in memory revenue. Demand for HBM and "
        "high-capacity server DRAM keeps supply tight, and 2026 memory revenue is set for a new record. "
        + tf, key="tf", likes=420)
    d.t("dylan522p", "01-24 00:12",
        "Memory is no longer a cyclical commodity. It's the bottleneck of the AI buildout. Every new GPU "
        "ships with more HBM than the last and the fabs can't keep up.", key="mem-dylan", likes=4_390,
        views=760_000)
    d.t("Jukanlosreve", "00:39",
        "SK hynix, Samsung and Micron are all effectively sold out of HBM for 2026. Server DRAM contract "
        "prices up again this month. $MU " + tf, key="mem-jukan")
    d.rt("StockSavvyShay Jukanlosreve", "00:20", of="mem-dylan")
    d.t("wallstengine", "01:24",
        "TrendForce says AI servers will lead the next memory revenue peak. Beneficiaries: Micron $MU, "
        "Samsung, SK hynix. " + tf)
    d.re("quantdaniel", "01:11",
         "The shift from commodity to bottleneck changes how you value these names. Long-term HBM "
         "contracts with prepayments look a lot more like foundry than like DRAM in 2019.", to="mem-dylan")
    d.chat("sol_alpha_calls", "00:33", "memory stocks only go up 📈", to="mem-dylan")
    d.t("WaytoAGI", "12:35",
        "内存正在从周期性商品变成 AI 基础设施的核心瓶颈。TrendForce 预测 AI 服务器将带动下一轮内存营收高峰，"
        "美光、三星、SK 海力士的 HBM 2026 年产能基本售罄。算力之外，存储才是真正卡脖子的地方。 " + tf)
    d.t("tuturetom", "13:18", "AI 的瓶颈不只是 GPU 算力，还有内存。HBM 供不应求，服务器 DRAM 又在涨价。")

    d.t("StockSavvyShay", "02:30",
        "Memory is the most underrated AI trade of 2026. $MU, Samsung and SK hynix are selling every HBM "
        "stack they can make, and TrendForce sees AI servers driving a new revenue peak.")
    d.t("lxfater", "14:30",
        "TrendForce：AI 服务器将带动内存营收创新高。HBM 供不应求，内存从周期品变成了瓶颈。美光、三星、SK 海力士都是受益者。")


def creators(d):
    d.story("creators-anti-ai-statement", "policy", 8, "700+ creators sign an anti-AI-training statement")
    url = "https://www.theguardian.com/technology/2026/jan/23/creators-statement-ai-training-consent"
    d.t("illustrator_mae", "01-24 00:55",
        "More than 700 creators (authors, actors, musicians, illustrators) have signed a statement "
        "opposing the use of our work to train AI models without permission or payment. I'm proud to be "
        "one of them. " + url, key="cr", likes=5_260, views=780_000)
    d.t("TechCrunch", "01:40",
        "Over 700 creatives sign a statement against training AI on copyrighted work without consent " + url)
    d.re("bindureddy", "02:02",
         "Training on public data is fair use and courts are increasingly saying so. Statements don't change the law.",
         to="cr", key="cr-bindu")
    d.re("illustrator_mae", "02:26",
         "\"Public\" isn't the same as \"free to use\". My portfolio is public so clients can hire me, not "
         "so a model can replace me.", to="cr-bindu")
    d.chat("gradschool_gwen", "01:07", "signed it too 💜", to="cr")
    d.rt("gradschool_gwen", "01:12", of="cr")
    d.t("oran_ge", "10:50",
        "超过 700 名创作者（作家、演员、音乐人、插画师）联合签署反 AI 声明，反对未经授权用他们的作品训练模型。"
        "版权之争还远没有结束。 " + url)

    d.chat("lena_builds", "02:40", "both sides talking past each other as usual", to="cr-bindu")


def ai_employees(d):
    d.story("ai-employees", "ai_industry", 9, "AI employees: AGI-0, AI First")
    d.t("agi0_ai", "01-24 01:50",
        "Meet AGI-0: an AI employee that does research, analysis and real-world tasks end to end. Give it "
        "a goal, not a prompt. Early access: https://agi0.ai", key="agi0", likes=880)
    d.t("aifirst_hq", "02:30",
        "Introducing AI First: AI employees for sales ops, finance and support that work inside the tools "
        "your team already uses. They take tickets, not prompts. https://aifirst.so/launch", key="aifirst")
    d.t("emollick", "03:48",
        "Every startup now sells \"AI employees\". The interesting question isn't whether they can do the "
        "tasks, it's who reviews their work and who is accountable when they're wrong.", key="aie-mollick",
        likes=1_760)
    d.rt("minchoi", "02:05", of="agi0")
    d.chat("indiehacker_jo", "02:37", "an AI employee that doesn't ask for equity? sign me up", to="aifirst")
    d.t("oran_ge", "11:40",
        "「AI 员工」概念越来越火：AGI-0、AI First 这些产品都在做能自己做研究、做分析、处理真实任务的 AI 工作者。"
        "给目标，而不是给提示词。")


def claude_code(d):
    d.story("claude-code-autonomy", "ai_tech", 5, "Claude Code runs the full development loop")
    d.t("priya_codes", "01-24 00:18",
        "Claude Code has changed how I work. I describe the feature, it plans, writes the code, runs the "
        "tests, fixes what fails and opens the PR. My job is now mostly review and taste.",
        key="cc", likes=3_310, views=512_000)
    d.t("swyx", "01:55",
        "The software engineering loop is being automated from both ends, planning and deployment. Claude "
        "Code and Codex aren't autocomplete anymore; they run the whole loop and you supervise.",
        key="cc-swyx")
    d.re("tomasz_dev", "00:40",
         "Same here, but the review part is harder than it sounds. 2k-line PRs from an agent still need a "
         "human who understands the codebase.", to="cc")
    d.chat("coffee_and_cuda", "00:29", "my job is now mostly watching the spinner", to="cc")
    d.t("simonw", "03:05",
        "I've been running Claude Code with a test suite as the feedback loop for a week. The tests are "
        "the spec. When it fails, it's almost always because my spec was vague. "
        "https://simonwillison.net/2026/Jan/23/claude-code-tests/")
    d.t("dotey", "12:55",
        "AI 编程已经进入深水区：Claude Code 从代码补全走到了自主规划、写代码、跑测试、部署的完整循环。"
        "工程师的角色正在从写代码变成设计、审查和与 AI 协作。")

    d.t("deedydas", "04:15",
        "Claude Code is now writing ~90% of the code at a lot of startups I talk to. Engineers have become "
        "reviewers and architects. The loop is plan → code → test → deploy, and the AI runs all of it.")
    d.chat("indiehacker_jo", "00:55", "same!! haven't written a for loop by hand in weeks", to="cc")


def crewai(d):
    d.story("crewai-ollama-blog-agent", "ai_tech", 2, "Local blog-writing agents with CrewAI + Ollama")
    url = "https://medium.com/@devpriya/a-local-blog-writing-agent-team-with-crewai-and-ollama-3f9c2a"
    d.t("devpriya", "01-24 02:48",
        "Built a fully local blog-writing agent team with CrewAI + Ollama: a researcher, a writer and an "
        "editor agent, all running on my laptop. No API keys, no cost. Tutorial 👇 " + url, key="crew")
    d.qt("crewAIInc", "03:30", "Love this! Local agents with @ollama are getting really good 🚀", of="crew")
    d.rt("ollama", "03:34", of="crew")
    d.t("vista8", "13:50",
        "用 CrewAI + Ollama 搭一个完全本地的写博客智能体团队：研究员、写手、编辑三个智能体协作，不用 API key，零成本。 " + url)


def openwork(d):
    d.story("openwork-kanban", "ai_tech", 2, "OpenWork: a kanban board for agents")
    gh = "https://github.com/openwork-dev/openwork"
    d.t("openwork_dev", "01-24 02:12",
        "OpenWork: a kanban board for your agents. Each card is a task; agents pick them up, post progress "
        "and move them to review. A UI for long-running agents that isn't a chat window. Open source: " + gh,
        key="ow")
    d.qt("swyx", "03:00",
         "The bottleneck has moved from model capability to orchestration: how do you assign, watch and "
         "review 20 agents running for hours? Kanban is a surprisingly good answer.", of="ow")
    d.rt("lena_builds", "02:40", of="ow")
    d.chat("nightowl_infra", "02:33", "jira for robots lol", to="ow")


def fs_memory(d):
    d.story("filesystem-as-memory", "ai_tech", 2, "The filesystem as agent memory")
    d.t("lena_builds", "01-24 03:52",
        "The filesystem is the best memory for agents.\n\nGive it a README.md (what this is), a "
        "STRATEGY.md (what we're trying) and a MISSION.md (why), and let it keep them up to date. Semantic "
        "memory that doesn't turn into soup.", key="fs", likes=1_380)
    d.rt("swyx HamelHusain", "04:10", of="fs")
    d.re("sarah_ml", "04:30",
         "We do the same with a DECISIONS.md the agent must append to before changing anything. Cut the "
         "\"why did it undo yesterday's fix\" problem almost entirely.", to="fs")
    d.t("tuturetom", "14:10",
        "「文件系统即记忆」：用 README、STRATEGY、MISSION 这几个结构化文档管理智能体的语义记忆，"
        "让长期运行的智能体不会越跑越乱。")


def evals(d):
    d.story("evals-with-smes", "ai_tech", None, "Evals: whole threads, and SMEs from day one")
    d.t("HamelHusain", "01-24 02:40",
        "Evals lessons from putting an AI product in production:\n\n1. Evaluate whole threads, not single "
        "outputs\n2. Bring subject-matter experts in at design time, not after launch\n3. Look at your data "
        "before you write a single metric", key="ev", likes=1_150)
    d.qt("eugeneyan", "03:15",
         "+1 on SMEs early. Our best eval rubric came from a nurse who spent two afternoons labelling "
         "conversations with us.", of="ev")
    d.rt("sarah_ml", "02:58", of="ev")

    d.re("HamelHusain", "03:40", "Exactly. The SME is the eval.", to="ev")


def vibe_ios(d):
    d.story("vibe-coding-ios-apps", "ai_industry", 5, "Vibe coding: iOS app releases up 60% YoY")
    url = "https://appfigures.com/resources/insights/20260123/ios-app-releases-december"
    d.t("appfigures", "01-24 00:36",
        "New iOS app releases were up 60% year over year in December. The vibe coding wave is showing up "
        "in App Store data. " + url, key="ios", likes=2_560, views=640_000)
    d.qt("deedydas", "01:28",
         "iOS app releases +60% YoY in December. Vibe coding isn't a meme, it's in the App Store numbers.",
         of="ios", key="ios-deedy")
    d.t("indiehacker_jo", "02:50",
        "Shipped my 3rd iOS app this month without writing Swift by hand. Vibe coding is real, and so is "
        "the App Store review queue 😅")
    d.t("op7418", "13:30",
        "Vibe Coding 带来了一波 iOS 新应用发布潮：12 月新上架应用同比增长 60%。人人都能做 App 的时代来了。 " + url)

    d.t("WaytoAGI", "14:45", "12 月 iOS 新应用发布量同比增长 60%，Vibe Coding 正在改变 App Store。")


def creative_tools(d):
    d.story("synthesia-ppt-to-video", "ai_industry", None, "Synthesia turns slides into videos")
    d.t("synthesiaIO", "01-24 02:25",
        "Turn any PowerPoint into a video in minutes. Upload your deck, pick an AI avatar and voice, and "
        "Synthesia does the rest. https://www.synthesia.io/features/ppt-to-video", key="syn")
    d.rt("heyBarsee", "02:31", of="syn")

    d.story("kling-video", "ai_industry", None, "Kling video generation update")
    d.t("Kling_ai", "01-24 03:10",
        "Kling 2.6 Motion Control is live 🎬 Upload a reference performance and transfer the motion to any "
        "character, with lip sync. https://klingai.com", key="kling", likes=2_020)
    d.t("minchoi", "05:30",
        "Kling 2.6 Motion Control is wild.\n\nOne reference video → any character, same moves, same lip sync. "
        "AI video just keeps getting better 👇")

    d.story("krea-realtime-edit", "ai_industry", None, "Krea Realtime Edit")
    d.t("krea_ai", "01-24 02:00",
        "Introducing Realtime Edit: change any image by talking to it, and watch it update in under a second. "
        "https://www.krea.ai/realtime-edit", key="krea", likes=3_760)
    d.chat("illustrator_mae", "02:35", "and here we go again", to="krea")

    d.story("heygen-avatars", "ai_industry", None, "HeyGen avatars")
    d.t("HeyGen_Official", "01-24 03:35",
        "Avatar IV now captures your gestures and micro-expressions from a single photo. Make a video of "
        "yourself without a camera. https://www.heygen.com/avatar-iv", key="heygen")
    d.re("emollick", "04:50",
         "The avatars crossed into \"I can't tell\" territory for short clips. We need provenance "
         "standards, fast.", to="heygen")

    d.story("qwen3-tts-voice-cloning", "ai_industry", None, "Qwen3-TTS voice cloning")
    hf = "https://huggingface.co/Qwen/Qwen3-TTS"
    d.t("Alibaba_Qwen", "01-24 10:00",
        "Qwen3-TTS is here 🎙️ Clone a voice from 3 seconds of audio, in 10 languages, with emotion control. "
        "Open weights: " + hf, key="qtts", likes=2_930)
    d.t("Gorden_Sun", "10:40", "Qwen3-TTS 开源：3 秒音频克隆声音，支持 10 种语言和情绪控制。语音克隆的伦理问题又要被讨论了。 " + hf)
    d.rt("_akhaliq reach_vb", "10:15", of="qtts")

    # Written after the stories above; `story=` files each under its own story. (The order of the
    # calls fixes ids and times, and sessions/2026-01-24.jsonl pins the x-api file's bytes.)
    d.t("minchoi", "02:45",
        "Krea just dropped Realtime Edit 🤯\n\nTalk to an image and watch it change in under a second. Image "
        "editing will never be the same 👇 https://www.krea.ai/realtime-edit", story="krea-realtime-edit")
    d.t("berryxia", "12:15", "HeyGen 的 Avatar IV 一张照片就能生成带手势和微表情的数字人视频，短视频里已经很难分辨真假了。",
        story="heygen-avatars")
    d.t("vista8", "12:40", "Synthesia 上线 PPT 转视频：上传幻灯片，选一个 AI 数字人和声音，几分钟生成讲解视频。",
        story="synthesia-ppt-to-video")


def protein(d):
    d.story("protein-design-competition", "ai_industry", 6, "AI-designed proteins win a design competition")
    url = "https://www.adaptyvbio.com/blog/protein-design-competition-round-3-results"
    d.t("adaptyvbio", "01-24 01:15",
        "The results of our protein design competition are in! AI-designed binders dominated the "
        "leaderboard, and several hit nanomolar affinity in the first wet-lab round. " + url, key="prot")
    d.qt("protein_pat", "02:00",
         "Two years ago a nanomolar binder on the first try was a paper. Now it's a competition entry.",
         of="prot")
    d.rt("DrJimFan", "01:50", of="prot")

    d.t("op7418", "14:00", "蛋白质设计竞赛结果出炉：AI 设计的结合蛋白霸榜，好几个在第一轮湿实验就达到纳摩尔级亲和力。")


def reproducibility(d):
    d.story("paper-reproducibility", "ai_industry", 6, "AI agents check whether papers reproduce")
    d.t("repro_ai", "01-24 03:28",
        "We pointed an AI agent at ML papers with released code and asked it to reproduce the main result. "
        "It got surprisingly far, and in a few cases it found bugs the authors hadn't noticed. Writeup: "
        "https://reprobench.org/blog/agents-check-papers", key="repro")
    d.qt("rasbt", "04:40",
         "Reproducibility checks are a great use of agents: boring, well-specified, and valuable.", of="repro")
    d.t("xiaohuggg", "14:20", "用 AI 智能体来验证论文能否复现：读论文、跑代码、对比结果，还发现了几个作者自己都没注意到的 bug。")


def noise(d):
    d.story(None, None, None, None)
    # Personal chatter
    personal = [
        ("coffee_and_cuda", "00:03", "third coffee and it's not even 9am. the training run is fine. I am not fine ☕"),
        ("marathon_mike_ml", "00:44", "16 miles this morning in the rain. Legs are toast, brain is clear. Best debugging session of the week happened at mile 11."),
        ("gradschool_gwen", "01:34", "advisor said \"just a small experiment\" 6 weeks ago. it is now chapter 4"),
        ("nightowl_infra", "02:01", "anyone else's kid ask why the computer talks back now? had to explain LLMs at dinner 😂"),
        ("swyx", "04:40", "flying to NYC next week, who's around? ☕"),
        ("tomasz_dev", "05:05", "Kraków is -12°C today. Perfect weather for staying inside and refactoring."),
        ("indiehacker_jo", "05:45", "my cat deleted a paragraph of my landing page by walking on the keyboard and honestly it reads better now"),
        ("coffee_and_cuda", "06:12", "going offline for the weekend. if the cluster catches fire, it catches fire 🔥"),
        ("sarah_ml", "06:40", "Finally finished the 1000-piece puzzle my team gave me. It took longer than my last paper revision."),
        ("gradschool_gwen", "07:03", "the library closes at midnight and I have 47 tabs open. pray for me"),
        ("lena_builds", "07:48", "Lagos traffic + a 9am standup = I took the call from the car again"),
        ("marathon_mike_ml", "08:15", "new running shoes arrived, the sole is literally carbon fiber. we really are in the future"),
        ("nightowl_infra", "09:02", "3am pager alert. it was DNS. it is always DNS."),
        ("dotey", "21:10", "周末带娃去了趟科技馆，孩子对机器人比对恐龙感兴趣多了。"),
        ("oran_ge", "22:30", "今天终于把家里的 NAS 整理好了，强迫症治愈。"),
        ("karminski3", "15:42", "下午补牙的病人特别多，晚上再测新模型。"),
        ("vista8", "20:05", "深夜食堂：一碗热汤面，比什么都治愈 🍜"),
        ("priya_codes", "06:30", "Hot take: dark mode is not a personality. (It is mine though)"),
        ("tomasz_dev", "15:30", "Saturday plan: pierogi, a long walk, zero Slack."),
        ("quantdaniel", "07:25", "market's closed, going skiing, see you Monday"),
        ("coffee_and_cuda", "17:30", "made sourdough for the first time and it came out as a brick. a delicious brick"),
        ("indiehacker_jo", "19:15", "Happy Saturday! What are you all building this weekend? 👇"),
    ]
    for handle, time, text in personal:
        d.noise("personal", handle, time, text)
    jobs = [
        ("talent_at_vela", "00:20", "We're hiring! Vela AI is looking for a Senior ML Engineer (inference, CUDA, vLLM). Remote-friendly, competitive equity. Apply: https://jobs.vela.ai/senior-ml-engineer #hiring #MLjobs"),
        ("talent_at_vela", "04:20", "We're hiring a Founding Product Designer in SF. If you love designing for developers, DM us or apply here: https://jobs.vela.ai/product-designer"),
        ("llama_index", "05:15", "We're hiring forward-deployed engineers in SF and NYC 🦙 Help the biggest companies build document agents. https://www.llamaindex.ai/careers"),
        ("crewAIInc", "06:00", "We're growing! Open roles in engineering, DevRel and sales: https://www.crewai.com/careers #hiring"),
        ("OdysseyML", "06:20", "We're hiring research engineers to work on world models. London or SF. https://odyssey.world/careers"),
        ("HeyGen_Official", "07:10", "Join us! HeyGen is hiring across product, engineering and GTM. https://www.heygen.com/careers"),
        ("adaptyvbio", "07:40", "We're hiring a wet-lab automation engineer in Lausanne 🧪 https://www.adaptyvbio.com/careers"),
        ("agi0_ai", "08:10", "AGI-0 is hiring founding engineers. Small team, huge scope. DM open."),
        ("lena_builds", "08:40", "My team is hiring two backend engineers (Go/Postgres) for an agents platform. Remote, Africa/Europe time zones. DMs open 🙌"),
        ("Zai_org", "16:10", "We're hiring! Z.ai is recruiting researchers and engineers in Beijing and Singapore. https://z.ai/careers"),
        ("WaytoAGI", "18:30", "WaytoAGI 社区招募志愿者：AI 教程编辑、活动组织，欢迎私信。"),
        ("talent_at_vela", "10:20", "Still hiring: Staff Infra Engineer (Kubernetes, GPU scheduling). Remote US. https://jobs.vela.ai/staff-infra"),
        ("synthesiaIO", "09:10", "We're hiring in London and Amsterdam! 30+ open roles: https://www.synthesia.io/careers"),
        ("mlops_meetup_sf", "09:30", "Our sponsor @talent_at_vela is hiring ML engineers. Come say hi at the meetup next Thursday!"),
    ]
    for handle, time, text in jobs:
        d.noise("job", handle, time, text)
    conference = [
        ("aiweek_conf", "00:12", "2 weeks to AI Week Summit! Early-bird tickets end Sunday. https://aiweeksummit.com/tickets #AIWeek2026"),
        ("aiweek_conf", "03:15", "Speaker announcement: 40+ talks on agents, evals and inference at #AIWeek2026. Full agenda: https://aiweeksummit.com/agenda"),
        ("mlops_meetup_sf", "04:45", "Doors open at 6pm next Thursday, pizza from 6:15, talks at 7. Bring your laptop charger, we never have enough outlets 🔌 https://lu.ma/mlops-sf-feb"),
        ("llama_index", "06:50", "Headed to AI Week Summit? Come see us at booth 12, we'll have LlamaParse v2 demos and stickers 🦙"),
        ("aiweek_conf", "07:30", "Travel tip for #AIWeek2026: the venue shuttle runs every 20 minutes from the Moscone hotels."),
        ("crewAIInc", "08:20", "See you at booth 31 at AI Week Summit! Live multi-agent demos every hour 🤖"),
        ("mlops_meetup_sf", "10:00", "Call for speakers for our March meetup is open. 15-minute talks, real production stories only. https://forms.gle/mlopssfcfp"),
        ("HamelHusain", "05:30", "Giving a workshop on evals at AI Week Summit. Room 2004, day 2, 10am. Bring your traces."),
        ("aiweek_conf", "11:40", "Wi-Fi for #AIWeek2026 will be AIWEEK-GUEST, password on your badge. See you soon!"),
        ("WaytoAGI", "19:40", "下周六上海线下活动：AI 智能体实战分享会，名额有限，报名链接见评论区。"),
        ("aiweek_conf", "14:30", "Volunteers: please pick up your badges at registration desk B from 8am on day 1 #AIWeek2026"),
    ]
    for handle, time, text in conference:
        d.noise("conference", handle, time, text)
    shill = [
        ("moonshot_gems", "00:09", "$PEPE breaking out of a 3-week wedge 🐸🚀 next stop 10x. NFA but I'm loaded"),
        ("sol_alpha_calls", "00:27", "$SOL ecosystem gem just launched, 100x gem 🚀🚀 CA in bio, don't miss this one"),
        ("pepe_prophet", "01:00", "$PEPE $WIF $BONK memecoin season is HERE. Load your bags before Monday 🐸💰"),
        ("moonshot_gems", "01:31", "AI coin narrative is heating up 🔥 $FET $TAO $RNDR all setting up for a breakout. 100x gem incoming 🚀"),
        ("sol_alpha_calls", "02:22", "Whales are accumulating $SOL under the radar. Don't fade this. Targets in the TG 🚀"),
        ("pepe_prophet", "03:30", "if you're not holding $PEPE in 2026 what are you even doing 🐸🐸🐸"),
        ("moonshot_gems", "04:15", "🚨 NEW GEM ALERT 🚨 $AIDOGE just launched on Solana, liquidity locked, dev based. 100x easy 🚀"),
        ("sol_alpha_calls", "05:20", "$BONK and $WIF pumping while everyone's distracted by AI news. You're welcome 💰"),
        ("pepe_prophet", "06:45", "GM frens 🐸☕ $PEPE holders eating good this week"),
        ("moonshot_gems", "08:30", "Called $SOL at $20. Calling $AIX now. Screenshot this 📸🚀"),
        ("sol_alpha_calls", "12:40", "$SOL 每次回调都是上车机会，100 倍宝藏币就在眼前 🚀 私信领取内部群"),
        ("moonshot_gems", "15:10", "weekend pump incoming?? $PEPE $DOGE $SHIB 🚀🚀🚀"),
    ]
    for handle, time, text in shill:
        d.noise("shill", handle, time, text)
    giveaway = [
        ("giveaway_gpu", "00:50", "🎁 GIVEAWAY 🎁 We're giving away an RTX 5090! To enter: follow, like, RT and tag 3 friends. Winner picked Monday."),
        ("airdrop_daily_x", "01:45", "💸 $500 USDT giveaway 💸 Follow + RT + drop your wallet below. 5 winners in 48h"),
        ("giveaway_gpu", "05:00", "Reminder: RTX 5090 giveaway ends Monday! Like + RT to enter 🎁"),
        ("airdrop_daily_x", "07:55", "Free airdrop for early users 🪂 connect wallet, claim in 2 minutes. Link in bio"),
        ("airdrop_daily_x", "13:05", "🎉 1000 $SOL giveaway to celebrate 50k followers! Follow + RT + tag a friend"),
        ("giveaway_gpu", "18:45", "Mac Mini M4 giveaway for AI builders 🎁 follow + like + comment what you'd build"),
    ]
    for handle, time, text in giveaway:
        d.noise("giveaway", handle, time, text)
    more = [
        ("personal", "priya_codes", "16:40", "Dinner with old college friends tonight. Nobody asked me about AI and it was wonderful."),
        ("personal", "Yuchenj_UW", "08:50", "Snow day in Seattle. Kids are building a snowman shaped like a GPU."),
        ("personal", "tuturetom", "22:10", "周六加班写文档，咖啡已经续了第三杯 ☕"),
        ("job", "OdysseyML", "15:20", "Also hiring a Developer Relations lead for the new API. https://odyssey.world/careers"),
        ("conference", "aiweek_conf", "05:50", "Fireside chat + audience Q&A with the LlamaIndex team on day 1, main stage 2pm #AIWeek2026"),
        ("conference", "mlops_meetup_sf", "13:20", "Thanks to everyone who RSVP'd! We're at capacity & have opened a waitlist."),
        ("shill", "pepe_prophet", "11:10", "$PEPE chart looking like GLM benchmarks: only up 🐸📈"),
        ("shill", "sol_alpha_calls", "16:20", "$SOL $JUP $PYTH setting up for the weekend. Alpha in the TG 🔒🚀"),
        ("giveaway", "airdrop_daily_x", "17:40", "🎁 Weekend giveaway: 3 Claude Pro subscriptions! Follow + RT + reply with your favourite AI tool"),
    ]
    for kind, handle, time, text in more:
        d.noise(kind, handle, time, text)
    # A few tweets just outside the window on both sides, so the window filter has something to drop.
    d.noise("personal", "coffee_and_cuda", "01-23 23:20", "friday night and I'm reading the CUDA programming guide for fun. send help")
    d.noise("shill", "pepe_prophet", "01-23 23:58", "last call before midnight: $PEPE to the moon 🐸🚀")
    d.noise("personal", "marathon_mike_ml", "01-25 00:04", "Sunday long run done before sunrise 🏃")
    d.noise("conference", "aiweek_conf", "01-25 00:30", "One week to go! Final agenda is live #AIWeek2026")
