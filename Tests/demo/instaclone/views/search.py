"""Search results."""
from instaclone.registry import VIEWS
from instaclone.services.search import search
from instaclone.views.render import card


@VIEWS.register("search")
def search_view(query):
    users, tags = search(query)
    return card(f"search: {query}", [u.username for u in users] + [f"#{t.name}" for t in tags])
