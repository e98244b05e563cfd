# A Lock used as a binary semaphore: released by a thread other than the one
# that acquired it. The main thread waits for a worker through such a lock,
# then two workers take turns (ping/pong) through two locks.
import threading

signal_lock = threading.Lock()
signal_lock.acquire()
box = []

def producer():
    box.append("value")
    signal_lock.release()

t = threading.Thread(target=producer)
t.start()
signal_lock.acquire()
print(box)  # expect: ['value']
t.join()

ping = threading.Lock()
pong = threading.Lock()
ping.acquire()
pong.acquire()

def player(name, mine, other):
    for i in range(3):
        mine.acquire()
        print(name, i)
        other.release()

a = threading.Thread(target=player, args=("ping", ping, pong))
b = threading.Thread(target=player, args=("pong", pong, ping))
a.start()
b.start()
ping.release()
a.join()
b.join()
# expect: ping 0
# expect: pong 0
# expect: ping 1
# expect: pong 1
# expect: ping 2
# expect: pong 2
print(ping.locked(), pong.locked())  # expect: False True
