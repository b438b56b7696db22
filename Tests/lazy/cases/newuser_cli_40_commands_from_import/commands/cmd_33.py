print("cmd_33 loaded")
def run():
    print("running cmd_33")
