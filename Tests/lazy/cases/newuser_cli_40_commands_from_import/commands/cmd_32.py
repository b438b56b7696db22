print("cmd_32 loaded")
def run():
    print("running cmd_32")
