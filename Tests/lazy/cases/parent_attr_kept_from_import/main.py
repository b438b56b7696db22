import vp.version
print("main mid")
print(vp.version)
import vp.version as vm
print(vm.version)
print(vp.version)
print(type(vp.version).__name__)
