import Foundation

/// How figures and their ranges are written for readers: the briefing's tables and
/// agreement notes, and `dossier figures`. One place, so every page says it the same way.
enum FigureWording {
    /// 600 → "600", 136000 → "136,000", 2.5 → "2.5", 9000000 → "9 million"; years as
    /// plain digits ("2011").
    static func number(_ value: Double, unit: FigureUnit = .unspecified) -> String {
        if unit == .calendarYear, abs(value) < 1e5 { return decimal(value).replacingOccurrences(of: ",", with: "") }
        let magnitude = abs(value)
        if magnitude < 1e15, let (scale, name) = largeScale(magnitude) {
            let scaled = value / scale
            if (scaled * 100).rounded() == scaled * 100 { return "\(decimal(scaled)) \(name)" }
        }
        if magnitude >= 1e15 { return String(format: "%.3g", value) }
        return decimal(value)
    }

    /// The word a number this large is written with: 9,000,000 → (1e6, "million"); nil
    /// below a million.
    static func largeScale(_ magnitude: Double) -> (value: Double, name: String)? {
        [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")].first { magnitude >= $0.0 }.map { ($0.0, $0.1) }
    }

    /// Digits with thousands separators and at most two decimals.
    static func decimal(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        let whole = rounded.rounded(.towardZero)
        var digits = String(Int64(abs(whole)))
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let fraction = abs(rounded - whole)
        var text = (rounded < 0 ? "-" : "") + grouped
        if fraction > 0.0001 {
            let hundredths = Int((fraction * 100).rounded())
            text += hundredths % 10 == 0 ? ".\(hundredths / 10)" : (hundredths < 10 ? ".0\(hundredths)" : ".\(hundredths)")
        }
        return text
    }

    /// The range in words: "at most 600", "more than 136,000", "200 to under 1,000",
    /// "570 to 630", "any value".
    static func range(_ range: ValueRange, unit: FigureUnit = .unspecified) -> String {
        let suffix = unitSuffix(unit, range: range)
        switch (range.lower, range.upper) {
        case (nil, nil):
            return "any value"
        case (nil, let upper?):
            return (upper.isInclusive ? "at most " : "under ") + number(upper.value, unit: unit) + suffix
        case (let lower?, nil):
            return (lower.isInclusive ? "at least " : "more than ") + number(lower.value, unit: unit) + suffix
        case (let lower?, let upper?):
            if lower.value == upper.value { return number(lower.value, unit: unit) + suffix }
            let from = (lower.isInclusive ? "" : "more than ") + number(lower.value, unit: unit)
            let to = (upper.isInclusive ? "" : "under ") + number(upper.value, unit: unit)
            return "\(from) to \(to)\(suffix)"
        }
    }

    /// Interval notation for listings: "[570, 630]", "(600, ∞)", "(−∞, 600]".
    static func interval(_ range: ValueRange, unit: FigureUnit = .unspecified) -> String {
        let low = range.lower.map { ($0.isInclusive ? "[" : "(") + number($0.value, unit: unit) } ?? "(−∞"
        let high = range.upper.map { number($0.value, unit: unit) + ($0.isInclusive ? "]" : ")") } ?? "∞)"
        return "\(low), \(high)"
    }

    static func unitSuffix(_ unit: FigureUnit, range: ValueRange) -> String {
        switch unit.dimension {
        case .duration:
            let plural = !(range.upper.map { $0.value <= 1 } ?? false)
            return " " + unit.name(plural: plural)
        case .share: return "%"
        default: return ""
        }
    }

    /// The figure as a reader should see it in a table: its words, plus its reading when
    /// the words are not plain digits ("a quarter of a million (250,000)", "hundreds (200 to under 1,000)").
    static func reading(of figure: Figure) -> String? {
        if figure.isVague, let value = figure.value { return range(value) }
        if let nominal = figure.nominal, !figure.number.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), nominal >= 100 {
            return number(nominal)
        }
        return nil
    }
}
