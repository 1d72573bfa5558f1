/// A noun phrase that can speak, read off the tokens around a speech verb or found in running
/// text: a pronoun, a name with its titles ("State Department spokeswoman Jen Psaki"), an
/// organisation ("the BBC"), a group ("the Syrian government"), a document ("the
/// eight-page document") or an unnamed role ("a senior U.S. official").
///
/// Phrases are parsed from their head (the last word) backwards, because English puts titles
/// and modifiers before the noun: the name is the run of capitalised name words ending at the
/// head, and what precedes it (titles, roles, initialisms, possessives) is the descriptor.
struct SpeakerPhrase: Equatable {
    enum Kind: Equatable {
        case pronoun
        /// A named person: `name` holds the name words only.
        case person
        /// A capitalised organisation name: "the State Department", "BBC".
        case organisation
        /// A common noun for a collective: "the government", "rebels", "U.S. officials".
        case group
        case document
        /// An unnamed person described by a role: "the spokesman", "a senior official".
        case role
    }

    var kind: Kind
    /// Every token of the phrase, descriptor and appositive included.
    var tokens: ClosedRange<Int>
    /// The last word of the name or the head noun.
    var head: Int
    /// Token range of the name (persons, organisations) or of the whole phrase.
    var name: ClosedRange<Int>
    /// Titles and roles before the name, as written.
    var descriptor: ClosedRange<Int>?
    /// "Valerie Amos, the U.N. undersecretary general for humanitarian affairs": the part after the comma.
    var appositive: ClosedRange<Int>?
    /// "King Abdullah II of Jordan": the territory after the name that completes a ruler's
    /// title ("of Jordan"), so the descriptor reads "King of Jordan".
    var complement: ClosedRange<Int>?

    var isPlural: Bool = false
}

extension SpeakerPhrase {
    typealias Token = AttributionText.Token

    // MARK: - Word classes

    static func isPronoun(_ token: Token) -> Bool {
        token.isWord && token.word.remembered(.pronoun) {
            let lower = token.lower
            return SpeakerLexicon.singularPronouns[lower] != nil || SpeakerLexicon.pluralPronouns.contains(lower)
                || SpeakerLexicon.neuterPronouns.contains(lower)
        }
    }

    /// A word that can be part of a person's name.
    static func isNameWord(_ token: Token) -> Bool { token.classes.isNameWord }

    /// `isNameWord`, worked out from the lexicons once per distinct word (`AttributionText.WordTable`).
    static func readsAsNameWord(_ token: Token) -> Bool {
        guard token.isWord, !token.isPossessive, !token.isInitialism, let first = token.text.first else { return false }
        let lower = token.lower
        if first.fastIsLowercase {
            // "al-Assad": a lower-case particle joined to a capitalised name.
            guard token.text.containsASCII("-"), let hyphen = token.text.firstIndex(of: "-"), SpeakerLexicon.nameParticles.contains(String(lower[..<hyphen])),
                  token.text[token.text.index(after: hyphen)...].first?.fastIsUppercase == true else { return false }
            return true
        }
        guard first.fastIsUppercase else { return false }
        let bare = lower.trimmingCharacters(in: ".")
        return !SpeakerLexicon.functionWords.contains(lower) && !SpeakerLexicon.neverNames.contains(lower)
            && !SpeakerLexicon.isRole(bare) && SpeakerLexicon.pluralRole(lower) == nil
            && !SpeakerLexicon.groupHeads.contains(lower) && !SpeakerLexicon.documentHeads.contains(lower)
            && !SpeakerLexicon.organisationWords.contains(lower) && !isNumeral(token.text)
    }

    /// A capitalised word that makes a name an organisation's: "BBC", "Department", "Nations".
    static func isOrganisationWord(_ token: Token) -> Bool { token.classes.isOrganisationWord }

    /// `isOrganisationWord`, worked out from the lexicons once per distinct word (`AttributionText.WordTable`).
    static func readsAsOrganisationWord(_ token: Token) -> Bool {
        guard token.isWord, !token.isPossessive, token.isCapitalised else { return false }
        let lower = token.lower
        return token.isInitialism || SpeakerLexicon.organisationWords.contains(lower)
            || (SpeakerLexicon.groupHeads.contains(lower) && !SpeakerLexicon.functionWords.contains(lower))
            || isNumeral(token.text)
    }

    /// Roman numerals ("Geneva II") belong to the name before them but never make a person.
    static func isNumeral(_ text: String) -> Bool {
        text.count <= 4 && text.allSatisfy { "IVX".contains($0) }
    }

    static func isParticle(_ token: Token) -> Bool {
        token.isWord && token.word.remembered(.particle) { SpeakerLexicon.nameParticles.contains(token.text) }
    }

    /// `SpeakerLexicon.functionWords` holds the word (lower-cased).
    static func isFunctionWord(_ token: Token) -> Bool {
        token.word.remembered(.functionWord) { SpeakerLexicon.functionWords.contains(token.lower) }
    }

    static func isDeterminer(_ token: Token) -> Bool {
        token.isWord && token.word.remembered(.determiner) { SpeakerLexicon.determiners.contains(token.lower) }
    }

    /// A lower-case or capitalised role word ("spokeswoman", "President"), possessive or not.
    static func isRoleWord(_ token: Token) -> Bool {
        token.isWord && token.word.remembered(.roleWord) { SpeakerLexicon.isRole(token.lowerBase.trimmingCharacters(in: ".")) }
    }

    /// A word that may stand in a descriptor before a name: titles, roles, capitalised words,
    /// initialisms, possessives, role modifiers.
    static func isDescriptorWord(_ token: Token) -> Bool {
        token.isWord && token.word.remembered(.descriptorWord) { readsAsDescriptorWord(token) }
    }

    private static func readsAsDescriptorWord(_ token: Token) -> Bool {
        let lower = token.lowerBase
        if token.isCapitalised { return !isFunctionWord(token) }
        return token.isPossessive && !SpeakerLexicon.functionWords.contains(lower)
            || SpeakerLexicon.isRole(lower) || SpeakerLexicon.modifiers.contains(lower) || SpeakerLexicon.groupHeads.contains(lower)
    }

    /// A lower-case word that is neither a function word nor a verb of speech or an auxiliary:
    /// a common noun or an adjective, as far as a lexicon can tell.
    static func isCommonWord(_ token: Token) -> Bool {
        token.isWord && token.word.remembered(.commonWord) { readsAsCommonWord(token) }
    }

    private static func readsAsCommonWord(_ token: Token) -> Bool {
        guard let first = token.text.first, first.fastIsLowercase else { return false }
        let lower = token.lower
        return !SpeakerLexicon.functionWords.contains(lower) && token.speechVerb == nil
            && !SpeechVerbLexicon.auxiliaries.contains(lower) && !SpeechVerbLexicon.passiveAuxiliaries.contains(lower)
    }

    /// A word that may modify a group, document or role noun: "Syrian", "eight-page", "senior".
    static func isModifierWord(_ token: Token) -> Bool {
        token.isWord && token.word.remembered(.modifierWord) { readsAsModifierWord(token) }
    }

    private static func readsAsModifierWord(_ token: Token) -> Bool {
        let lower = token.lowerBase
        if isFunctionWord(token) { return false }
        if token.isCapitalised || token.isPossessive { return true }
        return SpeakerLexicon.modifiers.contains(lower) || SpeakerLexicon.isRole(lower)
            || (lower.containsASCII("-") && lower.first?.fastIsLetter == true) || lower.first?.fastIsNumber == true
    }

    /// The noun class of a head word, if it is one.
    static func headKind(_ token: Token) -> (kind: Kind, plural: Bool)? { token.classes.headKind }

    /// `headKind`, worked out from the lexicons once per distinct word (`AttributionText.WordTable`).
    static func readsAsHead(_ token: Token) -> (kind: Kind, plural: Bool)? {
        guard token.isWord, !token.isPossessive else { return nil }
        let lower = token.lower
        if SpeakerLexicon.documentHeads.contains(lower) { return (.document, false) }
        if SpeakerLexicon.groupHeads.contains(lower) { return (.group, lower.hasSuffix("s")) }
        if SpeakerLexicon.pluralRole(lower) != nil { return (.group, true) }
        if SpeakerLexicon.isRole(lower.trimmingCharacters(in: ".")) { return (.role, false) }
        return nil
    }

    // MARK: - Parsing

    /// The phrase whose last word is `head`, reading no further back than `lowerBound` and
    /// never across a sentence boundary.
    /// `lenient`: any common noun or adjective between `lowerBound` and the name counts as
    /// descriptive ("said the agronomist Eva Lind", "a senior customs official"): used where
    /// the position alone says a noun phrase stands there (after "said", "according to").
    static func ending(at head: Int, in text: AttributionText, lowerBound: Int, lenient: Bool = false) -> SpeakerPhrase? {
        let tokens = text.tokens
        guard head >= lowerBound, head < tokens.count, tokens[head].isWord else { return nil }
        let floor = max(lowerBound, text.sentence(of: head).lowerBound)
        let token = tokens[head]

        if isPronoun(token) {
            return SpeakerPhrase(kind: .pronoun, tokens: head...head, head: head, name: head...head,
                                 isPlural: SpeakerLexicon.pluralPronouns.contains(token.lower))
        }
        if isNameWord(token) {
            var start = head
            while start - 1 >= floor, head - start < 4 {
                if isNameWord(tokens[start - 1]) {
                    start -= 1
                    continue
                }
                // Particles between name words: "Bashar al Assad", "Ursula von der Leyen".
                var particle = start - 1
                while particle - 1 >= floor, isParticle(tokens[particle]), isParticle(tokens[particle - 1]) { particle -= 1 }
                guard isParticle(tokens[particle]), particle - 1 >= floor, isNameWord(tokens[particle - 1]) else { break }
                start = particle
            }
            // A surname written with its particles: "von der Leyen said".
            while start - 1 >= floor, head - start < 4, isParticle(tokens[start - 1]) { start -= 1 }
            let descriptor = descriptorBefore(start, in: text, floor: floor, lenient: lenient)
            if let descriptor {
                let words = Array(tokens[descriptor])
                let bound = tokens[start - 1].isWord && SpeakerLexicon.titleBinders.contains(tokens[start - 1].lower)
                // "Officials of Bashar al-Assad": people who work for a person named after them.
                if bound, start - 2 >= floor, SpeakerLexicon.pluralRole(tokens[start - 2].lower) != nil {
                    return person(name: start...head, descriptor: nil, in: text)
                }
                // "King Abdullah II of Jordan", "UN envoy Ana Ruiz of Peru": the territory or
                // the country of a person named before it, not a name of its own.
                if bound, tokens[start - 1].lower == "of", start - 2 >= floor,
                   let owner = ending(at: start - 2, in: text, lowerBound: lowerBound, lenient: lenient), owner.kind == .person,
                   owner.descriptor != nil || tokens[owner.name].filter(isNameWord).count >= 2 {
                    return owner
                }
                // "Secretary of State John Kerry": a title's complement, then a name of two words.
                if bound, descriptor.contains(where: { isRoleWord(tokens[$0]) }), let split = nameAfterComplement(start...head, in: text) {
                    return person(name: split, descriptor: descriptor.lowerBound...(split.lowerBound - 1), in: text)
                }
                // "Minister of Finance" is a title, not a person called Finance; "Ministry of
                // Defence" and "the Hague" are the names of an organisation and a place.
                if bound, let role = descriptor.last(where: { isRoleWord(tokens[$0]) }) {
                    return SpeakerPhrase(kind: .role, tokens: descriptor.lowerBound...head, head: role, name: descriptor.lowerBound...head)
                }
                if bound || (words.count == 1 && words[0].lower == "the") {
                    return SpeakerPhrase(kind: .organisation, tokens: descriptor.lowerBound...head, head: head,
                                         name: descriptor.lowerBound...head)
                }
            }
            return person(name: start...head, descriptor: descriptor, in: text)
        }
        // "Abdullah II", "Pope Benedict XVI": a numbered name is a person's after a title.
        if isNumeral(token.text), head - 1 >= floor, isNameWord(tokens[head - 1]) {
            var start = head - 1
            while start - 1 >= floor, head - start < 4, isNameWord(tokens[start - 1]) { start -= 1 }
            if let descriptor = descriptorBefore(start, in: text, floor: floor, lenient: lenient),
               descriptor.contains(where: { isRoleWord(tokens[$0]) }),
               !(tokens[start - 1].isWord && SpeakerLexicon.titleBinders.contains(tokens[start - 1].lower)) {
                return person(name: start...head, descriptor: descriptor, in: text)
            }
        }
        if isOrganisationWord(token) {
            var start = head
            while start - 1 >= floor {
                let previous = tokens[start - 1]
                if (isNameWord(previous) || isOrganisationWord(previous)) && !previous.isPossessive {
                    start -= 1
                } else if previous.isWord, SpeakerLexicon.titleBinders.contains(previous.lower), start - 2 >= floor,
                          tokens[start - 2].isCapitalised, !tokens[start - 2].isPossessive,
                          !isFunctionWord(tokens[start - 2]) {
                    start -= 1
                } else {
                    break
                }
            }
            // "the State Department", not "spokeswoman … State Department" (that belongs to a name).
            let first = start - 1 >= floor && tokens[start - 1].isWord && tokens[start - 1].lower == "the" ? start - 1 : start
            return SpeakerPhrase(kind: .organisation, tokens: first...head, head: head, name: first...head)
        }
        if let (kind, plural) = headKind(token) {
            var start = head
            while start - 1 >= floor {
                let previous = tokens[start - 1]
                if isDeterminer(previous) { start -= 1; break }
                guard isModifierWord(previous) || (lenient && isCommonWord(previous)) else { break }
                start -= 1
            }
            // "a senior customs official": common words back to a close article belong to the phrase.
            if start - 1 >= floor, !isDeterminer(tokens[start - 1]) {
                var article = start - 1
                while article >= floor, start - article <= 3, isCommonWord(tokens[article]) { article -= 1 }
                if article >= floor, start - article <= 3, isDeterminer(tokens[article]) { start = article }
            }
            var phrase = SpeakerPhrase(kind: kind, tokens: start...head, head: head, name: start...head, isPlural: plural)
            // "a spokesman for the ministry", "the head of the agency": a role owns the group.
            if kind == .group, start - 2 >= floor, tokens[start - 1].isWord, SpeakerLexicon.titleBinders.contains(tokens[start - 1].lower),
               let role = ending(at: start - 2, in: text, lowerBound: floor), role.kind == .role {
                phrase = SpeakerPhrase(kind: .role, tokens: role.tokens.lowerBound...head, head: role.head,
                                       name: role.tokens.lowerBound...head)
            }
            return phrase
        }
        return nil
    }

    /// The phrase that starts at `start` (after "said" or "according to"): its right edge is
    /// the last word that can belong to a speaker phrase; it is then read backwards from there.
    static func starting(at start: Int, in text: AttributionText) -> SpeakerPhrase? {
        let tokens = text.tokens
        guard start < tokens.count, tokens[start].isWord else { return nil }
        if isPronoun(tokens[start]) { return ending(at: start, in: text, lowerBound: start) }
        let sentenceEnd = text.sentence(of: start).upperBound
        var end = start
        var index = start
        while index < sentenceEnd, index - start < 14 {
            let token = tokens[index]
            let isBinder = token.isWord && SpeakerLexicon.titleBinders.contains(token.lower) && index > start
                && index + 1 < sentenceEnd && tokens[index + 1].isCapitalised
            let fits = (index == start && isDeterminer(token)) || isNameWord(token) || isOrganisationWord(token)
                || isParticle(token) || isBinder || (token.isWord && (isModifierWord(token) || headKind(token) != nil)
                    && !SpeakerLexicon.neverNames.contains(token.lower))
                || (isDeterminer(tokens[start]) && index - start <= 3 && isCommonWord(token))
            guard fits, !SpeakerLexicon.neverNames.contains(token.lower) else { break }
            if !isDeterminer(token), !isBinder { end = index }
            index += 1
        }
        var head = end
        while head >= start {
            if let phrase = ending(at: head, in: text, lowerBound: start, lenient: true), phrase.tokens.lowerBound == start {
                return phrase.kind == .role ? (namedAfter(phrase, in: text) ?? phrase) : phrase
            }
            head -= 1
        }
        return nil
    }

    /// "the mayor, Tom Reyes": a role followed by the name it describes, up to the end of the
    /// clause. The role becomes the descriptor, with its complement: "The U.S. Ambassador to
    /// Syria, Robert Ford".
    static func namedAfter(_ role: SpeakerPhrase, in text: AttributionText) -> SpeakerPhrase? {
        let tokens = text.tokens
        let sentenceEnd = text.sentence(of: role.head).upperBound
        var roleEnd = role.tokens.upperBound
        if roleEnd + 2 < sentenceEnd, tokens[roleEnd + 1].isWord, SpeakerLexicon.titleBinders.contains(tokens[roleEnd + 1].lower),
           tokens[roleEnd + 2].isCapitalised {
            var end = roleEnd + 2
            while end + 1 < sentenceEnd, end - roleEnd < 5, isNameWord(tokens[end + 1]) || isOrganisationWord(tokens[end + 1]) { end += 1 }
            roleEnd = end
        }
        let first = roleEnd + 2
        guard first < sentenceEnd, tokens[first - 1].isPunctuation(","), isNameWord(tokens[first]) else { return nil }
        var last = first
        while last + 1 < sentenceEnd, last - first < 3, isNameWord(tokens[last + 1]) || isParticle(tokens[last + 1]) { last += 1 }
        guard last + 1 == sentenceEnd || tokens[last + 1].kind != .word else { return nil }
        return SpeakerPhrase(kind: .person, tokens: role.tokens.lowerBound...last, head: last, name: first...last,
                             descriptor: role.tokens.lowerBound...roleEnd)
    }

    /// A person phrase for a name and its descriptor, with what follows the name: an
    /// appositive (", the U.N. undersecretary general …") or a ruler's territory ("of Jordan").
    static func person(name: ClosedRange<Int>, descriptor: ClosedRange<Int>?, in text: AttributionText) -> SpeakerPhrase {
        var phrase = SpeakerPhrase(kind: .person, tokens: (descriptor?.lowerBound ?? name.lowerBound)...name.upperBound,
                                   head: name.upperBound, name: name, descriptor: descriptor)
        if let appositive = appositive(after: name.upperBound, in: text) {
            phrase.appositive = appositive
            phrase.tokens = phrase.tokens.lowerBound...appositive.upperBound
        } else if let descriptor, let complement = territory(after: name.upperBound, titledBy: descriptor, in: text) {
            phrase.complement = complement
            phrase.tokens = phrase.tokens.lowerBound...complement.upperBound
        }
        return phrase
    }

    /// "of Jordan" after "King Abdullah II": "of" and a capitalised name, when the title is a
    /// ruler's (`SpeakerLexicon.territorialTitles`). An envoy "of Algeria" is not Algeria's envoy.
    static func territory(after name: Int, titledBy descriptor: ClosedRange<Int>, in text: AttributionText) -> ClosedRange<Int>? {
        let tokens = text.tokens
        let sentenceEnd = text.sentence(of: name).upperBound
        guard let title = descriptor.last(where: { isRoleWord(tokens[$0]) }),
              SpeakerLexicon.territorialTitles.contains(tokens[title].lowerBase.trimmingCharacters(in: ".")),
              name + 2 < sentenceEnd, tokens[name + 1].isWord, tokens[name + 1].lower == "of", isNameWord(tokens[name + 2]) else { return nil }
        var end = name + 2
        while end + 1 < sentenceEnd, end - name < 4, isNameWord(tokens[end + 1]) { end += 1 }
        return (name + 1)...end
    }

    /// In "State John Kerry" after "Secretary of", the name: its last two name words (and the
    /// particles between them), when at least one word of complement is left before it. Nil
    /// for "Foreign Affairs" alone (a title with no name).
    static func nameAfterComplement(_ run: ClosedRange<Int>, in text: AttributionText) -> ClosedRange<Int>? {
        let tokens = text.tokens
        var start = run.upperBound
        var names = 1
        while start - 1 >= run.lowerBound, names < 2 {
            start -= 1
            if isNameWord(tokens[start]) { names += 1 }
        }
        guard names == 2, start > run.lowerBound else { return nil }
        return start...run.upperBound
    }

    /// Titles, roles and owners before a name: "U.N. envoy", "State Department spokeswoman",
    /// "the BBC’s", "Secretary of State". Nil when nothing descriptive precedes the name.
    static func descriptorBefore(_ nameStart: Int, in text: AttributionText, floor: Int, lenient: Bool = false) -> ClosedRange<Int>? {
        let tokens = text.tokens
        var index = nameStart - 1
        var start = nameStart
        while index >= floor {
            let token = tokens[index]
            if isDeterminer(token) {
                if start < nameStart { start = index }
                break
            }
            if isDescriptorWord(token) || (lenient && isCommonWord(token)) {
                start = index
            } else if token.isWord, SpeakerLexicon.titleBinders.contains(token.lower), index - 1 >= floor,
                      isRoleWord(tokens[index - 1]) || (tokens[index - 1].isCapitalised && !isFunctionWord(tokens[index - 1])) {
                start = index
            } else {
                break
            }
            index -= 1
        }
        guard start < nameStart else { return nil }
        // A descriptor names a role or an owner; a lone capitalised word before a name is
        // usually part of the clause ("In Geneva Brahimi …") and is not kept.
        let words = tokens[start..<nameStart]
        guard words.contains(where: { isRoleWord($0) || $0.isPossessive || $0.isInitialism || isOrganisationWord($0) })
            || (words.count == 1 && words.first!.lower == "the") || (lenient && isDeterminer(words.first!) && words.count > 1) else { return nil }
        return start...(nameStart - 1)
    }

    /// Punctuation that may end an appositive.
    static let appositiveStops: Set<String> = [",", ".", ";", ":", "\u{2014}", "\u{2013}", ")"]

    /// ", the U.N. undersecretary general for humanitarian affairs" after a name: up to the
    /// next comma or the end of the sentence, holding a role word.
    static func appositive(after head: Int, in text: AttributionText) -> ClosedRange<Int>? {
        let tokens = text.tokens
        let sentenceEnd = text.sentence(of: head).upperBound
        guard head + 2 < sentenceEnd, tokens[head + 1].isPunctuation(",") else { return nil }
        let first = head + 2
        guard isDeterminer(tokens[first]) || isRoleWord(tokens[first]) || isDescriptorWord(tokens[first]) else { return nil }
        var end = first
        while end + 1 < sentenceEnd, tokens[end + 1].isWord, end - first < 14 { end += 1 }
        let words = tokens[first...end]
        guard words.contains(where: isRoleWord), !words.contains(where: { $0.speechVerb != nil }) else { return nil }
        // A role describes; a full name after it starts a clause of its own ("In Goma, UN
        // envoy Ana Ruiz met …"), unless a binder makes it the role's complement ("mayor of New York").
        let namesSomeone = (first..<end).contains { index in
            isNameWord(tokens[index]) && isNameWord(tokens[index + 1])
                && !(index > first && tokens[index - 1].isWord && SpeakerLexicon.titleBinders.contains(tokens[index - 1].lower))
                && !(index > first && isNameWord(tokens[index - 1]))
        }
        guard !namesSomeone else { return nil }
        let stop = end + 1 < sentenceEnd ? tokens[end + 1] : nil
        guard stop == nil || stop!.isPunctuation(appositiveStops) || stop!.kind != .word else { return nil }
        return first...end
    }
}
