import mod_lazy
import plain
print("main got", mod_lazy.x.V)
