print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -1)
print("a" < "b", "abc" == "abc", "A" < "a", "é" > "z", "abc" != "ABC")
print(min("hello"), max("hello"), sorted("hello"), list(reversed("abc")))
print(len(""), len("abc"), "abc"[0] + "abc"[-1])
try:
    "ab" + 1
except TypeError as e:
    print("TypeError", e)
try:
    "ab" * "c"
except TypeError as e:
    print("TypeError", e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    1 + "ab"
except TypeError as e:
    print("TypeError", e)
