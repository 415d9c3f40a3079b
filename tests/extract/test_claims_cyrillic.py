"""Claims read from Ukrainian and Russian sentences: each trigger sense with a near miss,
whose side (the party, never the verb), hedges, denials, predictions and background."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from monitor.extract import extract_claims


def claims(text: str, published: datetime | None = None) -> list[tuple[str, str, str]]:
    return [(c.place, c.control, c.factuality) for c in extract_claims(text, doc="t", published=published)]


def one(text: str) -> tuple[str, str, str, str, str | None]:
    found = extract_claims(text, doc="t")
    assert len(found) == 1, found
    c = found[0]
    return c.place, c.control, c.factuality, c.side, c.speaker


# --- gains, losses, holds, fights, with the sentences where the same words are not a claim --------------

@pytest.mark.parametrize("text, expected", [
    ("Сили оборони звільнили Кліщіївку.", ("Klishchiivka", "ukraine")),
    ("Кліщіївку звільнено.", ("Klishchiivka", "ukraine")),  # the place before a passive
    ("Українські військові деокупували селище Урожайне.", ("Urozhaine", "ukraine")),
    ("ЗСУ повернули під контроль село Ямпіль.", ("Yampil", "ukraine")),
    ("Херсон повернувся під контроль України.", ("Kherson", "ukraine")),
    ("Ворог окупував Курахове.", ("Kurakhove", "russia")),
    ("Росіяни захопили Очеретине.", ("Ocheretyne", "russia")),
    ("Підрозділи угруповання військ «Центр» звільнили населений пункт Новгородське.", ("Niu-York", "russia")),
    ("Российские войска заняли поселок Очеретино.", ("Ocheretyne", "russia")),
    ("ВСУ отошли из Авдеевки.", ("Avdiivka", "russia")),
    ("Российская армия оставила Красный Лиман.", ("Lyman", "ukraine")),
    ("ЗСУ вийшли з Вугледара.", ("Vuhledar", "russia")),
    ("Сили оборони вибили ворога з Урожайного.", ("Urozhaine", "ukraine")),
    ("Российским бойцам удалось вытеснить противника из Степового.", ("Stepove", "russia")),
    ("Купянск находится под контролем ВСУ.", ("Kupiansk", "ukraine")),
    ("Над Ізюмом підняли український прапор.", ("Izium", "ukraine")),
    ("Бої за Соледар тривають.", ("Soledar", "contested")),
    ("У Вовчанську точаться вуличні бої.", ("Vovchansk", "contested")),
    ("Российские войска окружили Авдеевку.", ("Avdiivka", "contested")),
    ("Ворог намагається захопити Покровськ.", ("Pokrovsk", "contested")),  # an attempt: a fight for it
    # concentrating on taking it: fighting for it now (not yet taken)
    ("Российские войска сосредоточились на взятии под контроль Рубежного.", ("Rubizhne", "contested")),
    ("Російські війська зосередилися на захопленні Сєвєродонецька.", ("Sievierodonetsk", "contested")),
    # a fight for the taking of a place is fighting for it; after the fighting, a gain (near miss below)
    ("Группировка войск ведет бой за овладение населенным пунктом Каменка-Днепровская.", ("Kamianka-Dniprovska",
                                                                                     "contested")),
    ("Сили оборони ведуть бій за звільнення Кліщіївки.", ("Klishchiivka", "contested")),
    ("Після запеклих боїв ЗСУ звільнили Кліщіївку.", ("Klishchiivka", "ukraine")),
    ("Росіяни контролюють половину Костянтинівки.", ("Kostiantynivka", "contested")),  # a part
])
def test_trigger_senses(text: str, expected: tuple[str, str]) -> None:
    assert [c[:2] for c in claims(text)] == [expected]


@pytest.mark.parametrize("text", [
    "Президент звільнив з посади голову Харківської ОВА.",  # dismissed from office
    "Росіяни залишили без світла Харків.",  # left without power
    "Силовики освободили заложников в Купянске.",  # freed hostages
    "Ворог обстріляв Куп'янськ, Ізюм та Балаклію.",  # shelling
    "Обстрілів зазнали населені пункти Вовчанськ, Липці та Стрілеча.",  # the General Staff's shelling list
    "Ворог намагався просунутися в районі Андріївки.",  # near, not in
    "Бои идут в районе Часова Яра.",
    "Делегація повернулася до Києва після переговорів.",  # returned, not a capture
    "Херсонська область отримала допомогу.",  # a region
    "Оккупанты принудительно вывозят жителей Попасной.",
    "На Куп'янському напрямку ворог атакував 12 разів.",  # a direction
    "Харків — це Україна.",  # a slogan
])
def test_near_misses_are_not_claims(text: str) -> None:
    assert claims(text) == []


def test_a_list_governed_by_one_verb() -> None:
    found = claims("ЗСУ звільнили Кліщіївку, Андріївку та Курдюмівку.")
    assert [c[:2] for c in found] == [("Klishchiivka", "ukraine"), ("Andriivka", "ukraine"),
                                      ("Kurdiumivka", "ukraine")]


def test_a_count_then_the_names() -> None:
    found = claims("Группировка войск «Центр» освободила в этом году 81 населенный пункт, в том числе "
                   "крупные города Дзержинск и Красноармейск.")
    assert [c[:2] for c in found] == [("Toretsk", "russia"), ("Pokrovsk", "russia")]
    named = claims("Российским бойцам удалось вытеснить противника из трёх населённых пунктов. "
                   "Речь идёт о Степовом, Вербовом и Андреевке.")
    assert {c[1] for c in named} == {"russia"} and len(named) == 3


# --- who says so, and how sure --------------------------------------------------------------------

def test_the_speakers_side_and_the_parties() -> None:
    place, control, factuality, side, speaker = one("ЗСУ звільнили Борову, повідомив Генштаб.")
    assert (place, control, factuality, side) == ("Borova", "ukraine", "attributed", "ukraine")
    assert one("Минобороны России сообщило, что российские войска освободили Курахово.")[1:4] == \
        ("russia", "attributed", "russia")


@pytest.mark.parametrize("text", [
    "Согласно геолокационным кадрам, российские войска продвинулись в Северном возле Торецка.",
    "Геолокационные кадры показывают, что российские войска продвинулись в Северном возле Торецка.",
    "Геолоковані відео показують, що російські війська просунулися в Торецьку.",
])
def test_geolocated_footage_is_a_third_party_voice(text: str) -> None:
    assert one(text)[1:4] == ("contested", "attributed", "third_party")


def test_without_footage_the_outlet_speaks() -> None:
    assert one("Российские войска продвинулись в Северном возле Торецка.")[1:4] == ("contested", "asserted", "outlet")


def test_an_official_body_acting_is_the_source_of_its_act() -> None:
    """"Минобороны решило перегруппировать войска": the ministry's decision is its own word;
    "сообщили в ведомстве" after the verb is the body named before it. Troops acting are no voice."""
    assert one("Минобороны России решило перегруппировать войска из района Изюма.")[1:4] == \
        ("ukraine", "attributed", "russia")
    assert one("Войска перегруппированы из района Балаклеи, сообщили в ведомстве Шойгу.")[2:4] == \
        ("attributed", "russia")
    assert one("Российские войска перегруппированы из района Балаклеи.")[1:4] == ("ukraine", "asserted", "outlet")


def test_the_verb_never_decides_the_side() -> None:
    """The Russian Defence Ministry's "освободили" is a Russian capture; "наши" is the speaker's."""
    assert one("Наши войска освободили Работино, заявил Шойгу.")[1] == "russia"
    assert one("Наші війська звільнили Роботине, заявив Сирський.")[1] == "ukraine"
    assert one("Противник повністю покинув Херсон, повідомили в ОВА.")[1] == "ukraine"


def test_headline_speakers() -> None:
    assert one("Маляр: бої за Соледар тривають")[3:] == ("ukraine", "Маляр")
    assert one("ЗСУ звільнили Урожайне на Донеччині – Міноборони")[2:4] == ("attributed", "ukraine")


@pytest.mark.parametrize("text, expected", [
    # An entry with fighting told after it, in the same sentence, is fighting for the place.
    ("Военные РФ зашли в Кременную, в городе ведутся уличные бои.", [("Kreminna", "contested", "asserted")]),
    ("Військові РФ зайшли в Кремінну, в місті тривають вуличні бої.", [("Kreminna", "contested", "asserted")]),
    # (a defence force's name is no fighting: the entry stands)
    ("Силы обороны Украины уже зашли в Херсон – местные жители выходят на улицу их встречать.",
     [("Kherson", "ukraine", "asserted")]),
    # "almost fully" is part of it; "after almost 9 months of occupation" says nothing of the entry.
    ("Российские войска почти полностью освободили Марьинку.", [("Marinka", "contested", "asserted")]),
    ("Російські війська майже повністю захопили Мар'їнку.", [("Marinka", "contested", "asserted")]),
    ("Після майже 9 місяців російської окупації до Херсону зайшли українські військові.",
     [("Kherson", "ukraine", "asserted")]),
])
def test_entry_with_fighting_or_almost_fully(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text", [
    "За неофіційною інформацією, ЗСУ звільнили Андріївку.",
    "ЗСУ нібито увійшли до Кліщіївки.",
    "Российские войска якобы заняли Работино.",
    "По неподтверждённым данным, ВСУ оставили Марьинку.",
    "Сообщается, что российские войска вошли в Угледар.",
])
def test_hedges(text: str) -> None:
    assert [c[2] for c in claims(text)] == ["unconfirmed"]


@pytest.mark.parametrize("text, control", [
    ("Генштаб ЗСУ спростував заяви РФ про захоплення Куп'янська.", "russia"),
    ("Інформація про захоплення Ямполя не відповідає дійсності, заявили в Генштабі.", "russia"),
    ("В ВСУ опровергли информацию о захвате Купянска.", "russia"),
    ("Заявления о взятии Часова Яра — фейк, заявили в ВСУ.", "russia"),
])
def test_denials_name_what_was_denied(text: str, control: str) -> None:
    found = claims(text)
    assert found and all(c[1] == control and c[2] == "denied" for c in found), found


def test_a_capture_denied_in_full_is_also_a_fight_for_the_place() -> None:
    assert {c[1:] for c in claims("Росіяни не захопили Бахмут повністю.")} == {("russia", "denied"),
                                                                              ("contested", "asserted")}


def test_predictions() -> None:
    assert claims("ЗСУ звільнять Мелітополь.")[0][2] == "predicted"  # the future
    assert claims("Россия планирует захватить Часов Яр до 9 мая.")[0][2] == "predicted"
    assert claims("Если ВСУ оставят Покровск, фронт сдвинется.")[0][2] == "predicted"
    assert claims("Сили оборони змогли звільнити Роботине.")[0][2] != "predicted"  # achieved
    # preparing an assault, and what "hardly will lead to" a capture, are no fighting and no capture yet
    assert claims("Российские войска готовят штурм Часова Яра.")[0][2] == "predicted"
    assert claims("Російські війська готують штурм Часового Яру.")[0][2] == "predicted"
    assert all(c[2] == "predicted" for c in claims(
        "Продвижение российских войск вряд ли приведет к захвату Покровска в желанный Москвой срок."))
    assert claims("Российские войска начали штурм Часова Яра.")[0][2] != "predicted"  # near miss: it began
    assert claims("Наступление российских войск привело к захвату Покровска.")[0][2] != "predicted"  # it did lead


def test_background_is_historical() -> None:
    published = datetime(2023, 8, 20, tzinfo=timezone.utc)
    old = extract_claims("Росіяни окупували Роботине ще у 2022 році.", doc="t", published=published)
    assert old and old[0].historical
    today = extract_claims("ЗСУ звільнили Роботине.", doc="t", published=published)
    assert today and not today[0].historical


def test_a_mixed_language_post_is_read_sentence_by_sentence() -> None:
    text = "Ukrainian forces liberated Izium. Российские войска оставили Купянск."
    assert {(c.place, c.control) for c in extract_claims(text)} == {("Izium", "ukraine"), ("Kupiansk", "ukraine")}


def test_output_names_the_place_in_latin_and_quotes_the_cyrillic_as_written() -> None:
    text = "Бої у Куп’янську тривають."
    (claim,) = extract_claims(text, doc="t")
    assert claim.place == "Kupiansk" and claim.place_id and claim.evidence == text


def test_lists_past_unknown_names_and_repeated_prepositions() -> None:
    """A name the gazetteer lacks does not end a list; "и в северной части B" continues one;
    a Russian spelling of a hyphenated name (Клебан-Бык for Клебан-Бик) is that place, and
    so is the regular Russian spelling of a village no source spells in Russian (Мирная
    Долина for Мирна Долина)."""
    assert [c[:2] for c in claims("Российские военные освободили населенные пункты Клебан-Бык, Мирная Долина, "
                                  "Пупкино и Нелеповка.")] == [("Kleban-Byk", "russia"), ("Myrna Dolyna", "russia"),
                                                              ("Nelipivka", "russia")]
    assert [c[:2] for c in claims("Бои идут в восточной части Димитрова и в северной части Красноармейска.")] == \
        [("Myrnohrad", "contested"), ("Pokrovsk", "contested")]
    # a new clause behind "и" is not the list: its own trigger reads it
    assert [c[:2] for c in claims("Российские войска захватили Авдеевку и в Покровске идут бои.")] == \
        [("Avdiivka", "russia"), ("Pokrovsk", "contested")]


@pytest.mark.parametrize("text, place", [
    ("Продолжаются активные бои на улицах Волчанска.", "Vovchansk"),
    ("Тривають бої на вулицях Вовчанська.", "Vovchansk"),
    ("Есть продвижение российских сил в Белогоровке.", "Bilohorivka"),
])
def test_fighting_in_the_streets_and_advances_inside(text: str, place: str) -> None:
    assert [c[:2] for c in claims(text)] == [(place, "contested")]


@pytest.mark.parametrize("text", [
    "Жители вышли на улицы Херсона праздновать.",  # streets, no fighting
    "Бои идут на Донецком направлении.",  # a direction, not a settlement
])
def test_streets_and_directions_without_a_fight_in_a_town_are_no_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize("text, place", [
    ("Українські військові мають позиції в межах Курахового.", "Kurakhove"),
    ("ЗСУ мають успіх в Урожайному на Донеччині.", "Urozhaine"),
    ("Украинские военные удерживают позиции в пределах Курахово.", "Kurakhove"),
])
def test_positions_held_and_successes_inside_a_place_are_a_fight_for_it(text: str, place: str) -> None:
    assert [c[:2] for c in claims(text)] == [(place, "contested")]


def test_positions_shelled_near_a_place_are_no_claim() -> None:
    assert claims("Росіяни обстріляли позиції ЗСУ в районі Курахового.") == []


def test_a_denial_in_a_statement_about_another_statement() -> None:
    """"У заяві Генштабу наголошується, що інформація про захоплення X не відповідає дійсності":
    the General Staff speaks and denies Russia's capture; it does not capture X itself."""
    assert one("У заяві пресслужби Генштабу наголошується, що інформація про \"захоплення Клинового\" "
               "не відповідає дійсності.") == ("Klynove", "russia", "denied", "ukraine", "Генштабу")
    assert one("Міноборони РФ заявило про захоплення Клинового.")[1:4] == ("russia", "attributed", "russia")


def test_a_count_then_the_names_after_a_dash() -> None:
    assert [c[:2] for c in claims("Окупанти захопили два села – Запорізьке та Новогеоргіївку.")] == \
        [("Zaporizke", "russia"), ("Novoheorhiivka", "russia")]


@pytest.mark.parametrize("text, expected", [
    ("Херсон, який був окупований ще на початку березня, 11 листопада повернувся під контроль України.",
     ("Kherson", "ukraine")),
    ("10 вересня над Ізюмом, який перебував у російській окупації з квітня, замайорів прапор України.",
     ("Izium", "ukraine")),
    ("Поселок Белогоровка, который находится к югу от Кременной, освобожден от украинских войск.",
     ("Bilohorivka", "russia")),
])
def test_the_place_before_a_relative_clause(text: str, expected: tuple[str, str]) -> None:
    assert expected in [c[:2] for c in claims(text, datetime(2022, 11, 12, tzinfo=timezone.utc))]


def test_a_place_a_noun_qualifies_before_a_relative_clause_is_no_subject() -> None:
    assert claims("Жителі Херсона, які пережили окупацію, святкують.") == []


@pytest.mark.parametrize("text, expected", [
    ("Росіяни покинули населені пункти Великий Бурлук і Дворічну.", [("Velykyi Burluk", "ukraine"),
                                                                    ("Dvorichna", "ukraine")]),
    ("Наразі йде зачистка нашими військами, тому Малинівка звільнена.", [("Malynivka", "ukraine")]),
    ("Депутат Олексій Степаненко пише, що Куп'янська звільнено.", [("Kupiansk", "ukraine")]),
])
def test_names_that_are_also_words_and_subjects_after_linking_words(text: str, expected) -> None:
    assert [c[:2] for c in claims(text)] == expected


def test_an_open_source_map_is_attributed_not_a_rumour() -> None:
    """DeepState names itself and its method: attributed (a Telegram rumour channel is unconfirmed)."""
    assert one("Росіяни окупували Курахове, повідомили аналітики DeepState.")[2] == "attributed"
    assert one("Российские войска заняли Курахово, сообщает DeepState.")[2:4] == ("attributed", "ukraine")


def test_an_officials_surname_is_no_village() -> None:
    """"— Сирський" closing a quotation is the commander (a village Сирський exists)."""
    assert one("“ЗСУ вийшли з Авдіївки, щоб уникнути оточення”, — Сирський")[1:5] == \
        ("russia", "attributed", "ukraine", "Сирський")


def test_a_general_staff_named_without_its_country_is_the_articles_side() -> None:
    """In Russian reporting (Артемовск, not Бахмут) "Генштаб" is Russia's; "Генштаб ВСУ" Ukraine's."""
    text = "Российские войска взяли Артемовск. Группировка войск освободила Клещеевку, сообщили в Генштабе."
    assert [(c.place, c.side) for c in extract_claims(text, doc="t")][-1] == ("Klishchiivka", "russia")
    assert one("ВСУ освободили Работино, сообщили в Генштабе ВСУ.")[3] == "ukraine"


def test_a_flag_over_a_list_after_a_colon_and_a_fight_for_an_occupied_town() -> None:
    assert [c[:2] for c in claims("Прапор України знов майорить у таких селах і селищах: Макарове, Савинці, "
                                  "Гракове.")] == [("Makarove", "ukraine"), ("Savyntsi", "ukraine"),
                                                   ("Hrakove", "ukraine")]
    # the participle is the place's own claim (occupied); the fight is for the place too
    assert sorted(c[:2] for c in claims("ВСУ вели ожесточенные бои за оккупированную Снигиревку.")) == \
        [("Snihurivka", "contested"), ("Snihurivka", "russia")]


def test_continuing_to_hold_is_no_prediction() -> None:
    assert one("Українські війська продовжують утримувати Покровськ.")[1:3] == ("ukraine", "asserted")



def test_occupied_before_the_liberation_the_article_reports_is_background() -> None:
    """'Бои за оккупированную Снигиревку шли, пока … её освободили': the participle describes the
    town before the change the article reports, so it is background, not a contrary claim of the day."""
    from monitor.extract import extract_claims
    text = ("ВСУ вели ожесточенные бои за оккупированную Снигиревку. "
            "Сегодня ВСУ освободили Снигиревку, сообщил Генштаб.")
    claims = extract_claims(text, doc="t.txt")
    russian = [c for c in claims if c.control == "russia"]
    assert russian and all(c.historical for c in russian)
    assert any(c.control == "ukraine" and not c.historical for c in claims)
    alone = extract_claims("Жители оккупированной Снигиревки остаются без света.", doc="t.txt")
    assert all(not c.historical for c in alone if c.control == "russia")



@pytest.mark.parametrize("text, places", [
    ("Генштаб ВСУ признал утрату украинской армией контроля над городом Северодонецк и населенными пунктами "
     "Сиротино и Вороново.", {"Sievierodonetsk", "Syrotyne", "Voronove"}),
    ("Генштаб ЗСУ визнав втрату українською армією контролю над Сєвєродонецьком.", {"Sievierodonetsk"}),
])
def test_a_loss_of_control_with_its_loser_between_is_a_loss(text: str, places: set[str]) -> None:
    """The loser named between the loss and the control ('утрату украинской армией контроля над'):
    Russia's, not a gain of control by anyone; a case form reports the name of its day."""
    from monitor.extract import extract_claims
    claims = extract_claims(text, doc="t.txt")
    assert {c.place for c in claims} == places
    assert {c.control for c in claims} == {"russia"}



@pytest.mark.parametrize("text, place, control", [
    ("Штурмовые отряды зачистили территорию ТЭС от националистов, отступивших из Светлодарска.", "Svitlodarsk",
     "russia"),
    ("Подразделения российских Вооруженных сил овладели населенным пунктом Урожайное.", "Urozhaine", "russia"),
])
def test_russian_reporting_names_ukrainian_forces_its_own_way(text: str, place: str, control: str) -> None:
    """'националисты' are Ukraine's forces in Russian reporting; a participle's agent is the noun
    before its comma even behind 'от'; 'российских Вооруженных сил' are Russia's forces."""
    from monitor.extract import extract_claims
    claims = extract_claims(text, doc="t.txt")
    assert [(c.place, c.control) for c in claims] == [(place, control)]



@pytest.mark.parametrize("text, places", [
    ("На Херсонщині ЗСУ звільнили та провели стабілізаційні заходи у населених пунктах: Новодмитрівка, Костирка, "
     "Черешневе.", {"Novodmytrivka", "Kostyrka", "Chereshneve"}),
    ("ВСУ освободили и провели стабилизационные мероприятия в населенных пунктах Новодмитровка и Костырка.",
     {"Novodmytrivka", "Kostyrka"}),
    ("ЗСУ звільнили та обстріляли Нову Каховку.", set()),  # no settlements' noun: the shelling's object only
])
def test_a_gain_shares_its_settlements_with_a_second_verb_phrase(text: str, places: set[str]) -> None:
    """'звільнили та провели стабілізаційні заходи у населених пунктах: A, B' (the General Staff's
    formula of autumn 2022): the places the second phrase names are the ones liberated."""
    from monitor.extract import extract_claims
    claims = extract_claims(text, doc="t.txt")
    assert {c.place for c in claims} == places
    assert all(c.control == "ukraine" for c in claims)



def test_the_flag_already_in_a_town_with_uzhe() -> None:
    """'уже' is Ukrainian too (a variant of 'вже'): 'Український прапор уже в Лимані' is the flag in Lyman."""
    from monitor.extract import extract_claims
    claims = extract_claims("Український прапор уже в Лимані.", doc="t.txt")
    assert [(c.place, c.control) for c in claims] == [("Lyman", "ukraine")]



@pytest.mark.parametrize("text, control", [
    ("Российские военные водрузили флаг в центре Авдеевки.", "russia"),
    ("Українські військові підняли прапор у центрі Куп'янська.", "ukraine"),
    ("Российские военные подняли флаг на окраине Авдеевки.", "contested"),
    ("Российские военные подняли флаг в восточной части Авдеевки.", "contested"),
])
def test_a_flag_in_the_centre_is_the_town_a_flag_on_its_edge_a_fight(text: str, control: str) -> None:
    """A flag raised in a town's centre is the classic capture report (as in English, 'raised the
    flag in the center of X'); on its outskirts or in one part, the town is still fought over."""
    from monitor.extract import extract_claims
    assert [c.control for c in extract_claims(text, doc="t.txt")] == [control]



def test_troops_regrouped_where_they_are_located() -> None:
    """'перегруппировать российские войска, находящиеся в районах Балаклеи и Изюма': the troops'
    participle of place leads on to the towns they leave (the Defence Ministry, 10 Sept 2022)."""
    from monitor.extract import extract_claims
    text = ("Принято решение перегруппировать российские войска, находящиеся в районах Балаклеи и Изюма, "
            "для наращивания усилий на донецком направлении.")
    assert {(c.place, c.control) for c in extract_claims(text, doc="t.txt")} == {("Balakliia", "ukraine"),
                                                                               ("Izium", "ukraine")}



@pytest.mark.parametrize("surface, place_id, name", [
    ("Мариуполь", "UA14140050010029262", "Mariupol"),  # not the rare alias Марїоуполь's "Marioupol"
    ("Маріуполя", "UA14140050010029262", "Mariupol"),
    ("Сєвєродонецьком", "UA44120110010072887", "Sievierodonetsk"),  # the name of its day, in any case
])
def test_a_cyrillic_form_reports_the_name_it_stands_for(surface: str, place_id: str, name: str) -> None:
    from monitor.extract.naming import reported_name
    from monitor.gazetteer import load_gazetteer
    assert reported_name(surface, load_gazetteer()[place_id]) == name


@pytest.mark.parametrize("text, control", [
    ("Шойгу заявив про повний контроль з боку армії окупантів над Соледаром.", "russia"),  # "з боку": the agent
    ("Минобороны заявило о полном контроле со стороны ВС РФ над Соледаром.", "russia"),
    ("ЗСУ завершили звільнення Херсона від окупантів.", "ukraine"),  # near miss: "від" names the loser
])
def test_the_agent_behind_on_the_part_of_holds_the_place(text: str, control: str) -> None:
    assert [c[1] for c in claims(text)] == [control]


def test_a_named_ukrainian_grouping_of_troops_speaks_for_ukraine() -> None:
    text = ('Высшим командованием предоставлено разрешение на осуществление маневра по выводу подразделений '
            'из Угледара, сообщает оперативно-стратегическая группировка войск "Хортица".')
    assert one(text) == ("Vuhledar", "russia", "attributed", "ukraine", 'группировка войск "Хортица"')
    # near miss: a grouping of troops with no Ukrainian name is Russia's
    assert one("Группировка войск «Центр» освободила Новгородское.")[1:2] == ("russia",)


@pytest.mark.parametrize("text, factuality", [
    ("Сырский объявил о решении вывести подразделения из Авдеевки.", "attributed"),  # decided and done
    ("Сырский планирует вывести подразделения из Авдеевки.", "predicted"),  # near miss: a plan
])
def test_a_decision_to_withdraw_is_done_a_plan_is_not(text: str, factuality: str) -> None:
    assert [c[2] for c in claims(text)] == [factuality]


def test_two_nouns_joined_by_or_share_their_place_and_a_speaker_after_a_title_and_name() -> None:
    found = extract_claims("Информация о захвате или окружении города Купянск – недостоверная, "
                           "сообщил глава ХОВА Олег Синегубов.", doc="t")
    assert sorted((c.control, c.factuality, c.side) for c in found) == [
        ("contested", "denied", "ukraine"), ("russia", "denied", "ukraine")]
    # near miss: a statement given "in an interview to" an outlet is not the outlet's
    found = extract_claims("Сырский заявил в интервью ТАСС, что ВСУ вышли из Авдеевки.", doc="t")
    assert [c.speaker for c in found] == ["Сырский"]


def test_a_capitalised_month_is_part_of_a_name_not_a_date() -> None:
    june = datetime(2025, 6, 1, tzinfo=timezone.utc)
    found = extract_claims("Российские войска освободили населенные пункты Филия и Первое Мая.", doc="t",
                           published=june)
    assert [(c.place, c.historical) for c in found][:1] == [("Filiia", False)]
    # near miss: a month in lower case dates the claim (in May, the article is of June)
    found = extract_claims("В мае российские войска освободили Филию.", doc="t", published=june)
    assert [(c.place, c.historical) for c in found] == [("Filiia", True)]


def test_the_subject_further_back_not_the_genitive_right_before() -> None:
    text = ("Подразделения группировки войск «Восток» в течение недели продолжали продвигаться в глубину обороны "
            "противника и освободили села Заречное и Косовцево Запорожской области.")
    assert {(c.place, c.control) for c in extract_claims(text, doc="t")} == {
        ("Zarichne", "russia"), ("Kosivtseve", "russia")}
    # near miss: a subject right before still wins over one further back
    assert [c[:2] for c in claims("Российские подразделения сообщили, что ВСУ освободили Купянск.")] == \
        [("Kupiansk", "ukraine")]


def test_an_agent_after_the_trigger_is_near_it() -> None:
    assert one("Купянск был освобожден подразделениями группировки «Запад».")[1] == "russia"
    # near miss: a party of a later phrase is no agent of the noun
    text = ("Российские войска отчитались об успехах. При освобождении Красноармейска штурмовые группы проникали "
            "в жилые кварталы глубоко в обороне противника.")
    assert [c.control for c in extract_claims(text, doc="t") if c.place == "Pokrovsk"] != ["ukraine"]


@pytest.mark.parametrize("text, expected", [
    ("Українські військові взяли Бахмут у напівоточення.", [("Bakhmut", "contested")]),  # into a ring
    ("ВСУ взяли Бахмут в полукольцо.", [("Bakhmut", "contested")]),
    ("Российские войска взяли Бахмут.", [("Bakhmut", "russia")]),  # near miss: taken, no ring
    ("Сьогодні опівдні повністю був взятий Бахмут.", [("Bakhmut", "russia")]),  # the participle alone: taken
    ("Бійців взято в полон у Бахмуті.", []),  # near miss: taken prisoner in the town
])
def test_taken_into_a_ring_is_a_fight_taken_alone_a_capture(text: str, expected: list) -> None:
    assert [c[:2] for c in claims(text)] == expected


def test_incomplete_control_is_a_fight() -> None:
    assert [c[:2] for c in claims("Та ж історія з неповним контролем росіян над містом Торецьк.")] == \
        [("Toretsk", "contested")]
    # near miss: full control
    assert [c[:2] for c in claims("Росіяни встановили повний контроль над містом Торецьк.")] == [("Toretsk", "russia")]


def test_a_part_and_the_town_joined_by_and_are_two_things_not_a_part() -> None:
    assert [c[:2] for c in claims("Шойгу доложил о полном освобождении комбината и города Мариуполь.")] == \
        [("Mariupol", "russia")]
    # near miss: the plant of the town is a part of it, a fight for it
    assert [c[:2] for c in claims("Российские войска заняли цеха комбината в Мариуполе.")] in ([("Mariupol", "contested")], [])


def test_a_flag_emoji_gives_a_posts_side() -> None:
    assert [c[:2] for c in claims("Лиман освобожден! \U0001F1F7\U0001F1FA")] == [("Lyman", "russia")]
    assert [c[:2] for c in claims("Лиман звільнено \U0001F1FA\U0001F1E6")] == [("Lyman", "ukraine")]
    assert claims("Лиман освобожден.") == []  # near miss: no side named, none to take


def test_we_hold_is_the_speakers_side() -> None:
    assert one("Генштаб ЗСУ: Покровськ тримаємо.")[:4] == ("Pokrovsk", "ukraine", "attributed", "ukraine")
    # near miss: "they hold" names no side of its own
    assert claims("Покровськ тримають.") == []


def test_the_town_as_object_is_the_one_named_before_in_the_sentence() -> None:
    text = "Як пояснив Трегубов, в Торецьку росіяни не контролюють всю територію міста."
    assert sorted(c[:2] for c in claims(text)) == [("Toretsk", "contested"), ("Toretsk", "russia")]
    # near miss: a town of the sentence before is not reached for from an object
    assert claims("Бої тривають у Торецьку. Пізніше росіяни обстріляли місто.")[1:] == []


def test_a_sentence_that_goes_on_with_what_was_said_keeps_its_voice() -> None:
    """"Кроме того, …" / "Крім того, …" right after a voice: the same voice; "как уточняется":
    the voice named before. Without a voice just before, the sentence is the outlet's own."""
    ru = ("В Минобороны России уточнили, что российские бойцы вытеснили противника из Майского. "
          "Кроме того, на неделе был установлен контроль над населенным пунктом Степовое.")
    found = [(c.place, c.factuality, c.side) for c in extract_claims(ru, doc="t")]
    assert ("Stepove", "attributed", "russia") in found, found
    uk = ("Генштаб ЗСУ повідомив, що Сили оборони звільнили Кліщіївку. "
          "Крім того, українські військові зайшли в Андріївку.")
    found = [(c.place, c.factuality, c.side) for c in extract_claims(uk, doc="t")]
    assert ("Andriivka", "attributed", "ukraine") in found, found
    alone = "Погода была ясной. Кроме того, на неделе был установлен контроль над населенным пунктом Степовое."
    assert [(c.factuality, c.side) for c in extract_claims(alone, doc="t", affiliation="russia")] == [
        ("asserted", "outlet")]
    far = ("В Минобороны России уточнили, что российские бойцы вытеснили противника из Майского. Погода была ясной. "
           "Дороги размыло. Кроме того, на неделе был установлен контроль над населенным пунктом Степовое.")
    assert ("Stepove", "asserted", "outlet") in [(c.place, c.factuality, c.side)
                                                  for c in extract_claims(far, doc="t", affiliation="russia")]


def test_as_specified_is_the_voice_named_before() -> None:
    text = ("Об этом сообщили в Министерстве обороны России. Подразделения группировки войск «Север», "
            "как уточняется, освободили населенный пункт Кузьминовка в Донецкой народной республике.")
    found = [(c.place, c.factuality, c.side, c.speaker) for c in extract_claims(text, doc="t")]
    assert found == [("Kuzmynivka", "attributed", "russia", "Министерстве обороны России")], found


def test_a_sentence_that_names_the_voice_of_the_one_before() -> None:
    """"Об этом сообщили в Минобороны" / "Про це повідомив Генштаб" after the news: the claims
    just before are that voice's; a sentence further back, or one with its own voice, keeps its own."""
    ru = "Российские войска освободили Кузьминовку в Донецкой народной республике. Об этом сообщили в Минобороны России."
    assert [(c.factuality, c.side) for c in extract_claims(ru, doc="t")] == [("attributed", "russia")]
    uk = "Сили оборони звільнили Кліщіївку. Про це повідомив Генштаб ЗСУ."
    assert [(c.factuality, c.side, c.speaker) for c in extract_claims(uk, doc="t")] == [
        ("attributed", "ukraine", "Генштаб ЗСУ")]
    far = ("Сили оборони звільнили Кліщіївку. Погода була ясною. Дороги розмило. Мости зруйновано. "
           "Про це повідомив Генштаб ЗСУ.")
    assert [(c.factuality, c.side) for c in extract_claims(far, doc="t")] == [("asserted", "outlet")]
    own = "Сирський заявив, що Сили оборони звільнили Кліщіївку. Про це повідомив Генштаб ЗСУ."
    assert [c.speaker for c in extract_claims(own, doc="t")] == ["Сирський"]


@pytest.mark.parametrize("text, speaker", [
    # "за його інформацією": the voice named before
    ("Голова ОВА Олег Синєгубов розповів про ситуацію. За його інформацією, росіяни покинули Дворічну.", "Олег Синєгубов"),
    ("Глава ХОВА Олег Синегубов рассказал о ситуации. По его информации, ВСУ вошли в Купянск.", "Олег Синегубов"),
    # a label and a colon before the quotation the sentence is
    ("Генштаб ЗСУ повідомив про успіхи. Дослівно: «Воїни 47 бригади увійшли у село Роботине».", "Генштаб ЗСУ"),
    ("Минобороны России сообщило об успехах. Дословно: «Подразделения освободили Кузьминовку в Донецкой народной "
     "республике».", "Минобороны России"),
    # "поширив інформацію": spreading the news is saying it
    ("Цю ж інформацію поширив Генштаб ЗСУ: «Сили оборони звільнили Урожайне».", "Генштаб ЗСУ"),
])
def test_voices_named_around_the_sentence(text: str, speaker: str) -> None:
    found = extract_claims(text, doc="t")
    assert found and all(c.factuality == "attributed" and c.speaker and c.speaker in speaker for c in found), found


def test_a_label_without_a_voice_before_is_the_outlets() -> None:
    found = extract_claims("Дослівно: «Воїни 47 бригади увійшли у село Роботине».", doc="t")
    assert [(c.factuality, c.side) for c in found] == [("asserted", "outlet")]


@pytest.mark.parametrize("text, side, speaker", [
    # Ukraine's intelligence directorate "of the Defence Ministry" is not Russia's ministry
    ("В ГУР Минобороны официально подтвердили, что Херсон возвращается под контроль Украины.", "ukraine", "ГУР Минобороны"),
    # a date between the verb and its voice
    ("Российские войска взяли под контроль Терны, сообщило во вторник, 14 января, Министерство обороны России.",
     "russia", "Министерство обороны России"),
    # "по словам X," with X no known voice: the party past the comma acts, it does not speak
    ("По словам Подоляка, ВСУ освободили Купянск.", "outlet", None),
    # "Согласно сообщению, …": the voice named before
    ("Об успехах сообщило Минобороны России. Согласно сообщению, российские военные захватили Терны.",
     "russia", "Минобороны России"),
])
def test_voices_past_dates_commas_and_namesakes(text: str, side: str, speaker: str | None) -> None:
    found = extract_claims(text, doc="t")
    assert [(c.side, c.speaker) for c in found] == [(side, speaker)], found


@pytest.mark.parametrize("text, expected", [
    ("«Белогоровка уже наша», — заявил глава ЛНР Пасечник.", [("Bilohorivka", "russia", "russia")]),
    ("«Андріївка наша», — заявив Сирський.", [("Andriivka", "ukraine", "ukraine")]),
    # a possessive before a noun is no claim: "наші воїни" in a sentence about the village
    ("Також тривають бої в районі села Новогеоргіївка, де наші воїни завдають ворогу втрат.", []),
    # "ours" with no voice to say whose is no claim
    ("Белогоровка наша.", []),
])
def test_ours_said_by_a_side(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(c.place, c.control, c.side) for c in extract_claims(text, doc="t")] == expected


def test_a_voice_after_a_long_title_and_the_quotation_it_then_speaks() -> None:
    text = ("Російські війська залишили місто Ізюм. Про це заявив так званий «перший заступник міністра "
            "інформації «ДНР» Данило Безсонов у Telegram.\n\n«Так, з Ізюма пішли, як і з деяких інших населених "
            "пунктів.»")
    found = [(c.control, c.factuality, c.side, c.speaker) for c in extract_claims(text, doc="t")]
    assert found == [("ukraine", "attributed", "russia", "Безсонов")] * 2, found
    # a comma after the verb ends the title: the party past it is the subject of what is said
    clause = "Про це заявив Безсонов, російські війська залишили місто Ізюм."
    assert [c.speaker for c in extract_claims(clause, doc="t")] == ["Безсонов"]


@pytest.mark.parametrize("text, side", [
    ("Армия России контролирует улицы Волчанска, ситуация критическая, подтвердили в Раде.", "ukraine"),
    ("Данные об «успехах РФ в Волчанске» опровергли в ОТГ «Харьков».", "ukraine"),
    ("В Центре противодействия дезинформации СНБО опровергли информацию о захвате Купянска.", "ukraine"),
])
def test_a_body_named_after_the_verbs_in_speaks(text: str, side: str) -> None:
    found = extract_claims(text, doc="t")
    assert found and all(c.side == side for c in found), found


@pytest.mark.parametrize("text, expected", [
    ("У селі Роботине Запорізької області, де 23 серпня українські захисники підняли український прапор, "
     "тривають обстріли.", [("Robotyne", "ukraine")]),
    # where a fight near a place is, not in it: no claim for the place
    ("Отражена атака возле Синьковки, где противник пытался поднять флаг.", []),
])
def test_where_after_a_place_is_in_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.place, c.control) for c in extract_claims(text, doc="t")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Українські військові зірвали російський прапор у Куп’янську.", [("Kupiansk", "ukraine")]),
    ("Российские бойцы сорвали украинский флаг в Очеретино.", [("Ocheretyne", "russia")]),
    # a flag taken down for the night in a town no one fights for is no change: no actor, no flag's side
    ("Працівники мерії зняли святкову гірлянду в Києві.", []),
])
def test_the_enemys_flag_pulled_down(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.place, c.control) for c in extract_claims(text, doc="t")] == expected


def test_a_threat_of_encirclement_is_no_fight() -> None:
    text = "В Министерстве обороны заявили, что из-за угрозы окружения союзные войска оставили Красный Лиман."
    read = [(c.control, c.factuality) for c in extract_claims(text, doc="t") if c.factuality != "predicted"]
    assert read == [("ukraine", "attributed")]
    uk = "Через загрозу оточення українські підрозділи вийшли з Авдіївки."
    assert [(c.control, c.factuality) for c in extract_claims(uk, doc="t") if c.factuality != "predicted"] == [
        ("russia", "asserted")]


@pytest.mark.parametrize("text", [
    "Інформацію про звільнення Куп'янська оприлюднила пресслужба Генштабу ЗСУ.",
    "Генштаб ЗСУ підкреслив, що Сили оборони звільнили Куп'янськ.",
    "Минобороны России обнародовало данные об освобождении Купянска.",
])
def test_publishing_and_stressing_are_speech(text: str) -> None:
    place, _control, factuality, side, speaker = one(text)
    assert place == "Kupiansk" and factuality == "attributed" and side in ("ukraine", "russia") and speaker


def test_the_defence_agency_named_only_by_its_title_reports_its_own_sides_gains() -> None:
    """"Об этом сообщил официальный представитель оборонного ведомства республики": the agency is
    named by no nation, so the side of what it reports taking is its own (and the claim is
    attributed, not the outlet's)."""
    text = ("Город Попасная полностью перешел под контроль Народной милиции ЛНР. Об этом в понедельник "
            "журналистам сообщил официальный представитель оборонного ведомства республики Иван Филипоненко.")
    found = [(c.place, c.control, c.factuality, c.side) for c in extract_claims(text, doc="t")]
    assert found == [("Popasna", "russia", "attributed", "russia")]
    # near miss: the agency's own word for a loss is not its side's gain
    text = "Российские подразделения оставили Попасную. Об этом сообщил представитель ведомства."
    assert [(c.control, c.side) for c in extract_claims(text, doc="t")] != [("ukraine", "ukraine")]


@pytest.mark.parametrize("text", [
    "Минобороны РФ заявило о взятии под контроль Часова Яра. В ВСУ это опровергли.",
    "Міноборони РФ заявило про захоплення Часового Яру. У Генштабі ЗСУ це спростували.",
])
def test_a_denial_in_the_next_sentence_denies_the_claim_before(text: str) -> None:
    found = sorted((c.control, c.factuality, c.side) for c in extract_claims(text, doc="t"))
    assert found == [("russia", "attributed", "russia"), ("russia", "denied", "ukraine")]


def test_a_denial_of_something_else_with_a_place_of_its_own_is_read_on_its_own() -> None:
    # near miss: the second sentence names its own place, so it is no back-reference
    text = "Минобороны РФ заявило о взятии Часова Яра. В ВСУ опровергли информацию об окружении Покровска."
    assert ("Chasiv Yar", "russia", "denied") not in [(c.place, c.control, c.factuality)
                                                      for c in extract_claims(text, doc="t")]


@pytest.mark.parametrize("text, control", [
    ("Украинские военные выбиты из Марьинки.", "russia"),  # passive: the subject was pushed out
    ("Російські окупанти вибиті з Роботиного.", "ukraine"),
    ("Украинские подразделения выбили противника из Марьинки.", "ukraine"),  # active: the subject pushed
    ("Сили оборони вибили окупантів з Роботиного.", "ukraine"),
])
def test_pushed_out_passive_and_active(text: str, control: str) -> None:
    assert [c[1] for c in claims(text)] == [control]


def test_knocked_out_windows_are_no_expulsion() -> None:
    assert claims("Вибиті вікна в Роботиному.") == []


@pytest.mark.parametrize("text", [
    "Армия России покинула правый берег Днепра, включая Херсон.",
    "Окупанти залишили правий берег Дніпра, зокрема Херсон.",
])
def test_a_region_left_with_the_towns_it_includes(text: str) -> None:
    assert [(c[0], c[1]) for c in claims(text)] == [("Kherson", "ukraine")]


def test_fighting_in_the_areas_of_settlements_is_still_no_claim() -> None:
    assert claims("В Харьковской области продолжаются оборонительные бои в районах населенных пунктов "
                  "Топольское, Каменка.") == []


# --- parts of a town: a district named with a direction or adjective, a part of it, a chain of parts ---

@pytest.mark.parametrize("text, expected", [
    ("Российские войска недавно продвинулись в восточном районе Торецка.", ("Toretsk", "contested")),
    ("Столкновения российских войск с украинскими боевиками начались в высотных районах Красноармейска.",
     ("Pokrovsk", "contested")),
    ("Российские военные ведут ожесточенные бои с ВСУ в районе железнодорожного вокзала Артемовска.",
     ("Bakhmut", "contested")),
    ("Продолжается зачистка городских окраин Гуляйполя.", ("Huliaipole", "contested")),
    ("Штурмовые отряды освободили еще несколько кварталов на северо-западе и в центре Артемовска.",
     ("Bakhmut", "contested")),
    ("Российские силы незначительно продвинулись на юго-востоке Торецка.", ("Toretsk", "contested")),
    ("В самом Лимане продолжаются перестрелки.", ("Lyman", "contested")),
])
def test_parts_and_districts_of_a_town_are_fought_over(text: str, expected: tuple[str, str]) -> None:
    assert [c[:2] for c in claims(text)] == [expected]


@pytest.mark.parametrize("text", [
    # near misses: "в районе X" alone is near X, not in it; a district of a region is no part of a town
    "Российские войска продолжали наступление в районе Железного возле Торецка.",
    "Российские войска провели наступательные операции в районе Курахово.",
    "Бои идут в районах населенных пунктов Торское и Серебрянка.",
])
def test_the_area_of_a_place_is_still_no_part_of_it(text: str) -> None:
    assert claims(text) == []


# --- how sure, and who says: official confirmation missing, plans, a date before a speaker's title --------

def test_no_official_confirmation_is_a_hedge() -> None:
    # near miss below: the same loss stated with no hedge is asserted
    assert claims("Официального подтверждения сдачи Купянска российскими военными нет.") == [
        ("Kupiansk", "ukraine", "unconfirmed")]
    assert claims("Российские военные сдали Купянск.")[0][2] == "asserted"


def test_plans_to_capture_are_no_capture() -> None:
    assert [c[2] for c in claims("Российские подразделения не смогли реализовать планы по захвату Мирнограда.")] \
        in ([], ["predicted"])
    assert claims("Российские подразделения завершили захват Мирнограда.")[0][:2] == ("Myrnohrad", "russia")


def test_a_date_and_a_title_between_a_speech_verb_and_its_speaker() -> None:
    c = one("Бои идут в центре Артемовска, сообщил в пятницу основатель ЧВК «Вагнер» Евгений Пригожин.")
    assert (c[2], c[3]) == ("attributed", "russia")
    # near miss: past the date an interview, not a title: the one interviewed is no party named
    c = one("Бои идут в центре Артемовска, сообщил в пятницу в интервью ТАСС местный житель.")
    assert (c[2], c[3]) == ("asserted", "outlet")


def test_a_state_broadcaster_journalist_is_attributed_not_a_rumour_channel() -> None:
    c = one("Украинские подразделения заняли западную часть Купянска, пишет журналист ВГТРК Евгений Поддубный.")
    assert c[1:4] == ("contested", "attributed", "russia")
    c = one("Украинские подразделения заняли западную часть Купянска, пишет военкор Рыбарь.")
    assert c[2] == "unconfirmed"


def test_a_share_of_a_town_before_it_is_fought_over() -> None:
    assert [c[:2] for c in claims("Большая часть Курахово находится под контролем России.")] == [
        ("Kurakhove", "contested")]
    # near miss: a named part qualifying the town is said of the part alone, as before
    assert claims("Пригороды Киева освобождены.") == []


def test_a_relative_clause_between_a_speaker_and_its_verb() -> None:
    c = one("Мониторинговая группа DeepState, которая отслеживает линию фронта с опорой на открытые источники, "
            "подтверждает, что большая часть Курахово находится под контролем России.")
    assert c[1:4] == ("contested", "attributed", "ukraine")
    # near miss: as far from its verb with no relative clause between, the party is no speaker
    c = one("DeepState на основе открытых источников и многочисленных геолокационных кадров с поля боя уже "
            "подтверждает, что большая часть Курахово находится под контролем России.")
    assert c[3] == "outlet"


def test_troops_a_noun_qualifies_are_no_statement_of_presence() -> None:
    assert claims("Российские войска взорвали дамбу, по которой шло снабжение гарнизона ВСУ в Волчанске.") == []
    assert [c[:2] for c in claims("Бойцы ВСУ в Волчанске.")] == [("Vovchansk", "ukraine")]


def test_an_offensive_within_a_town_and_the_report_it_is_read_in() -> None:
    text = ("«Российские войска продвинулись на Торецком направлении», — говорится в отчете Института изучения войны. "
            "Вместе с тем также подтверждается информация о наступлении ВС РФ в пределах Торецка.")
    assert [(c.place, c.control, c.factuality, c.side) for c in extract_claims(text, doc="t")] == [
        ("Toretsk", "contested", "attributed", "third_party")]
    # near miss: an offensive in a country is no fight inside a town named earlier
    assert claims("Жилой дом в Покровске, разрушенный в результате наступления оккупантов в Украине.") == []


def test_a_named_channel_is_attributed_an_unnamed_one_unconfirmed() -> None:
    c = one("Военкор Борис Рожин сообщил, что российские войска освободили Угледар.")
    assert (c[2], c[3]) == ("attributed", "russia")
    # near miss: channels that name no one stay a rumour
    c = one("Российские военкоры сообщили, что российские войска освободили Угледар.")
    assert (c[2], c[3]) == ("unconfirmed", "russia")


def test_parties_before_a_speech_verb_that_do_not_speak() -> None:
    # an aside
    c = one("Депутат Верховной Рады Алексей Гончаренко (внесен в РФ в перечень террористов) заявил, "
            "что ВСУ потеряли Угледар.")
    assert c[3] == "ukraine"
    # the claimant of a statement spoken of
    c = one("О неправдивости заявлений Герасимова сообщил руководитель Центра противодействия дезинформации "
            "Андрей Коваленко, подчеркнув, что российские войска не взяли Купянск.")
    assert c[3] == "ukraine"
    # near miss: the same party outside an aside is the speaker
    c = one("Гончаренко заявил, что ВСУ потеряли Угледар.")
    assert c[3] == "ukraine"
    c = one("Минобороны РФ заявило, что ВСУ потеряли Угледар.")
    assert c[3] == "russia"


def test_a_party_inside_the_quotation_a_pronoun_speaks_is_not_the_speaker() -> None:
    text = ("Евгений Пригожин заявил о взятии Соледара. «Хочу подтвердить полное освобождение Соледара от "
            "подразделений украинской армии», — отметил он.")
    assert {(c.side, c.speaker) for c in extract_claims(text, doc="t")} == {("russia", "Пригожин")}


def test_a_date_then_a_title_before_the_speaker_in_ukrainian() -> None:
    c = one("Збройні сили України деокупували селище Урожайне, заявила вранці середи, 16 серпня, "
            "заступниця міністра оборони України Ганна Маляр.")
    assert (c[2], c[3]) == ("attributed", "ukraine")


def test_a_party_in_an_oblique_case_is_no_subject_of_a_later_trigger() -> None:
    c = one("Шойгу доложил Путину о завершении вывода сдавшихся украинских военных с комбината и полном "
            "контроле над Мариуполем.")
    assert c[:2] == ("Mariupol", "russia")
    # near miss: an undeclined party (ВСУ) right before may still be the subject
    assert [x[:2] for x in claims("ВСУ после тяжелых боев вернули под контроль Купянск.")] == [("Kupiansk", "ukraine")]


def test_unlikely_is_a_prediction() -> None:
    assert [c[2] for c in claims("Российские войска вряд ли в ближайшие месяцы завершат полный захват Покровска.")] \
        in ([], ["predicted"])
    assert claims("Российские войска завершили захват Покровска.")[0][2] == "asserted"


def test_they_before_a_passive_stands_for_the_list_just_before() -> None:
    text = "Не освобожденными остаются Северодонецк, Рубежное, Лисичанск. Они практически взяты в кольцо."
    assert sorted((c.place, c.control) for c in extract_claims(text, doc="t")) == [
        ("Lysychansk", "contested"), ("Rubizhne", "contested"), ("Sievierodonetsk", "contested")]
    # near misses: "они" acting (troops), and a single place before (no list)
    assert claims("Российские войска наступают на Бахмут и Соледар. Они захватили несколько позиций.") == []
    assert claims("Не освобожденным остается Северодонецк. Они практически взяты в кольцо.") == []


def test_an_aside_between_commas_does_not_part_a_place_from_its_passive() -> None:
    assert claims("Бахмут был, как предполагается, освобожден ВСУ.") == [("Bakhmut", "ukraine", "unconfirmed")]
    # near miss: a relative clause is no aside; its own verb governs nothing here
    assert [c[:2] for c in claims("Бахмут, который обстреливали, был освобожден ВСУ.")] == [("Bakhmut", "ukraine")]


def test_but_now_supersedes_what_was_said_of_the_place_before() -> None:
    c = one("Сергей Гайдай отметил, что в Белогоровку заходили российские оккупанты, но сейчас она зачищена "
            "и полностью находится под контролем ВСУ.")
    assert c[:2] == ("Bilohorivka", "ukraine")
    # near miss: "а" with no "now", and another place: both claims stand
    assert sorted(c[:2] for c in claims("В Белогоровку заходили российские оккупанты, а ВСУ удерживают Кременную.")) \
        == [("Bilohorivka", "russia"), ("Kreminna", "ukraine")]


def test_an_impersonal_frame_and_a_press_office_name_the_report() -> None:
    text = ("Военнослужащие Вооруженных сил России за неделю освободили шесть населенных пунктов, заявили в "
            "пресс-службе Министерства обороны РФ. Подразделения освободили населенные пункты Среднее и "
            "Нелеповка, — говорится в сообщении.")
    assert {(c.factuality, c.side) for c in extract_claims(text, doc="t")} == {("attributed", "russia")}
    # near miss: with no report named before, the impersonal frame leaves the outlet's voice
    text = "Российские подразделения освободили населенные пункты Среднее и Нелеповка, — говорится в сообщении."
    assert {c.side for c in extract_claims(text, doc="t")} == {"outlet"}


@pytest.mark.parametrize("text, expected", [
    ("Армия России продвинулась к улице Гагарина в Нью-Йорке.", ("Niu-York", "contested")),
    ("Захватчики немного продвинулись к улице Достоевского в северо-западном Торецке.", ("Toretsk", "contested")),
    ("Оккупанты поднимают флаг над зданием на улице Гагарина в северо-западном районе Нью-Йорка.",
     ("Niu-York", "contested")),
])
def test_a_street_of_a_town_is_a_part_of_it(text: str, expected: tuple[str, str]) -> None:
    assert [c[:2] for c in claims(text)] == [expected]


def test_advancing_towards_a_town_or_a_flag_over_its_hall_is_no_part() -> None:
    # near misses: "к Покровску" is towards it; the flag over the administration is the town's capture
    assert claims("Российские войска продвинулись к Покровску.") == []
    assert [c[:2] for c in claims("Оккупанты подняли флаг над зданием администрации Нью-Йорка.")] == [
        ("Niu-York", "russia")]


def test_troops_named_by_a_noun_and_their_unit_are_present() -> None:
    c = one("«Город почти под нашим контролем»: бойцы «Вагнера» в центре Артемовска")
    assert c[:4] == ("Bakhmut", "contested", "attributed", "russia")
    # near miss: the unit as a genitive of something that is not troops states no presence
    assert claims("Снабжение «Вагнера» в центре Артемовска.") == []
    # near miss: a headline quotation whose colon names no party keeps the outlet's voice
    assert one("«Бои идут в центре Артемовска»: жители о ситуации.")[3] == "outlet"


def test_not_mentioning_is_said_by_the_body_that_does_not_mention() -> None:
    text = ("Генеральный штаб ВСУ в своем отчете не упомянул, что Терны перешли под контроль России. "
            "В отчете также говорится, что украинские силы отбили российские атаки в Нескучном.")
    found = [(c.place, c.side) for c in extract_claims(text, doc="t") if c.place == "Neskuchne"]
    assert found == [("Neskuchne", "ukraine")]
    # near miss: with no report named before, the same sentence is the outlet's
    assert one("В отчете также говорится, что украинские силы отбили российские атаки в Нескучном.")[3] == "outlet"


def test_an_aside_that_only_says_where_is_passed_over_and_names_no_claim() -> None:
    text = ("Российские силы продвинулись на юго-востоке Гродовки (к востоку от Покровска и северо-востоку "
            "от Новогродовки) и захватили Калиново (далее на юго-восток от Покровска).")
    assert sorted(c[:2] for c in claims(text)) == [("Hrodivka", "contested"), ("Kalynove", "russia")]
    # near miss: an aside that names where the troops act is no locative aside; its place stays
    assert [c[:2] for c in claims("Российские войска захватили (по данным ISW) Калиново.")] == [("Kalynove", "russia")]


@pytest.mark.parametrize("text, place", [
    ("Східні околиці Курахового перебувають під постійним тиском окупантів.", "Kurakhove"),
    ("Місто Покровськ перебуває під тиском російських військ.", "Pokrovsk"),
    ("Ворог дотискає Новоселидівку.", "Novoselydivka"),
])
def test_a_place_under_the_enemys_pressure_is_fought_for(text: str, place: str) -> None:
    assert claims(text) == [(place, "contested", "asserted")]


def test_pressure_of_no_party_is_no_fight() -> None:
    assert claims("Курахове під тиском обставин змінило мера.") == []


def test_a_participle_after_an_attempt_is_the_place_held_not_fought_for() -> None:
    """ "намагаються влаштувати провокації у тимчасово захопленому Енергодарі": what they try is the
    provocation; the captured town is held. "намагаються захопити" stays a fight (the near miss)."""
    assert claims("Військові РФ намагаються влаштувати провокації у тимчасово захопленому Енергодарі.") == [
        ("Enerhodar", "russia", "asserted")]
    assert claims("Військові РФ намагаються захопити Енергодар.") == [("Enerhodar", "contested", "asserted")]


def test_a_comma_closing_a_bracketed_aside_keeps_the_subject() -> None:
    """ "село X (второй по размеру пункт общины), уже находилось под контролем ВСУ": the comma closes
    the aside, not the clause; a comma after a place with no bracket still ends the subject."""
    assert claims("Изюм освобожден. Село Пески-Радьковские (второй по размеру населенный пункт общины), уже "
                  "находилось под контролем ВСУ.")[-1] == ("Pisky-Radkivski", "ukraine", "asserted")
    assert claims("Бои идут за Купянск, уже под контролем ВСУ остальные села.") == [
        ("Kupiansk", "contested", "asserted")]


@pytest.mark.parametrize("text, expected", [
    ("Армия РФ зашла в Сумы.", [("Sumy", "contested")]),  # in it, not holding it
    ("Противник увійшов до Лиману та вивісив російські прапори на будівлі міської ради.",
     [("Lyman", "russia")]),  # near miss: a hold told after the entry
    ("Окупанти захопили село Грабовське. Трегубов підтвердив, що російські окупанти зайшли до села Грабовське.",
     [("Hrabovske", "russia"), ("Hrabovske", "russia")]),  # the capture the article reports, told again
    ("Українські військові зайшли до Лиману.", [("Lyman", "ukraine")]),  # a Ukrainian entry: the town's return
])
def test_a_russian_entry_is_the_fight_for_the_town(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Волчанск перешел под российский контроль.", [("Vovchansk", "russia")]),
    ("Город Волчанск переходит под российскую оккупацию.", [("Vovchansk", "russia")]),
    ("Ізюм повернувся під український контроль.", [("Izium", "ukraine")]),
    ("Вовчанськ перейшов під російський контроль.", [("Vovchansk", "russia")]),
    ("Розмова перейшла під контроль модератора.", []),  # near miss: no place
])
def test_passing_under_a_sides_control_named_by_its_adjective(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("С 8 мая Попасную контролируют рашисты.", [("Popasna", "russia")]),  # a date before the place
    ("Разбитую Попасную контролируют рашисты.", [("Popasna", "russia")]),  # an adjective of the place
    ("Администрация Попасной покинула город.", []),  # near miss: a noun the place qualifies
    ("ВСУ частично освободили этот пункт в середине августа, к 23 августа Работино было освобождено ВСУ полностью.",
     [("Robotyne", "ukraine")]),  # "полностью" after the verb outweighs a partial word before
])
def test_a_date_or_an_adjective_before_a_subject_and_wholly_after_the_verb(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Великі окуповані міста такі як Сєверодонецьк, Лисичанськ, Рубіжне у кризовій ситуації.",
     [("Sievierodonetsk", "russia"), ("Lysychansk", "russia"), ("Rubizhne", "russia")]),
    ("Большие оккупированные города, такие как Северодонецк, Лисичанск, Рубежное, в кризисной ситуации.",
     [("Sievierodonetsk", "russia"), ("Lysychansk", "russia"), ("Rubizhne", "russia")]),
    ("Росіяни обстрілюють міста, такі як Харків та Суми.", []),  # near miss: examples of no claim
])
def test_a_town_words_examples_after_such_as(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Сили оборони завдали удару по складу у Новій Каховці та звільнили від окупантів чотири села.", []),
    # a count of villages named elsewhere, not the town named before
    ("Сили оборони вдарили по Лиману та звільнили місто.", [("Lyman", "ukraine")]),
    # near miss: "місто" with no count still stands for the town before
])
def test_a_counted_settlement_word_is_no_back_reference(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("По словам главы ДНР, без занятия Павловки невозможно будет «освобождение» Угледара.",
     [("Vuhledar", "russia", "predicted")]),
    ("Деокупація міста Кремінна можлива на початку наступного року.", [("Kreminna", "ukraine", "predicted")]),
    ("Звільнення Херсона стало важливою перемогою.", [("Kherson", "ukraine", "asserted")]),
    # near miss: a taking done, then what it meant
])
def test_a_taking_called_possible_or_needed_is_a_prospect(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Российские военные завершают освобождение Марьинки.", [("Marinka", "contested")]),  # completing: under way
    ("Українські військові завершують звільнення Лиману.", [("Lyman", "contested")]),
    ("Российские военные завершили освобождение Марьинки.", [("Marinka", "russia")]),  # near miss: completed
    ("Российские военные взяли под контроль областной центр Херсон.", [("Kherson", "russia")]),  # a title, no part
    ("Бої тривають у центрі Бахмута.", [("Bakhmut", "contested")]),  # near miss: the town's centre is a part
])
def test_completing_a_liberation_and_a_regional_centre(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Украинские Вооруженные Силы возобновили контроль над населенными пунктами Александровка, Федоровка, Украинка.",
     [("Oleksandrivka", "ukraine"), ("Fedorivka", "ukraine"), ("Ukrainka", "ukraine")]),
    ("Українські Збройні сили звільнили Лиман.", [("Lyman", "ukraine")]),
    ("Вооруженные силы России взяли под контроль Марьинку.", [("Marinka", "russia")]),  # near miss: Russia's
])
def test_ukraines_armed_forces_named_by_their_adjective(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Кремінна, захоплена росіянами ще навесні, залишається під окупацією.", [("Kreminna", "russia")]),
    ("Андріївка, звільнена ЗСУ, знову під обстрілом.", [("Andriivka", "ukraine")]),
    ("Бахмут, который обстреливают каждый день, держится.", []),  # near miss: shelling, no participle of a claim
])
def test_a_participle_set_off_after_its_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Окупанти захопили понад 50% міста Торецьк на Донеччині.", [("Toretsk", "contested")]),
    ("Российские войска контролируют около 70% города Покровск.", [("Pokrovsk", "contested")]),
    ("Рашисти знову обстріляли Харків і звільнене село Циркуни.", [("Tsyrkuny", "ukraine")]),
    ("Окупанти обстріляли звільнений Ізюм.", [("Izium", "ukraine")]),
    ("Окупанти захопили Торецьк.", [("Toretsk", "russia")]),  # near miss: the whole town, the subject's capture
])
def test_shares_of_a_town_and_a_participle_before_its_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Окупанти штурмують Торецьк. Ворог захопив місто.", [("Toretsk", "contested"), ("Toretsk", "russia")]),
    ("Российские войска вошли в Великую Новоселку. Освобождение села открывает российской армии дорогу на Днепр.",
     [("Velyka Novosilka", "russia"), ("Velyka Novosilka", "russia")]),
    # near miss: a settlement word after a sentence naming two places stands for neither
    ("Бої точаться за Торецьк і Часів Яр. Ворог захопив місто.", [("Toretsk", "contested"),
                                                                 ("Chasiv Yar", "contested")]),
])
def test_a_settlement_word_stands_for_the_place_the_sentence_before_names(text: str, expected: list) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Сили оборони вдарили по складу у Новій Каховці. Про звільнення сіл повідомляє CNN.", []),  # plural: villages
    ("Переговоры в Москве продолжаются. Город Херсон освобожден ВСУ.", [("Kherson", "ukraine")]),  # Moscow, no Masykiv
])
def test_plural_settlement_words_and_foreign_capitals(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Пригожин заявил о ситуации в Соледаре. По его словам, в городе образован котел и идут городские бои.",
     [("Soledar", "contested")]),
    ("ЗСУ підійшли до Херсона. У місті тривають бої.", [("Kherson", "contested")]),
    ("Бої за Торецьк і Часів Яр тривають. У місті тривають бої.",  # near miss: two places before, neither taken
     [("Toretsk", "contested"), ("Chasiv Yar", "contested")]),
])
def test_a_settlement_word_behind_the_triggers_preposition(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


def test_a_settlement_word_before_a_name_is_no_back_reference() -> None:
    # "з міста Сум": the word introduces a name the gazetteer does not read in that form, not the town named before
    assert [c[:2] for c in claims("Російські війська оточили Конотоп. Техніка з міста Сум вийшла в напрямку "
                                  "міста Києва.")] == [("Konotop", "contested")]


@pytest.mark.parametrize("text, expected", [
    ("Українські військові увійшли в Роботине. Там тривають бої.", [("Robotyne", "ukraine"), ("Robotyne", "contested")]),
    ("Покровський напрямок залишається основним: тут фіксується найбільша кількість штурмів.", []),  # near miss
])
def test_fighting_there_in_the_place_just_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "населений пункт" in any singular case stands for the place just named, as "місто" does
    ("Українських військових вивели з південної частини Великої Новосілки. Сили оборони утримують позиції на околиці "
     "населеного пункту.", [("Velyka Novosilka", "contested"), ("Velyka Novosilka", "contested")]),
    ("Бої за Очеретине тривають. Росіяни закріпилися в частині населеного пункту.",
     [("Ocheretyne", "contested"), ("Ocheretyne", "contested")]),
    ("Бои за Красногоровку продолжаются. Гайдай заверил, что населенный пункт полностью находится под контролем ВСУ.",
     [("Krasnohorivka", "contested"), ("Krasnohorivka", "ukraine")]),
    # near misses: another one ("ще одного"), several ("четыре населенных пункта"), one of a region
    ("Бої за Лиман тривають. В ОВА повідомили про взяття окупантами ще одного населеного пункту.",
     [("Lyman", "contested")]),
    ("Бои за Марьинку продолжаются. Российские войска освободили четыре населенных пункта в ДНР.",
     [("Marinka", "contested")]),
    ("Бої за Малинівку тривають. Раніше ЗСУ вибили окупантів з села на Донеччині.", [("Malynivka", "contested")]),
])
def test_an_inhabited_point_refers_back_in_every_singular_case(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Бои за Муравку шли неделю. Его взяли под контроль военнослужащие группировки войск «Центр».",
     [("Muravka", "contested"), ("Muravka", "russia")]),
    ("Бои за Изюм шли неделю. Войска РФ контролируют его полностью с 1 апреля.",
     [("Izium", "contested"), ("Izium", "russia")]),
    ("Бої за Кліщіївку тривали тиждень. Його звільнення стало важливим кроком.",
     [("Klishchiivka", "contested"), ("Klishchiivka", "ukraine")]),
    # near misses: a possessive before its noun ("його околиці"), "his words"
    ("Бої за Кліщіївку тривали тиждень. ЗСУ звільнили його околиці.", [("Klishchiivka", "contested")]),
    ("Бои за Изюм шли неделю. По его словам, войска РФ наступают.", [("Izium", "contested")]),
])
def test_the_place_as_a_pronoun_object_or_possessor(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


def test_a_back_reference_goes_on_with_the_report_just_before() -> None:
    found = claims("Минобороны России сообщает об освобождении населенного пункта Муравка. Его взяли под контроль "
                   "военнослужащие группировки войск «Центр».")
    assert [(c[0], c[1], c[2]) for c in found] == [("Muravka", "russia", "attributed")] * 2


@pytest.mark.parametrize("text, expected", [
    ("По словам Сладкова, противнику не удалось захватить Старомайорское.", [("Staromaiorske", "ukraine", "denied")]),
    ("Росіянам вдалося захопити Старомайорське.", [("Staromaiorske", "russia", "asserted")]),
    ("Російським окупантам вдалося прорватися біля Очеретиного та закріпитися в частині населеного пункту.",
     [("Ocheretyne", "contested", "asserted")]),
    ("Российские источники утверждали, что оккупанты захватили Нью-Йорк.", [("Niu-York", "russia", "unconfirmed")]),
    ("Об этом сообщил Гайдай. Заверил, что Красногоровка находится под контролем ВСУ.",
     [("Krasnohorivka", "ukraine", "attributed")]),
    # near miss: "Зазначимо, …" is the outlet's own "let us note", no one else's voice
    ("Про це повідомив Генштаб. Зазначимо, вчора противник увійшов до Лиману та вивісив прапори.",
     [("Lyman", "russia", "asserted")]),
])
def test_who_managed_and_voices_without_a_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [c[:3] for c in claims(text)] == expected


def test_a_plural_adjective_before_a_word_named_like_a_village_makes_it_the_word() -> None:
    # "українські Сили": the forces, not the village Syla
    assert [c[:2] for c in claims("ЗСУ вийшли з південної частини Великої Новосілки. Нині українські Сили утримують деякі позиції в "
                                  "межах населеного пункту.")] == [("Velyka Novosilka", "contested"),
                                                                    ("Velyka Novosilka", "contested")]


@pytest.mark.parametrize("text, expected", [
    # a passive present of holding, its holder named after it
    ("Сєвєродонецьк контролюється українськими військами, заявив Гайдай.", [("Sievierodonetsk", "ukraine")]),
    ("На карте DeepState отмечено, что Торецк контролируется Силами обороны Украины.", [("Toretsk", "ukraine")]),
    # two thirds of a town: a part
    ("Сили оборони контролюють дві третини Очеретиного.", [("Ocheretyne", "contested")]),
    # fighting "on the territory of" a village, before or after it
    ("На території Кринок тривають бої.", [("Krynky", "contested")]),
    ("Бої тривають й на території села Кринки.", [("Krynky", "contested")]),
    # withdrawals in the imperfective, entries as nouns, clashes in high-rises
    ("Украинские войска отходят от Северодонецка, получив соответствующую команду.", [("Sievierodonetsk", "russia")]),
    ("Информация о заходе россиян в Торецк не соответствует действительности.", [("Toretsk", "contested")]),
    ("Столкновения в жилых высотках Красноармейска зафиксированы российскими войсками.", [("Pokrovsk", "contested")]),
    ("Силам оборони довелось відступити із села Кринки.", [("Krynky", "russia")]),
    # near misses: a passive of something else; the territory of a region
    ("Ситуація контролюється підрозділами Сил оборони.", []),
    ("На території Харківщини тривають бої.", []),
])
def test_passive_holds_shares_in_words_and_more_fighting_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


def test_as_is_claimed_hedges_a_claim() -> None:
    found = claims("Міноборони РФ заявило про захоплення Роботиного. Як стверджується, Роботино повністю контролюється "
                   "бійцями російського угруповання військ.")
    assert found == [("Robotyne", "russia", "attributed"), ("Robotyne", "russia", "unconfirmed")]


@pytest.mark.parametrize("text, expected", [
    ("Украинские войска взяли Балаклею в оперативное окружение.", [("Balakliia", "contested")]),  # a ring, no capture
    ("Роботине перебуває в сірій зоні.", [("Robotyne", "contested")]),
    ("Российский флаг был поднят над Работино еще 1 мая, однако часть села оставалась в серой зоне.",
     [("Robotyne", "russia"), ("Robotyne", "contested")]),
    # near miss: "на Сході" is the East, not the village Схід
    ("Росіяни хочуть взяти угруповання на Сході в оперативне оточення.", []),
])
def test_rings_with_adjectives_and_the_grey_zone(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


def test_a_telegram_channel_written_with_a_latin_word_speaks() -> None:
    # the tokenizer splits "Telegram-канал" in two; the channel is still a (Russian, hedged) voice
    assert claims('Telegram-канал "Старше Эдды" отмечает, что украинские войска взяли Балаклею в окружение.') == \
        [("Balakliia", "contested", "unconfirmed")]


def test_the_voice_after_its_verb_past_a_date_and_a_channel() -> None:
    # the party before the comma is in what was said; the General Staff speaks, "противник" is Russia
    text = ('Російські окупанти тікають із захопленої ними частини Херсонської області, поінформував 22 жовтня у '
            'Facebook Генеральний штаб Збройних сил України.\n\n"За наявною інформацією, противник повністю покинув '
            'населені пункти Чарівне та Чкалове", – ідеться в повідомленні.')
    assert claims(text) == [("Charivne", "ukraine", "attributed"), ("Chkalove", "ukraine", "attributed")]


@pytest.mark.parametrize("text, expected", [
    # the defences' owner is no subject: the grouping named first liberated the villages
    ("Группировка «Север» продвинулась вглубь обороны ВСУ и освободила населённые пункты Гатище и Красное.",
     [("Hatyshche", "russia"), ("Krasne", "russia")]),
    ("Українські війська в Гуляйполі опинилися у вогневому мішку.", [("Huliaipole", "contested")]),
    ("Украинские войска в Гуляйполе Запорожской области оказались в огневом мешке.", [("Huliaipole", "contested")]),
    ("Российская армия закрепилась на западных окраинах населенного пункта Гуляйполе.", [("Huliaipole", "contested")]),
    ("Вооруженные силы продолжают отбивать Тростянец.", [("Trostianets", "contested")]),
    ("Российские войска прорвали оборону Красного Лимана.", [("Lyman", "contested")]),
    ("Российские войска начали штурмовые действия у окраин Гуляйполя.", [("Huliaipole", "contested")]),
    # where troops are is not yet whose the town is
    ("Российские военные находятся в центре города Купянск Харьковской области.", [("Kupiansk", "contested")]),
    ("Відомо, що російські окупанти зараз знаходяться в Мелітополі.", [("Melitopol", "contested")]),
    # near misses: attacks repelled are no retaking; defences of a region
    ("ВСУ отбили атаку на Купянск.", []),
    ("Российские войска прорвали оборону ВСУ на Харьковщине.", []),
])
def test_pockets_breaches_retakings_and_troops_located_in_a_town(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("На другий день війни російські військові дійшли до Мелітополя.", [("Melitopol", "contested")]),
    ("Наразі наші військові продовжують бойові дії за саме місто Вовчанськ.", [("Vovchansk", "contested")]),
    ("У Вовчанську протистояння йде ледь не за кожну вулицю.", [("Vovchansk", "contested")]),
    ("Генерали доповіли, що російські війська вже зачищають центр Костянтинівки.", [("Kostiantynivka", "contested")]),
    # near misses: a road reached is no town reached; a clearing denied
    ("Колона дійшла до траси на Мелітополь.", []),
    ("Центр Костянтинівки ніхто не зачищає.", []),
])
def test_reaching_a_town_combat_actions_confrontation_and_clearing_under_way(text: str, expected: list) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a part of the settlement word behind the trigger's preposition: the town just named, fought over
    ("Бої за Гуляйполе тривають. У північній частині міста тривають бої.",
     [("Huliaipole", "contested"), ("Huliaipole", "contested")]),
    ("Бои за Гуляйполе продолжаются. По словам командующего, в северо-восточной части города идут уличные бои.",
     [("Huliaipole", "contested"), ("Huliaipole", "contested")]),
    # near miss: "в районе города" is near the town, as "в районе X"
    ("Российские войска оставили Красный Лиман. В последние недели в районе города шли ожесточенные бои.",
     [("Lyman", "ukraine")]),
])
def test_a_part_of_the_town_just_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Місто Курахове визнали тимчасово окупованим.", [("Kurakhove", "russia")]),
    ("Наразі наші військові перебувають в адміністративних кордонах Мар'їнки.", [("Marinka", "contested")]),
    # near miss: a town "considered" important is not counted as occupied
    ("Місто Курахове вважається важливим логістичним вузлом.", []),
])
def test_towns_recognised_as_occupied_and_troops_within_administrative_borders(text: str, expected: list) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Повернулися додому, під український прапор, такі населені пункти: Нововасилівка, Новогригорівка, Трифонівка.",
     [("Novovasylivka", "ukraine"), ("Novohryhorivka", "ukraine"), ("Tryfonivka", "ukraine")]),
    ("На Авдіївському напрямку тривають бої, зокрема за село Бердичі.", [("Berdychi", "contested")]),
    ("На Авдеевском направлении идут бои, в частности за село Бердичи.", [("Berdychi", "contested")]),
    # near misses: a question asks, it tells nothing; "вряд ли" is no question
    ("Чи увійшли росіяни у Мирноград: військові пояснили ситуацію в місті", []),
    ("Вошли ли российские войска в Мирноград?", []),
])
def test_back_under_the_flag_fighting_in_particular_and_questions(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text)] == expected


def test_a_taking_not_far_off_is_a_prospect() -> None:
    assert claims("Пушилин также отметил, что освобождение Красного Лимана «не за горами».") == \
        [("Lyman", "russia", "predicted")]


@pytest.mark.parametrize("text, expected", [
    # a Russian voice's "взят" with no actor named is a Russian gain ("захватить" may be the enemy's)
    ("«Пополудни 20 мая полностью был взят Артемовск», — сказал Пригожин.", [("Bakhmut", "russia")]),
    # the loss of control named by a noun, in any case of "контроль"
    ("В ВСУ признали потерю контроля над Красногоровкой еще 8 сентября.", [("Krasnohorivka", "russia")]),
    ("У ЗСУ визнали втрату контролю над Красногорівкою.", [("Krasnohorivka", "russia")]),
    # a participle of being pushed out: the troops it qualifies left the town
    ("Остатки украинских войск, вытесненных из города Курахово, оказались в полуокружении.", [("Kurakhove", "russia")]),
    ("Залишки українських військ, витіснених з Курахового, опинилися в напівоточенні.", [("Kurakhove", "russia")]),
    ("Российские войска, вытеснившие ВСУ из Курахово, продвигаются.", [("Kurakhove", "russia")]),
    # a Ukrainian grouping or garrison is Ukrainian forces; what was tried before a new subject is not the act
    ("В попытке избежать полного окружения, украинская группировка предпочла отступить от Лисичанска.",
     [("Lysychansk", "russia")]),
    ("Противник пытается, несмотря на потери, захватить Часов Яр.", [("Chasiv Yar", "contested")]),
    # the start of an operation to take a town, or forces close to taking it: a fight for it
    ("Командующий доложил о начале операции по освобождению города Гуляйполе.", [("Huliaipole", "contested")]),
    ("Українські війська близькі до звільнення Тростянця.", [("Trostianets", "contested")]),
    # near miss: "в начале мая" is a date, not the start of an operation
    ("В начале мая российские войска освободили Гуляйполе.", [("Huliaipole", "russia")]),
])
def test_russian_takings_losses_of_control_pushed_out_troops_and_operations_begun(text: str, expected: list) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the town's own buildings or bounds stand for the town named before
    ("Бои за Лиман продолжаются. Бои идут в городской застройке.", [("Lyman", "contested"), ("Lyman", "contested")]),
    ("Бої за Покровськ тривають. Бої точаться у міській забудові.",
     [("Pokrovsk", "contested"), ("Pokrovsk", "contested")]),
    # a sentence that named its place by a settlement word names it for the next one
    ("Российские войска прорвали оборону Красного Лимана. Об этом доложил командующий.\n\n"
     "По его словам, подразделения зашли в город. Бои идут в городской застройке.",
     [("Lyman", "contested"), ("Lyman", "contested"), ("Lyman", "contested")]),
    # near misses: shelling hits houses in the town (no fight); another town named with the buildings is that town
    ("Российские войска обстреляли Херсон. Пострадали жилые дома в городской черте.", []),
    ("Бои за Лиман продолжаются. Бои идут в городской застройке Северска.",
     [("Lyman", "contested"), ("Siversk", "contested")]),
])
def test_the_towns_buildings_and_a_chain_of_settlement_words(text: str, expected: list) -> None:
    assert [c[:2] for c in claims(text)] == expected


@pytest.mark.parametrize("text", [
    "Бойченко отметил, что не нужно верить сообщениям о том, что российские оккупанты взяли под контроль Мариуполь.",
    "Мер наголосив, що не варто вірити повідомленням, що окупанти захопили Маріуполь.",
])
def test_do_not_believe_the_reports_denies_them(text: str) -> None:
    assert claims(text) == [("Mariupol", "russia", "denied")]


def test_believing_what_one_hears_without_a_negation_is_no_denial() -> None:
    assert claims("Жители верят сообщениям, что российские войска взяли под контроль Мариуполь.") == \
        [("Mariupol", "russia", "asserted")]


@pytest.mark.parametrize("text, expected", [
    # the enemy did not get into the town: the defenders hold it (told, not a denial)
    ("По состоянию на 30 июля российская армия не зашла в Торецк Донецкой области.", [("Toretsk", "ukraine", "asserted")]),
    ("Ворог не зайшов у Покровськ.", [("Pokrovsk", "ukraine", "asserted")]),
    ("Бої за Гуляйполе тривають. \"Ворог в цей населений пункт не зайшов\", - розповів Волошин.",
     [("Huliaipole", "contested", "asserted"), ("Huliaipole", "ukraine", "attributed")]),
    # near miss: Ukrainian troops not entering a town does not make it Russian (a denied Ukrainian entry, as before)
    ("ЗСУ не заходили в Курахове.", [("Kurakhove", "ukraine", "denied")]),
])
def test_the_enemy_not_getting_in_leaves_the_town_held(text: str, expected: list) -> None:
    assert claims(text) == expected


def test_a_name_after_the_speech_verb_speaks_not_the_party_inside_the_quotation() -> None:
    found = extract_claims("Бої за Гуляйполе тривають. \"Ворог в цей населений пункт не зайшов\", - розповів Волошин.",
                           doc="t")[-1]
    assert (found.speaker, found.side) == ("Волошин", "ukraine")


@pytest.mark.parametrize("text, expected", [
    # an infinitive after "змогли" is no passive: those who managed pushed the others out
    ("Українські військові змогли вибити окупантів із Красногорівки у Донецькій області.",
     [("Krasnohorivka", "ukraine", "asserted")]),
    ("Українські військові вибиті з Красногорівки.", [("Krasnohorivka", "russia", "asserted")]),
    # a denial of one's own side's "liberation" (no one of the other side named) denies that liberation
    ("Керівник Луганської ОВЦА Сергій Гайдай спростував інформацію про звільнення Кремінної.",
     [("Kreminna", "ukraine", "denied")]),
    ("Генштаб ЗСУ спростував інформацію про захоплення Кремінної.", [("Kreminna", "russia", "denied")]),
    # hostile or Russian channels (the tokenizer splits "телеграм-канали") speak; a capture retold in their words is theirs
    ("Ворожі телеграм-канали поширюють інформацію про нібито захоплення Сіверська у Донецькій області.",
     [("Siversk", "russia", "unconfirmed")]),
    ("Російські пропагандистські телеграм-канали пишуть, що їхні бійці захопили Сіверськ.",
     [("Siversk", "russia", "unconfirmed")]),
    ("Путін особисто заявив, що Часів Яр взятий.", [("Chasiv Yar", "russia", "attributed")]),
    # near miss: in the article's own voice a bare capture is still the enemy's
    ("Захоплений Енергодар потерпає від обстрілів.", [("Enerhodar", "russia", "asserted")]),
])
def test_managed_infinitives_own_liberations_denied_and_hostile_channels(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the enemy is not there ("немає / нет"): the defenders hold it
    ("Зараз ворога в Степовому немає.", [("Stepove", "ukraine", "asserted")]),
    ("Ворог не припиняє штурмових дій, проте в самому Гуляйполі росіян немає.", [("Huliaipole", "ukraine", "asserted")]),
    ("Бои за Торецк продолжаются. По состоянию на сейчас, россиян в городе нет.",
     [("Toretsk", "contested", "asserted"), ("Toretsk", "ukraine", "asserted")]),
    # the enemy does not hold it: the defenders do; not holding it wholly is a fight (and a denied capture)
    ("Окупанти не контролюють Куп'янськ.", [("Kupiansk", "ukraine", "asserted")]),
    ("Російські війська не контролюють повністю місто Часів Яр у Донецькій області.",
     [("Chasiv Yar", "russia", "denied"), ("Chasiv Yar", "contested", "asserted")]),
    # forces liberating a town now (imperfective): a fight for it
    ("Сили Оборони України визволяють Тростянець на Сумщині.", [("Trostianets", "contested", "asserted")]),
    # "там" after a comma: fighting in the place the clause named
    ("На Бахмутському напрямку російські бойовики атакують населений пункт Іванівське, нині там тривають бої.",
     [("Ivanivske", "contested", "asserted")]),
    # near misses: no electricity is no absence of troops; "there" south-east of a village is near it
    ("В Степовому немає світла.", []),
    ("Військові мають успіх в напрямку південно-східніше Роботиного, там триває бойова робота.", []),
])
def test_the_enemy_absent_or_not_in_control_liberating_now_and_fighting_there(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the enemy could not reach the village: it stays the defenders'; reaching it is a fight for it
    ("Российские захватчики не смогли дойти до села Липцы.", [("Lyptsi", "ukraine", "asserted")]),
    ("Российские войска дошли до села Липцы.", [("Lyptsi", "contested", "asserted")]),
    # the course of a clearing is the clearing under way
    ("Пушилин рассказал о ходе зачистки Горняка и Селидово от украинских военных",
     [("Hirnyk", "contested", "attributed"), ("Selydove", "contested", "attributed")]),
    # pincers are a ring; "завладеть" is taking (tried here, so a fight)
    ("Цукурино в клещах.", [("Tsukuryne", "contested", "asserted")]),
    ("Попытки завладеть Николаевкой тоже оказались не удачными.", [("Mykolaivka", "contested", "asserted")]),
    # a participle of where the place lies stands between the verb and the place
    ("Рогов заявил, что основные силы ВСУ оставили расположенное на Ореховском направлении село Работино.",
     [("Robotyne", "russia", "attributed")]),
    ("ЗСУ звільнили розташоване на Харківщині село Циркуни.", [("Tsyrkuny", "ukraine", "asserted")]),
    # near miss: "в ходе наступления" before a finished taking is no clearing under way
    ("В ходе наступления российские войска освободили Горняк.", [("Hirnyk", "russia", "asserted")]),
])
def test_failed_reaches_clearings_under_way_pincers_and_located_participles(text: str, expected: list) -> None:
    assert claims(text) == expected


def test_a_hyphenated_phrase_word_is_read_as_the_words_it_joins() -> None:
    """The readers fold hyphens to spaces, so a phrase list's "=по-прежнему" is "=по =прежнему"."""
    from monitor.extract.lexicon import parse_phrases
    assert parse_phrases("=по-прежнему|північно-західний") == parse_phrases("=по =прежнему|=північно західний")
    assert claims("Снигиревка по-прежнему под контролем ВС РФ.") == [("Snihurivka", "russia", "asserted")]


@pytest.mark.parametrize("text, expected", [
    ("ЗСУ звільнили від окупантів село Посад-Покровське.", [("Posad-Pokrovske", "ukraine", "asserted")]),
    # near miss: villages freed on the way towards a city; the city is where they head
    ("Украинская армия освободила сёла от оккупантов по направлению к Херсону.", []),
])
def test_freed_from_the_occupiers_and_the_direction_they_head(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "під нашим контролем" in a voice's words: the voice's side holds it; not any more "в наших руках": the other's
    ("\"Очеретине під нашим контролем\", - сказав Волошин.", [("Ocheretyne", "ukraine", "attributed")]),
    ("Окупанти обстрілюють Бахмут. \"Попасна вже фактично не в наших руках\", - сказав Арестович.",
     [("Popasna", "russia", "attributed")]),
    # almost: a fight still ("почти под нашим контролем", "майже звільнена"); almost of a count is no such thing
    ("\"Бахмут почти под нашим контролем\", — рассказал Пригожин.", [("Bakhmut", "contested", "attributed")]),
    ("Попасна майже звільнена.", [("Popasna", "contested", "asserted")]),
    ("Після майже 9 місяців окупації до Херсону зайшли українські війська.", [("Kherson", "ukraine", "asserted")]),
    # a count in the instrumental, then the names
    ("ЗСУ відновили контроль над кількома населеними пунктами: Верхня Роганка, Руська Лозова.",
     [("Verkhnia Rohanka", "ukraine", "asserted"), ("Ruska Lozova", "ukraine", "asserted")]),
])
def test_ours_not_ours_almost_and_counts_in_the_instrumental(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # in the hands of the side named after
    ("Красноармейск (украинское название – Покровск), Купянск и Константиновка все еще находятся в руках ВСУ.",
     [("Kostiantynivka", "ukraine", "asserted"), ("Kupiansk", "ukraine", "asserted"), ("Pokrovsk", "ukraine", "asserted")]),
    ("Покровськ у руках ЗСУ.", [("Pokrovsk", "ukraine", "asserted")]),
    # marked as occupied on a map; broke into a town; their own remaining troops withdrawn
    ("Тепер Сіверськ Донецької області позначено як окуповану територію.", [("Siversk", "russia", "asserted")]),
    ("Сьогодні вранці російські загарбники увірвалися в Харків.", [("Kharkiv", "contested", "asserted")]),
    ("ВСУ выводят свои оставшиеся войска из Часов Яра.", [("Chasiv Yar", "russia", "asserted")]),
    # an oblast's adjective before the town
    ("ЗСУ звільнили харківську Балаклію.", [("Balakliia", "ukraine", "asserted")]),
    # near miss: a fate in someone's hands is no town held
    ("Доля міста в руках президента.", []),
])
def test_in_the_hands_of_marked_occupied_broke_in_and_oblast_adjectives(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "захисники / оборонці" in Ukrainian reporting are Ukraine's defenders
    ("Учора захисники зайняли село Старомайорське Волноваського району.", [("Staromaiorske", "ukraine", "asserted")]),
    ("Оборонці звільнили Кліщіївку.", [("Klishchiivka", "ukraine", "asserted")]),
])
def test_defenders_are_ukraines(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a taking named, then going on: a fight still
    ("Пушилин неоднократно отмечал, что освобождение Марьинки идет непросто.", [("Marinka", "contested", "attributed")]),
    ("Звільнення Бахмута триває.", [("Bakhmut", "contested", "asserted")]),
    # a foothold on a fraction or half of a town
    ("Подразделения украинской армии закрепились на одной десятой части города Марьинки.",
     [("Marinka", "contested", "asserted")]),
    ("Російські війська закріпилися на половині Мар'їнки.", [("Marinka", "contested", "asserted")]),
    # near misses: a taking's consequences are told, no fight; positions near a town
    ("Освобождение Марьинки снижает возможности противника.", []),
    ("Украинские войска закрепились на позициях возле Марьинки.", []),
])
def test_takings_that_go_on_and_footholds_on_part_of_a_town(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # control restored in a town (a passive participle), by the voice's side
    ("\"Сьогодні в Андріївці відновлений контроль\", - сказав Зеленський.", [("Andriivka", "ukraine", "attributed")]),
    # near misses: the active verb keeps its own reading; main battles still read by the fighting rule
    ("ЗСУ відновили контроль над Андріївкою.", [("Andriivka", "ukraine", "asserted")]),
    ("Головні бої тривають за Покровськ.", [("Pokrovsk", "contested", "asserted")]),
])
def test_control_restored_in_a_town(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a news agency's retelling goes on in the voice it named back ("Про це повідомив Генштаб")
    ("Сили оборони звільнили Кліщіївку. Про це повідомив Генштаб ЗСУ. Ситуація залишається складною. "
     "Тривають бої за Андріївку.",
     [("Klishchiivka", "ukraine", "attributed"), ("Andriivka", "contested", "attributed")]),
    # near miss: another voice has spoken since
    ("Сили оборони звільнили Кліщіївку. Про це повідомив Генштаб ЗСУ. Речник угруповання Дмитро Лиховій "
     "заявив, що ситуація складна. Тривають бої за Андріївку.",
     [("Klishchiivka", "ukraine", "attributed"), ("Andriivka", "contested", "asserted")]),
])
def test_a_retelling_goes_on_in_the_voice_named_back(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a share of a town held: "не более / лишь" before it, a range whose hyphen the reader folds, "от общей территории"
    ("Глава ГВА Чинчик: ВСУ контролируют не более 40‑50% территории Торецка.", [("Toretsk", "contested", "asserted")]),
    ("ВСУ контролируют лишь 40-50% от общей территории Торецка.", [("Toretsk", "contested", "asserted")]),
    # outskirts a direction names; most buildings taken under control; a flag over the city council's building
    ("Оккупанты зашли на восточную окраину Торецка.", [("Toretsk", "contested", "asserted")]),
    ("Окупанти зайшли на південно-східну околицю Торецька.", [("Toretsk", "contested", "asserted")]),
    ("Российские войска захватили под контроль большинство высотных зданий в Курахово.",
     [("Kurakhove", "contested", "asserted")]),
    ("Над зданием городского совета Курахово был поднят российский флаг.", [("Kurakhove", "russia", "asserted")]),
    # grey zones left in a town; clearing its south-west; buildings cleared of the enemy in a town
    ("В Часовом Яре остаются небольшие серые зоны.", [("Chasiv Yar", "contested", "asserted")]),
    ("У Часовому Яру залишаються сірі зони.", [("Chasiv Yar", "contested", "asserted")]),
    ("Российские войска зачищают юго-запад Часова Яра.", [("Chasiv Yar", "contested", "asserted")]),
    ("Российская армия зачистила от украинских военных несколько тысяч зданий в Красноармейске.",
     [("Pokrovsk", "contested", "asserted")]),
    # the armed forces' abbreviation before a town is no part of its name
    ("ВС РФ освободили от ВСУ Авдеевку.", [("Avdiivka", "russia", "asserted")]),
    # near misses: outskirts shelled, not entered; a council that is no building of a town; a grouping's name
    ("Оккупанты обстреляли восточную окраину Торецка.", []),
    ("Совет безопасности обсудил обстрел Курахово.", []),
    ("Речник ОСУВ Хортиця заявив про обстріли Куп'янська.", []),
])
def test_shares_outskirts_buildings_and_grey_zones_of_a_town(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a presence "є в X"; withdrawing (imperfective); a need to withdraw is not yet news
    ("Наші підрозділи є в Гуляйполі.", [("Huliaipole", "contested", "asserted")]),
    ("Окупанти заявили про те, що відходять з Ізюма та Лимана.",
     [("Izium", "ukraine", "attributed"), ("Lyman", "ukraine", "attributed")]),
    ("ВСУ придется отойти из Торецка.", [("Toretsk", "russia", "predicted")]),
    # a share past a cue ("часть города X"), "более половины", driving into a town, a capture "fantasised"
    ("Северная часть города Волчанск контролируется российскими военными.", [("Vovchansk", "contested", "asserted")]),
    ("Российские войска взяли под контроль более половины Димитрова.", [("Myrnohrad", "contested", "asserted")]),
    ("Российские военные на мотоциклах заезжают в Покровск.", [("Pokrovsk", "contested", "asserted")]),
    ("Россияне нафантазировали захват Гуляйполя.", [("Huliaipole", "russia", "denied")]),
    # "відповідно до карт DeepState": a voice
    ("Відповідно до карт DeepState, більша частина Торецька знаходиться під контролем Росії.",
     [("Toretsk", "contested", "attributed")]),
    # near misses: problems, not troops, in a town; a truck driving in
    ("Проблеми є в Гуляйполі.", []),
    ("Грузовик въехал в Покровск.", []),
])
def test_presence_withdrawing_shares_and_fantasised_captures(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, side", [
    # the instrumental agent of a noun is who took, not who speaks: the brigade denies
    ("Бійці 72-ї бригади заперечили повне захоплення росіянами Вугледару.", "ukraine"),
    # "ведомство подтвердило": the ministry named before speaks
    ("Минобороны РФ сообщило об успехах. 13 января ведомство подтвердило взятие Соледара российскими военными.",
     "russia"),
])
def test_who_speaks_past_an_agent_and_the_ministry_named_before(text: str, side: str) -> None:
    assert [c.side for c in extract_claims(text, doc="t.txt")][-1:] == [side]


@pytest.mark.parametrize("text, expected", [
    # forces blocked, cut apart or breaking out of a ring in a town: fought over
    ("Военные силы России заблокировали группировку ВСУ на ТЭС в Курахове.", [("Kurakhove", "contested", "asserted")]),
    ("Бойцы ВС России окончательно разрезали украинскую группировку в Красноармейске.",
     [("Pokrovsk", "contested", "asserted")]),
    ("Подразделения сорвали три попытки ВСУ вырваться из окружения в Красноармейске.",
     [("Pokrovsk", "contested", "asserted")]),
    # a town cleared "от боевиков" while the clearing goes on
    ("Они также зачищают от украинских боевиков Гнатовку.", [("Hnativka", "contested", "asserted")]),
    # near miss: a mine named like the town
    ("Наразі тривають бої за шахту «Торецька».", []),
])
def test_forces_blocked_in_a_town_and_clearing_it_of_the_enemy(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # full control taken; "практически" liberated is not yet all of it; forces blockaded in towns
    ("Войска России и ЛНР взяли под полный контроль населенный пункт Кременная.", [("Kreminna", "russia", "asserted")]),
    ("ЗСУ взяли під повний контроль Кліщіївку.", [("Klishchiivka", "ukraine", "asserted")]),
    ("«Святогорск практически освобожден, проходит зачистка», — сказал Пушилин.",
     [("Sviatohirsk", "contested", "attributed")]),
    ("Подразделения направлены в районы блокирования ВСУ в Покровске и Купянске.",
     [("Pokrovsk", "contested", "asserted"), ("Kupiansk", "contested", "asserted")]),
    # near miss: "практически без боя" is how easily, not how much
    ("ВСУ практически без боя заняли Благодатное.", [("Blahodatne", "ukraine", "asserted")]),
])
def test_full_control_taken_practically_liberated_and_blockades(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # places that came to be under occupation, named after the verb
    ("Під окупацією опинилися Ольгівське, Березове та Калинівське.",
     [("Olhivske", "russia", "asserted"), ("Berezove", "russia", "asserted"), ("Kalynivske", "russia", "asserted")]),
    # fighting in a town's centre, the part before the town; occupiers fleeing (imperfective)
    ("У центрі Вугледару відбуваються активні бойові дії.", [("Vuhledar", "contested", "asserted")]),
    ("В центре Угледара идут бои.", [("Vuhledar", "contested", "asserted")]),
    ("Через це окупанти в паніці тікають з Куп'янська.", [("Kupiansk", "ukraine", "asserted")]),
    # near misses: a school in the centre; residents fleeing
    ("У центрі Вугледару розташована школа.", []),
    ("Мешканці тікають з Куп'янська.", []),
])
def test_under_occupation_after_the_verb_fighting_in_the_centre_and_fleeing(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # places under a side's flag; "на сьогодні" between the list and its participle
    ("Високопілля, Білогірка і Сухий Ставок на сьогодні під українським прапором.",
     [("Sukhyi Stavok", "ukraine", "asserted"), ("Bilohirka", "ukraine", "asserted"),
      ("Vysokopillia", "ukraine", "asserted")]),
    ("Высокополье сегодня под украинским флагом.", [("Vysokopillia", "ukraine", "asserted")]),
    ("Високопілля і Сухий Ставок на сьогодні звільнені.",
     [("Sukhyi Stavok", "ukraine", "asserted"), ("Vysokopillia", "ukraine", "asserted")]),
    # near miss: marching under the flag in a town
    ("Під українським прапором пройшли учасники параду в Харкові.", []),
])
def test_places_under_a_sides_flag(text: str, expected: list) -> None:
    assert claims(text) == expected


def test_a_hyphenated_slot_alternative_is_read_as_the_words_it_joins() -> None:
    # the readers fold hyphens to spaces: "телеграм-канал" as one slot's alternative could never be met
    from monitor.extract.lexicon import parse_patterns
    assert parse_patterns("российский телеграм-канал|блогер") == \
        parse_patterns("российский блогер") + parse_patterns("российский =телеграм канал")
    assert parse_patterns("=россия-1") == parse_patterns("=россия =1")
    assert claims("Российские телеграм-каналы сообщили, что ВС РФ взяли Курахово.") == [
        ("Kurakhove", "russia", "unconfirmed")]


@pytest.mark.parametrize("text, expected", [
    # a taking called hard to achieve, or what cannot be done without it, is a prospect; the prospect
    # word reaches across a coordinated noun ("продвижение и освобождение")
    ("Пушилин заявил, что без полного освобождения Павловки крайне затруднительно будет продвижение и "
     "освобождение уже Угледара.", [("Pavlivka", "russia", "predicted"), ("Vuhledar", "russia", "predicted")]),
    ("Без звільнення Бахмута важко буде просування на Часів Яр.", [("Bakhmut", "ukraine", "predicted")]),
    # near miss: talks called possible after the liberation are no prospect of the liberation
    ("У Зеленського відповіли, чи можливі переговори з РФ після звільнення Херсона.",
     [("Kherson", "ukraine", "asserted")]),
])
def test_takings_hard_to_achieve_or_needed_are_prospects(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "под полным контролем": the control's adjective between the preposition and the noun
    ("Так или иначе, и Алешки, и Голая Пристань находятся под полным контролем российской армии.",
     [("Hola Prystan", "russia", "asserted"), ("Oleshky", "russia", "asserted")]),
    ("Олешки під повним контролем ЗСУ.", [("Oleshky", "ukraine", "asserted")]),
    # near miss: the situation under full control is no place held
    ("Ситуация в городе под полным контролем.", []),
    # a count named in the next sentence by "Мова про …"; near miss: a count shelled
    ("ЗСУ звільнили три населених пункти. Мова про Бучу, Бородянку та Гостомель.",
     [("Bucha", "ukraine", "asserted"), ("Borodianka", "ukraine", "asserted"), ("Hostomel", "ukraine", "asserted")]),
    ("Окупанти обстріляли три населених пункти. Мова про Бучу, Бородянку та Гостомель.", []),
])
def test_under_full_control(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the taking as a noun, its taker the subject before ("о переходе под их контроль сел A и B")
    ("Российские войска сообщили о переходе под их контроль сел Ровнополье и Малая Токмачка.",
     [("Rivnopillia", "russia", "attributed"), ("Mala Tokmachka", "russia", "attributed")]),
    ("Переход под контроль города Ровнополье невозможен.", []),
    # coordinated parts of a town ("в західних, східних і частково південних районах X")
    ("Сили оборони України досі утримують позиції в західних, східних і частково південних районах Вовчанська.",
     [("Vovchansk", "contested", "asserted")]),
    # onto a place's ground ("зайшли на територію села X"), the count's genitive its subject
    ("Близько 100 російських військових зайшли на територію села Грабовське.",
     [("Hrabovske", "contested", "asserted")]),
    ("Российские военные зашли на территорию села Грабовское.", [("Hrabovske", "contested", "asserted")]),
    # an entry followed by an attempt to take the village is the fight for it, not its capture
    ("Російські військові увійшли в Грабовське та намагалися захопити село.",
     [("Hrabovske", "contested", "asserted")]),
    ("Російські військові увійшли в Грабовське та захопили село.", [("Hrabovske", "russia", "asserted")]),
    # near miss: a count of prisoners taken in a village
    ("ЗСУ взяли в полон 100 російських військових у Грабовському.", []),
])
def test_takings_as_nouns_parts_of_towns_and_counts_as_subjects(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a person named right before the speech verb, in no list: the article's side speaks
    ("Журналіст Анатолій Цаплієнко повідомив про звільнення Бородянки.",
     ("Borodianka", "ukraine", "attributed", "ukraine", "Анатолій Цаплієнко")),
    ("Цаплієнко повідомив про звільнення Бородянки.",
     ("Borodianka", "ukraine", "attributed", "ukraine", "Цаплієнко")),
    # near miss: a time word before the verb is nobody
    ("Вчора повідомили про звільнення Бородянки.", ("Borodianka", "ukraine", "asserted", "outlet", None)),
])
def test_a_person_named_before_the_speech_verb(text: str, expected: tuple) -> None:
    assert one(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the area around a count of places is near them, not in them
    ("Российские войска продвинулись в районе трех населенных пунктов: Дроновки, Серебрянки и Звановки.", []),
    ("Российские войска продвинулись в трех населенных пунктах: Дроновке, Серебрянке и Звановке.",
     [("Dronivka", "contested", "asserted"), ("Serebrianka", "contested", "asserted"),
      ("Zvanivka", "contested", "asserted")]),
    # a try foretold is a prediction, a try under way a fight
    ("Окупанти намагатимуться захопити Сєвєродонецьк будь-якою ціною.", [("Sievierodonetsk", "russia", "predicted")]),
    ("Оккупанты будут пытаться захватить Северодонецк.", [("Sievierodonetsk", "russia", "predicted")]),
    ("Оккупанты пытаются захватить Северодонецк.", [("Sievierodonetsk", "contested", "asserted")]),
    # "в самому місті X": the town itself
    ("Ворог вже фактично веде бої безпосередньо в самому місті Торецьку.", [("Toretsk", "contested", "asserted")]),
    # a relative clause led by the trigger's own preposition ("Сіверськ, з якого відійшли ЗСУ")
    ("Де на карті Сіверськ, з якого відійшли ЗСУ.", [("Siversk", "russia", "asserted")]),
    # near miss: another preposition leads the clause
    ("Сіверськ, біля якого відійшли ЗСУ з позицій.", []),
])
def test_areas_of_counts_foretold_tries_and_relatives_with_prepositions(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause opened by the control, the holder, then the place
    ("Під контролем росіян уже й Золотарівка.", [("Zolotarivka", "russia", "asserted")]),
    ("На данный момент под контролем ВС РФ уже 50 процентов Волчанска.", [("Vovchansk", "contested", "asserted")]),
    # near misses: the place before holds the claim; two places each with its own control
    ("Місто Куп'янськ Харківської області перебуває під контролем Збройних сил України.",
     [("Kupiansk", "ukraine", "asserted")]),
    ("Бахмут под контролем ВСУ, Соледар под контролем россиян.",
     [("Bakhmut", "ukraine", "asserted"), ("Soledar", "russia", "asserted")]),
])
def test_a_clause_opened_by_the_control(text: str, expected: list) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place behind "от / из / до" is the end of a road held, not what is held
    ("На данный момент Красный Лиман в полукольце, дорога от Сватово под нашим контролем.", []),
    ("Трасса из Изюма до Балаклеи под контролем ВСУ.", []),
    ("Бахмут под контролем ВСУ.", [("Bakhmut", "ukraine", "asserted")]),
])
def test_a_road_from_a_town_held(text: str, expected: list) -> None:
    assert claims(text) == expected
