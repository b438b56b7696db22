"""Demo data: a few users, posts, follows and likes."""
from instaclone.services.auth import sign_up
from instaclone.services.messaging import send
from instaclone.services.social import follow, like
from instaclone.services.upload import publish
from instaclone.utils import clock

PEOPLE = [("ada", "Ada L."), ("grace", "Grace H."), ("linus", "Linus T."), ("guido", "Guido v. R.")]


def load():
    users = {name: sign_up(name, full) for name, full in PEOPLE}
    posts = []
    for i, (name, _) in enumerate(PEOPLE):
        clock.advance(3600 * (i + 1))
        posts.append(publish(users[name], f"hello from {name} #demo #day{i % 2}"))
    for a in users.values():
        for b in users.values():
            if a is not b:
                follow(a, b)
    like(users["grace"], posts[0])
    like(users["linus"], posts[0])
    send(users["guido"], users["ada"], "lazy imports are neat")
    return users, posts
