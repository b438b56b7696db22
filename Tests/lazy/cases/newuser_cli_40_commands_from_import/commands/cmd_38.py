print("cmd_38 loaded")
def run():
    print("running cmd_38")
