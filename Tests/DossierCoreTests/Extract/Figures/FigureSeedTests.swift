import Testing
@testable import DossierCore

/// The issue's gold table, end to end on the three seeds: every figure the rules must find
/// (words as written, quantity, place, hedge, source line), and the cross-source table built
/// from them. The expectations were read off the seed files by hand.
@Suite struct FigureSeedTests {
    struct Expected: Sendable, Equatable, CustomStringConvertible {
        var line: Int
        var text: String
        var quantity: Quantity
        var place: String?
        var relation: Hedge.Relation
        var unit: FigureUnit
        var description: String { "\(line): \(text) \(quantity) \(place ?? "-") \(relation) \(unit)" }

        init(_ line: Int, _ text: String, _ quantity: Quantity, _ place: String?, _ relation: Hedge.Relation, _ unit: FigureUnit) {
            (self.line, self.text, self.quantity, self.place, self.relation, self.unit) = (line, text, quantity, place, relation, unit)
        }

        init(_ figure: Figure) {
            self.init(figure.location.line ?? 0, figure.text, figure.quantity, figure.place, figure.relation, figure.unit)
        }
    }

    static let usNews: [Expected] = [
        .init(10, "three-day", .truceLength, nil, .exact, .days),
        .init(12, "three-day", .truceLength, nil, .exact, .days),
        .init(18, "As many as 600", .evacuated, "Homs", .atMost, .people),
        .init(35, "3-year-old", .conflictAge, nil, .exact, .years),
        .init(39, "Roughly 130,00", .deaths, nil, .approximately, .people),
        .init(39, "early 2011", .conflictStart, nil, .exact, .calendarYear),
        .init(39, "Millions", .displaced, nil, .exact, .people),
        .init(41, "almost 600,000", .refugees, "Jordan", .justUnder, .people),
    ]

    static let alArabiya: [Expected] = [
        .init(23, "hundreds", .evacuated, "Homs", .exact, .people),
        .init(23, "three-day", .truceLength, nil, .exact, .days),
        .init(25, "nearly three-year-old", .conflictAge, nil, .justUnder, .years),
        .init(25, "over 136,000", .deaths, nil, .moreThan, .people),
    ]

    static let theWeek: [Expected] = [
        .init(1, "hundreds", .evacuated, "Homs", .exact, .people),
        .init(4, "almost three years", .conflictAge, nil, .justUnder, .years),
        .init(13, "almost 18 months", .siegeLength, "Homs", .justUnder, .months),
        .init(14, "Over 600", .evacuated, "Homs", .moreThan, .people),
        .init(17, "a further three days", .truceLength, nil, .exact, .days),
        .init(18, "2011", .conflictStart, nil, .exact, .calendarYear),
        .init(19, "A quarter of a million", .inNeedOfAid, "Syria", .exact, .people),
        .init(19, "almost 10 million", .displaced, nil, .justUnder, .people),
    ]

    static func figures() throws -> [(Report, [Figure])] {
        try Fixtures.seedReports().map { ($0, FigureExtractor.extract(from: $0)) }
    }

    @Test func everyTrackedFigureOfEverySeed() throws {
        let found = try Self.figures()
        try #require(found.count == 3)
        for ((report, figures), expected) in zip(found, [Self.usNews, Self.alArabiya, Self.theWeek]) {
            let tracked = figures.filter { $0.quantity != .unclassified }.map(Expected.init)
            #expect(tracked == expected, "\(report.source.fileName)")
        }
    }

    @Test func untrackedNumbersAreListedButNotTabled() throws {
        let found = try Self.figures()
        let untracked = found.map { $0.1.filter { $0.quantity == .unclassified }.map(\.text) }
        #expect(untracked == [[], ["two", "two", "two", "eight-page", "two", "two", "two", "two", "two weeks"], ["two"]])
    }

    @Test func valuesHedgesAndFlags() throws {
        let found = try Self.figures()
        let usNews = found[0].1, alArabiya = found[1].1, theWeek = found[2].1
        let deaths = try #require(usNews.first { $0.quantity == .deaths })
        #expect(deaths.number == "130,00")
        #expect(deaths.value == nil)
        #expect(deaths.malformation?.obviousReading == "130,000")
        #expect(deaths.malformation?.obviousValue == .closed(117_000, 143_000))
        #expect(deaths.location.description == "\(Fixtures.seeds)/000_ac63bc987904c8e4.txt:39:1")
        let over = try #require(alArabiya.first { $0.quantity == .deaths })
        #expect(over.value == ValueRange(lower: .init(136_000, inclusive: false), upper: nil))
        let hundreds = try #require(theWeek.first)
        #expect(hundreds.role == .headline)
        #expect(hundreds.isVague)
        #expect(hundreds.value == .halfOpen(200, 1000))
        let aid = try #require(theWeek.first { $0.quantity == .inNeedOfAid })
        #expect(aid.nominal == 250_000)
        let extension_ = try #require(theWeek.first { $0.quantity == .truceLength })
        #expect(extension_.isIncrement)
        #expect(usNews.filter(\.isIncrement).isEmpty)
        // Every figure's span is its text, and its location is where that text starts.
        for (report, figures) in found {
            let lines = try Fixtures.seedLines(report.source.fileName)
            for figure in figures {
                let block = report.content.blocks[figure.block]
                #expect(String(decoding: Array(block.text.utf8)[figure.range], as: UTF8.self) == figure.text)
                let line = lines[figure.location.line! - 1]
                #expect(String(line.dropFirst(figure.location.column! - 1)).hasPrefix(figure.text))
            }
        }
    }

    /// The issue's table, row by row: what each outlet's cell holds and the verdict.
    @Test func theGoldTable() throws {
        let reports = try Fixtures.seedReports()
        let tables = FigureTable.tables(for: reports.map { ReportFigures(report: $0, figures: FigureExtractor.extract(from: $0)) })
        let outlets = ["U.S. News & World Report", "Al Arabiya English", "The Week"]
        var rows: [String: (cells: [[String]], verdict: FigureAgreement.Verdict)] = [:]
        for table in tables {
            for row in table.rows {
                let cells = outlets.map { outlet in
                    table.outlets.firstIndex(of: outlet).map { row.cells[$0].map(\.figure.text) } ?? []
                }
                rows[row.label] = (cells, row.agreement.verdict)
            }
        }
        let expected: [(String, [[String]], FigureAgreement.Verdict)] = [
            ("Deaths", [["Roughly 130,00"], ["over 136,000"], []], .cannotCompare),
            ("Evacuated or escaped from Homs", [["As many as 600"], ["hundreds"], ["hundreds", "Over 600"]], .disagree),
            ("Displaced", [["Millions"], [], ["almost 10 million"]], .consistent),
            ("Refugees in Jordan", [["almost 600,000"], [], []], .oneSource),
            ("People in need of aid in Syria", [[], [], ["A quarter of a million"]], .oneSource),
            ("Length of the truce", [["three-day", "three-day"], ["three-day"], ["a further three days"]], .consistent),
            ("Length of the siege of Homs", [[], [], ["almost 18 months"]], .oneSource),
            ("Age of the conflict", [["3-year-old"], ["nearly three-year-old"], ["almost three years"]], .consistent),
            ("Start of the conflict", [["early 2011"], [], ["2011"]], .consistent),
        ]
        #expect(Set(rows.keys) == Set(expected.map(\.0)))
        for (label, cells, verdict) in expected {
            let row = try #require(rows[label], "\(label)")
            #expect(row.cells == cells, "\(label)")
            #expect(row.verdict == verdict, "\(label)")
        }
        #expect(tables.map(\.theme) == [.humanToll, .humanitarian, .timeline])
    }
}
