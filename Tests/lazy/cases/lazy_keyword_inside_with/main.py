class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
with CM():
    lazy import a
    import b
print("main mid")
print(a.V)
