from .helper import NOT_THERE
