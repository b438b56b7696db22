// swift-tools-version:6.0
import PackageDescription

// Release builds drop dynamic exclusivity checks and use non-atomic reference counting: the interpreter
// runs all Python code on one thread, and atomic retain/release was a third of its run time. Bounds and
// overflow checks stay on, so a bug traps instead of corrupting memory.
let optimised: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked", "-Xfrontend", "-assume-single-threaded"], .when(configuration: .release)),
]

let package = Package(
    name: "Smolder",
    products: [
        .executable(name: "smolder", targets: ["smolder"]),
        .executable(name: "smolder-fuzz", targets: ["smolder-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        .target(name: "SmolderSyntax", dependencies: ["BigInt"], swiftSettings: optimised),
        .target(name: "SmolderCompiler", dependencies: ["SmolderSyntax", "BigInt"], swiftSettings: optimised),
        .target(name: "SmolderRuntime", dependencies: ["SmolderCompiler", "SmolderSyntax", "BigInt"],
                swiftSettings: optimised),
        // The interactive shell's line editor: libedit through a C module map (apt: libedit-dev).
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "SmolderShell", dependencies: ["SmolderRuntime", "SmolderCompiler", "SmolderSyntax", "CLibEdit"],
                swiftSettings: optimised),
        .executableTarget(name: "smolder", dependencies: ["SmolderRuntime", "SmolderShell"], swiftSettings: optimised),
        .executableTarget(name: "smolder-fuzz", dependencies: ["SmolderRuntime"], swiftSettings: optimised),
        .testTarget(name: "SmolderTests", dependencies: ["SmolderSyntax", "SmolderCompiler", "SmolderRuntime"]),
    ],
    swiftLanguageModes: [.v5]
)
