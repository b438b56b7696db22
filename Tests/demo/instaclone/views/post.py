"""One post with its likes."""
from instaclone.registry import VIEWS
from instaclone.services.social import likes
from instaclone.views.render import card


@VIEWS.register("post")
def post_view(post):
    return card(post.author.username, [post.caption, f"{likes(post)} likes"])
