print("cmd_29 loaded")
def run():
    print("running cmd_29")
