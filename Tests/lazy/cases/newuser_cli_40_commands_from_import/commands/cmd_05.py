print("cmd_05 loaded")
def run():
    print("running cmd_05")
