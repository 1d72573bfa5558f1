/// Reads a number written in digits ("600", "136,000", "1.5") and checks its digit groups.
/// A broken group ("130,00") is never silently repaired: the reading has no value, a reason,
/// and, when exactly one repair is possible, that repair as a hypothesis.
enum DigitGroups {
    struct Reading: Hashable {
        /// nil when the digits cannot be read as written.
        var value: Double?
        /// Place value of the last non-zero digit (100 for "600", 0.1 for "1.5").
        var precision: Double
        var problem: Problem?
    }

    struct Problem: Hashable {
        var reason: String
        /// The number as it was most likely meant, written with proper groups ("130,000").
        var obviousReading: String?
        var obviousValue: Double?
        var obviousPrecision: Double?
    }

    static func read(_ written: String) -> Reading {
        let bytes = Array(written.utf8)
        let commas = bytes.filter { $0 == UInt8(ascii: ",") }.count
        let stops = bytes.filter { $0 == UInt8(ascii: ".") }.count
        let digitCount = bytes.count - commas - stops

        if commas == 0 && stops > 1 {
            let groups = written.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            return malformed("stops used to separate digit groups", groups: groups, separator: ".")
        }
        if commas > 0 && stops > 0 {
            // English groups then a decimal part ("1,234.5"); anything else is mixed notation.
            let parts = written.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[1].containsASCII(",") else {
                return Reading(value: nil, precision: 1, problem: Problem(reason: "commas and stops mixed in one number"))
            }
            let integer = read(String(parts[0]))
            if let problem = integer.problem {
                // A repair of the integer part would drop the decimals: offer none.
                return Reading(value: nil, precision: 1, problem: Problem(reason: problem.reason))
            }
            return plain(parts[0].filter { $0 != "," } + "." + parts[1])
        }
        if commas > 0 {
            let groups = written.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) {
                return plain(groups.joined())
            }
            return malformed(groupProblem(groups), groups: groups, separator: ",")
        }
        if digitCount > NumberLexicon.maximumDigits {
            return Reading(value: nil, precision: 1, problem: Problem(reason: "\(digitCount) digits: too long to be read as an amount"))
        }
        return plain(written)
    }

    /// Digits with at most one decimal stop and no group separators.
    static func plain(_ digits: String) -> Reading {
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let integer = parts[0].drop { $0 == "0" }
        let fraction = parts.count > 1 ? parts[1] : ""
        guard integer.count + fraction.count <= NumberLexicon.maximumDigits else {
            return Reading(value: nil, precision: 1,
                           problem: Problem(reason: "\(integer.count + fraction.count) digits: too long to be read as an amount"))
        }
        guard let value = Double(digits.isEmpty ? "0" : digits) else {
            return Reading(value: nil, precision: 1, problem: Problem(reason: "cannot be read as a number"))
        }
        return Reading(value: value, precision: precision(integer: String(integer), fraction: String(fraction)), problem: nil)
    }

    /// Place value of the last non-zero digit.
    static func precision(integer: String, fraction: String) -> Double {
        if let last = fraction.lastIndex(where: { $0 != "0" }) {
            return pow10(-(fraction.distance(from: fraction.startIndex, to: last) + 1))
        }
        guard let last = integer.lastIndex(where: { $0 != "0" }) else { return 1 }
        return pow10(integer.distance(from: last, to: integer.endIndex) - 1)
    }

    static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        if exponent >= 0 {
            for _ in 0..<exponent { result *= 10 }
        } else {
            for _ in 0..<(-exponent) { result /= 10 }
        }
        return result
    }

    /// Why comma groups are malformed, in words a reader can check against the text.
    static func groupProblem(_ groups: [String]) -> String {
        if groups.contains(where: \.isEmpty) { return "an empty digit group (two commas in a row, or a comma at an end)" }
        if groups[0].count > 3 { return "a first digit group of \(groups[0].count) digits; groups have at most three" }
        let bad = groups.dropFirst().filter { $0.count != 3 }
        let listed = bad.prefix(3).map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ") + (bad.count > 3 ? ", …" : "")
        let counts = Set(bad.map(\.count))
        let size = counts.count == 1 ? " \(bad[0].count == 1 ? "has one digit" : "has \(bad[0].count) digits")" : ""
        return "\(Counted.noun(bad.count, "digit group")) \(listed) after a comma\(bad.count == 1 ? size : (size.isEmpty ? "" : " each" + size)); groups after a comma have three digits"
    }

    /// A malformed reading, with the one repair that needs no guess when there is one:
    /// a single short group of zeros ("130,00": a zero was dropped, wherever it was, the
    /// value is the same), or a long first group before proper groups ("1000,000": every
    /// digit is there, only a comma is missing).
    static func malformed(_ reason: String, groups: [String], separator: Character) -> Reading {
        var problem = Problem(reason: reason)
        let digits = groups.joined()
        guard digits.count <= NumberLexicon.maximumDigits + 3, !groups.contains(where: \.isEmpty) else {
            return Reading(value: nil, precision: 1, problem: problem)
        }
        let rest = groups.dropFirst()
        let bad = rest.indices.filter { groups[$0].count != 3 }
        var repaired: [String]?
        if bad.count == 1, groups[bad[0]].count < 3, groups[bad[0]].allSatisfy({ $0 == "0" }), groups[0].count <= 3 {
            repaired = groups
            repaired![bad[0]] = "000"
        } else if bad.isEmpty, groups[0].count > 3 || separator == "." {
            repaired = regroup(digits)
        }
        if let repaired, case let reading = plain(repaired.joined()), reading.problem == nil {
            problem.obviousReading = regroup(repaired.joined()).joined(separator: ",")
            problem.obviousValue = reading.value
            problem.obviousPrecision = reading.precision
        }
        return Reading(value: nil, precision: 1, problem: problem)
    }

    /// "1000000" → ["1", "000", "000"].
    static func regroup(_ digits: String) -> [String] {
        let characters = Array(digits.drop { $0 == "0" }.isEmpty ? "0" : String(digits.drop { $0 == "0" }))
        var groups: [String] = []
        var end = characters.count
        while end > 0 {
            let start = max(0, end - 3)
            groups.insert(String(characters[start..<end]), at: 0)
            end = start
        }
        return groups
    }
}
