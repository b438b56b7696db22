import argparse, sys
sys.argv = ['/usr/local/bin/mytool', '--count', '3', 'input.txt']
parser = argparse.ArgumentParser()
parser.add_argument('--count', type=int, default=1)
parser.add_argument('path')
args = parser.parse_args()
print(parser.prog, args)
print(parser.format_usage(), end='')
sys.argv = ['mytool', '--count', 'abc']
parser.parse_args()
