/// The extract step for actors: the people and organisations a report names, each with
/// its descriptors and every place it is named, found by rules that generalise (see
/// `PersonFinder`, `OrganisationFinder`, `InstitutionFinder`, `ActorExclusion`).
///
/// Within a report, mentions are one actor when `SpeakerIdentity` says so: a surname and
/// the full name met earlier, "UN" and "United Nations", "Bashar Assad" and "Bashar al-Assad".
/// Linear in the report's tokens, apart from sorting its mentions.
public enum ActorExtractor {
    /// The report's actors in order of first mention.
    public static func extract(from report: Report) -> [ReportActor] {
        extract(from: TokenizedReport(report))
    }

    /// `plain`: the report read with no quotation, when the caller has it already.
    static func extract(from tokenized: TokenizedReport, plain: AttributionText? = nil) -> [ReportActor] {
        let reading = ActorReading(tokenized, text: plain ?? AttributionText(plain: tokenized))
        var candidates = PersonFinder.candidates(in: reading) + OrganisationFinder.candidates(in: reading)
            + InstitutionFinder.candidates(in: reading)
        let outlets = PersonFinder.creditedOutlets(in: candidates, reading: reading)
        for index in candidates.indices where candidates[index].entity.map(outlets.contains) ?? false {
            candidates[index].kind = .organisation
        }
        candidates = candidates.filter { !ActorExclusion.excludes($0, in: reading) }
        candidates = InitialismDefinitions.applied(to: outermost(candidates), reading: reading)

        let keys = SpeakerIdentity.keys(for: candidates.map { (0, Speaker(name: $0.name, kind: $0.kind == .person ? .person : .group)) })
        var groups: [[ActorCandidate]] = []
        var groupByKey: [String: Int] = [:]
        for (candidate, key) in zip(candidates, keys) {
            if let group = groupByKey[key] {
                groups[group].append(candidate)
            } else {
                groupByKey[key] = groups.count
                groups.append([candidate])
            }
        }
        groups = groups.filter { !ActorExclusion.isOnlyInTitleCase($0, in: reading) && !ActorExclusion.isOnlyPlaceQualifier($0, in: reading) }
        for (group, candidate) in TitleCaseMentions.candidates(for: groups, in: reading) { groups[group].append(candidate) }
        return groups.map { group in
            actor(group.sorted { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) }, in: reading)
        }
    }

    /// Actors of many reports on all cores, in input order.
    public static func extract(from reports: [Report]) async -> [[ReportActor]] {
        await ConcurrentMap.map(reports) { extract(from: $0) }
    }

    /// Candidates in reading order without those inside a longer one ("Ministry" inside
    /// "Ministry of Health"). Two rules finding the same words both stay: they agree.
    static func outermost(_ candidates: [ActorCandidate]) -> [ActorCandidate] {
        let ordered = candidates.sorted { ($0.tokens.lowerBound, -$0.tokens.upperBound) < ($1.tokens.lowerBound, -$1.tokens.upperBound) }
        var kept: [ActorCandidate] = []
        var reach: ClosedRange<Int>?
        for candidate in ordered {
            if let outer = reach, candidate.tokens.upperBound <= outer.upperBound {
                if candidate.tokens == outer { kept.append(candidate) }
                continue
            }
            reach = candidate.tokens
            kept.append(candidate)
        }
        return kept
    }

    /// One actor from its mentions (in reading order). Linear in the mentions.
    static func actor(_ group: [ActorCandidate], in reading: ActorReading) -> ReportActor {
        var forms: [String] = []
        var descriptors: [String] = []
        var seen: Set<String> = []
        var entities: Set<Int> = []
        var mentions: [ReportActor.Mention] = []
        for candidate in group {
            if seen.insert("form:" + candidate.form).inserted { forms.append(candidate.form) }
            if let entity = candidate.entity, entities.insert(entity).inserted {
                for descriptor in reading.speakers.entities[entity].descriptors where seen.insert("descriptor:" + descriptor).inserted {
                    descriptors.append(descriptor)
                }
            }
            // Two rules may find the same words ("Assad" as a person and in "the Assad regime").
            let mention = reading.mention(candidate.tokens)
            if let last = mentions.last, last.block == mention.block, last.range.overlaps(mention.range) { continue }
            mentions.append(mention)
        }
        let name = ActorName.fullest(group.map(\.name)) ?? group[0].name
        return ReportActor(name: name, kind: group[0].kind, forms: forms, descriptors: descriptors, mentions: mentions.sorted())
    }
}
