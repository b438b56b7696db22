def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
f100 = factorial(100)
print(f100)
print(len(str(factorial(1000))), sum(map(int, str(factorial(500)))))
trailing = len(str(f100)) - len(str(f100).rstrip("0"))
print("trailing zeros of 100!:", trailing)
print(fib(100), fib(300))
print(len(str(fib(5000))), str(fib(5000))[:20])
print(fib(200) % 1000000007, factorial(50) // factorial(48))
a, b = fib(500), fib(501)
print(b * b - a * b - a * a)
print(2 ** 1000 % 997, pow(2, 10 ** 18, 10 ** 9 + 7))
