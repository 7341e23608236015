"""The Qt user interface: dialogs and windows on top of sbdesk.services (the only Qt code besides app.py)."""
