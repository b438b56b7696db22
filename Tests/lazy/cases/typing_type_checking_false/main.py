import typing
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    import heavy
print(TYPE_CHECKING, typing.TYPE_CHECKING)
print("heavy" in dir())
