/// Which speakers of different reports are one: "Lakhdar Brahimi", "UN envoy Lakhdar
/// Brahimi" (the descriptor is not part of the name) and a report's bare "Brahimi" (when one
/// full name in the dossier ends with it); "Bashar Assad" and "Bashar al-Assad" (lower-case
/// particles do not count); "UN", "U.N." and "the United Nations" (an initialism is the
/// initials of one expansion in the dossier). Unnamed speakers ("a senior official", "the
/// document", "the government") are never merged across reports: nothing says they are the
/// same. Near-linear: one pass to index full names by surname and expansions by initials,
/// one to assign keys.
enum SpeakerIdentity {
    /// Identity keys, one per (report index, speaker), in the order given.
    static func keys(for speakers: [(report: Int, speaker: Speaker)]) -> [String] {
        var fullNamesBySurname: [String: Set<String>] = [:]
        var expansionsByInitials: [String: Set<String>] = [:]
        // A name recurs (every mention of an actor, every quote of a speaker) and both passes
        // read it: its words are worked out once per distinct name.
        var personWordsByName: [String: [String]?] = [:]
        var groupWordsByName: [String: [String]?] = [:]
        func remembered(_ name: String, in table: inout [String: [String]?], _ read: (String) -> [String]?) -> [String]? {
            if let known = table[name] { return known }
            let words = read(name)
            table[name] = .some(words)
            return words
        }
        func properPersonWords(_ name: String) -> [String]? {
            remembered(name, in: &personWordsByName) { isProperName($0) ? personWords($0) : nil }
        }
        func namedGroupWords(_ name: String) -> [String]? {
            remembered(name, in: &groupWordsByName) { isNamed($0) ? organisationWords($0) : nil }
        }
        for (_, speaker) in speakers {
            switch speaker.kind {
            case .person where speaker.members.isEmpty:
                guard let words = properPersonWords(speaker.name), words.count >= 2 else { continue }
                for surname in surnames(words) { fullNamesBySurname[surname, default: []].insert(words.joined(separator: " ")) }
            case .group:
                guard let words = namedGroupWords(speaker.name), words.count >= 2, let initials = initials(of: speaker.name) else { continue }
                expansionsByInitials[initials, default: []].insert(words.joined(separator: " "))
            default:
                continue
            }
        }
        return speakers.map { report, speaker in
            if speaker.kind == .person, !speaker.members.isEmpty {
                return "joint:" + speaker.members.map { nameWords($0).joined(separator: " ") }.sorted().joined(separator: "+")
            }
            if speaker.kind == .person, let words = properPersonWords(speaker.name) {
                if words.count == 1, let full = fullNamesBySurname[words[0]], full.count == 1 {
                    return "person:" + full.first!
                }
                return "person:" + words.joined(separator: " ")
            }
            if speaker.kind == .group, let words = namedGroupWords(speaker.name) {
                if words.count == 1, isInitialism(speaker.name), let expansions = expansionsByInitials[words[0]], expansions.count == 1 {
                    return "group:" + expansions.first!
                }
                return "group:" + words.joined(separator: " ")
            }
            return "report-\(report):\(speaker.kind.rawValue):" + nameWords(speaker.name).joined(separator: " ")
        }
    }

    /// A name that identifies someone: it starts with a capital ("Jen Psaki") or with the
    /// particles of a capitalised surname ("al-Assad", "von der Leyen"), unlike a
    /// description ("a senior official").
    static func isProperName(_ name: String) -> Bool {
        guard let first = name.first else { return false }
        if first.fastIsUppercase { return true }
        let opening = name.prefix { !$0.fastIsWhitespace && $0 != "-" }.lowercased()
        return SpeakerLexicon.nameParticles.contains(opening) && name.contains(where: \.fastIsUppercase)
    }

    /// A group with a name of its own ("the Syrian government", "BBC"), not a bare noun ("the government").
    static func isNamed(_ name: String) -> Bool {
        name.contains(where: \.fastIsUppercase)
    }

    /// Words folded for matching: lower-case, diacritics removed, possessive and stops dropped.
    static func nameWords(_ name: some StringProtocol) -> [String] {
        name.split(whereSeparator: { $0.fastIsWhitespace }).compactMap { fold($0) }
    }

    /// A person's name words without particles: "Bashar al-Assad" and "Bashar Assad" are
    /// both "bashar assad", "Ursula von der Leyen" is "ursula leyen" and "Von der Leyen"
    /// opening a sentence is "leyen". A capitalised "Ben" or "Al" before a name is a name of
    /// its own and stays.
    static func personWords(_ name: String) -> [String] {
        let written = name.split(whereSeparator: { $0.fastIsWhitespace })
        let isParticle = written.map { SpeakerLexicon.nameParticles.contains($0.lowercased()) }
        let kept = written.enumerated().compactMap { index, word -> Substring? in
            let isLowercase = word.first?.fastIsLowercase ?? false
            let beforeParticle = index + 1 < written.count && isParticle[index + 1] && (written[index + 1].first?.fastIsLowercase ?? false)
            if isParticle[index], written.count > 1, isLowercase || beforeParticle { return nil }
            if let hyphen = word.firstIndex(of: "-"), SpeakerLexicon.nameParticles.contains(word[..<hyphen].lowercased()),
               word.index(after: hyphen) < word.endIndex {
                return word[word.index(after: hyphen)...]
            }
            return word
        }
        return kept.compactMap { fold($0) }
    }

    /// An organisation's name words without a leading article: "the BBC" is "bbc".
    static func organisationWords(_ name: String) -> [String] {
        Array(nameWords(name).drop { SpeakerLexicon.determiners.contains($0) })
    }

    /// The name is one initialism: "U.N.", "the BBC", "UN".
    static func isInitialism(_ name: String) -> Bool {
        let words = name.split(whereSeparator: { $0.fastIsWhitespace }).drop { SpeakerLexicon.determiners.contains($0.lowercased()) }
        guard words.count == 1, let word = words.first else { return false }
        var base = String(word).replacingApostrophes
        if base.hasSuffix("'s") { base.removeLast(2) } else if base.hasSuffix("'") { base.removeLast() }
        return AttributionText.Token.isInitialism(base)
    }

    /// The initials of a name of capitalised words ("United Nations" → "un"), ignoring the
    /// article and lower-case words ("Organisation for Security and Co-operation in Europe" →
    /// "osce"). Nil for fewer than two capitalised words or for an initialism itself.
    static func initials(of name: String) -> String? {
        let words = name.split(whereSeparator: { $0.fastIsWhitespace }).filter { $0.first?.fastIsUppercase ?? false }
            .filter { !SpeakerLexicon.determiners.contains($0.lowercased()) }
        guard words.count >= 2, !words.contains(where: { AttributionText.Token.isInitialism(String($0)) }) else { return nil }
        let letters = words.compactMap { $0.first.flatMap { fold(String($0)) } }
        return letters.count == words.count ? letters.joined() : nil
    }

    static func fold(_ word: some StringProtocol) -> String? {
        if word.isASCII { return foldASCII(word) }
        var text = String(word).replacingApostrophes
        // Trailing marks off (on scalars: Character checks dominated this in profiles), then a
        // possessive; Slug.make drops leading marks itself.
        while let last = text.unicodeScalars.last, !(last.properties.isAlphabetic || last.properties.numericType != nil) {
            text.unicodeScalars.removeLast()
        }
        if text.hasSuffix("'s") { text.removeLast(2) }
        let slug = Slug.make(text, maxLength: 80)
        return slug.isEmpty ? nil : slug
    }

    /// `fold` for ASCII words, on bytes: the same steps without Character and Unicode lookups
    /// (folding every word of every report dominated the quote panels' profile).
    private static func foldASCII(_ word: some StringProtocol) -> String? {
        var bytes = Array(word.utf8)
        while let last = bytes.last, !Character.isASCIILetterOrDigit(last) { bytes.removeLast() }
        if bytes.count >= 2, bytes[bytes.count - 2] == UInt8(ascii: "'"), bytes[bytes.count - 1] == UInt8(ascii: "s") { bytes.removeLast(2) }
        let slug = Slug.makeASCII(String(decoding: bytes, as: UTF8.self), maxLength: 80)
        return slug.isEmpty ? nil : slug
    }

    /// The words a full name may be shortened to: its last word, or the word before a
    /// regnal number ("Abdullah II" is also "Abdullah").
    static func surnames(_ words: [String]) -> [String] {
        guard let last = words.last else { return [] }
        if words.count >= 2, last.count <= 4, last.allSatisfy({ "ivx".contains($0) }) {
            return [last, words[words.count - 2]]
        }
        return [last]
    }
}
