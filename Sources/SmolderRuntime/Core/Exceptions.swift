/// An instance of `BaseException` or any subclass of it.
public final class PyBaseException: PyObject {
    public var args: PyTuple
    public var traceback: PyTraceback?
    public var cause: PyBaseException?
    public var context: PyBaseException?
    public var suppressContext = false
    /// For ExceptionGroup: the nested exceptions.
    public var exceptions: [PyBaseException] = []
    /// For NameError: the names visible where it was raised, for "Did you mean" at print time.
    var nameScope: (locals: [String], globals: PyDict, builtins: PyDict)?
    /// StopIteration's `value`, SystemExit's `code`, OSError's fields ... kept in the instance dict.

    public init(type: PyType, args: PyTuple) {
        self.args = args
        super.init(kind: .exception, cls: type)
    }

    public var type: PyType { cls! }
}

/// One frame of a traceback, linked outermost first (Python's `tb_next` order).
public final class PyTraceback: PyObject {
    public let filename: String
    public let functionName: String
    public let line: Int
    /// Index of the instruction that was executing (-1 when unknown), for `tb_lasti` and error carets.
    public let instruction: Int
    public var next: PyTraceback?
    /// The frame's code and globals, for `tb_frame` (the frame itself is not kept alive).
    let code: PyCode?
    let globals: PyDict?
    init(filename: String, functionName: String, line: Int, next: PyTraceback?, code: PyCode? = nil, globals: PyDict? = nil,
         instruction: Int = -1) {
        self.filename = filename
        self.functionName = functionName
        self.line = line
        self.instruction = instruction
        self.next = next
        self.code = code
        self.globals = globals
        super.init(kind: .traceback)
    }
}

/// A raised Python exception travelling through Swift code (typed throws keep this allocation-free).
public struct PyError: Error, @unchecked Sendable {
    public let exception: PyBaseException
    public init(_ exception: PyBaseException) { self.exception = exception }
}
