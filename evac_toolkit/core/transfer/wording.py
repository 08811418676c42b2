"""What a transfer says to the coordinator, as (message code, params) pairs: the command line
words them with ``message`` and the window with ``gui_message``, so both say the same."""

from __future__ import annotations

from evac_toolkit.core.i18n import catalog
from evac_toolkit.core.punctuation import join_list
from evac_toolkit.core.registry.field_labels import field_label
from evac_toolkit.core.transfer.incoming import Difference, ReceiveResult
from evac_toolkit.core.transfer.outgoing import TransferPlan

Said = tuple[str, dict]


def sent_lines(plan: TransferPlan, path: str, shelter: str) -> list[Said]:
    lines: list[Said] = []
    if plan.added:
        lines.append(("transfer_household_added",
                      {"cards": ", ".join(person.card_id for person in plan.added),
                       "count": len(plan.added)}))
    lines.append(("transfer_written", {"path": path, "count": len(plan.people),
                                       "shelter": shelter}))
    return lines


def received_lines(result: ReceiveResult, language: str) -> list[Said]:
    lines: list[Said] = [("transfer_received_added",
                          {"shelter": result.from_shelter, "count": len(result.added)})]
    for name, people in (("transfer_received_updated", result.updated),
                         ("transfer_received_returned", result.returned),
                         ("transfer_received_unchanged", result.unchanged)):
        if people:
            lines.append((name, {"count": len(people)}))
    lines += [("transfer_new_card", {"old": old, "new": new}) for old, new in result.new_cards]
    lines += [("transfer_kept_newer", {"card": difference.card_id,
                                       "fields": differences(difference, language)})
              for difference in result.kept]
    return lines


def differences(difference: Difference, language: str) -> str:
    """"Name: here A, in the file B" for each field; a protected person's fields by name only
    (this line is shown at the desk)."""
    t = catalog(language)
    if difference.protected:
        return join_list((field_label(name, language) for name, _h, _f in difference.fields),
                         language)
    return join_list((t.pgettext("transfer difference", "{field}: here {here}, in the file "
                                 "{file}").format(field=field_label(name, language),
                                                  here=_shown(here, language),
                                                  file=_shown(there, language))
                      for name, here, there in difference.fields), language)


def _shown(value: object, language: str) -> str:
    """A stored value as it reads in a line: codes as a list, nothing as "—"."""
    if value in ("", None, [], ()):
        return "—"
    if isinstance(value, list | tuple):
        return join_list(map(str, value), language)
    return str(value)
