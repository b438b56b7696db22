import Foundation
import SmolderRuntime
import SmolderShell

// The `smolder` command: CPython's command-line habits (-c, -m, -i, -q, -E, -V, -h, -X, PYTHONPATH).

let usage = """
usage: smolder [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-L     : lazy imports for every module (same as -X lazyimportsall)
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option
file   : program read from script file
-      : program read from stdin (without it: the shell on a tty, batch mode on a pipe)
arg ...: arguments passed to program in sys.argv[1:]

"""

/// What the command line asks for.
struct CommandLineRequest {
    enum Action { case script(String), command(String), module(String), stdin, version, help }
    var action: Action = .stdin
    var arguments: [String] = []
    var flags = RuntimeFlags()
}

struct UsageError: Error {
    let message: String
}

func parseCommandLine(_ args: [String]) -> Result<CommandLineRequest, UsageError> {
    var request = CommandLineRequest()
    var i = 0
    func takeValue(_ option: String, _ rest: Substring) -> String? {
        if !rest.isEmpty { return String(rest) }
        i += 1
        return i < args.count ? args[i] : nil
    }
    while i < args.count {
        let arg = args[i]
        if arg == "--version" { request.action = .version; return .success(request) }
        if arg == "--help" { request.action = .help; return .success(request) }
        if arg == "-" {
            request.action = .stdin
            request.arguments = Array(args[i...])
            return .success(request)
        }
        guard arg.hasPrefix("-"), arg.count > 1 else {
            request.action = .script(arg)
            request.arguments = Array(args[i...])
            return .success(request)
        }
        var letters = arg.dropFirst()
        while let letter = letters.first {
            letters = letters.dropFirst()
            switch letter {
            case "c":
                guard let cmd = takeValue("-c", letters) else { return .failure(UsageError(message: "Argument expected for the -c option")) }
                request.action = .command(cmd)
                request.arguments = ["-c"] + Array(args[(i + 1)...])
                return .success(request)
            case "m":
                guard let mod = takeValue("-m", letters) else { return .failure(UsageError(message: "Argument expected for the -m option")) }
                request.action = .module(mod)
                request.arguments = [mod] + Array(args[(i + 1)...])
                return .success(request)
            case "X":
                guard let opt = takeValue("-X", letters) else { return .failure(UsageError(message: "Argument expected for the -X option")) }
                request.flags.xOptions.append(opt)
                letters = ""
            case "i": request.flags.interactive = true
            case "q": request.flags.quiet = true
            case "E": request.flags.ignoreEnvironment = true
            case "L": request.flags.xOptions.append("lazyimportsall")
            case "V": request.action = .version; return .success(request)
            case "h", "?": request.action = .help; return .success(request)
            case "B": request.flags.dontWriteBytecode = true
            case "u", "s", "S", "O", "d", "v", "b", "I", "P", "R": break
            default:
                return .failure(UsageError(message: "Unknown option: -\(letter)"))
            }
        }
        i += 1
    }
    return .success(request)
}

/// Finds the bundled `Modules/` folder relative to the executable, wherever it is run from.
func bundledLibraryPath() -> String? {
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    if !CommandLine.arguments[0].contains("/"), let path = ProcessInfo.processInfo.environment["PATH"] {
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(CommandLine.arguments[0])"
            if FileManager.default.isExecutableFile(atPath: candidate) {
                url = URL(fileURLWithPath: candidate).resolvingSymlinksInPath()
                break
            }
        }
    }
    var dir = url.deletingLastPathComponent()
    for _ in 0..<6 {
        let candidate = dir.appendingPathComponent("Modules")
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), isDir.boolValue,
           FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
            return candidate.path
        }
        dir = dir.deletingLastPathComponent()
    }
    return nil
}

/// `os.path.abspath`: joined with the working directory and normalised, symlinks kept.
func absolutePath(_ file: String) -> String {
    if file.hasPrefix("/") { return URL(fileURLWithPath: file).standardized.path }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(file).standardized.path
}

func runMain() -> Int32 {
    let request: CommandLineRequest
    switch parseCommandLine(Array(CommandLine.arguments.dropFirst())) {
    case .success(let r): request = r
    case .failure(let problem):
        FileHandle.standardError.write(Data("\(problem.message)\nusage: smolder [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `smolder -h' for more information.\n".utf8))
        return 2
    }
    switch request.action {
    case .version:
        print("Python 3.11.7 (Smolder)")
        return 0
    case .help:
        print(usage, terminator: "")
        return 0
    default:
        break
    }
    let vm = Interpreter()
    defer { vm.runAtexitHandlers() }
    vm.flags = request.flags
    var path: [String] = []
    switch request.action {
    case .script(let file):
        path.append(URL(fileURLWithPath: absolutePath(file)).deletingLastPathComponent().path)
    case .module:
        path.append(FileManager.default.currentDirectoryPath)  // CPython puts the full cwd first for -m
    default:
        path.append("")
    }
    if !request.flags.ignoreEnvironment, let extra = ProcessInfo.processInfo.environment["PYTHONPATH"], !extra.isEmpty {
        path.append(contentsOf: extra.split(separator: ":").map(String.init))
    }
    if let lib = bundledLibraryPath() { path.append(lib) }
    vm.configure(argv: request.arguments.isEmpty ? [""] : request.arguments, path: path)

    switch request.action {
    case .script(let file):
        guard let data = FileManager.default.contents(atPath: file) else {
            let reason = FileManager.default.fileExists(atPath: file) ? "Permission denied" : "No such file or directory"
            let errnoValue = reason == "Permission denied" ? 13 : 2
            FileHandle.standardError.write(Data("\(CommandLine.arguments[0]): can't open file '\(absolutePath(file))': [Errno \(errnoValue)] \(reason)\n".utf8))
            return 2
        }
        // Like CPython 3.9+, the main script's code (and so its tracebacks and __file__) uses an absolute path.
        let status = vm.runScript(source: String(decoding: data, as: UTF8.self), filename: absolutePath(file))
        return request.flags.interactive ? vm.runInteractiveLoop(banner: nil) : status
    case .command(let cmd):
        let status = vm.runCommand(cmd)
        return request.flags.interactive ? vm.runInteractiveLoop(banner: nil) : status
    case .module(let name):
        return vm.runModuleAsMain(name)
    case .stdin where isatty(0) != 0 && request.arguments.first != "-":
        // The line-editing shell with the lazy-import inspector.
        return Shell.runInteractive(vm: vm, banner: request.flags.quiet ? nil : "Python 3.11.7 (Smolder) on linux")
    case .stdin where request.flags.interactive:
        return vm.runInteractiveLoop(banner: request.flags.quiet ? nil : "Python 3.11.7 (Smolder) on linux")
    case .stdin where request.arguments.first != "-":
        // Piped input without `-`: batch mode (statements and :commands, results echoed, errors go on).
        return Shell.runBatch(vm: vm)
    case .stdin:
        var data = Data()
        while let line = vm.readLine() { data.append(contentsOf: Array(line.utf8)) }
        return vm.runScript(source: String(decoding: data, as: UTF8.self), filename: "<stdin>")
    case .version, .help:
        return 0
    }
}

// Run on a thread with a large stack so deep (but bounded) Python recursion never overflows it.
nonisolated(unsafe) var exitStatus: Int32 = 0
let thread = Thread {
    exitStatus = runMain()
    exit(exitStatus)
}
thread.stackSize = 1 << 30
thread.start()
while true { sleep(1000) }
