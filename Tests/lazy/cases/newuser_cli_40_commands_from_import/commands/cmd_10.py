print("cmd_10 loaded")
def run():
    print("running cmd_10")
