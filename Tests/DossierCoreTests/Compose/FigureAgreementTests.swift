import Testing
@testable import DossierCore

/// The consistency check: ranges that cannot all hold, tolerances, malformed values, one source.
@Suite struct FigureAgreementTests {
    static func entry(_ sentence: String, _ outlet: String, order: Int = 0) -> FigureTable.Entry {
        let figures = TestReports.figures(sentence).filter { $0.quantity != .unclassified }
        precondition(figures.count == 1, "\(sentence): \(figures.map(\.text))")
        return FigureTable.Entry(figure: figures[0], outlet: outlet, report: Slug.make(outlet), anchorID: nil, order: order)
    }

    @Test func asManyAsAndOverCannotBothHold() {
        let agreement = FigureAgreement.assess([
            Self.entry("As many as 600 residents escaped from Daraa.", "Outlet A", order: 0),
            Self.entry("Hundreds escaped Daraa.", "Outlet B", order: 1),
            Self.entry("Over 600 people were evacuated from Daraa.", "Outlet C", order: 2),
        ])
        #expect(agreement.verdict == .disagree)
        #expect(agreement.lead == "Disagree:")
        #expect(agreement.detail == "Outlet A\u{2019}s \u{201C}As many as 600\u{201D} (at most 600) and Outlet C\u{2019}s \u{201C}Over 600\u{201D} (more than 600) cannot both hold.")
    }

    @Test func aVagueAmountAgreesWithABoundInsideIt() {
        let agreement = FigureAgreement.assess([
            Self.entry("Hundreds escaped Daraa.", "Outlet B"),
            Self.entry("As many as 600 residents escaped from Daraa.", "Outlet A", order: 1),
        ])
        #expect(agreement.verdict == .consistent)
        #expect(agreement.common == .closed(200, 600))
        #expect(agreement.note == "Consistent: both outlets\u{2019} figures can hold at once (200 to 600).")
    }

    @Test(arguments: [
        ("600 people fled.", "620 people fled.", FigureAgreement.Verdict.consistent),
        ("600 people fled.", "700 people fled.", .disagree),
        ("About 600 people fled.", "650 people fled.", .consistent),
        ("About 600 people fled.", "700 people fled.", .disagree),
        ("Almost 600 people fled.", "600 people fled.", .consistent),
        ("Almost 600 people fled.", "At least 600 people fled.", .disagree),
        ("At least 600 people fled.", "600 people fled.", .consistent),
        ("Fewer than 100 people fled.", "Dozens fled.", .consistent),
        ("Thousands fled.", "Millions fled.", .disagree),
        ("Tens of thousands fled.", "About 50,000 people fled.", .consistent),
    ])
    func tolerances(_ first: String, _ second: String, _ verdict: FigureAgreement.Verdict) {
        let agreement = FigureAgreement.assess([Self.entry(first, "Outlet A"), Self.entry(second, "Outlet B", order: 1)])
        #expect(agreement.verdict == verdict, "\(agreement.note)")
    }

    @Test func sameFigureEverywhereSaysSo() {
        let agreement = FigureAgreement.assess([
            Self.entry("A three-day truce began.", "Outlet A"), Self.entry("The 3-day truce held.", "Outlet B", order: 1),
            Self.entry("A three-day ceasefire was agreed.", "Outlet C", order: 2),
        ])
        #expect(agreement.note == "Consistent: all 3 outlets give 3 days.")
        #expect(agreement.unit == .days)
    }

    @Test func durationsAreComparedAcrossUnits() {
        let months = Self.entry("The siege lasted 18 months.", "Outlet A")
        let weeks = Self.entry("The siege lasted 78 weeks.", "Outlet B", order: 1)
        let years = Self.entry("The siege lasted two years.", "Outlet C", order: 1)
        #expect(FigureAgreement.assess([months, weeks]).verdict == .consistent)
        #expect(FigureAgreement.assess([months, weeks]).unit == .days)
        #expect(FigureAgreement.assess([months, years]).verdict == .disagree)
    }

    @Test func malformedValueWithAnObviousReading() {
        let agreement = FigureAgreement.assess([
            Self.entry("Roughly 130,00 have perished in the war.", "Outlet A"),
            Self.entry("The war has killed over 136,000 people.", "Outlet B", order: 1),
        ])
        #expect(agreement.verdict == .cannotCompare)
        #expect(agreement.lead == "Cannot compare cleanly:")
        #expect(agreement.detail.hasPrefix("Outlet A\u{2019}s \u{201C}130,00\u{201D} is malformed (digit group"))
        #expect(agreement.detail.hasSuffix("If \u{201C}130,00\u{201D} meant 130,000, the figures would agree: \u{201C}Roughly 130,000\u{201D} and \u{201C}over 136,000\u{201D} can both hold (more than 136,000 to 143,000)."))
        #expect(agreement.common == nil)
    }

    @Test func malformedValueThatWouldStillDisagree() {
        let agreement = FigureAgreement.assess([
            Self.entry("Officials say 45,00 people died.", "Outlet A"),
            Self.entry("More than 60,000 people died.", "Outlet B", order: 1),
        ])
        #expect(agreement.verdict == .cannotCompare)
        #expect(agreement.detail.contains("If \u{201C}45,00\u{201D} meant 45,000, they would still disagree: Outlet A\u{2019}s \u{201C}45,000\u{201D} (44,500 to 45,500) and Outlet B\u{2019}s \u{201C}More than 60,000\u{201D} (more than 60,000) cannot both hold."))
    }

    @Test func malformedValueWithoutAReading() {
        let agreement = FigureAgreement.assess([
            Self.entry("Officials say 1,2,3 people died.", "Outlet A"),
            Self.entry("More than 60,000 people died.", "Outlet B", order: 1),
        ])
        #expect(agreement.verdict == .cannotCompare)
        #expect(agreement.detail.hasSuffix("It has no single obvious reading, so the row is not compared."))
    }

    @Test func oneSource() {
        let single = FigureAgreement.assess([Self.entry("Almost 18 months of siege ended.", "Outlet A")])
        #expect(single.verdict == .oneSource)
        #expect(single.note == "One source.")
        let conflicting = FigureAgreement.assess([
            Self.entry("As many as 600 residents escaped from Daraa.", "Outlet A"),
            Self.entry("Over 600 people were evacuated from Daraa.", "Outlet A", order: 1),
        ])
        #expect(conflicting.verdict == .oneSource)
        #expect(conflicting.detail == "Its own figures \u{201C}As many as 600\u{201D} (at most 600) and \u{201C}Over 600\u{201D} (more than 600) cannot both hold.")
    }

    @Test func additionsAreNotComparedWithTotals() {
        let agreement = FigureAgreement.assess([
            Self.entry("A three-day truce began.", "Outlet A"), Self.entry("The 3-day truce held.", "Outlet B", order: 1),
            Self.entry("They agreed to extend the truce for a further five days.", "Outlet C", order: 2),
        ])
        #expect(agreement.verdict == .consistent)
        #expect(agreement.note == "Consistent: both outlets give 3 days. Outlet C\u{2019}s \u{201C}a further five days\u{201D} is an extension, not a total, and is not compared.")
        let only = FigureAgreement.assess([Self.entry("They agreed to extend the truce for a further five days.", "Outlet C")])
        #expect(only.verdict == .cannotCompare)
    }

    @Test func theConflictingPairIsTheExtremeOne() {
        let agreement = FigureAgreement.assess([
            Self.entry("Over 5,000 people died.", "Outlet A"),
            Self.entry("Thousands died.", "Outlet B", order: 1),
            Self.entry("Up to 150 people died.", "Outlet C", order: 2),
        ])
        #expect(agreement.verdict == .disagree)
        #expect(agreement.detail == "Outlet A\u{2019}s \u{201C}Over 5,000\u{201D} (more than 5,000) and Outlet C\u{2019}s \u{201C}Up to 150\u{201D} (at most 150) cannot both hold.")
    }
}
