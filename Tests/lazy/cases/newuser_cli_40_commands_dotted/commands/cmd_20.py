print("cmd_20 loaded")
def run():
    print("running cmd_20")
