print("cmd_39 loaded")
def run():
    print("running cmd_39")
