print("cmd_24 loaded")
def run():
    print("running cmd_24")
