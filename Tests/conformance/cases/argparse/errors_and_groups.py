import argparse, sys

class Cap:
    def __init__(self): self.data = []
    def write(self, s): self.data.append(s)
    def flush(self): pass

def run(parser, argv):
    cap = Cap()
    old = sys.stderr
    sys.stderr = cap
    try:
        ns = parser.parse_args(argv)
        result = repr(ns)
    except SystemExit as e:
        result = 'exit %r' % (e.code,)
    finally:
        sys.stderr = old
    print(argv, '->', result)
    if cap.data:
        print(''.join(cap.data), end='')

p = argparse.ArgumentParser(prog='calc')
p.add_argument('x', type=int)
p.add_argument('op', choices=['add', 'sub'])
p.add_argument('-n', '--count', type=float)
p.add_argument('--level', type=int, choices=[1, 2, 3])
for argv in [[], ['1'], ['abc', 'add'], ['1', 'mul'], ['1', 'add', '--zz', 'q'], ['1', 'add', '-n'], ['1', 'add', '-n', 'x'],
             ['1', 'add', '--level', '5'], ['1', 'add', '--lev', '2'], ['1', 'add', '--count=2.5'], ['-5', 'sub'], ['1', 'add', 'extra']]:
    run(p, argv)

g = argparse.ArgumentParser(prog='mx')
grp = g.add_mutually_exclusive_group()
grp.add_argument('-a', action='store_true')
grp.add_argument('-b', action='store_true')
g2 = g.add_mutually_exclusive_group(required=True)
g2.add_argument('--json', action='store_true', help='json out')
g2.add_argument('--text', action='store_true', help='text out')
g.print_help()
for argv in [['--json'], ['-a', '-b', '--json'], ['-a'], ['--json', '--text'], ['-ab', '--text']]:
    run(g, argv)

amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--verbose', action='store_true')
amb.add_argument('--version-info', action='store_true')
amb.add_argument('-x', nargs=2, type=int)
amb.add_argument('--files', nargs='+')
amb.add_argument('--opt', nargs='?', const='C', default='D')
amb.add_argument('rest', nargs='*')
print(amb.format_usage(), end='')
for argv in [['--ver'], ['--verb'], ['-x', '1'], ['-x', '1', '2'], ['--files'], ['--files', 'a', 'b', '--opt'], ['--opt', 'v', 'r1', 'r2'], ['r1', '--opt', 'r2'], ['-x', '1', 'z']]:
    run(amb, argv)
