"""Home feed assembly."""
from instaclone.models.post import Post
from instaclone.services.ranking import rank_posts
from instaclone.services.social import following
from instaclone.utils.cache import SHARED
from instaclone.utils.pagination import paginate


def home_feed(user, cursor=0):
    authors = set(map(id, following(user))) | {id(user)}
    posts = [p for p in Post.all() if id(p.author) in authors]
    return paginate(rank_posts(posts), cursor)
