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

    /// The environment for a program the shell starts (editor, pager): when this process had to
    /// switch to UTF-8, the child is told so too, or `less` would show Chinese as `<E6><8A>…`.
    public static func childEnvironment(_ environment: [String: String], utf8InForce: Bool) -> [String: String] {
        guard utf8InForce else { return environment }
        func isUTF8(_ name: String?) -> Bool {
            guard let name else { return false }
            let folded = name.uppercased().replacingOccurrences(of: "-", with: "")
            return folded.hasSuffix(".UTF8") || folded.contains(".UTF8@")
        }
        var result = environment
        let effective = [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty }
        guard !isUTF8(effective) else { return result }
        if let all = environment["LC_ALL"], !all.isEmpty { result["LC_ALL"] = "C.UTF-8" } else { result["LC_CTYPE"] = "C.UTF-8" }
        return result
    }
}
