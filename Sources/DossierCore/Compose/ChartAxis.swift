/// The axis a figure chart is drawn on: round ends that fit every range worth showing, so
/// that the chart has two or three tick labels that read as numbers ("0, 600, 1,200").
///
/// - The axis covers every finite bound, except an upper bound more than `outlierFactor`
///   times the next largest (positive) value ("millions": up to a billion, beside "almost
///   10 million"): that bar runs off the axis and is drawn with an arrow.
/// - Amounts start at zero when their smallest value is at most half their largest; dates
///   never do.
/// - Amounts get 5% of room beyond their largest value, so an arrow past it shows; dates
///   fit their years exactly.
/// - The ends are multiples of a step of 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of
///   ten (whole years for dates), the smallest that spans the values in at most two steps.
struct ChartAxis: Equatable {
    var low: Double
    var high: Double

    static let outlierFactor = 4.0
    static let steps = [1.0, 1.5, 2, 2.5, 3, 4, 5, 6, 8]

    /// nil when no range has a finite bound.
    static func fitting(_ ranges: [ValueRange], unit: FigureUnit) -> ChartAxis? {
        let lowers = Set(ranges.compactMap { $0.lower?.value })
        var values = (lowers.union(ranges.compactMap { $0.upper?.value })).sorted()
        while values.count >= 2, let top = values.last, !lowers.contains(top), values[values.count - 2] > 0,
              top > outlierFactor * values[values.count - 2] {
            values.removeLast()
        }
        guard var low = values.first, var high = values.last else { return nil }
        let isDate = unit.dimension == .date
        if low == high {
            if isDate {
                high = low + 1
            } else if low == 0 {
                high = 1
            } else {
                (low, high) = (low - abs(low) * 0.1, high + abs(high) * 0.1)
            }
        }
        if !isDate {
            if low >= 0, low <= high / 2 { low = 0 }
            let room = (high - low) * 0.05
            (low, high) = (low >= 0 ? max(0, low - room) : low - room, high + room)
        }
        return step(from: low, to: high, wholeOnly: isDate)
    }

    /// The smallest round step that covers `low...high` in one or two steps.
    static func step(from low: Double, to high: Double, wholeOnly: Bool) -> ChartAxis {
        var scale = 1.0
        while scale * 10 <= high - low { scale *= 10 }
        while scale > high - low { scale /= 10 }
        scale /= 100
        while true {
            for multiple in steps {
                let step = multiple * scale
                if wholeOnly, step < 1 || step.rounded() != step { continue }
                let first = (low / step + 1e-9).rounded(.down)
                let last = (high / step - 1e-9).rounded(.up)
                if last > first, last - first <= 2 {
                    return ChartAxis(low: first * step, high: last * step)
                }
            }
            scale *= 10
        }
    }
}
