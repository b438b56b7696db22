import Foundation

/// Where text output goes: a buffered file descriptor.
public protocol TextOutput: AnyObject {
    func write(_ text: String)
    func flush()
}

/// Buffered output to a file descriptor, flushed when the buffer fills, on `flush()`, and at exit.
public final class StandardStream: TextOutput {
    public let fileDescriptor: Int32
    private var buffer: [UInt8] = []
    /// Line-buffered streams (stderr, or a terminal) flush at each newline.
    public var lineBuffered: Bool

    public init(fileDescriptor: Int32, lineBuffered: Bool) {
        self.fileDescriptor = fileDescriptor
        self.lineBuffered = lineBuffered
        buffer.reserveCapacity(1 << 16)
    }

    public static let output = StandardStream(fileDescriptor: 1, lineBuffered: isatty(1) != 0)
    public static let error = StandardStream(fileDescriptor: 2, lineBuffered: true)

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 || (lineBuffered && text.utf8.contains(10)) { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fileDescriptor, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 {
                    if n < 0 && errno == EINTR { continue }
                    break
                }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Collects output in memory (used by tests and by `redirect_stdout`-style helpers).
public final class StringOutput: TextOutput {
    public private(set) var text = ""
    public init() {}
    public func write(_ s: String) { text += s }
    public func flush() {}
}

/// The Python object behind `sys.stdout`, `sys.stderr` and `sys.stdin`.
public final class PyTextStream: PyObject {
    public let output: TextOutput?
    public let name: String
    public let fileDescriptor: Int32
    init(output: TextOutput?, name: String, fileDescriptor: Int32, cls: PyType) {
        self.output = output
        self.name = name
        self.fileDescriptor = fileDescriptor
        super.init(kind: .other, cls: cls)
    }
}
