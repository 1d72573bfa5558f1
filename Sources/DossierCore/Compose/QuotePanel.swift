/// One speaker across the dossier's outlets: everything each outlet quotes them saying, the
/// same words reported by several outlets merged into one entry, and the outlets that name
/// the speaker without quoting them.
public struct QuotePanel: Sendable, Equatable {
    /// Where one outlet reports a quotation: the article page and the anchor on it.
    public struct Citation: Sendable, Equatable {
        public var outlet: String
        /// Slug of the report (its article page).
        public var report: String
        public var anchor: String
        public var verb: String?
        public var channel: String?
    }

    /// Words of the speaker, with every place that reports them.
    public struct Entry: Sendable, Equatable {
        /// As the first outlet (in dossier order) reports them.
        public var words: String
        public var kind: Quote.Kind
        public var citations: [Citation]

        /// The outlets citing the entry, in dossier order, each once.
        public var outlets: [String] {
            var seen: Set<String> = []
            return citations.map(\.outlet).filter { seen.insert($0).inserted }
        }
    }

    /// Page-unique id of the panel: "speaker-lakhdar-brahimi".
    public var id: String
    public var name: String
    public var kind: Speaker.Kind
    /// Every descriptor any quoting outlet gives, each once ("U.N. envoy" and "UN envoy" are one).
    public var descriptors: [String]
    public var members: [String]
    /// Entries in dossier order: by the report that first reports them, then reading order.
    public var entries: [Entry]
    /// Outlets quoting the speaker, in dossier order.
    public var outlets: [String]
    /// Outlets that name the speaker but quote them nowhere.
    public var mentionedBy: [String]

    public var quoteCount: Int { entries.reduce(0) { $0 + $1.citations.count } }
}

extension QuotePanel {
    /// The panels of a dossier, speakers quoted by the most outlets first; ties go to the
    /// speaker with more quotations, then to the name in alphabetical order, then to the
    /// identity key, so the order never depends on hashing. Also returns the quotations no
    /// rule could attribute, as entries of their own.
    ///
    /// Near-linear in quotations and words: quotations are grouped by identity key and by
    /// normalised words in hash tables, and mentions are found by looking each word n-gram
    /// (n ≤ the longest name) of each report up in a table of names.
    ///
    /// Merging is exact after normalisation (quote marks, apostrophes, case, spacing, trailing
    /// punctuation): a partial quotation that is only a part of another outlet's longer one is
    /// kept apart, because the shorter one may come from a different statement.
    public static func panels(for reports: [QuotedReport]) -> (panels: [QuotePanel], unattributed: [Entry]) {
        struct Builder {
            var key: String
            var names: [String] = []
            var kind: Speaker.Kind
            var descriptors: [String] = []
            var descriptorKeys: Set<String> = []
            var members: [String] = []
            var entries: [Entry] = []
            var entryByWords: [String: Int] = [:]
            var outlets: [String] = []
        }

        var attributed: [(report: Int, quote: Quote, speaker: Speaker)] = []
        var unattributed: [Entry] = []
        for (index, quoted) in reports.enumerated() {
            for quote in quoted.quotes {
                let citation = Citation(outlet: quoted.report.source.outlet, report: quoted.report.source.slug,
                                        anchor: quoted.anchor(of: quote), verb: quote.verb, channel: quote.speaker?.channel)
                if let speaker = quote.speaker {
                    attributed.append((index, quote, speaker))
                } else {
                    unattributed.append(Entry(words: quote.words, kind: quote.kind, citations: [citation]))
                }
            }
        }
        let keys = SpeakerIdentity.keys(for: attributed.map { ($0.report, $0.speaker) })

        var builders: [Builder] = []
        var builderByKey: [String: Int] = [:]
        for ((report, quote, speaker), key) in zip(attributed, keys) {
            let index = builderByKey[key] ?? {
                builders.append(Builder(key: key, kind: speaker.kind))
                builderByKey[key] = builders.count - 1
                return builders.count - 1
            }()
            let outlet = reports[report].report.source.outlet
            let citation = Citation(outlet: outlet, report: reports[report].report.source.slug,
                                    anchor: reports[report].anchor(of: quote), verb: quote.verb, channel: speaker.channel)
            if !builders[index].names.contains(speaker.name) { builders[index].names.append(speaker.name) }
            for descriptor in speaker.descriptors where builders[index].descriptorKeys.insert(descriptorKey(descriptor)).inserted {
                builders[index].descriptors.append(descriptor)
            }
            if builders[index].members.isEmpty { builders[index].members = speaker.members }
            if !builders[index].outlets.contains(outlet) { builders[index].outlets.append(outlet) }
            let wordsKey = normalisedWords(quote.words)
            if let entry = builders[index].entryByWords[wordsKey] {
                builders[index].entries[entry].citations.append(citation)
            } else {
                builders[index].entryByWords[wordsKey] = builders[index].entries.count
                builders[index].entries.append(Entry(words: quote.words, kind: quote.kind, citations: [citation]))
            }
        }

        let mentions = mentioningOutlets(of: builders.map { ($0.key, $0.names) }, in: reports)
        var panels = builders.enumerated().map { index, builder in
            // The fullest name any outlet gives ("Lakhdar Brahimi" over "Brahimi").
            let name = builder.names.max { SpeakerIdentity.nameWords($0).count < SpeakerIdentity.nameWords($1).count } ?? builder.key
            return QuotePanel(id: "", name: name, kind: builder.kind, descriptors: builder.descriptors, members: builder.members,
                              entries: builder.entries, outlets: builder.outlets,
                              mentionedBy: mentions[index].filter { !builder.outlets.contains($0) })
        }
        let order = panels.indices.sorted { a, b in
            let x = panels[a], y = panels[b]
            if x.outlets.count != y.outlets.count { return x.outlets.count > y.outlets.count }
            if x.quoteCount != y.quoteCount { return x.quoteCount > y.quoteCount }
            let nameX = sortName(x.name), nameY = sortName(y.name)
            if nameX != nameY { return nameX < nameY }
            return builders[a].key < builders[b].key
        }
        panels = order.map { panels[$0] }
        var taken: Set<String> = []
        for index in panels.indices {
            let base = "speaker-" + (Slug.make(panels[index].name).nonEmpty ?? "unnamed")
            var id = base
            var counter = 2
            while !taken.insert(id).inserted {
                id = "\(base)-\(counter)"
                counter += 1
            }
            panels[index].id = id
        }
        return (panels, unattributed)
    }

    /// Words compared for merging: curly marks and apostrophes folded, lower-case, spacing
    /// collapsed, trailing punctuation and marks dropped.
    static func normalisedWords(_ words: String) -> String {
        words.isASCII ? normalisedASCIIWords(words) : normalisedUnicodeWords(words)
    }

    /// What merging drops from the end of quoted words (after folding), and its ASCII part as bytes.
    static let trailingMarks: Set<Character> = [".", ",", ";", ":", "!", "?", "\u{2026}", "\"", "'", " "]
    static let trailingASCIIMarks = Set(trailingMarks.compactMap(\.asciiValue))

    /// `normalisedWords` for ASCII text, on bytes: the same steps, without Character walks.
    static func normalisedASCIIWords(_ words: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(words.utf8.count)
        var pendingSpace = false
        for byte in words.utf8 {
            if Character.isASCIIWhitespace(byte) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        while let last = out.last, trailingASCIIMarks.contains(last) { out.removeLast() }
        let leading = out.prefix { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == 0x20 }.count
        return String(decoding: out[leading...], as: UTF8.self)
    }

    static func normalisedUnicodeWords(_ words: String) -> String {
        let folded = words.lowercased().map { character -> Character in
            switch character {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{2039}", "\u{203A}": return "'"
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": return "\""
            default: return character
            }
        }
        var text = String(folded).split(whereSeparator: \.fastIsWhitespace).joined(separator: " ")
        while let last = text.last, trailingMarks.contains(last) { text.removeLast() }
        while let first = text.first, first == "\"" || first == "'" || first == " " { text.removeFirst() }
        return text
    }

    /// "U.N. envoy" and "UN envoy" are one descriptor.
    static func descriptorKey(_ descriptor: String) -> String {
        SpeakerIdentity.nameWords(descriptor).joined(separator: " ")
    }

    /// Names sort without a leading article and case: "the Syrian government" under S.
    static func sortName(_ name: String) -> String {
        SpeakerIdentity.nameWords(name).drop { SpeakerLexicon.determiners.contains($0) }.joined(separator: " ")
    }

    /// For each identity, the outlets (dossier order) whose reports name it: the full name of a
    /// person, the name of an organisation. Unnamed and joint speakers are never looked for.
    static func mentioningOutlets(of identities: [(key: String, names: [String])], in reports: [QuotedReport]) -> [[String]] {
        var lookup: [String: [Int]] = [:]
        // A name can only start at its own first word: the other words of a report are passed over.
        var firstWords: Set<String> = []
        var longest = 1
        for (index, identity) in identities.enumerated() {
            let parts = identity.key.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0] == "person" || parts[0] == "group" else { continue }
            let words = parts[1].split(separator: " ")
            guard !words.isEmpty else { continue }
            lookup[String(parts[1]), default: []].append(index)
            firstWords.insert(String(words[0]))
            longest = max(longest, words.count)
        }
        var found = Array(repeating: [String](), count: identities.count)
        guard !lookup.isEmpty else { return found }
        var initials = [Bool](repeating: false, count: 256)
        for word in firstWords { initials[Int(word.utf8.first!)] = true }
        for quoted in reports {
            let outlet = quoted.report.source.outlet
            var hits: Set<Int> = []
            for block in quoted.report.content.blocks {
                var words = FoldedNameWords(block.text)
                for start in 0..<words.count where initials[Int(words.initials[start])] && firstWords.contains(words.word(start)) {
                    var gram = ""
                    for length in 1...longest where start + length <= words.count {
                        gram += (length == 1 ? "" : " ") + words.word(start + length - 1)
                        if let matches = lookup[gram] { hits.formUnion(matches) }
                    }
                }
            }
            for index in hits.sorted() where !found[index].contains(outlet) { found[index].append(outlet) }
        }
        return found
    }
}
