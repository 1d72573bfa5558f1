/// Counts in messages as English reads them: "1 line", "4 lines", never "line(s)".
public enum Counted {
    /// `noun` takes an "s" in the plural (every noun the messages count does).
    public static func phrase(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
