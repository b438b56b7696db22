"""Backtracking matcher: runs a compiled program with an explicit stack
(no Python recursion per character; recursion only for nested lookarounds)."""

from ._compiler import (OP_CHAR, OP_CHARI, OP_PRED, OP_ANY, OP_ANYALL, OP_AT,
                        OP_SAVE, OP_SPLIT, OP_JMP, OP_REPCHAR, OP_BACKREF,
                        OP_LOOK, OP_COND, OP_MARK, OP_CHECK, OP_MATCH, OP_STR,
                        RK_CHAR, RK_PRED, RK_ANY, RK_ANYALL, full_program)
from ._charsets import is_word, scan_while, scan_until

# backtrack stack entry kinds
_BRANCH, _RESTORE, _GREEDY, _LAZY = range(4)


def _at(kind, s, pos, end):
    if kind == "^" or kind == "A":
        return pos == 0
    if kind == "Z":
        return pos == end
    if kind == "$":
        return pos == end or (pos == end - 1 and s[pos] == "\n")
    if kind == "^m":
        return pos == 0 or s[pos - 1] == "\n"
    if kind == "$m":
        return pos == end or s[pos] == "\n"
    ascii_ = len(kind) == 2
    before = pos > 0 and is_word(s[pos - 1], ascii_)
    after = pos < end and is_word(s[pos], ascii_)
    if kind[0] == "b":
        return before != after
    if end == 0:
        return False
    return before == after


def run(prog, s, start, end, regs, forbid):
    """Try to match prog at start.  Returns the end position (regs filled in)
    or -1.  An empty match at `forbid` is rejected."""
    stack = []
    push = stack.append
    pop = stack.pop
    pc = 0
    pos = start
    nlast = None
    while True:
        op = prog[pc]
        k = op[0]
        if k == OP_CHAR:
            if pos < end and s[pos] == op[1]:
                pos += 1
                pc += 1
                continue
        elif k == OP_STR:
            if s.startswith(op[1], pos, end):
                pos += op[2]
                pc += 1
                continue
        elif k == OP_REPCHAR:
            kind, arg, pred, lo, hi, greedy = op[1], op[2], op[3], op[4], op[5], op[6]
            limit = end if hi < 0 or pos + hi > end else pos + hi
            if greedy:
                if kind == RK_ANYALL:
                    i = limit
                elif kind == RK_ANY:
                    j = s.find("\n", pos, limit)
                    i = limit if j < 0 else j
                elif kind == RK_CHAR:
                    i = pos
                    while i < limit and s[i] == arg:
                        i += 1
                else:
                    i = scan_while(s, pos, limit, pred, arg)
                count = i - pos
                if count >= lo:
                    if count > lo:
                        nxt = prog[pc + 1]
                        nc = nxt[1] if nxt[0] == OP_CHAR else (
                            nxt[1][0] if nxt[0] == OP_STR else None)
                        push((_GREEDY, pc + 1, pos, count, lo, nc))
                    pos = i
                    pc += 1
                    continue
            else:
                i = pos
                ok = True
                while i < pos + lo:
                    if i >= end or not pred(s[i]):
                        ok = False
                        break
                    i += 1
                if ok:
                    if hi < 0 or lo < hi:
                        push((_LAZY, pc + 1, i, lo, hi, pred))
                    pos = i
                    pc += 1
                    continue
        elif k == OP_SAVE:
            slot = op[1]
            push((_RESTORE, slot, regs[slot]))
            regs[slot] = pos
            if slot & 1:
                li = op[2]
                push((_RESTORE, li, regs[li]))
                regs[li] = slot >> 1
            pc += 1
            continue
        elif k == OP_SPLIT:
            push((_BRANCH, op[2], pos))
            pc = op[1]
            continue
        elif k == OP_JMP:
            pc = op[1]
            continue
        elif k == OP_PRED:
            if pos < end and op[1](s[pos]):
                pos += 1
                pc += 1
                continue
        elif k == OP_ANY:
            if pos < end and s[pos] != "\n":
                pos += 1
                pc += 1
                continue
        elif k == OP_ANYALL:
            if pos < end:
                pos += 1
                pc += 1
                continue
        elif k == OP_CHARI:
            if pos < end and s[pos] in op[1]:
                pos += 1
                pc += 1
                continue
        elif k == OP_AT:
            if _at(op[1], s, pos, end):
                pc += 1
                continue
        elif k == OP_MATCH:
            if not (pos == forbid and start == forbid):
                return pos
        elif k == OP_MARK:
            r = op[1]
            push((_RESTORE, r, regs[r]))
            regs[r] = pos
            pc += 1
            continue
        elif k == OP_CHECK:
            pc = op[2] if regs[op[1]] == pos else pc + 1
            continue
        elif k == OP_BACKREF:
            g = op[1]
            a = regs[2 * g]
            b = regs[2 * g + 1]
            if a >= 0 and b >= 0:
                sub = s[a:b]
                ln = b - a
                if op[2]:
                    if pos + ln <= end and s[pos:pos + ln].lower() == sub.lower():
                        pos += ln
                        pc += 1
                        continue
                elif s.startswith(sub, pos, end):
                    pos += ln
                    pc += 1
                    continue
        elif k == OP_COND:
            g = op[1]
            if regs[2 * g] >= 0 and regs[2 * g + 1] >= 0:
                pc += 1
            else:
                pc = op[2]
            continue
        elif k == OP_LOOK:
            behind, neg, sub, width = op[1], op[2], op[3], op[4]
            at = pos - width
            if at < 0:
                matched = False
            else:
                sregs = list(regs)
                matched = run(sub, s, at, end if not behind else pos, sregs, -1) >= 0
            if neg:
                if not matched:
                    pc += 1
                    continue
            elif matched:
                for idx in range(len(regs)):
                    if sregs[idx] != regs[idx]:
                        push((_RESTORE, idx, regs[idx]))
                        regs[idx] = sregs[idx]
                pc += 1
                continue
        else:
            raise AssertionError("bad opcode %r" % (k,))
        # ---- failure: backtrack ----
        while True:
            if not stack:
                return -1
            e = pop()
            t = e[0]
            if t == _RESTORE:
                regs[e[1]] = e[2]
                continue
            if t == _BRANCH:
                pc = e[1]
                pos = e[2]
                break
            if t == _GREEDY:
                _, npc, base, count, lo, nc = e
                count -= 1
                if nc is not None:
                    while count >= lo:
                        p = base + count
                        if p < end and s[p] == nc:
                            break
                        count -= 1
                    if count < lo:
                        continue
                if count > lo:
                    push((_GREEDY, npc, base, count, lo, nc))
                pc = npc
                pos = base + count
                break
            # _LAZY
            _, npc, p, count, hi, pred = e
            if p < end and pred(s[p]):
                count += 1
                p += 1
                if hi < 0 or count < hi:
                    push((_LAZY, npc, p, count, hi, pred))
                pc = npc
                pos = p
                break


def search(code, s, pos, end, must_advance):
    """Find the leftmost match at or after pos.  Returns (start, end, regs) or None."""
    if pos > end:
        return None
    forbid = pos if must_advance else -1
    prog = code.prog
    nregs = code.nregs
    prefix = code.prefix
    firstpred = code.firstpred
    table = code.firsttable
    simple = code.simple
    i = pos
    while i <= end:
        if prefix:
            j = s.find(prefix, i, end)
            if j < 0:
                return None
            i = j
        elif firstpred is not None:
            i = scan_until(s, i, end, firstpred, table)
            if i >= end:
                return None
        regs = [-1] * nregs
        if simple is not None:
            # a lone greedy class repeat such as \w+ : no need for the VM
            lo, hi = simple[4], simple[5]
            limit = end if hi < 0 or i + hi > end else i + hi
            j = scan_while(s, i, limit, simple[3], simple[2])
            if j - i >= lo:
                return (i, j, regs)
            i += 1
            continue
        r = run(prog, s, i, end, regs, forbid)
        if r >= 0:
            return (i, r, regs)
        if code.anchored:
            return None
        i += 1
    return None


def match(code, s, pos, end, full, must_advance=False):
    prog = code.prog
    if full:
        prog = full_program(code)
    regs = [-1] * code.nregs
    r = run(prog, s, pos, end, regs, pos if must_advance else -1)
    if r < 0:
        return None
    return (pos, r, regs)
