import Testing
@testable import DossierCore

/// Each speaker rule on texts written for the test: other people, other events, other verbs.
@Suite struct QuoteAttributorTests {
    static func quotes(_ paragraphs: [String], headline: String = "A report written for a test") -> [Quote] {
        QuoteExtractor.extract(from: Fixtures.report(paragraphs, headline: headline))
    }

    @Test func invertedVerbAfterTheQuoteWithAnAppositiveDescriptor() throws {
        let quotes = Self.quotes(["“The bridge will reopen in May,” said Maria Lopez, the city’s transport commissioner."])
        let quote = try #require(quotes.first)
        #expect(quotes.count == 1)
        #expect(quote.words == "The bridge will reopen in May")
        #expect(quote.kind == .full)
        #expect(quote.speaker?.name == "Maria Lopez")
        #expect(quote.speaker?.descriptors == ["city’s transport commissioner"])
        #expect(quote.verb == "said")
        #expect(quote.rule == .attributionAfter)
        #expect(quote.location == SourceLocation(file: "test.txt", line: 3, column: 1))
    }

    @Test func pronounAfterTheQuoteAndAContinuationInTheNextSentence() {
        let quotes = Self.quotes([
            "Fire chief Anna Berg toured the burned warehouse on Tuesday.",
            "“We lost two trucks,” she said. “Nobody was hurt, and that is what matters.”",
        ])
        #expect(quotes.map(\.speaker?.name) == ["Anna Berg", "Anna Berg"])
        #expect(quotes.map(\.rule) == [.attributionAfter, .continuation])
        #expect(quotes.first?.speaker?.writtenAs == "she")
        #expect(quotes.first?.speaker?.descriptors == ["Fire chief"])
    }

    @Test func aPronounSkipsAPersonOfTheOtherGender() {
        let quotes = Self.quotes([
            "Spokeswoman Lia Chen briefed reporters after Mr. Tom Reyes left the hall.",
            "“We are ready for the inspection,” she said.",
        ])
        #expect(quotes.map(\.speaker?.name) == ["Lia Chen"])
    }

    @Test func aPronounWithNoSpeakerBeforeItIsUnattributed() {
        let quotes = Self.quotes(["“We will rebuild every house in this valley,” he said."])
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == nil)
        #expect(quotes.first?.rule == nil)
    }

    @Test func aSurnameResolvesToTheFullNameMetEarlier() {
        let quotes = Self.quotes([
            "Health Minister Ravi Patel announced new rules for clinics.",
            "“Hospitals must report every case daily,” Patel said on Wednesday.",
            "“The figures will be public,” said the ministry’s Patel.",
        ])
        #expect(quotes.map(\.speaker?.name) == ["Ravi Patel", "Ravi Patel"])
        #expect(quotes.first?.speaker?.writtenAs == "Patel")
        #expect(quotes.first?.speaker?.descriptors == ["Health Minister", "the ministry’s"])
    }

    @Test func jointAuthorsWriteAsTheyWithTheirDocumentAsChannel() throws {
        let quotes = Self.quotes([
            "Senator Ana Ruiz wrote a joint letter with Governor Paul Kim on Monday.",
            "“The dam must be inspected before the rains,” they wrote.",
        ])
        let speaker = try #require(quotes.first?.speaker)
        #expect(speaker.name == "Ana Ruiz and Paul Kim")
        #expect(speaker.members == ["Ana Ruiz", "Paul Kim"])
        #expect(speaker.channel == "joint letter")
        #expect(quotes.first?.verb == "wrote")
    }

    @Test func aDocumentSpeaksForTheAuthorTheTextNames() throws {
        let quotes = Self.quotes([
            "The audit, written by inspector general Mark Olsen, was released on Friday.",
            "“Safety checks were skipped on three occasions,” the audit said.",
            "“Stocks of spare parts are low,” the memo said.",
        ])
        #expect(quotes.count == 2)
        let authored = try #require(quotes.first?.speaker)
        #expect(authored.name == "Mark Olsen")
        #expect(authored.descriptors == ["inspector general"])
        #expect(authored.channel == "audit")
        #expect(authored.writtenAs == "the audit")
        let anonymous = try #require(quotes.last?.speaker)
        #expect(anonymous.name == "the memo")
        #expect(anonymous.kind == .document)
    }

    @Test func theLetterAuthorIsFoundThroughAPossessive() {
        let quotes = Self.quotes([
            "Coach Dana Ellis sent the players a note after the defeat.",
            "Ellis’s letter was short. “Nobody leaves this club in January,” the letter said.",
        ])
        #expect(quotes.map(\.speaker?.name) == ["Dana Ellis"])
        #expect(quotes.first?.speaker?.channel == "letter")
    }

    @Test func accordingToNamesTheSourceWhereverItStands() {
        let quotes = Self.quotes([
            "According to Jon Amadi, a farm union leader, the harvest was “the worst in decades.”",
            "The dry spell caused “lasting damage to the soil,” according to the agronomist Eva Lind.",
        ])
        #expect(quotes.map(\.speaker?.name) == ["Jon Amadi", "Eva Lind"])
        #expect(quotes.map(\.rule) == [.accordingTo, .accordingTo])
        #expect(quotes.first?.speaker?.descriptors == ["farm union leader"])
        #expect(quotes.map(\.kind) == [.partial, .partial])
    }

    @Test func aVerbEarlierInTheSentenceFramesPartialQuotes() {
        let quotes = Self.quotes([
            "Opposition leader Petra Vogel on Sunday slammed the council’s “reckless gamble” with public money.",
            "The committee has described the plan as “deeply flawed” and “unfair to tenants”.",
        ])
        #expect(quotes.map(\.speaker?.name) == ["Petra Vogel", "the committee", "the committee"])
        #expect(quotes.map(\.verb) == ["slammed", "described", "described"])
        #expect(quotes.map(\.rule) == [.framedBefore, .framedBefore, .framedBefore])
        #expect(quotes.map(\.kind) == [.partial, .partial, .partial])
        #expect(quotes[1].speaker?.kind == .group)
    }

    @Test func aClosingClauseAfterACommaAttributes() {
        let quotes = Self.quotes(["Talks on “a lasting settlement” had begun, Ambassador Ines Duarte said."])
        #expect(quotes.map(\.speaker?.name) == ["Ines Duarte"])
        #expect(quotes.first?.rule == .closingClause)
        #expect(quotes.first?.speaker?.descriptors == ["Ambassador"])
    }

    @Test func aBareGroupNounTakesItsFullerEarlierMention() {
        let quotes = Self.quotes([
            "The Norwegian government reopened the fjord crossing on Monday.",
            "The government insists the tolls are “temporary,” but critics say they will stay.",
        ])
        #expect(quotes.map(\.speaker?.name) == ["the Norwegian government"])
        #expect(quotes.first?.speaker?.kind == .group)
        #expect(quotes.first?.speaker?.writtenAs == "The government")
        #expect(quotes.first?.verb == "insists")
    }

    @Test func theSpokesmanIsThePersonDescribedAsOne() {
        let quotes = Self.quotes([
            "Ministry spokesman Ali Karimi denied the reports.",
            "“There is no shortage of fuel anywhere,” the spokesman said.",
        ])
        #expect(quotes.map(\.speaker?.name) == ["Ali Karimi"])
    }

    @Test func anUnnamedOfficialSpeaksAsDescribed() {
        let quotes = Self.quotes(["“The border stays closed for now,” a senior customs official said."])
        #expect(quotes.first?.speaker?.name == "a senior customs official")
        #expect(quotes.first?.speaker?.kind == .person)
    }

    @Test func britishSingleQuotesWithASpeakerAreQuotations() {
        let quotes = Self.quotes(["‘We are not giving up,’ said Tom Hale, the club’s captain."])
        #expect(quotes.map(\.words) == ["We are not giving up"])
        #expect(quotes.first?.speaker?.name == "Tom Hale")
    }

    @Test func scareQuotesAndTermsWithoutSpeakerAreNotQuotations() {
        let quotes = Self.quotes([
            "The square has been called the ‘heart of the uprising’ for years.",
            "Officials opened a so-called “safe corridor” on Friday.",
            "The 'ceasefire' did not hold.",
        ], headline: "City braces for 'super storm' as the 'ceasefire' fails")
        #expect(quotes.isEmpty)
    }

    @Test func aRoleThenTheNameItDescribesBetweenCommasSpeaks() {
        let quotes = Self.quotes([
            "Health Minister Jane Achieng told reporters: “We have vaccines for every district.”",
            "“The outbreak is slowing,” a ministry spokesman, Tarik Jasarevic, said in a statement, “but it is not over.”",
        ])
        #expect(quotes.map(\.speaker?.name) == ["Jane Achieng", "Tarik Jasarevic", "Tarik Jasarevic"])
        #expect(quotes.map(\.rule) == [.framedBefore, .attributionAfter, .framedBefore])
        #expect(quotes[1].speaker?.descriptors == ["ministry spokesman"])
    }

    @Test func aSentenceWithASpeechVerbTheRulesCannotReadIsNotAContinuation() {
        // The second quotation's own speaker is "the crowd outside", which is no speaker
        // phrase: it must not be handed to Omar Haddad.
        let quotes = Self.quotes([
            "“The water is rising fast,” said Omar Haddad.",
            "“Let us through,” the crowd outside the barrier, furious and soaked, shouted.",
        ])
        #expect(quotes.map(\.speaker?.name) == ["Omar Haddad", nil])
    }

    @Test func aContinuationNeedsTheSameOrTheNextSentence() {
        let quotes = Self.quotes([
            "“The water is rising fast,” said Omar Haddad. The river rose all night. “Everyone on the lower streets must leave now.”",
        ])
        #expect(quotes.map(\.speaker?.name) == ["Omar Haddad", nil])
    }

    @Test func verbsAndNamesInsideQuotedWordsAreNeverUsed() {
        let quotes = Self.quotes([
            "Farmer Lucia Bern spoke first.",
            "“Minister Hugo Stahl said it would rain,” Bern said.",
        ])
        #expect(quotes.map(\.speaker?.name) == ["Lucia Bern"])
    }

    @Test func aQuotationOverSeveralParagraphsIsOneQuoteWithOneSpanEach() throws {
        let quotes = Self.quotes([
            "Chairwoman Rosa Ortiz read the statement on Thursday.",
            "“We have listened to every resident of the estate.",
            "“And we will not close the library,” she said.",
        ])
        let quote = try #require(quotes.first)
        #expect(quotes.count == 1)
        #expect(quote.spans.map(\.block) == [2, 3])
        #expect(quote.words == "We have listened to every resident of the estate.\nAnd we will not close the library")
        #expect(quote.speaker?.name == "Rosa Ortiz")
        #expect(quote.location.line == 5)
    }

    @Test func quotesAreNumberedInReadingOrderAndAnchoredPerParagraph() {
        let quotes = Self.quotes([
            "“First words here,” said Ida Moss. “Second words,” she added.",
            "“A long one that opens here,",
            "“and ends here,” said Ida Moss.",
        ])
        #expect(quotes.map(\.id) == ["q-1", "q-2", "q-3"])
        let anchors = Quote.anchors(for: quotes)
        #expect(anchors.map(\.id) == ["q-1", "q-2", "q-3", "q-3-2"])
        #expect(anchors.allSatisfy { $0.role == "quote" })
    }

    @Test func commonNewsShapesOfAttribution() {
        let cases: [(paragraph: String, speaker: String?, verb: String?)] = [
            ("Tom Reyes, 45, said “we are ready” on Monday.", "Tom Reyes", "said"),
            ("Tom Reyes was quoted as saying “we are ready” by local media.", "Tom Reyes", "quoted as saying"),
            ("“We are ready,” says the mayor, Tom Reyes.", "Tom Reyes", "says"),
            ("“Why now?” asked Tom Reyes.", "Tom Reyes", "asked"),
            ("In a statement, the ministry said: “Supplies are arriving.”", "the ministry", "said"),
            ("“It is over,” said Tom Reyes, who added: “The roads are open.”", "Tom Reyes", "said"),
            ("Witnesses said the army fired “without warning.”", "Witnesses", "said"),
        ]
        for (paragraph, speaker, verb) in cases {
            let quotes = Self.quotes([paragraph])
            #expect(quotes.last?.speaker?.name == speaker, "\(paragraph)")
            #expect(quotes.last?.verb == verb, "\(paragraph)")
        }
        #expect(Self.quotes(["“We are ready,” says the mayor, Tom Reyes."]).first?.speaker?.descriptors == ["mayor"])
        #expect(Self.quotes(["Witnesses said the army fired “without warning.”"]).first?.speaker?.kind == .group)
    }

    @Test func aTitleWithItsComplementIsARoleNotAName() {
        let quotes = Self.quotes([
            "“Taxes will not rise this year,” said the Minister of Finance.",
            "“Fuel is arriving at every depot,” a spokesman for the ministry said.",
        ])
        #expect(quotes.map(\.speaker?.name) == ["the Minister of Finance", "a spokesman for the ministry"])
        #expect(quotes.allSatisfy { $0.speaker?.kind == .person })
    }
}
