// swift-tools-version:6.0
import PackageDescription

/// copydesk: a thin executable over a pure core library, with adapters at the edges.
/// Read README.md ("Architecture") for where to start.
let package = Package(
    name: "copydesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "copydesk", targets: ["copydesk"]),
        .library(name: "CopydeskCore", targets: ["CopydeskCore"]),
        .library(name: "CopydeskSemantic", targets: ["CopydeskSemantic"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        // C libraries, each a system-library target over a Debian -dev package with a small shim.
        .systemLibrary(name: "CICU", pkgConfig: "icu-uc", providers: [.apt(["libicu-dev"])]),
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
        .systemLibrary(name: "CFontconfig", pkgConfig: "fontconfig", providers: [.apt(["libfontconfig-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        .systemLibrary(name: "CJPEG", pkgConfig: "libjpeg", providers: [.apt(["libjpeg-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        // Debian's libsentencepiece (C++) behind a small extern "C" shim, and the encoder's matrix product.
        .target(name: "CSentencePiece", linkerSettings: [.linkedLibrary("sentencepiece")]),
        // Optimised in debug builds too: the tests run the network on hundreds of texts.
        .target(name: "CSemanticKernels", cSettings: [.unsafeFlags(["-O2"])]),

        // The pure core: tweets, stories, ranking, the draft, session events, the post renderer.
        .target(
            name: "CopydeskCore",
            dependencies: ["CICU", "CCrypto", .product(name: "Mustache", package: "swift-mustache")],
            // Resources/ holds the default lexicon and post templates; scripts/embed-resources.sh
            // compiles them in (BuiltIn/), so the core reads no files at run time.
            exclude: ["Resources"]
        ),
        // Generated days of any size with known stories: for `synth`, the benchmarks and tests, not the product.
        .target(name: "CopydeskSynthetic", dependencies: ["CopydeskCore"]),
        // Adapters at the edges.
        .target(name: "CopydeskStore", dependencies: ["CopydeskCore"]),
        .target(name: "CopydeskCloud", dependencies: ["CopydeskCore", "CFreeType", "CFontconfig", "CPNG", "CJPEG"]),
        .target(name: "CopydeskHTTP"),
        .target(name: "CopydeskLLM", dependencies: ["CopydeskCore", "CopydeskHTTP"]),
        .target(name: "CopydeskFetch", dependencies: ["CopydeskCore", "CopydeskStore", "CopydeskHTTP"]),
        .target(name: "CopydeskShell", dependencies: ["CopydeskCore", "CEditLine"]),
        // The sentence encoder (USE multilingual v3), read from models/ (`make model`).
        .target(
            name: "CopydeskSemantic", dependencies: ["CopydeskCore", "CSentencePiece", "CSemanticKernels"],
            swiftSettings: [.unsafeFlags(["-O"])]
        ),

        // The thin executable and the benchmark runner.
        .executableTarget(
            name: "copydesk",
            dependencies: [
                "CopydeskCore", "CopydeskStore", "CopydeskCloud", "CopydeskLLM", "CopydeskShell", "CopydeskFetch",
                "CopydeskSemantic", "CopydeskSynthetic", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "copydesk-bench", dependencies: ["CopydeskCore", "CopydeskStore", "CopydeskCloud", "CopydeskSemantic", "CopydeskSynthetic"]),

        // Tests mirror the source folders; EndToEndTests drive the built binary.
        .target(name: "TestSupport", dependencies: ["CopydeskCore", "CopydeskSynthetic"], path: "Tests/TestSupport"),
        .testTarget(name: "CopydeskCoreTests", dependencies: ["CopydeskCore", "CopydeskSynthetic", "TestSupport"]),
        .testTarget(name: "CopydeskSyntheticTests", dependencies: ["CopydeskSynthetic", "TestSupport"]),
        .testTarget(name: "CopydeskStoreTests", dependencies: ["CopydeskStore", "TestSupport"]),
        .testTarget(name: "CopydeskCloudTests", dependencies: ["CopydeskCloud", "TestSupport"]),
        .testTarget(name: "CopydeskLLMTests", dependencies: ["CopydeskLLM", "TestSupport"]),
        .testTarget(name: "CopydeskFetchTests", dependencies: ["CopydeskFetch", "TestSupport"]),
        .testTarget(name: "CopydeskShellTests", dependencies: ["CopydeskShell", "TestSupport"]),
        .testTarget(name: "CopydeskSemanticTests", dependencies: ["CopydeskSemantic", "CopydeskStore", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "EndToEndTests", dependencies: ["CopydeskCore", "TestSupport"], exclude: ["Golden"]),
    ]
)
