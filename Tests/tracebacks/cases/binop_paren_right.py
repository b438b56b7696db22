a = ( 1 ) * (None)
