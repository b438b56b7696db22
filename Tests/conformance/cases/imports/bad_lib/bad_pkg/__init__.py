print('loading bad_pkg')
