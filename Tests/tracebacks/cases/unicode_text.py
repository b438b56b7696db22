def f():
    naïve = {"clé": 1}
    return "é" + naïve["café"]
f()
