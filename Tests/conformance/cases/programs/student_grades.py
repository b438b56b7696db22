records = [
    ("alice", "math", 91), ("bob", "math", 78), ("carol", "math", 85),
    ("alice", "physics", 88), ("bob", "physics", 93), ("carol", "physics", 67),
    ("alice", "art", 72), ("bob", "art", 95), ("dave", "math", 55),
]
def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"
by_student = {}
by_subject = {}
for name, subject, score in records:
    by_student.setdefault(name, []).append(score)
    by_subject.setdefault(subject, []).append((score, name))
for name in sorted(by_student):
    scores = by_student[name]
    avg = sum(scores) / len(scores)
    print(f"{name:<6} n={len(scores)} avg={avg:6.2f} grade={letter(avg)} best={max(scores)}")
for subject, entries in sorted(by_subject.items()):
    top_score, top_name = max(entries)
    print(f"{subject:<8} top={top_name}({top_score}) mean={sum(s for s, _ in entries) / len(entries):.1f}")
dist = {}
for _, _, s in records:
    dist[letter(s)] = dist.get(letter(s), 0) + 1
print(sorted(dist.items()))
