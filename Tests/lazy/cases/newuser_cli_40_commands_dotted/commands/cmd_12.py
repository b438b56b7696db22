print("cmd_12 loaded")
def run():
    print("running cmd_12")
