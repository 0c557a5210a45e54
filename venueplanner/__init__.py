"""The application shell: command line, the .venue project file, briefing-pack export, settings.

Glues :mod:`models`, :mod:`importers` and :mod:`routing`; never imports :mod:`ui`
except the command line's lazy start of the desktop application.
"""

__version__ = "0.1.0"
