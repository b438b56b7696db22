"""Turn a parse tree into a flat program for the backtracking matcher."""

from ._charsets import ascii_table
from ._parser import LIT, ANY, SET, AT, SEQ, ALT, GROUP, REP, BACKREF, LOOK, COND

(OP_CHAR, OP_CHARI, OP_PRED, OP_ANY, OP_ANYALL, OP_AT, OP_SAVE, OP_SPLIT, OP_JMP,
 OP_REPCHAR, OP_BACKREF, OP_LOOK, OP_COND, OP_MARK, OP_CHECK, OP_MATCH, OP_STR) = range(17)

# kinds of single-character matchers used by OP_REPCHAR
RK_CHAR, RK_PRED, RK_ANY, RK_ANYALL = range(4)


class Code:
    """A compiled pattern: the program plus search hints."""
    __slots__ = ("prog", "nregs", "groups", "anchored", "prefix", "firstpred",
                 "literal", "firsttable", "simple", "fullprog", "emitter", "tree")


def _single(node):
    """(kind, arg, pred) when node matches exactly one character, else None."""
    k = node[0]
    if k == LIT:
        c = node[1]
        if node[2] and c.lower() != c.upper():
            vs = _variants(c)
            return (RK_PRED, None, lambda ch, vs=vs: ch in vs)
        return (RK_CHAR, c, lambda ch, c=c: ch == c)
    if k == ANY:
        if node[1]:
            return (RK_ANYALL, None, lambda ch: True)
        return (RK_ANY, None, lambda ch: ch != "\n")
    if k == SET:
        return (RK_PRED, None, node[1])
    if k == GROUP:
        return None
    return None


def _variants(c):
    vs = {c}
    for v in (c.lower(), c.upper(), c.casefold() if len(c.casefold()) == 1 else c):
        if len(v) == 1:
            vs.add(v)
            lv = v.lower()
            if len(lv) == 1:
                vs.add(lv)
    return frozenset(vs)


def min_width(node):
    k = node[0]
    if k in (LIT, ANY, SET):
        return 1
    if k in (AT, LOOK, BACKREF):
        return 0
    if k == SEQ:
        return sum(min_width(n) for n in node[1])
    if k == ALT:
        return min(min_width(n) for n in node[1])
    if k == GROUP:
        return min_width(node[2])
    if k == REP:
        return node[1] * min_width(node[4])
    if k == COND:
        a = min_width(node[2])
        b = min_width(node[3]) if node[3] is not None else 0
        return min(a, b)
    return 0


class _Emitter:
    def __init__(self, groups):
        self.nregs = 2 * (groups + 1) + 1   # group slots + lastindex
        self.groups = groups

    def new_reg(self):
        r = self.nregs
        self.nregs += 1
        return r

    def program(self, node):
        prog = []
        self.emit(node, prog)
        prog.append((OP_MATCH,))
        return prog

    def emit(self, node, prog):
        k = node[0]
        if k == LIT:
            c = node[1]
            if node[2] and c.lower() != c.upper():
                prog.append((OP_CHARI, _variants(c)))
            else:
                prog.append((OP_CHAR, c))
        elif k == ANY:
            prog.append((OP_ANYALL,) if node[1] else (OP_ANY,))
        elif k == SET:
            prog.append((OP_PRED, node[1]))
        elif k == AT:
            prog.append((OP_AT, node[1]))
        elif k == SEQ:
            items = node[1]
            i = 0
            n = len(items)
            while i < n:
                it = items[i]
                if it[0] == LIT and not (it[2] and it[1].lower() != it[1].upper()):
                    j = i
                    run = []
                    while j < n and items[j][0] == LIT and not (
                            items[j][2] and items[j][1].lower() != items[j][1].upper()):
                        run.append(items[j][1])
                        j += 1
                    if len(run) > 1:
                        prog.append((OP_STR, "".join(run), len(run)))
                        i = j
                        continue
                self.emit(it, prog)
                i += 1
        elif k == ALT:
            jumps = []
            branches = node[1]
            for idx, br in enumerate(branches):
                if idx < len(branches) - 1:
                    split_at = len(prog)
                    prog.append(None)
                    self.emit(br, prog)
                    jumps.append(len(prog))
                    prog.append(None)
                    prog[split_at] = (OP_SPLIT, split_at + 1, len(prog))
                else:
                    self.emit(br, prog)
            end = len(prog)
            for j in jumps:
                prog[j] = (OP_JMP, end)
        elif k == GROUP:
            g = node[1]
            prog.append((OP_SAVE, 2 * g, 0))
            self.emit(node[2], prog)
            prog.append((OP_SAVE, 2 * g + 1, 2 * (self.groups + 1)))
        elif k == REP:
            self.emit_repeat(node, prog)
        elif k == BACKREF:
            prog.append((OP_BACKREF, node[1], node[2]))
        elif k == LOOK:
            sub = self.program(node[3])
            width = node[4] if node[1] else 0
            prog.append((OP_LOOK, node[1], node[2], sub, width))
        elif k == COND:
            at = len(prog)
            prog.append(None)
            self.emit(node[2], prog)
            if node[3] is not None:
                jmp = len(prog)
                prog.append(None)
                prog[at] = (OP_COND, node[1], len(prog))
                self.emit(node[3], prog)
                prog[jmp] = (OP_JMP, len(prog))
            else:
                prog[at] = (OP_COND, node[1], len(prog))
        else:
            raise AssertionError("unknown node %r" % (node,))

    def emit_repeat(self, node, prog):
        lo, hi, greedy, body = node[1], node[2], node[3], node[4]
        single = _single(body)
        if single is not None:
            kind, arg, pred = single
            if kind == RK_PRED:
                arg = ascii_table(pred)
            prog.append((OP_REPCHAR, kind, arg, pred, lo,
                         hi if hi is not None else -1, greedy))
            return
        for _ in range(lo):
            self.emit(body, prog)
        if hi is None:
            needs_check = min_width(body) == 0
            reg = self.new_reg() if needs_check else -1
            top = len(prog)
            prog.append(None)
            if needs_check:
                prog.append((OP_MARK, reg))
            self.emit(body, prog)
            if needs_check:
                chk = len(prog)
                prog.append(None)
            prog.append((OP_JMP, top))
            end = len(prog)
            if needs_check:
                prog[chk] = (OP_CHECK, reg, end)
            if greedy:
                prog[top] = (OP_SPLIT, top + 1, end)
            else:
                prog[top] = (OP_SPLIT, end, top + 1)
        else:
            splits = []
            for _ in range(hi - lo):
                splits.append(len(prog))
                prog.append(None)
                self.emit(body, prog)
            end = len(prog)
            for at in splits:
                if greedy:
                    prog[at] = (OP_SPLIT, at + 1, end)
                else:
                    prog[at] = (OP_SPLIT, end, at + 1)


def _first(node):
    """Leading node of a tree, descending into sequences (not groups)."""
    while node[0] == SEQ and node[1]:
        node = node[1][0]
    return node


def first_pred(node):
    """Predicate every match's first character satisfies, or None if unknown."""
    k = node[0]
    if k in (LIT, SET):
        return _single(node)[2]
    if k == ANY:
        return None if node[1] else _single(node)[2]
    if k == GROUP:
        return first_pred(node[2])
    if k == REP:
        return first_pred(node[4]) if node[1] >= 1 else None
    if k == SEQ:
        for it in node[1]:
            if it[0] in (AT, LOOK):
                continue
            if min_width(it) == 0:
                return None
            return first_pred(it)
        return None
    if k == ALT:
        preds = []
        for br in node[1]:
            p = first_pred(br)
            if p is None or min_width(br) == 0:
                return None
            preds.append(p)
        preds = tuple(preds)

        def union(c, preds=preds):
            for p in preds:
                if p(c):
                    return True
            return False
        return union
    return None


def compile_tree(parsed):
    em = _Emitter(parsed.groups)
    tree = parsed.tree
    code = Code()
    code.tree = tree
    code.prog = em.program(tree)
    code.nregs = em.nregs
    code.groups = parsed.groups
    code.fullprog = None
    code.emitter = em
    first = _first(tree)
    code.anchored = first[0] == AT and first[1] in ("A", "^")
    # literal prefix (case-sensitive literals at the start of the pattern)
    prefix = []
    items = tree[1] if tree[0] == SEQ else [tree]
    for it in items:
        if it[0] == LIT and not (it[2] and it[1].lower() != it[1].upper()):
            prefix.append(it[1])
        else:
            break
    code.prefix = "".join(prefix)
    code.literal = (len(prefix) == len(items) and tree[0] != SEQ and tree[0] == LIT) or (
        tree[0] == SEQ and len(prefix) == len(items) and len(items) > 0)
    code.firstpred = None
    code.simple = None
    prog = code.prog
    if (len(prog) == 2 and prog[0][0] == OP_REPCHAR and prog[0][1] == RK_PRED
            and prog[0][6] and prog[0][4] >= 1):
        code.simple = prog[0]
    code.firsttable = None
    if not code.prefix and min_width(tree) > 0:
        fp = first_pred(tree)
        if fp is not None:
            code.firstpred = fp
            code.firsttable = ascii_table(fp)
    return code


def full_program(code):
    """Program for fullmatch(): the pattern followed by an end-of-subject check."""
    if code.fullprog is None:
        code.fullprog = code.emitter.program((SEQ, [code.tree, (AT, "Z")]))
        code.nregs = code.emitter.nregs
    return code.fullprog
