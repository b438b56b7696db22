class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name}: {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + "!"
for a in [Animal("generic"), Cat("tom"), Lion("leo", "east")]:
    print(a.describe())
print(issubclass(Lion, Animal), issubclass(Animal, Lion), isinstance(Lion("x", 1), Cat))
print([c.__name__ for c in Lion.__mro__], Lion.__bases__[0].__name__)
