import Testing
@testable import DossierCore

@Suite struct DateMentionExtractorTests {
    /// (article slug, source line, phrase, resolved date): read off the seeds by hand, all
    /// published on Monday 10 February 2014.
    static let seedGold: [(String, Int, String, String)] = [
        ("us-news", 10, "Monday morning", "Monday 10 February 2014"),
        ("us-news", 12, "last month", "January 2014"),
        ("us-news", 18, "over the weekend", "weekend of 8–9 February 2014"),
        ("us-news", 18, "Monday morning", "Monday 10 February 2014"),
        ("us-news", 23, "on Friday", "Friday 7 February 2014"),
        ("us-news", 23, "over the weekend", "weekend of 8–9 February 2014"),
        ("us-news", 27, "this week", "week of 10 February 2014"),
        ("us-news", 35, "this week", "week of 10 February 2014"),
        ("us-news", 37, "on Friday", "Friday 7 February 2014"),
        ("us-news", 39, "early 2011", "early 2011"),
        ("us-news", 41, "Monday afternoon", "Monday 10 February 2014"),
        ("al-arabiya", 7, "on Monday", "Monday 10 February 2014"),
        ("al-arabiya", 9, "Last month", "January 2014"),
        ("al-arabiya", 13, "on Monday", "Monday 10 February 2014"),
        ("al-arabiya", 17, "Feb 7", "Friday 7 February 2014"),
        ("al-arabiya", 17, "at the weekend", "weekend of 8–9 February 2014"),
        ("al-arabiya", 23, "a day after", "Sunday 9 February 2014"),
        ("al-arabiya", 25, "two weeks ago", "about 27 January 2014"),
        ("al-arabiya", 29, "2012", "2012"),
        ("the-week", 4, "Last month", "January 2014"),
        ("the-week", 4, "almost three years ago", "about 2011"),
        ("the-week", 12, "last week", "week of 3 February 2014"),
        ("the-week", 14, "since Friday", "Friday 7 February 2014"),
        ("the-week", 18, "2011", "2011"),
    ]

    @Test func seedDatesResolveAgainstThePublicationDay() throws {
        var found: [(String, Int, String, String)] = []
        for report in try Fixtures.seedReports() {
            for mention in DateMentionExtractor.extract(from: report) {
                let block = report.content.blocks[mention.block]
                let phrase = String(decoding: Array(block.text.utf8)[mention.phrase], as: UTF8.self)
                found.append((report.source.slug, block.line, phrase, mention.date.description))
            }
        }
        #expect(found.map { "\($0)" } == Self.seedGold.map { "\($0)" })
    }

    func dates(_ text: String, published: String = "2019-07-03") -> [String] {
        DateMentionExtractor.extract(from: text, block: 0, published: CivilDate(iso: published)).map {
            "\(String(decoding: Array(text.utf8)[$0.phrase], as: UTF8.self)) = \($0.date)"
        }
    }

    @Test func weekdaysLookBackUnlessTheSentenceLooksForward() {
        // 3 July 2019 was a Wednesday.
        #expect(dates("The minister resigned on Tuesday.") == ["on Tuesday = Tuesday 2 July 2019"])
        #expect(dates("The minister will resign on Tuesday.") == ["on Tuesday = Tuesday 9 July 2019"])
        #expect(dates("Voting ends next Friday.") == ["next Friday = Friday 5 July 2019"])
        #expect(dates("Voting ended last Wednesday.") == ["last Wednesday = Wednesday 26 June 2019"])
        #expect(dates("Talks opened Wednesday evening.") == ["Wednesday evening = Wednesday 3 July 2019"])
    }

    @Test func monthNamesCountOnlyNextToADayOrYear() {
        #expect(dates("Crowds may march on the capital in May.").isEmpty)
        #expect(dates("The vote of March 3, 2018 was annulled.") == ["March 3, 2018 = Saturday 3 March 2018"])
        #expect(dates("It was signed on 14 June and ratified in August 2019.") == ["14 June = Friday 14 June 2019", "August 2019 = August 2019"])
        // A day and month well after publication belongs to the previous year.
        #expect(dates("The fire began on Dec 30.", published: "2020-01-04") == ["Dec 30 = Monday 30 December 2019"])
    }

    @Test func relativePeriodsAndCountsBack() {
        #expect(dates("Prices rose last year and again this month.") == ["last year = 2018", "this month = July 2019"])
        #expect(dates("The ship sank three days ago.") == ["three days ago = Sunday 30 June 2019"])
        #expect(dates("The war began nearly five years ago.") == ["nearly five years ago = about 2014"])
        #expect(dates("Aid arrived a day after the quake struck.") == ["a day after = Tuesday 2 July 2019"])
        #expect(dates("Shops reopened yesterday.") == ["yesterday = Tuesday 2 July 2019"])
    }

    @Test func eventRelativeAndUnknownDatesAreLeftOut() {
        #expect(dates("A deal was struck a week later.").isEmpty)
        #expect(dates("A three-day truce held for 18 months.").isEmpty)
        #expect(dates("About 2000 people marched; 1999 protesters were counted.").isEmpty)
        #expect(dates("The uprising of 2011 was crushed.") == ["2011 = 2011"])
        #expect(DateMentionExtractor.extract(from: "It happened on Friday, in 2011.", block: 0, published: nil).map(\.date.description) == ["2011"])
    }

    @Test func hostileTextNeverCrashesAndStaysInsideTheText() {
        var generator = SplitMix64(seed: 42)
        let pieces = ["on", "Friday", "Feb", "31", "2014", "ago", "two", "weeks", "a", "day", "after", "the", "weekend", "last", "“", ".", ",", "9999", "0", "—", "é"]
        for _ in 0..<500 {
            let text = (0..<Int(generator.next() % 12)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: " ")
            for mention in DateMentionExtractor.extract(from: text, block: 0, published: CivilDate(iso: "2014-02-10")) {
                #expect(mention.phrase.upperBound <= text.utf8.count && mention.sentence.upperBound <= text.utf8.count)
                #expect(mention.sentence.contains(mention.phrase.lowerBound))
            }
        }
    }

    /// The first-byte number test answers as the first Character does, and the opener initials
    /// hold the first byte of every opener.
    @Test func theWordGatesAgreeWithTheLexicon() {
        for text in ["", "1", "10th", "1\u{301}", "a", "٣", "½", "February", "x2", "’90s", "\u{301}1"] {
            #expect(DateMentionExtractor.Scanner.startsWithNumber(text) == (text.first?.fastIsNumber == true), "\(text.debugDescription)")
        }
        for opener in DateMentionExtractor.Scanner.openers {
            #expect(DateMentionExtractor.Scanner.openerGate.mayContain(opener))
        }
        for start in NumberParser.wordStarts {
            #expect(NumberParser.wordStartGate.mayContain(start))
        }
    }
}
