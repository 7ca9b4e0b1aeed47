@testable import CopydeskShell
import Testing

@Suite struct TerminalTextTests {
    @Test(arguments: [("abc", 3), ("开源", 4), ("GLM-4.7 开源", 12), ("", 0), ("e\u{301}", 1), ("，", 2)])
    func measuresColumns(text: String, columns: Int) {
        #expect(TerminalText.width(text) == columns)
    }

    @Test func replacesControlCharactersSoPushedTextIsNotRunAsKeys() {
        #expect(TerminalText.replacingControlCharacters("一\n二\t三\r\u{1B}[A\u{7F}") == "一 二 三  [A ")
        #expect(TerminalText.replacingControlCharacters("**AI基础设施**，内存") == "**AI基础设施**，内存")
    }

    @Test func displayableTextKeepsNoEscapeSequence() {
        // A tweet that would clear the screen, colour it, ring and hide its text behind a bidi override.
        #expect(TerminalText.displayable("\u{1B}[2J\u{1B}[31m红\u{1B}[0m\u{7}\u{9B}1m a\u{202E}b\n\tc\r") == "[2J[31m红[0m1m ab\n\tc")
        let plain = "**AI基础设施**，内存\n\t- @a ♥3"
        #expect(TerminalText.displayable(plain) == plain)
    }

    @Test func columnsFitTheScreenAndKeepEveryItem() {
        let items = ["open_source", "开源与社区动态", "models", "模型与技术突破", "ai_tech", "技术发展", "finance"]
        let rows = TerminalText.columns(items, screenWidth: 40)
        #expect(rows.count > 1 && rows.count < items.count)
        #expect(rows.allSatisfy { TerminalText.width($0) <= 40 })
        let words = rows.flatMap { $0.split(separator: " ").map(String.init) }
        #expect(Set(words) == Set(items))
        #expect(TerminalText.columns(items, screenWidth: 5).count == items.count)
        #expect(TerminalText.columns([], screenWidth: 80).isEmpty)
    }
}

@Suite struct TerminalLocaleTests {
    @Test func childrenGetAUsableUTF8Locale() {
        let usable: (String) -> Bool = { $0 == "en_US.UTF-8" }
        #expect(TerminalLocale.childEnvironment(["LANG": "C"], isUsable: usable) == ["LANG": "C", "LC_ALL": "C.UTF-8"])
        #expect(TerminalLocale.childEnvironment([:], isUsable: usable)["LC_ALL"] == "C.UTF-8")
        #expect(TerminalLocale.childEnvironment(["LC_ALL": "POSIX"], isUsable: usable)["LC_ALL"] == "C.UTF-8")
        // A UTF-8 name that is not installed is no better than C.
        #expect(TerminalLocale.childEnvironment(["LANG": "zh_CN.UTF-8"], isUsable: usable)["LC_ALL"] == "C.UTF-8")
        #expect(TerminalLocale.childEnvironment(["LANG": "en_US.UTF-8"], isUsable: usable) == ["LANG": "en_US.UTF-8"])
    }

    @Test func cUTF8IsUsableAndCIsNot() {
        #expect(TerminalLocale.isUsableUTF8("C.UTF-8"))
        #expect(!TerminalLocale.isUsableUTF8("C"))
        #expect(!TerminalLocale.isUsableUTF8("xx_NOWHERE.UTF-8"))
    }
}
