/// The builtin exception classes, in CPython 3.11's hierarchy (plus ImportCycleError from the
/// lazy-imports spec).
public final class ExceptionTypes {
    public let BaseException: PyType
    public let BaseExceptionGroup: PyType
    public let GeneratorExit: PyType
    public let KeyboardInterrupt: PyType
    public let SystemExit: PyType
    public let Exception: PyType
    public let ArithmeticError: PyType
    public let FloatingPointError: PyType
    public let OverflowError: PyType
    public let ZeroDivisionError: PyType
    public let AssertionError: PyType
    public let AttributeError: PyType
    public let BufferError: PyType
    public let EOFError: PyType
    public let ExceptionGroup: PyType
    public let ImportError: PyType
    public let ModuleNotFoundError: PyType
    public let ImportCycleError: PyType
    public let LookupError: PyType
    public let IndexError: PyType
    public let KeyError: PyType
    public let MemoryError: PyType
    public let NameError: PyType
    public let UnboundLocalError: PyType
    public let OSError: PyType
    public let BlockingIOError: PyType
    public let ChildProcessError: PyType
    public let ConnectionError: PyType
    public let BrokenPipeError: PyType
    public let ConnectionAbortedError: PyType
    public let ConnectionRefusedError: PyType
    public let ConnectionResetError: PyType
    public let FileExistsError: PyType
    public let FileNotFoundError: PyType
    public let InterruptedError: PyType
    public let IsADirectoryError: PyType
    public let NotADirectoryError: PyType
    public let PermissionError: PyType
    public let ProcessLookupError: PyType
    public let TimeoutError: PyType
    public let ReferenceError: PyType
    public let RuntimeError: PyType
    public let NotImplementedError: PyType
    public let RecursionError: PyType
    public let StopAsyncIteration: PyType
    public let StopIteration: PyType
    public let SyntaxError: PyType
    public let IndentationError: PyType
    public let TabError: PyType
    public let SystemError: PyType
    public let TypeError: PyType
    public let ValueError: PyType
    public let UnicodeError: PyType
    public let UnicodeDecodeError: PyType
    public let UnicodeEncodeError: PyType
    public let UnicodeTranslateError: PyType
    public let Warning: PyType
    public let BytesWarning: PyType
    public let DeprecationWarning: PyType
    public let EncodingWarning: PyType
    public let FutureWarning: PyType
    public let ImportWarning: PyType
    public let PendingDeprecationWarning: PyType
    public let ResourceWarning: PyType
    public let RuntimeWarning: PyType
    public let SyntaxWarning: PyType
    public let UnicodeWarning: PyType
    public let UserWarning: PyType
    /// Every exception class by name, in definition order.
    public private(set) var all: [PyType] = []

    init(registry: TypeRegistry) {
        func make(_ name: String, _ bases: [PyType]) -> PyType {
            let t = PyType(name: name, bases: bases, metaclass: nil, isHeapType: false, instanceKind: .exception)
            t.mro = computeBuiltinMRO(t)
            return t
        }
        BaseException = registry.baseException
        BaseExceptionGroup = make("BaseExceptionGroup", [BaseException])
        GeneratorExit = make("GeneratorExit", [BaseException])
        KeyboardInterrupt = make("KeyboardInterrupt", [BaseException])
        SystemExit = make("SystemExit", [BaseException])
        Exception = make("Exception", [BaseException])
        ArithmeticError = make("ArithmeticError", [Exception])
        FloatingPointError = make("FloatingPointError", [ArithmeticError])
        OverflowError = make("OverflowError", [ArithmeticError])
        ZeroDivisionError = make("ZeroDivisionError", [ArithmeticError])
        AssertionError = make("AssertionError", [Exception])
        AttributeError = make("AttributeError", [Exception])
        BufferError = make("BufferError", [Exception])
        EOFError = make("EOFError", [Exception])
        ExceptionGroup = make("ExceptionGroup", [Exception, BaseExceptionGroup])
        ImportError = make("ImportError", [Exception])
        ModuleNotFoundError = make("ModuleNotFoundError", [ImportError])
        ImportCycleError = make("ImportCycleError", [ImportError])
        LookupError = make("LookupError", [Exception])
        IndexError = make("IndexError", [LookupError])
        KeyError = make("KeyError", [LookupError])
        MemoryError = make("MemoryError", [Exception])
        NameError = make("NameError", [Exception])
        UnboundLocalError = make("UnboundLocalError", [NameError])
        OSError = make("OSError", [Exception])
        BlockingIOError = make("BlockingIOError", [OSError])
        ChildProcessError = make("ChildProcessError", [OSError])
        ConnectionError = make("ConnectionError", [OSError])
        BrokenPipeError = make("BrokenPipeError", [ConnectionError])
        ConnectionAbortedError = make("ConnectionAbortedError", [ConnectionError])
        ConnectionRefusedError = make("ConnectionRefusedError", [ConnectionError])
        ConnectionResetError = make("ConnectionResetError", [ConnectionError])
        FileExistsError = make("FileExistsError", [OSError])
        FileNotFoundError = make("FileNotFoundError", [OSError])
        InterruptedError = make("InterruptedError", [OSError])
        IsADirectoryError = make("IsADirectoryError", [OSError])
        NotADirectoryError = make("NotADirectoryError", [OSError])
        PermissionError = make("PermissionError", [OSError])
        ProcessLookupError = make("ProcessLookupError", [OSError])
        TimeoutError = make("TimeoutError", [OSError])
        ReferenceError = make("ReferenceError", [Exception])
        RuntimeError = make("RuntimeError", [Exception])
        NotImplementedError = make("NotImplementedError", [RuntimeError])
        RecursionError = make("RecursionError", [RuntimeError])
        StopAsyncIteration = make("StopAsyncIteration", [Exception])
        StopIteration = make("StopIteration", [Exception])
        SyntaxError = make("SyntaxError", [Exception])
        IndentationError = make("IndentationError", [SyntaxError])
        TabError = make("TabError", [IndentationError])
        SystemError = make("SystemError", [Exception])
        TypeError = make("TypeError", [Exception])
        ValueError = make("ValueError", [Exception])
        UnicodeError = make("UnicodeError", [ValueError])
        UnicodeDecodeError = make("UnicodeDecodeError", [UnicodeError])
        UnicodeEncodeError = make("UnicodeEncodeError", [UnicodeError])
        UnicodeTranslateError = make("UnicodeTranslateError", [UnicodeError])
        Warning = make("Warning", [Exception])
        BytesWarning = make("BytesWarning", [Warning])
        DeprecationWarning = make("DeprecationWarning", [Warning])
        EncodingWarning = make("EncodingWarning", [Warning])
        FutureWarning = make("FutureWarning", [Warning])
        ImportWarning = make("ImportWarning", [Warning])
        PendingDeprecationWarning = make("PendingDeprecationWarning", [Warning])
        ResourceWarning = make("ResourceWarning", [Warning])
        RuntimeWarning = make("RuntimeWarning", [Warning])
        SyntaxWarning = make("SyntaxWarning", [Warning])
        UnicodeWarning = make("UnicodeWarning", [Warning])
        UserWarning = make("UserWarning", [Warning])
        all = [BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt, SystemExit, Exception, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError, ExceptionGroup, ImportError, ModuleNotFoundError, ImportCycleError, LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError, RecursionError, StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning]
    }
}

/// C3 linearisation for builtin types (their hierarchies are always consistent).
func computeBuiltinMRO(_ type: PyType) -> [PyType] {
    (try? c3Linearization(type)) ?? [type]
}

