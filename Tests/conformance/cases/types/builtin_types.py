import types
import sys

def f():
    pass
def gen():
    yield 1
class C:
    def m(self):
        pass

print(types.FunctionType is type(f), types.LambdaType is type(lambda: 0))
print(isinstance(f, types.FunctionType), isinstance(len, types.FunctionType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(gen(), types.GeneratorType), isinstance(gen, types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(C.m, types.MethodType))
print(isinstance(f.__code__, types.CodeType))
print(isinstance(sys, types.ModuleType), isinstance(types, types.ModuleType))
print(types.NoneType is type(None), types.NotImplementedType is type(NotImplemented))
print(types.EllipsisType is type(...), types.EllipsisType.__name__)
print(types.NoneType.__name__, types.FunctionType.__name__, types.ModuleType.__name__)
print(types.GeneratorType.__name__, types.MethodType.__name__, types.CodeType.__name__)
print(types.BuiltinFunctionType.__name__)
print(isinstance(list[int], types.GenericAlias), isinstance(int | str, types.UnionType))
print(types.GenericAlias.__name__, types.UnionType.__name__)
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(isinstance(tb, types.TracebackType), isinstance(tb.tb_frame, types.FrameType))
print(types.TracebackType.__name__, types.FrameType.__name__)
