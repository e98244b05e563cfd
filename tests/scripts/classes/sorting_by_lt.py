# sorted, list.sort, min and max use __lt__ on user objects.
class Player:
    def __init__(self, name, score):
        self.name = name
        self.score = score
    def __lt__(self, other):
        return self.score < other.score
    def __repr__(self):
        return self.name
team = [Player("ann", 30), Player("bob", 10), Player("cid", 20)]
print(sorted(team))  # expect: [bob, cid, ann]
print(sorted(team, reverse=True))  # expect: [ann, cid, bob]
print(min(team), max(team))  # expect: bob ann
team.sort()
print(team)  # expect: [bob, cid, ann]
print(sorted(team, key=lambda p: p.name[::-1]))  # expect: [bob, cid, ann]
