def register(cls):
    return cls.registry[cls.__name__]
@register
class Thing:
    pass
