import Testing
@testable import DossierCore

@Suite struct PlaceFinderTests {
    /// The gate before `settlementPhrase` only skips tokens where it finds nothing: checked on
    /// every token of random text built from names, particles, hyphens and settlement nouns.
    @Test func theSettlementGateSkipsOnlyTokensWithoutAPhrase() {
        let pieces = ["the", "this", "that", "city", "town", "of", "Homs", "Deir", "ez", "-", "Zor", "al", "camp", "Syrian",
                      "Syrians", ",", "in", "Aleppo", "Old", "City", "besieged", "refugee", "Zaatari", "people", "U.N.", "New", "York"]
        var random = SeededGenerator(state: 55)
        var found = 0
        for _ in 0..<3_000 {
            let text = (0..<(1 + random.next(12))).map { _ in pieces[random.next(pieces.count)] }.joined(separator: " ")
            let tokens = WordTokenizer.tokens(text)
            for index in tokens.indices {
                let phrase = PlaceFinder.settlementPhrase(at: index, in: tokens)
                if phrase != nil { found += 1 }
                if !PlaceFinder.mayOpenSettlementPhrase(at: index, in: tokens) {
                    #expect(phrase == nil, "skipped a phrase at token \(index) of \(text.debugDescription)")
                }
            }
        }
        #expect(found >= 500, "too few phrases in the random text to check the gate: \(found)")
    }

    @Test func placesAreIntroducedByNameAndNoun() {
        let tokens = WordTokenizer.tokens("They fled the besieged city of Homs for Zaatari camp and Deir ez-Zor province.")
        let places = PlaceFinder(blocks: [tokens])
        #expect(places.isPlace("Homs") && places.isPlace("Zaatari") && places.isPlace("Deir ez-Zor"))
        #expect(!places.isPlace("They"))
    }
}
