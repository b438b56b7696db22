"""Explore: trending hashtags."""
from instaclone.registry import VIEWS
from instaclone.services.tags import trending
from instaclone.views.render import card


@VIEWS.register("explore")
def explore_view(user):
    return card("explore", [f"#{t.name} ({t.count})" for t in trending()])
