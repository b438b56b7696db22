import BigInt
import SmolderSyntax

/// One instruction: an opcode and its argument, 8 bytes.
public struct Instruction: Sendable {
    public var opcode: Opcode
    public var arg: UInt32

    @inline(__always)
    public init(_ opcode: Opcode, _ arg: UInt32 = 0) {
        self.opcode = opcode
        self.arg = arg
    }
}

/// A compile-time constant. The runtime turns these into values once per code object.
public enum CodeConstant: Sendable {
    case none
    case bool(Bool)
    case ellipsis
    case int(Int)
    case bigInt(BigInt)
    case float(Double)
    case complex(real: Double, imag: Double)
    case string(String)
    case bytes([UInt8])
    case tuple([CodeConstant])
    case code(CodeObject)
}

/// What the compiler produces for a module, function, class body, lambda or comprehension.
public final class CodeObject: @unchecked Sendable {
    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let optimized = Flags(rawValue: 1)      // locals are fast slots
        public static let newLocals = Flags(rawValue: 2)
        public static let varargs = Flags(rawValue: 4)
        public static let varkeywords = Flags(rawValue: 8)
        public static let nested = Flags(rawValue: 16)
        public static let generator = Flags(rawValue: 32)
        public static let noFree = Flags(rawValue: 64)
        /// `from __future__ import annotations` was in effect.
        public static let futureAnnotations = Flags(rawValue: 0x100)
    }

    public var name: String
    public var qualifiedName: String
    public var filename: String
    public var firstLine: Int
    public var flags: Flags
    public var argCount: Int
    public var positionalOnlyCount: Int
    public var keywordOnlyCount: Int
    public var instructions: [Instruction]
    /// Source line of each instruction (parallel to `instructions`).
    public var lines: [Int32]
    /// End line and columns of each instruction, packed (parallel to `instructions`; see `SourcePosition`).
    public var positions: [UInt64]
    public var constants: [CodeConstant]
    /// Global, attribute and imported names.
    public var names: [String]
    /// Fast locals: parameters first, in order.
    public var varnames: [String]
    /// Locals captured by inner functions.
    public var cellvars: [String]
    /// Variables captured from enclosing functions.
    public var freevars: [String]
    /// For each cell variable that is also a parameter, the parameter's index (else -1).
    public var cellParameterIndices: [Int]
    /// Maximum operand-stack depth.
    public var stackSize: Int
    /// Maximum block-stack depth.
    public var blockDepth: Int
    public var docstring: String?

    public init(name: String, qualifiedName: String, filename: String, firstLine: Int) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.filename = filename
        self.firstLine = firstLine
        self.flags = []
        self.argCount = 0
        self.positionalOnlyCount = 0
        self.keywordOnlyCount = 0
        self.instructions = []
        self.lines = []
        self.positions = []
        self.constants = []
        self.names = []
        self.varnames = []
        self.cellvars = []
        self.freevars = []
        self.cellParameterIndices = []
        self.stackSize = 0
        self.blockDepth = 0
    }

    /// Total number of positional and keyword parameters (not counting *args/**kwargs).
    public var parameterCount: Int { argCount + keywordOnlyCount }
}
