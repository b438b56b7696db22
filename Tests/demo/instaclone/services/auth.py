"""Sign-up and sessions."""
from instaclone.models.user import User
from instaclone.registry import SERVICES
from instaclone.utils.hashing import fnv1a
from instaclone.utils.validators import valid_username

SESSIONS = {}


@SERVICES.register("auth")
def sign_up(username, full_name=""):
    if not valid_username(username):
        raise ValueError(f"invalid username: {username!r}")
    user = User(username=username, full_name=full_name, bio="", private=False)
    SESSIONS[fnv1a(username)] = user
    return user
