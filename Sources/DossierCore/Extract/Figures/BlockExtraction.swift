/// The figures of one block: the rules of `FigureExtractor`, applied.
struct BlockExtraction {
    let block: TextBlock
    let index: Int
    let tokens: [TextToken]
    /// The block's sentences (UTF-8 ranges), for the clause rules.
    let sentences: [Range<Int>]
    let places: PlaceFinder
    let path: String
    let utf8: [UInt8]

    init(block: TextBlock, index: Int, tokens: [TextToken], sentences: [Range<Int>], places: PlaceFinder, path: String) {
        self.block = block
        self.index = index
        self.tokens = tokens
        self.sentences = sentences
        self.places = places
        self.path = path
        self.utf8 = Array(block.text.utf8)
    }

    /// A number with the words just before it.
    struct Candidate {
        var expression: NumberExpression
        var hedge: PhraseTable<Hedge.Relation>.Match?
        var increment: Range<Int>?
        /// First token of the figure: hedge, increment or number.
        var start: Int
    }

    /// What follows a number: its unit and where the counted noun or unit word ends.
    struct Unit {
        var unit: FigureUnit
        /// Token after the unit word or counted noun ("people", "months").
        var phraseEnd: Int
        /// Token after the figure's text: the unit word is part of the text for measures
        /// ("almost 18 months"), not for counted people ("As many as 600").
        var textEnd: Int
        var incrementAfter: Bool
    }

    func figures() -> [Figure] {
        let candidates = NumberParser.expressions(in: tokens).map(candidate)
        guard !candidates.isEmpty else { return [] }
        let clauses = ClauseSegmenter(tokens: tokens, sentences: sentences, protected: candidates.map { $0.start..<$0.expression.tokens.upperBound })
        let countCues = Self.matches(of: QuantityLexicon.countTable, in: tokens)
        let durationCues = Self.matches(of: QuantityLexicon.durationTable, in: tokens)
        // Clauses holding a count, so a cue in one is not lent to a number in another.
        var countClauses: [Int: Int] = [:]
        var units: [Unit] = []
        for candidate in candidates {
            let unit = unit(of: candidate.expression)
            units.append(unit)
            if candidate.expression.kind == .amount, unit.unit.dimension == .count {
                countClauses[clauses.clause[candidate.expression.numberTokens.lowerBound], default: 0] += 1
            }
        }

        var drafts: [Figure] = []
        for (candidate, unit) in zip(candidates, units) {
            let expression = candidate.expression
            let numberIndex = expression.numberTokens.lowerBound
            var quantity = Quantity.unclassified
            var cue: Range<Int>?
            switch (expression.kind, unit.unit.dimension) {
            case (.year, _):
                guard startsConflict(expression) else { continue }
                quantity = .conflictStart
            case (.amount, .duration):
                if let found = durationQuantity(candidate, unit: unit, cues: durationCues, clauses: clauses) {
                    (quantity, cue) = (found.quantity, found.cue)
                }
            case (.amount, .count):
                if let found = countQuantity(at: numberIndex, cues: countCues, clauses: clauses, countClauses: countClauses) {
                    (quantity, cue) = (found.quantity, found.cue)
                }
            default:
                break
            }
            var figureUnit = unit.unit
            if quantity.dimension == .count, figureUnit == .unspecified { figureUnit = .people }
            let isIncrement = candidate.increment != nil || unit.incrementAfter
                || (expression.kind == .amount && unit.unit.dimension == .duration && hasExtensionVerb(before: candidate.start, clauses: clauses))
            let context = PlaceFinder.Context(block: index, start: candidate.start, numberEnd: expression.tokens.upperBound,
                                              phraseEnd: unit.phraseEnd, cue: cue,
                                              clauseStart: clauseStart(of: numberIndex, clauses: clauses), quantity: quantity)
            let place = quantity == .unclassified ? nil : places.place(for: context, in: tokens)
            drafts.append(figure(candidate, unit: unit, figureUnit: figureUnit, quantity: quantity, place: place, isIncrement: isIncrement))
        }
        // Source positions in one pass: figures are in text order.
        let positions = block.positions(ofSortedUTF8Offsets: drafts.map(\.range.lowerBound))
        for (index, position) in positions.enumerated() {
            drafts[index].location = SourceLocation(file: path, line: position.line, column: position.column)
        }
        return drafts
    }

    // MARK: Hedges, increments, units

    func candidate(_ expression: NumberExpression) -> Candidate {
        var start = expression.tokens.lowerBound
        var increment: Range<Int>?
        if expression.kind == .amount, let match = QuantityLexicon.incrementTable.match(in: tokens, endingBefore: start) {
            increment = match.tokens
            start = match.tokens.lowerBound
        }
        var hedge: PhraseTable<Hedge.Relation>.Match?
        if expression.kind == .amount, let match = HedgeLexicon.table.match(in: tokens, endingBefore: start) {
            hedge = match
            start = match.tokens.lowerBound
        }
        return Candidate(expression: expression, hedge: hedge, increment: increment, start: start)
    }

    func unit(of expression: NumberExpression) -> Unit {
        var end = expression.tokens.upperBound
        if expression.kind == .year {
            return Unit(unit: .calendarYear, phraseEnd: end, textEnd: end, incrementAfter: false)
        }
        if let unit = expression.compoundUnit {
            return Unit(unit: unit, phraseEnd: end, textEnd: end, incrementAfter: false)
        }
        let start = expression.tokens.lowerBound
        if start > 0, tokens[start - 1].kind == .mark, let unit = UnitLexicon.currencySigns[tokens[start - 1].text] {
            return Unit(unit: unit, phraseEnd: end, textEnd: end, incrementAfter: false)
        }
        if end < tokens.count, tokens[end].kind == .mark, !tokens[end].spaceBefore, UnitLexicon.percentSigns.contains(tokens[end].text) {
            return Unit(unit: .percent, phraseEnd: end + 1, textEnd: end + 1, incrementAfter: false)
        }
        var incrementAfter = false
        if word(at: end).map(QuantityLexicon.incrementAfter.contains) == true {
            incrementAfter = true
            end += 1
        }
        guard !expression.isCompound else {
            return Unit(unit: .unspecified, phraseEnd: end, textEnd: expression.tokens.upperBound, incrementAfter: incrementAfter)
        }
        if let key = word(at: end) {
            if let unit = UnitLexicon.measures[key] ?? UnitLexicon.measures[key + " " + (word(at: end + 1) ?? "")] {
                let unitEnd = UnitLexicon.measures[key] != nil ? end + 1 : end + 2
                return Unit(unit: unit, phraseEnd: unitEnd, textEnd: unitEnd, incrementAfter: incrementAfter)
            }
            if UnitLexicon.people.contains(key) {
                return Unit(unit: .people, phraseEnd: end + 1, textEnd: expression.tokens.upperBound, incrementAfter: incrementAfter)
            }
            // "hundreds of people", "600 Homs residents", "600,000 Syrian refugees"
            var cursor = end
            if key == "of" {
                cursor += 1
            } else {
                while cursor < tokens.count, cursor - end < 2, tokens[cursor].isCapitalized { cursor += 1 }
            }
            if cursor > end, let noun = word(at: cursor), UnitLexicon.people.contains(noun) {
                return Unit(unit: .people, phraseEnd: cursor + 1, textEnd: expression.tokens.upperBound, incrementAfter: incrementAfter)
            }
        }
        return Unit(unit: .unspecified, phraseEnd: end, textEnd: expression.tokens.upperBound, incrementAfter: incrementAfter)
    }

    // MARK: Quantities

    /// The nearest count cue in the number's clause, else the nearest in its sentence that
    /// is not in a clause holding another count. Cues are sorted by position, so a binary
    /// search finds the neighbours; at most a few on each side are looked at.
    func countQuantity(at number: Int, cues: [PhraseTable<Quantity>.Match], clauses: ClauseSegmenter,
                       countClauses: [Int: Int]) -> (quantity: Quantity, cue: Range<Int>)? {
        let clause = clauses.clause[number]
        let sentence = clauses.sentence[number]
        var low = 0, high = cues.count
        while low < high {
            let middle = (low + high) / 2
            if cues[middle].tokens.lowerBound < number { low = middle + 1 } else { high = middle }
        }
        func distance(_ match: PhraseTable<Quantity>.Match) -> Int {
            match.tokens.lowerBound >= number ? match.tokens.lowerBound - number : number - match.tokens.upperBound + 1
        }
        var best: (match: PhraseTable<Quantity>.Match, distance: Int, inClause: Bool)?
        let window = 8
        for offset in 0..<window {
            for candidateIndex in [low - 1 - offset, low + offset] where candidateIndex >= 0 && candidateIndex < cues.count {
                let match = cues[candidateIndex]
                let cueToken = match.tokens.lowerBound
                guard clauses.sentence[cueToken] == sentence else { continue }
                let cueClause = clauses.clause[cueToken]
                let inClause = cueClause == clause
                if !inClause, countClauses[cueClause, default: 0] > 0 { continue }
                let d = distance(match)
                if let current = best {
                    if current.inClause && !inClause { continue }
                    if current.inClause == inClause && current.distance <= d { continue }
                }
                best = (match, d, inClause)
            }
        }
        return best.map { ($0.match.value, $0.match.tokens) }
    }

    /// The truce, siege or conflict a duration measures, if a rule links them.
    func durationQuantity(_ candidate: Candidate, unit: Unit, cues: [PhraseTable<Quantity>.Match],
                          clauses: ClauseSegmenter) -> (quantity: Quantity, cue: Range<Int>)? {
        let expression = candidate.expression
        let end = unit.phraseEnd
        // "three-day truce", "nearly three-year-old civil war": the noun within two words.
        if expression.isCompound {
            for offset in 0..<3 {
                let position = end + offset
                guard position < tokens.count, tokens[position].isWord else { break }
                if let match = QuantityLexicon.durationTable.match(in: tokens, at: position) {
                    return (match.value, match.tokens)
                }
            }
        }
        // "18 months of siege", "three years of war"
        if word(at: end) == "of", let match = QuantityLexicon.durationTable.match(in: tokens, at: end + 1)
            ?? QuantityLexicon.durationTable.match(in: tokens, at: end + 2) {
            return (match.value, match.tokens)
        }
        // "the conflict began almost three years ago"
        if word(at: end) == QuantityLexicon.ago, let verb = QuantityLexicon.startTable.match(in: tokens, endingBefore: candidate.start) {
            var before = verb.tokens.lowerBound
            if let key = word(at: before - 1), ["that", "which", "has", "had"].contains(key) { before -= 1 }
            if before > 0, tokens[before - 1].text == "," { before -= 1 }
            if let noun = QuantityLexicon.conflictTable.match(in: tokens, endingBefore: before) {
                return (.conflictAge, noun.tokens)
            }
        }
        // "in the five weeks since the war began"
        if word(at: end) == QuantityLexicon.since {
            var cursor = end + 1
            if let key = word(at: cursor), QuantityLexicon.determiners.contains(key) { cursor += 1 }
            if let noun = QuantityLexicon.conflictTable.match(in: tokens, at: cursor),
               QuantityLexicon.startTable.match(in: tokens, at: noun.tokens.upperBound) != nil {
                return (.conflictAge, noun.tokens)
            }
        }
        // "under siege by government forces for almost 18 months", "a truce of three days":
        // the nearest truce, siege or conflict noun earlier in the clause, within 12 tokens.
        if let link = word(at: candidate.start - 1), QuantityLexicon.durationLinks.contains(link) {
            let clause = clauses.clause[expression.numberTokens.lowerBound]
            var low = 0, high = cues.count // the first cue ending after the link word
            while low < high {
                let middle = (low + high) / 2
                if cues[middle].tokens.upperBound <= candidate.start - 1 { low = middle + 1 } else { high = middle }
            }
            if low > 0, case let nearest = cues[low - 1], candidate.start - nearest.tokens.upperBound <= 12,
               clauses.clause[nearest.tokens.lowerBound] == clause {
                return (nearest.value, nearest.tokens)
            }
        }
        return nil
    }

    /// "the fighting that began in early 2011", "since the conflict began in 2011", "the 2011 uprising".
    func startsConflict(_ expression: NumberExpression) -> Bool {
        var before = expression.tokens.lowerBound
        if let key = word(at: before - 1), ["in", "during", "since"].contains(key) { before -= 1 }
        if let verb = QuantityLexicon.startTable.match(in: tokens, endingBefore: before) {
            var nounEnd = verb.tokens.lowerBound
            if let key = word(at: nounEnd - 1), ["that", "which", "has", "had"].contains(key) { nounEnd -= 1 }
            if nounEnd > 0, tokens[nounEnd - 1].text == "," { nounEnd -= 1 } // "the war, which began in 1992"
            if QuantityLexicon.conflictTable.match(in: tokens, endingBefore: nounEnd) != nil { return true }
        }
        return QuantityLexicon.conflictTable.match(in: tokens, at: expression.tokens.upperBound) != nil
    }

    /// "agreed to extend the truce for three days": an extension, not the truce's length.
    func hasExtensionVerb(before start: Int, clauses: ClauseSegmenter) -> Bool {
        guard start > 0 else { return false }
        let clause = clauses.clause[start]
        var index = start - 1
        while index >= 0, clauses.clause[index] == clause, start - index <= 12 {
            if tokens[index].isWord, QuantityLexicon.extensionVerbs.contains(tokens[index].key) { return true }
            index -= 1
        }
        return false
    }

    func clauseStart(of token: Int, clauses: ClauseSegmenter) -> Int {
        var start = token
        while start > 0, clauses.clause[start - 1] == clauses.clause[token] { start -= 1 }
        return start
    }

    // MARK: The figure

    func figure(_ candidate: Candidate, unit: Unit, figureUnit: FigureUnit, quantity: Quantity, place: String?, isIncrement: Bool) -> Figure {
        let expression = candidate.expression
        let relation = candidate.hedge?.value ?? .exact
        let hedge = candidate.hedge.map { Hedge(text: text(of: $0.tokens), relation: $0.value) }
        var value: ValueRange?
        var malformation: Malformation?
        if let problem = expression.problem {
            let obvious = problem.obviousValue.map { relation.range(around: $0, precision: problem.obviousPrecision ?? 1) }
            malformation = Malformation(reason: problem.reason, obviousReading: problem.obviousReading, obviousValue: obvious)
        } else if expression.kind == .year {
            value = expression.vague
        } else if let vague = expression.vague {
            value = relation.range(around: vague)
        } else if let nominal = expression.value {
            value = relation.range(around: nominal, precision: expression.precision)
        }
        let textRange = tokens[candidate.start].range.lowerBound..<tokens[max(candidate.start, unit.textEnd - 1)].range.upperBound
        return Figure(
            text: String(decoding: utf8[textRange], as: UTF8.self), number: text(of: expression.numberTokens),
            nominal: expression.problem == nil ? expression.value : nil, value: value,
            isVague: expression.vague != nil && expression.kind == .amount, hedge: hedge, isIncrement: isIncrement,
            unit: figureUnit, quantity: quantity, place: place, malformation: malformation, block: index, role: block.role,
            range: textRange, location: SourceLocation(file: path)) // line and column are set for the whole block at once
    }

    func text(of range: Range<Int>) -> String {
        String(decoding: utf8[tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound], as: UTF8.self)
    }

    func word(at position: Int) -> String? { NumberParser.word(at: position, in: tokens) }

    /// Every phrase of `table` in the tokens, in order, longest first where two start together.
    static func matches<Value>(of table: PhraseTable<Value>, in tokens: [TextToken]) -> [PhraseTable<Value>.Match] {
        var found: [PhraseTable<Value>.Match] = []
        var index = 0
        while index < tokens.count {
            if table.startsPhrase(tokens[index]), let match = table.match(in: tokens, at: index) {
                found.append(match)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }
}
