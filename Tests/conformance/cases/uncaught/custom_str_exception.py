class Oops(Exception):
    def __str__(self):
        return "oops happened (custom __str__)"
print("going")
raise Oops()
