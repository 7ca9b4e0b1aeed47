import CopydeskCore
import Foundation

/// The taste file beside the session logs (`SESSIONS/taste.tsv`), and the logs `learn` reads.
public enum TasteStore {
    public static func path(in folder: String) -> String {
        (folder as NSString).appendingPathComponent(Taste.fileName)
    }

    /// The folder's taste, nil when it has none.
    public static func load(folder: String) throws -> Taste? {
        let path = path(in: folder)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { throw FileError.reading(path) }
        return try Taste(parsing: String(decoding: data, as: UTF8.self), file: path)
    }

    /// Writes the taste atomically.
    public static func write(_ taste: Taste, folder: String) throws {
        try AtomicFile.write(Data(taste.text().utf8), to: path(in: folder))
    }

    /// The session logs in `folder` (`YYYY-MM-DD.jsonl`), by day.
    public static func logs(in folder: String) -> [(day: LocalDate, path: String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.compactMap { name -> (LocalDate, String)? in
            guard name.hasSuffix(".jsonl"), let day = LocalDate(String(name.dropLast(6))) else { return nil }
            return (day, (folder as NSString).appendingPathComponent(name))
        }.sorted { $0.0 < $1.0 }
    }
}
