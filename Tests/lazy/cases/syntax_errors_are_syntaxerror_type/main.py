names = ['bad_function', 'bad_nested_function', 'bad_class', 'bad_try_body', 'bad_except', 'bad_else', 'bad_finally', 'bad_star', 'bad_future']
for name in names:
    try:
        __import__(name)
    except SyntaxError as e:
        print(name, type(e).__name__)
    else:
        print(name, "no error")
