print("cmd_26 loaded")
def run():
    print("running cmd_26")
