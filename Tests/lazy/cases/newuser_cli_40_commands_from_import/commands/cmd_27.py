print("cmd_27 loaded")
def run():
    print("running cmd_27")
