print("cmd_18 loaded")
def run():
    print("running cmd_18")
