from __future__ import annotations
import __future__

for name in ["nested_scopes", "generators", "division", "absolute_import", "with_statement",
             "print_function", "unicode_literals", "generator_stop", "annotations"]:
    f = getattr(__future__, name)
    print(name, f.getOptionalRelease(), f.getMandatoryRelease(), hex(f.compiler_flag))
print(repr(__future__.annotations))

def f(x: SomeUndefinedName) -> int:
    return x
print(f.__annotations__)
