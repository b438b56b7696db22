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
        if hasattr(ns, 'func'):
            ns.func = ns.func.__name__
        result = repr(ns)
    except SystemExit as e:
        result = 'exit %r' % (e.code,)
    finally:
        sys.stderr = old
    print(argv, '->', result)
    if cap.data:
        print(''.join(cap.data), end='')

def cmd_add(ns): return 'add ' + ns.name
def cmd_rm(ns): return 'rm ' + ','.join(ns.names)

p = argparse.ArgumentParser(prog='tool', description='Manage items.')
p.add_argument('--debug', action='store_true', help='debug mode')
sub = p.add_subparsers(dest='command', help='sub-command help')
a = sub.add_parser('add', help='add an item')
a.add_argument('name', help='item name')
a.add_argument('--force', '-f', action='store_true', help='overwrite')
a.set_defaults(func=cmd_add)
r = sub.add_parser('remove', aliases=['rm'], help='remove items')
r.add_argument('names', nargs='+', metavar='NAME')
r.set_defaults(func=cmd_rm)
sub.add_parser('list')
p.print_help()
a.print_help()
r.print_help()
for argv in [['add', 'x'], ['--debug', 'add', '-f', 'y'], ['rm', 'a', 'b'], ['list'], ['bogus'], ['add'], [], ['add', 'x', '--nope']]:
    run(p, argv)
ns = p.parse_args(['remove', 'k1', 'k2'])
print(ns.func(ns))

q = argparse.ArgumentParser(prog='q')
subs = q.add_subparsers(title='commands', description='valid commands', dest='cmd', required=True, metavar='COMMAND')
subs.add_parser('start', help='start the thing')
subs.add_parser('stop', help='stop the thing')
q.print_help()
run(q, [])
run(q, ['start'])

g = argparse.ArgumentParser(prog='grouped', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
g.add_argument('--alpha', default=1, type=int, help='alpha value')
inp = g.add_argument_group('input', 'Options controlling input files.')
inp.add_argument('--in', dest='infile', default='-', help='input file')
inp.add_argument('--encoding', default='utf-8', help='encoding')
out = g.add_argument_group('output')
out.add_argument('--out', help='output file')
out.add_argument('files', nargs='*', help='files to read')
g.print_help()
print(g.parse_args(['--in', 'x', 'f1']))

long = argparse.ArgumentParser(prog='a_really_long_program_name_for_wrapping')
for i in range(8):
    long.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i)
long.add_argument('--req', required=True)
long.add_argument('input_file')
long.add_argument('output_file', nargs='+')
print(long.format_usage(), end='')
short = argparse.ArgumentParser(prog='prog')
for i in range(6):
    short.add_argument('--opt%d' % i, metavar='LONGMETAVAR%d' % i)
short.add_argument('positional_one')
short.add_argument('positional_two', nargs=2)
print(short.format_usage(), end='')
print(short.format_help(), end='')
raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
    description='''first line
    indented line

last''', usage='%(prog)s [options] FILE')
raw.add_argument('--x', help='x   with   spaces')
raw.print_help()
rt = argparse.ArgumentParser(prog='rt', formatter_class=argparse.RawTextHelpFormatter, add_help=False)
rt.add_argument('-y', help='line one\n  line two')
rt.print_help()
print(rt.parse_args([]))
