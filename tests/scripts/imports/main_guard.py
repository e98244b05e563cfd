# if __name__ == "__main__": runs in the main script but not in an imported module.
import mod_guarded
# expect: mod_guarded imported as mod_guarded
def main():
    print("main script main() with", mod_guarded.main())
if __name__ == "__main__":
    main()  # expect: main script main() with guarded main
else:
    print("not reached")
