"""Named registries filled by decorators at import time (handlers, views, jobs)."""


class Registry:
    def __init__(self, kind):
        self.kind = kind
        self.entries = {}

    def register(self, name=None):
        def decorate(obj):
            self.entries[name or obj.__name__] = obj
            return obj
        return decorate

    def get(self, name):
        return self.entries[name]

    def names(self):
        return sorted(self.entries)

    def __len__(self):
        return len(self.entries)

    def __repr__(self):
        return f"<Registry {self.kind}: {len(self.entries)} entries>"


VIEWS = Registry("view")
SERVICES = Registry("service")
COMMANDS = Registry("command")
SIGNALS = Registry("signal")
