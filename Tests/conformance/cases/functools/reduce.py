from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4, 5]))
print(reduce(operator.add, [1, 2, 3], 100))
print(reduce(lambda acc, x: acc + [x * 2], range(4), []))
print(reduce(operator.mul, [], 1), reduce(operator.add, [7]))
print(reduce(lambda a, b: a + b, 'abc'))
print(reduce(max, iter([3, 9, 2])))
for args in [(operator.add, []), (operator.add, 1), (operator.add,), (), (operator.add, [1], 2, 3)]:
    try:
        reduce(*args)
    except TypeError as e:
        print('TypeError', e)
