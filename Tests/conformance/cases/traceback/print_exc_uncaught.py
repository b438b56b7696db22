import traceback, sys

def load(name):
    raise FileNotFoundError("no config: " + name)

def main():
    try:
        load("app.ini")
    except FileNotFoundError:
        traceback.print_exc()
        print("recovered")
    try:
        load("other.ini")
    except FileNotFoundError as e:
        raise SystemExit("fatal: " + str(e))

main()
