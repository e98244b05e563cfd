# map() and filter() with lambdas are lazy iterators.
print(list(map(lambda x: x * x, [1, 2, 3])))  # expect: [1, 4, 9]
print(list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))  # expect: [11, 22]
print(list(filter(lambda x: x % 2, range(7))))  # expect: [1, 3, 5]
print(list(filter(None, [0, 1, "", "a", None])))  # expect: [1, 'a']
print(list(map(str, [1, 2])))  # expect: ['1', '2']
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))  # expect: 1 [2] []
