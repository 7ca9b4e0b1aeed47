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

    /// The environment for a program the shell starts (editor, pager): when the locale the
    /// environment names is not a usable UTF-8 one, the child is switched to `C.UTF-8` too, or `less`
    /// would show Chinese as `<E6><8A>…`. `isUsable` says whether a locale name works here.
    public static func childEnvironment(
        _ environment: [String: String], isUsable: (String) -> Bool = TerminalLocale.isUsableUTF8
    ) -> [String: String] {
        let named = [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty }
        if let named, isUsable(named) { return environment }
        // LC_ALL, not LC_CTYPE: glibc's setlocale(LC_ALL, "") fails as a whole when LANG names a
        // locale that is not installed, and the child would be left in C.
        var result = environment
        result["LC_ALL"] = "C.UTF-8"
        return result
    }

    /// True when `name` is an installed locale whose code set is UTF-8.
    public static func isUsableUTF8(_ name: String) -> Bool {
        guard let locale = newlocale(LC_CTYPE_MASK, name, nil) else { return false }
        defer { freelocale(locale) }
        let set = String(cString: nl_langinfo_l(nl_item(CODESET), locale)).uppercased()
        return set.replacingOccurrences(of: "-", with: "") == "UTF8"
    }
}
