print("cmd_35 loaded")
def run():
    print("running cmd_35")
