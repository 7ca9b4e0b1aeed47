import CopydeskCore
import Testing

@Suite struct PathTextTests {
    @Test(arguments: [
        ("s/2026-01-24.jsonl", "s"), ("s//2026-01-24.jsonl", "s"), ("a/", ""), ("s", ""), ("x", ""), ("", ""),
        ("/x", "/"), ("/", "/"), ("a/b/", "a"), ("a/b/c.json", "a/b"), ("./s/day.jsonl", "./s"), ("../d", ".."),
    ])
    func parentFolder(path: String, parent: String) {
        #expect(PathText.parent(path) == parent)
    }
}
