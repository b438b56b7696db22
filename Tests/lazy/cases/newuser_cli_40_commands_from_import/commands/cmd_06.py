print("cmd_06 loaded")
def run():
    print("running cmd_06")
