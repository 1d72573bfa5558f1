import Testing
@testable import DossierCore

/// The cleaning rules on furniture of outlets the seeds do not contain.
@Suite struct ReportCleanerRuleTests {
    func clean(_ text: String) throws -> CleanText {
        try ReportCleaner.clean(Fixtures.text(text))
    }

    /// ASCII text is trimmed on bytes; anything else character by character, alike.
    @Test func trimmingTakesTheMarksOffBothEndsOnly() {
        #expect("U.N.".trimmingCharacters(in: ".") == "U.N")
        #expect("...".trimmingCharacters(in: ".") == "")
        #expect("-a-b-".trimmingCharacters(in: "-.") == "a-b")
        #expect("Zo\u{00EB}.".trimmingCharacters(in: ".") == "Zo\u{00EB}")
        #expect(".e\u{0301}.".trimmingCharacters(in: ".") == "e\u{0301}")
        #expect("word".trimmingCharacters(in: "\u{2019}") == "word")
    }

    @Test func promptsFromOtherOutletsAreRemovedButLongParagraphsAboutNewslettersStay() throws {
        let clean = try clean("""
            Flood waters recede in Dhaka
            Residents return to damaged homes
            Get the Daily Brief delivered to your inbox every morning.
            Download our app for breaking news alerts
            Officials said the river fell by two metres overnight, and volunteers who had run a community newsletter during the monsoon said they would now use it to list which streets were safe, which clinics had reopened and where drinking water could be collected.
            Sign up to receive our weekly climate email
            """)
        #expect(clean.headline.text == "Flood waters recede in Dhaka")
        #expect(clean.dek?.text == "Residents return to damaged homes")
        #expect(clean.body.count == 1)
        #expect(clean.body.first?.text.hasPrefix("Officials said") == true)
        #expect(clean.removed.map(\.reason) == [.prompt, .prompt, .prompt])
    }

    @Test func bracketedPromosAreRemovedInlineAndWhole() throws {
        let clean = try clean("""
            Election count continues

            [READ MORE: Five things to watch on polling day]

            Counting resumed on Tuesday [PHOTOS: Queues at dawn] in the capital.

            A citation [1] and a bracket [sic] stay.
            """)
        #expect(clean.body.map(\.text) == ["Counting resumed on Tuesday in the capital.", "A citation [1] and a bracket [sic] stay."])
        #expect(clean.removed.filter { $0.reason == .promo }.map(\.text) == ["[READ MORE: Five things to watch on polling day]", "[PHOTOS: Queues at dawn]"])
    }

    @Test func bylinesAreDebrisButSentencesStartingWithByAreNot() throws {
        let clean = try clean("""
            Ceasefire holds in the north
            By Maria Souza and Tom Reyes, Reuters
            By Monday, both armies had pulled back from the river.
            By then the convoys had left.
            """)
        #expect(clean.authors == ["Maria Souza", "Tom Reyes", "Reuters"])
        #expect(clean.body.map(\.text) == ["By Monday, both armies had pulled back from the river.", "By then the convoys had left."])
    }

    @Test func dateStampsAreDebris() throws {
        let clean = try clean("""
            Talks adjourn
            Published 10 Feb 2014 09:12 GMT | Updated 11:40 GMT
            Last updated: Monday
            Delegates left the hall without a statement on the last day of the week.
            """)
        #expect(clean.removed.map(\.reason) == [.dateline, .dateline])
        #expect(clean.body.count == 1)
    }

    @Test func teaserListWithSeparatorsAfterTheArticleIsRemoved() throws {
        let clean = try clean("""
            Port reopens after strike
            Dockworkers returned on Thursday after a nine-day walkout that had stranded dozens of ships.
            "We got most of what we asked for," a union steward said.
            More from the desk
            -
            Why freight rates keep rising
            The Explainer What shipping costs mean for your shopping
            By Ana Lima Published
            -
            Five ports to watch
            Analysis A new map of global trade
            By Staff Writer Published
            """)
        #expect(clean.body.map(\.line) == [2, 3, 4])
        #expect(clean.removed.filter { $0.reason == .teaser }.count == 8)
    }

    @Test func teaserListWithoutSeparatorsIsFoundByItsBylineStamps() throws {
        let clean = try clean("""
            Port reopens after strike
            Dockworkers returned on Thursday after a nine-day walkout that had stranded dozens of ships across the bay and left perishable cargo rotting on the quays.
            Why freight rates keep rising
            What shipping costs mean for your shopping
            By Ana Lima Published
            Five ports to watch
            A new map of global trade
            By Staff Writer Published
            """)
        #expect(clean.body.map(\.line) == [2])
        #expect(clean.removed.allSatisfy { $0.reason == .teaser })
    }

    @Test func sectionBreaksInsideAnArticleAreNotATeaserList() throws {
        let clean = try clean("""
            Inside the negotiations
            The first session opened late, after a dispute over seating that lasted most of the morning and delayed the statements.
            * * *
            By the afternoon the mood had changed, delegates said, and the chairs were finally arranged in a circle.
            Each side then spoke for exactly twenty minutes, without interruption, as the mediators had insisted for weeks.
            * * *
            The second session was shorter, and ended with an agreement to meet again.
            """)
        #expect(clean.body.map(\.line) == [2, 4, 5, 7])
        #expect(clean.removed.map(\.reason) == [.separator, .separator])
    }

    @Test func aCaptionCopiedTwiceIsKeptOnceOutsideTheBody() throws {
        let clean = try clean("""
            Storm hits coast
            Rescue workers carry a child through flooded streets in the port city of Chittagong on Sunday.
            Rescue workers carry a child through flooded streets in the port city. More rain is forecast for Monday.
            The storm made landfall before dawn and weakened quickly as it moved inland across the delta.
            """)
        #expect(clean.caption?.line == 3)
        #expect(clean.body.map(\.line) == [4])
        #expect(clean.removed.map(\.reason) == [.caption])
    }

    @Test func repeatedLinesAreKeptOnce() throws {
        let clean = try clean("Title\nThe first paragraph of the story is here and says a good deal.\nThe first paragraph of the story is here and says a good deal.\nAnother paragraph.")
        #expect(clean.body.map(\.line) == [2, 4])
        #expect(clean.removed.map(\.reason) == [.duplicate])
    }

    @Test func hardWrappedTextIsRejoinedIntoParagraphsWithTheirLines() throws {
        let clean = try clean("""
            A headline

            Negotiators from both delegations met on Monday in a small room
            off the main hall, according to two people who were present at
            the meeting and spoke on condition of anonymity.

            The talks are expected to continue for at least a week, with the
            next session planned for Wednesday morning if the schedule holds.
            """)
        #expect(clean.body.count == 2)
        let first = clean.body.first!
        #expect(first.text.hasSuffix("present at the meeting and spoke on condition of anonymity."))
        #expect(first.lineStarts.map(\.line) == [3, 4, 5])
        let offset = first.text.utf8.count - "anonymity.".utf8.count
        #expect(first.position(ofUTF8Offset: offset).line == 5)
    }

    @Test func aLongFirstParagraphIsTheLedeNotADek() throws {
        let clean = try clean("""
            Talks resume
            Negotiators resumed talks on Monday in Geneva, with both delegations saying they expected little progress before the weekend.
            A second paragraph follows here.
            """)
        #expect(clean.dek == nil)
        #expect(clean.body.count == 2)
    }

    @Test func emptyAndAllBoilerplateFilesAreErrorsNamingTheFile() {
        #expect { try clean("  \n\n \n") } throws: { "\($0)".contains("test.txt: error: [clean] file is empty") }
        #expect { try clean("Subscribe to The Daily\nSign up for our newsletters\n-\n") } throws: {
            "\($0)".contains("test.txt: error: [clean] file holds only boilerplate")
        }
    }

    @Test func whitespaceAndInvisibleCharactersAreNormalised() throws {
        let clean = try clean("  Headline\u{00A0}with\u{200B} spaces  \nBody  text\u{2009}here.")
        #expect(clean.headline.text == "Headline with spaces")
        #expect(clean.headline.lineStarts[0].column == 3)
        #expect(clean.blocks.last?.text == "Body text here.")
    }

    /// The byte path for ASCII lines removes the same promos as the Character path.
    @Test func asciiLinesLoseTheSamePromosEitherWay() {
        let pieces = ["[", "]", "READ MORE:", "Watch:", "SEE ALSO: x", "text", " ", "AB:", ":", "[[", "a b", "RELATED: y ]"]
        var random = SeededGenerator(state: 9)
        var removing = 0
        for _ in 0..<3_000 {
            let line = (0..<random.next(8)).map { _ in pieces[random.next(pieces.count)] }.joined()
            let fast = ReportCleaner.removeInlinePromosASCII(line), slow = ReportCleaner.removeInlinePromosByCharacters(line)
            #expect(fast.0 == slow.0 && fast.1 == slow.1, "\(line.debugDescription)")
            if !slow.1.isEmpty { removing += 1 }
        }
        #expect(removing >= 100, "the random lines hold too few promos to compare: \(removing)")
    }

    /// The byte paths of `trimmingSpaces` trim what the Character path trims, on strings and on
    /// slices, including the Characters a byte rule could split: a space after a Prepend
    /// scalar, a space before a combining mark, "\r\n", and white space beyond ASCII.
    @Test func trimmingSpacesAgreesWithTheCharacterPath() {
        let pieces = [" ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{1C}", "a", "Zz", "é", "\u{301}", "\u{0600}", "\u{00A0}",
                      "\u{2009}", "👩‍👩‍👧", "|", "-"]
        var random = SeededGenerator(state: 31)
        var trimmed = 0
        for _ in 0..<5_000 {
            let text = (0..<random.next(7)).map { _ in pieces[random.next(pieces.count)] }.joined()
            #expect(text.trimmingSpaces == text.trimmingSpacesByCharacters, "\(text.debugDescription)")
            let slice = text.dropFirst(random.next(2)).dropLast(random.next(2))
            #expect(slice.trimmingSpaces == slice.trimmingSpacesByCharacters, "\(slice.debugDescription)")
            if text.trimmingSpaces.count != text.count { trimmed += 1 }
        }
        #expect(trimmed >= 1_000, "too few random strings had white space to trim: \(trimmed)")
        #expect(" \u{0600} x".trimmingSpaces == "\u{0600} x" && "x\u{0600} ".trimmingSpaces == "x\u{0600} ")
        #expect(" \u{301}x ".trimmingSpaces == "x")
    }

    /// `normalise` on bytes collapses, drops and counts columns as the scalar walk does.
    @Test func normalisingBytesAgreesWithScalars() {
        let pieces = [" ", "\t", "\u{00A0}", "\u{2009}", "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{00AD}", "\u{2060}", "\u{0085}", "a", "é",
                      "“", "👩‍👩‍👧", "中", "\u{301}", "x y", "\r"]
        var random = SeededGenerator(state: 12)
        for _ in 0..<5_000 {
            let line = (0..<random.next(9)).map { _ in pieces[random.next(pieces.count)] }.joined()
            let bytes = Array(line.utf8).withUnsafeBufferPointer(ReportCleaner.normaliseBytes)
            let scalars = ReportCleaner.normaliseScalars(Substring(line))
            #expect(bytes == scalars, "\(line.debugDescription)")
        }
        #expect(ReportCleaner.normalise("\u{200B} \u{00A0}Hello\u{2009} \u{FEFF}world ") == ("Hello world", 4))
    }
}
