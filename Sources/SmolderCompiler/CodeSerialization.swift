import BigInt

/// The compiled-code cache file (`__pycache__/<module>.smolder-<formatVersion>.pyc`): a fixed header,
/// then a string table and the module's code object tree.
///
/// Header, little-endian:
///
///     0  magic "SMLD"             4 bytes
///     4  formatVersion            UInt32
///     8  compiler tag             UInt64  (`bytecodeFingerprint` mixed with the running build's identity)
///    16  source mtime, ns         Int64
///    24  source size              UInt64
///    32  payload length           UInt64
///    40  payload checksum         UInt64  (`checksum64`)
///    48  payload
///
/// Payload: a string count and the strings (length + UTF-8), then the code object. Strings are
/// written once and referred to by index; `filename` is not stored: every code object of a module
/// gets the path it is loaded from (as CPython's `_fix_co_filename` does).
public enum CodeCacheFile {
    /// Bump whenever the payload layout changes (`bytecodeVersion` covers the instruction set).
    public static let formatVersion: UInt32 = 1

    static let magic: UInt32 = 0x444C_4D53  // "SMLD" read little-endian
    static let headerSize = 48
    /// Deepest nesting of code objects and tuples written or read (a corrupt file must not recurse
    /// without bound; a module nested deeper is simply not cached).
    static let maxDepth = 2000

    /// What a cache is valid for: the source file's modification time (nanoseconds) and size.
    public struct SourceStamp: Equatable, Sendable {
        public var mtimeNanoseconds: Int64
        public var size: UInt64
        public init(mtimeNanoseconds: Int64, size: UInt64) {
            self.mtimeNanoseconds = mtimeNanoseconds
            self.size = size
        }
    }

    /// The whole cache file for a module's code, or nil when it cannot be cached.
    public static func encode(_ code: CodeObject, stamp: SourceStamp, compilerTag: UInt64) -> [UInt8]? {
        var encoder = CodeEncoder(filename: code.filename)
        guard encoder.code(code, depth: 0) else { return nil }
        var payload = ByteWriter(capacity: encoder.body.bytes.count + encoder.stringBytes + 4 * encoder.strings.count + 8)
        payload.count(encoder.strings.count)
        for s in encoder.strings {
            payload.count(s.utf8.count)
            payload.raw(s.utf8)
        }
        payload.raw(encoder.body.bytes)
        var file = ByteWriter(capacity: headerSize + payload.bytes.count)
        file.fixed32(magic)
        file.fixed32(formatVersion)
        file.fixed64(compilerTag)
        file.fixed64(UInt64(bitPattern: stamp.mtimeNanoseconds))
        file.fixed64(stamp.size)
        file.fixed64(UInt64(payload.bytes.count))
        file.fixed64(payload.bytes.withUnsafeBufferPointer { checksum64($0) })
        file.raw(payload.bytes)
        return file.bytes
    }

    /// The source stamp a cache file's header records, or nil when the header is not one this build
    /// writes (other magic, format or compiler tag).
    public static func stamp(of file: UnsafeBufferPointer<UInt8>, compilerTag: UInt64) -> SourceStamp? {
        do throws(CorruptCodeCache) {
            var reader = try ByteReader(file)
            guard try reader.fixed32() == magic, try reader.fixed32() == formatVersion,
                  try reader.fixed64() == compilerTag else { return nil }
            let mtime = Int64(bitPattern: try reader.fixed64())
            return SourceStamp(mtimeNanoseconds: mtime, size: try reader.fixed64())
        } catch {
            return nil
        }
    }

    /// The module code in a cache file, if the file is intact, was written by this build, and
    /// matches `stamp`; nil otherwise (never traps on bad data).
    public static func decode(_ file: UnsafeBufferPointer<UInt8>, filename: String, stamp: SourceStamp,
                              compilerTag: UInt64) -> CodeObject? {
        guard self.stamp(of: file, compilerTag: compilerTag) == stamp else { return nil }
        do throws(CorruptCodeCache) {
            var header = try ByteReader(file, from: 32)
            let length = try header.fixed64()
            let sum = try header.fixed64()
            guard length == UInt64(file.count - headerSize) else { return nil }
            let payload = UnsafeBufferPointer(rebasing: file[headerSize...])
            guard checksum64(payload) == sum else { return nil }
            var decoder = CodeDecoder(reader: try ByteReader(payload), filename: filename)
            try decoder.readStrings()
            let code = try decoder.code(depth: 0)
            guard decoder.reader.remaining == 0 else { return nil }
            return code
        } catch {
            return nil
        }
    }
}

/// Constant tags in the payload.
private enum ConstantTag: UInt8 {
    case noneValue, falseValue, trueValue, ellipsis, int, bigInt, float, complex, string, bytes, tuple, code
}

private struct CodeEncoder {
    let filename: String
    var strings: [String] = []
    var stringIndex: [String: Int] = [:]
    var stringBytes = 0
    var body = ByteWriter(capacity: 4096)

    init(filename: String) { self.filename = filename }

    mutating func string(_ s: String) {
        if let i = stringIndex[s] { body.count(i); return }
        let i = strings.count
        strings.append(s)
        stringIndex[s] = i
        stringBytes += s.utf8.count
        body.count(i)
    }

    mutating func strings(_ list: [String]) {
        body.count(list.count)
        for s in list { string(s) }
    }

    /// False when the code cannot be cached (a nested code object from another file, or nesting
    /// deeper than the reader accepts).
    mutating func code(_ c: CodeObject, depth: Int) -> Bool {
        guard c.filename == filename, depth < CodeCacheFile.maxDepth else { return false }
        string(c.name)
        string(c.qualifiedName)
        body.signed(c.firstLine)
        body.varint(UInt64(c.flags.rawValue))
        body.count(c.argCount)
        body.count(c.positionalOnlyCount)
        body.count(c.keywordOnlyCount)
        body.count(c.stackSize)
        body.count(c.blockDepth)
        if let doc = c.docstring {
            body.byte(1)
            string(doc)
        } else {
            body.byte(0)
        }
        body.count(c.instructions.count)
        for instruction in c.instructions {
            body.byte(instruction.opcode.rawValue)
            body.varint(UInt64(instruction.arg))
        }
        body.count(c.lines.count)
        var previous = 0
        for line in c.lines {
            body.signed(Int(line) - previous)
            previous = Int(line)
        }
        body.count(c.positions.count)
        for p in c.positions { body.varint(p) }
        body.count(c.constants.count)
        for constant in c.constants {
            guard self.constant(constant, depth: depth + 1) else { return false }
        }
        strings(c.names)
        strings(c.varnames)
        strings(c.cellvars)
        strings(c.freevars)
        body.count(c.cellParameterIndices.count)
        for i in c.cellParameterIndices { body.signed(i) }
        return true
    }

    mutating func constant(_ c: CodeConstant, depth: Int) -> Bool {
        guard depth < CodeCacheFile.maxDepth else { return false }
        switch c {
        case .none: body.byte(ConstantTag.noneValue.rawValue)
        case .bool(let b): body.byte(b ? ConstantTag.trueValue.rawValue : ConstantTag.falseValue.rawValue)
        case .ellipsis: body.byte(ConstantTag.ellipsis.rawValue)
        case .int(let i):
            body.byte(ConstantTag.int.rawValue)
            body.signed(i)
        case .bigInt(let b):
            body.byte(ConstantTag.bigInt.rawValue)
            body.byte(b.sign == .minus ? 1 : 0)
            let words = b.magnitude.words
            body.count(words.count)
            for w in words { body.fixed64(UInt64(w)) }
        case .float(let d):
            body.byte(ConstantTag.float.rawValue)
            body.fixed64(d.bitPattern)
        case .complex(let real, let imag):
            body.byte(ConstantTag.complex.rawValue)
            body.fixed64(real.bitPattern)
            body.fixed64(imag.bitPattern)
        case .string(let s):
            body.byte(ConstantTag.string.rawValue)
            string(s)
        case .bytes(let data):
            body.byte(ConstantTag.bytes.rawValue)
            body.count(data.count)
            body.raw(data)
        case .tuple(let items):
            body.byte(ConstantTag.tuple.rawValue)
            body.count(items.count)
            for item in items {
                guard constant(item, depth: depth + 1) else { return false }
            }
        case .code(let inner):
            body.byte(ConstantTag.code.rawValue)
            return code(inner, depth: depth + 1)
        }
        return true
    }
}

private struct CodeDecoder {
    var reader: ByteReader
    let filename: String
    var strings: [String] = []

    init(reader: ByteReader, filename: String) {
        self.reader = reader
        self.filename = filename
    }

    mutating func readStrings() throws(CorruptCodeCache) {
        let n = try reader.count()
        strings.reserveCapacity(n)
        for _ in 0..<n {
            let length = try reader.count()
            strings.append(String(decoding: try reader.slice(length), as: UTF8.self))
        }
    }

    @inline(__always)
    mutating func string() throws(CorruptCodeCache) -> String {
        strings[try reader.index(below: strings.count)]
    }

    mutating func stringList() throws(CorruptCodeCache) -> [String] {
        let n = try reader.count()
        var list: [String] = []
        list.reserveCapacity(n)
        for _ in 0..<n { list.append(try string()) }
        return list
    }

    mutating func small() throws(CorruptCodeCache) -> Int {
        let v = try reader.varint()
        guard v <= UInt64(Int32.max) else { throw CorruptCodeCache() }
        return Int(v)
    }

    mutating func code(depth: Int) throws(CorruptCodeCache) -> CodeObject {
        guard depth < CodeCacheFile.maxDepth else { throw CorruptCodeCache() }
        let name = try string()
        let qualifiedName = try string()
        let c = CodeObject(name: name, qualifiedName: qualifiedName, filename: filename, firstLine: try reader.signed())
        let flags = try reader.varint()
        guard flags <= UInt64(UInt32.max) else { throw CorruptCodeCache() }
        c.flags = CodeObject.Flags(rawValue: UInt32(flags))
        c.argCount = try small()
        c.positionalOnlyCount = try small()
        c.keywordOnlyCount = try small()
        c.stackSize = try small()
        c.blockDepth = try small()
        switch try reader.byte() {
        case 0: break
        case 1: c.docstring = try string()
        default: throw CorruptCodeCache()
        }

        let instructionCount = try reader.count()
        var instructions: [Instruction] = []
        instructions.reserveCapacity(instructionCount)
        for _ in 0..<instructionCount {
            guard let opcode = Opcode(rawValue: try reader.byte()) else { throw CorruptCodeCache() }
            let arg = try reader.varint()
            guard arg <= UInt64(UInt32.max) else { throw CorruptCodeCache() }
            instructions.append(Instruction(opcode, UInt32(truncatingIfNeeded: arg)))
        }
        c.instructions = instructions

        let lineCount = try reader.count()
        var lines: [Int32] = []
        lines.reserveCapacity(lineCount)
        var line = 0
        for _ in 0..<lineCount {
            let (next, overflow) = line.addingReportingOverflow(try reader.signed())
            guard !overflow, let value = Int32(exactly: next) else { throw CorruptCodeCache() }
            line = next
            lines.append(value)
        }
        c.lines = lines

        let positionCount = try reader.count()
        var positions: [UInt64] = []
        positions.reserveCapacity(positionCount)
        for _ in 0..<positionCount { positions.append(try reader.varint()) }
        c.positions = positions

        let constantCount = try reader.count()
        var constants: [CodeConstant] = []
        constants.reserveCapacity(constantCount)
        for _ in 0..<constantCount { constants.append(try constant(depth: depth + 1)) }
        c.constants = constants

        c.names = try stringList()
        c.varnames = try stringList()
        c.cellvars = try stringList()
        c.freevars = try stringList()
        let cellParameterCount = try reader.count()
        var cellParameterIndices: [Int] = []
        cellParameterIndices.reserveCapacity(cellParameterCount)
        for _ in 0..<cellParameterCount {
            let i = try reader.signed()
            guard i >= -1, i < c.varnames.count else { throw CorruptCodeCache() }
            cellParameterIndices.append(i)
        }
        c.cellParameterIndices = cellParameterIndices
        return c
    }

    mutating func constant(depth: Int) throws(CorruptCodeCache) -> CodeConstant {
        guard depth < CodeCacheFile.maxDepth, let tag = ConstantTag(rawValue: try reader.byte()) else {
            throw CorruptCodeCache()
        }
        switch tag {
        case .noneValue: return .none
        case .falseValue: return .bool(false)
        case .trueValue: return .bool(true)
        case .ellipsis: return .ellipsis
        case .int: return .int(try reader.signed())
        case .bigInt:
            let negative = try reader.byte()
            guard negative <= 1 else { throw CorruptCodeCache() }
            let n = try reader.count()
            var words: [UInt] = []
            words.reserveCapacity(n)
            for _ in 0..<n { words.append(UInt(truncatingIfNeeded: try reader.fixed64())) }
            return .bigInt(BigInt(sign: negative == 1 ? .minus : .plus, magnitude: BigUInt(words: words)))
        case .float: return .float(Double(bitPattern: try reader.fixed64()))
        case .complex:
            let real = Double(bitPattern: try reader.fixed64())
            return .complex(real: real, imag: Double(bitPattern: try reader.fixed64()))
        case .string: return .string(try string())
        case .bytes:
            let n = try reader.count()
            return .bytes(Array(try reader.slice(n)))
        case .tuple:
            let n = try reader.count()
            var items: [CodeConstant] = []
            items.reserveCapacity(n)
            for _ in 0..<n { items.append(try constant(depth: depth + 1)) }
            return .tuple(items)
        case .code:
            return .code(try code(depth: depth + 1))
        }
    }
}
