/// Which speakers of different reports are one: "Lakhdar Brahimi", "UN envoy Lakhdar
/// Brahimi" (the descriptor is not part of the name) and a report's bare "Brahimi" (when one
/// full name in the dossier ends with it). Unnamed speakers ("a senior official", "the
/// document", "the government") are never merged across reports: nothing says they are the
/// same. Near-linear: one pass to index full names by surname, one to assign keys.
enum SpeakerIdentity {
    /// Identity keys, one per (report index, speaker), in the order given.
    static func keys(for speakers: [(report: Int, speaker: Speaker)]) -> [String] {
        var fullNamesBySurname: [String: Set<String>] = [:]
        for (_, speaker) in speakers where speaker.kind == .person && speaker.members.isEmpty && isProperName(speaker.name) {
            let words = nameWords(speaker.name)
            guard words.count >= 2 else { continue }
            for surname in surnames(words) { fullNamesBySurname[surname, default: []].insert(words.joined(separator: " ")) }
        }
        return speakers.map { report, speaker in
            switch speaker.kind {
            case .person where !speaker.members.isEmpty:
                return "joint:" + speaker.members.map { nameWords($0).joined(separator: " ") }.sorted().joined(separator: "+")
            case .person where isProperName(speaker.name):
                let words = nameWords(speaker.name)
                if words.count == 1, let full = fullNamesBySurname[words[0]], full.count == 1 {
                    return "person:" + full.first!
                }
                return "person:" + words.joined(separator: " ")
            case .group where speaker.name.contains(where: \.isUppercase):
                return "group:" + nameWords(speaker.name).filter { !SpeakerLexicon.determiners.contains($0) }.joined(separator: " ")
            default:
                return "report-\(report):\(speaker.kind.rawValue):" + nameWords(speaker.name).joined(separator: " ")
            }
        }
    }

    /// A name that identifies someone: it starts with a capital ("Jen Psaki"), unlike a
    /// description ("a senior official").
    static func isProperName(_ name: String) -> Bool {
        name.first?.isUppercase ?? false
    }

    /// Words folded for matching: lower-case, diacritics removed, possessive and stops dropped.
    static func nameWords(_ name: some StringProtocol) -> [String] {
        name.split(whereSeparator: { $0.isWhitespace }).compactMap { fold($0) }
    }

    static func fold(_ word: some StringProtocol) -> String? {
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

    /// The surname of a full name, and without its particle ("al-assad" is also "assad").
    static func surnames(_ words: [String]) -> [String] {
        guard let last = words.last else { return [] }
        if let hyphen = last.firstIndex(of: "-"), SpeakerLexicon.nameParticles.contains(String(last[..<hyphen])) {
            return [last, String(last[last.index(after: hyphen)...])]
        }
        return [last]
    }
}
