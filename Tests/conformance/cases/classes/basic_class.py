class Dog:
    species = "canis"
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def speak(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d = Dog("Rex", 3)
print(d.speak(), d.birthday().age, d.species, Dog.species)
d.species = "instance override"
print(d.species, Dog.species, sorted(vars(d)))
print(type(d).__name__, isinstance(d, Dog), Dog.__name__, Dog.__qualname__, Dog.__module__)
try:
    d.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    Dog.nothing
except AttributeError as e:
    print("AttributeError", e)
