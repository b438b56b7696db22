"""Direct messages and notifications."""
from instaclone.registry import VIEWS
from instaclone.services.messaging import inbox
from instaclone.services.notifications import OUTBOX
from instaclone.views.render import card


@VIEWS.register("inbox")
def inbox_view(user):
    lines = [f"{m.sender.username}: {m.text}" for m in inbox(user)]
    lines += [f"{n.payload} {n.kind}d your post" for n in OUTBOX if n.user is user]
    return card("inbox", lines)
