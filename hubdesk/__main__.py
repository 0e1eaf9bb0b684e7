"""``python -m hubdesk``: the same as the ``hubdesk`` command."""

import sys

from .cli import main

sys.exit(main())
