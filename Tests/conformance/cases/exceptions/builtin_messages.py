def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
attempt("zerodiv", lambda: 1 / 0)
attempt("intdiv", lambda: 1 // 0)
attempt("mod", lambda: 1 % 0)
attempt("floatdiv", lambda: 1.5 / 0)
attempt("list index", lambda: [1, 2][5])
attempt("tuple index", lambda: (1,)[3])
attempt("str index", lambda: "ab"[9])
attempt("dict key", lambda: {"a": 1}["b"])
attempt("name", lambda: undefined_name)
attempt("str+int", lambda: "a" + 1)
attempt("int+str", lambda: 1 + "a")
attempt("list+int", lambda: [1] + 1)
attempt("unsupported -", lambda: "a" - "b")
attempt("unary -", lambda: -"a")
attempt("unary ~", lambda: ~1.5)
attempt("attr", lambda: (5).foo)
attempt("none attr", lambda: None.foo)
attempt("module attr", lambda: __import__("math").nope)
attempt("int()", lambda: int("abc"))
attempt("not iterable", lambda: iter(5))
five = 5
attempt("not subscriptable", lambda: five[0])
attempt("none subscript", lambda: [None][0][0])
attempt("call int", lambda: five())
attempt("unhashable", lambda: {[]: 1})
def assign_str():
    s = "abc"
    s[0] = "x"
attempt("str item assign", assign_str)
attempt("bad compare", lambda: 1 < "a")
attempt("bad compare2", lambda: [1] > (1,))
attempt("overflow", lambda: 2.0 ** 10000)
attempt("mul seq", lambda: [1] * 1.5)
attempt("key tuple", lambda: {}[(1, 2)])
