import Foundation

/// The process locale the line editor needs: libedit drops typed Chinese unless `LC_CTYPE` is UTF-8.
public enum TerminalLocale {
    /// Adopts the environment's locale, then switches `LC_CTYPE` to `C.UTF-8` when its code set is not
    /// UTF-8. Returns the code set in force.
    @discardableResult
    public static func setUp() -> String {
        setlocale(LC_ALL, "")
        if !isUTF8 {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        return codeSet
    }

    public static var codeSet: String { String(cString: nl_langinfo(nl_item(CODESET))) }

    public static var isUTF8: Bool {
        let name = codeSet.uppercased().replacingOccurrences(of: "-", with: "")
        return name == "UTF8"
    }
}
