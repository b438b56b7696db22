print("cmd_21 loaded")
def run():
    print("running cmd_21")
