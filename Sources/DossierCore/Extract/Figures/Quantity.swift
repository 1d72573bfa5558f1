/// What a figure measures, as far as the lexicon can tell from the words around it.
/// Cases are in the order the briefing's tables list them.
public enum Quantity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case deaths
    case displaced
    case refugees
    case evacuated
    case inNeedOfAid
    case conflictStart
    case conflictAge
    case siegeLength
    case truceLength
    /// A number the lexicon cannot place ("the two sides"): listed, never tabled.
    case unclassified

    /// What kind of value the quantity takes: a count, a length of time, or a date.
    public var dimension: FigureUnit.Dimension {
        switch self {
        case .deaths, .displaced, .refugees, .evacuated, .inNeedOfAid: .count
        case .conflictAge, .siegeLength, .truceLength: .duration
        case .conflictStart: .date
        case .unclassified: .other
        }
    }

    /// The table a quantity belongs to on the briefing; nil for unclassified numbers.
    public var theme: FigureTheme? {
        switch self {
        case .deaths, .displaced, .refugees: .humanToll
        case .evacuated, .inNeedOfAid: .humanitarian
        case .conflictStart, .conflictAge, .siegeLength, .truceLength: .timeline
        case .unclassified: nil
        }
    }

    /// Row label, with the place when there is one: "Evacuated or escaped from Homs".
    public func label(place: String?) -> String {
        guard let place else { return label }
        switch self {
        case .deaths: return "Deaths in \(place)"
        case .displaced: return "Displaced in \(place)"
        case .refugees: return "Refugees in \(place)"
        case .evacuated: return "Evacuated or escaped from \(place)"
        case .inNeedOfAid: return "People in need of aid in \(place)"
        case .conflictStart: return "Start of the conflict in \(place)"
        case .conflictAge: return "Age of the conflict in \(place)"
        case .siegeLength: return "Length of the siege of \(place)"
        case .truceLength: return "Length of the truce in \(place)"
        case .unclassified: return "Other numbers in \(place)"
        }
    }

    public var label: String {
        switch self {
        case .deaths: "Deaths"
        case .displaced: "Displaced"
        case .refugees: "Refugees"
        case .evacuated: "Evacuated or escaped"
        case .inNeedOfAid: "People in need of aid"
        case .conflictStart: "Start of the conflict"
        case .conflictAge: "Age of the conflict"
        case .siegeLength: "Length of the siege"
        case .truceLength: "Length of the truce"
        case .unclassified: "Other numbers"
        }
    }

    public static func < (lhs: Quantity, rhs: Quantity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The briefing's figure tables: one per theme.
public enum FigureTheme: String, Sendable, Hashable, Codable, CaseIterable {
    case humanToll, humanitarian, timeline

    public var title: String {
        switch self {
        case .humanToll: "Human toll"
        case .humanitarian: "Humanitarian"
        case .timeline: "Timeline of the conflict"
        }
    }

    /// What the table holds, for its caption.
    public var scope: String {
        switch self {
        case .humanToll: "deaths, displaced people and refugees"
        case .humanitarian: "evacuations and people in need of aid"
        case .timeline: "the conflict\u{2019}s start and age, and how long sieges and truces last"
        }
    }

    public var quantities: [Quantity] { Quantity.allCases.filter { $0.theme == self } }
}
