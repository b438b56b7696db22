import linecache, traceback, sys
# first line: a comment
print(repr(linecache.getline(__file__, 2)))
print(repr(linecache.getline(__file__, 1000)), repr(linecache.getline('/nonexistent/file.py', 1)))
lines = linecache.getlines(__file__)
print(len(lines) > 5, lines[0].rstrip())
linecache.checkcache(__file__)
linecache.clearcache()
print(repr(linecache.getline(__file__, 1)))
print(linecache.getlines('<string>'))

def fail():
    raise OSError(2, 'No such file or directory')

try:
    fail()
except OSError as e:
    out = traceback.format_exception(type(e), e, e.__traceback__)
    print(len(out), out[0], out[-1], end='')
    print(out[-2].strip())
    sys.stdout.write(''.join(traceback.format_tb(e.__traceback__.tb_next)))
class Weird(Exception):
    def __str__(self):
        raise RuntimeError
print(traceback.format_exception_only(Weird()))
print(traceback.format_exception_only(Exception('line1\nline2')))
try:
    compile('x = (1,\n', 'prog.py', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
