import Testing
@testable import DossierCore

/// The folder part of the paths users type, including the one-character names that made
/// Foundation's `deletingLastPathComponent` trap.
@Suite struct PathNameTests {
    @Test(arguments: [
        ("o", ""), ("site", ""), ("a/b", "a"), ("a/b/", "a"), ("a//b", "a"), ("/o", "/"), ("/", "/"),
        ("./o", "."), ("../s", ".."), ("/tmp/x/site", "/tmp/x"), ("", ""), ("é/ü", "é"),
    ])
    func parent(_ path: String, _ expected: String) {
        #expect(PathName.parent(of: path) == expected)
    }

    @Test func aBareNameLivesInTheCurrentFolder() {
        #expect(PathName.folder(of: "o") == ".")
        #expect(PathName.folder(of: "out/site") == "out")
    }

    @Test func theDefaultCacheOfAOneLetterOutputIsItsHiddenSibling() {
        #expect(CacheSettings.defaultFolder(for: "o") == ".o.dossier-cache")
        #expect(CacheSettings.defaultFolder(for: "x/o") == "x/.o.dossier-cache")
    }
}
