# Width, precision and the - 0 + space flags.
print("[%5d][%-5d][%05d]" % (42, 42, 42))  # expect: [   42][42   ][00042]
print("[%+d][%+d][% d]" % (5, -5, 5))  # expect: [+5][-5][ 5]
print("[%5s][%-5s]" % ("ab", "ab"))  # expect: [   ab][ab   ]
print("[%.2s]" % "abcdef")  # expect: [ab]
print("[%*d]" % (6, 7))  # expect: [     7]
print("[%-+6d]" % 3)  # expect: [+3    ]
