print("cmd_03 loaded")
def run():
    print("running cmd_03")
