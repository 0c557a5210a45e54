"""The PySide6 + pyvistaqt desktop application. Imports everything; nothing imports it."""
