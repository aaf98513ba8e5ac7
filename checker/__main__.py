"""`python -m checker` is the same as the `casualty-check` console script."""
import sys

from checker.cli import main

sys.exit(main())
