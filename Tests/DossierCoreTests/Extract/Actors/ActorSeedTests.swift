import Testing
@testable import DossierCore

/// The actors of the three seeds, exactly: written from reading the reports, before the
/// rules were run. The photo caption is not a block of the report, so Faisal Meqdad (named
/// only there) is not expected; places (Homs, Geneva, Syria, Jordan, Washington, D.C.),
/// events (Geneva II) and nationalities (Syrian, French) are not actors.
@Suite struct ActorSeedTests {
    struct Expected: Equatable, CustomStringConvertible {
        var kind: ReportActor.Kind
        var name: String
        var descriptors: [String]

        init(_ kind: ReportActor.Kind, _ name: String, _ descriptors: [String] = []) {
            self.kind = kind
            self.name = name
            self.descriptors = descriptors
        }

        var description: String { "\(kind) \(name) \(descriptors)" }
    }

    /// In order of first mention.
    static let gold: [String: [Expected]] = [
        "us-news": [
            Expected(.organisation, "United Nations"),
            Expected(.person, "Bashar Assad", ["President"]),
            Expected(.organisation, "U.S."),
            Expected(.person, "Valerie Amos", ["U.N. undersecretary general for humanitarian affairs"]),
            Expected(.organisation, "State Department"),
            Expected(.person, "Jen Psaki", ["State Department spokeswoman", "the State Department’s"]),
            Expected(.organisation, "Syrian government"),
            Expected(.person, "Barack Obama", ["President"]),
            Expected(.person, "Francois Hollande", ["French President"]),
            Expected(.organisation, "Syrian opposition"),
            Expected(.organisation, "Russian government"),
            Expected(.person, "Robert Ford", ["U.S. Ambassador to Syria"]),
            Expected(.person, "Lakhdar Brahimi", ["U.N. mediator"]),
            Expected(.person, "John Kerry", ["Secretary of State"]),
            Expected(.person, "Abdullah II", ["King of Jordan"]),
        ],
        "al-arabiya": [
            Expected(.organisation, "Syrian government"),
            Expected(.organisation, "U.N."),
            Expected(.person, "Lakhdar Brahimi", ["U.N. envoy"]),
            Expected(.organisation, "United States"),
            Expected(.organisation, "Reuters"),
            Expected(.person, "Bashar al-Assad", ["President"]),
        ],
        "the-week": [
            Expected(.organisation, "Syrian government"),
            Expected(.organisation, "UN"),
            Expected(.person, "Lakhdar Brahimi", ["UN envoy"]),
            Expected(.organisation, "BBC"),
            Expected(.organisation, "Syrian Red Crescent"),
            Expected(.organisation, "Syrian army"),
            Expected(.person, "Lyse Doucet", ["the BBC’s"]),
            Expected(.person, "Bashar al-Assad"),
            Expected(.organisation, "Al Jazeera"),
            Expected(.person, "David Miliband"),
        ],
    ]

    static func seedActors() throws -> [(report: Report, actors: [ReportActor])] {
        try Fixtures.seedReports().map { ($0, ActorExtractor.extract(from: $0)) }
    }

    @Test func everyActorOfEverySeedAndNoOther() throws {
        for (report, actors) in try Self.seedActors() {
            let expected = try #require(Self.gold[report.source.slug])
            let found = actors.map { Expected($0.kind, $0.name, $0.descriptors) }
            #expect(found == expected, "\(report.source.slug)")
        }
    }

    @Test func theWordsOfEachMentionAreTheNameAsWritten() throws {
        for (report, actors) in try Self.seedActors() {
            for actor in actors {
                for mention in actor.mentions {
                    #expect(ActorExtractorTests.text(of: mention, in: report) == mention.written)
                }
                #expect(actor.mentions == actor.mentions.sorted())
            }
        }
    }

    @Test func shortFormsAndOtherNamesOfOneActorInOneReport() throws {
        let actors = Dictionary(uniqueKeysWithValues: try Self.seedActors().map { ($0.report.source.slug, $0.actors) })
        let usNews = try #require(actors["us-news"])
        let un = try #require(usNews.first { $0.name == "United Nations" })
        #expect(un.forms == ["U.N.", "United Nations"])
        #expect(un.mentions.count == 8)
        #expect(usNews.first { $0.name == "Jen Psaki" }?.mentions.map(\.written) == ["Jen Psaki", "Psaki"])
        // "The Assad regime" names Assad, not an organisation.
        #expect(usNews.first { $0.name == "Bashar Assad" }?.mentions.map(\.written) == ["Bashar Assad", "Assad"])
        #expect(usNews.first { $0.name == "Syrian government" }?.forms == ["Syrian regime"])
        let arabiya = try #require(actors["al-arabiya"])
        #expect(arabiya.first { $0.name == "Lakhdar Brahimi" }?.mentions.map(\.written) == ["Lakhdar Brahimi", "Brahimi", "Brahimi", "Brahimi"])
    }
}
