print("cmd_31 loaded")
def run():
    print("running cmd_31")
