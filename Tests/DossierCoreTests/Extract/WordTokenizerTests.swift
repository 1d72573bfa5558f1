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

    /// The byte reading of ASCII text gives the scalar reading's tokens: kinds, texts, keys,
    /// ranges and spacing, on random text built from the rules' edge cases.
    @Test func theByteReadingAgreesWithTheScalarReading() {
        let pieces = ["a", "Z", "U.N.", "1", "136,000", "1.5", ",", ".", "'", "-", " ", "  ", "\t", "\r\n", "x7", "s'", "(", "\"", "--", "A-1"]
        var random = SeededGenerator(state: 21)
        for _ in 0..<5_000 {
            let text = (0..<random.next(12)).map { _ in pieces[random.next(pieces.count)] }.joined()
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer(WordTokenizer.tokensASCII) == WordTokenizer.tokensByScalars(text), "\(text.debugDescription)")
        }
        #expect(WordTokenizer.tokens("Over 136,000 died") == WordTokenizer.tokensByScalars("Over 136,000 died"))
    }
}
