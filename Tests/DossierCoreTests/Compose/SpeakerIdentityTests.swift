import Testing
@testable import DossierCore

/// One identity per speaker or actor across outlets: particles, initialisms, regnal numbers.
@Suite struct SpeakerIdentityTests {
    static func keys(_ names: [(String, Speaker.Kind)]) -> [String] {
        SpeakerIdentity.keys(for: names.enumerated().map { ($0.offset, Speaker(name: $0.element.0, kind: $0.element.1)) })
    }

    /// ASCII words take a byte path; a curly apostrophe or a diacritic takes the general one.
    /// Both must fold a word the same way.
    @Test func asciiAndUnicodeWordsFoldAlike() {
        let pairs = [("Psaki's", "Psaki\u{2019}s"), ("U.N.", "U.N.\u{00A0}"), ("rebels'", "rebels\u{2019}"), ("Assad,", "Assad,\u{201D}"),
                     ("al-Assad", "al-Assad\u{2026}"), ("3rd", "3rd\u{2014}")]
        for (ascii, unicode) in pairs {
            #expect(SpeakerIdentity.fold(ascii) == SpeakerIdentity.fold(unicode), "\(ascii) / \(unicode)")
        }
        #expect(["Psaki's", "U.N.", "rebels'", "Assad,", "al-Assad", "--", "'s"].map { SpeakerIdentity.fold($0) }
                == ["psaki", "un", "rebels", "assad", "al-assad", nil, nil])
        #expect(SpeakerIdentity.fold("Jos\u{00E9}") == "jose")
    }

    @Test func particlesDoNotSplitAPerson() {
        let keys = Self.keys([("Bashar Assad", .person), ("Bashar al-Assad", .person), ("Assad", .person), ("al-Assad", .person),
                              ("Ursula von der Leyen", .person), ("von der Leyen", .person), ("Von der Leyen", .person)])
        #expect(Set(keys[0...3]) == ["person:bashar assad"])
        #expect(Set(keys[4...6]) == ["person:ursula leyen"])
    }

    @Test func aCapitalisedParticleBeforeANameIsAName() {
        let keys = Self.keys([("Ben Rhodes", .person), ("Al Gore", .person), ("Rhodes", .person)])
        #expect(keys == ["person:ben rhodes", "person:al gore", "person:ben rhodes"])
    }

    @Test func anInitialismIsTheOneExpansionWithItsInitials() {
        let keys = Self.keys([("UN", .group), ("U.N.", .group), ("the United Nations", .group), ("the U.N.’s", .group),
                              ("BBC", .group), ("Organization for Security and Co-operation in Europe", .group), ("OSCE", .group)])
        #expect(Set(keys[0...3]) == ["group:united nations"])
        #expect(keys[4] == "group:bbc")
        #expect(keys[5] == keys[6])
    }

    @Test func anInitialismWithTwoPossibleExpansionsStaysApart() {
        let keys = Self.keys([("UN", .group), ("United Nations", .group), ("Union Nationale", .group)])
        #expect(keys == ["group:un", "group:united nations", "group:union nationale"])
    }

    @Test func aRegnalNumberIsPartOfTheNameAndTheNameAloneResolves() {
        let keys = Self.keys([("Abdullah II", .person), ("Abdullah", .person)])
        #expect(keys == ["person:abdullah ii", "person:abdullah ii"])
    }

    @Test func peopleAndOrganisationsNeverMerge() {
        let keys = Self.keys([("Jordan", .person), ("Jordan", .group)])
        #expect(keys[0] != keys[1])
    }
}
