"""Heap queue (priority queue) algorithms on plain lists.

A heap is a list `h` with h[k] <= h[2*k+1] and h[k] <= h[2*k+2] for every
valid k, so h[0] is always the smallest item.  Only `<` is ever used to
compare items, and the sift procedures below move items exactly the way the
reference implementation does, so heap layouts match after every call.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check(heap, func, which):
    if not isinstance(heap, list):
        got = "None" if heap is None else type(heap).__name__
        raise TypeError("%s() argument%s must be list, not %s" % (func, which, got))


# --- min-heap primitives -------------------------------------------------

def _bubble_up(heap, top, pos):
    """Move heap[pos] towards the root (never above index `top`) while it
    is smaller than its parent."""
    item = heap[pos]
    while pos > top:
        up = (pos - 1) >> 1
        above = heap[up]
        if item < above:
            heap[pos] = above
            pos = up
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    """Re-establish the heap below `pos`: walk the hole at `pos` down to a
    leaf, always promoting the smaller child, then bubble the displaced item
    back up from that leaf."""
    size = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        other = child + 1
        if other < size and not heap[child] < heap[other]:
            child = other
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, start, pos)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check(heap, "heappush", " 1")
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check(heap, "heappop", "")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _check(heap, "heapreplace", " 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item."""
    _check(heap, "heappushpop", " 1")
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sink(heap, 0)
        return smallest
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check(heap, "heapify", "")
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, pos)


# --- max-heap primitives (used by merge(reverse=True) and nsmallest) -----

def _bubble_up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        up = (pos - 1) >> 1
        above = heap[up]
        if above < item:
            heap[pos] = above
            pos = up
        else:
            break
    heap[pos] = item


def _sink_max(heap, pos):
    size = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        other = child + 1
        if other < size and not heap[other] < heap[child]:
            child = other
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, start, pos)


def _heapify_max(heap):
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sink_max(heap, pos)


def _heappop_max(heap):
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


# --- merge ---------------------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Equal items come out in the order of the iterables they came from."""
    if reverse:
        fix, replace, pop, sign = _heapify_max, _heapreplace_max, _heappop_max, -1
    else:
        fix, replace, pop, sign = heapify, heapreplace, heappop, 1

    entries = []
    if key is None:
        for number, iterable in enumerate(iterables):
            it = iter(iterable)
            for first in it:
                entries.append([first, number * sign, it])
                break
        fix(entries)
        while len(entries) > 1:
            try:
                while True:
                    entry = entries[0]
                    value, _, step = entry
                    yield value
                    entry[0] = next(step)
                    replace(entries, entry)
            except StopIteration:
                pop(entries)
        if entries:
            value, _, step = entries[0]
            yield value
            yield from step
        return

    for number, iterable in enumerate(iterables):
        it = iter(iterable)
        for first in it:
            entries.append([key(first), number * sign, first, it])
            break
    fix(entries)
    while len(entries) > 1:
        try:
            while True:
                entry = entries[0]
                _, _, value, step = entry
                yield value
                value = next(step)
                entry[0] = key(value)
                entry[2] = value
                replace(entries, entry)
        except StopIteration:
            pop(entries)
    if entries:
        _, _, value, step = entries[0]
        yield value
        yield from step


# --- nsmallest / nlargest ------------------------------------------------

_MISSING = object()


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]"""
    if n == 1:
        it = iter(iterable)
        if key is None:
            found = min(it, default=_MISSING)
        else:
            found = min(it, default=_MISSING, key=key)
        return [] if found is _MISSING else [found]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]

    if key is None:
        it = iter(iterable)
        # Entries are (item, arrival); arrival breaks ties so that earlier
        # items win, and keeps items themselves from being compared twice.
        kept = [(item, arrival) for arrival, item in zip(range(n), it)]
        if not kept:
            return kept
        _heapify_max(kept)
        worst = kept[0][0]
        arrival = n
        for item in it:
            if item < worst:
                _heapreplace_max(kept, (item, arrival))
                worst = kept[0][0]
                arrival += 1
        kept.sort()
        return [entry[0] for entry in kept]

    it = iter(iterable)
    kept = [(key(item), arrival, item) for arrival, item in zip(range(n), it)]
    if not kept:
        return kept
    _heapify_max(kept)
    worst = kept[0][0]
    arrival = n
    for item in it:
        k = key(item)
        if k < worst:
            _heapreplace_max(kept, (k, arrival, item))
            worst = kept[0][0]
            arrival += 1
    kept.sort()
    return [entry[2] for entry in kept]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]"""
    if n == 1:
        it = iter(iterable)
        if key is None:
            found = max(it, default=_MISSING)
        else:
            found = max(it, default=_MISSING, key=key)
        return [] if found is _MISSING else [found]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]

    if key is None:
        it = iter(iterable)
        # Arrival counts down so that, among equals, earlier items rank higher.
        kept = [(item, arrival) for arrival, item in zip(range(0, -n, -1), it)]
        if not kept:
            return kept
        heapify(kept)
        worst = kept[0][0]
        arrival = -n
        for item in it:
            if worst < item:
                heapreplace(kept, (item, arrival))
                worst = kept[0][0]
                arrival -= 1
        kept.sort(reverse=True)
        return [entry[0] for entry in kept]

    it = iter(iterable)
    kept = [(key(item), arrival, item) for arrival, item in zip(range(0, -n, -1), it)]
    if not kept:
        return kept
    heapify(kept)
    worst = kept[0][0]
    arrival = -n
    for item in it:
        k = key(item)
        if worst < k:
            heapreplace(kept, (k, arrival, item))
            worst = kept[0][0]
            arrival -= 1
    kept.sort(reverse=True)
    return [entry[2] for entry in kept]
