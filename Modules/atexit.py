"""Functions to run when the interpreter exits (`atexit`), written for Smolder.

The runtime calls _run_exitfuncs() once, as the program finishes (normally, through
sys.exit() or after an uncaught exception, but not through os._exit())."""

import sys

_callbacks = []


def register(func, *args, **kwargs):
    """Registers func(*args, **kwargs) to run at exit (last registered runs first); returns func."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Removes every registration of func."""
    _callbacks[:] = [entry for entry in _callbacks if not entry[0] == func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            try:
                sys.stdout.flush()
            except BaseException:
                pass
            name = repr(func)
            message = str(e)
            print("Exception ignored in atexit callback: %s" % name, file=sys.stderr)
            print("%s: %s" % (type(e).__name__, message) if message else type(e).__name__, file=sys.stderr)
