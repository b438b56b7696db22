def make(): return None
make().attribute
