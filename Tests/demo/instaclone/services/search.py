"""Search over users and hashtags."""
from instaclone.models.user import User
from instaclone.services.tags import BY_NAME
from instaclone.utils.text import keywords


def search(query):
    words = keywords(query)
    users = [u for u in User.all() if any(w in u.username for w in words)]
    tags = [BY_NAME[w] for w in words if w in BY_NAME]
    return users, tags
