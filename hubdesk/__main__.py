"""``python -m hubdesk``: the same as the ``hubdesk`` command."""

import sys

from hubdesk.cli import main

sys.exit(main())
