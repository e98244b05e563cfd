# Each level's __init__ calls super().__init__ and the order shows.
class A:
    def __init__(self, log):
        log.append("A")
class B(A):
    def __init__(self, log):
        log.append("B start")
        super().__init__(log)
        log.append("B end")
class C(B):
    def __init__(self, log):
        log.append("C start")
        super().__init__(log)
        log.append("C end")
log = []
C(log)
print(log)  # expect: ['C start', 'B start', 'A', 'B end', 'C end']
