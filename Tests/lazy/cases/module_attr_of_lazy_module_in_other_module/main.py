import holder
print("main mid")
print(holder.dep.V)
print(holder.dep.V)
