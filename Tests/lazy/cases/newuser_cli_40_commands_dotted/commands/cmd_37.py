print("cmd_37 loaded")
def run():
    print("running cmd_37")
