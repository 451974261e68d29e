"""`python -m belli`: the same as the `belli` command."""

from belli.cli import main

if __name__ == "__main__":
    main()
