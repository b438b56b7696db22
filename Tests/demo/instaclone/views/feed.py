"""The home feed screen."""
from instaclone.registry import VIEWS
from instaclone.services.feed import home_feed
from instaclone.views.render import card


@VIEWS.register("feed")
def feed_view(user):
    posts, _ = home_feed(user)
    return card(f"feed of {user.username}", [f"{p.author.username}: {p.caption}" for p in posts])
