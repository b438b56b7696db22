print("loading rel_pkg.inner.helper", __package__)
HELP = 'help'
