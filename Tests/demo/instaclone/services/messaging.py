"""Direct messages."""
from instaclone.models.direct import Message


def send(sender, recipient, text):
    return Message(sender=sender, recipient=recipient, text=text)


def inbox(user):
    return [m for m in Message.all() if m.recipient is user]
