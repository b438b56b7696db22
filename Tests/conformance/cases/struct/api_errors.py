import struct
s = struct.Struct('<hi')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00\x00\x00'), repr(struct.Struct(b'>d').format))
buf = bytearray(12)
s.pack_into(buf, 2, -1, -2)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=-6), struct.unpack_from('<h', buf, 2))
struct.pack_into('>H', buf, -2, 0x1234)
print(buf, list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')), list(s.iter_unpack(bytes(12))))
print(issubclass(struct.error, Exception), struct.error.__name__)
tests = ['struct.pack("b",200)', 'struct.pack("B",-1)', 'struct.pack("h",70000)', 'struct.pack("H",-1)', 'struct.pack("i",2**31)', 'struct.pack("I",-1)',
         'struct.pack("I",2**32)', 'struct.pack("l",2**63)', 'struct.pack("L",-1)', 'struct.pack("q",2**63)', 'struct.pack("Q",-1)', 'struct.pack("n",2**63)',
         'struct.pack("<l",2**31)', 'struct.pack("<L",2**32)', 'struct.pack(">Q",2**64)', 'struct.pack(">q",-2**63-1)', 'struct.pack(">h",70000)',
         'struct.pack(">H",-1)', 'struct.pack("<h",2**70)', 'struct.pack("<i",2**63)', 'struct.pack("i",1.5)', 'struct.pack("i","x")', 'struct.pack("i",None)',
         'struct.pack("f","x")', 'struct.pack("<f",1e300)', 'struct.pack("e",1e10)', 'struct.pack(">e",65520.0)', 'struct.pack("c",b"ab")', 'struct.pack("c","a")',
         'struct.pack("s","a")', 'struct.pack("ii",1)', 'struct.pack("i",1,2)', 'struct.unpack("d",b"ab")', 'struct.unpack("<i","abcd")',
         'struct.unpack_from("i",b"abcde",3)', 'struct.unpack_from("i",b"abcde",-9)', 'struct.pack_into("i",bytearray(4),2,1)',
         'struct.pack_into("i",bytearray(4),-9,1)', 'list(struct.iter_unpack("i",b"abc"))', 'struct.iter_unpack("",b"")', 'struct.calcsize("y")',
         'struct.calcsize("<n")', 'struct.calcsize("3")', 'struct.calcsize("3 i")', 'struct.calcsize("<P")']
for t in tests:
    try:
        print(t, repr(eval(t)))
    except Exception as e:
        print(t, type(e).__name__, e)
