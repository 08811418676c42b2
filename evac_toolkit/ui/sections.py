"""Names of the views, shared by the navigation and the ``screenshot`` command (no Qt here)."""

#: The navigation's sections, in order.
SECTIONS = ("fingerboards", "signs", "translate", "registry", "drills", "settings")

#: Every name ``evac-toolkit screenshot --view`` accepts.
VIEWS = (*SECTIONS, "languages", "content", "packs")

#: Views that are tabs of Settings.
SETTINGS_TABS = ("languages", "content", "packs")
