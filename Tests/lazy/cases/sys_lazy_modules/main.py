import sys
import s.one
import s.two
import s.three
import a
print(sorted(sys.lazy_modules))
print(s.one.V)
print(sorted(sys.lazy_modules))
print(a.V)
print(sorted(sys.lazy_modules))
print(type(sys.lazy_modules).__name__)
