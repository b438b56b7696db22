# leading comment
   
x = [
]   ; y = x[0]
