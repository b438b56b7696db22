print("cmd_28 loaded")
def run():
    print("running cmd_28")
