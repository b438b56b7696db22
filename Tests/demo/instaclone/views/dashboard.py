"""The admin dashboard."""
from instaclone.registry import VIEWS
from instaclone.services.analytics import EXPERIMENTS, counts
from instaclone.views.render import card


@VIEWS.register("dashboard")
def dashboard_view():
    rows = [f"{name}: {n}" for name, n in counts().items()]
    rows += [f"experiment {name}: bucket {b}" for name, b in EXPERIMENTS.items()]
    return card("dashboard", rows)
