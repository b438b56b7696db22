print("cmd_01 loaded")
def run():
    print("running cmd_01")
