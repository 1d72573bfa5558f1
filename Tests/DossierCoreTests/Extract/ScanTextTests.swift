import Testing
@testable import DossierCore

@Suite struct ScanTextTests {
    /// The per-byte reading of ASCII text gives the Characters and offsets of the general one.
    @Test(arguments: ["", "a", "He said: \"we stay\".", "one\r\ntwo", "\r\r\n\n", "naïve “quote”", "e\u{301} x", String(repeating: "ab. ", count: 200)])
    func asciiTextReadsAsCharacters(_ text: String) {
        let scan = ScanText(text)
        #expect(scan.characters == Array(text))
        var offsets = [0]
        for character in text { offsets.append(offsets.last! + character.utf8.count) }
        #expect((0...scan.count).map(scan.offset) == offsets)
        #expect(scan.utf8Count == text.utf8.count)
    }
}
