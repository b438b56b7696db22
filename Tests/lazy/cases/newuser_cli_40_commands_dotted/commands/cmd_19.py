print("cmd_19 loaded")
def run():
    print("running cmd_19")
