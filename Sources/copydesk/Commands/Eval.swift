import ArgumentParser
import CopydeskCore
import CopydeskStore
import Foundation

/// `copydesk eval DIR...`: the story engine against labelled days (grouping, core points, noise,
/// categories), per day and as the mean.
struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the story engine against labelled days.",
        discussion: """
            Each DIR is a labelled day (a folder with labels.json and the day's tweets) or a folder of such days. \
            Prints B³ precision and recall over the labelled tweets, the core points the top 10 covers, the \
            points that are mostly noise, and the share of labelled stories put in an accepted category. Categories \
            are learned leave-one-day-out: each day is classified by a model trained on the other days given.
            """)

    @Argument(help: "Labelled days, or folders of labelled days.")
    var days: [String] = []

    @OptionGroup var meaning: MeaningOptions

    @OptionGroup var lexiconOptions: LexiconOptions

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @Flag(help: "Also list each day's proposed points with the labelled story each tells.")
    var verbose = false

    @Flag(name: .customLong("no-learning"), help: "Classify with the lexicon alone and rank by the hand score (no learned model), to compare.")
    var noLearning = false

    @Option(name: .customLong("save-model"), help: "Train the category model on all the days and write it to FILE (the built-in one is Sources/CopydeskCore/Resources/category-model.tsv).")
    var saveModel: String?

    @Option(name: .customLong("save-ranking-model"), help: "Train the ranking model on all the days and write it to FILE (the built-in one is Sources/CopydeskCore/Resources/ranking-model.tsv).")
    var saveRankingModel: String?

    func validate() throws {
        if days.isEmpty { throw ValidationError("Name at least one labelled day (a folder holding labels.json).") }
    }

    func run() async throws {
        let folders: [LabelledDayFolder]
        do {
            folders = try days.flatMap { try LabelledDayFolder.find($0) }
        } catch {
            SessionSetup.printError("copydesk: error: \(error)")
            throw ExitCode(ExitStatus.badInput)
        }
        if folders.isEmpty {
            SessionSetup.printError("copydesk: error: no labelled day (a folder holding labels.json) in \(days.joined(separator: ", ")).")
            throw ExitCode(ExitStatus.badInput)
        }
        let lexicon = try lexiconOptions.load()
        var days: [[Tweet]] = []
        for folder in folders {
            do {
                days.append(try folder.loadTweets())
            } catch {
                SessionSetup.printError("copydesk: error: \(error)")
                throw ExitCode(ExitStatus.badInput)
            }
        }
        // One lexicon, model and set of vectors for every engine below (tweet ids are distinct across days).
        let setup = Setup(lexicon: lexicon, encoder: meaning.encoder(), embeddings: EmbeddingCache())
        // What the days teach, each day's stories read once (by one engine: its lexicon is compiled once).
        let reader = setup.engine(categories: nil, ranking: nil)
        let examples = folders.indices.map { reader.categoryExamples(days[$0], labels: folders[$0].labels, day: folders[$0].name) }
        let trainer = CategoryTrainer()
        let rankingTrainer = RankingTrainer()
        /// The ranking model learned from the days at `indices`, their stories classified by `categories`.
        func rankingModel(_ indices: [Int], categories: CategoryModel?) -> RankingModel? {
            let engine = setup.engine(categories: categories, ranking: nil)
            return rankingTrainer.train(indices.flatMap { engine.rankingExamples(days[$0], labels: folders[$0].labels, day: folders[$0].name) })
        }
        let allCategories = saveModel != nil || saveRankingModel != nil ? trainer.train(examples.flatMap { $0 }) : nil
        if let saveModel, let model = allCategories {
            try Self.save(model.text(), to: saveModel)
        }
        if let saveRankingModel, let model = rankingModel(Array(folders.indices), categories: allCategories) {
            try Self.save(model.text(), to: saveRankingModel)
        }
        var rows: [EvaluationReport.Row] = []
        var ranking: [LearningReport.Row] = []
        for (k, folder) in folders.enumerated() {
            // Leave one day out: the day is scored by models trained on the other days only.
            let others = folders.indices.filter { $0 != k }
            let model = noLearning ? nil : trainer.train(others.flatMap { examples[$0] })
            let ranker = noLearning ? nil : rankingModel(others, categories: model)
            let analysis = setup.engine(categories: model, ranking: ranker).analyze(days[k], window: folder.labels.window)
            let score = DayScore(analysis: analysis, labels: folder.labels)
            rows.append(.init(day: folder.name, score: score))
            if !noLearning {
                let hand = setup.engine(categories: model, ranking: nil).analyze(days[k], window: folder.labels.window)
                ranking.append(.init(day: folder.name, before: DayScore(analysis: hand, labels: folder.labels), after: score))
            }
        }
        var learning: [LearningReport] = []
        if !noLearning {
            learning.append(LearningReport(title: "Ranking", before: "the hand score", rows: ranking))
            learning.append(Self.tasteEvidence(folders: folders, days: days, setup: setup))
        }
        let report = EvaluationReport(rows: rows)
        if json {
            try Streams.write(report.json(learning: learning))
        } else {
            try Streams.write(report.table() + learning.map { "\n" + $0.table() }.joined() + (verbose ? "\n" + report.details() : ""))
        }
    }

    /// Evidence that the desk learns from an editor's decisions: each labelled day turned into the
    /// session of an editor who accepts its core points, rejects the rest and reclassifies to its
    /// categories (on the proposal of the engine without learned models); each day scored before
    /// (no learned model) and after learning from the other days' sessions only.
    private static func tasteEvidence(folders: [LabelledDayFolder], days: [[Tweet]], setup: Setup) -> LearningReport {
        let plain = setup.engine(categories: nil, ranking: nil)
        let proposals = folders.indices.map { plain.analyze(days[$0], window: folders[$0].labels.window) }
        let sessions = folders.indices.map { j in
            TasteLearner.Day(day: folders[j].name, tweets: days[j],
                             session: SimulatedEditor.session(proposals[j], tweets: days[j], labels: folders[j].labels).draft)
        }
        var rows: [LearningReport.Row] = []
        for (k, folder) in folders.enumerated() {
            let learned = TasteLearner(encoder: setup.encoder, embeddings: setup.embeddings, lexicon: setup.lexicon)
                .learn(sessions.indices.filter { $0 != k }.map { sessions[$0] })
            let after = setup.engine(categories: learned.category, ranking: learned.ranking).analyze(days[k], window: folder.labels.window)
            rows.append(.init(day: folder.name, before: DayScore(analysis: proposals[k], labels: folder.labels),
                              after: DayScore(analysis: after, labels: folder.labels)))
        }
        return LearningReport(title: "Taste: learned from simulated editor sessions (accept the core points, reject the rest, reclassify)",
                              before: "no learned model", rows: rows)
    }

    /// What every engine of an evaluation shares: the lexicon, the sentence model and its vectors.
    private struct Setup {
        let lexicon: Lexicon
        let encoder: (any SentenceEncoding)?
        let embeddings: EmbeddingCache

        /// An engine with these models (nil: the lexicon alone, the hand score).
        func engine(categories: CategoryModel?, ranking: RankingModel?) -> StoryEngine {
            StoryEngine(lexicon: lexicon, categoryModel: categories, rankingModel: ranking, encoder: encoder, embeddings: embeddings)
        }
    }

    /// Writes a model file atomically; a failure is one message and exit status 73.
    private static func save(_ text: String, to path: String) throws {
        do {
            try AtomicFile.write(Data(text.utf8), to: path)
        } catch {
            SessionSetup.printError("copydesk: error: \(path): \(error)")
            throw ExitCode(ExitStatus.cannotCreate)
        }
    }
}
