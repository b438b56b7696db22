print("n1 start")
import q1
import q2
import q_assign
import q_del
print("n1 end")
