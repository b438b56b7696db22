print("cmd_23 loaded")
def run():
    print("running cmd_23")
