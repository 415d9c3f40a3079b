"""Every Ukrainian settlement, with Latin names, aliases, hierarchy and coordinates.

Built from KATOTTG (the official codifier) and GeoNames by scripts/build_gazetteer.py;
the data ships in monitor/gazetteer/data (see PROVENANCE.md there for sources/licences).

    from monitor.gazetteer import load_gazetteer, name_key
    gaz = load_gazetteer()
    gaz.lookup("Kupyansk")[0].name   # 'Kupiansk'
"""

from monitor.gazetteer.keys import fold_text, name_key
from monitor.gazetteer.loader import load_gazetteer
from monitor.gazetteer.model import Gazetteer, Place, Unit
from monitor.gazetteer.translit import ru_to_latin, uk_to_latin

__all__ = ["Gazetteer", "Place", "Unit", "fold_text", "load_gazetteer", "name_key",
           "ru_to_latin", "uk_to_latin"]
