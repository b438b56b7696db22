import statistics as st
from decimal import Decimal as D, localcontext
from fractions import Fraction as F
print(repr(st.pstdev([D(1), D(3)])), repr(st.stdev([D(1), D(3)])), repr(st.pstdev([D('1.5'), D('2.5')])), repr(st.stdev([D(0), D(0)])), repr(st.stdev([D(2), D(8)])), repr(st.pstdev([D('0.1'), D('0.3')])))
print(repr(st.mean([D('0.5'), D('0.75')])), repr(st.mean([F(1, 3), F(2, 3), 1])), repr(st.variance([F(1, 2), F(3, 4), F(1)])), repr(st.median([D(1), D(4)])))
with localcontext(prec=10):
    print(repr(st.stdev([D(1), D(2), D(4)])), repr(st.mean([D(1), D(2), D(4)])))
for bad in [[1, D(2)], [1.5, D(2)], [F(1, 2), D(2)]]:
    try:
        print(st.mean(bad))
    except TypeError as e:
        print('TypeError', e)
print(repr(st.mean([1, F(1, 2)])), repr(st.mean([1.0, F(1, 2)])), repr(st.mean([True, 2])), repr(st.harmonic_mean([F(1, 2), F(1, 3)])))
