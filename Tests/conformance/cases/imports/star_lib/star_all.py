print("loading star_all")
__all__ = ['exported', 'lazy_value', '_hidden_but_listed']
exported = 1
not_exported = 2
_hidden_but_listed = 3
def __getattr__(name):
    if name == 'lazy_value':
        return 'computed ' + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ['exported', 'lazy_value', 'custom_dir_entry']
