import Testing
@testable import DossierCore

/// The one-pass search for many phrases finds exactly what searching each phrase finds.
@Suite struct FoldedTextTests {
    /// The plain search, phrase by phrase, at every offset: the reference.
    static func contains(_ text: FoldedText, _ phrase: [UInt8]) -> Bool {
        guard phrase.count <= text.bytes.count else { return false }
        return (0...(text.bytes.count - phrase.count)).contains { text.bytes[$0..<($0 + phrase.count)].elementsEqual(phrase) }
    }

    @Test func containsAnyAgreesWithContainsPerPhrase() {
        let alphabet = Array("abn ews")
        var random = SeededGenerator(state: 13)
        func text(_ length: Int) -> String { String((0..<length).map { _ in alphabet[random.next(alphabet.count)] }) }
        var found = 0
        for _ in 0..<2_000 {
            let phrases = (0..<(1 + random.next(4))).map { _ in Array(text(1 + random.next(4)).utf8) }
            let folded = FoldedText(text(random.next(30)))
            let any = folded.containsAny(FoldedText.PhraseSet(phrases))
            #expect(any == phrases.contains { Self.contains(folded, $0) }, "\(String(decoding: folded.bytes, as: UTF8.self)) \(phrases)")
            if any { found += 1 }
        }
        #expect(found > 200 && found < 1_800, "the random cases should both find and miss: \(found)")
    }

    @Test func theSearchFoldsCaseAndCurlyApostrophes() {
        let folded = FoldedText("Get it in Your Inbox — Don’t miss")
        #expect(folded.containsAny(FoldedText.PhraseSet([Array("your inbox".utf8)])))
        #expect(folded.containsAny(FoldedText.PhraseSet([Array("xyz".utf8), Array("don't".utf8)])))
        #expect(!folded.containsAny(FoldedText.PhraseSet([Array("inboxes".utf8)])))
    }
}
