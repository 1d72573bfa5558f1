import Foundation
@_spi(Fuzzing) import DossierCore
#if DOSSIER_FUZZING
import CLibFuzzer
#endif

// The fuzzer's entry point over the whole pipeline (`PipelineProbe`). Built by `.ci/fuzz`
// with `-sanitize=fuzzer,address -DDOSSIER_FUZZING`, it is a libFuzzer binary; in any other
// build it replays files (a crash found, a corpus) through the same function, so the target
// compiles and runs everywhere the package does.

/// The real templates, found from this file's place in the repository unless
/// `DOSSIER_FUZZ_TEMPLATES` names another folder; loaded once for all inputs.
enum FuzzTemplates {
    static let directory: String = ProcessInfo.processInfo.environment["DOSSIER_FUZZ_TEMPLATES"] ?? {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("templates").path
    }()

    static let layout: PageLayout = {
        do { return try PageLayout.load(from: directory) } catch {
            FileHandle.standardError.write(Data("dossier-fuzz: cannot load the templates: \(error)\n".utf8))
            exit(2)
        }
    }()
}

func exercise(_ bytes: [UInt8]) -> PipelineProbe.Outcome {
    PipelineProbe.exercise(bytes, layout: FuzzTemplates.layout)
}

#if DOSSIER_FUZZING
/// One input from libFuzzer; a broken property is trapped on, so libFuzzer keeps the input
/// like any other crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func dossierFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let outcome = exercise(bytes)
    if !outcome.violations.isEmpty {
        fatalError("broken propert\(outcome.violations.count == 1 ? "y" : "ies") on a \(outcome.target) input:\n"
                   + outcome.violations.joined(separator: "\n"))
    }
    return 0
}

/// libFuzzer's command line (`-max_len=…`, corpus folders) through its driver; the templates
/// are loaded before the first input, so that time is not taken from one input's timeout.
@main
struct DossierFuzz {
    static func main() {
        _ = FuzzTemplates.layout
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, dossierFuzzTestOneInput))
    }
}
#else
/// `dossier-fuzz FILE|FOLDER...`: each file through the pipeline, one line per file; exits 1
/// when any breaks a property (a crash stops it with the crash, as under the fuzzer).
@main
struct DossierFuzzReplay {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard !arguments.isEmpty, !arguments.contains("--help"), !arguments.contains("-h") else {
            print("usage: dossier-fuzz FILE|FOLDER...   (replays inputs through the fuzzed pipeline; see .ci/fuzz)")
            exit(arguments.isEmpty ? 64 : 0)
        }
        var files: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                FileHandle.standardError.write(Data("dossier-fuzz: no such file: \(argument)\n".utf8))
                exit(66)
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
                files += names.filter { !$0.hasPrefix(".") }.sorted().map { (argument as NSString).appendingPathComponent($0) }
            } else {
                files.append(argument)
            }
        }
        var broken = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            let outcome = exercise([UInt8](data))
            let result = outcome.refusals.isEmpty ? Counted.phrase(outcome.pages.count, "page") : "refused (\(outcome.refusals[0].message))"
            print("\(file): \(outcome.target), \(result)\(outcome.violations.isEmpty ? "" : ", \(outcome.violations.count) BROKEN")")
            for violation in outcome.violations { print("  \(violation)") }
            if !outcome.violations.isEmpty { broken += 1 }
        }
        print("\(Counted.phrase(files.count, "input")) replayed, \(broken) broke a property")
        exit(broken == 0 ? 0 : 1)
    }
}
#endif
