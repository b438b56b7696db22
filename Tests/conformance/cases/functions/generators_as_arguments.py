def consume(*args, **kwargs):
    return args, sorted(kwargs)
print(consume(*(x for x in range(3))), consume(**{k: 1 for k in "ab"}))
print(sum(x * x for x in range(5)), "".join(str(i) for i in range(5)))
print(sorted((x for x in [3, 1, 2]), reverse=True), list(zip(*(range(2) for _ in range(3)))))
