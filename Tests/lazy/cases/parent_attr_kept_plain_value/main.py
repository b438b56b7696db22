import vp.version as vm
print("main mid")
print(vm.version)
import vp
print(vp.version)
