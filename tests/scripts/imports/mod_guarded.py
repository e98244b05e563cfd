# nontest
# Helper module for imports/main_guard.py: its main block must not run on import.
def main():
    return "guarded main"
if __name__ == "__main__":
    print("mod_guarded run as a script")
else:
    print("mod_guarded imported as", __name__)
