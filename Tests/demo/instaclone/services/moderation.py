"""Caption moderation with a word list built at import."""
from instaclone.utils.text import keywords

BLOCKED = frozenset(word[::-1] for word in ("maps", "mrahlam", "ecivrescsid"))


def allowed(caption):
    return not BLOCKED.intersection(keywords(caption))
