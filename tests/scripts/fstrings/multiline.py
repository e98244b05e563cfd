# f-strings combine with implicit concatenation and triple quotes.
a = 1
b = 2
s = (f"a={a} "
     f"b={b}")
print(s)  # expect: a=1 b=2
t = f"""sum:
{a + b}"""
print(t)
# expect: sum:
# expect: 3
