import sys
import warnings

print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12, "  x = 1  ")))
print(repr(warnings.formatwarning("msg2", DeprecationWarning, "a/b.py", 3, "")))
print(repr(warnings.formatwarning(ValueError("e"), RuntimeWarning, "f", 7, "line")))
warnings.showwarning("shown", UserWarning, "here.py", 5, sys.stdout, "code()")

seen = []
def custom(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__))
old = warnings.showwarning
warnings.showwarning = custom
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("to custom")
    warnings.warn("again", SyntaxWarning)
warnings.showwarning = old
print(seen)

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = custom
    warnings.warn("inside")
print(warnings.showwarning is old, seen[-1])

class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
out = Out()
warnings.showwarning("to object", FutureWarning, "m.py", 9, out, "")
print(out.parts)

m = warnings.WarningMessage(UserWarning("hi"), UserWarning, "f.py", 3)
print(str(m))
cw = warnings.catch_warnings(record=True)
print(repr(cw))
with cw as log:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError:", e)
warnings.simplefilter("ignore")
warnings.warn("silent")
print("done")
