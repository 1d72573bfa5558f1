import Testing
@testable import DossierCore

/// The actor rules on reports of our own: other events, other people and outlets, and text
/// written to fool capitalisation rules.
@Suite struct ActorExtractorTests {
    static func actors(_ paragraphs: [String], headline: String = "A report written for a test") -> [ReportActor] {
        ActorExtractor.extract(from: Fixtures.report(paragraphs, headline: headline))
    }

    static func names(_ paragraphs: [String], headline: String = "A report written for a test") -> [String] {
        actors(paragraphs, headline: headline).map(\.name)
    }

    static func actor(_ name: String, in actors: [ReportActor]) -> ReportActor? {
        actors.first { $0.name == name }
    }

    /// The words a mention's span covers in its block, or nil when the span is not inside it.
    static func text(of mention: ReportActor.Mention, in report: Report) -> String? {
        let blocks = report.content.blocks
        guard blocks.indices.contains(mention.block) else { return nil }
        let utf8 = Array(blocks[mention.block].text.utf8)
        guard mention.range.lowerBound >= 0, mention.range.upperBound <= utf8.count else { return nil }
        return String(decoding: utf8[mention.range], as: UTF8.self)
    }

    @Test func titlesAndRolesBeforeANameAreDescriptorsNotName() throws {
        let actors = Self.actors([
            "Foreign Secretary Priya Nair met Chancellor Olaf Brandt in Vienna on Monday.",
            "Nair later told reporters the talks had been useful.",
        ])
        #expect(actors.map(\.name) == ["Priya Nair", "Olaf Brandt"])
        let nair = try #require(Self.actor("Priya Nair", in: actors))
        #expect(nair.kind == .person)
        #expect(nair.descriptors == ["Foreign Secretary"])
        #expect(nair.mentions.map(\.written) == ["Priya Nair", "Nair"])
        #expect(Self.actor("Olaf Brandt", in: actors)?.descriptors == ["Chancellor"])
    }

    @Test func aTitleWithAComplementAndARulerOfATerritory() throws {
        let actors = Self.actors([
            "Secretary of Defense Maria Lopez will fly to Oslo, where Queen Margrethe II of Denmark and Pope Leo XIV are expected.",
            "The Canadian Ambassador to Mali, Tom Wright, said the embassy would stay open.",
            "UN envoy Ana Ruiz of Peru said nothing.",
        ])
        #expect(Self.actor("Maria Lopez", in: actors)?.descriptors == ["Secretary of Defense"])
        #expect(Self.actor("Margrethe II", in: actors)?.descriptors == ["Queen of Denmark"])
        #expect(Self.actor("Leo XIV", in: actors)?.descriptors == ["Pope"])
        #expect(Self.actor("Tom Wright", in: actors)?.descriptors == ["Canadian Ambassador to Mali"])
        // An envoy "of Peru" is not Peru's envoy: only rulers take their territory.
        #expect(Self.actor("Ana Ruiz", in: actors)?.descriptors == ["UN envoy"])
        #expect(!actors.contains { ["Denmark", "Mali", "Peru", "Oslo"].contains($0.name) })
    }

    @Test func particlesAndShortFormsAreOnePerson() throws {
        let actors = Self.actors([
            "Commission President Ursula von der Leyen arrived with Osama bin Ladin’s biographer, Karim al-Hassan.",
            "Von der Leyen spoke first; al-Hassan did not speak.",
        ])
        let leyen = try #require(Self.actor("Ursula von der Leyen", in: actors))
        #expect(leyen.mentions.count == 2)
        #expect(Self.actor("Karim al-Hassan", in: actors) != nil)
    }

    @Test func organisationsByShape() throws {
        let names = Self.names([
            "Officials from NATO, the World Food Programme and Human Rights Watch met the Ministry of Health on Friday.",
            "The EU and the WHO sent observers; Amnesty International said the Red Cross had been turned away.",
        ])
        #expect(names == ["NATO", "World Food Programme", "Human Rights Watch", "Ministry of Health", "EU", "WHO",
                          "Amnesty International", "Red Cross"])
        #expect(Self.actors(["NATO said so."]).first?.kind == .organisation)
    }

    @Test func aPossessiveOwnerIsAnOrganisationAndDescribesThePerson() throws {
        let actors = Self.actors(["The evacuation was delayed again, the Red Cross’s Anna Berg said, quoting the ICRC’s figures."])
        #expect(actors.map(\.name) == ["Red Cross", "Anna Berg", "ICRC"])
        #expect(Self.actor("Anna Berg", in: actors)?.descriptors == ["the Red Cross’s"])
        let cross = try #require(Self.actor("Red Cross", in: actors))
        #expect(cross.mentions.map(\.written) == ["Red Cross"])
    }

    @Test func anOutletCreditedAtTheEndOfASentenceIsAnOrganisation() throws {
        let actors = Self.actors([
            "Convoys were stopped at the border, Mada Masr reports.",
            "Aid is running out, the BBC’s Jeremy Bowen reports.",
        ])
        #expect(Self.actor("Mada Masr", in: actors)?.kind == .organisation)
        // A name with a title or an owner is a person even when it reports.
        #expect(Self.actor("Jeremy Bowen", in: actors)?.kind == .person)
    }

    @Test func nationalInstitutionsAreOrganisationsAndNationalitiesAreNotActors() throws {
        let actors = Self.actors([
            "Kenyan police and the Kenyan government blamed Ethiopian rebels, while the Turkish army stayed in its bases.",
            "The Ethiopian regime’s envoy said French and German diplomats had been told.",
        ])
        #expect(actors.map(\.name) == ["Kenyan police", "Kenyan government", "Turkish army", "Ethiopian government"])
        #expect(Self.actor("Ethiopian government", in: actors)?.forms == ["Ethiopian regime"])
        #expect(actors.allSatisfy { $0.kind == .organisation })
        // Opening a sentence, a nationality's ending is enough; a common adjective is not.
        #expect(Self.names(["Lebanese police closed the road.", "Interim government officials were absent."]) == ["Lebanese police"])
    }

    @Test func anInstitutionNamedAfterAPersonIsThatPerson() throws {
        let actors = Self.actors([
            "President Daniel Ortega spoke on Monday.",
            "The Ortega government denied it, and the Rosario al-Murillo administration said nothing.",
        ])
        #expect(actors.map(\.name) == ["Daniel Ortega", "Rosario al-Murillo"])
        #expect(Self.actor("Daniel Ortega", in: actors)?.mentions.map(\.written) == ["Daniel Ortega", "Ortega"])
        #expect(actors.allSatisfy { $0.kind == .person })
        // People who work for someone name that someone, not an organisation "Officials of …".
        #expect(Self.actors(["Officials of Bashar al-Assad were there."]).map { "\($0.kind) \($0.name)" } == ["person Bashar al-Assad"])
    }

    @Test func placesAreNotActors() throws {
        let names = Self.names([
            "Talks opened in Port Sudan and in Astana as donors met in Goma, DRC.",
            "Port Sudan has been calm; the Astana III round produced little.",
            "South Sudan kept its border shut, and Lake Chad was dry.",
        ])
        #expect(names.isEmpty, "\(names)")
        // A place's qualifier is not an organisation; an initialism with a role after the place is.
        #expect(Self.names(["In Goma, UN envoy Ana Ruiz met aid workers from Bukavu, DRC."]) == ["UN", "Ana Ruiz"])
        // A single name speaking, with no title and no full name, may be a capital standing for
        // its government: the report keeps it as a bare name, which `ActorIndex` lists only if
        // some outlet gives a full name ending with it.
        let bare = Self.actors(["Kinshasa said nothing."])
        #expect(bare.map(\.name) == ["Kinshasa"])
        #expect(bare.first?.descriptors == [])
    }

    @Test func titleCaseHeadlinesAndTeasersDiscoverNoOne() throws {
        let actors = Self.actors([
            "Rescue Crews Battle Rising Waters Across Delta Region",
            "Regional Governor Ana Lima visited shelters on Tuesday.",
        ], headline: "Flood Relief Stalls As Governor Ana Lima Faces Recall Vote")
        #expect(actors.map(\.name) == ["Ana Lima"])
        // Named in the body, the headline's mention counts too.
        #expect(actors.first?.mentions.map(\.block) == [0, 2])
        // A particle does not make a Title Case headline look like prose.
        let assad = Self.actors(["President Bashar al-Assad left Damascus."], headline: "Bashar al-Assad Leaves Capital Amid Protests")
        #expect(assad.map(\.name) == ["Bashar al-Assad"])
        #expect(assad.first?.mentions.map(\.written) == ["Bashar al-Assad", "Bashar al-Assad"])
    }

    @Test func capitalisedWordsThatOpenSentencesAreNotNames() {
        let names = Self.names([
            "International donors pledged more. Government forces withdrew. Interim government officials were absent.",
            "THE second round opens in March. Negotiators met on Friday. Despite Heavy Rain, Crews Worked Through The Night.",
            "“I will not resign,” he said.",
        ])
        #expect(names.isEmpty, "\(names)")
    }

    @Test func actorsNamedInsideQuotationsAreNamed() {
        let names = Self.names(["“The Red Cross will not leave Goma,” said Anna Berg, a nurse."])
        #expect(names == ["Red Cross", "Anna Berg"])
    }

    @Test func initialismAndExpansionInOneReportAreOneActor() throws {
        let actors = Self.actors([
            "The World Health Organization warned of cholera.",
            "A WHO team arrived on Monday, and the W.H.O. said more would follow.",
        ])
        #expect(actors.count == 1)
        let who = try #require(actors.first)
        #expect(who.name == "World Health Organization")
        #expect(who.forms == ["World Health Organization", "WHO", "W.H.O."])
        #expect(who.mentions.count == 3)
    }

    @Test func mentionsPointAtTheNameInItsBlock() throws {
        let report = Fixtures.report(["Talks resumed, and the BBC’s Lyse Doucet said U.N. staff were there."])
        for mention in ActorExtractor.extract(from: report).flatMap(\.mentions) {
            #expect(Self.text(of: mention, in: report) == mention.written)
        }
        #expect(ActorExtractor.extract(from: report).flatMap { $0.mentions.map(\.written) } == ["BBC", "Lyse Doucet", "U.N."])
    }

    @Test func hostileTextNeverBreaksTheRules() {
        let paragraphs = [
            "ALL CAPS SHOUTING ABOUT THE UN AND NATO AND THE BBC.",
            "von der al- bin de la ’s U.N.’s’s .’ ‘ Al- -al",
            "Mr. Mrs. Dr. St. A. B. C. I. II. III. IV.",
            "King of. President, Secretary of State of the of of.",
            "🙂 Émile Zola’s café, Ångström Institute and Łódź University met the Ségolène Royal government.",
            "", " ", "“", "of Jordan", "Abdullah II", "II of Jordan",
            String(repeating: "Name ", count: 300) + "said.",
        ]
        let report = Fixtures.report(paragraphs, headline: "ALL CAPS HEADLINE ABOUT KING ABDULLAH II OF JORDAN")
        for actor in ActorExtractor.extract(from: report) {
            #expect(!actor.mentions.isEmpty)
            for mention in actor.mentions {
                #expect(Self.text(of: mention, in: report) == mention.written)
            }
        }
    }

    @Test func aLongReportIsReadInLinearTime() {
        let paragraph = "UN envoy Lakhdar Brahimi met the Syrian government and Red Cross staff in Geneva, Al Jazeera reports. Brahimi said the talks went well."
        let report = Fixtures.report(Array(repeating: paragraph, count: 600))
        let clock = ContinuousClock()
        let start = clock.now
        let actors = ActorExtractor.extract(from: report)
        #expect(clock.now - start < .seconds(20))
        #expect(actors.map(\.name) == ["UN", "Lakhdar Brahimi", "Syrian government", "Red Cross", "Al Jazeera"])
        #expect(actors.first { $0.name == "Lakhdar Brahimi" }?.mentions.count == 1200)
    }

    @Test func anInitialismDefinedInParenthesesIsTheOrganisation() throws {
        let actors = Self.actors([
            "The Intergovernmental Authority on Development (IGAD) called for a ceasefire, as did the African Union (AU).",
            "IGAD envoys arrived on Monday, and Lakhdar Brahimi (UN) left.",
        ])
        #expect(actors.map(\.name) == ["Intergovernmental Authority on Development", "African Union", "Lakhdar Brahimi", "UN"])
        let igad = try #require(actors.first)
        #expect(igad.forms == ["Intergovernmental Authority on Development", "IGAD"])
        #expect(igad.mentions.map(\.written) == ["Intergovernmental Authority on Development", "IGAD", "IGAD"])
    }

    @Test func aNameBeforeAMediaNounIsANewsOrganisation() throws {
        let actors = Self.actors(["Burhan later told Al Hadath television that he would not negotiate."])
        #expect(Self.actor("Al Hadath", in: actors)?.kind == .organisation)
    }
}
