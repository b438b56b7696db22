print("cmd_08 loaded")
def run():
    print("running cmd_08")
