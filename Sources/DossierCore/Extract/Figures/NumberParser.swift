/// Finds the numbers in a block's tokens: digits with their groups (`136,000`), digits with
/// a scale word (`10 million`), number words (`three`, `twenty-five`, `two hundred and five`),
/// fractions of a scale (`a quarter of a million`), vague amounts (`hundreds`,
/// `tens of thousands`, `several hundred`), compounds (`three-day`, `3-year-old`,
/// `eight-page`) and calendar years. Days of the month (`Feb 7`), clock times, labels
/// (`Resolution 2118`) and identifiers (`G-20`, `10e9999`) are left out.
///
/// One left-to-right pass; each token is consumed at most once and every lookahead is
/// bounded, so the cost is linear in the number of tokens.
enum NumberParser {
    static func expressions(in tokens: [TextToken]) -> [NumberExpression] {
        var found: [NumberExpression] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            var expression: NumberExpression?
            switch token.kind {
            case .number: expression = digits(at: index, in: tokens)
            case .word: expression = words(at: index, in: tokens)
            default: break
            }
            if let expression {
                found.append(expression)
                index = max(expression.tokens.upperBound, index + 1)
            } else {
                index += 1
            }
        }
        return found
    }

    // MARK: Digits

    static func digits(at index: Int, in tokens: [TextToken]) -> NumberExpression? {
        let token = tokens[index]
        if isIdentifierPart(at: index, in: tokens) || isLabelled(at: index, in: tokens) || isClockTime(at: index, in: tokens) {
            return nil
        }
        if let year = year(at: index, in: tokens) { return year }
        if isDayOfMonth(at: index, in: tokens) { return nil }

        let reading = DigitGroups.read(token.text)
        var value = reading.value
        var precision = reading.precision
        var problem = reading.problem
        var end = index + 1
        if let scale = word(at: end, in: tokens).flatMap({ NumberLexicon.scales[$0] }) {
            value = value.map { $0 * scale }
            precision *= scale
            if var repaired = problem, let obvious = repaired.obviousValue {
                repaired.obviousValue = obvious * scale
                repaired.obviousPrecision = (repaired.obviousPrecision ?? 1) * scale
                problem = repaired
            }
            end += 1
        }
        var expression = NumberExpression(kind: .amount, tokens: index..<end, numberTokens: index..<end, value: value, vague: nil,
                                          precision: precision, problem: problem, compoundUnit: nil, isCompound: false, isWords: false)
        compound(&expression, in: tokens)
        return expression
    }

    /// "G-20", "COVID-19", "Su-24": digits glued by a hyphen to a word name something.
    static func isIdentifierPart(at index: Int, in tokens: [TextToken]) -> Bool {
        guard index >= 2, tokens[index - 1].kind == .hyphen else { return false }
        return tokens[index - 2].kind == .word || tokens[index - 2].kind == .identifier
    }

    /// "Resolution 2118", "page 3", "No. 10".
    static func isLabelled(at index: Int, in tokens: [TextToken]) -> Bool {
        var previous = index - 1
        if previous >= 0, tokens[previous].text == "." { previous -= 1 }
        guard previous >= 0, tokens[previous].isWord else { return false }
        return NumberLexicon.labelWords.contains(tokens[previous].key)
    }

    /// "10:30", "10 a.m.", "0900 GMT".
    static func isClockTime(at index: Int, in tokens: [TextToken]) -> Bool {
        if index + 2 < tokens.count, tokens[index + 1].text == ":", !tokens[index + 1].spaceBefore, tokens[index + 2].kind == .number {
            return true
        }
        if index >= 2, tokens[index - 1].text == ":", !tokens[index].spaceBefore, tokens[index - 2].kind == .number { return true }
        guard let next = word(at: index + 1, in: tokens) else { return false }
        return CalendarLexicon.clockWords.contains(next)
    }

    /// "Feb 7", "Feb. 10", "7 February": a day of the month.
    static func isDayOfMonth(at index: Int, in tokens: [TextToken]) -> Bool {
        guard tokens[index].text.utf8.count <= 2 else { return false }
        return month(at: index + 1, in: tokens) != nil || month(endingBefore: index, in: tokens) != nil
    }

    /// A capitalized month name at `index`.
    static func month(at index: Int, in tokens: [TextToken]) -> Int? {
        guard index >= 0, index < tokens.count, tokens[index].isCapitalized else { return nil }
        return CalendarLexicon.months[tokens[index].key]
    }

    /// A month name just before `index`, allowing an abbreviation's stop ("Feb. 10").
    static func month(endingBefore index: Int, in tokens: [TextToken]) -> Int? {
        var previous = index - 1
        if previous >= 0, tokens[previous].text == "." { previous -= 1 }
        return month(at: previous, in: tokens)
    }

    /// Four bare digits in the range of plausible years, not followed by a noun that makes
    /// them a count ("2000 people"), with a year part or month before ("early 2011",
    /// "March 2011") taken in.
    static func year(at index: Int, in tokens: [TextToken]) -> NumberExpression? {
        let text = tokens[index].text
        guard text.utf8.count == 4, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let year = Int(text),
              CalendarLexicon.plausibleYears.contains(year) else { return nil }
        if let next = word(at: index + 1, in: tokens),
           UnitLexicon.people.contains(next) || NumberLexicon.scales[next] != nil || UnitLexicon.measures[next] != nil {
            return nil
        }
        if HedgeLexicon.table.match(in: tokens, endingBefore: index) != nil, month(endingBefore: index, in: tokens) == nil {
            return nil
        }
        var start = index
        var slice = (from: 0.0, to: 1.0)
        if let monthNumber = month(endingBefore: index, in: tokens) {
            start = tokens[index - 1].text == "." ? index - 2 : index - 1
            slice = (Double(monthNumber - 1) / 12, Double(monthNumber) / 12)
        } else if index >= 1, tokens[index - 1].isWord, let part = CalendarLexicon.yearParts[tokens[index - 1].key] {
            start = index - 1
            slice = part
        } else if index >= 2, tokens[index - 1].kind == .hyphen, tokens[index - 2].isWord,
                  let part = CalendarLexicon.yearParts[tokens[index - 2].key] {
            start = index - 2 // "mid-2011"
            slice = part
        }
        let base = Double(year)
        return NumberExpression(kind: .year, tokens: start..<(index + 1), numberTokens: index..<(index + 1), value: base,
                                vague: .halfOpen(base + slice.from, base + slice.to), precision: 1, problem: nil,
                                compoundUnit: .calendarYear, isCompound: false, isWords: false)
    }

    // MARK: Words

    /// The words a number in words can start with, in one set: asked of every word of a report.
    static let wordStarts: Set<String> = Set(NumberLexicon.ones.keys).union(NumberLexicon.tens.keys).union(NumberLexicon.articles)
        .union(NumberLexicon.fractions.keys).union(NumberLexicon.vagueAmounts.keys).union(NumberLexicon.vagueMultipliers.keys)

    static let wordStartGate = WordGate(wordStarts)

    static func words(at index: Int, in tokens: [TextToken]) -> NumberExpression? {
        let key = tokens[index].key
        guard wordStartGate.mayContain(key), wordStarts.contains(key) else { return nil }
        var expression = fraction(at: index, in: tokens) ?? vague(at: index, in: tokens) ?? cardinal(at: index, in: tokens)
            ?? singleDuration(at: index, in: tokens)
        guard expression != nil else { return nil }
        compound(&expression!, in: tokens)
        // "one" alone is a pronoun far more often than a count ("no one", "one of them"):
        // counted only with a unit after it ("one year", "one-day").
        if expression!.isWords, expression!.value == 1, expression!.numberTokens.count == 1,
           expression!.compoundUnit == nil, !expression!.isCompound {
            guard let next = word(at: expression!.tokens.upperBound, in: tokens),
                  UnitLexicon.measures[next] != nil || UnitLexicon.people.contains(next) else { return nil }
        }
        return expression
    }

    /// "a quarter of a million", "half a million", "three quarters of a billion", "half a dozen".
    static func fraction(at index: Int, in tokens: [TextToken]) -> NumberExpression? {
        var cursor = index
        var multiplier = 1.0
        if let key = word(at: cursor, in: tokens), NumberLexicon.articles.contains(key) {
            cursor += 1
        } else if let key = word(at: cursor, in: tokens), let count = NumberLexicon.ones[key], count > 1 {
            multiplier = Double(count)
            cursor += 1
        }
        guard let key = word(at: cursor, in: tokens), let part = NumberLexicon.fractions[key] else { return nil }
        cursor += 1
        if word(at: cursor, in: tokens) == "of" { cursor += 1 }
        if let key = word(at: cursor, in: tokens), NumberLexicon.articles.contains(key) { cursor += 1 }
        guard let scaleWord = word(at: cursor, in: tokens) else { return nil }
        let scale: Double
        if let value = NumberLexicon.scales[scaleWord] {
            scale = value
        } else if scaleWord == NumberLexicon.hundred {
            scale = 100
        } else if scaleWord == NumberLexicon.dozen {
            scale = 12
        } else {
            return nil // "a quarter of the population" is a share, not a number
        }
        let value = (multiplier * part * scale).rounded()
        return NumberExpression(kind: .amount, tokens: index..<(cursor + 1), numberTokens: index..<(cursor + 1), value: value,
                                vague: nil, precision: precision(of: value), problem: nil, compoundUnit: nil,
                                isCompound: false, isWords: true)
    }

    /// "hundreds", "millions", "tens of thousands", "hundreds of thousands", "several hundred", "a few thousand".
    static func vague(at index: Int, in tokens: [TextToken]) -> NumberExpression? {
        var cursor = index
        if word(at: cursor, in: tokens) == "a", word(at: cursor + 1, in: tokens) == "few" { cursor += 1 }
        guard let key = word(at: cursor, in: tokens) else { return nil }
        if let multiplier = NumberLexicon.vagueMultipliers[key] {
            // "tens of thousands", "hundreds of thousands"
            if word(at: cursor + 1, in: tokens) == "of", let plural = word(at: cursor + 2, in: tokens),
               let scale = NumberLexicon.pluralScales[plural] {
                return vagueExpression(index..<(cursor + 3), multiplier.scaled(by: scale))
            }
            // "several hundred", "a few thousand"
            if let singular = word(at: cursor + 1, in: tokens) {
                let scale = singular == NumberLexicon.hundred ? 100 : NumberLexicon.scales[singular]
                if let scale, NumberLexicon.vagueAmounts[key] == nil {
                    return vagueExpression(index..<(cursor + 2), multiplier.scaled(by: scale))
                }
            }
        }
        guard cursor == index, let amount = NumberLexicon.vagueAmounts[key] else { return nil }
        return vagueExpression(index..<(index + 1), amount)
    }

    static func vagueExpression(_ range: Range<Int>, _ vague: ValueRange) -> NumberExpression {
        NumberExpression(kind: .amount, tokens: range, numberTokens: range, value: nil, vague: vague, precision: 1,
                         problem: nil, compoundUnit: nil, isCompound: false, isWords: true)
    }

    /// Cardinals in words: "three", "twenty-five", "two hundred and five", "a hundred",
    /// "ten million", "one and a half million", "two dozen". Greedy, never backtracking
    /// more than the words it has just tried.
    static func cardinal(at index: Int, in tokens: [TextToken]) -> NumberExpression? {
        var total = 0.0
        var current = 0.0
        var cursor = index
        var end = index
        /// What the last word was, to accept only sequences that spell one number.
        enum Last { case none, article, one, ten, hundred, scale, and }
        var last = Last.none
        var lastScale = Double.infinity
        while cursor < tokens.count {
            var token = cursor
            if last == .ten, tokens[token].kind == .hyphen { token += 1 } // "twenty-five"
            guard let key = word(at: token, in: tokens) else { break }
            if let value = NumberLexicon.ones[key], last == .none || last == .ten || last == .hundred || last == .scale || last == .and {
                if last == .ten, value == 0 || value > 9 { break }
                if last != .none, value == 0 { break }
                current += Double(value)
                last = .one
            } else if let value = NumberLexicon.tens[key], last == .none || last == .hundred || last == .scale || last == .and {
                current += Double(value)
                last = .ten
            } else if key == "a" || key == "an", last == .none {
                guard let next = word(at: token + 1, in: tokens),
                      next == NumberLexicon.hundred || next == NumberLexicon.dozen || NumberLexicon.scales[next] != nil else { break }
                current = 1
                last = .article
            } else if key == NumberLexicon.hundred, last == .one || last == .article || last == .ten, current >= 1, current < 100 {
                current *= 100
                last = .hundred
            } else if key == NumberLexicon.dozen, last == .one || last == .article, current >= 1, current < 100 {
                current *= 12
                last = .scale
            } else if let scale = NumberLexicon.scales[key], scale < lastScale, last != .none, last != .and, current >= 1 {
                total += current * scale
                current = 0
                lastScale = scale
                last = .scale
            } else if key == "and", last == .hundred || last == .scale,
                      let next = word(at: token + 1, in: tokens), NumberLexicon.ones[next] != nil || NumberLexicon.tens[next] != nil {
                last = .and
            } else if key == "and", last == .one, word(at: token + 1, in: tokens) == "a", word(at: token + 2, in: tokens) == "half",
                      let scaleWord = word(at: token + 3, in: tokens), let scale = NumberLexicon.scales[scaleWord], scale < lastScale {
                total += (current + 0.5) * scale // "one and a half million"
                current = 0
                cursor = token + 4
                end = cursor
                last = .scale
                break
            } else {
                break
            }
            cursor = token + 1
            if last != .and && last != .article { end = cursor }
        }
        guard end > index else { return nil }
        let value = total + current
        return NumberExpression(kind: .amount, tokens: index..<end, numberTokens: index..<end, value: value, vague: nil,
                                precision: precision(of: value), problem: nil, compoundUnit: nil, isCompound: false, isWords: true)
    }

    /// "for almost a year", "lasting an hour": an article counts as one before a unit of time,
    /// but only after a hedge or a word that links a duration ("a week later" is not an amount).
    static func singleDuration(at index: Int, in tokens: [TextToken]) -> NumberExpression? {
        guard let key = word(at: index, in: tokens), key == "a" || key == "an",
              let unit = word(at: index + 1, in: tokens).flatMap({ UnitLexicon.measures[$0] }), unit.dimension == .duration,
              HedgeLexicon.table.match(in: tokens, endingBefore: index) != nil
                || word(at: index - 1, in: tokens).map(QuantityLexicon.durationLinks.contains) == true else { return nil }
        return NumberExpression(kind: .amount, tokens: index..<(index + 1), numberTokens: index..<(index + 1), value: 1, vague: nil,
                                precision: 1, problem: nil, compoundUnit: nil, isCompound: false, isWords: true)
    }

    // MARK: Compounds

    /// Extends a number over a hyphen compound: "three-day", "3-year-old", "18-month-long",
    /// "eight-page", "five-member" (a compound with a noun the lexicon does not know has no unit).
    static func compound(_ expression: inout NumberExpression, in tokens: [TextToken]) {
        let hyphen = expression.tokens.upperBound
        guard hyphen + 1 < tokens.count, tokens[hyphen].kind == .hyphen, tokens[hyphen + 1].isWord else { return }
        let key = tokens[hyphen + 1].key
        guard NumberLexicon.ones[key] == nil, NumberLexicon.tens[key] == nil else { return }
        var end = hyphen + 2
        expression.isCompound = true
        if let unit = UnitLexicon.measures[key] {
            expression.compoundUnit = unit
            if end + 1 < tokens.count, tokens[end].kind == .hyphen, tokens[end + 1].isWord,
               UnitLexicon.durationCompoundTails.contains(tokens[end + 1].key) {
                end += 2
            }
        }
        expression.tokens = expression.tokens.lowerBound..<end
    }

    // MARK: Helpers

    /// The lexicon key of the word token at `index`, or nil when it is not a word.
    static func word(at index: Int, in tokens: [TextToken]) -> String? {
        guard index >= 0, index < tokens.count, tokens[index].isWord else { return nil }
        return tokens[index].key
    }

    /// Place value of the last non-zero digit of a whole value (250,000 → 10,000).
    static func precision(of value: Double) -> Double {
        guard value >= 1, value < 1e15 else { return 1 }
        var place = 1.0
        var rest = value.rounded()
        while rest >= 10, rest.truncatingRemainder(dividingBy: 10) == 0 {
            rest /= 10
            place *= 10
        }
        return place
    }
}
