print("cmd_36 loaded")
def run():
    print("running cmd_36")
