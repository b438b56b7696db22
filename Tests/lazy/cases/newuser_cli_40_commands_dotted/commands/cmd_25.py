print("cmd_25 loaded")
def run():
    print("running cmd_25")
