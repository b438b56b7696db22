/// Identifies the instruction set a compiled-code cache was written for.
public enum BytecodeVersion {
    /// Bump when an instruction's meaning or the compiler's output changes while the opcode list
    /// stays the same (added, removed, renamed or reordered opcodes change `fingerprint` by
    /// themselves).
    public static let number: UInt64 = 1

    /// `number` mixed with the names of every opcode and operator argument in order (FNV-1a), so a
    /// cache is never read by a build with a different instruction set.
    public static func fingerprint() -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ text: String) {
            for b in text.utf8 {
                hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            }
            hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01B3
        }
        mix(String(number))
        for raw in 0...UInt8.max {
            guard let op = Opcode(rawValue: raw) else { break }
            mix(String(describing: op))
        }
        for raw in UInt32(0)..<256 {
            guard let op = BinaryOpArg(rawValue: raw) else { break }
            mix(String(describing: op))
        }
        for raw in UInt32(0)..<256 {
            guard let op = CompareOpArg(rawValue: raw) else { break }
            mix(String(describing: op))
        }
        return hash
    }
}
