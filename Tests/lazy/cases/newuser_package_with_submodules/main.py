from app.models import User
import app.utils
print("main mid")
print(User())
print("end")
