import sys

from commons_table.cli import main

sys.exit(main())
