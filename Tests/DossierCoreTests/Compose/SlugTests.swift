import Testing
@testable import DossierCore

@Suite struct SlugTests {
    @Test(arguments: [
        ("U.S. News & World Report", "us-news-world-report"),
        ("The Week's “big” story", "the-weeks-big-story"),
        ("Élan & “vital”", "elan-vital"),
        ("  --Geneva II--  ", "geneva-ii"),
        ("Zürich’s mayor", "zurichs-mayor"),
        ("中文", ""),
        ("", ""),
    ])
    func slugsFoldCaseMarksAndDiacritics(_ text: String, _ slug: String) {
        #expect(Slug.make(text) == slug)
    }

    /// Both paths stop once the slug reaches `maxLength`, after the scalar that reached it,
    /// and never end with a hyphen.
    @Test func slugsStopAtTheirLengthOnEitherPath() {
        #expect(Slug.make(String(repeating: "ab ", count: 40), maxLength: 7) == "ab-ab-a")
        #expect(Slug.make(String(repeating: "áb ", count: 40), maxLength: 7) == "ab-ab-a")
        #expect(Slug.make(String(repeating: "é", count: 100), maxLength: 10) == String(repeating: "e", count: 10))
        #expect(Slug.make("ab, é", maxLength: 2) == "ab")
        #expect(Slug.make(String(repeating: "Réfugiés ", count: 30)).count == 60)
    }

    /// ASCII text gives the same slug through the byte path as with one non-ASCII letter
    /// added at the end through the scalar path, less that letter's fold.
    @Test func theASCIIPathAgreesWithTheScalarPath() {
        let pieces = ["U.S.", "News", "&", "it's", " ", "-", "2014", "Geneva", "II", "'", ".", "(x)", "a"]
        var random = SeededGenerator(state: 21)
        for _ in 0..<2_000 {
            let text = (0..<random.next(9)).map { _ in pieces[random.next(pieces.count)] }.joined()
            let viaScalars = Slug.make(text + " ✓", maxLength: 1_000)
            #expect(Slug.makeASCII(text, maxLength: 1_000) == viaScalars, "\(text.debugDescription)")
        }
    }
}
