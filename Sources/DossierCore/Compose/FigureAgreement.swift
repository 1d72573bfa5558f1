/// Whether the outlets' figures for one quantity can all be true at once, and if not, why.
///
/// Each figure allows a range of values: its hedge with the tolerance `HedgeLexicon`
/// documents (an unhedged number within its rounding, at most ±5%; "about" ±10%; "almost"
/// up to 10% below; "as many as" at most; "over" more than; vague amounts such as
/// "hundreds" their whole range). The figures agree when one value lies in every range;
/// otherwise two of them cannot both hold, and the note names the pair (on a line, if every
/// pair overlaps, all overlap, so the figure with the highest lower bound and the one with
/// the lowest upper bound are always a conflicting pair). Durations are compared in days.
/// Additions to an earlier figure ("a further three days") are not totals and are not
/// compared. A malformed number makes the row "cannot compare cleanly"; when it has one
/// obvious reading, the note says what the comparison would be under it.
public struct FigureAgreement: Sendable, Hashable {
    public enum Verdict: String, Sendable, Hashable, Codable {
        case consistent, disagree, cannotCompare, oneSource
    }

    public var verdict: Verdict
    /// The verdict in words, read first: "Disagree:", "Consistent:", "One source.".
    public var lead: String
    /// Why, in plain text (escape it when writing Markdown); may be empty.
    public var detail: String
    /// `lead` and `detail` as one text.
    public var note: String { detail.isEmpty ? lead : lead + " " + detail }
    /// The values every compared figure allows, in `unit`, when they agree.
    public var common: ValueRange?
    /// The unit `common` is in: the figures' unit when they share one, else days for durations.
    public var unit: FigureUnit?

    init(_ verdict: Verdict, _ lead: String, _ detail: String, common: ValueRange? = nil, unit: FigureUnit? = nil) {
        self.verdict = verdict
        self.lead = lead
        self.detail = detail.trimmingSpaces.isEmpty ? "" : String(detail.trimmingSpaces)
        self.common = common
        self.unit = unit
    }

    /// Linear in the number of entries.
    public static func assess(_ entries: [FigureTable.Entry]) -> FigureAgreement {
        let compared = entries.filter { !$0.figure.isIncrement }
        let additions = entries.filter(\.figure.isIncrement)
        let comparedOutlets = distinct(compared.map(\.outlet))
        let additionNote = additions.isEmpty ? "" : " " + additionSentence(additions)

        guard !compared.isEmpty else {
            return FigureAgreement(.cannotCompare, "Cannot compare:", "only additions to earlier figures are given, no totals." + additionNote)
        }
        let dimensions = Set(compared.map(\.figure.unit.dimension))
        guard dimensions.count == 1 else {
            return FigureAgreement(.cannotCompare, "Cannot compare:", "the figures measure in different units." + additionNote)
        }
        let units = distinct(compared.map(\.figure.unit.rawValue))
        let unit = units.count == 1 ? compared[0].figure.unit : (dimensions.first == .duration ? .days : compared[0].figure.unit)
        func range(_ entry: FigureTable.Entry, obvious: Bool) -> ValueRange? {
            let value = entry.figure.value ?? (obvious ? entry.figure.malformation?.obviousValue : nil)
            return value?.scaled(by: entry.figure.unit.baseFactor / unit.baseFactor)
        }

        let malformed = compared.filter { $0.figure.malformation != nil }
        if comparedOutlets.count <= 1 {
            var note = ""
            if !malformed.isEmpty {
                note += malformed.map(malformedSentence).joined(separator: " ")
            } else if compared.count > 1, case .conflict(let a, let b) = intersect(compared, range: { range($0, obvious: false) }) {
                note += "Its own figures \(describe(a, withOutlet: false)) and \(describe(b, withOutlet: false)) cannot both hold."
            }
            return FigureAgreement(.oneSource, "One source.", note + additionNote)
        }

        if !malformed.isEmpty {
            var note = malformed.map(malformedSentence).joined(separator: " ")
            let readable = malformed.allSatisfy { $0.figure.malformation?.obviousValue != nil }
            if readable {
                let meant = malformed.map { "\u{201C}\($0.figure.number)\u{201D} meant \($0.figure.malformation!.obviousReading!)" }
                note += " If " + list(meant) + ", "
                switch intersect(compared, range: { range($0, obvious: true) }) {
                case .common(let common):
                    let texts = compared.map { "\u{201C}\(hypotheticalText($0.figure))\u{201D}" }
                    note += "the figures would agree: \(list(texts)) can \(texts.count == 2 ? "both" : "all") hold (\(FigureWording.range(common, unit: unit)))."
                case .conflict(let a, let b):
                    note += "they would still disagree: \(describe(a, obvious: true)) and \(describe(b, obvious: true)) cannot both hold."
                }
            } else {
                note += malformed.count == 1 ? " It has no single obvious reading, so the row is not compared." : " They have no single obvious reading, so the row is not compared."
            }
            return FigureAgreement(.cannotCompare, "Cannot compare cleanly:", note + additionNote)
        }

        switch intersect(compared, range: { range($0, obvious: false) }) {
        case .common(let common):
            let nominals = distinct(compared.map { $0.figure.nominal.map { FigureWording.number($0) } ?? "" })
            let plain = compared.allSatisfy { $0.figure.relation == .exact && $0.figure.nominal != nil && !$0.figure.isVague }
            let who = comparedOutlets.count == 2 ? "both outlets" : "all \(comparedOutlets.count) outlets"
            let note: String
            if unit.dimension == .date, let narrowest = compared.first(where: { range($0, obvious: false) == common }) {
                note = "\(who)\u{2019} dates fit \u{201C}\(narrowest.figure.text)\u{201D}."
            } else if plain, nominals.count == 1, units.count == 1, let nominal = compared[0].figure.nominal {
                note = "\(who) give \(FigureWording.range(.closed(nominal, nominal), unit: unit))."
            } else {
                note = "\(who)\u{2019} figures can hold at once (\(FigureWording.range(common, unit: unit)))."
            }
            return FigureAgreement(.consistent, "Consistent:", note + additionNote, common: common, unit: unit)
        case .conflict(let a, let b):
            let note = a.outlet == b.outlet
                ? "\(possessive(a.outlet)) own figures \(describe(a, withOutlet: false)) and \(describe(b, withOutlet: false)) cannot both hold."
                : "\(describe(a)) and \(describe(b)) cannot both hold."
            return FigureAgreement(.disagree, "Disagree:", note + additionNote, unit: unit)
        }
    }

    enum Intersection {
        case common(ValueRange)
        case conflict(FigureTable.Entry, FigureTable.Entry)
    }

    /// The values all entries allow, or the pair that cannot both hold.
    static func intersect(_ entries: [FigureTable.Entry], range: (FigureTable.Entry) -> ValueRange?) -> Intersection {
        var common = ValueRange(lower: nil, upper: nil)
        var highestLower: (FigureTable.Entry, ValueRange.Bound)?
        var lowestUpper: (FigureTable.Entry, ValueRange.Bound)?
        var empty = false
        for entry in entries {
            guard let value = range(entry) else { continue }
            if let lower = value.lower, highestLower.map({ lower.value > $0.1.value || (lower.value == $0.1.value && !lower.isInclusive) }) ?? true {
                highestLower = (entry, lower)
            }
            if let upper = value.upper, lowestUpper.map({ upper.value < $0.1.value || (upper.value == $0.1.value && !upper.isInclusive) }) ?? true {
                lowestUpper = (entry, upper)
            }
            if let next = common.intersection(value) { common = next } else { empty = true }
        }
        if empty, let a = lowestUpper?.0, let b = highestLower?.0 {
            return a.order <= b.order ? .conflict(a, b) : .conflict(b, a)
        }
        return .common(common)
    }

    // MARK: Wording

    /// "U.S. News & World Report’s “As many as 600” (at most 600)".
    static func describe(_ entry: FigureTable.Entry, withOutlet: Bool = true, obvious: Bool = false) -> String {
        let figure = entry.figure
        let text = obvious ? hypotheticalText(figure) : figure.text
        let value = figure.value ?? (obvious ? figure.malformation?.obviousValue : nil)
        let reading = value.map { " (\(FigureWording.range($0, unit: figure.unit)))" } ?? ""
        return (withOutlet ? possessive(entry.outlet) + " " : "") + "\u{201C}\(text)\u{201D}" + reading
    }

    /// The figure's words with the malformed number replaced by its obvious reading.
    static func hypotheticalText(_ figure: Figure) -> String {
        guard let reading = figure.malformation?.obviousReading, let range = figure.text.range(of: figure.number) else { return figure.text }
        return figure.text.replacingCharacters(in: range, with: reading)
    }

    static func malformedSentence(_ entry: FigureTable.Entry) -> String {
        "\(possessive(entry.outlet)) \u{201C}\(entry.figure.number)\u{201D} is malformed (\(entry.figure.malformation!.reason))."
    }

    static func additionSentence(_ additions: [FigureTable.Entry]) -> String {
        let described = additions.map { "\(possessive($0.outlet)) \u{201C}\($0.figure.text)\u{201D}" }
        let kind = additions.allSatisfy { $0.figure.unit.dimension == .duration } ? "an extension" : "an addition"
        return additions.count == 1
            ? "\(described[0]) is \(kind), not a total, and is not compared."
            : "\(list(described)) are additions, not totals, and are not compared."
    }

    static func possessive(_ outlet: String) -> String {
        outlet.hasSuffix("s") ? outlet + "\u{2019}" : outlet + "\u{2019}s"
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    static func distinct(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
