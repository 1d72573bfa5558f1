import Testing
@testable import DossierCore

/// Each hedge's relation and the range it allows, with the tolerance `HedgeLexicon` documents.
@Suite struct HedgeTests {
    typealias Bound = ValueRange.Bound

    static let cases: [(String, Hedge.Relation?, ValueRange)] = [
        ("600", nil, .closed(570, 630)),
        ("as many as 600", .atMost, ValueRange(lower: nil, upper: Bound(600, inclusive: true))),
        ("up to 600", .atMost, ValueRange(lower: nil, upper: Bound(600, inclusive: true))),
        ("fewer than 600", .lessThan, ValueRange(lower: nil, upper: Bound(600, inclusive: false))),
        ("almost 600", .justUnder, .halfOpen(540, 600)),
        ("nearly 600", .justUnder, .halfOpen(540, 600)),
        ("roughly 600", .approximately, .closed(540, 660)),
        ("about 600", .approximately, .closed(540, 660)),
        ("some 600", .approximately, .closed(540, 660)),
        ("around 600", .approximately, .closed(540, 660)),
        ("an estimated 600", .approximately, .closed(540, 660)),
        ("just over 600", .justOver, ValueRange(lower: Bound(600, inclusive: false), upper: Bound(660, inclusive: true))),
        ("over 600", .moreThan, ValueRange(lower: Bound(600, inclusive: false), upper: nil)),
        ("more than 600", .moreThan, ValueRange(lower: Bound(600, inclusive: false), upper: nil)),
        ("in excess of 600", .moreThan, ValueRange(lower: Bound(600, inclusive: false), upper: nil)),
        ("at least 600", .atLeast, ValueRange(lower: Bound(600, inclusive: true), upper: nil)),
        ("no fewer than 600", .atLeast, ValueRange(lower: Bound(600, inclusive: true), upper: nil)),
    ]

    @Test(arguments: cases)
    func hedgeAndRange(_ written: String, _ relation: Hedge.Relation?, _ range: ValueRange) throws {
        let figure = try #require(TestReports.figure(written, in: "Officials said \(written) people were evacuated from the camp."))
        #expect(figure.hedge?.relation == relation)
        #expect(figure.hedge?.text == relation.map { _ in String(written.dropLast(4)) })
        #expect(figure.number == "600")
        #expect(figure.nominal == 600)
        #expect(figure.value == range)
        #expect(figure.quantity == .evacuated)
    }

    @Test func hedgesAreKeptAsWritten() throws {
        let figure = try #require(TestReports.figures("As Many As 600 were killed.").first)
        #expect(figure.text == "As Many As 600")
        #expect(figure.hedge == Hedge(text: "As Many As", relation: .atMost))
    }

    @Test func roundingOfUnhedgedNumbersFollowsTheDigitsWritten() throws {
        // ± half the last non-zero digit's place, capped at 5%.
        #expect(TestReports.figures("136,000 people died.").first?.value == .closed(135_500, 136_500))
        #expect(TestReports.figures("18 people died.").first?.value == .closed(17.5, 18.5))
        #expect(TestReports.figures("1,234 people died.").first?.value == .closed(1233.5, 1234.5))
        #expect(TestReports.figures("10 million people fled.").first?.value == .closed(9_500_000, 10_500_000))
    }

    @Test func aHedgeOnAVagueAmountOpensOneEnd() throws {
        let over = try #require(TestReports.figures("More than hundreds fled.").first)
        #expect(over.value == ValueRange(lower: Bound(200, inclusive: true), upper: nil))
        let almost = try #require(TestReports.figures("Almost thousands fled.").first)
        #expect(almost.value == ValueRange(lower: nil, upper: Bound(1e6, inclusive: false)))
    }

    @Test func theIssuesExampleCannotBothHold() throws {
        let asMany = try #require(TestReports.figures("As many as 600 escaped.").first?.value)
        let over = try #require(TestReports.figures("Over 600 escaped.").first?.value)
        #expect(asMany.intersection(over) == nil)
        let hundreds = try #require(TestReports.figures("Hundreds escaped.").first?.value)
        #expect(hundreds.intersection(asMany) == .closed(200, 600))
        #expect(hundreds.intersection(over) == .halfOpen(200, 1000).intersection(ValueRange(lower: Bound(600, inclusive: false), upper: nil)))
    }
}
