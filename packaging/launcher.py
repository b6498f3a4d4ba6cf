"""Entry point of the desktop bundle: PyInstaller runs this file as ``__main__``."""

from tokyo_desk.app import main

raise SystemExit(main())
