import typing
from typing import *
print(List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None, str], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Iterable[int], Sequence[str], Mapping[str, List[int]])
print(List, Dict, Any, Type[int], Set[int], FrozenSet[str], ClassVar[int], Final[str], Literal[1, 'a'], Annotated[int, 'meta'])
print(Union[int], Union[int, Union[str, int]], Optional[Union[int, str]], Union[int, str] == Union[str, int], List[int] == List[int])
T = TypeVar('T'); K = TypeVar('K', bound=int); C = TypeVar('C', int, str); Co = TypeVar('Co', covariant=True)
print(T, K, C, Co, K.__bound__, C.__constraints__, T.__name__)
print(List[T], Dict[str, T][int], List[T].__parameters__)
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
print(Box[int], Box.__parameters__, Box[int](3).item, Generic[T])
class Pair(Generic[K, T]): pass
print(Pair[int, str], Pair.__parameters__)
try: Box[int, str]
except TypeError as e: print(e)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]) is Union, get_args(Optional[int]))
print(get_origin(int | str), get_args(int | str), get_origin(list[int]), get_args(list[int]), get_origin(int), get_args(int))
print(get_args(Callable[[int], str]), get_origin(Callable[[int], str]), get_origin(Annotated[int, 'x']) is Annotated, get_args(Annotated[int, 'x', 2]))
print(get_origin(Literal[1]) is Literal, get_args(Literal[1, 2]), get_origin(Box[int]) is Box, get_origin(List))
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__)
print(cast(int, 'x'), TYPE_CHECKING)
class P(NamedTuple):
    x: int
    y: str = 'a'
    def show(self): return f"{self.x}-{self.y}"
p = P(1)
print(p, p.show(), P._fields, P.__annotations__, P._field_defaults, isinstance(p, tuple))
Q = NamedTuple('Q', [('a', int), ('b', float)])
print(Q(1, 2.0), Q.__annotations__)
class Movie(TypedDict):
    name: str
    year: int
class Movie2(Movie, total=False):
    rating: float
m = Movie(name='x', year=1)
print(m, type(m), Movie.__annotations__, sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__), Movie2.__total__)
Pt = TypedDict('Pt', {'x': int, 'y': int})
print(Pt(x=1, y=2), Pt.__annotations__)
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(3, Closable), issubclass(F, Closable))
class NP(Protocol):
    def x(self): ...
try: isinstance(3, NP)
except TypeError as e: print(e)
print(isinstance([], List), isinstance({}, Mapping), isinstance(3, Iterable), issubclass(list, Sequence))
try: isinstance([], List[int])
except TypeError as e: print(e)
def f(a: int, b: 'str' = 'x') -> List[int]: pass
print(get_type_hints(f))
class A:
    x: int
    y: 'List[str]'
class B(A):
    z: Optional['A']
print(get_type_hints(B))
print(get_type_hints(Annotated))  if False else None
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(3))
@final
class Fin: pass
print(Fin.__final__)
@no_type_check
def h(x: 'bogus'): pass
print(h.__no_type_check__, get_type_hints(h))
print(AnyStr, Text, isinstance(3, SupportsInt), Hashable, Sized)
try: Any()
except TypeError as e: print(e)
try: isinstance(3, Any)
except TypeError as e: print(e)
try: Optional[int, str]
except TypeError as e: print(e)
print(List[int] | None, int | List[str], Union[int, str] | None)
print(repr(Literal[True]), Type[Box], List['Box'])
try: List()
except TypeError as e: print(e)
