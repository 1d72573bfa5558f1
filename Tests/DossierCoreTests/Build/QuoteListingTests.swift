import Foundation
import Testing
@testable import DossierCore

/// `dossier quotes`: what it lists for the seeds, and that its JSON is stable.
@Suite struct QuoteListingTests {
    @Test func theSeedsListNineteenQuotationsInReadingOrder() async throws {
        let listing = try await QuoteListing.load(seeds: Fixtures.seeds)
        #expect(listing.reports == 3)
        #expect(listing.entries.count == 19)
        #expect(listing.entries.map(\.source.slug) == Array(repeating: "us-news", count: 7) + Array(repeating: "al-arabiya", count: 6) + Array(repeating: "the-week", count: 6))
        #expect(listing.entries.allSatisfy { $0.dossier == "geneva-ii" })
        #expect(listing.entries.first?.spanStarts == [SourceLocation(file: Fixtures.seeds + "/000_ac63bc987904c8e4.txt", line: 20, column: 1)])
    }

    @Test func jsonHasSortedKeysEveryFieldAndIsTheSameTwice() async throws {
        let listing = try await QuoteListing.load(seeds: Fixtures.seeds)
        let json = listing.json()
        #expect(json == (try await QuoteListing.load(seeds: Fixtures.seeds)).json())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "dossier-quotes/1")
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        #expect(quotes.count == 19)
        #expect(quotes.allSatisfy { Set($0.keys) == ["dossier", "report", "outlet", "id", "file", "line", "column", "location", "paragraphs", "kind", "words", "speaker", "verb", "rule"] })
        let doc = quotes[10]
        #expect(doc["words"] as? String == "The two issues are among the most complex and sensitive and both subjects need treatment over several sessions and long discussions")
        let speaker = try #require(doc["speaker"] as? [String: Any])
        #expect(speaker["name"] as? String == "Lakhdar Brahimi")
        #expect(speaker["channel"] as? String == "eight-page document")
        #expect(speaker["written_as"] as? String == "the document")
        #expect(Set(speaker.keys) == ["name", "kind", "descriptors", "members", "channel", "written_as"])
        // Keys appear in sorted order in the text itself.
        let firstObjectKeys = json.components(separatedBy: "\n").prefix(40)
            .filter { $0.hasPrefix("      \"") }
            .map { String($0.dropFirst(7).prefix { $0 != "\"" }) }
        #expect(Array(firstObjectKeys.prefix(14)) == ["column", "dossier", "file", "id", "kind", "line", "location", "outlet", "paragraphs", "report", "rule", "speaker", "verb", "words"])
    }

    @Test func anUnattributedQuotationHasNullSpeakerVerbAndRule() throws {
        let report = Fixtures.report(["“We will rebuild every house in this valley,” he said."])
        let quote = try #require(QuoteExtractor.extract(from: report).first)
        let listing = QuoteListing(entries: [.init(dossier: "d", source: report.source, quote: quote, spanStarts: [quote.location])],
                                   reports: 1, diagnostics: Diagnostics())
        let json = listing.json()
        #expect(json.contains("\"speaker\" : null"))
        #expect(json.contains("\"verb\" : null"))
        #expect(json.contains("\"rule\" : null"))
    }
}
