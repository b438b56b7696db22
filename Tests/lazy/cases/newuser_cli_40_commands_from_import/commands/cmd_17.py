print("cmd_17 loaded")
def run():
    print("running cmd_17")
