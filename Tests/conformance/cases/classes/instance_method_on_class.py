class Greeter:
    greeting = "hi"
    def greet(self, who):
        return f"{self.greeting} {who}"
g = Greeter()
f = Greeter.greet
print(f(g, "bob"))
try:
    Greeter.greet("bob")
except TypeError as e:
    print("TypeError", e)
class Other:
    greeting = "yo"
print(Greeter.greet(Other(), "duck typing"))
