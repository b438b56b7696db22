print("cmd_09 loaded")
def run():
    print("running cmd_09")
