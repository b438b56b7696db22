"""Notifications, sent on signals."""
from instaclone.models.notification import Notification
from instaclone.registry import SIGNALS

OUTBOX = []


@SIGNALS.register("notify")
def on_signal(kind, user, post):
    OUTBOX.append(Notification(user=post.author, kind=kind, payload=user.username))
