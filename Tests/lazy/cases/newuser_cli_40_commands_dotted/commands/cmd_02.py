print("cmd_02 loaded")
def run():
    print("running cmd_02")
