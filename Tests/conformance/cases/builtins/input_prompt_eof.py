import sys
for prompt in ["name? ", 42, None]:
    try:
        if prompt is None:
            value = input()
        else:
            value = input(prompt)
        print("got", value)
    except EOFError as e:
        print()
        print("EOFError:", e, type(e).__name__)
for call in ["input(1, 2)", "input(prompt='x')"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "TypeError:", e)
