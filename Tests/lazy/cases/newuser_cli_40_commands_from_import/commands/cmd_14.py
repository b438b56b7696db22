print("cmd_14 loaded")
def run():
    print("running cmd_14")
