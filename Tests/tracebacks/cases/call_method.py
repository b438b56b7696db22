class K:
    def run(self, n):
        return 10 / n
k = K()
print("value:", k.run(0))
