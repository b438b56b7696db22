graph = {
    "A": ["B", "C"], "B": ["D", "E"], "C": ["F"], "D": [], "E": ["F", "G"], "F": ["H"], "G": ["H"], "H": [], "X": ["Y"], "Y": [],
}
def bfs(start, goal):
    frontier = [[start]]
    seen = {start}
    while frontier:
        path = frontier.pop(0)
        if path[-1] == goal:
            return path
        for nxt in graph[path[-1]]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(path + [nxt])
    return None
def dfs_all(node, goal, path=()):
    path = path + (node,)
    if node == goal:
        yield path
    for nxt in graph[node]:
        yield from dfs_all(nxt, goal, path)
def topo():
    order, state = [], {}
    def visit(n):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle at " + n)
        state[n] = "active"
        for m in graph[n]:
            visit(m)
        state[n] = "done"
        order.append(n)
    for n in graph:
        visit(n)
    return order[::-1]
print(bfs("A", "H"), bfs("A", "Y"), bfs("X", "Y"))
print(list(dfs_all("A", "H")))
print(topo())
graph["H"].append("A")
try:
    topo()
except ValueError as e:
    print("ValueError", e)
