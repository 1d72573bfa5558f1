// swift-tools-version:6.1
import PackageDescription

// The sanitizers replace malloc with their own, and jemalloc linked beside them frees what the
// other allocated: .ci/sanitize builds with DOSSIER_SYSTEM_MALLOC=1, which leaves jemalloc out.
let linksJemalloc = Context.environment["DOSSIER_SYSTEM_MALLOC"] == nil

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierCore", targets: ["DossierCore"]),
        .executable(name: "dossier-fuzz", targets: ["DossierFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev), found through pkg-config.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // jemalloc from the system (Debian: libjemalloc-dev), linked into the `dossier` executable
        // on Linux only, where it replaces glibc's malloc for the whole process: a build of
        // 10,000 reports spends a tenth of its time allocating, and glibc's allocator made it
        // about 12 % slower overall and libcmark's render step 1.6 times slower (README, Benchmark).
        .systemLibrary(
            name: "CJemalloc",
            pkgConfig: "jemalloc",
            providers: [.apt(["libjemalloc-dev"])]
        ),
        // renameat2(RENAME_EXCHANGE): the one call Foundation lacks for swapping a finished site into place atomically.
        .target(name: "CAtomicSwap"),
        .target(
            name: "DossierCore",
            dependencies: [
                "CCmark",
                "CAtomicSwap",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + (linksJemalloc ? [.target(name: "CJemalloc", condition: .when(platforms: [.linux]))] : [])
        ),
        // The fuzzer over ingest → clean → extract → compose → render → layout (`.ci/fuzz` builds
        // it with -sanitize=fuzzer); in a plain build it replays the files it is given.
        .executableTarget(
            name: "DossierFuzz",
            dependencies: ["DossierCore", "CLibFuzzer"]
        ),
        // The declaration of libFuzzer's driver (the runtime itself comes with -sanitize=fuzzer).
        .target(name: "CLibFuzzer"),
        // What both test modules share: their scratch folders.
        .target(name: "DossierTestSupport", path: "Tests/DossierTestSupport"),
        .testTarget(
            name: "DossierCoreTests",
            dependencies: ["DossierCore", "DossierTestSupport"],
            exclude: ["Golden", "Fuzz/Corpus", "Fuzz/Regressions", "Fuzz/dossier.dict"]
        ),
        // Runs the built `dossier` binary: exit codes, messages and help as a user sees them.
        .testTarget(
            name: "dossierTests",
            dependencies: ["dossier", "DossierTestSupport"]
        ),
    ]
)
