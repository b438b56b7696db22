print("cmd_11 loaded")
def run():
    print("running cmd_11")
