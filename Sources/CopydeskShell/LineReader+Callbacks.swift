internal import CEditLine
import Foundation

// libedit's callbacks are C function pointers: capture-free closures that find the reader again
// through EL_CLIENTDATA.
extension LineReader {
    static func reader(of editor: OpaquePointer?) -> LineReader? {
        guard let editor, let data = copydesk_el_get_clientdata(editor) else { return nil }
        return Unmanaged<LineReader>.fromOpaque(data).takeUnretainedValue()
    }

    static let promptCallback: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = { editor in
        reader(of: editor)?.currentPrompt
    }

    static let completeCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editor, _ in
        guard let editor, let reader = reader(of: editor) else { return UInt8(CC_ERROR) }
        return reader.completeAtCursor(editor)
    }

    /// Binds TAB, Ctrl-R, and the Home/End/Delete/Ctrl-arrow sequences terminals and tmux send.
    func bindKeys(_ editor: OpaquePointer) {
        copydesk_el_addfn(editor, "copydesk-complete", "Complete the word before the cursor", Self.completeCallback)
        copydesk_el_bind(editor, "^I", "copydesk-complete")
        copydesk_el_bind(editor, "^R", "em-inc-search-prev")
        let bindings: [(String, String)] = [
            ("\\e[1~", "ed-move-to-beg"), ("\\e[H", "ed-move-to-beg"), ("\\eOH", "ed-move-to-beg"),
            ("\\e[7~", "ed-move-to-beg"),
            ("\\e[4~", "ed-move-to-end"), ("\\e[F", "ed-move-to-end"), ("\\eOF", "ed-move-to-end"),
            ("\\e[8~", "ed-move-to-end"),
            ("\\e[3~", "ed-delete-next-char"),
            ("\\e[1;5C", "em-next-word"), ("\\e[1;5D", "ed-prev-word"),
            ("\\e[1;3C", "em-next-word"), ("\\e[1;3D", "ed-prev-word"),
        ]
        for (key, command) in bindings { copydesk_el_bind(editor, key, command) }
    }

    var currentPrompt: UnsafeMutablePointer<CChar>? { promptBuffer }

    /// TAB: replaces the word before the cursor by its completion and lists the candidates when
    /// several remain.
    func completeAtCursor(_ editor: OpaquePointer) -> UInt8 {
        var buffer: UnsafePointer<CChar>?
        var cursor: Int32 = 0
        var length: Int32 = 0
        guard copydesk_el_line(editor, &buffer, &cursor, &length) == 0, let buffer else { return UInt8(CC_ERROR) }
        let before = String(decoding: UnsafeRawBufferPointer(start: buffer, count: Int(cursor)), as: UTF8.self)
        let typed = Completer.typedWord(before)
        let result = Completer.complete(typed: typed, candidates: completion?(before) ?? [])
        if result.isEmpty { return UInt8(CC_REFRESH_BEEP) }
        if result.insert != result.typed {
            // el_deletestr counts characters (libedit works in wide characters inside).
            el_deletestr(editor, Int32(typed.unicodeScalars.count))
            el_insertstr(editor, result.insert)
        }
        guard !result.listing.isEmpty else { return UInt8(CC_REFRESH) }
        let rows = TerminalText.columns(result.listing, screenWidth: screenSize.columns)
        write("\n" + rows.joined(separator: "\n") + "\n")
        return UInt8(CC_REDISPLAY)
    }
}
