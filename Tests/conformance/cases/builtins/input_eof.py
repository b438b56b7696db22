try:
    v = input("prompt> ")
    print("read", v)
except EOFError as e:
    print()
    print("EOFError", repr(str(e)))
import sys
print(repr(sys.stdin.read()))
