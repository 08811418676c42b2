"""A protected (do-not-disclose) person and a named relative in one household, for the tests that
walk every output: nothing written anywhere but the person's own record may name them or tie
them to the relative.

The secrets are long and distinctive on purpose: outputs hold random card IDs, and a short
secret ("DV", "Lan") can appear in one by chance.
"""

from __future__ import annotations

from dataclasses import dataclass

from evac_toolkit.core.registry.store import Evacuee, Registry

PROTECTED = {
    "display_name": "髙橋 紫苑之介", "name_reading": "たかはし しおんのすけ",
    "languages": ["my", "en"], "interpreter_needed": True,
    "nationality": "ミャンマー連邦共和国ヤンゴン", "diets": ["halal"], "allergens": ["egg"],
    "allergens_other": "ピスタチオとカシューナッツ", "medical": ["pregnant"],
    "area": "第二体育館ステージ裏", "notes": "夫の名前は山田一郎で追跡中",
    "do_not_disclose": True,
}
RELATIVE = {
    "display_name": "髙橋 太郎兵衛", "name_reading": "たかはし たろべえ", "languages": ["my", "ja"],
    "diets": ["halal"], "area": "第二体育館ステージ前", "nationality": "ミャンマー",
}
BYSTANDER = {"display_name": "Ana Souza", "name_reading": "アナ ソウザ", "languages": ["pt-BR"],
             "allergens": ["egg"]}
#: What no output but the person's own record may hold (each longer than a card ID and unlike
#: any code or label). The name's family part (髙橋) is the relative's too, so it is not here.
SECRETS = ("紫苑之介", "しおんのすけ", "シオンノスケ", "ヤンゴン", "山田一郎で追跡中",
           "ピスタチオとカシューナッツ", "第二体育館ステージ裏")
#: Ways a visitor at the desk might type their name: none may find them.
NAME_QUERIES = ("髙橋 紫苑之介", "高橋 紫苑之介", "紫苑之介", "紫苑", "しおん", "しおんのすけ",
                "シオンノスケ", "たかはし しおんのすけ", "takahashi", "髙橋", "高橋", "たかはし")


@dataclass(frozen=True)
class Household:
    protected: Evacuee
    relative: Evacuee
    bystander: Evacuee
    household_id: str

    def secrets(self) -> tuple[str, ...]:
        """The secrets and the protected person's registry ID (a UUID: never a substring of
        anything else). Their household's ID is the relative's too: tests check that no row
        but the relative's holds it."""
        return (*SECRETS, self.protected.id)


def populate(registry: Registry) -> Household:
    household = registry.add_household("髙橋家")
    protected = registry.add({**PROTECTED, "household_id": household})
    relative = registry.add({**RELATIVE, "household_id": household})
    bystander = registry.add(BYSTANDER)
    return Household(protected, relative, bystander, household)
