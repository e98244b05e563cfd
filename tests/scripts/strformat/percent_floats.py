# %f %e %g with width and precision.
print("%f" % 3.14159)  # expect: 3.141590
print("%5.2f|%.0f|%.3f" % (3.14159, 2.5, 1 / 3))  # expect:  3.14|2|0.333
print("%08.3f" % -3.14159)  # expect: -003.142
print("%e" % 12345.678)  # expect: 1.234568e+04
print("%.2e %g %g" % (0.000123, 1e-5, 123456789.0))  # expect: 1.23e-04 1e-05 1.23457e+08
print("%f" % 7)  # expect: 7.000000
print("%.1f %.1f" % (0.25, 0.35))  # expect: 0.2 0.3
