import Testing
@testable import DossierCore

/// The lazily folded words must be exactly `SpeakerIdentity.nameWords`: same words, same
/// order, same first bytes, or the panels' outlet search would find different names.
@Suite struct FoldedNameWordsTests {
    static func assertMatchesNameWords(_ text: String) {
        var lazy = FoldedNameWords(text)
        let eager = SpeakerIdentity.nameWords(text)
        #expect(lazy.count == eager.count, "\(text.debugDescription)")
        guard lazy.count == eager.count else { return }
        for index in eager.indices {
            #expect(lazy.initials[index] == eager[index].utf8.first, "\(text.debugDescription) word \(index)")
            #expect(lazy.word(index) == eager[index], "\(text.debugDescription) word \(index)")
        }
    }

    @Test func seedParagraphsFoldAsNameWordsDoes() throws {
        for report in try Fixtures.seedReports() {
            for block in report.content.blocks { Self.assertMatchesNameWords(block.text) }
        }
    }

    @Test(arguments: [
        "Lakhdar Brahimi's", "the U.N.'s envoy", "'s", "--'s", "x's", "rebels' ", "(BBC)", "...", "Jen Psaki, said",
        "Bashar al-Assad", "Ursula von der Leyen", "Zürich’s mayor", "“Brahimi”", "O'Brien", "2,000 people", "a\u{00A0}b",
        "É", "’s", "s'", "'", "", " \u{301}Brahimi said", "Brahimi\u{0600} said", "“Lakhdar Brahimi” — envoy",
    ])
    func edgeCasesFoldAsNameWordsDoes(_ text: String) {
        Self.assertMatchesNameWords(text)
    }

    @Test func randomWordsFoldAsNameWordsDoes() {
        let alphabet = Array("aZs's'.-,;:\"()“”’é0 9\u{2019}S\t\r\n\u{00A0}\u{2009}—").map(String.init)
            + ["\u{301}", "\u{0600}", "\u{200D}", " ", " ", "“Brahimi ", "Assad’s "]
        var random = SeededGenerator(state: 7)
        for _ in 0..<2_000 {
            let text = (0..<random.next(12)).map { _ in alphabet[random.next(alphabet.count)] }.joined()
            Self.assertMatchesNameWords(text)
        }
    }
}
