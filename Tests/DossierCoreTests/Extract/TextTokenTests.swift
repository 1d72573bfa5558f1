import Testing
@testable import DossierCore

@Suite struct TextTokenTests {
    /// The first-byte reading of `isCapitalized` answers as the first Character does,
    /// including first Characters of several scalars ("A" with a combining ypogegrammeni is
    /// not upper-case: it upper-cases to two letters).
    @Test func capitalisationOnTheFirstByteAgreesWithTheFirstCharacter() {
        let starts = ["A", "a", "Z", "É", "é", "E\u{301}", "e\u{301}", "A\u{345}", "1", "’", "Ω", "ß", "\r\n", "I"]
        let rests = ["", "b", "ssad", "\u{301}", "é", "-Zor", "’s", "B"]
        for start in starts {
            for rest in rests {
                let text = start + rest
                let token = TextToken(kind: .word, text: text, key: text.lowercased(), range: 0..<text.utf8.count, spaceBefore: true)
                #expect(token.isCapitalized == (text.first?.fastIsUppercase ?? false), "\(text.debugDescription)")
            }
        }
        #expect(!TextToken(kind: .number, text: "A", key: "a", range: 0..<1, spaceBefore: true).isCapitalized)
    }
}
