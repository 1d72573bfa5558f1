import Testing
@testable import DossierCore

/// Numbers in digits, words, vague amounts and compounds, and the numbers that are not amounts.
@Suite struct NumberParserTests {
    static func parse(_ text: String) -> [(text: String, expression: NumberExpression)] {
        let tokens = WordTokenizer.tokens(text)
        let utf8 = Array(text.utf8)
        return NumberParser.expressions(in: tokens).map { expression in
            let range = tokens[expression.tokens.lowerBound].range.lowerBound..<tokens[expression.tokens.upperBound - 1].range.upperBound
            return (String(decoding: utf8[range], as: UTF8.self), expression)
        }
    }

    static func only(_ text: String) -> NumberExpression? {
        let found = parse(text)
        return found.count == 1 ? found[0].expression : nil
    }

    @Test(arguments: [
        ("600", 600.0, 100.0), ("136,000", 136_000, 1000), ("18", 18, 1), ("1.5", 1.5, 0.1),
        ("10 million", 10_000_000, 10_000_000), ("1.5 billion", 1_500_000_000, 100_000_000), ("2,500", 2500, 100),
        ("0", 0, 1),
    ])
    func digits(_ text: String, _ value: Double, _ precision: Double) throws {
        let expression = try #require(Self.only(text))
        #expect(expression.value == value)
        #expect(expression.precision == precision)
        #expect(expression.problem == nil)
        #expect(!expression.isWords)
    }

    @Test(arguments: [
        ("three", 3.0), ("Three", 3), ("twelve", 12), ("twenty-five", 25), ("ninety nine", 99), ("a hundred", 100),
        ("two hundred and five", 205), ("three thousand five hundred", 3500), ("ten million", 10_000_000),
        ("one and a half million", 1_500_000), ("a quarter of a million", 250_000), ("half a million", 500_000),
        ("three quarters of a billion", 750_000_000), ("a third of a million", 333_333), ("half a dozen", 6),
        ("two dozen", 24), ("a dozen", 12), ("one year", 1), ("a million", 1_000_000),
    ])
    func words(_ text: String, _ value: Double) throws {
        let found = Self.parse(text)
        try #require(found.count == 1, "\(found.map(\.text))")
        #expect(found[0].expression.value == value)
        #expect(found[0].expression.isWords)
        #expect(found[0].expression.vague == nil)
    }

    @Test(arguments: [
        ("hundreds", 200.0, 1000.0), ("Millions", 2e6, 1e9), ("thousands", 2000, 1e6), ("dozens", 24, 100),
        ("tens of thousands", 20_000, 100_000), ("hundreds of thousands", 200_000, 1e6), ("several hundred", 300, 1000),
        ("a few thousand", 2000, 10_000), ("several million", 3e6, 1e7),
    ])
    func vagueAmountsAreRanges(_ text: String, _ low: Double, _ high: Double) throws {
        let found = Self.parse(text)
        try #require(found.count == 1, "\(found.map(\.text))")
        #expect(found[0].text == text)
        #expect(found[0].expression.value == nil)
        #expect(found[0].expression.vague == .halfOpen(low, high))
    }

    @Test(arguments: [
        ("three-day", 3.0, FigureUnit.days), ("3-year-old", 3, .years), ("eight-page", 8, .pages),
        ("18-month-long", 18, .months), ("72-hour", 72, .hours), ("twenty-five-day", 25, .days), ("two-week", 2, .weeks),
    ])
    func compoundsCarryTheirUnit(_ text: String, _ value: Double, _ unit: FigureUnit) throws {
        let found = Self.parse("a \(text) truce")
        try #require(found.count == 1)
        #expect(found[0].text == text)
        #expect(found[0].expression.value == value)
        #expect(found[0].expression.compoundUnit == unit)
        #expect(found[0].expression.isCompound)
    }

    @Test func compoundWithAnUnknownNounHasNoUnit() throws {
        let found = Self.parse("a five-member panel")
        try #require(found.count == 1)
        #expect(found[0].text == "five-member")
        #expect(found[0].expression.compoundUnit == nil)
    }

    @Test(arguments: [
        "no one came", "one of them", "dated Feb 7, in", "on 7 February", "Feb. 10", "at 10:30", "at 10 a.m. on",
        "Resolution 2118", "Article 5", "the G-20 summit", "COVID-19", "10e9999", "the 7th round", "the 1990s",
        "a quarter of the population", "the first and second rounds", "Geneva II", "a week later", "several days",
        "a day after the talks", "once a year",
    ])
    func notAmounts(_ text: String) {
        let found = Self.parse(text).filter { $0.expression.kind == .amount }
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    @Test func yearsAreDatesNotCounts() throws {
        let plain = try #require(Self.only("in 2011"))
        #expect(plain.kind == .year)
        #expect(plain.vague == .halfOpen(2011, 2012))
        let early = try #require(Self.parse("in early 2011").first)
        #expect(early.text == "early 2011")
        #expect(early.expression.kind == .year)
        let earlyEnd: Double = 2011 + 1.0 / 3
        #expect(early.expression.vague == .halfOpen(2011, earlyEnd))
        let month = try #require(Self.parse("in March 2011").first)
        #expect(month.text == "March 2011")
        let march: (Double, Double) = (2011 + 2.0 / 12, 2011 + 3.0 / 12)
        #expect(month.expression.vague == .halfOpen(march.0, march.1))
        #expect(Self.parse("Feb. 10, 2014").map(\.expression.kind) == [.year])
        // Four digits before people, or after a hedge, are a count.
        #expect(Self.only("2000 people")?.kind == .amount)
        #expect(Self.parse("some 1500 were").first?.expression.kind == .amount)
    }

    @Test func numbersAtTheVeryStartAndEnd() {
        #expect(Self.parse("600").map(\.text) == ["600"])
        #expect(Self.parse("600 fled, then 700").map(\.text) == ["600", "700"])
        #expect(Self.parse("three").map(\.text) == ["three"])
        #expect(Self.parse("hundreds").map(\.text) == ["hundreds"])
        #expect(Self.parse("It was 600.").map(\.text) == ["600"])
        #expect(Self.parse("").isEmpty)
        #expect(Self.parse("-").isEmpty)
        #expect(Self.parse("a").isEmpty)
    }
}
