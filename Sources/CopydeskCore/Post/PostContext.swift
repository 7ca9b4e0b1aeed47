import Foundation

/// The values a post template sees, built from `PostContent`. Every string is safe markdown.
///
/// Keys: `title`, `date`, `postTime`, `start`, `end`, `cloudImage`, `cloudAlt`; `overview` with
/// `text`; `points` with `items` (`marker`, `lead`, `rest`, `link`); `viewpoints`, `models`,
/// `products`, `openSource`, `aiTech`, `aiIndustry`, `finance` with `items` (`lead`, `text`, `link`)
/// or `empty`; `stocks` and `crypto` with `items` (`lead`, `text`, `link`, `discussion`,
/// `reaction`) or `none`. Each part has `auto` (true when it should carry the automatic marker)
/// and, when the editor rewrote it, `written` instead of `items`. Absent keys are left out.
struct PostContext {
    var values: [String: Any]

    init(content: PostContent, language: PostLanguage, markAutomatic: Bool, cloudImage: String) throws {
        let strings = language.strings
        try Self.checkDate(content.metadata.date, field: "date")
        try Self.checkDate(content.metadata.postTime, field: "posttime")
        var v: [String: Any] = [
            "title": SafeText.yamlQuoted(content.metadata.title),
            "date": content.metadata.date,
            "postTime": content.metadata.postTime,
            "start": content.window.start.description,
            "end": content.window.end.description,
            "cloudImage": Self.imageTarget(cloudImage),
            "cloudAlt": strings.cloudAlt,
        ]
        switch content.overview {
        case .automatic(let text): v["overview"] = ["auto": markAutomatic, "text": text] as [String: Any]
        case .written(let text): v["overview"] = ["auto": false, "text": text] as [String: Any]
        }
        switch content.points {
        case .automatic(let points):
            v["points"] = ["auto": markAutomatic, "items": points.map(Self.point)] as [String: Any]
        case .written(let text):
            v["points"] = ["auto": false, "written": text] as [String: Any]
        }
        for (section, part) in content.sections {
            v[Self.key(section)] = Self.part(part, section: section, strings: strings, markAutomatic: markAutomatic)
        }
        values = v
    }

    static func key(_ section: Section) -> String {
        switch section {
        case .openSource: "openSource"
        case .aiTech: "aiTech"
        case .aiIndustry: "aiIndustry"
        default: section.rawValue
        }
    }

    /// Sections drafted as sub-bullets of a heading bullet; their written text is indented to match.
    static func isNested(_ section: Section) -> Bool {
        [.models, .products, .openSource, .aiTech, .aiIndustry, .finance].contains(section)
    }

    static func part(_ part: PostContent.Part<[PostContent.Item]>, section: Section, strings: PostStrings, markAutomatic: Bool) -> [String: Any] {
        switch part {
        case .written(let text):
            let body = isNested(section)
                ? text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
                : text
            return ["auto": false, "written": body]
        case .automatic(let items):
            var values: [String: Any] = ["auto": markAutomatic, "items": items.map(item)]
            if items.isEmpty {
                switch section {
                case .stocks: values["none"] = strings.noStocks
                case .crypto: values["none"] = strings.noCrypto
                default: values["empty"] = strings.emptySection
                }
            } else if section == .viewpoints {
                values["intro"] = strings.viewpointsIntro
            }
            return values
        }
    }

    static func point(_ p: PostContent.Point) -> [String: Any] {
        // The reference aligns text after the number: `1.  ` but `10. `.
        let marker = "\(p.number)." + String(repeating: " ", count: max(1, 4 - "\(p.number).".count))
        var values: [String: Any] = ["number": p.number, "marker": marker, "lead": p.lead, "rest": p.rest]
        if let link = p.link { values["link"] = link }
        return values
    }

    static func item(_ i: PostContent.Item) -> [String: Any] {
        var values: [String: Any] = ["lead": i.lead, "text": i.text]
        if let link = i.link { values["link"] = link }
        if let reaction = i.reaction { values["reaction"] = reaction }
        if let discussion = i.discussion { values["discussion"] = discussion }
        return values
    }

    /// The image link as written: a plain file name or path; anything else is percent-encoded.
    static func imageTarget(_ name: String) -> String {
        if let url = SafeText.url(name) { return url }
        var out = ""
        for scalar in name.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._/-".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { out += String(format: "%%%02X", byte) }
            }
        }
        return out
    }

    /// `2026-01-24 14:32:23 +0800`.
    static func checkDate(_ value: String, field: String) throws {
        guard value.wholeMatch(of: /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} [+-]\d{4}/) != nil,
              LocalDate(String(value.prefix(10))) != nil else {
            throw PostError.badDate(field: field, value: value)
        }
    }
}
