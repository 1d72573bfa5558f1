import Testing
@testable import DossierCore

/// The seeds, paragraph by paragraph: which source lines are the article (kept, word for word)
/// and which are web furniture. The line numbers were read off the seed files by hand.
@Suite struct ReportCleanerSeedTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        var file: String
        var headline: Int
        var dek: Int?
        var caption: Int?
        var body: [Int]
        var removed: [Int: BoilerplateKind]
        var testDescription: String { file }
    }

    static let expectations: [Expectation] = [
        Expectation(
            file: "000_ac63bc987904c8e4.txt", headline: 1, dek: 3, caption: 7,
            body: [10, 12, 16, 18, 20, 22, 23, 25, 27, 29, 31, 35, 37, 39, 41],
            removed: [5: .caption, 9: .byline, 14: .promo, 33: .promo]),
        Expectation(
            file: "003_d28daf7b26a994aa.txt", headline: 1, dek: 3, caption: nil,
            body: [7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29],
            removed: [5: .dateline]),
        Expectation(
            file: "004_46d40e25a7fe4013.txt", headline: 1, dek: 2, caption: nil,
            body: [3, 4, 5, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24],
            removed: Dictionary(uniqueKeysWithValues: [6, 7, 8, 9, 10, 25, 26].map { ($0, .prompt) } + (27...70).map { ($0, .teaser) })),
    ]

    /// Whitespace as the cleaner normalises it (no-break spaces, runs of spaces).
    static func normalised(_ line: String) -> String {
        line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: expectations)
    func everyArticleParagraphIsKeptVerbatim(_ expected: Expectation) throws {
        let lines = try Fixtures.seedLines(expected.file)
        let clean = try Fixtures.cleanSeed(expected.file)
        #expect(clean.headline.text == Self.normalised(lines[expected.headline - 1]))
        #expect(clean.headline.line == expected.headline)
        #expect(clean.dek?.text == expected.dek.map { Self.normalised(lines[$0 - 1]) })
        #expect(clean.caption?.text == expected.caption.map { Self.normalised(lines[$0 - 1]) })
        #expect(clean.body.map(\.line) == expected.body)
        #expect(clean.body.map(\.text) == expected.body.map { Self.normalised(lines[$0 - 1]) })
    }

    @Test(arguments: expectations)
    func furnitureIsRemovedForTheRightReason(_ expected: Expectation) throws {
        let clean = try Fixtures.cleanSeed(expected.file)
        let removed = Dictionary(clean.removed.map { ($0.line, $0.reason) }, uniquingKeysWith: { first, _ in first })
        #expect(removed == expected.removed)
    }

    @Test(arguments: expectations)
    func noNonEmptyLineIsUnaccountedFor(_ expected: Expectation) throws {
        let lines = try Fixtures.seedLines(expected.file)
        let clean = try Fixtures.cleanSeed(expected.file)
        var accounted = Set(clean.blocks.map(\.line) + clean.removed.map(\.line))
        if let caption = clean.caption { accounted.insert(caption.line) }
        let nonEmpty = lines.indices.filter { !lines[$0].allSatisfy(\.isWhitespace) }.map { $0 + 1 }
        #expect(Set(nonEmpty) == accounted)
    }
}
