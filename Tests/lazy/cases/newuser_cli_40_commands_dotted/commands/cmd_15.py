print("cmd_15 loaded")
def run():
    print("running cmd_15")
