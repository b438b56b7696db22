import sys
def main():
    print("main running")
    try:
        sys.exit(4)
    finally:
        print("finally still runs")
main()
