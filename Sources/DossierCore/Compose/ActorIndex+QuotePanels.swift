extension ActorIndex {
    /// For each actor (in `actors` order), the id of the quote panel holding what it is
    /// quoted saying (`speaker-lakhdar-brahimi`), or nil when it is quoted nowhere. A person
    /// quoted only jointly ("they wrote") gets the joint panel. Panels and actors meet through
    /// `SpeakerIdentity`, so the same rules decide who is one.
    public func panelIDs(for panels: [QuotePanel]) -> [String?] {
        var speakers = actors.map { (report: 0, speaker: Speaker(name: $0.name, kind: $0.kind == .person ? .person : .group)) }
        var owners: [(panel: Int, isJoint: Bool)] = []
        for (index, panel) in panels.enumerated() {
            if panel.members.isEmpty {
                speakers.append((0, Speaker(name: panel.name, kind: panel.kind)))
                owners.append((index, false))
            } else {
                for member in panel.members {
                    speakers.append((0, Speaker(name: member, kind: .person)))
                    owners.append((index, true))
                }
            }
        }
        let keys = SpeakerIdentity.keys(for: speakers)
        var solo: [String: String] = [:]
        var joint: [String: String] = [:]
        for (key, owner) in zip(keys.dropFirst(actors.count), owners) {
            if owner.isJoint {
                if joint[key] == nil { joint[key] = panels[owner.panel].id }
            } else if solo[key] == nil {
                solo[key] = panels[owner.panel].id
            }
        }
        return zip(actors, keys).map { actor, key in
            solo[actor.key] ?? solo[key] ?? joint[actor.key] ?? joint[key]
        }
    }
}
