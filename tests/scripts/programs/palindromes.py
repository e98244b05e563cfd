# String reversal and palindrome checks.
def is_palindrome(s):
    cleaned = ""
    for ch in s.lower():
        if ch.isalnum():
            cleaned += ch
    return cleaned == cleaned[::-1]
print("stressed"[::-1])  # expect: desserts
print(is_palindrome("A man, a plan, a canal: Panama"))  # expect: True
print(is_palindrome("hello"))  # expect: False
print(is_palindrome(""))  # expect: True
