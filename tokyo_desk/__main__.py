"""``python -m tokyo_desk``."""

from tokyo_desk.app import main

raise SystemExit(main())
