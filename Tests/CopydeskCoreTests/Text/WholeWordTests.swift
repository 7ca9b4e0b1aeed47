@testable import CopydeskCore
import Testing

@Suite struct WholeWordTests {
    @Test(arguments: [
        ("Intel, $INTC, has fallen", "intel", true),
        ("英特尔 Intel 跌了", "Intel", true),
        ("INTEL PLUNGES 16%", "Intel", true),
        ("the Artificial Analysis Intelligence Index", "Intel", false),
        ("IntelliJ and PyCharm", "Intel", false),
        ("蛋白质设计竞赛结果出炉", "蛋白质", true),
        ("GLM-4.7-Flash tops the index", "GLM-4.7", true),
        ("GLM-4.75 is not out", "GLM-4.7", false),
        ("Intelligence, then Intel.", "Intel", true),
        ("", "Intel", false),
        ("Intel", "", false),
    ])
    func aWordIsFoundOnlyWhole(text: String, word: String, found: Bool) {
        #expect(text.containsWord(word) == found)
    }
}
