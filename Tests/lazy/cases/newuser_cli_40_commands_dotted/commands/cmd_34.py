print("cmd_34 loaded")
def run():
    print("running cmd_34")
