"""Text wrapping and filling: wrap, fill, shorten, dedent, indent, TextWrapper."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_WHITESPACE = '\t\n\x0b\x0c\r '
_WS_SET = frozenset(_WHITESPACE)


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # a word character that is not a decimal digit
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dash_run(text, i):
    """Length of the run of '-' starting at i."""
    j = i
    n = len(text)
    while j < n and text[j] == '-':
        j += 1
    return j - i


def _emdash_follows(text, j):
    """Whether text[j:] starts with two or more dashes followed by a word char."""
    run = _dash_run(text, j)
    return run >= 2 and j + run < len(text) and _is_word(text[j + run])


def _hyphen_break_after(text, j):
    """Whether a word may be broken just after the hyphen at text[j]."""
    n = len(text)
    # letters on the left: two letters, or letter-hyphen-letter
    left_ok = (j >= 2 and _is_letter(text[j - 1]) and _is_letter(text[j - 2]))
    if not left_ok:
        left_ok = (j >= 3 and _is_letter(text[j - 1]) and text[j - 2] == '-'
                   and _is_letter(text[j - 3]))
    if not left_ok:
        return False
    # letters on the right: letter then (letter, or hyphen and letter)
    if not (j + 2 < n and _is_letter(text[j + 1])):
        return False
    if _is_letter(text[j + 2]):
        return True
    return text[j + 2] == '-' and j + 3 < n and _is_letter(text[j + 3])


def _split_hyphenated(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _WS_SET:
            j = i + 1
            while j < n and text[j] in _WS_SET:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]) and _emdash_follows(text, i):
            j = i + _dash_run(text, i)
            chunks.append(text[i:j])
            i = j
            continue
        # a word: the shortest run of non-space characters that ends at a
        # hyphenation point, before whitespace/end, or before an em-dash
        j = i + 1
        while True:
            if j < n and text[j] == '-' and _hyphen_break_after(text, j):
                j += 1
                break
            if j >= n or text[j] in _WS_SET:
                break
            if (text[j] == '-' and _is_word_punct(text[j - 1])
                    and _emdash_follows(text, j)):
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _WS_SET
        j = i + 1
        while j < n and (text[j] in _WS_SET) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """Lowercase ASCII letter, then . ! or ?, then optionally a quote, at the end."""
    k = len(chunk)
    if k and chunk[k - 1] in '"\'':
        k -= 1
    return (k >= 2 and chunk[k - 1] in '.!?'
            and 'a' <= chunk[k - 2] <= 'z')


class TextWrapper:
    """Object for wrapping/filling text.  See the module documentation."""

    unicode_whitespace_trans = {ord(c): ord(' ') for c in _WHITESPACE}

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        room = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(chunk) > room:
                hyphen = chunk.rfind('-', 0, room)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        chunks.reverse()
        while chunks:
            line = []
            length = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # whitespace at the start of any line but the first is dropped
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                del chunks[-1]

            while chunks:
                size = len(chunks[-1])
                if length + size > width:
                    break
                line.append(chunks.pop())
                length += size

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, length, width)
                length = sum(len(piece) for piece in line)

            if self.drop_whitespace and line and line[-1].strip() == '':
                length -= len(line[-1])
                del line[-1]

            if not line:
                continue

            fits_all = (self.max_lines is None
                        or len(lines) + 1 < self.max_lines
                        or ((not chunks
                             or (self.drop_whitespace and len(chunks) == 1
                                 and not chunks[0].strip()))
                            and length <= width))
            if fits_all:
                lines.append(indent + ''.join(line))
                continue

            # Out of lines: end this one with the placeholder.
            while line:
                if line[-1].strip() and length + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    return lines
                length -= len(line[-1])
                del line[-1]
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(self.placeholder) <= self.width:
                    lines[-1] = previous + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Split text into lines of at most self.width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap text and return it as a single string with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Only spaces and tabs count (and they are not equivalent); lines holding
    nothing but spaces and tabs are emptied and do not affect the margin."""
    lines = text.split('\n')
    margin = None
    for idx, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[idx] = ''
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text selected by predicate (by default,
    the lines that are not whitespace only)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
