// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "convene",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "convene", targets: ["convene"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .target(
            name: "CNcursesw",
            cSettings: [
                .define("NCURSES_WIDECHAR", to: "1"),
                .define("_XOPEN_SOURCE_EXTENDED", to: "1"),
            ],
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        .target(
            name: "ConveneTUI",
            dependencies: ["CNcursesw", "ConveneCore", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(
            name: "ConveneCore",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "convene",
            dependencies: [
                "ConveneCore",
                "ConveneTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "convene-benchmark",
            dependencies: ["ConveneCore", "ConveneTUI"],
            path: "Benchmarks/ConveneBenchmark"
        ),
        // The golden-file helper, the shared export fixture and its golden files, used by
        // the core's and the terminal app's tests.
        .target(
            name: "ConveneTestSupport",
            dependencies: ["ConveneCore", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/ConveneTestSupport",
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "ConveneCoreTests",
            dependencies: [
                "ConveneCore", "ConveneTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Corpus/Fixtures", "Store/Fixtures"]
        ),
        .testTarget(
            name: "ConveneTUITests",
            dependencies: [
                "ConveneTUI", "CNcursesw", "ConveneCore", "ConveneTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "ConveneCLITests",
            dependencies: ["ConveneTestSupport", "convene", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
