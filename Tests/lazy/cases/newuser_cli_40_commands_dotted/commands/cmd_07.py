print("cmd_07 loaded")
def run():
    print("running cmd_07")
