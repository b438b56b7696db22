print("app.models.user loaded")
class User:
    def __repr__(self):
        return "User()"
