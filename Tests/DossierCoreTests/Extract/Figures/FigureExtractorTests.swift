import Testing
@testable import DossierCore

/// The quantity, unit and place rules on texts of other events, places and outlets than the
/// seeds, written to follow and to break the rules.
@Suite struct FigureExtractorTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var paragraph: String
        var text: String
        var quantity: Quantity
        var place: String?
        var unit: FigureUnit
        var testDescription: String { text + " ← " + paragraph }
    }

    static let cases: [Expected] = [
        // deaths
        .init(paragraph: "At least 2,300 people were killed in Turkey and Syria after the quake.", text: "At least 2,300",
              quantity: .deaths, place: "Turkey", unit: .people),
        .init(paragraph: "The death toll rose to 1,200 on Tuesday, officials said.", text: "1,200", quantity: .deaths, place: nil, unit: .people),
        .init(paragraph: "The fighting has claimed some 4,000 lives.", text: "some 4,000", quantity: .deaths, place: nil, unit: .people),
        // evacuated / fled
        .init(paragraph: "Thousands fled Mariupol as shelling resumed.", text: "Thousands", quantity: .evacuated, place: "Mariupol", unit: .people),
        .init(paragraph: "Rescuers evacuated 350 residents from the town of Derna overnight.", text: "350", quantity: .evacuated,
              place: "Derna", unit: .people),
        .init(paragraph: "As many as 80 Kherson residents were able to leave by boat.", text: "As many as 80", quantity: .evacuated,
              place: "Kherson", unit: .people),
        .init(paragraph: "Some 700,000 Rohingya fled to Bangladesh in 2017.", text: "Some 700,000", quantity: .evacuated,
              place: nil, unit: .people),
        // displaced
        .init(paragraph: "Floods have displaced more than 33 million people across Pakistan.", text: "more than 33 million",
              quantity: .displaced, place: "Pakistan", unit: .people),
        // refugees, and where they are
        .init(paragraph: "Uganda, which hosts nearly 1.5 million refugees, asked for help.", text: "nearly 1.5 million",
              quantity: .refugees, place: "Uganda", unit: .people),
        .init(paragraph: "Some 1.5 million Syrian refugees live in Lebanon.", text: "Some 1.5 million", quantity: .refugees,
              place: "Lebanon", unit: .people),
        .init(paragraph: "About 10,000 refugees from Sudan crossed the border.", text: "About 10,000", quantity: .refugees,
              place: nil, unit: .people),
        .init(paragraph: "Turkey is home to 3.6 million refugees.", text: "3.6 million", quantity: .refugees, place: "Turkey", unit: .people),
        .init(paragraph: "About 250,000 refugees are now in Chad.", text: "About 250,000", quantity: .refugees, place: "Chad", unit: .people),
        // in need of aid
        .init(paragraph: "An estimated 2.6 million people are in need of humanitarian assistance in Yemen.", text: "An estimated 2.6 million",
              quantity: .inNeedOfAid, place: "Yemen", unit: .people),
        // durations
        .init(paragraph: "A 72-hour ceasefire in Gaza began at dawn.", text: "72-hour", quantity: .truceLength, place: "Gaza", unit: .hours),
        .init(paragraph: "The siege of Sarajevo lasted almost four years.", text: "almost four years", quantity: .siegeLength,
              place: "Sarajevo", unit: .years),
        .init(paragraph: "Residents endured 11 months of siege before the army withdrew.", text: "11 months", quantity: .siegeLength,
              place: nil, unit: .months),
        .init(paragraph: "The decade-long war, which began in 2003, displaced millions.", text: "2003", quantity: .conflictStart,
              place: nil, unit: .calendarYear),
        .init(paragraph: "Talks on ending the 9-year-old insurgency resumed.", text: "9-year-old", quantity: .conflictAge,
              place: nil, unit: .years),
        .init(paragraph: "It is the worst violence since the uprising started about five years ago.", text: "about five years",
              quantity: .conflictAge, place: nil, unit: .years),
        .init(paragraph: "Survivors of the 1994 genocide and of the 2011 uprising spoke.", text: "2011", quantity: .conflictStart,
              place: nil, unit: .calendarYear),
        .init(paragraph: "At least 1,000 people have died in the five weeks since the war began.", text: "five weeks",
              quantity: .conflictAge, place: nil, unit: .weeks),
        .init(paragraph: "The army has besieged the town of El Fasher for almost a year.", text: "almost a year",
              quantity: .siegeLength, place: "El Fasher", unit: .years),
        .init(paragraph: "The three-day truce was extended by another 72 hours on Monday.", text: "another 72 hours",
              quantity: .truceLength, place: nil, unit: .hours),
        // numbers that measure nothing the lexicon knows
        .init(paragraph: "The two leaders met for three hours in Oslo.", text: "two", quantity: .unclassified, place: nil, unit: .unspecified),
        .init(paragraph: "The two leaders met for three hours in Oslo.", text: "three hours", quantity: .unclassified, place: nil, unit: .hours),
        .init(paragraph: "Turnout was 62% in the capital.", text: "62%", quantity: .unclassified, place: nil, unit: .percent),
        .init(paragraph: "The fund pledged $5 million in aid.", text: "5 million", quantity: .unclassified, place: nil, unit: .dollars),
    ]

    @Test(arguments: cases)
    func quantityPlaceAndUnit(_ expected: Expected) throws {
        let figures = TestReports.figures(expected.paragraph)
        let figure = try #require(figures.first { $0.text == expected.text }, "found: \(figures.map(\.text))")
        #expect(figure.quantity == expected.quantity)
        #expect(figure.place == expected.place)
        #expect(figure.unit == expected.unit)
    }

    @Test func eachNumberTakesTheCueOfItsOwnClause() {
        let figures = TestReports.figures("Shelling killed 50 people and 2,000 fled the city of Idlib, while 300,000 remain displaced.")
        #expect(figures.map(\.text) == ["50", "2,000", "300,000"])
        #expect(figures.map(\.quantity) == [.deaths, .evacuated, .displaced])
        #expect(figures.map(\.place) == [nil, "Idlib", nil])
    }

    @Test func aCueIsNotLentAcrossANumbersClause() {
        // "killed" belongs to the first clause's number; the second has no cue of its own.
        let figures = TestReports.figures("Bombing killed 40 people, and 12 ambulances were sent.")
        #expect(figures.map(\.quantity) == [.deaths, .unclassified])
    }

    @Test func theCityRefersBackToTheLatestCityIntroduced() {
        let report = TestReports.report([
            "Aid reached the besieged town of Madaya on Monday, and later the city of Aleppo.",
            "Some 400 people were evacuated from the town, officials said.",
            "The city has been encircled for five months.",
        ])
        let figures = FigureExtractor.extract(from: report)
        #expect(figures.map(\.text) == ["Some 400", "five months"])
        #expect(figures.map(\.quantity) == [.evacuated, .siegeLength])
        #expect(figures.map(\.place) == ["Madaya", "Aleppo"])
    }

    @Test func aNamedSubjectIsAPlaceOnlyWhenTheReportUsesItAsOne() {
        let named = TestReports.report(["Shelling continued in Aleppo.", "Aleppo has been under siege for five months."])
        #expect(FigureExtractor.extract(from: named).map(\.place) == ["Aleppo"])
        let person = TestReports.report(["Shelling continued.", "Ahmed has been under siege for five months."])
        #expect(FigureExtractor.extract(from: person).map(\.place) == [nil])
    }

    @Test func nationalitiesAreNotPlaces() {
        let figures = TestReports.figures("Jordan hosts 600,000 Syrian refugees and 60,000 Iraqi residents.")
        #expect(figures.map(\.place) == ["Jordan", nil])
    }

    @Test func extensionsAndAdditionsAreMarked() throws {
        let truce = try #require(TestReports.figures("The sides agreed to extend the ceasefire for another 48 hours.").first)
        #expect(truce.text == "another 48 hours")
        #expect(truce.quantity == .truceLength)
        #expect(truce.isIncrement)
        let more = try #require(TestReports.figures("Another 600 more people were evacuated on Sunday.").first)
        #expect(more.isIncrement)
        #expect(more.quantity == .evacuated)
        let plain = try #require(TestReports.figures("A 10-day truce was agreed.").first)
        #expect(!plain.isIncrement)
    }

    @Test func datesAndYearsAreNotCounts() {
        let figures = TestReports.figures("On March 3, 2022, 300 people were evacuated, a year after the 2021 election.")
        #expect(figures.map(\.text) == ["300"])
        #expect(figures.first?.quantity == .evacuated)
    }

    @Test func malformedNumbersAreKeptAsWrittenAndFlagged() throws {
        let figure = try #require(TestReports.figures("Officials said about 45,00 people died.").first)
        #expect(figure.text == "about 45,00")
        #expect(figure.number == "45,00")
        #expect(figure.value == nil)
        #expect(figure.nominal == nil)
        #expect(figure.quantity == .deaths)
        let malformation = try #require(figure.malformation)
        #expect(malformation.obviousReading == "45,000")
        #expect(malformation.obviousValue == .closed(40_500, 49_500))
    }

    @Test func headlinesCount() throws {
        let report = TestReports.report(headline: "Thousands flee Khartoum as fighting spreads", ["Fighting continued."])
        let figure = try #require(FigureExtractor.extract(from: report).first)
        #expect(figure.role == .headline)
        #expect(figure.quantity == .evacuated)
        #expect(figure.place == "Khartoum")
        #expect(figure.location == SourceLocation(file: "test.txt", line: 1, column: 1))
    }

    @Test func spansAndLocationsPointAtTheText() throws {
        let paragraph = "Après the storm, “nearly 600 people” — officials said — had fled."
        let report = TestReports.report([paragraph])
        let figure = try #require(FigureExtractor.extract(from: report).first)
        let utf8 = Array(paragraph.utf8)
        #expect(String(decoding: utf8[figure.range], as: UTF8.self) == "nearly 600")
        #expect(figure.block == 1)
        #expect(figure.location == SourceLocation(file: "test.txt", line: 3, column: 19))
    }

    @Test(arguments: [
        "1,2,3,4", "10e9999", String(repeating: "9", count: 500), "1" + String(repeating: ",000", count: 300),
        String(repeating: "one ", count: 2000), String(repeating: "hundred ", count: 2000), "600", "600.", "— 600 —",
        String(repeating: "-", count: 1000) + "5", "$", "%5", "a quarter of a", "half", "as many as", "the city of",
        String(repeating: "as many as ", count: 500) + "600",
    ])
    func hostileInputsNeitherCrashNorHang(_ paragraph: String) {
        let figures = TestReports.figures(paragraph)
        for figure in figures {
            #expect(figure.range.upperBound <= paragraph.utf8.count)
            if let value = figure.value {
                #expect(value.lower.map { $0.value.isFinite } ?? true)
                #expect(value.upper.map { $0.value.isFinite } ?? true)
            }
        }
    }

    @Test func aLongReportIsReadInOnePass() {
        let sentence = "About 1,200 people fled the city of Kharkiv and 35 were killed; the 3-day truce failed. "
        let paragraph = String(repeating: sentence, count: 4000)
        let figures = TestReports.figures(paragraph)
        #expect(figures.count == 12_000)
        #expect(figures.filter { $0.quantity == .evacuated && $0.place == "Kharkiv" }.count == 4000)
        #expect(figures.filter { $0.quantity == .deaths }.count == 4000)
        #expect(figures.filter { $0.quantity == .truceLength }.count == 4000)
    }

    @Test func hostileNumbersKeepTheirWords() throws {
        let list = try #require(TestReports.figures("Codes 1,2,3,4 were used.").first)
        #expect(list.number == "1,2,3,4")
        #expect(list.malformation?.obviousReading == nil)
        #expect(TestReports.figures("Its value was 10e9999.").isEmpty)
        let long = try #require(TestReports.figures(String(repeating: "7", count: 500) + " people died").first)
        #expect(long.value == nil)
        #expect(long.malformation?.reason == "500 digits: too long to be read as an amount")
    }
}
