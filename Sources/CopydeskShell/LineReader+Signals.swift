internal import CEditLine
import Foundation

// Every call into the shim's signal state is in this file: a header's static state has one copy
// per Swift file that uses it.
extension LineReader {
    /// Ctrl-C cancels the line; a window resize redraws the prompt and line at once (libedit alone
    /// redraws only at the next key, one row off once the terminal re-wrapped the text).
    func catchSignals(_ editor: OpaquePointer) {
        // Ctrl-C interrupts the blocking read (no SA_RESTART), so el_gets returns with EINTR.
        copydesk_catch_interrupts()
        copydesk_unblock_signal(SIGINT)
        if copydesk_catch_resizes(Self.resizeCallback) == 0 {
            copydesk_el_set_getcfn(editor, copydesk_getc)
        }
    }

    /// Called before each el_gets: this thread's reads are the ones Ctrl-C interrupts.
    func markReadingThread() {
        copydesk_set_reader_thread()
    }

    static let resizeCallback: @convention(c) (OpaquePointer?) -> Void = { editor in
        guard let editor, let reader = reader(of: editor) else { return }
        reader.redrawAfterResize(editor)
    }

    /// Moves to the prompt's first row as the terminal now shows it, clears to the end of the
    /// screen and has libedit draw the prompt and line again (EL_REFRESH forgets what it drew).
    func redrawAfterResize(_ editor: OpaquePointer) {
        el_resize(editor)
        let columns = screenSize.columns
        defer { drawnColumns = columns }
        var buffer: UnsafePointer<CChar>?
        var cursor: Int32 = 0
        var length: Int32 = 0
        guard copydesk_el_line(editor, &buffer, &cursor, &length) == 0, let buffer else { return }
        let before = String(decoding: UnsafeRawBufferPointer(start: buffer, count: Int(cursor)), as: UTF8.self)
        // During Ctrl-R libedit shows its search prompt after a newline: that part libedit draws alone.
        let line = String(decoding: UnsafeRawBufferPointer(start: buffer, count: Int(length)), as: UTF8.self)
            .prefix { $0 != "\n" }
        let prompt = TerminalText.visiblePrompt(promptBuffer.map { String(cString: $0) } ?? "", marker: "\u{1}")
        let row = TerminalText.cursorRow(after: prompt + before, drawnAt: drawnColumns, shownAt: columns)
        // Drawn first as one run of text, the line keeps the terminal's own (soft) wrapping, so the
        // terminal re-wraps it whole on the next resize; libedit's refresh alone breaks rows hard
        // where a wide character moved to the next row.
        let end = TerminalText.cursorRow(after: prompt + line, drawnAt: columns, shownAt: columns)
        write("\r" + (row > 0 ? "\u{1B}[\(row)A" : "") + "\u{1B}[J" + prompt + line + "\r" + (end > 0 ? "\u{1B}[\(end)A" : ""))
        copydesk_el_refresh(editor)
    }
}
