/// The people and organisations of a dossier, one identity per actor across its outlets,
/// with the outlets that name each one and where each outlet first does: the model of the
/// briefing's "Actors" section.
///
/// Identity is `SpeakerIdentity`'s, so an actor and the quote panel of the same speaker
/// agree: "Brahimi" is "Lakhdar Brahimi" when one full name in the dossier ends with it,
/// "UN", "U.N." and "United Nations" are one, "Bashar Assad" is "Bashar al-Assad". A bare
/// single name that no outlet gives in full or with a title is left out.
///
/// Near-linear in the actors of all reports: identities are hash-table lookups, each
/// report's first mentions are sorted once, and the actors once.
public struct ActorIndex: Sendable {
    /// Where one outlet names the actor first: the article page and the anchor on it.
    public struct Citation: Sendable, Equatable {
        public var outlet: String
        /// Slug of the report (its article page).
        public var report: String
        /// The id to link to: the actor's own (`a-3`), or the quotation or figure holding the mention (`q-2`).
        public var anchor: String
        /// The first mention itself.
        public var mention: ReportActor.Mention
    }

    public struct Actor: Sendable, Equatable {
        /// Identity key: "person:lakhdar brahimi", "group:united nations".
        public var key: String
        /// The fullest name any outlet gives: "Bashar al-Assad", "United Nations".
        public var name: String
        public var kind: ReportActor.Kind
        /// Other names outlets use, each once: "Bashar Assad"; "U.N.", "UN"; "Syrian regime".
        public var aliases: [String]
        /// Every title or role any outlet gives, each once ("U.N. envoy" and "UN envoy" are one).
        public var descriptors: [String]
        /// One per outlet naming the actor, in dossier order.
        public var citations: [Citation]
        /// Mentions in all reports.
        public var mentions: Int

        public var outlets: [String] { citations.map(\.outlet) }
    }

    /// People first, then organisations; each kind by the number of outlets naming them,
    /// then by mentions, then by name, then by key, so the order never depends on hashing.
    public var actors: [Actor]
    /// For each report (in the order given), the actor anchors its article page marks:
    /// `a-1`, `a-2`, … in reading order, one for the first mention of each actor the
    /// report names. Hand them to `ArticleComposer` with the quote and figure anchors.
    public var anchors: [[PassageAnchor]]

    /// `actors[r]` are the actors of `reports[r]`; `others[r]` are the article's other anchored
    /// passages (quotations, figures), which win over an actor mention inside them.
    public init(reports: [Report], actors: [[ReportActor]], alongside others: [[PassageAnchor]] = []) {
        precondition(reports.count == actors.count, "one list of actors per report")
        struct Builder {
            var key: String
            var kind: ReportActor.Kind
            var names: [String] = []
            var forms: [String] = []
            var formSet: Set<String> = []
            var descriptors: [String] = []
            var descriptorKeys: Set<String> = []
            /// Report index → first mention in that report.
            var first: [Int: ReportActor.Mention] = [:]
            var reports: [Int] = []
            var mentions = 0
        }

        let flat = actors.enumerated().flatMap { report, list in list.map { (report: report, actor: $0) } }
        let keys = Self.definedInitialisms(SpeakerIdentity.keys(for: flat.map {
            ($0.report, Speaker(name: $0.actor.name, kind: $0.actor.kind == .person ? .person : .group))
        }), of: flat.map(\.actor))
        var builders: [Builder] = []
        var builderByKey: [String: Int] = [:]
        for ((report, actor), key) in zip(flat, keys) {
            let index = builderByKey[key] ?? {
                builders.append(Builder(key: key, kind: actor.kind))
                builderByKey[key] = builders.count - 1
                return builders.count - 1
            }()
            builders[index].names.append(actor.name)
            for form in actor.forms where builders[index].formSet.insert(form).inserted { builders[index].forms.append(form) }
            for descriptor in actor.descriptors where builders[index].descriptorKeys.insert(QuotePanel.descriptorKey(descriptor)).inserted {
                builders[index].descriptors.append(descriptor)
            }
            builders[index].mentions += actor.mentions.count
            let first = actor.mentions[0]
            if let known = builders[index].first[report] {
                if first < known { builders[index].first[report] = first }
            } else {
                builders[index].first[report] = first
                builders[index].reports.append(report)
            }
        }

        // A single name speaking with no title in any outlet ("Kinshasa said") may be a capital
        // standing for its government: listed only when some outlet gives a full name ending
        // with it, which makes its key a full name.
        builders.removeAll { $0.kind == .person && $0.descriptors.isEmpty && !$0.key.containsASCII(" ") }

        // Anchors: the first mention of each actor in each report, numbered in reading order.
        var firsts = Array(repeating: [(builder: Int, mention: ReportActor.Mention)](), count: reports.count)
        for (index, builder) in builders.enumerated() {
            for report in builder.reports { firsts[report].append((index, builder.first[report]!)) }
        }
        var anchors: [[PassageAnchor]] = []
        var anchorOf: [[Int: String]] = []
        for (report, entries) in firsts.enumerated() {
            let placed = Self.place(entries.sorted { $0.mention < $1.mention }, report: reports[report],
                                    others: report < others.count ? others[report] : [])
            anchors.append(placed.anchors)
            anchorOf.append(placed.ids)
        }
        self.anchors = anchors

        var list = builders.enumerated().map { index, builder in
            let name = ActorName.fullest(builder.names) ?? builder.key
            let words = SpeakerIdentity.nameWords(name).count
            let aliases = builder.forms.filter { form in
                form != name && (builder.kind == .organisation || SpeakerIdentity.nameWords(form).count >= words)
            }
            let citations = builder.reports.map { report in
                Citation(outlet: reports[report].source.outlet, report: reports[report].source.slug, anchor: anchorOf[report][index] ?? "",
                         mention: builder.first[report]!)
            }
            return Actor(key: builder.key, name: name, kind: builder.kind, aliases: aliases, descriptors: builder.descriptors,
                         citations: Self.onePerOutlet(citations), mentions: builder.mentions)
        }
        list.sort { x, y in
            if x.kind != y.kind { return x.kind == .person }
            if x.citations.count != y.citations.count { return x.citations.count > y.citations.count }
            if x.mentions != y.mentions { return x.mentions > y.mentions }
            let nameX = QuotePanel.sortName(x.name), nameY = QuotePanel.sortName(y.name)
            if nameX != nameY { return nameX < nameY }
            return x.key < y.key
        }
        self.actors = list
    }

    /// The anchors of one report's first mentions (in reading order), and the id each actor
    /// links to. A mention inside a quotation or a figure (or cutting across one) is not
    /// marked: it links to that passage, as `PassageAnchor.nonOverlapping` resolves it. So
    /// the actor anchors never overlap another passage and every one is on the page.
    static func place(_ entries: [(builder: Int, mention: ReportActor.Mention)], report: Report, others: [PassageAnchor])
        -> (anchors: [PassageAnchor], ids: [Int: String]) {
        var othersByBlock: [Int: [PassageAnchor]] = [:]
        for other in others { othersByBlock[other.block, default: []].append(other) }
        let otherIDs = PassageAnchor.nonOverlapping(others, blocks: report.content.blocks).resolved
        var anchors: [PassageAnchor] = []
        var ids: [Int: String] = [:]
        for (builder, mention) in entries {
            if let holder = othersByBlock[mention.block]?.first(where: { $0.range.overlaps(mention.range) }) {
                ids[builder] = otherIDs[holder.id] ?? holder.id
            } else if let last = anchors.last, last.block == mention.block, last.range.overlaps(mention.range) {
                ids[builder] = last.id
            } else {
                let anchor = PassageAnchor(block: mention.block, range: mention.range, id: "a-\(anchors.count + 1)", role: "actor")
                anchors.append(anchor)
                ids[builder] = anchor.id
            }
        }
        return (anchors, ids)
    }

    /// `keys` with an initialism that one report defines ("the Intergovernmental Authority
    /// on Development (IGAD)": the actor's forms hold both) taken as that organisation in
    /// every report, when no two organisations claim the same letters. Linear.
    static func definedInitialisms(_ keys: [String], of actors: [ReportActor]) -> [String] {
        var claims: [String: Set<String>] = [:]
        for (actor, key) in zip(actors, keys) where actor.kind == .organisation {
            for form in actor.forms where SpeakerIdentity.isInitialism(form) {
                guard let letters = SpeakerIdentity.fold(form), "group:" + letters != key else { continue }
                claims["group:" + letters, default: []].insert(key)
            }
        }
        return keys.map { key in
            guard let claimed = claims[key], claimed.count == 1 else { return key }
            return claimed.first!
        }
    }

    /// Two reports of one outlet cite it once, at the first.
    static func onePerOutlet(_ citations: [Citation]) -> [Citation] {
        var seen: Set<String> = []
        return citations.filter { seen.insert($0.outlet).inserted }
    }
}

extension ActorIndex {
    /// The index of a dossier's analysed reports: each report's actors, placed around the
    /// passages its page already marks (quotes, figures, dates).
    public init(analysed reports: [AnalysedReport]) {
        self.init(reports: reports.map(\.report), actors: reports.map(\.analysis.actors), alongside: reports.map(\.anchors))
    }
}
