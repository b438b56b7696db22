import argparse
parser = argparse.ArgumentParser(prog='copy')
parser.add_argument('source')
parser.add_argument('dest')
parser.add_argument('-n', type=int)
print('parsing')
parser.parse_args(['only-one'])
print('not reached')
