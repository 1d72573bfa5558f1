import Testing
@testable import DossierCore

/// Actors across outlets: one identity each, the outlets naming them, anchors on the article
/// pages, links to quote panels, order, and scale.
@Suite struct ActorIndexTests {
    /// What the build would have for the seeds: reports, their quote and figure anchors, the
    /// quoted reports (for panels), and the actor index.
    struct Seeds {
        var dossier: Dossier
        var others: [[PassageAnchor]]
        var quoted: [QuotedReport]
        var index: ActorIndex
    }

    static func seeds() throws -> Seeds {
        let reports = try Fixtures.seedReports()
        var others: [[PassageAnchor]] = []
        for report in reports {
            let quoteAnchors = Quote.anchors(for: QuoteExtractor.extract(from: report))
            others.append(quoteAnchors + ReportFigures.anchors(for: FigureExtractor.extract(from: report)).anchors)
        }
        let index = ActorIndex(reports: reports, actors: reports.map { ActorExtractor.extract(from: $0) }, alongside: others)
        let quoted = reports.indices.map { r in
            QuotedReport(report: reports[r], quotes: QuoteExtractor.extract(from: reports[r]), pageAnchors: others[r] + index.anchors[r])
        }
        let dossier = Dossier(title: "Seeds", date: nil, summary: nil, language: "en", slug: "seeds", paths: SitePaths(prefix: ""), reports: reports)
        return Seeds(dossier: dossier, others: others, quoted: quoted, index: index)
    }

    static func index(_ reports: [(outlet: String, paragraphs: [String])]) -> ActorIndex {
        let built = reports.enumerated().map { index, report in
            Fixtures.report(report.paragraphs, outlet: report.outlet, slug: "r\(index)", path: "r\(index).txt")
        }
        return ActorIndex(reports: built, actors: built.map { ActorExtractor.extract(from: $0) })
    }

    @Test func seedActorsOneIdentityEachAcrossOutlets() throws {
        let index = try Self.seeds().index
        let people = index.actors.filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Lakhdar Brahimi", "Bashar al-Assad", "Barack Obama", "Jen Psaki", "Lyse Doucet", "Abdullah II",
                                       "David Miliband", "Francois Hollande", "John Kerry", "Robert Ford", "Valerie Amos"])
        let organisations = index.actors.filter { $0.kind == .organisation }
        #expect(organisations.map(\.name) == ["United Nations", "Syrian government", "United States", "BBC", "State Department",
                                              "Al Jazeera", "Reuters", "Russian government", "Syrian army", "Syrian opposition",
                                              "Syrian Red Crescent"])
        let all = ["U.S. News & World Report", "Al Arabiya English", "The Week"]
        let byName = Dictionary(uniqueKeysWithValues: index.actors.map { ($0.name, $0) })
        #expect(byName["Lakhdar Brahimi"]?.outlets == all)
        #expect(byName["Lakhdar Brahimi"]?.descriptors == ["U.N. mediator", "U.N. envoy"])
        #expect(byName["Bashar al-Assad"]?.outlets == all)
        #expect(byName["Bashar al-Assad"]?.aliases == ["Bashar Assad"])
        #expect(byName["United Nations"]?.outlets == all)
        #expect(byName["United Nations"]?.aliases == ["U.N.", "UN"])
        #expect(byName["Syrian government"]?.aliases == ["Syrian regime"])
        #expect(byName["United States"]?.outlets == ["U.S. News & World Report", "Al Arabiya English"])
        #expect(byName["United States"]?.aliases == ["U.S."])
    }

    @Test func everyCitationLinksToAnIdOnTheArticlePage() throws {
        let seeds = try Self.seeds()
        for (r, report) in seeds.dossier.reports.enumerated() {
            let anchors = seeds.others[r] + seeds.index.anchors[r]
            let html = try MarkdownRenderer.render(ArticleComposer.markdown(for: report, in: seeds.dossier, anchors: anchors), path: "a.md").html
            for actor in seeds.index.actors {
                for citation in actor.citations where citation.report == report.source.slug {
                    #expect(html.contains("id=\"\(citation.anchor)\""), "\(actor.name) → \(citation.anchor)")
                }
            }
            // Actor anchors are numbered in reading order and none is swallowed by another passage.
            let ids = seeds.index.anchors[r].map(\.id)
            #expect(ids == (0..<ids.count).map { "a-\($0 + 1)" })
            #expect(seeds.index.anchors[r] == seeds.index.anchors[r].sorted())
            #expect(PassageAnchor.nonOverlapping(anchors, blocks: report.content.blocks).kept.count == anchors.count)
            for anchor in seeds.index.anchors[r] {
                #expect(html.contains("<span id=\"\(anchor.id)\" class=\"actor\">"))
            }
        }
    }

    @Test func aMentionInsideAQuotationLinksToTheQuotation() throws {
        let index = try Self.seeds().index
        let opposition = try #require(index.actors.first { $0.name == "Syrian opposition" })
        #expect(opposition.citations.map(\.anchor) == ["q-6"])
        let usNews = index.anchors[0]
        #expect(usNews.first?.id == "a-1")
        #expect(usNews.allSatisfy { $0.role == "actor" })
    }

    @Test func namesOfOneActorAcrossOutletsAreOneIdentity() throws {
        let index = Self.index([
            ("Daily One", ["The U.N. sent trucks. UN envoy Ana Ruiz of Peru arrived.", "President Bashar Assad did not reply."]),
            ("Daily Two", ["UN staff waited. Ruiz said little.", "Officials of Bashar al-Assad were there."]),
            ("Daily Three", ["The United Nations said more trucks would come, Ruiz said.", "Kinshasa said nothing. Critics said little."]),
        ])
        #expect(index.actors.map(\.name) == ["Ana Ruiz", "Bashar al-Assad", "United Nations"])
        #expect(index.actors.map(\.outlets.count) == [3, 2, 3])
        #expect(index.actors[2].aliases == ["U.N.", "UN"])
        #expect(index.actors[0].descriptors == ["UN envoy"])
    }

    @Test func anInitialismOneOutletDefinesIsTheOrganisationForAll() {
        let index = Self.index([
            ("A", ["The Intergovernmental Authority on Development (IGAD) met in Djibouti."]),
            ("B", ["IGAD said the talks would resume."]),
        ])
        #expect(index.actors.map(\.name) == ["Intergovernmental Authority on Development"])
        #expect(index.actors.first?.outlets == ["A", "B"])
        #expect(index.actors.first?.aliases == ["IGAD"])
    }

    @Test func anAmbiguousSurnameAloneIsNotGuessed() {
        let index = Self.index([
            ("A", ["Nurse Anna Berg spoke first."]),
            ("B", ["Doctor Olof Berg spoke next."]),
            ("C", ["Berg said the clinic was full."]),
        ])
        #expect(index.actors.map(\.name) == ["Anna Berg", "Olof Berg"])
        #expect(index.actors.allSatisfy { $0.outlets.count == 1 })
    }

    @Test func seedPanelsLinkQuotedActors() throws {
        let seeds = try Self.seeds()
        let panels = QuotePanel.panels(for: seeds.quoted).panels
        let ids = Dictionary(uniqueKeysWithValues: zip(seeds.index.actors.map(\.name), seeds.index.panelIDs(for: panels)))
        #expect(ids["Lakhdar Brahimi"] == "speaker-lakhdar-brahimi")
        #expect(ids["Jen Psaki"] == "speaker-jen-psaki")
        #expect(ids["Barack Obama"] == "speaker-barack-obama-and-francois-hollande")
        #expect(ids["Francois Hollande"] == "speaker-barack-obama-and-francois-hollande")
        #expect(ids["Syrian government"] == "speaker-the-syrian-government")
        #expect(ids["Bashar al-Assad"] == .some(nil))
        #expect(ids["United Nations"] == .some(nil))
        // Every panel id linked to exists.
        let panelIDs = Set(panels.map(\.id))
        #expect(ids.values.compactMap { $0 }.allSatisfy(panelIDs.contains))
    }

    @Test func anInitialismSpeakerLinksToItsExpandedActor() {
        let reports = [
            Fixtures.report(["“Trucks are coming,” the UN said."], outlet: "A", slug: "a", path: "a.txt"),
            Fixtures.report(["The United Nations sent trucks."], outlet: "B", slug: "b", path: "b.txt"),
        ]
        let index = ActorIndex(reports: reports, actors: reports.map { ActorExtractor.extract(from: $0) })
        let quoted = reports.map { report in
            let quotes = QuoteExtractor.extract(from: report)
            return QuotedReport(report: report, quotes: quotes, pageAnchors: Quote.anchors(for: quotes))
        }
        let panels = QuotePanel.panels(for: quoted).panels
        #expect(index.actors.map(\.name) == ["United Nations"])
        #expect(index.panelIDs(for: panels) == [panels.first?.id])
    }

    /// Thousands of reports: identities are hash lookups, so this stays fast; the result is exact.
    @Test func thousandsOfReportsGroupInNearLinearTime() {
        let people = (0..<50).map { "Person\($0) Surname\($0)" }
        var reports: [Report] = []
        var actors: [[ReportActor]] = []
        for index in 0..<4000 {
            let report = Fixtures.report(["Filler paragraph for report \(index)."], outlet: "Outlet \(index % 400)", slug: "r\(index)", path: "r\(index).txt")
            func mention(_ start: Int) -> ReportActor.Mention { ReportActor.Mention(block: 1, range: start..<(start + 3), written: "xyz") }
            let full = people[index % 50]
            let short = String(full.split(separator: " ").last!)
            let un = ["UN", "U.N.", "United Nations"][index % 3]
            actors.append([
                ReportActor(name: index % 2 == 0 ? full : short, kind: .person, forms: [full], descriptors: ["Envoy \(index % 3)"], mentions: [mention(0)]),
                ReportActor(name: un, kind: .organisation, forms: [un], descriptors: [], mentions: [mention(8)]),
            ])
            reports.append(report)
        }
        let clock = ContinuousClock()
        let start = clock.now
        let index = ActorIndex(reports: reports, actors: actors)
        #expect(clock.now - start < .seconds(10))
        #expect(index.actors.count == 51)
        #expect(index.actors.filter { $0.kind == .person }.allSatisfy { $0.outlets.count == 8 && $0.mentions == 80 && $0.descriptors.count == 3 })
        #expect(index.actors.last?.name == "United Nations")
        #expect(index.actors.last?.outlets.count == 400)
        #expect(index.anchors.allSatisfy { $0.map(\.id) == ["a-1", "a-2"] })
    }
}
