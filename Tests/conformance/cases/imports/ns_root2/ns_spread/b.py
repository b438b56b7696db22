print("loading ns_spread.b from root2")
from . import a
from .a import A
B = 'b' + A
