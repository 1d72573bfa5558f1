import Testing
@testable import DossierCore

/// Speakers across outlets: one identity each, merged words, mentions, order.
@Suite struct QuotePanelTests {
    static func seedPanels() throws -> (panels: [QuotePanel], unattributed: [QuotePanel.Entry]) {
        let quoted = try Fixtures.seedReports().map { report in
            let quotes = QuoteExtractor.extract(from: report)
            return QuotedReport(report: report, quotes: quotes, pageAnchors: Quote.anchors(for: quotes))
        }
        return QuotePanel.panels(for: quoted)
    }

    /// A report of our own, quoted as the panels see it.
    static func quoted(_ paragraphs: [String], outlet: String, slug: String) -> QuotedReport {
        let report = Fixtures.report(paragraphs, outlet: outlet, slug: slug, path: slug + ".txt")
        let quotes = QuoteExtractor.extract(from: report)
        return QuotedReport(report: report, quotes: quotes, pageAnchors: Quote.anchors(for: quotes))
    }

    @Test func seedSpeakersInOrderWithOneIdentityForBrahimi() throws {
        let (panels, unattributed) = try Self.seedPanels()
        #expect(unattributed.isEmpty)
        #expect(panels.map(\.name) == ["Lakhdar Brahimi", "Jen Psaki", "Lyse Doucet", "Valerie Amos",
                                       "Barack Obama and Francois Hollande", "David Miliband", "the Syrian government"])
        let brahimi = panels[0]
        #expect(brahimi.id == "speaker-lakhdar-brahimi")
        #expect(brahimi.outlets == ["Al Arabiya English", "The Week"])
        #expect(brahimi.descriptors == ["U.N. envoy"])
        #expect(brahimi.mentionedBy == ["U.S. News & World Report"])
        #expect(brahimi.quoteCount == 6)
        let shared = brahimi.entries.filter { $0.outlets.count > 1 }
        #expect(shared.map(\.words) == ["common ground"])
        #expect(shared.first?.citations.map(\.report) == ["al-arabiya", "the-week"])
        #expect(shared.first?.citations.map(\.anchor) == ["q-1", "q-1"])
        #expect(shared.first?.citations.map(\.verb) == ["said", "according to"])
        #expect(panels[6].kind == .group)
        #expect(panels[6].mentionedBy == ["The Week"])
        #expect(panels[4].members == ["Barack Obama", "Francois Hollande"])
    }

    @Test func aSurnameAndADescriptorDoNotSplitASpeakerAcrossOutlets() {
        let panels = QuotePanel.panels(for: [
            Self.quoted(["Transport Minister Karin Holm opened the line. “Trains will run every ten minutes,” Holm said."], outlet: "Daily One", slug: "one"),
            Self.quoted(["“The fares will not rise this year,” Holm said."], outlet: "Daily Two", slug: "two"),
            Self.quoted(["“Trains will run every ten minutes.” said Karin Holm, the minister."], outlet: "Daily Three", slug: "three"),
        ]).panels
        #expect(panels.map(\.name) == ["Karin Holm"])
        #expect(panels.first?.outlets == ["Daily One", "Daily Two", "Daily Three"])
        #expect(panels.first?.descriptors == ["Transport Minister", "minister"])
        // The same words, with different final punctuation and marks, are one entry.
        #expect(panels.first?.entries.map(\.outlets) == [["Daily One", "Daily Three"], ["Daily Two"]])
    }

    @Test func anAmbiguousSurnameStaysApart() {
        let panels = QuotePanel.panels(for: [
            Self.quoted(["“We need more nurses,” said Anna Berg."], outlet: "A", slug: "a"),
            Self.quoted(["“We need more doctors,” said Olof Berg."], outlet: "B", slug: "b"),
            Self.quoted(["“We need more beds,” Berg said."], outlet: "C", slug: "c"),
        ]).panels
        #expect(Set(panels.map(\.name)) == ["Anna Berg", "Olof Berg", "Berg"])
    }

    @Test func unnamedSpeakersAreNeverMergedAcrossReports() {
        let panels = QuotePanel.panels(for: [
            Self.quoted(["“The border stays closed,” a senior official said."], outlet: "A", slug: "a"),
            Self.quoted(["“The border stays closed,” a senior official said."], outlet: "B", slug: "b"),
        ]).panels
        #expect(panels.count == 2)
        #expect(panels.allSatisfy { $0.outlets.count == 1 })
        #expect(Set(panels.map(\.id)).count == 2)
    }

    @Test func partialWordsInsideALongerQuotationAreKeptApart() {
        let panels = QuotePanel.panels(for: [
            Self.quoted(["Mayor Ida Lund called the plan “a fair deal for the valley.”"], outlet: "A", slug: "a"),
            Self.quoted(["Mayor Ida Lund praised “a fair deal” for farmers."], outlet: "B", slug: "b"),
        ]).panels
        #expect(panels.first?.entries.count == 2)
    }

    @Test func mentionsAreOutletsThatNameButDoNotQuote() {
        let panels = QuotePanel.panels(for: [
            Self.quoted(["“The harbour reopens on Monday,” said Nils Ek."], outlet: "A", slug: "a"),
            Self.quoted(["Harbour master Nils Ek inspected the quay."], outlet: "B", slug: "b"),
            Self.quoted(["The quay was inspected by the harbour master."], outlet: "C", slug: "c"),
        ]).panels
        #expect(panels.first?.mentionedBy == ["B"])
    }

    @Test func tiesAreBrokenByQuotationsThenName() {
        let panels = QuotePanel.panels(for: [
            Self.quoted(["“One thing only,” said Zoe Adler.",
                         "“First of two,” said Ben Cruz. “Second of two,” Cruz added.",
                         "“Just this,” said Amy Baker."], outlet: "A", slug: "a"),
        ]).panels
        #expect(panels.map(\.name) == ["Ben Cruz", "Amy Baker", "Zoe Adler"])
    }

    /// Thousands of reports: grouping is by hash, so this stays fast; the result is exact.
    @Test func thousandsOfReportsGroupCorrectly() {
        let speakers = (0..<50).map { Speaker(name: "Speaker Number\($0) Surname\($0)", kind: .person) }
        var reports: [QuotedReport] = []
        for index in 0..<3000 {
            let report = Fixtures.report(["Filler paragraph \(index)."], outlet: "Outlet \(index % 300)", slug: "r\(index)", path: "r\(index).txt")
            let quote = Quote(id: "q-1", words: "Statement \(index % 7).", kind: .full,
                              spans: [Quote.Span(block: 1, range: 0..<5)], location: SourceLocation(file: "r\(index).txt", line: 3, column: 1),
                              speaker: speakers[index % 50], verb: "said", rule: .attributionAfter)
            reports.append(QuotedReport(report: report, quotes: [quote], pageAnchors: Quote.anchors(for: [quote])))
        }
        let panels = QuotePanel.panels(for: reports).panels
        #expect(panels.count == 50)
        #expect(panels.allSatisfy { $0.quoteCount == 60 && $0.entries.count == 7 && $0.outlets.count == 6 })
        #expect(panels.map(\.name) == speakers.map(\.name).sorted { QuotePanel.sortName($0) < QuotePanel.sortName($1) })
    }

    /// The byte path for ASCII quotations keys them exactly as the Character path does.
    @Test func asciiQuotationsAreNormalisedAsTheGeneralPathDoes() {
        #expect(QuotePanel.normalisedWords("  \"We Will   GO,\" ") == "we will go")
        #expect(QuotePanel.normalisedWords("\u{201C}We will go\u{201D}") == "we will go")
        let alphabet = Array("aZ .,;:!?\"'\t\r\n-x")
        var random = SeededGenerator(state: 5)
        for _ in 0..<2_000 {
            let text = String((0..<random.next(14)).map { _ in alphabet[random.next(alphabet.count)] })
            #expect(QuotePanel.normalisedASCIIWords(text) == QuotePanel.normalisedUnicodeWords(text), "\(text.debugDescription)")
        }
    }
}
