print([chr(c) for c in (0, 65, 127, 955, 8364, 0xFFFF, 0x10FFFF)] == ["\x00", "A", "\x7f", "λ", "€", "\uffff", "\U0010ffff"])
print(chr(97), chr(True), ord("a"), ord("\x00"), ord("€"), ord("\U0001F600"), ord(b"z"), ord(b"\xff"))
class Idx:
    def __index__(self):
        return 66
print(chr(Idx()), [ord(c) for c in "héllo"])
for call in ["chr(-1)", "chr(0x110000)", "chr(2 ** 31)", "chr(2 ** 100)", "chr('a')", "chr(1.5)", "chr()",
             "chr(1, 2)", "chr(i=1)", "ord('ab')", "ord('')", "ord(1)", "ord(b'ab')", "ord(b'')",
             "ord(None)", "ord()", "ord(['a'])"]:
    try:
        print(eval(call))
    except (TypeError, ValueError, OverflowError) as e:
        print(call, type(e).__name__ + ":", e)
