/// Counts in messages and pages as English reads them: "1 line", "4 lines", never "line(s)".
public enum Counted {
    /// `noun` takes an "s" in the plural (every noun the messages and pages count does).
    public static func phrase(_ number: Int, _ noun: String) -> String {
        "\(number) \(self.noun(number, noun))"
    }

    /// The noun alone, singular or plural for `number`: "duplicate keys a, b".
    public static func noun(_ number: Int, _ noun: String) -> String {
        number == 1 ? noun : noun + "s"
    }
}
