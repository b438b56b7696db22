"""Follows and likes."""
from instaclone.models.follow import Follow
from instaclone.models.like import Like
from instaclone.registry import SERVICES, SIGNALS


@SERVICES.register("follow")
def follow(follower, followee):
    return Follow(follower=follower, followee=followee)


@SERVICES.register("like")
def like(user, post):
    for handler in SIGNALS.entries.values():
        handler("like", user, post)
    return Like(post=post, user=user)


def following(user):
    return [f.followee for f in Follow.all() if f.follower is user]


def likes(post):
    return sum(1 for l in Like.all() if l.post is post)
