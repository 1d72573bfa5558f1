/// One mention the actor rules found, before the report's mentions are grouped into actors.
struct ActorCandidate {
    var kind: ReportActor.Kind
    /// The name the actor is grouped by: "Jen Psaki" for "Psaki" (the report's full name),
    /// "Syrian government" for "Syrian regime", "U.N." as written.
    var name: String
    /// The name as the report writes it where it names the whole actor ("Syrian regime",
    /// "United Nations"); a person's short form ("Psaki") gives the full name instead.
    var form: String
    /// Tokens of the name at this mention.
    var tokens: ClosedRange<Int>
    /// The person `ReportSpeakers` resolved the mention to, if any.
    var entity: Int?
}
