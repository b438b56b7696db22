# sys.path: the script's folder first; run-time changes are honoured; invalidate_caches.
import sys
here = __file__.rpartition('/')[0]
print(sys.path[0] == here)
try:
    import sp_hidden
except ModuleNotFoundError as e:
    print(e)
sys.path.insert(0, here + '/sp_dir_one')
import sp_hidden
print(sp_hidden.WHERE)
sys.path.append(here + '/sp_dir_two')
import sp_second
print(sp_second.WHERE)
del sys.modules['sp_hidden']
sys.path.remove(here + '/sp_dir_one')
sys.path.insert(0, here + '/sp_dir_two')
import sp_hidden
print(sp_hidden.WHERE)
del sys.modules['sp_hidden']
sys.path[:] = [p for p in sys.path if not p.endswith('sp_dir_two')]
try:
    import sp_hidden
except ModuleNotFoundError as e:
    print(e)
sys.path = sys.path + [here + '/sp_dir_one']
import sp_hidden
print(sp_hidden.WHERE)
sys.path.insert(0, 42)
import sp_hidden
print('non-str entries are skipped')
