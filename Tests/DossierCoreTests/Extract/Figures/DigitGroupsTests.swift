import Testing
@testable import DossierCore

/// Broken digit groups are kept as written and flagged; the obvious repair is offered only
/// when exactly one repair is possible.
@Suite struct DigitGroupsTests {
    @Test(arguments: ["130,00", "45,00", "1,000,00", "2,0"])
    func shortGroupOfZerosHasOneObviousReading(_ written: String) throws {
        let reading = DigitGroups.read(written)
        #expect(reading.value == nil)
        let problem = try #require(reading.problem)
        #expect(problem.reason.contains("after a comma"))
        let repaired = try #require(problem.obviousReading)
        #expect(DigitGroups.read(repaired).problem == nil)
        #expect(DigitGroups.read(repaired).value == problem.obviousValue)
    }

    @Test func theSeedsBrokenGroup() throws {
        let problem = try #require(DigitGroups.read("130,00").problem)
        #expect(problem.reason == "digit group \u{201C}00\u{201D} after a comma has 2 digits; groups after a comma have three digits")
        #expect(problem.obviousReading == "130,000")
        #expect(problem.obviousValue == 130_000)
        #expect(problem.obviousPrecision == 10_000)
    }

    @Test(arguments: ["1,2,3,4", "130,25", "13,0000", "1,,000", "1,000,", "12,34,567", "1.000,5", "1,0.5"])
    func malformedWithoutAnObviousReading(_ written: String) throws {
        let reading = DigitGroups.read(written)
        #expect(reading.value == nil)
        let problem = try #require(reading.problem, "\(written)")
        #expect(problem.obviousReading == nil)
        #expect(problem.obviousValue == nil)
    }

    @Test func missingCommaAndEuropeanStopsAreRegrouped() {
        #expect(DigitGroups.read("1000,000").problem?.obviousReading == "1,000,000")
        #expect(DigitGroups.read("1.000.000").problem?.obviousReading == "1,000,000")
        #expect(DigitGroups.read("1.000.000").problem?.reason == "stops used to separate digit groups")
    }

    @Test func wellFormed() {
        #expect(DigitGroups.read("1,234.5") == .init(value: 1234.5, precision: 0.1, problem: nil))
        #expect(DigitGroups.read("600,000").value == 600_000)
        #expect(DigitGroups.read("0.5").value == 0.5)
        #expect(DigitGroups.read("007").value == 7)
    }

    @Test func absurdlyLongNumbersAreFlaggedNotInfinite() throws {
        let digits = String(repeating: "9", count: 500)
        let reading = DigitGroups.read(digits)
        #expect(reading.value == nil)
        #expect(try #require(reading.problem).reason == "500 digits: too long to be read as an amount")
        let grouped = "1" + String(repeating: ",000", count: 200)
        #expect(DigitGroups.read(grouped).value == nil)
        #expect(DigitGroups.read(grouped).problem != nil)
    }
}
