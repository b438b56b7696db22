from string import Formatter
f = Formatter()
print(f.format("{} + {} = {}", 1, 2, 3))
print(f.format("{0}{1}{0}", "ab", "cd"), f.format("{name:>8}|", name="x"))
print(f.format("{0[1]} {0[k]!r}", {1: "one", "k": "kay"}))
print(f.format("{:{}}|{:.{}f}", "ab", 5, 3.14159, 2))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
print(list(f.parse("a{{b}}c{0!r:>{1}}d{x.y[2]}")))
print(f.format("{!a} {!s}", "caf\u00e9", 5))
for fs in ["{0}{}", "{}{0}", "{", "}", "{0!z}", "{0:{1:{2:{3}}}}", "{1}"]:
    try:
        print(f.format(fs, 1, 2, 3, 4) if fs != "{1}" else f.format(fs, 1))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)

class Defaulting(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<%s>" % key)
        return Formatter.get_value(self, key, args, kwargs)
    def check_unused_args(self, used, args, kwargs):
        print("used:", sorted(str(u) for u in used))

print(Defaulting().format("{a} {b} {0}", 9, a=1))
