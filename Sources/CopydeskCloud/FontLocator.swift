internal import CFontconfig

/// Finds fonts through fontconfig, with `fc-match` semantics.
///
/// The default pattern asks for a sans-serif font covering Simplified Chinese; for a `.ttc`
/// collection the match names the Simplified Chinese face (Noto Sans CJK: face 2), not face 0.
public enum FontLocator {
    /// `fc-match 'sans-serif:lang=zh-cn'`.
    public static let chinesePattern = "sans-serif:lang=zh-cn"

    /// 中: a font for the cloud must draw it.
    static let chineseProbe: UInt32 = 0x4E2D

    /// The default Chinese face, looked up once per process.
    public static func defaultChineseFace() throws(CloudError) -> FontFace {
        try cachedDefault.get()
    }

    private static let cachedDefault: Result<FontFace, CloudError> = Result { () throws(CloudError) in
        try match(chinesePattern)
    }

    /// The best font for a fontconfig pattern; when it asks for `lang=zh…`, the font must draw Chinese.
    public static func match(_ pattern: String) throws(CloudError) -> FontFace {
        guard FcInit() != 0, let query = parse(pattern) else { throw .fontNotFound(pattern: pattern) }
        defer { FcPatternDestroy(query) }
        var result = FcResultNoMatch
        guard let font = FcFontMatch(nil, query, &result) else { throw .fontNotFound(pattern: pattern) }
        defer { FcPatternDestroy(font) }
        guard let face = face(of: font) else { throw .fontNotFound(pattern: pattern) }
        if pattern.contains("lang=zh"), copydesk_fc_has_char(font, chineseProbe) == 0 {
            throw .fontLacksCharacters(path: face.path, sample: "Chinese (中)")
        }
        return face
    }

    /// The face of a given font file that best matches the pattern: for a CJK collection, the
    /// Simplified Chinese face. Works for files outside fontconfig's font folders too.
    public static func face(inFile path: String, pattern: String = chinesePattern) throws(CloudError) -> FontFace {
        guard FcInit() != 0, let query = parse(pattern), let faces = FcFontSetCreate() else {
            throw .fontUnreadable(path: path, index: 0, code: -1)
        }
        defer {
            FcPatternDestroy(query)
            FcFontSetDestroy(faces)
        }
        let count = path.withCString { cPath in
            cPath.withMemoryRebound(to: FcChar8.self, capacity: path.utf8.count + 1) { bytes in
                FcFreeTypeQueryAll(bytes, UInt32.max, nil, nil, faces)  // every face
            }
        }
        guard count > 0 else { throw .fontUnreadable(path: path, index: 0, code: -1) }
        var sets: [UnsafeMutablePointer<FcFontSet>?] = [faces]
        var result = FcResultNoMatch
        guard let best = FcFontSetMatch(nil, &sets, 1, query, &result) else {
            throw .fontUnreadable(path: path, index: 0, code: -1)
        }
        defer { FcPatternDestroy(best) }
        guard var face = Self.face(of: best) else { throw .fontUnreadable(path: path, index: 0, code: -1) }
        face.path = path
        return face
    }

    private static func parse(_ pattern: String) -> OpaquePointer? {
        let query = pattern.withCString { cPattern in
            cPattern.withMemoryRebound(to: FcChar8.self, capacity: pattern.utf8.count + 1) { FcNameParse($0) }
        }
        guard let query else { return nil }
        FcConfigSubstitute(nil, query, FcMatchPattern)
        FcDefaultSubstitute(query)
        return query
    }

    private static func face(of pattern: OpaquePointer) -> FontFace? {
        guard let file = copydesk_fc_file(pattern) else { return nil }
        let family = copydesk_fc_family(pattern).map { String(cString: $0) } ?? ""
        return FontFace(path: String(cString: file), index: Int(copydesk_fc_index(pattern)), family: family)
    }
}
