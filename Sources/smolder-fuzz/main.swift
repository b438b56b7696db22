import Foundation
import SmolderRuntime

// Fuzz smoke test: randomly mutated conformance programs go through the tokenizer, parser, compiler and
// VM (with an instruction budget). Python exceptions are expected; a crash of this process is the
// failure this test exists to catch. The program being run is written to a file first, so a crash
// leaves the culprit behind.

struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

let fragments = [
    "(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "==", "+", "-", "*", "**", "/", "//", "%", "@", "<", ">",
    "not ", " and ", " or ", " in ", " is ", "lambda: ", "yield ", "return ", "def f(", "class C(", "if x:",
    "else:", "try:", "except:", "finally:", "with x:", "for i in ", "while ", "match x:", "case _:", "*", "**",
    "\"", "'", "f'{", "}'", "\"\"\"", "\\", "\n", "    ", "\t", "0", "1", "-1", "0x", "1e", "1j", "3.5", "None",
    "True", "...", "global x", "nonlocal x", "del x", "raise", "assert ", "import sys", "from . import x",
    "@property\n", "async ", "await ", "lazy import sys\n", "x := 1", "[*a]", "{**d}", "#", ";",
]

func mutate(_ source: String, _ rng: inout SplitMix64) -> String {
    var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let operations = Int.random(in: 1...3, using: &rng)
    for _ in 0..<operations {
        guard !lines.isEmpty else { break }
        let i = Int.random(in: 0..<lines.count, using: &rng)
        switch Int.random(in: 0..<8, using: &rng) {
        case 0: lines.remove(at: i)
        case 1: lines.insert(lines[i], at: Int.random(in: 0...lines.count, using: &rng))
        case 2:
            let j = Int.random(in: 0..<lines.count, using: &rng)
            lines.swapAt(i, j)
        case 3:
            var chars = Array(lines[i])
            if !chars.isEmpty { chars.remove(at: Int.random(in: 0..<chars.count, using: &rng)) }
            lines[i] = String(chars)
        case 4, 5:
            var chars = Array(lines[i])
            let fragment = fragments[Int.random(in: 0..<fragments.count, using: &rng)]
            chars.insert(contentsOf: fragment, at: Int.random(in: 0...chars.count, using: &rng))
            lines[i] = String(chars)
        case 6:
            lines[i] = String(repeating: " ", count: Int.random(in: 0...8, using: &rng))
                + lines[i].drop { $0 == " " }
        default:
            var chars = Array(lines[i])
            if chars.count > 1 {
                let a = Int.random(in: 0..<chars.count, using: &rng)
                let b = min(chars.count, a + Int.random(in: 1...6, using: &rng))
                chars.removeSubrange(a..<b)
            }
            lines[i] = String(chars)
        }
    }
    return lines.joined(separator: "\n")
}

func collectPrograms(_ root: String) -> [(String, String)] {
    guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
    var out: [(String, String)] = []
    while let path = walker.nextObject() as? String {
        guard path.hasSuffix(".py"), let text = try? String(contentsOfFile: "\(root)/\(path)", encoding: .utf8) else { continue }
        out.append((path, text))
    }
    return out.sorted { $0.0 < $1.0 }
}

func runFuzz() -> Int32 {
    var args = Array(CommandLine.arguments.dropFirst())
    var count = 2000
    var seed: UInt64 = 1
    var crashFile = ".build/fuzz-current.py"
    var root = "Tests/conformance/cases"
    while !args.isEmpty {
        let a = args.removeFirst()
        switch a {
        case "--count": count = Int(args.isEmpty ? "" : args.removeFirst()) ?? count
        case "--seed": seed = UInt64(args.isEmpty ? "" : args.removeFirst()) ?? seed
        case "--crash-file": crashFile = args.isEmpty ? crashFile : args.removeFirst()
        default: root = a
        }
    }
    let programs = collectPrograms(root)
    guard !programs.isEmpty else {
        print("fuzz: no programs found under \(root)")
        return 1
    }
    var rng = SplitMix64(state: seed)
    let workDirectory = NSTemporaryDirectory() + "smolder-fuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: workDirectory, withIntermediateDirectories: true)
    let crashPath = URL(fileURLWithPath: crashFile).standardizedFileURL.path
    FileManager.default.changeCurrentDirectoryPath(workDirectory)
    var raised = 0
    for n in 0..<count {
        let (name, source) = programs[Int.random(in: 0..<programs.count, using: &rng)]
        let mutant = mutate(source, &rng)
        try? "# mutant \(n) of \(name), seed \(seed)\n\(mutant)".write(toFile: crashPath, atomically: false, encoding: .utf8)
        let vm = Interpreter(output: StringOutput(), error: StringOutput())
        vm.instructionBudget = 20_000
        vm.recursionLimit = 200
        vm.configure(argv: ["fuzz"], path: [workDirectory])
        if vm.runScript(source: mutant, filename: "<fuzz>") != 0 { raised += 1 }
    }
    try? FileManager.default.removeItem(atPath: crashPath)
    try? FileManager.default.removeItem(atPath: workDirectory)
    print("fuzz: ran \(count) mutated programs (seed \(seed)); \(raised) ended with a Python exception, none crashed")
    print("fuzz: \(count) passed, 0 failed")
    return 0
}

nonisolated(unsafe) var status: Int32 = 0
let thread = Thread {
    status = runFuzz()
    exit(status)
}
thread.stackSize = 1 << 30
thread.start()
while true { sleep(1000) }
