"""Python part of the warnings subsystem (warnings), written for Smolder.

Smolder has no frame introspection (sys._getframe), so when it is missing a
warning is attributed to the main script with line number 0 whatever the
stacklevel, and "once per location" filtering falls back to once per
(message, category).
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1
_registry = {}


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# --- a tiny regular-expression matcher for filter messages and modules ------
# Supports literals, `.`, `\` escapes, `[...]` classes, `^`, `$`, `\Z` and the
# quantifiers `*`, `+`, `?` on single atoms. Anything else is literal.

def _parse_regex(pat):
    atoms = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        if c == "\\" and i + 1 < n:
            d = pat[i + 1]
            if d == "Z":
                atoms.append(("end",))
            elif d == "d":
                atoms.append(("class", False, [("0", "9")]))
            elif d == "w":
                atoms.append(("word",))
            elif d == "s":
                atoms.append(("class", False, [(" ", " "), ("\t", "\r")]))
            else:
                atoms.append(("lit", d))
            i += 2
        elif c == ".":
            atoms.append(("any",))
            i += 1
        elif c == "^" and i == 0:
            i += 1
        elif c == "$" and i == n - 1:
            atoms.append(("end",))
            i += 1
        elif c == "[":
            j = i + 1
            neg = False
            if j < n and pat[j] == "^":
                neg = True
                j += 1
            ranges = []
            first = True
            while j < n and (pat[j] != "]" or first):
                first = False
                ch = pat[j]
                if ch == "\\" and j + 1 < n:
                    ch = pat[j + 1]
                    j += 1
                if j + 2 < n and pat[j + 1] == "-" and pat[j + 2] != "]":
                    ranges.append((ch, pat[j + 2]))
                    j += 3
                else:
                    ranges.append((ch, ch))
                    j += 1
            atoms.append(("class", neg, ranges))
            i = j + 1
        elif c in "*+?" and atoms and atoms[-1][0] not in ("end", "rep"):
            atom = atoms.pop()
            lo = 1 if c == "+" else 0
            hi = 1 if c == "?" else -1
            atoms.append(("rep", atom, lo, hi))
            i += 1
        else:
            atoms.append(("lit", c))
            i += 1
    return atoms


def _atom_ok(atom, ch, icase):
    kind = atom[0]
    if kind == "any":
        return ch != "\n"
    if kind == "lit":
        if icase:
            return atom[1].lower() == ch.lower()
        return atom[1] == ch
    if kind == "word":
        return ch.isalnum() or ch == "_"
    found = False
    for lo, hi in atom[2]:
        if lo <= ch <= hi or (icase and (lo <= ch.lower() <= hi
                                         or lo <= ch.upper() <= hi)):
            found = True
            break
    return found != atom[1]


def _regex_match(atoms, k, text, pos, icase):
    while k < len(atoms):
        atom = atoms[k]
        if atom[0] == "end":
            if pos != len(text):
                return False
            k += 1
            continue
        if atom[0] == "rep":
            inner, lo, hi = atom[1], atom[2], atom[3]
            count = 0
            limit = len(text) - pos if hi < 0 else hi
            while count < limit and _atom_ok(inner, text[pos + count], icase):
                count += 1
            while count >= lo:
                if _regex_match(atoms, k + 1, text, pos + count, icase):
                    return True
                count -= 1
            return False
        if pos >= len(text) or not _atom_ok(atom, text[pos], icase):
            return False
        pos += 1
        k += 1
    return True


class _Pattern:
    """Minimal stand-in for a compiled regular expression."""

    def __init__(self, pattern, icase):
        self.pattern = pattern
        self._icase = icase
        self._atoms = _parse_regex(pattern)

    def match(self, text):
        return _regex_match(self._atoms, 0, text, 0, self._icase)

    def __eq__(self, other):
        if isinstance(other, _Pattern):
            return self.pattern == other.pattern and self._icase == other._icase
        return NotImplemented

    def __hash__(self):
        return hash(self.pattern)

    def __repr__(self):
        if self._icase:
            return "re.compile(%r, re.IGNORECASE)" % (self.pattern,)
        return "re.compile(%r)" % (self.pattern,)


# --- filters ----------------------------------------------------------------

def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    msg = _Pattern(message, True) if message else None
    mod = _Pattern(module, False) if module else None
    _add_filter((action, msg, category, mod, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front):
    it matches every message and module."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


def _install_default_filters():
    filters.append(("default", None, DeprecationWarning,
                    _Pattern("__main__", False), 0))
    filters.append(("ignore", None, DeprecationWarning, None, 0))
    filters.append(("ignore", None, PendingDeprecationWarning, None, 0))
    filters.append(("ignore", None, ImportWarning, None, 0))
    filters.append(("ignore", None, ResourceWarning, None, 0))


_install_default_filters()


# --- showing ------------------------------------------------------------------

def _getline(filename, lineno):
    if not filename or lineno <= 0:
        return ""
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except Exception:
        pass
    return ""


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _getline(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarning_orig(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


showwarning = _showwarning_orig


def _formatwarnmsg(msg):
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarning_orig(msg.message, msg.category, msg.filename,
                               msg.lineno, msg.line)


_formatwarning_orig = formatwarning


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _showwarnmsg(msg):
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file,
           msg.line)
        return
    _showwarnmsg_impl(msg)


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


# --- issuing -------------------------------------------------------------------

def _caller_location(stacklevel):
    getframe = getattr(sys, "_getframe", None)
    if getframe is not None:
        try:
            frame = getframe(stacklevel + 1)
            return (frame.f_code.co_filename, frame.f_lineno,
                    frame.f_globals.get("__name__", "<string>"))
        except Exception:
            pass
    main = sys.modules.get("__main__")
    filename = getattr(main, "__file__", None) or "sys"
    return filename, 0, "__main__"


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    filename, lineno, module = _caller_location(stacklevel)
    registry = _registry.setdefault(module, {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  None, source)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Low-level interface to warnings functionality."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or mod.match(module))
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        altkey = (text, category, 0)
        if registry.get(altkey):
            registry[key] = 1
            return
        registry[key] = 1
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno,
                                source=source))


class catch_warnings:
    """Context manager that saves the warnings filters and showwarning()
    on entry and restores them on exit. With record=True, warnings are
    collected in a list (returned by __enter__) instead of being shown."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % (self._module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = self._filters[:]
        m._filters_mutated()
        self._showwarning = m.showwarning
        self._showwarnmsg_impl = m._showwarnmsg_impl
        if self._filter is not None:
            m.simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        m = self._module
        m.filters = self._filters
        m._filters_mutated()
        m.showwarning = self._showwarning
        m._showwarnmsg_impl = self._showwarnmsg_impl
