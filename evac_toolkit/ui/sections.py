"""Names of the views, shared by the navigation and the ``screenshot`` command (no Qt here)."""

#: The navigation's sections, in order.
SECTIONS = ("fingerboards", "signs", "translate", "registry", "drills", "settings")

#: Every name ``evac-toolkit screenshot --view`` accepts.
VIEWS = (*SECTIONS, "languages", "content", "packs")

#: Views that are tabs of Settings.
SETTINGS_TABS = ("languages", "content", "packs", "shelter")

#: The section shown only on the laptop set up as the city's headquarters (issue 20), before
#: Settings; elsewhere its name opens Settings' shelter and headquarters tab.
HQ_SECTION = "headquarters"

#: What the ``screenshot`` command accepts: every view, headquarters and the shelter tab too.
SCREENSHOT_VIEWS = (*VIEWS, HQ_SECTION, "shelter")


def sections(headquarters: bool) -> tuple[str, ...]:
    """The navigation's sections on this laptop."""
    return (*SECTIONS[:-1], HQ_SECTION, SECTIONS[-1]) if headquarters else SECTIONS
