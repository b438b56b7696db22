print("loading err_replace")
import sys
class Replacement:
    def __repr__(self):
        return '<Replacement object>'
    value = 'replaced'
sys.modules[__name__] = Replacement()
