print("loading circ_pkg.second")
import circ_pkg
print("second sees circ_pkg.first?", hasattr(circ_pkg, 'first'))
try:
    from circ_pkg import first
    print("got first", first.__name__)
except ImportError as e:
    print("ImportError:", str(e).split(' (')[0])
