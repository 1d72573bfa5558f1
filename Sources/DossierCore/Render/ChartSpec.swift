/// What a chart directive draws, read from an image destination such as
///
///     chart:0..1200 people; U.S. News=(..600]; The Week=[200..1000); The Week=(600..)
///
/// Grammar (spaces around `;` and `=` are ignored):
///
///     chart:LOW..HIGH [UNIT]; LABEL=SERIES; LABEL=SERIES …
///     SERIES = ?                        a figure that is not drawn (malformed, unreadable)
///            | INTERVAL [@POINT]
///     INTERVAL = [ or (  [NUMBER] .. [NUMBER]  ] or )
///
/// `[` and `]` are closed ends (the value is allowed), `(` and `)` open ones (it is not); a
/// missing number is an unbounded end and takes `(` or `)`, as in interval notation. `@POINT`
/// marks the number as written, inside the interval, which then reads as that number's
/// tolerance. UNIT is a `FigureUnit` name (`people`, `years`, `calendarYear`, …) and decides
/// how tick labels are written. Numbers are plain digits with an optional `-` and decimals,
/// no separators. A label is at most `maximumLabelLength` characters, without `;`, `=`, `<`,
/// `>`, `\` or `|`. The grammar has no `|`, so a spec sits in a table cell unescaped.
struct ChartSpec: Equatable {
    struct Series: Equatable {
        var label: String
        /// nil: not drawn (`?`).
        var range: ValueRange?
        /// The number as written, drawn as a dot; nil for hedged ranges.
        var point: Double?
    }

    var low: Double
    var high: Double
    var unit: FigureUnit
    var series: [Series]

    static let scheme = "chart:"
    /// Room the chart leaves for a label beside its bar.
    static let maximumLabelLength = 10
    /// `|` would split a table cell; the others end a label or the destination.
    static let forbiddenInLabels: Set<Character> = [";", "=", "<", ">", "\\", "|"]

    // MARK: Reading

    /// Parses a destination that starts with `chart:`; the error says what is wrong, in words.
    static func parse(_ destination: String) -> Result<ChartSpec, DirectiveError> {
        guard destination.hasPrefix(scheme) else { return .failure(DirectiveError("a chart spec starts with `\(scheme)`")) }
        var parts = destination.dropFirst(scheme.count).split(separator: ";", omittingEmptySubsequences: false).map(\.trimmingSpaces)
        guard let axisPart = parts.first, !axisPart.isEmpty else {
            return .failure(DirectiveError("a chart spec starts with its axis, `LOW..HIGH`"))
        }
        parts.removeFirst()
        var spec: ChartSpec
        switch axis(axisPart) {
        case .success(let parsed): spec = parsed
        case .failure(let error): return .failure(error)
        }
        guard !parts.isEmpty else { return .failure(DirectiveError("a chart needs at least one `LABEL=[LOW..HIGH]`")) }
        for part in parts {
            switch series(part, low: spec.low, high: spec.high) {
            case .success(let parsed): spec.series.append(parsed)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(spec)
    }

    static func axis(_ text: Substring) -> Result<ChartSpec, DirectiveError> {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count <= 2, let range = words.first, let dots = range.range(of: ".."),
              let low = number(range[..<dots.lowerBound]), let high = number(range[dots.upperBound...]) else {
            return .failure(DirectiveError("the axis `\(text)` must be `LOW..HIGH` with plain numbers, then an optional unit"))
        }
        guard low < high else { return .failure(DirectiveError("the axis `\(range)` must run from a lower to a higher number")) }
        var unit = FigureUnit.unspecified
        if words.count == 2 {
            guard let named = FigureUnit(rawValue: String(words[1])) else {
                let names = FigureUnit.allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(DirectiveError("unknown unit `\(words[1])` (one of \(names))"))
            }
            unit = named
        }
        return .success(ChartSpec(low: low, high: high, unit: unit, series: []))
    }

    static func series(_ text: Substring, low: Double, high: Double) -> Result<Series, DirectiveError> {
        guard let equals = text.firstIndex(of: "=") else {
            return .failure(DirectiveError("`\(text)` must be `LABEL=[LOW..HIGH]` or `LABEL=?`"))
        }
        let label = String(text[..<equals].trimmingSpaces)
        let value = text[text.index(after: equals)...].trimmingSpaces
        guard !label.isEmpty, label.count <= maximumLabelLength, !label.contains(where: forbiddenInLabels.contains) else {
            return .failure(DirectiveError("label `\(label)` must have 1 to \(maximumLabelLength) characters, none of ; = < > \\ |"))
        }
        if value == "?" { return .success(Series(label: label, range: nil, point: nil)) }
        var intervalText = value
        var point: Double?
        if let at = value.firstIndex(of: "@") {
            guard let parsed = number(value[value.index(after: at)...]) else {
                return .failure(DirectiveError("`\(value)`: the point after `@` must be a plain number"))
            }
            point = parsed
            intervalText = value[..<at]
        }
        guard let range = interval(intervalText) else {
            return .failure(DirectiveError("`\(value)` must be an interval such as `[570..630]`, `(600..)` or `(..600]`, or `?`; an unbounded end takes `(` or `)`"))
        }
        guard !range.isEmpty else { return .failure(DirectiveError("the interval `\(intervalText)` holds no value")) }
        guard range.intersection(.closed(low, high)) != nil else {
            return .failure(DirectiveError("the interval `\(intervalText)` lies outside the axis"))
        }
        if let point, !range.contains(point) || point < low || point > high {
            return .failure(DirectiveError("the point `@\(number(point))` must lie inside `\(intervalText)` and on the axis"))
        }
        return .success(Series(label: label, range: range, point: point))
    }

    /// `[570..630]`, `(600..)`, `(..600]`; nil when malformed.
    static func interval(_ text: Substring) -> ValueRange? {
        guard let open = text.first, let close = text.last, text.count >= 4, "[(".contains(open), "])".contains(close),
              let dots = text.range(of: "..") else { return nil }
        let lowText = text[text.index(after: text.startIndex)..<dots.lowerBound]
        let highText = text[dots.upperBound..<text.index(before: text.endIndex)]
        var range = ValueRange(lower: nil, upper: nil)
        if lowText.isEmpty {
            guard open == "(" else { return nil }
        } else {
            guard let value = number(lowText) else { return nil }
            range.lower = .init(value, inclusive: open == "[")
        }
        if highText.isEmpty {
            guard close == ")" else { return nil }
        } else {
            guard let value = number(highText) else { return nil }
            range.upper = .init(value, inclusive: close == "]")
        }
        return range
    }

    /// `-?digits(.digits)?` with at most 15 whole digits; nil for anything else (no
    /// separators, exponents or spaces).
    static func number(_ text: some StringProtocol) -> Double? {
        var digits = Substring(text)
        if digits.first == "-" { digits = digits.dropFirst() }
        let pieces = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard pieces[0].count <= 15, pieces.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) else { return nil }
        return Double(String(text))
    }

    // MARK: Writing

    /// The spec as a destination, `chart:` included; `parse` reads it back to an equal spec
    /// (numbers are written to six significant digits).
    var destination: String {
        var out = Self.scheme + Self.number(low) + ".." + Self.number(high)
        if unit != .unspecified { out += " " + unit.rawValue }
        for series in series {
            out += "; " + series.label + "="
            guard let range = series.range else {
                out += "?"
                continue
            }
            out += range.lower.map { ($0.isInclusive ? "[" : "(") + Self.number($0.value) } ?? "("
            out += ".."
            out += range.upper.map { Self.number($0.value) + ($0.isInclusive ? "]" : ")") } ?? ")"
            if let point = series.point { out += "@" + Self.number(point) }
        }
        return out
    }

    /// Plain digits rounded to six significant digits (whole numbers stay whole), no exponent,
    /// no locale: 2.85 (not 2.8499999999999996), 1000000000, -0.5. Values are below 10^15,
    /// as `parse` requires.
    static func number(_ value: Double) -> String {
        guard value != 0, value.isFinite else { return "0" }
        guard abs(value) < 1e15 else { return "\(value)" } // beyond what `parse` reads; never composed
        let magnitude = Int((abs(value)).log10Floor)
        let decimals = max(0, 5 - magnitude)
        let scale = pow10(decimals)
        let rounded = (abs(value) * scale).rounded()
        let whole = (rounded / scale).rounded(.towardZero)
        var text = value < 0 && rounded != 0 ? "-" : ""
        text += String(Int64(whole))
        var fraction = Int64(rounded - whole * scale)
        guard decimals > 0, fraction > 0 else { return text }
        var width = decimals
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        let fractionDigits = String(fraction)
        return text + "." + String(repeating: "0", count: width - fractionDigits.count) + fractionDigits
    }

    static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}

private extension Double {
    /// ⌊log10(self)⌋ for a positive value, without Foundation.
    var log10Floor: Double {
        var exponent = 0.0
        var value = self
        while value >= 10 {
            value /= 10
            exponent += 1
        }
        while value < 1 {
            value *= 10
            exponent -= 1
        }
        return exponent
    }
}
