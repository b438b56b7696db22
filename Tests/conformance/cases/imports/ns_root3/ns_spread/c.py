print('loading ns_spread.c from root3')
