"""A user's profile."""
from instaclone.models.post import Post
from instaclone.registry import VIEWS
from instaclone.services.social import following
from instaclone.views.render import card


@VIEWS.register("profile")
def profile_view(user):
    posts = [p for p in Post.all() if p.author is user]
    return card(user.username, [f"{len(posts)} posts", f"following {len(following(user))}"])
