# A round-robin scheduler using a list as a queue.
tasks = [["a", 3], ["b", 1], ["c", 2]]
order = []
while tasks:
    task = tasks.pop(0)
    order.append(task[0])
    task[1] -= 1
    if task[1] > 0:
        tasks.append(task)
print("".join(order))  # expect: abcaca
