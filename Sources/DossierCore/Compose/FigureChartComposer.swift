/// The "At a glance" chart of a figure-table row, as a chart directive:
/// `![text alternative](<chart:…>)` (the spec's grammar is in `ChartSpec`).
///
/// A row gets a chart when it compares figures that share one axis: at least two different
/// readable values (after dropping repeats of one figure by one outlet), from one or more
/// outlets, all totals (additions are not drawn) in one unit. Durations in different units
/// are drawn in the largest of them; counts of people and bare counts share an axis; other
/// mixes (dollars and euros) get no chart. A malformed figure gets a "not drawn" row, and
/// the text alternative says why. A single figure gets no chart: there is nothing to line
/// it up against, and its words already say it.
enum FigureChartComposer {
    static func markdown(for row: FigureTable.Row) -> String? {
        guard let (spec, alternative) = chart(for: row) else { return nil }
        return "![\(MarkdownText.escapeInline(alternative, atLineStart: false))](<\(spec.destination)>)"
    }

    static func chart(for row: FigureTable.Row) -> (spec: ChartSpec, alternative: String)? {
        let compared = row.entries.filter { !$0.figure.isIncrement }
        let units = Set(compared.map(\.figure.unit))
        guard let first = compared.first, Set(units.map(\.dimension)).count == 1,
              units.count == 1 || [.duration, .count].contains(first.figure.unit.dimension) else { return nil }
        let unit = compared.allSatisfy({ $0.figure.unit == first.figure.unit })
            ? first.figure.unit
            : compared.map(\.figure.unit).max { $0.baseFactor < $1.baseFactor }!
        let labels = shortLabels(for: FigureAgreement.distinct(compared.map(\.outlet)))

        var series: [ChartSpec.Series] = []
        var described: [String] = []
        var notDrawn: [String] = []
        for entry in compared {
            let figure = entry.figure
            guard figure.malformation == nil, let value = figure.value else {
                series.append(ChartSpec.Series(label: labels[entry.outlet]!, range: nil, point: nil))
                let reason = figure.malformation == nil ? "cannot be read" : "is malformed"
                notDrawn.append("\(FigureAgreement.possessive(entry.outlet)) \u{201C}\(figure.number)\u{201D} \(reason) and is not drawn.")
                continue
            }
            let range = value.scaled(by: figure.unit.baseFactor / unit.baseFactor)
            let drawn = ChartSpec.Series(label: labels[entry.outlet]!, range: range, point: point(of: figure, in: range, unit: unit))
            guard !series.contains(drawn) else { continue }
            series.append(drawn)
            // A date's range in numbers ("2011 to under 2011.33") says less than its words.
            let reading = unit.dimension == .date ? "\u{201C}\(figure.text)\u{201D}" : FigureWording.range(range, unit: unit)
            described.append("\(entry.outlet): \(reading)")
        }
        guard described.count >= 2, let axis = ChartAxis.fitting(series.compactMap(\.range), unit: unit) else { return nil }

        for index in series.indices where series[index].point.map({ $0 < axis.low || $0 > axis.high }) ?? false {
            series[index].point = nil
        }
        let spec = ChartSpec(low: axis.low, high: axis.high, unit: unit, series: series)
        let from = FigureWording.number(axis.low, unit: unit)
        let to = FigureWording.number(axis.high, unit: unit) + FigureWording.unitSuffix(unit, range: .closed(axis.high, axis.high))
        var alternative = "Each figure\u{2019}s values on one axis from \(from) to \(to): " + described.joined(separator: "; ") + "."
        if !notDrawn.isEmpty { alternative += " " + notDrawn.joined(separator: " ") }
        return (spec, alternative)
    }

    /// The number as written, when the figure is that number within its rounding or an
    /// "about": drawn as a dot on its tolerance. Hedged bounds, vague amounts and dates have
    /// no such point.
    static func point(of figure: Figure, in range: ValueRange, unit: FigureUnit) -> Double? {
        guard [.exact, .approximately].contains(figure.relation), !figure.isVague, figure.unit.dimension != .date,
              let nominal = figure.nominal else { return nil }
        let point = nominal * figure.unit.baseFactor / unit.baseFactor
        return range.contains(point) ? point : nil
    }

    /// Names short enough for the chart's label column: the outlet's leading words that fit
    /// ("U.S. News & World Report" → "U.S. News", "Al Arabiya English" → "Al Arabiya"); the
    /// initials when two outlets would share a label, and a number after that.
    static func shortLabels(for outlets: [String]) -> [String: String] {
        let short = outlets.map(shortLabel)
        var labels = short
        for index in labels.indices where short.filter({ $0 == short[index] }).count > 1 {
            labels[index] = initials(outlets[index])
        }
        for index in labels.indices where labels[..<index].contains(labels[index]) {
            labels[index] = String(labels[index].prefix(ChartSpec.maximumLabelLength - 3)) + " \(index + 1)"
        }
        return Dictionary(uniqueKeysWithValues: zip(outlets, labels))
    }

    static func shortLabel(_ outlet: String) -> String {
        let words = outlet.filter { !ChartSpec.forbiddenInLabels.contains($0) }.split(separator: " ")
        var kept: [Substring] = []
        for word in words {
            let length = kept.reduce(0) { $0 + $1.count + 1 } + word.count
            guard length <= ChartSpec.maximumLabelLength else { break }
            kept.append(word)
        }
        while let last = kept.last, !last.contains(where: { $0.fastIsLetter || $0.fastIsNumber }) { kept.removeLast() }
        guard !kept.isEmpty else {
            let first = words.first.map(String.init) ?? "?"
            return first.count <= ChartSpec.maximumLabelLength ? first : String(first.prefix(ChartSpec.maximumLabelLength - 1)) + "\u{2026}"
        }
        return kept.joined(separator: " ")
    }

    static func initials(_ outlet: String) -> String {
        let letters = outlet.split(separator: " ").compactMap { $0.first { $0.fastIsLetter || $0.fastIsNumber } }
        return String(String(letters).prefix(ChartSpec.maximumLabelLength))
    }
}
