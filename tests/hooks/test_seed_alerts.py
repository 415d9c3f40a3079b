"""The seed articles imported one at a time, in publication order, with a real receiver:
the alerts the issue expects, signed, filtered, once each; `monitor hooks` and `hooks test`."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from tests.cli.runner import run_monitor
from tests.conftest import REPO
from tests.hooks.receiver import AlertReceiver
from tests.hooks.settings import webhook, write_settings

ARTICLES = REPO / "monitor" / "sample" / "articles"
# Publication order: the three dated articles (10, 11, 12 September), then the two undated,
# which count from when they are recorded.
IN_ORDER = ["004_2bb3f69b8546c63e.txt", "003_c2b63b43c89c2b2a.txt", "001_1ea3a47c925830eb.txt",
            "000_acfa9319730ed68a.txt", "002_8b271e43342ea9de.txt"]
SECRET = "correct horse battery staple"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """One log fed article by article with --alerts; the receiver and the folder, for every test here."""
    folder = tmp_path_factory.mktemp("seeded")
    receiver = AlertReceiver()
    hooks = (webhook("desk", receiver.url("/desk"), secret_env="DESK_SECRET")
             + webhook("kharkiv-confirmed", receiver.url("/kharkiv"), oblasts=["Kharkiv Oblast"],
                       min_confidence="confirmed")
             + webhook("lyman-rumours", receiver.url("/lyman"), places=["Lyman"], triggers=["unconfirmed_report"]))
    config = write_settings(folder, hooks)
    runs = [run_monitor("--config", str(config), "import", "--alerts", str(ARTICLES / name), cwd=folder,
                        DESK_SECRET=SECRET) for name in IN_ORDER]
    for run in runs:
        assert run.returncode == 0, run.stderr
    yield folder, config, receiver, runs
    receiver.close()


def _by_place(receiver: AlertReceiver, path: str) -> dict[str, list]:
    found: dict[str, list] = {}
    for delivery in receiver.received:
        if delivery.path == path:
            found.setdefault(delivery.json["place"]["name"], []).append(delivery.json)
    return found


def test_the_seed_articles_give_the_expected_alerts_and_nothing_for_kharkiv(seeded):
    _, _, receiver, _ = seeded
    desk = _by_place(receiver, "/desk")
    balakliia, = desk["Balakliia"]
    assert (balakliia["control"]["to"], balakliia["confidence"]["to"]) == ("ukraine", "confirmed")
    assert balakliia["trigger"] == "control_changed"
    assert balakliia["place"] == {"id": "UA63040010010039074", "name": "Balakliia", "oblast": "Kharkiv",
                                  "lat": pytest.approx(49.456, abs=0.01), "lon": pytest.approx(36.844, abs=0.01)}
    assert balakliia["claims"] and all(c["quote"] and c["url"] for c in balakliia["claims"])
    assert any("Balakliia" in c["quote"] for c in balakliia["claims"])
    lyman, = desk["Lyman"]
    assert (lyman["trigger"], lyman["control"]["to"], lyman["confidence"]["to"]) == \
        ("unconfirmed_report", "ukraine", "unconfirmed")
    assert "Kharkiv" not in desk
    assert {"Izium", "Kupiansk"} <= set(desk)


def test_each_alert_arrives_once_signed_under_its_own_stable_id(seeded):
    _, _, receiver, _ = seeded
    desk = [d for d in receiver.received if d.path == "/desk"]
    assert len({d.key for d in desk}) == len(desk)
    for delivery in desk:
        assert delivery.key == delivery.json["id"]
        expected = "sha256=" + hmac.new(SECRET.encode(), delivery.body, hashlib.sha256).hexdigest()
        assert delivery.headers["x-monitor-signature"] == expected
        assert delivery.headers["content-type"].startswith("application/json")
    assert all("x-monitor-signature" not in d.headers for d in receiver.received if d.path != "/desk")


def test_filters_choose_places_oblasts_triggers_and_confidence(seeded):
    _, _, receiver, _ = seeded
    assert set(_by_place(receiver, "/kharkiv")) == {"Balakliia", "Izium", "Kupiansk"}
    assert all(a["confidence"]["to"] == "confirmed" for alerts in _by_place(receiver, "/kharkiv").values()
               for a in alerts)
    assert list(_by_place(receiver, "/lyman")) == ["Lyman"]


def test_importing_again_sends_nothing_and_hooks_lists_the_deliveries(seeded):
    folder, config, receiver, _ = seeded
    before = len(receiver.received)
    again = run_monitor("--config", str(config), "import", "--alerts", str(ARTICLES), cwd=folder,
                        DESK_SECRET=SECRET)
    assert again.returncode == 0, again.stderr
    assert "alerts: 0 delivered" in again.stdout and len(receiver.received) == before
    listing = run_monitor("--config", str(config), "hooks", cwd=folder, DESK_SECRET=SECRET)
    assert listing.returncode == 0, listing.stderr
    rows = {line.split()[0]: line.split() for line in listing.stdout.splitlines()[1:4]}
    desk_count = len([d for d in receiver.received if d.path == "/desk"])
    assert str(desk_count) in rows["desk"] and "ok" in rows["desk"]
    assert "recent deliveries" in listing.stdout and "delivered" in listing.stdout


def test_hooks_test_sends_a_sample_and_names_an_unknown_hook(seeded):
    folder, config, receiver, _ = seeded
    sent = run_monitor("--config", str(config), "hooks", "test", "desk", cwd=folder, DESK_SECRET=SECRET)
    assert sent.returncode == 0 and "delivered (HTTP 200)" in sent.stdout, sent.stderr
    sample = receiver.received[-1]
    assert sample.json["sample"] is True and sample.key.startswith("sample-") and sample.path == "/desk"
    unknown = run_monitor("--config", str(config), "hooks", "test", "nosuch", cwd=folder)
    assert unknown.returncode == 1 and "no hook named 'nosuch'" in unknown.stderr
    assert len(unknown.stderr.strip().splitlines()) == 1


def test_a_missing_secret_stops_the_import_before_anything_is_written(seeded, tmp_path):
    _, _, receiver, _ = seeded
    config = write_settings(tmp_path, webhook("desk", receiver.url("/desk"), secret_env="DESK_SECRET"))
    result = run_monitor("--config", str(config), "import", "--alerts", str(ARTICLES), cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert "DESK_SECRET" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    events = run_monitor("--config", str(config), "events", cwd=tmp_path)
    assert "ArticleSeen" not in events.stdout
