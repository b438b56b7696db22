print("cmd_04 loaded")
def run():
    print("running cmd_04")
