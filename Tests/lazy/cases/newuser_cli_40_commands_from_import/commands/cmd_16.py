print("cmd_16 loaded")
def run():
    print("running cmd_16")
