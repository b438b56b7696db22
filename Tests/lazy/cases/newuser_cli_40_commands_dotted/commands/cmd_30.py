print("cmd_30 loaded")
def run():
    print("running cmd_30")
