"""The 2010 national transliteration (Cabinet resolution No. 55) and the Russian-based one."""

import pytest

from monitor.gazetteer.translit import ru_to_latin, uk_to_latin


@pytest.mark.parametrize("uk, latin", [
    ("Харків", "Kharkiv"), ("Куп’янськ", "Kupiansk"), ("Ізюм", "Izium"),
    ("Балаклія", "Balakliia"), ("Лиман", "Lyman"), ("Сватове", "Svatove"),
    ("Кремінна", "Kreminna"), ("Запоріжжя", "Zaporizhzhia"), ("Київ", "Kyiv"),
    ("Вовчий Яр", "Vovchyi Yar"), ("Маріуполь", "Mariupol"), ("Щербухи", "Shcherbukhy"),
    ("Хмельницький", "Khmelnytskyi"), ("Івано-Франківськ", "Ivano-Frankivsk"),
])
def test_official_examples(uk: str, latin: str) -> None:
    assert uk_to_latin(uk) == latin


@pytest.mark.parametrize("uk, latin", [
    ("Єнакієве", "Yenakiieve"),   # є: ye at the start, ie inside
    ("Їжакевич", "Yizhakevych"),  # ї: yi at the start
    ("Олексіївка", "Oleksiivka"), # ї inside: i
    ("Йосипівка", "Yosypivka"),   # й: y at the start
    ("Стрий", "Stryi"),           # й inside: i
    ("Юрівка", "Yurivka"),        # ю: yu at the start
    ("Ярове", "Yarove"),          # я: ya at the start
    ("Згурівка", "Zghurivka"),    # зг → zgh
    ("Знам'янка", "Znamianka"),   # the apostrophe is dropped
])
def test_word_initial_rules_and_special_cases(uk: str, latin: str) -> None:
    assert uk_to_latin(uk) == latin


def test_all_capitals_stay_capitals() -> None:
    assert uk_to_latin("ЩАСТЯ") == "SHCHASTIA"


def test_y_forms_give_the_common_variant_spellings() -> None:
    assert uk_to_latin("Куп’янськ", y_forms=True) == "Kupyansk"
    assert uk_to_latin("Ізюм", y_forms=True) == "Izyum"


@pytest.mark.parametrize("ru, latin", [
    ("Купянск", "Kupyansk"), ("Изюм", "Izyum"), ("Балаклея", "Balakleya"),
    ("Харьков", "Kharkov"), ("Запорожье", "Zaporozhye"), ("Артёмовск", "Artyomovsk"),
])
def test_russian_based_spellings(ru: str, latin: str) -> None:
    assert ru_to_latin(ru) == latin
