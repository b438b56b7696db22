print("loading star_pkg")
__all__ = ['subm', 'VALUE']
VALUE = 'pkg value'
