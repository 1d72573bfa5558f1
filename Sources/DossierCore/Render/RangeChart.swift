/// Draws a `ChartSpec` as a small inline SVG: one row per series, its label on the left and
/// its values as a bar on one shared horizontal axis, so "as many as 600" against "over 600"
/// is seen at a glance.
///
/// How an end is drawn says what the figure allows, in shapes rather than colour, so it reads
/// in black and white on paper: a closed end is a vertical cap at the value; an open end is a
/// hollow ring just inside the value, leaving a gap (the value itself is not allowed); an
/// unbounded end, or one beyond the axis, is an arrowhead at the axis edge. A hedged range is
/// a hatched bar; a number with a point (`@600`) is a dot with its tolerance as a thin line.
/// Two ranges that have no value in common are never drawn overlapping: one's drawn end lies
/// at or before the other's start, with a gap whenever a facing end is open. Every end lies
/// on the plot: an open end closer to the axis edge than its gap is drawn at the edge.
///
/// Pure: the output depends on the spec, title and pattern id only. Coordinates are rounded
/// to 0.1 and written without locale; every piece of text is escaped.
enum RangeChart {
    static let width = 200.0
    static let rowHeight = 14.0
    static let top = 3.0
    /// Labels end here (right-aligned); the plot runs from `plotLeft` to `plotRight`.
    static let labelRight = 58.0
    static let plotLeft = 64.0
    static let plotRight = 192.0
    /// Distance from an open bound to the ring's outer edge, and the ring's radius.
    static let openGap = 2.5
    static let ringRadius = 2.5
    static let arrowLength = 5.0

    /// Where and how a bar ends. `x` is the drawn reach: the cap's line, the ring's outer
    /// edge, or the arrowhead's tip.
    struct End: Equatable {
        enum Kind: Equatable { case cap, open, arrow }
        var kind: Kind
        var x: Double
    }

    struct Bar: Equatable {
        var left: End
        var right: End
        /// The dot's x, for a series with a point: the bar is then a thin tolerance line.
        var point: Double?
    }

    struct Row: Equatable {
        var label: String
        /// The row's centre line.
        var y: Double
        /// nil: the series is not drawn.
        var bar: Bar?
    }

    struct Tick: Equatable {
        var x: Double
        var label: String
    }

    // MARK: Layout

    static func rows(_ spec: ChartSpec) -> [Row] {
        spec.series.enumerated().map { index, series in
            let y = top + rowHeight * (Double(index) + 0.5)
            return Row(label: series.label, y: y, bar: series.range.map { bar($0, point: series.point, spec: spec) })
        }
    }

    static func bar(_ range: ValueRange, point: Double?, spec: ChartSpec) -> Bar {
        let left: End
        if let lower = range.lower, lower.value >= spec.low {
            let x = position(lower.value, spec)
            left = lower.isInclusive ? End(kind: .cap, x: x) : End(kind: .open, x: min(rounded(x + openGap), plotRight))
        } else {
            left = End(kind: .arrow, x: plotLeft)
        }
        let right: End
        if let upper = range.upper, upper.value <= spec.high {
            let x = position(upper.value, spec)
            right = upper.isInclusive ? End(kind: .cap, x: x) : End(kind: .open, x: max(rounded(x - openGap), plotLeft))
        } else {
            right = End(kind: .arrow, x: plotRight)
        }
        return Bar(left: left, right: right, point: point.map { position($0, spec) })
    }

    /// The x of a value on the axis, rounded to 0.1 (monotonic, so order is kept).
    static func position(_ value: Double, _ spec: ChartSpec) -> Double {
        let share = (value - spec.low) / (spec.high - spec.low)
        return rounded(plotLeft + min(max(share, 0), 1) * (plotRight - plotLeft))
    }

    static func rounded(_ value: Double) -> Double {
        (value * 10).rounded() / 10
    }

    /// The axis ends and its middle; a calendar year's middle only when it is a whole year.
    /// The unit, and the word of a large scale ("0, 6, 12 million"), are written after the
    /// last tick only, to leave the numbers room.
    static func ticks(_ spec: ChartSpec) -> [Tick] {
        let middle = (spec.low + spec.high) / 2
        var values = [spec.low, middle, spec.high]
        if spec.unit == .calendarYear, middle.rounded() != middle { values.remove(at: 1) }
        var scale: (value: Double, name: String)?
        if spec.unit != .calendarYear, let large = FigureWording.largeScale(max(abs(spec.low), abs(spec.high))),
           values.allSatisfy({ ($0 / large.value * 100).rounded() == $0 / large.value * 100 }) {
            scale = large
        }
        return values.enumerated().map { index, value in
            var label = scale.map { FigureWording.decimal(value / $0.value) } ?? FigureWording.number(value, unit: spec.unit)
            if index == values.count - 1 {
                label += (scale.map { " " + $0.name } ?? "") + FigureWording.unitSuffix(spec.unit, range: .closed(value, value))
            }
            return Tick(x: position(value, spec), label: label)
        }
    }

    // MARK: Drawing

    /// The SVG element. `title` is the text alternative (the `<title>` and `aria-label`);
    /// `patternID` names the hatch pattern and must be unique on the page.
    static func svg(_ spec: ChartSpec, title: String, patternID: String) -> String {
        let rows = rows(spec)
        let axisY = top + rowHeight * Double(rows.count) + 2
        let height = axisY + 15
        let label = HTMLText.escape(title)
        var out = ""
        out.reserveCapacity(1_024 + 512 * rows.count)
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"range-chart\" role=\"img\" aria-label=\"\(label)\""
        out += " width=\"\(number(width))\" height=\"\(number(height))\" viewBox=\"0 0 \(number(width)) \(number(height))\""
        out += " font-family=\"sans-serif\" font-size=\"10\">\n<title>\(label)</title>\n"
        let pattern = HTMLText.escape(patternID)
        if rows.contains(where: { $0.bar != nil && $0.bar?.point == nil }) {
            out += "<defs><pattern id=\"\(pattern)\" width=\"3\" height=\"3\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            out += "<path d=\"M0 0V3\" stroke=\"currentColor\" stroke-width=\"1.2\"/></pattern></defs>\n"
        }
        let ticks = ticks(spec)
        out += "<g class=\"axis\" stroke=\"currentColor\" fill=\"none\">\n"
        for tick in ticks {
            out += "<path d=\"M\(number(tick.x)) \(number(top))V\(number(axisY))\" stroke-opacity=\"0.4\" stroke-dasharray=\"1 2\"/>\n"
        }
        out += "<path d=\"M\(number(plotLeft)) \(number(axisY))H\(number(plotRight))"
        for tick in ticks { out += "M\(number(tick.x)) \(number(axisY))v3" }
        out += "\"/>\n</g>\n<g class=\"ticks\" fill=\"currentColor\">\n"
        for (index, tick) in ticks.enumerated() {
            let anchor = index == 0 ? "start" : (index == ticks.count - 1 ? "end" : "middle")
            out += "<text x=\"\(number(tick.x))\" y=\"\(number(axisY + 12))\" text-anchor=\"\(anchor)\">\(HTMLText.escape(tick.label))</text>\n"
        }
        out += "</g>\n"
        for row in rows {
            out += "<g class=\"series\">\n"
            out += "<text x=\"\(number(labelRight))\" y=\"\(number(row.y + 3))\" text-anchor=\"end\" fill=\"currentColor\">\(HTMLText.escape(row.label))</text>\n"
            if let bar = row.bar {
                out += draw(bar, y: row.y, pattern: pattern)
            } else {
                out += "<text x=\"\(number(plotLeft))\" y=\"\(number(row.y + 3))\" font-style=\"italic\" fill=\"currentColor\">not drawn</text>\n"
            }
            out += "</g>\n"
        }
        return out + "</svg>"
    }

    static func draw(_ bar: Bar, y: Double, pattern: String) -> String {
        let thin = bar.point != nil
        let half = thin ? 0.0 : 3.0
        let capHalf = thin ? 3.5 : 5.0
        let from = inner(bar.left, inward: 1)
        let to = inner(bar.right, inward: -1)
        var out = ""
        if to > from {
            if thin {
                out += "<path d=\"M\(number(from)) \(number(y))H\(number(to))\" stroke=\"currentColor\"/>\n"
            } else {
                out += "<rect x=\"\(number(from))\" y=\"\(number(y - half))\" width=\"\(number(to - from))\" height=\"\(number(2 * half))\" fill=\"url(#\(pattern))\"/>\n"
                out += "<path d=\"M\(number(from)) \(number(y - half))H\(number(to))M\(number(from)) \(number(y + half))H\(number(to))\" stroke=\"currentColor\"/>\n"
            }
        }
        for (end, inward) in [(bar.left, 1.0), (bar.right, -1.0)] {
            switch end.kind {
            case .cap:
                out += "<path d=\"M\(number(end.x)) \(number(y - capHalf))V\(number(y + capHalf))\" stroke=\"currentColor\" stroke-width=\"1.5\"/>\n"
            case .open:
                out += "<circle cx=\"\(number(end.x + inward * ringRadius))\" cy=\"\(number(y))\" r=\"\(number(ringRadius - 0.6))\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.2\"/>\n"
            case .arrow:
                let base = end.x + inward * arrowLength
                out += "<path d=\"M\(number(end.x)) \(number(y))L\(number(base)) \(number(y - 3.5))V\(number(y + 3.5))Z\" fill=\"currentColor\"/>\n"
            }
        }
        if let point = bar.point {
            out += "<circle cx=\"\(number(point))\" cy=\"\(number(y))\" r=\"2.5\" fill=\"currentColor\"/>\n"
        }
        return out
    }

    /// Where the bar's body meets an end: at a cap, past the ring, behind the arrowhead.
    static func inner(_ end: End, inward: Double) -> Double {
        switch end.kind {
        case .cap: end.x
        case .open: end.x + inward * 2 * ringRadius
        case .arrow: end.x + inward * arrowLength
        }
    }

    /// A coordinate with at most one decimal, no locale: 64, 127.5, -3.5.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10, fraction = abs(tenths) % 10
        return sign + String(whole) + (fraction == 0 ? "" : "." + String(fraction))
    }
}
