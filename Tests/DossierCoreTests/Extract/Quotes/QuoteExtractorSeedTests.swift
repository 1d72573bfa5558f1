import Testing
@testable import DossierCore

/// The issue's gold for the three seeds, checked exactly: every quotation, no more, with its
/// words, kind, speaker, verb and source line.
@Suite struct QuoteExtractorSeedTests {
    struct Expected: Equatable, CustomStringConvertible {
        var line: Int
        var words: String
        var kind: Quote.Kind
        var speaker: String?
        var verb: String?

        init(_ line: Int, _ words: String, _ kind: Quote.Kind, _ speaker: String?, _ verb: String?) {
            self.line = line
            self.words = words
            self.kind = kind
            self.speaker = speaker
            self.verb = verb
        }

        init(_ quote: Quote) {
            self.init(quote.location.line ?? 0, quote.words, quote.kind, quote.speaker?.name, quote.verb)
        }

        var description: String { "\(line) \(kind) \(speaker ?? "unattributed") \(verb ?? "-"): \(words)" }
    }

    static let gold: [String: [Expected]] = [
        "us-news": [
            Expected(20, "I continue to call on those engaged in this brutal conflict to respect the humanitarian pause, ensure the protection of civilians and facilitate the safe delivery of aid", .full, "Valerie Amos", "said"),
            Expected(20, "The United Nations and our humanitarian partners will not be deterred from doing the best we can to bring aid to those needing our help.", .full, "Valerie Amos", "said"),
            Expected(23, "utter disregard for human life", .partial, "Jen Psaki", "blasted"),
            Expected(25, "We do not expect any goodwill will come from the regime", .full, "Jen Psaki", "said"),
            Expected(25, "So we are taking every statement that is made with a grain of salt.", .full, "Jen Psaki", "said"),
            Expected(29, "With the Syrian civil war threatening the stability of the region, including Lebanon, the international community must step up its efforts to care for the Syrian people, strengthen the moderate Syrian opposition", .full, "Barack Obama and Francois Hollande", "wrote"),
            Expected(37, "We all can acknowledge that there’s a lot of work ahead", .full, "Jen Psaki", "said"),
        ],
        "al-arabiya": [
            Expected(9, "common ground", .partial, "Lakhdar Brahimi", "said"),
            Expected(9, "ice was breaking.", .partial, "Lakhdar Brahimi", "said"),
            Expected(11, "quite large", .partial, "Lakhdar Brahimi", "voiced"),
            Expected(19, "The two issues are among the most complex and sensitive and both subjects need treatment over several sessions and long discussions", .full, "Lakhdar Brahimi", "said"),
            Expected(21, "But the future of this political process and the possibility of its success require a clear declaration from the outset that the two parties have the full and strong political will to deal with these two issues, with all that they require - courage, persistence and tenacity and openness to reach successful solutions to all the issues, no matter how complicated and thorny.", .full, "Lakhdar Brahimi", "said"),
            Expected(27, "terrorism", .partial, "the Syrian government", "insists"),
        ],
        "the-week": [
            Expected(5, "common ground", .partial, "Lakhdar Brahimi", "according to"),
            Expected(21, "humanity to the conduct of the war", .partial, "David Miliband", "described"),
            Expected(23, "tortuous process", .partial, "Lyse Doucet", "predicts"),
            Expected(23, "small steps forward and big lurches backwards.", .partial, "Lyse Doucet", "predicts"),
            Expected(24, "Peace is the ultimate prize", .full, "Lyse Doucet", "says"),
            Expected(24, "But, when so many are starving, even the arrival of bread counts as progress in peace talks.", .full, "Lyse Doucet", "says"),
        ],
    ]

    static func seedQuotes() throws -> [String: (Report, [Quote])] {
        Dictionary(uniqueKeysWithValues: try Fixtures.seedReports().map { ($0.source.slug, ($0, QuoteExtractor.extract(from: $0))) })
    }

    @Test func everySeedQuotationAndNothingElse() throws {
        let found = try Self.seedQuotes()
        #expect(Set(found.keys) == Set(Self.gold.keys))
        for (slug, expected) in Self.gold {
            let actual = (found[slug]?.1 ?? []).map(Expected.init)
            #expect(actual == expected, "\(slug)")
        }
    }

    @Test func seedSpeakersCarryDescriptorsChannelsAndMembers() throws {
        let found = try Self.seedQuotes()
        let usNews = try #require(found["us-news"]?.1)
        #expect(usNews[0].speaker?.descriptors == ["U.N. undersecretary general for humanitarian affairs"])
        #expect(usNews[1].rule == .continuation)
        #expect(usNews[2].speaker?.descriptors == ["State Department spokeswoman", "the State Department’s"])
        #expect(usNews[3].speaker?.writtenAs == "she")
        #expect(usNews[5].speaker?.members == ["Barack Obama", "Francois Hollande"])
        #expect(usNews[5].speaker?.channel == "joint op-ed")
        #expect(usNews[6].speaker?.writtenAs == "Psaki")

        let alArabiya = try #require(found["al-arabiya"]?.1)
        #expect(alArabiya[0].speaker?.descriptors == ["U.N. envoy"])
        #expect(alArabiya[3].speaker?.channel == "eight-page document")
        #expect(alArabiya[3].speaker?.writtenAs == "the document")
        #expect(alArabiya[4].speaker?.channel == "eight-page document")
        #expect(alArabiya[5].speaker?.kind == .group)

        let week = try #require(found["the-week"]?.1)
        #expect(week[0].speaker?.descriptors == ["UN envoy"])
        #expect(week[2].speaker?.descriptors == ["the BBC’s"])
        #expect(week.allSatisfy { $0.speaker?.kind == .person })
    }

    @Test func noQuoteFromTheHeadlineScareQuotesPromosOrTeasers() throws {
        let found = try Self.seedQuotes()
        let all = found.values.flatMap(\.1)
        #expect(!all.contains { $0.words.contains("Cease-fire") })
        #expect(!all.contains { $0.words.contains("capital of the revolution") })
        #expect(!all.contains { $0.words.contains("WORLD REPORT") || $0.words.contains("Everything you think") || $0.words.contains("stability") && $0.words.count < 20 })
        #expect(all.allSatisfy { $0.spans.allSatisfy { $0.block > 0 } })
    }

    @Test func quoteLocationsPointAtTheOpeningMarkInTheSourceFile() throws {
        for (report, quotes) in try Self.seedQuotes().values {
            let lines = try Fixtures.seedLines(report.source.fileName)
            for quote in quotes {
                let line = try #require(quote.location.line), column = try #require(quote.location.column)
                let text = Array(lines[line - 1])
                #expect(column - 1 < text.count)
                #expect("\"“‘'".contains(text[column - 1]), "\(quote.location) should be a quote mark")
            }
        }
    }
}
