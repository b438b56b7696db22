print("app.models loaded")
from .user import User
from .order import Order
