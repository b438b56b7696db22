print("loading rel_pkg.inner")
from . import helper
from .helper import HELP
from .. import sibling
from ..sibling import SIB
from .. import TOP
