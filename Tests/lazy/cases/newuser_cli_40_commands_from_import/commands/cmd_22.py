print("cmd_22 loaded")
def run():
    print("running cmd_22")
