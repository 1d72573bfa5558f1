import Testing
@testable import DossierCore

@Suite struct BlockAttributesTests {
    @Test func readsAnElementClassesAndAnID() throws {
        #expect(try BlockAttributes.parse("section {.panel .wide #brahimi}").get()
            == BlockAttributes(element: "section", id: "brahimi", classes: ["panel", "wide"]))
        #expect(try BlockAttributes.parse("  {.dek}  ").get() == BlockAttributes(classes: ["dek"]))
        #expect(try BlockAttributes.parse("panel").get() == BlockAttributes(classes: ["panel"]))
        #expect(try BlockAttributes.parse("{}").get() == BlockAttributes())
        #expect(try BlockAttributes.parse("{.figures}", allowElement: false).get() == BlockAttributes(classes: ["figures"]))
    }

    @Test func saysWhatIsWrong() {
        #expect(message("p{.a}") == "`p{.a}` is neither an element nor a class name")
        #expect(message("{.a #b #c}") == "more than one #id")
        #expect(message("{.a") == "attributes must be written `{.class #id}`")
        #expect(message("{.a\t.b}") == "`.a\t.b` is not a valid attribute (use .class or #id with letters, digits, - and _)")
        #expect(message("{a}") == "`a` is not a valid attribute (use .class or #id with letters, digits, - and _)")
        #expect(message("{*a}") == "`*a` is not a valid attribute (use .class or #id)")
        #expect(message("section", allowElement: false) == "attributes must be written `{.class #id}`")
    }

    /// The byte reading of ASCII text gives the Character reading's result, on random
    /// attribute texts built from the grammar's pieces and the bytes that break it.
    @Test func theByteReadingAgreesWithTheCharacterReading() {
        let pieces = ["{", "}", ".", "#", " ", "  ", "\t", "a", "panel", "x-1", "_", "section", "div", "nav", "é", "\r", "{.b}", "#id", "*"]
        var random = SeededGenerator(state: 9)
        for _ in 0..<5_000 {
            let text = (0..<random.next(9)).map { _ in pieces[random.next(pieces.count)] }.joined()
            for allowElement in [true, false] {
                let byCharacters = BlockAttributes.parseByCharacters(text[...], allowElement: allowElement)
                #expect(BlockAttributes.parse(text[...], allowElement: allowElement) == byCharacters, "\(text.debugDescription)")
            }
        }
    }

    private func message(_ text: Substring, allowElement: Bool = true) -> String? {
        guard case .failure(let error) = BlockAttributes.parse(text, allowElement: allowElement) else { return nil }
        return error.message
    }
}
