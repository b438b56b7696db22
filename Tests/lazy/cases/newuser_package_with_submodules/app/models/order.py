print("app.models.order loaded")
class Order:
    pass
