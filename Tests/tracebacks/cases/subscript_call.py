def get():
    return [1]
v = get()[3]
