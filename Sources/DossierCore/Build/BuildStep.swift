/// The named steps of a build, in pipeline order. Every diagnostic is tagged with one.
public enum BuildStep: String, Sendable, CaseIterable, Comparable {
    case discover, ingest, clean, extract, compose, render, layout, write

    public static func < (lhs: BuildStep, rhs: BuildStep) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
