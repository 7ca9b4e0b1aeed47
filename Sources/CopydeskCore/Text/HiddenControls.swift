extension Unicode.Scalar {
    /// A control character (C0 other than newline and TAB, DEL, C1) or a bidi override or isolate:
    /// what untrusted text must not carry into a model's prompt or onto a terminal, where it would
    /// act (an escape sequence clears the screen) or hide text from a reader instead of showing.
    public var isHiddenControl: Bool {
        let v = value
        return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
