print("cmd_13 loaded")
def run():
    print("running cmd_13")
