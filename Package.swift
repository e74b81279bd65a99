// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Vraagbaak",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "vraagbaak", targets: ["vraagbaak"]),
        .library(name: "VraagbaakCore", targets: ["VraagbaakCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
    ],
    targets: [
        // The whole retrieval core: analysis, knowledge loading, index, ranking,
        // answering and evaluation. Imports no command-line package.
        .target(
            name: "VraagbaakCore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Commands and terminal presentation over the core.
        .target(
            name: "VraagbaakCLI",
            dependencies: [
                "VraagbaakCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "vraagbaak", dependencies: ["VraagbaakCLI"]),
        .testTarget(
            name: "VraagbaakCoreTests",
            dependencies: ["VraagbaakCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "VraagbaakCLITests",
            dependencies: ["VraagbaakCLI", "VraagbaakCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
