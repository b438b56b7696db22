import sys
print(sys.argv, len(sys.argv), sys.argv[0].endswith(".py"))
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize, -sys.maxsize - 1)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), tuple(sys.version_info)[:2])
print(sys.getrecursionlimit() >= 100, type(sys.getrecursionlimit()).__name__)
print(sys.byteorder in ("little", "big"), type(sys.platform).__name__)
print(sys.stdout is not None, hasattr(sys.stdout, "write"), type(sys.path).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.maxunicode)
