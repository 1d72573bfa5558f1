import Testing
@testable import DossierCore

/// Titles around a name that the quote rules and the actor rules share: a title with its
/// complement before the name, a ruler's territory after it, a role followed by the name it
/// describes, and particles inside the name.
@Suite struct SpeakerTitleTests {
    static func speakers(_ paragraphs: [String]) -> [Speaker?] {
        QuoteExtractor.extract(from: Fixtures.report(paragraphs)).map(\.speaker)
    }

    @Test func aTitleWithItsComplementBeforeATwoWordName() {
        let speakers = Self.speakers(["“The bridge will reopen,” said Secretary of Transportation Maria Lopez."])
        #expect(speakers.map(\.?.name) == ["Maria Lopez"])
        #expect(speakers.first??.descriptors == ["Secretary of Transportation"])
    }

    @Test func aTitleWithoutANameStaysARole() {
        let speakers = Self.speakers(["“We are ready,” said the Minister of Foreign Affairs."])
        #expect(speakers.map(\.?.name) == ["the Minister of Foreign Affairs"])
    }

    @Test func aRulerAndTheTerritoryAfterTheName() {
        let speakers = Self.speakers(["“We will host the talks,” said King Harald V of Norway."])
        #expect(speakers.map(\.?.name) == ["Harald V"])
        #expect(speakers.first??.descriptors == ["King of Norway"])
    }

    @Test func aCountryAfterAnEnvoysNameIsNotPartOfTheTitle() {
        let speakers = Self.speakers(["“We are close,” said UN envoy Ana Ruiz of Peru."])
        #expect(speakers.map(\.?.name) == ["Ana Ruiz"])
        #expect(speakers.first??.descriptors == ["UN envoy"])
    }

    @Test func aRoleWithItsComplementThenTheNameBetweenCommas() {
        let speakers = Self.speakers([
            "The Canadian Ambassador to Mali, Tom Wright, visited the camp on Monday.",
            "“Nobody here has enough water,” Wright said.",
        ])
        #expect(speakers.map(\.?.name) == ["Tom Wright"])
        #expect(speakers.first??.descriptors == ["Canadian Ambassador to Mali"])
    }

    @Test func severalParticlesInsideAName() {
        let speakers = Self.speakers([
            "Commission President Ursula von der Leyen arrived late.",
            "“We will pay,” von der Leyen said. “All of it,” Von der Leyen added.",
        ])
        #expect(speakers.map(\.?.name) == ["Ursula von der Leyen", "Ursula von der Leyen"])
    }

    @Test func aPlaceBeforeACommaTakesNoAppositiveThatNamesSomeoneElse() {
        let speakers = Self.speakers(["In Goma, UN envoy Ana Ruiz met aid workers. “We need trucks,” Ruiz said."])
        #expect(speakers.map(\.?.name) == ["Ana Ruiz"])
        #expect(speakers.first??.descriptors == ["UN envoy"])
    }
}
