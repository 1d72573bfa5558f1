import Foundation
import Testing
@testable import DossierCore

/// `dossier figures` output: one line per figure, and JSON of one stable shape.
@Suite struct FigureListingTests {
    static func listing() throws -> FigureListing {
        let reports = try Fixtures.seedReports()
        let dossier = Dossier(title: "Seeds", date: nil, summary: nil, language: "en", slug: "seeds", paths: SitePaths(prefix: ""), reports: reports)
        return FigureListing(dossiers: [dossier], figures: reports.map { FigureExtractor.extract(from: $0) })
    }

    static let keys: Set<String> = [
        "dossier", "outlet", "report", "file", "line", "column", "location", "block", "role", "utf8Start", "utf8End",
        "text", "number", "nominal", "value", "vague", "hedge", "increment", "unit", "quantity", "place", "malformed",
    ]

    @Test func jsonHasOneShapeAndSortedKeys() throws {
        let listing = try Self.listing()
        let json = try listing.json()
        #expect(try listing.json() == json)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["format"] as? Int == 1)
        let figures = try #require(document["figures"] as? [[String: Any]])
        #expect(figures.count == 30)
        for figure in figures {
            #expect(Set(figure.keys) == Self.keys)
        }
        // Sorted keys: "block" comes before "column", "column" before "dossier".
        let first = try #require(json.range(of: "\"block\"")?.lowerBound)
        let second = try #require(json.range(of: "\"column\"")?.lowerBound)
        #expect(first < second)

        let deaths = try #require(figures.first { $0["text"] as? String == "Roughly 130,00" })
        #expect(deaths["value"] is NSNull)
        #expect(deaths["nominal"] is NSNull)
        let malformed = try #require(deaths["malformed"] as? [String: Any])
        #expect(malformed["obviousReading"] as? String == "130,000")
        let obvious = try #require(malformed["obviousValue"] as? [String: Any])
        #expect((obvious["lower"] as? [String: Any])?["value"] as? Double == 117_000)
        let hedge = try #require(deaths["hedge"] as? [String: Any])
        #expect(hedge["relation"] as? String == "approximately")
        #expect(hedge["symbol"] as? String == "≈")

        let over = try #require(figures.first { $0["text"] as? String == "Over 600" })
        let value = try #require(over["value"] as? [String: Any])
        #expect(value["upper"] is NSNull)
        #expect((value["lower"] as? [String: Any])?["inclusive"] as? Bool == false)
        #expect(over["place"] as? String == "Homs")
        #expect(over["quantity"] as? String == "evacuated")
        #expect(over["outlet"] as? String == "The Week")
    }

    @Test func oneLinePerFigure() throws {
        let lines = try Self.listing().text().split(separator: "\n")
        #expect(lines.count == 30)
        let deaths = try #require(lines.first { $0.contains("\u{201C}Roughly 130,00\u{201D}") })
        #expect(deaths.hasPrefix(Fixtures.seeds + "/000_ac63bc987904c8e4.txt:39:1: deaths: "))
        #expect(deaths.hasSuffix("hedge \u{201C}Roughly\u{201D} (≈); \u{26A0} malformed: digit group \u{201C}00\u{201D} after a comma has 2 digits; groups after a comma have three digits (obvious reading: 130,000); U.S. News & World Report"))
        let evacuated = try #require(lines.first { $0.contains("\u{201C}As many as 600\u{201D}") })
        #expect(evacuated.hasSuffix(":18:1: evacuated @ Homs: \u{201C}As many as 600\u{201D} (−∞, 600] people; hedge \u{201C}As many as\u{201D} (≤); U.S. News & World Report"))
        let start = try #require(lines.first { $0.contains("conflictStart") && $0.contains("early 2011") })
        #expect(start.contains("[2011, 2011.33) calendarYear"))
    }
}
