/// The attribute names an instance holds inline, in insertion order (a "hidden class").
///
/// Instances of a class that gain the same attributes in the same order share one layout, so an
/// attribute's position is found once per instruction (in the inline cache) instead of hashing a
/// dict on every access. Layouts form a tree rooted at the class's empty layout: adding attribute
/// `n` to an instance moves it to the child reached by `n`.
public final class InstanceLayout {
    /// Past this many attributes an instance falls back to a real dict: lookups in a layout scan it.
    static let maximumCount = 24

    public let names: ContiguousArray<PyStr>
    /// Children by the next attribute added; few per layout in practice, so a scan is fastest.
    private var transitions: ContiguousArray<(name: PyStr, layout: InstanceLayout)> = []

    public init() { names = [] }

    private init(names: ContiguousArray<PyStr>) { self.names = names }

    public var count: Int { names.count }

    /// This layout's address, for identity checks that must not retain it.
    public var identity: UInt { UInt(bitPattern: ObjectIdentifier(self)) }

    /// The position of `name`, matching interned strings by identity first.
    @inline(__always)
    public func index(of name: PyStr) -> Int? {
        names.withUnsafeBufferPointer { buffer -> Int? in
            for i in 0..<buffer.count where buffer[i] === name { return i }
            for i in 0..<buffer.count where buffer[i].equals(name) { return i }
            return nil
        }
    }

    /// The layout with `name` appended; nil when it would grow past `maximumCount`.
    public func adding(_ name: PyStr) -> InstanceLayout? {
        for t in transitions where t.name === name { return t.layout }
        guard names.count < InstanceLayout.maximumCount else { return nil }
        var grown = names
        grown.append(name)
        let child = InstanceLayout(names: grown)
        transitions.append((name, child))
        return child
    }
}
