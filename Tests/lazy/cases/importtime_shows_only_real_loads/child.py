import used_mod
import unused_mod
print(used_mod.V)
