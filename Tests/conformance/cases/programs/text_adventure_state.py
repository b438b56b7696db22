rooms = {
    "hall": {"desc": "a long hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "dusty shelves", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "smells of bread", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "dark and damp", "exits": {"up": "kitchen"}, "items": ["wine"]},
}
state = {"room": "hall", "inventory": [], "moves": 0}
def do(command):
    verb, _, arg = command.partition(" ")
    room = rooms[state["room"]]
    match verb:
        case "go":
            if arg not in room["exits"]:
                return f"you can't go {arg}"
            if room["exits"][arg] == "cellar" and "lamp" not in state["inventory"]:
                return "too dark to go down without a lamp"
            state["room"] = room["exits"][arg]
            state["moves"] += 1
            return f"you are in the {state['room']}: {rooms[state['room']]['desc']}"
        case "take":
            if arg in room["items"]:
                room["items"].remove(arg)
                state["inventory"].append(arg)
                return f"taken {arg}"
            return f"no {arg} here"
        case "look":
            items = ", ".join(room["items"]) or "nothing"
            return f"{state['room']}: exits {sorted(room['exits'])}, items: {items}"
        case "inv":
            return f"carrying {state['inventory']}"
        case _:
            return f"unknown command {verb!r}"
script = ["look", "go east", "go down", "go west", "take lamp", "take lamp", "go east", "go down", "take wine", "look", "inv", "dance", "go north"]
for cmd in script:
    print(f"> {cmd}\n  {do(cmd)}")
print("moves:", state["moves"])
