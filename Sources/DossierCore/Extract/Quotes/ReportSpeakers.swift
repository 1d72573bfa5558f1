/// The people, groups and documents one report mentions, every mention resolved to an entity
/// in reading order: a surname to the full name met earlier ("Psaki" → "Jen Psaki"), a bare
/// group noun to its fuller earlier mention ("the government" → "the Syrian government"), a
/// pronoun to the nearest fitting speaker before it, a document to the author the text names.
/// Titles and roles found at any mention are kept as the entity's descriptors.
struct ReportSpeakers {
    struct Entity: Equatable {
        enum Kind: Equatable {
            case person, joint, organisation, group, document
        }

        var kind: Kind
        /// As written at the fullest mention: "Jen Psaki", "the Syrian government".
        var name: String
        /// Folded words of a person's name, for matching ("lakhdar", "brahimi").
        var nameWords: [String] = []
        var descriptors: [String] = []
        /// Lower-cased role words of the descriptors, to resolve "the spokeswoman".
        var roles: Set<String> = []
        var gender: SpeakerLexicon.Gender?
        /// Head noun of a group or document ("government", "document").
        var head: String?
        var isPlural = false
        /// People of a joint entity.
        var members: [Int] = []
        /// A document as the report describes it, without article: "eight-page document".
        var channel: String?
        /// The entity a document is by, when the text names one.
        var author: Int?
    }

    struct Mention {
        var phrase: SpeakerPhrase
        var entity: Int?
        var isSubject: Bool
        /// For a pronoun: the token where the entity it stands for was mentioned.
        var antecedent: Int?
    }

    let text: AttributionText
    let clauses: [SpeechClause]
    private(set) var entities: [Entity] = []
    /// Mentions by head token.
    private(set) var mentions: [Int: Mention] = [:]

    private var byFullName: [String: Int] = [:]
    private var bySurname: [String: Int] = [:]
    private var bySingleName: [String: Int] = [:]
    private var byKey: [String: Int] = [:]
    private var namedGroupByHead: [String: Int] = [:]
    private var jointByMembers: [[Int]: Int] = [:]
    /// Resolved mentions in reading order (joint candidates included): what a pronoun can take.
    private var timeline: [(token: Int, entity: Int)] = []

    /// How many paragraphs back a pronoun may look for its antecedent.
    static let pronounReach = 4

    /// Nouns general enough to name any earlier document ("the document" for "the letter").
    static let genericDocumentHeads: Set<String> = ["document", "text", "paper"]

    /// Resolves every mention of the report. Linear in tokens except pronoun look-back, which
    /// is bounded by `pronounReach` paragraphs.
    init(text: AttributionText) {
        self.text = text
        self.clauses = SpeechClause.find(in: text)
        resolveMentions()
        linkAuthors()
    }

    // MARK: - Mentions

    private mutating func resolveMentions() {
        let tokens = text.tokens
        // The phrase each head token heads, one per head (a later clause's subject replaces an
        // earlier one's): an array and a slot per token, since every token is asked.
        var phrases: [(head: Int, phrase: SpeakerPhrase, isSubject: Bool)] = []
        var slot = [Int](repeating: -1, count: tokens.count)
        for clause in clauses {
            let head = clause.subject.head
            if slot[head] >= 0 {
                phrases[slot[head]] = (head, clause.subject, true)
            } else {
                slot[head] = phrases.count
                phrases.append((head, clause.subject, true))
            }
        }
        for index in tokens.indices where slot[index] < 0 && isPotentialHead(index) {
            guard var phrase = SpeakerPhrase.ending(at: index, in: text, lowerBound: 0) else { continue }
            // "The U.S. Ambassador to Syria, Robert Ford": the role describes the name after it.
            if phrase.kind == .role, let named = SpeakerPhrase.namedAfter(phrase, in: text) { phrase = named }
            if slot[phrase.head] < 0 {
                slot[phrase.head] = phrases.count
                phrases.append((phrase.head, phrase, false))
            }
        }
        // Drop phrases inside longer ones ("State Department" inside "State Department spokeswoman Jen Psaki").
        let ordered = phrases.sorted { a, b in
            (a.phrase.tokens.lowerBound, -a.phrase.tokens.upperBound, a.head) < (b.phrase.tokens.lowerBound, -b.phrase.tokens.upperBound, b.head)
        }
        var reach = -1
        var kept: [(head: Int, phrase: SpeakerPhrase, isSubject: Bool)] = []
        for (head, phrase, isSubject) in ordered {
            if phrase.tokens.upperBound <= reach, !isSubject { continue }
            reach = max(reach, phrase.tokens.upperBound)
            kept.append((head, phrase, isSubject))
        }
        kept.sort { $0.head < $1.head }

        var lastPerson: (sentence: Int, end: Int, entity: Int, joint: Int?)?
        for (head, phrase, isSubject) in kept {
            var antecedent: Int?
            let entity: Int?
            switch phrase.kind {
            case .pronoun:
                (entity, antecedent) = resolvePronoun(at: head).map { ($0.entity, $0.token) } ?? (nil, nil)
            case .person:
                entity = resolvePerson(phrase, register: isSubject || phrase.descriptor != nil || phrase.appositive != nil)
            case .organisation:
                entity = resolveOrganisation(phrase)
            case .group:
                entity = resolveGroup(phrase)
            case .document:
                entity = resolveDocument(phrase)
            case .role:
                entity = resolveRole(phrase, register: isSubject)
            }
            mentions[head] = Mention(phrase: phrase, entity: entity, isSubject: isSubject, antecedent: antecedent)
            guard let entity else { continue }
            timeline.append((head, entity))

            // Two people joined in one sentence ("Obama … with Hollande") can speak as "they".
            guard entities[entity].kind == .person else { continue }
            let sentence = tokens[head].sentence
            if let last = lastPerson, last.sentence == sentence, last.entity != entity, last.end + 1 < phrase.tokens.lowerBound,
               tokens[(last.end + 1)..<phrase.tokens.lowerBound].contains(where: { $0.isWord && SpeakerLexicon.joiningWords.contains($0.lower) }) {
                let members = (last.joint.map { entities[$0].members } ?? [last.entity]) + [entity]
                let joint = jointEntity(members)
                timeline.append((head, joint))
                lastPerson = (sentence, phrase.tokens.upperBound, entity, joint)
            } else {
                lastPerson = (sentence, phrase.tokens.upperBound, entity, nil)
            }
        }
    }

    /// A word that can end a speaker phrase: the last word of a capitalised run, or a group,
    /// document or role noun not followed by a name.
    private func isPotentialHead(_ index: Int) -> Bool {
        let tokens = text.tokens
        let token = tokens[index]
        // The word classes first: most words are none of these, and are passed over without
        // the pronoun and sentence look-ups.
        guard token.isWord else { return false }
        let isNameOrOrganisation = SpeakerPhrase.isNameWord(token) || SpeakerPhrase.isOrganisationWord(token)
        guard isNameOrOrganisation || SpeakerPhrase.headKind(token) != nil, !SpeakerPhrase.isPronoun(token) else { return false }
        let sentenceEnd = text.sentence(of: index).upperBound
        let next = index + 1 < sentenceEnd ? tokens[index + 1] : nil
        if isNameOrOrganisation {
            guard let next else { return true }
            return !(SpeakerPhrase.isNameWord(next) || SpeakerPhrase.isOrganisationWord(next) || SpeakerPhrase.isParticle(next))
        }
        // A group, document or role noun.
        return !(next.map(SpeakerPhrase.isNameWord) ?? false)
    }

    private mutating func add(_ entity: Entity) -> Int {
        entities.append(entity)
        return entities.count - 1
    }

    /// Lower-case, diacritics folded, stops and apostrophes dropped: "U.N." → "un".
    static func fold(_ word: String) -> String {
        let slug = Slug.make(word, maxLength: 80)
        return slug.isEmpty ? word.lowercased() : slug
    }

    /// The phrase as written, its leading article lower-cased ("The government" → "the government").
    private func display(_ range: ClosedRange<Int>) -> String {
        let written = text.text(range)
        guard SpeakerPhrase.isDeterminer(text.tokens[range.lowerBound]), let first = written.first else { return written }
        return first.lowercased() + written.dropFirst()
    }

    /// A descriptor as kept: without a leading article unless it is possessive ("the BBC’s").
    private func descriptorText(_ range: ClosedRange<Int>) -> String? {
        var lower = range.lowerBound
        if SpeakerPhrase.isDeterminer(text.tokens[lower]), !text.tokens[range.upperBound].isPossessive {
            lower += 1
        }
        guard lower <= range.upperBound else { return nil }
        return text.text(lower...range.upperBound)
    }

    private mutating func describe(_ entity: Int, with phrase: SpeakerPhrase) {
        for range in [phrase.descriptor, phrase.appositive].compactMap({ $0 }) {
            guard var descriptor = descriptorText(range) else { continue }
            // "King" and "of Jordan" around "Abdullah II" read "King of Jordan".
            if range == phrase.descriptor, let complement = phrase.complement { descriptor += " " + text.text(complement) }
            if !entities[entity].descriptors.contains(descriptor) { entities[entity].descriptors.append(descriptor) }
            for token in text.tokens[range] where token.isWord {
                let lower = token.lowerBase.trimmingCharacters(in: ".")
                if SpeakerLexicon.isRole(lower) { entities[entity].roles.insert(lower) }
                if let gender = SpeakerLexicon.genderedWords[lower], entities[entity].gender == nil { entities[entity].gender = gender }
            }
        }
    }

    // MARK: - Kinds of mention

    private mutating func resolvePerson(_ phrase: SpeakerPhrase, register: Bool) -> Int? {
        let words = text.tokens[phrase.name].filter(\.isWord).map { $0.folded }
        guard let last = words.last else { return nil }
        let id: Int
        // "von der Leyen" after "Ursula von der Leyen": a surname with its particles.
        // (Asked only of a surname already known: reading the name's words again is the cost.)
        if words.count >= 2, let known = bySurname[last], SpeakerIdentity.personWords(text.text(phrase.name)).count == 1 {
            id = known
        } else if words.count >= 2 {
            let key = words.joined(separator: " ")
            if let existing = byFullName[key] {
                id = existing
            } else if let single = bySingleName[last], entities[single].nameWords.count == 1 {
                // Met first by surname ("Psaki said"), now in full.
                entities[single].name = text.text(phrase.name)
                entities[single].nameWords = words
                id = single
            } else {
                id = add(Entity(kind: .person, name: text.text(phrase.name), nameWords: words))
            }
            byFullName[key] = id
            bySurname[last] = id
            // "Bashar al-Assad" is also "Assad".
            if let hyphen = last.firstIndex(of: "-"), SpeakerLexicon.nameParticles.contains(String(last[..<hyphen])) {
                bySurname[String(last[last.index(after: hyphen)...])] = id
            }
        } else if let known = bySurname[last] ?? bySingleName[last] {
            id = known
        } else if register {
            id = add(Entity(kind: .person, name: text.text(phrase.name), nameWords: words))
            bySingleName[last] = id
        } else {
            return nil
        }
        describe(id, with: phrase)
        return id
    }

    private mutating func resolveOrganisation(_ phrase: SpeakerPhrase) -> Int {
        let words = text.tokens[phrase.name].filter { $0.isWord && !SpeakerPhrase.isDeterminer($0) }.map { $0.folded }
        let key = "organisation:" + words.joined(separator: " ")
        if let existing = byKey[key] { return existing }
        let id = add(Entity(kind: .organisation, name: display(phrase.name)))
        byKey[key] = id
        return id
    }

    private mutating func resolveGroup(_ phrase: SpeakerPhrase) -> Int {
        let tokens = text.tokens
        let head = tokens[phrase.head].lower
        let modifiers = tokens[phrase.tokens].dropLast().filter { !SpeakerPhrase.isDeterminer($0) }
        let words = tokens[phrase.tokens].filter { !SpeakerPhrase.isDeterminer($0) }.map { $0.folded }
        let key = "group:" + words.joined(separator: " ")
        if modifiers.isEmpty, let named = namedGroupByHead[head] { return named }
        let id = byKey[key] ?? add(Entity(kind: .group, name: display(phrase.tokens), head: head, isPlural: phrase.isPlural))
        byKey[key] = id
        if modifiers.contains(where: { $0.isCapitalised || $0.isInitialism }) { namedGroupByHead[head] = id }
        return id
    }

    private mutating func resolveDocument(_ phrase: SpeakerPhrase) -> Int {
        let tokens = text.tokens
        let head = tokens[phrase.head].lower
        // The channel is the document itself: without article or owner ("Ellis’s letter" → "letter").
        let owner = phrase.tokens.last { tokens[$0].isPossessive && $0 < phrase.head }
        let words = phrase.tokens.filter { !SpeakerPhrase.isDeterminer(tokens[$0]) && $0 > (owner ?? -1) }
        let isBareDefinite = tokens[phrase.tokens.lowerBound].lower == "the" && words.count == 1
        if isBareDefinite, let earlier = timeline.reversed().first(where: { entry in
            let entity = entities[entry.entity]
            return entity.kind == .document && (entity.head == head || Self.genericDocumentHeads.contains(head))
        }) {
            return earlier.entity
        }
        let channel = words.first.map { text.text($0...phrase.head) }
        return add(Entity(kind: .document, name: display(phrase.tokens), head: head, channel: channel))
    }

    /// "the spokeswoman" is the person last described as one; an unknown role speaks as an
    /// unnamed person ("a senior U.S. official").
    private mutating func resolveRole(_ phrase: SpeakerPhrase, register: Bool) -> Int? {
        let tokens = text.tokens
        let role = tokens[phrase.head].lower.trimmingCharacters(in: ".")
        if tokens[phrase.tokens.lowerBound].lower == "the" || tokens[phrase.tokens.lowerBound].isCapitalised,
           let earlier = timeline.reversed().first(where: { entities[$0.entity].kind == .person && entities[$0.entity].roles.contains(role) }) {
            return earlier.entity
        }
        guard register else { return nil }
        let key = "role:" + tokens[phrase.tokens].map { $0.folded }.joined(separator: " ")
        if let existing = byKey[key] { return existing }
        var entity = Entity(kind: .person, name: display(phrase.tokens))
        entity.roles = [role]
        entity.gender = SpeakerLexicon.genderedWords[role]
        let id = add(entity)
        byKey[key] = id
        return id
    }

    private mutating func jointEntity(_ members: [Int]) -> Int {
        if let existing = jointByMembers[members] { return existing }
        let names = members.map { entities[$0].name }
        let id = add(Entity(kind: .joint, name: IndexComposer.list(names), isPlural: true, members: members))
        jointByMembers[members] = id
        return id
    }

    /// The nearest earlier entity a pronoun can stand for: a person of a compatible gender
    /// for he/she, several people or a group for they, an organisation or text for it.
    private mutating func resolvePronoun(at index: Int) -> (entity: Int, token: Int)? {
        let tokens = text.tokens
        let pronoun = tokens[index].lower
        let block = tokens[index].block
        for entry in timeline.reversed() where entry.token < index {
            if tokens[entry.token].block < block - Self.pronounReach { break }
            let entity = entities[entry.entity]
            if let gender = SpeakerLexicon.singularPronouns[pronoun] {
                guard entity.kind == .person, entity.gender == nil || entity.gender == gender else { continue }
                if entity.gender == nil { entities[entry.entity].gender = gender }
                return (entry.entity, entry.token)
            }
            if SpeakerLexicon.pluralPronouns.contains(pronoun) {
                guard entity.kind == .joint || entity.kind == .group else { continue }
                return (entry.entity, entry.token)
            }
            guard entity.kind == .organisation || entity.kind == .document || (entity.kind == .group && !entity.isPlural) else { continue }
            return (entry.entity, entry.token)
        }
        return nil
    }

    // MARK: - Authors of documents

    /// For every document mentioned, the author its sentence names: "Brahimi’s letter", "a
    /// letter from Brahimi", "the document, given by Brahimi", "Brahimi sent a letter", "the
    /// op-ed he wrote".
    private mutating func linkAuthors() {
        for head in mentions.keys.sorted() {
            guard let mention = mentions[head], let document = mention.entity, entities[document].kind == .document,
                  entities[document].author == nil, let author = author(of: mention.phrase), author != document else { continue }
            entities[document].author = author
        }
    }

    private mutating func author(of phrase: SpeakerPhrase) -> Int? {
        let tokens = text.tokens
        let sentence = text.sentence(of: phrase.head)
        for index in phrase.tokens where tokens[index].isPossessive && tokens[index].isCapitalised {
            let owner = tokens[index].base
            var start = index
            while start - 1 >= sentence.lowerBound, SpeakerPhrase.isNameWord(tokens[start - 1]) { start -= 1 }
            let words = tokens[start..<index].map { $0.folded } + [Self.fold(owner)]
            if let known = words.count >= 2 ? byFullName[words.joined(separator: " ")] : (bySurname[words[0]] ?? bySingleName[words[0]]) {
                return known
            }
        }
        let after = phrase.tokens.upperBound + 1
        if after + 1 < sentence.upperBound, tokens[after].isWord, tokens[after].lower == "from",
           let source = SpeakerPhrase.starting(at: after + 1, in: text), let entity = entity(for: source) {
            return entity
        }
        var index = after
        while index + 2 < sentence.upperBound {
            if tokens[index].isWord, SpeakerLexicon.authorshipParticiples.contains(tokens[index].lower),
               tokens[index + 1].isWord, tokens[index + 1].lower == "by",
               let source = SpeakerPhrase.starting(at: index + 2, in: text), let entity = entity(for: source) {
                return entity
            }
            index += 1
        }
        // "the op-ed he wrote": a subject and an authorship verb right after the document.
        for verb in after..<min(after + 4, sentence.upperBound) where tokens[verb].isWord && SpeakerLexicon.authorshipVerbs.contains(tokens[verb].lower) {
            if let subject = SpeechClause.subjectBefore(verbAt: verb, in: text), subject.tokens.lowerBound >= after,
               let entity = entity(for: subject) {
                return entity
            }
        }
        // "Brahimi sent a letter": an authorship verb before the document.
        for verb in sentence.lowerBound..<phrase.tokens.lowerBound where tokens[verb].isWord && SpeakerLexicon.authorshipVerbs.contains(tokens[verb].lower) {
            if let subject = SpeechClause.subjectBefore(verbAt: verb, in: text), let entity = entity(for: subject) {
                return entity
            }
        }
        return nil
    }

    /// The entity of a phrase found while linking: its mention's, or a new one.
    private mutating func entity(for phrase: SpeakerPhrase) -> Int? {
        if let mention = mentions[phrase.head], let entity = mention.entity { return entity }
        switch phrase.kind {
        case .person: return resolvePerson(phrase, register: true)
        case .organisation: return resolveOrganisation(phrase)
        case .group: return resolveGroup(phrase)
        case .pronoun, .document, .role: return nil
        }
    }

    // MARK: - Speakers

    /// The speaker an entity makes, with everything the report says about it.
    func speaker(_ id: Int, writtenAs: String?) -> Speaker {
        let entity = entities[id]
        let written = writtenAs.flatMap { $0 == entity.name ? nil : $0 }
        switch entity.kind {
        case .person:
            return Speaker(name: entity.name, descriptors: entity.descriptors, kind: .person, writtenAs: written)
        case .joint:
            return Speaker(name: entity.name, kind: .person, members: entity.members.map { entities[$0].name }, writtenAs: written)
        case .organisation, .group:
            return Speaker(name: entity.name, descriptors: entity.descriptors, kind: .group, writtenAs: written)
        case .document:
            guard let author = entity.author else {
                return Speaker(name: entity.name, kind: .document, writtenAs: written)
            }
            var speaker = self.speaker(author, writtenAs: nil)
            speaker.channel = entity.channel
            speaker.writtenAs = writtenAs
            return speaker
        }
    }

    /// The person a name stands for in this report: a full name met in the report, or a
    /// surname (or single name) of one. Words are folded as `fold` folds them.
    func person(named words: [String]) -> Int? {
        guard let last = words.last else { return nil }
        if words.count >= 2 { return byFullName[words.joined(separator: " ")] }
        return bySurname[last] ?? bySingleName[last]
    }

    /// The channel of the last document mentioned in the sentence of `token`, as written.
    func documentChannel(inSentenceOf token: Int) -> String? {
        let sentence = text.sentence(of: token)
        for head in sentence.reversed() {
            if let mention = mentions[head], let entity = mention.entity, entities[entity].kind == .document {
                return entities[entity].channel
            }
        }
        return nil
    }
}
