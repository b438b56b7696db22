import typing
from typing import *
print(typing.Deque[int], typing.DefaultDict[str, int], typing.OrderedDict[str, int], typing.Counter[str], typing.ChainMap[str, int])
print(Generator[int, None, None], Iterator[str], AbstractSet[int], MutableMapping[str, Any], Collection[int], ContextManager[int])
print(get_origin(Deque[int]).__name__, get_origin(Iterable[int]).__name__, get_origin(AbstractSet[int]).__name__)
print(Optional[List[Dict[str, Optional[int]]]])
print(Union[int, str, None], Optional[Union[int, None]], Union[None, int])
print(Tuple[int, str].__args__, Tuple[int, ...].__args__, List[int].__origin__, Dict.__origin__)
print(Literal[1, 2, 1], Literal[Literal[1], 2], Annotated[Annotated[int, 1], 2])
print(Union[int, str].__args__, hash(Union[int, str]) == hash(Union[str, int]))
T = TypeVar("T")
S = TypeVar("S", bound="Sequence[int]")
print(S.__bound__, List[T][int] == List[int], Dict[T, T][str])
print(Callable[[T], T][int], Callable[..., T][str])
print(isinstance(3, Union[int, str]), isinstance(3.0, Union[int, str]), issubclass(bool, Optional[int]))
print(isinstance([], Sequence), isinstance((), MutableSequence), isinstance({}, Dict), isinstance(iter([]), Iterator))
print(callable(len) and isinstance(len, Callable))
print(Type[int] == Type[int], List[int] != List[str], {List[int]: 1}[List[int]])
try:
    Union[()]
except TypeError as e:
    print("TypeError:", e)
try:
    List[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    class X(Union): pass
except TypeError as e:
    print("TypeError:", e)
try:
    Callable[int]
except TypeError as e:
    print("TypeError:", e)
try:
    Annotated[int]
except TypeError as e:
    print("TypeError:", e)
try:
    TypeVar("U", int)
except TypeError as e:
    print("TypeError:", e)
class MyList(List[int]):
    pass
m = MyList([1, 2])
print(m, MyList.__mro__[1] is list)
class MyDict(Dict[str, int]):
    def total(self): return sum(self.values())
print(MyDict(a=1, b=2).total())
def f(x: "int", y: List["int"]) -> "Optional[str]":
    return None
print(get_type_hints(f))
print(typing.TYPE_CHECKING, typing.Text is str, typing.AnyStr.__constraints__)
print(typing.Never, typing.NoReturn, typing.Self, typing.TypeAlias, typing.LiteralString)
print(get_args(Tuple[int, ...]), get_args(Callable[..., int]), get_args(List), get_origin(Union[int, str]))
print(get_args(Union[int, List[str]]), get_origin(ClassVar[int]), get_args(Final[int]))
