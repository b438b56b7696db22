import builtins
print(builtins.len("abc"), builtins.max(1, 5), builtins.__name__)
print(builtins.print is print, hasattr(builtins, "open"), "ValueError" in dir(builtins))
original_len = builtins.len
builtins.my_helper = lambda: "injected builtin"
print(my_helper())
len = lambda x: "shadowed"
print(len([1, 2]), builtins.len([1, 2]))
del len
print(len([1, 2]))
