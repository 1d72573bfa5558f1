import Testing
@testable import DossierCore

@Suite struct WordTokenizerTests {
    /// ASCII text read a byte per scalar gives the scalars and offsets of decoding it.
    @Test(arguments: ["", "136,000 people", "U.N. envoy Lakhdar Brahimi's", "naïve “quote” 👩‍👩‍👧", "a\r\nb"])
    func scalarsAndOffsetsAgreeWithDecoding(_ text: String) {
        let (scalars, offsets) = WordTokenizer.scalarsAndOffsets(text)
        #expect(scalars == Array(text.unicodeScalars))
        var expected = [0]
        for scalar in text.unicodeScalars { expected.append(expected.last! + scalar.utf8.count) }
        #expect(offsets == expected)
    }

    @Test func tokensKeepTheirKindsAndRanges() {
        let tokens = WordTokenizer.tokens("Over 136,000 died in Homs’ old city.")
        #expect(tokens.map(\.text) == ["Over", "136,000", "died", "in", "Homs", "’", "old", "city", "."])
        #expect(tokens[1].kind == .number && tokens[1].range == 5..<12)
        #expect(tokens[4].isCapitalized && !tokens[6].isCapitalized)
    }
}
