pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError),
         (FileNotFoundError, OSError), (UnicodeDecodeError, ValueError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
         (ModuleNotFoundError, ImportError), (StopIteration, Exception), (KeyboardInterrupt, Exception), (SystemExit, BaseException),
         (GeneratorExit, Exception), (UnboundLocalError, NameError), (TypeError, ValueError), (BaseExceptionGroup, BaseException), (ExceptionGroup, Exception), (IndentationError, SyntaxError), (TabError, IndentationError)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print([c.__name__ for c in ZeroDivisionError.__mro__])
