/// Finds date phrases in a report and resolves each against the report's publication date:
/// "on Friday" in a report of Monday 10 February 2014 is Friday 7 February. Phrases that
/// depend on another event ("a week later") or on an unknown publication date are left out
/// rather than guessed.
public enum DateMentionExtractor {
    public static func extract(from report: Report) -> [DateMention] {
        extract(from: TokenizedReport(report))
    }

    static func extract(from tokenized: TokenizedReport) -> [DateMention] {
        var mentions: [DateMention] = []
        for (index, block) in tokenized.blocks.enumerated() {
            mentions += extract(from: block.text, block: index, published: tokenized.report.source.published,
                                tokens: tokenized.tokens[index], sentences: tokenized.sentences[index])
        }
        return mentions
    }

    /// The mentions in one block of text, in reading order.
    public static func extract(from text: String, block: Int, published: CivilDate?) -> [DateMention] {
        extract(from: text, block: block, published: published, tokens: WordTokenizer.tokens(text), sentences: SentenceSplitter.split(text))
    }

    /// `tokens` and `sentences`: the text's, from `WordTokenizer` and `SentenceSplitter`.
    static func extract(from text: String, block: Int, published: CivilDate?, tokens: [TextToken], sentences: [Range<Int>]) -> [DateMention] {
        let words = tokens.filter { $0.kind != .mark && $0.kind != .hyphen }
        guard !words.isEmpty else { return [] }
        let scanner = Scanner(words: words, published: published)
        var cursor = SentenceCursor(sentences: sentences, words: words)
        var mentions: [DateMention] = []
        var index = 0
        while index < words.count {
            if let found = scanner.match(at: index, sentenceWords: cursor.wordsBefore(index)) {
                let phrase = words[found.first].range.lowerBound..<words[found.last].range.upperBound
                mentions.append(DateMention(block: block, phrase: phrase, sentence: cursor.sentence(containing: phrase.lowerBound) ?? 0..<text.utf8.count,
                                            date: found.date, rule: found.rule))
                index = found.last + 1
            } else {
                index += 1
            }
        }
        return mentions
    }

    /// The sentence around each word: the sentences and the words are both in text order, so
    /// a sentence is found by binary search and the first word of the sentence by a cursor that
    /// moves forward with the scan, however long the paragraph.
    struct SentenceCursor {
        let sentences: [Range<Int>]
        let words: [TextToken]
        /// The first word at or after the start of the sentence last asked about.
        private var firstWord = 0

        init(sentences: [Range<Int>], words: [TextToken]) {
            self.sentences = sentences
            self.words = words
        }

        /// The sentence holding the UTF-8 offset `offset`, if any.
        func sentence(containing offset: Int) -> Range<Int>? {
            let index = sentences.partitionPoint { $0.upperBound > offset }
            return index < sentences.count && sentences[index].contains(offset) ? sentences[index] : nil
        }

        /// The words of the sentence up to (not including) word `index`, for tense clues
        /// (all the words before it when no sentence holds it).
        mutating func wordsBefore(_ index: Int) -> ArraySlice<TextToken> {
            guard let start = sentence(containing: words[index].range.lowerBound)?.lowerBound else { return words[0..<index] }
            firstWord = min(firstWord, index)
            while firstWord > 0, words[firstWord - 1].range.lowerBound >= start { firstWord -= 1 }
            while firstWord < index, words[firstWord].range.lowerBound < start { firstWord += 1 }
            return words[firstWord..<index]
        }
    }

    struct Match {
        var first: Int
        var last: Int
        var date: DateSpan
        var rule: DateMention.Rule
    }

    /// The phrase rules, tried in order at each word.
    struct Scanner {
        let words: [TextToken]
        let published: CivilDate?

        func word(_ index: Int) -> String? { index >= 0 && index < words.count ? words[index].key : nil }

        /// The words a phrase rule can start at, other than numbers: one look-up per word
        /// rules out every rule at most words.
        static let openers: Set<String> = Set(CalendarLexicon.months.keys).union(DateLexicon.weekdays.keys)
            .union(DateLexicon.relativeDays.keys).union(DateLexicon.counts.keys).union(DateLexicon.periodLeads.keys)

        static let openerGate = WordGate(openers)

        /// `text.first?.fastIsNumber`: a Character is a number by its first scalar, which an
        /// ASCII first byte is, so the first Character is found only after another byte.
        static func startsWithNumber(_ text: String) -> Bool {
            guard let first = text.utf8.first else { return false }
            return first < 0x80 ? Character.isASCIIDigit(first) : text.first?.fastIsNumber == true
        }

        func match(at i: Int, sentenceWords: ArraySlice<TextToken>) -> Match? {
            guard let text = word(i), Self.startsWithNumber(text) || (Self.openerGate.mayContain(text) && Self.openers.contains(text)) else { return nil }
            return calendarDate(at: i) ?? year(at: i) ?? weekday(at: i, before: sentenceWords) ?? relativeDay(at: i)
                ?? relativePeriod(at: i, before: sentenceWords) ?? countedBack(at: i) ?? dayAfter(at: i)
        }

        // "Feb. 10, 2014", "February 7", "7 February 2014", "February 2014". A month name counts
        // only next to a day or year: "may" and "march" are also verbs.
        func calendarDate(at i: Int) -> Match? {
            if let month = word(i).flatMap({ CalendarLexicon.months[$0] }) {
                if let day = dayNumber(i + 1) {
                    if let year = yearNumber(i + 2), let date = CivilDate(year: year, month: month, day: day) {
                        return Match(first: i, last: i + 2, date: .day(date), rule: .calendarDate)
                    }
                    if let date = inferredYear(month: month, day: day) {
                        return Match(first: i, last: i + 1, date: .day(date), rule: .monthDay)
                    }
                }
                if let year = yearNumber(i + 1), let first = CivilDate(year: year, month: month, day: 1) {
                    let last = CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))!
                    return Match(first: i, last: i + 1, date: DateSpan(start: first, end: last, precision: .month), rule: .calendarDate)
                }
            }
            if let day = dayNumber(i), let month = word(i + 1).flatMap({ CalendarLexicon.months[$0] }) {
                if let year = yearNumber(i + 2), let date = CivilDate(year: year, month: month, day: day) {
                    return Match(first: i, last: i + 2, date: .day(date), rule: .calendarDate)
                }
                if let date = inferredYear(month: month, day: day) {
                    return Match(first: i, last: i + 1, date: .day(date), rule: .monthDay)
                }
            }
            return nil
        }

        /// A month and day without a year: the publication year, unless that puts it well
        /// after publication (a report of 3 January mentioning "Dec 30" means last year).
        func inferredYear(month: Int, day: Int) -> CivilDate? {
            guard let published, let date = CivilDate(year: published.year, month: month, day: day) else { return nil }
            if date.daysSinceEpoch - published.daysSinceEpoch > 60 {
                return CivilDate(year: published.year - 1, month: month, day: day)
            }
            return date
        }

        // "in 2011", "early 2011", "the 2012 communique"; not "2000 people".
        func year(at i: Int) -> Match? {
            guard let year = yearNumber(i) else { return nil }
            if let next = word(i + 1), isCountNoun(next, at: i + 1) { return nil }
            if let previous = word(i - 1), DateLexicon.approximations.contains(previous) { return nil }
            let start = CivilDate(year: year, month: 1, day: 1)!
            let end = CivilDate(year: year, month: 12, day: 31)!
            if let previous = word(i - 1), let part = DateLexicon.yearParts[previous] {
                return Match(first: i - 1, last: i, date: DateSpan(start: start, end: end, precision: .year, part: part), rule: .year)
            }
            return Match(first: i, last: i, date: DateSpan(start: start, end: end, precision: .year), rule: .year)
        }

        /// A word that makes the number before it a count ("2000 people", "1999 protesters"):
        /// an irregular plural, or a lower-case word ending in "s" that is not a verb or
        /// function word ("2011 was", "in 2011 as").
        func isCountNoun(_ word: String, at index: Int) -> Bool {
            if DateLexicon.irregularPlurals.contains(word) { return true }
            guard word.hasSuffix("s"), !DateLexicon.notPlurals.contains(word) else { return false }
            return !words[index].isCapitalized && !word.containsASCII(".")
        }

        // "on Friday", "since Friday", "Monday morning", "last Friday", "next Thursday".
        func weekday(at i: Int, before: ArraySlice<TextToken>) -> Match? {
            guard let target = word(i).flatMap({ DateLexicon.weekdays[$0] }), let published else { return nil }
            var first = i
            var direction = 0 // -1 past, 1 future, 0 most recent on or before publication
            if let previous = word(i - 1) {
                switch previous {
                case "last": direction = -1; first = i - 1
                case "next": direction = 1; first = i - 1
                case "on", "since", "until", "by", "this", "from": first = i - 1
                default: break
                }
            }
            if direction == 0, before.contains(where: { DateLexicon.futureMarkers.contains($0.key) }) { direction = 1 }
            var last = i
            if let next = word(i + 1), DateLexicon.dayParts.contains(next) { last = i + 1 }
            let difference = (target - published.weekday + 7) % 7 // days forward to the next such weekday (0 = same day)
            let date: CivilDate
            switch direction {
            // "next Friday" and "will meet Friday" both mean the coming Friday here; a
            // reader who meant the week after would write the date.
            case 1: date = published.adding(days: difference == 0 ? 7 : difference)
            case -1: date = published.adding(days: difference == 0 ? -7 : difference - 7)
            default: date = published.adding(days: difference == 0 ? 0 : difference - 7)
            }
            return Match(first: first, last: last, date: .day(date), rule: .weekday)
        }

        func relativeDay(at i: Int) -> Match? {
            guard let shift = word(i).flatMap({ DateLexicon.relativeDays[$0] }), let published else { return nil }
            return Match(first: i, last: i, date: .day(published.adding(days: shift)), rule: .relativeDay)
        }

        // "last week", "this week", "next month", "last year", "over the weekend", "at the weekend".
        func relativePeriod(at i: Int, before: ArraySlice<TextToken>) -> Match? {
            guard let published, let lead = word(i), let unit = word(i + 1) else { return nil }
            guard let shift = DateLexicon.periodLeads[lead] else { return nil }
            switch unit {
            case "weekend":
                // The weekend just past (or this one, if published on it), unless the sentence is in the future.
                let future = shift == 1 || before.contains { DateLexicon.futureMarkers.contains($0.key) }
                let daysBackToSaturday = (published.weekday + 1) % 7 // Saturday = 6
                var saturday = published.adding(days: -daysBackToSaturday)
                if future && published.weekday != 6 && published.weekday != 0 { saturday = saturday.adding(days: 7) }
                if shift == -1 && (published.weekday == 6 || published.weekday == 0) { saturday = saturday.adding(days: -7) }
                var first = i
                if lead == "the", let previous = word(i - 1), ["over", "at", "during", "on"].contains(previous) { first = i - 1 }
                guard lead != "the" || first == i - 1 else { return nil }
                return Match(first: first, last: i + 1, date: DateSpan(start: saturday, end: saturday.adding(days: 1), precision: .weekend), rule: .relativePeriod)
            case "week":
                guard lead != "the" else { return nil }
                let monday = published.adding(days: -((published.weekday + 6) % 7) + 7 * shift)
                return Match(first: i, last: i + 1, date: DateSpan(start: monday, end: monday.adding(days: 6), precision: .week), rule: .relativePeriod)
            case "month":
                guard lead != "the" else { return nil }
                var month = published.month + shift, year = published.year
                if month < 1 { month += 12; year -= 1 }
                if month > 12 { month -= 12; year += 1 }
                let start = CivilDate(year: year, month: month, day: 1)!
                let end = CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))!
                return Match(first: i, last: i + 1, date: DateSpan(start: start, end: end, precision: .month), rule: .relativePeriod)
            case "year":
                guard lead != "the" else { return nil }
                let year = published.year + shift
                return Match(first: i, last: i + 1, date: DateSpan(start: CivilDate(year: year, month: 1, day: 1)!, end: CivilDate(year: year, month: 12, day: 31)!, precision: .year), rule: .relativePeriod)
            default:
                return nil
            }
        }

        // "two weeks ago", "almost three years ago", "a month ago".
        func countedBack(at i: Int) -> Match? {
            guard let published, let (count, countLast) = amount(at: i), let unitWord = word(countLast + 1),
                  let unit = DateLexicon.units[unitWord], word(countLast + 2) == "ago" else { return nil }
            var first = i
            var approximate = unit != .day
            if let previous = word(i - 1), DateLexicon.approximations.contains(previous) {
                first = i - 1
                approximate = true
            }
            let date: DateSpan
            switch unit {
            case .day: date = .day(published.adding(days: -count), approximate: approximate)
            case .week: date = .day(published.adding(days: -7 * count), approximate: true)
            case .month:
                var month = published.month - count, year = published.year
                while month < 1 { month += 12; year -= 1 }
                let start = CivilDate(year: year, month: month, day: 1)!
                date = DateSpan(start: start, end: CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))!, precision: .month, approximate: approximate)
            case .year:
                let year = published.year - count
                date = DateSpan(start: CivilDate(year: year, month: 1, day: 1)!, end: CivilDate(year: year, month: 12, day: 31)!, precision: .year, approximate: approximate)
            }
            return Match(first: first, last: countLast + 2, date: date, rule: .countedBack)
        }

        // "a day after", "two days after": the sentence's own event is taken to be on the
        // publication day (news ledes are written about "today"), so the event it refers to
        // happened that long before.
        func dayAfter(at i: Int) -> Match? {
            guard let published, let (count, countLast) = amount(at: i), let unitWord = word(countLast + 1),
                  let unit = DateLexicon.units[unitWord], unit == .day || unit == .week,
                  let relation = word(countLast + 2), relation == "after" || relation == "before",
                  countLast + 3 < words.count else { return nil }
            let days = count * (unit == .week ? 7 : 1) * (relation == "after" ? -1 : 1)
            return Match(first: i, last: countLast + 2, date: .day(published.adding(days: days), approximate: unit == .week), rule: .dayAfter)
        }

        /// A small count in digits or words starting at `i`, and the index of its last word.
        func amount(at i: Int) -> (Int, Int)? {
            guard let text = word(i) else { return nil }
            if text == "a", word(i + 1) == "few" { return (3, i + 1) }
            if let value = DateLexicon.counts[text] { return (value, i) }
            if text.allSatisfy(\.fastIsNumber), text.count <= 3, let value = Int(text), value > 0 { return (value, i) }
            return nil
        }

        func dayNumber(_ index: Int) -> Int? {
            guard let text = word(index) else { return nil }
            let digits = text.prefix { $0.fastIsNumber }
            let suffix = text.dropFirst(digits.count)
            guard !digits.isEmpty, digits.count <= 2, ["", "st", "nd", "rd", "th"].contains(suffix),
                  let value = Int(digits), (1...31).contains(value) else { return nil }
            return value
        }

        func yearNumber(_ index: Int) -> Int? {
            guard let text = word(index), text.count == 4, text.allSatisfy(\.fastIsNumber), let value = Int(text),
                  DateLexicon.plausibleYears.contains(value) else { return nil }
            return value
        }
    }
}
