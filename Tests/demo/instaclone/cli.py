"""The command-line entry point: `main(["feed", "ada"])` renders a screen."""
from instaclone import seed
from instaclone.registry import COMMANDS, VIEWS

_state = {}


def _users():
    if not _state:
        _state["users"], _state["posts"] = seed.load()
        # Every screen registers itself on import.
        import instaclone.views.dashboard, instaclone.views.explore, instaclone.views.feed
        import instaclone.views.inbox, instaclone.views.post, instaclone.views.profile, instaclone.views.search
    return _state["users"]


@COMMANDS.register("feed")
def feed(username):
    user = _users()[username]
    return VIEWS.get("feed")(user)


@COMMANDS.register("profile")
def profile(username):
    user = _users()[username]
    return VIEWS.get("profile")(user)


@COMMANDS.register("explore")
def explore(username="ada"):
    user = _users()[username]
    return VIEWS.get("explore")(user)


@COMMANDS.register("inbox")
def inbox(username):
    user = _users()[username]
    return VIEWS.get("inbox")(user)


@COMMANDS.register("dashboard")
def dashboard():
    _users()
    return VIEWS.get("dashboard")()


def main(argv):
    command, *args = argv or ["feed", "ada"]
    text = COMMANDS.get(command)(*args)
    print(text)
    return 0
