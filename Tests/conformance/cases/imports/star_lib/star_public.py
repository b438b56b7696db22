print("loading star_public")
import sys as _sys
public_a = 'a'
public_b = 'b'
_private = 'p'
