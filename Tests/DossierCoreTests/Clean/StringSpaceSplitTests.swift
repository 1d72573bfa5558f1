import Testing
@testable import DossierCore

@Suite struct StringSpaceSplitTests {
    /// The byte split gives Character split's words on random text, including the neighbours
    /// that join a space into a larger Character (a combining mark after it, a Prepend scalar
    /// before it, a zero-width joiner) and the common non-ASCII ones that do not.
    @Test func theByteSplitAgreesWithTheCharacterSplit() {
        let pieces = [" ", "  ", "a", "Homs", "“", "”", "’", "—", "…", "é", "ł", "\u{301}", "\u{0600}", "\u{200D}", "👩‍👩‍👧", "\u{00AD}",
                      "ʼ", "€", "\u{0E33}", "中", "\r\n", "-"]
        var random = SeededGenerator(state: 4)
        for _ in 0..<5_000 {
            let text = (0..<random.next(10)).map { _ in pieces[random.next(pieces.count)] }.joined()
            #expect(text.wordsBetweenSpaces == text.wordsBetweenSpacesByCharacters, "\(text.debugDescription)")
        }
        #expect(" \u{301}a b".wordsBetweenSpaces == [" \u{301}a", "b"])
        #expect("a\u{0600} b".wordsBetweenSpaces == ["a\u{0600} b"])
        #expect("“We stay,” he said — today…".wordsBetweenSpaces == ["“We", "stay,”", "he", "said", "—", "today…"])
    }

    /// The white-space ranges come from bytes for a cleaned paragraph with curly quotes and
    /// dashes, and are refused where only Characters cut right.
    @Test func whitespaceRangesAreFoundOnBytesWhenExact() {
        func ranges(_ text: String) -> [String]? {
            Array(text.utf8).withUnsafeBufferPointer(String.wordRangesBetweenWhitespace)?.map { text.slice(utf8: $0) }
        }
        #expect(ranges("“We stay,”\the said — today\r\n") == ["“We", "stay,”", "he", "said", "—", "today"])
        #expect(ranges("a\u{00A0}b") == nil)
        #expect(ranges(" \u{301}x") == nil)
        #expect(ranges("x\u{0600} y") == nil)
        #expect(ranges("") == [])
    }
}
