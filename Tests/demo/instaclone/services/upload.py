"""Posting photos."""
from instaclone.models.media import Media
from instaclone.models.post import Post
from instaclone.registry import SERVICES
from instaclone.utils import clock
from instaclone.utils.text import hashtags
from instaclone.services.tags import count_tags


@SERVICES.register("upload")
def publish(author, caption, width=1080, height=1350):
    media = Media(kind="photo", width=width, height=height, url=f"/m/{author.username}.jpg")
    post = Post(author=author, caption=caption, created=clock.now(), media=media)
    count_tags(hashtags(caption))
    return post
