print("cmd_00 loaded")
def run():
    print("running cmd_00")
