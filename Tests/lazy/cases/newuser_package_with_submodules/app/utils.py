print("app.utils loaded")
