# %% is a literal percent sign; %c formats a character or code point.
print("100%%" % ())  # expect: 100%
print("%d%% done" % 50)  # expect: 50% done
print("%c%c%c" % ("a", 98, 0x263A))  # expect: ab☺
print("no format" % ())  # expect: no format
