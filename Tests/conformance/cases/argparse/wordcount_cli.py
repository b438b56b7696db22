# A realistic small CLI: a word counter driven by argparse, over in-memory "files".
import argparse
import sys

FILES = {
    'poem.txt': 'the quick brown fox\njumps over the lazy dog\nthe end\n',
    'notes.txt': 'alpha beta\nbeta gamma\n\ngamma delta alpha\n',
}


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not a positive integer' % text)
    return value


def build_parser():
    parser = argparse.ArgumentParser(
        prog='wc.py',
        description='Count lines, words and characters, or show the most common words.',
        epilog='Files are read from the built-in store.')
    parser.add_argument('files', nargs='+', metavar='FILE', help='files to process')
    counts = parser.add_argument_group('counting')
    counts.add_argument('-l', '--lines', action='store_true', help='print the line count')
    counts.add_argument('-w', '--words', action='store_true', help='print the word count')
    counts.add_argument('-c', '--chars', action='store_true', help='print the character count')
    parser.add_argument('--top', type=positive, metavar='N', help='show the N most common words')
    parser.add_argument('--sort', choices=['name', 'count'], default='count',
                        help='ordering for --top (default: %(default)s)')
    parser.add_argument('-v', '--verbose', action='count', default=0)
    parser.add_argument('--version', action='version', version='%(prog)s 2.1')
    return parser


def run(argv):
    parser = build_parser()
    args = parser.parse_args(argv)
    if not (args.lines or args.words or args.chars or args.top):
        args.lines = args.words = args.chars = True
    total = [0, 0, 0]
    for name in args.files:
        if name not in FILES:
            parser.error('no such file: %s' % name)
        text = FILES[name]
        nums = [text.count('\n'), len(text.split()), len(text)]
        shown = [str(n).rjust(4) for n, flag in zip(nums, (args.lines, args.words, args.chars)) if flag]
        if shown:
            print(' '.join(shown), name)
        total = [a + b for a, b in zip(total, nums)]
    if args.verbose:
        print('processed %d file(s)' % len(args.files))
    if args.top:
        freq = {}
        for name in args.files:
            for word in FILES[name].split():
                freq[word] = freq.get(word, 0) + 1
        if args.sort == 'count':
            items = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
        else:
            items = sorted(freq.items())
        for word, n in items[:args.top]:
            print('%-8s %d' % (word, n))


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


for argv in (['poem.txt'], ['-lw', 'poem.txt', 'notes.txt'], ['--top', '3', 'notes.txt', '-v'],
             ['--top=2', '--sort', 'name', 'poem.txt'], ['--help'], ['--version'],
             ['--top', '0', 'poem.txt'], ['--top', 'x', 'poem.txt'], ['missing.txt'], []):
    print('$ wc.py', ' '.join(argv))
    err = Capture()
    saved = sys.stderr
    sys.stderr = err
    try:
        run(argv)
        status = 0
    except SystemExit as exc:
        status = exc.code
    finally:
        sys.stderr = saved
    if err.parts:
        print(''.join(err.parts), end='')
    print('[exit %s]' % status)

run(['poem.txt', '--sort', 'size'])
