"""A lexical analyzer for shell-like syntax (Smolder implementation)."""

__all__ = ["shlex", "split", "quote", "join"]


class _StrReader:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def read(self, n=1):
        p = self.pos
        if p >= len(self.text):
            return ''
        self.pos = p + n
        return self.text[p:p + n]

    def readline(self):
        t = self.text
        p = self.pos
        i = t.find('\n', p)
        if i < 0:
            self.pos = len(t)
            return t[p:]
        self.pos = i + 1
        return t[p:i + 1]


class shlex:
    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = _StrReader(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            import sys
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if posix:
            self.wordchars += ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                               'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = []
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        self._pushback_chars = []
        if punctuation_chars:
            for c in '~-./*?=':
                self.wordchars = self.wordchars.replace(c, '') if c in punctuation_chars else self.wordchars
            self.wordchars += ''.join(c for c in '~-./*?=' if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        self.pushback.insert(0, tok)

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        return self.read_token()

    def _getc(self):
        if self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def read_token(self):
        quoted = False
        escapedstate = ' '
        posix = self.posix
        punct = self._punctuation_chars
        while True:
            ch = self._getc()
            if ch == '\n':
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ''
                break
            elif state == ' ':
                if not ch:
                    self.state = None
                    break
                elif ch in self.whitespace:
                    if self.token or (posix and quoted):
                        break
                    continue
                elif ch in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                elif posix and ch in self.escape:
                    escapedstate = 'a'
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = 'a'
                elif ch in punct:
                    self.token = ch
                    self.state = 'c'
                elif ch in self.quotes:
                    if not posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = 'a'
                else:
                    self.token = ch
                    if self.token or (posix and quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not ch:
                    raise ValueError("No closing quotation")
                if ch == state:
                    if not posix:
                        self.token += ch
                        self.state = ' '
                        break
                    self.state = 'a'
                elif posix and ch in self.escape and state in self.escapedquotes:
                    escapedstate = state
                    self.state = ch
                else:
                    self.token += ch
            elif state in self.escape:
                if not ch:
                    raise ValueError("No escaped character")
                if escapedstate in self.quotes and ch != state and ch != escapedstate:
                    self.token += state
                self.token += ch
                self.state = escapedstate
            elif state in ('a', 'c'):
                if not ch:
                    self.state = None
                    break
                elif ch in self.whitespace:
                    self.state = ' '
                    if self.token or (posix and quoted):
                        break
                    continue
                elif ch in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                    if posix:
                        self.state = ' '
                        if self.token or (posix and quoted):
                            break
                        continue
                elif state == 'c':
                    if ch in punct:
                        self.token += ch
                    else:
                        if ch not in self.whitespace:
                            self._pushback_chars.append(ch)
                        self.state = ' '
                        break
                elif posix and ch in self.quotes:
                    self.state = ch
                elif posix and ch in self.escape:
                    escapedstate = 'a'
                    self.state = ch
                elif (ch in self.wordchars or ch in self.quotes
                      or (self.whitespace_split and ch not in punct)):
                    self.token += ch
                else:
                    if punct:
                        self._pushback_chars.append(ch)
                    else:
                        self.pushback.insert(0, ch)
                    self.state = ' '
                    if self.token or (posix and quoted):
                        break
                    continue
        result = self.token
        self.token = ''
        if posix and not quoted and result == '':
            result = None
        return result

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789@%+=:,./-_')


def quote(s):
    if not s:
        return "''"
    for c in s:
        if c not in _SAFE:
            return "'" + s.replace("'", "'\"'\"'") + "'"
    return s


def join(split_command):
    return ' '.join([quote(a) for a in split_command])
