# Word frequency with a dict, sorted by count then word.
text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs"""
freq = {}
for word in text.split():
    freq[word] = freq.get(word, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:4]:
    print(word, n)
# expect: the 4
# expect: dog 2
# expect: fox 2
# expect: and 1
print(len(freq))  # expect: 11
