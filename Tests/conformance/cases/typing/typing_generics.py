from typing import TypeVar, Generic, List, Dict, Tuple, Optional, Iterator, Callable, get_args, get_origin, Union, Protocol, runtime_checkable

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))

s = Stack[int]()
s.push(1)
s.push(2)
print(list(s), s.pop(), type(s).__name__, s.__orig_class__)
print(Stack[str], Stack.__parameters__, get_origin(Stack[int]) is Stack, get_args(Stack[int]))

class Registry(Generic[K, V]):
    def __init__(self):
        self.data: Dict[K, V] = {}
    def put(self, k: K, v: V) -> "Registry[K, V]":
        self.data[k] = v
        return self

r = Registry[str, int]().put("a", 1).put("b", 2)
print(r.data, Registry[str, List[int]], Registry.__parameters__)

class IntRegistry(Registry[str, int]):
    pass
print(IntRegistry.__parameters__, IntRegistry().put("x", 3).data, IntRegistry.__mro__[1].__name__)

class Partial(Registry[str, V]):
    pass
print(Partial.__parameters__, Partial[float])

try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError:", e)

Alias = Dict[str, Tuple[T, T]]
print(Alias, Alias[int], Alias.__parameters__)
Fn = Callable[[T], Optional[T]]
print(Fn, Fn[str])

@runtime_checkable
class SupportsLen(Protocol):
    def __len__(self) -> int: ...

@runtime_checkable
class Named(Protocol):
    name: str

class Dog:
    def __init__(self):
        self.name = "rex"

print(isinstance([1], SupportsLen), isinstance(3, SupportsLen), isinstance(Dog(), Named), isinstance(object(), Named))
try:
    SupportsLen()
except TypeError as e:
    print("TypeError:", e)

class Sized2(SupportsLen):
    def __len__(self):
        return 7
print(len(Sized2()), isinstance(Sized2(), SupportsLen))

class GenProto(Protocol[T]):
    def get(self) -> T: ...
print(GenProto[int], GenProto.__parameters__)
print(Union[int, List[T]][str], Optional[T][int])
