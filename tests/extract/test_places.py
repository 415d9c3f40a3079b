"""Settlement mentions in war reporting: spellings, non-settlements, people, homonyms."""

from __future__ import annotations

import pytest

from monitor.extract.places import PlaceMention, find_places


def names(text: str) -> list[str]:
    """The chosen place of every mention ('?surface' when ambiguous)."""
    return [m.place.name if m.place else "?" + m.text for m in find_places(text)]


def only(text: str, surface: str) -> PlaceMention:
    found = [m for m in find_places(text) if m.text == surface]
    assert len(found) == 1, found
    return found[0]


# --- spellings ---------------------------------------------------------------------------

def test_national_and_russian_based_spellings() -> None:
    text = ("Kyiv said its brigades had pushed past Kupyansk, while Moscow claimed it still "
            "held Izyum and that its units had merely regrouped near Balakleya.")
    assert names(text) == ["Kyiv", "Kupiansk", "Izium", "Balakliia"]


def test_offsets_and_surface_are_those_of_the_text() -> None:
    text = "Shelling resumed in Kupiansk overnight."
    m = only(text, "Kupiansk")
    assert text[m.start:m.end] == "Kupiansk"
    assert (m.method, m.ambiguous, m.place_id) == ("exact", False, m.place.id)


def test_possessives() -> None:
    text = "Lysychansk’s last defenders left, and Sievierodonetsk's mayor confirmed it."
    assert names(text) == ["Lysychansk", "Siverskodonetsk"]
    assert only(text, "Lysychansk").end == text.index("’s")


def test_multiword_and_hyphenated_names_win_over_their_parts() -> None:
    text = "Drones struck Nova Kakhovka and the rail yard at Kupiansk-Vuzlovyi."
    assert names(text) == ["Nova Kakhovka", "Kupiansk-Vuzlovyi"]


def test_former_names_and_exonyms() -> None:
    assert names("Wagner fighters were filmed in Artemivsk, now Bakhmut.") == ["Bakhmut", "Bakhmut"]
    assert names("Reports from Kharkov and Zaporozhye spoke of blackouts.") == [
        "Kharkiv", "Zaporizhzhia"]


def test_typo_is_found_by_fuzzy_matching() -> None:
    text = ("After Izium and Kupiansk, the defence ministry confirmed its troops had also "
            "left the town of Balaklyia.")
    m = only(text, "Balaklyia")
    assert (m.place.name, m.place.oblast, m.method) == ("Balakliia", "Kharkiv", "fuzzy")


def test_russian_based_spellings_no_source_lists() -> None:
    text = ("The Russian defence ministry claimed its units took Rabotino and Verbovoye in "
            "Zaporozhye Oblast and advanced on Gulyaipole.")
    assert names(text) == ["Robotyne", "Verbove", "Huliaipole"]
    text = "Fighting went on near Sinkovka and Tabayevka, northeast of Kupyansk."
    assert names(text) == ["Synkivka", "Tabaivka", "Kupiansk"]


def test_near_misses_need_the_area_named() -> None:
    assert names("My very specific dreams: Rabotino, Verbovoye, Gulyaipole.") == []


def test_a_real_namesake_is_not_a_typo() -> None:
    text = "Patrol boats left Balaklava while sirens sounded in Sevastopol."
    m = only(text, "Balaklava")
    assert (m.place.name, m.place.oblast, m.method) == ("Balaklava", "Sevastopol", "exact")


def test_short_unknown_words_are_not_fuzzy_matched() -> None:
    assert names("Lima and Lyman are different places; Lyman is in Donetsk Oblast.") == [
        "Lyman", "Lyman"]


def test_all_capitals_headline() -> None:
    assert names("BREAKING: KUPIANSK LIBERATED") == ["Kupiansk"]


def test_careless_lower_case_only_for_big_cities() -> None:
    assert names("The kyiv government said little.") == ["Kyiv"]
    assert names("Their lazy step to the port was human.") == []


# --- not settlements ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Russian units dug in across the Oskil River.",
    "Heavy fighting continued in the Izium Raion.",
    "Counterattacks were reported in Kharkiv Oblast and the Luhansk region.",
    "The general staff reported assaults on the Donetsk direction.",
    "Pressure grew along the Kupiansk-Svatove axis and on the Bakhmut front.",
    "Water levels in the Pechenihy reservoir fell sharply.",
    "Inspectors returned to the Zaporizhzhia nuclear power plant.",
    "Shelling hit the Kharkiv, Sumy and Chernihiv oblasts overnight.",
    "Boats crossed the Dnipro, then came under fire.",
])
def test_regions_rivers_and_directions_are_not_settlements(text: str) -> None:
    assert names(text) == []


def test_city_after_a_name_is_still_a_settlement() -> None:
    assert names("Missiles struck Kharkiv city before dawn.") == ["Kharkiv"]


def test_people_and_countries_are_not_settlements() -> None:
    text = ("President Volodymyr Zelenskyy thanked Ukraine's partners; Russia's Vladimir Putin "
            "did not comment, and Gen. Oleksandr Syrskyi visited the troops.")
    assert names(text) == []


def test_common_words_need_a_cue() -> None:
    assert names("Human rights monitors said Mayak had been shelled.") == []
    m = only("The village of Mayak in Donetsk Oblast was shelled again.", "Mayak")
    assert m.candidates and all(p.oblast == "Donetsk" for p in m.candidates)


def test_a_name_inside_a_longer_proper_name() -> None:
    assert names("The Lysychansk Oil Refinery burned, Anadolu Agency reported.") == []
    assert names("Mr. Mohammad Ismail addressed the meeting.") == []


def test_units_named_after_places() -> None:
    assert names("The operational group Khortytsia reported 40 clashes.") == []


# --- homonyms ----------------------------------------------------------------------------

def test_oblast_named_in_the_sentence_picks_the_namesake() -> None:
    kherson = only("Ukrainian marines raised the flag over Viktorivka in Kherson Oblast.",
                   "Viktorivka")
    kharkiv = only("Viktorivka, Kharkiv region, came under artillery fire.", "Viktorivka")
    assert (kherson.place.oblast, kherson.resolved_by) == ("Kherson", "region")
    assert (kharkiv.place.oblast, kharkiv.resolved_by) == ("Kharkiv", "region")


def test_raion_named_in_the_sentence_picks_the_namesake() -> None:
    m = only("Kalynivka in the Izium Raion was retaken on Friday.", "Kalynivka")
    assert (m.place.oblast, m.place.raion) == ("Kharkiv", "Izium")


def test_neighbouring_places_pick_the_namesake() -> None:
    text = ("Drones hit Henichesk again. Residents of Viktorivka and Rykove reported "
            "explosions near the bridge.")
    assert only(text, "Viktorivka").place.raion == "Henichesk"
    text = "Troops advanced from Bohodukhiv towards Babaky and Viktorivka."
    m = only(text, "Viktorivka")
    assert (m.place.oblast, m.resolved_by) == ("Kharkiv", "context")


def test_a_list_of_villages_is_read_together() -> None:
    text = ("Ukraine's forces liberated Semenivka, Volokhiv Yar, Vovchyi Yar and Kalynivka, "
            "the general staff said, as they pressed on from Balakliia.")
    found = {m.text: m.place for m in find_places(text)}
    assert all(p is not None and p.raion == "Izium" for p in found.values()), found


def test_a_dominant_city_wins_without_context() -> None:
    m = only("Explosions were heard in Kharkiv.", "Kharkiv")
    assert m.place.kind == "city" and m.place.oblast == "Kharkiv"
    m = only("Moscow said it had left Balakliia.", "Balakliia")
    assert (m.place.oblast, m.resolved_by) == ("Kharkiv", "prominence")


def test_unresolvable_homonyms_are_reported_not_guessed() -> None:
    m = only("Shelling was reported in Kalynivka.", "Kalynivka")
    assert m.ambiguous and m.place is None
    assert len(m.candidates) >= 80
    assert m.candidates[0].prominence >= m.candidates[-1].prominence


def test_one_sense_per_article() -> None:
    text = ("Viktorivka, Kherson Oblast, was shelled on Monday. By Tuesday Viktorivka had "
            "no power.")
    found = find_places(text)
    assert [m.place.oblast for m in found] == ["Kherson", "Kherson"]


# --- Cyrillic ----------------------------------------------------------------------------

def test_ukrainian_text_with_case_endings() -> None:
    text = ("Українські війська звільнили Балаклію та Куп’янськ, бої тривають поблизу Ізюма "
            "у Харківській області.")
    assert names(text) == ["Balakliia", "Kupiansk", "Izium"]


def test_russian_text() -> None:
    text = "Российские войска покинули Купянск и Изюм, в Харькове слышны взрывы."
    assert names(text) == ["Kupiansk", "Izium", "Kharkiv"]


def test_a_two_word_spelling_beats_its_first_word_alone() -> None:
    """'Belaya Gora' is the Russian spelling of Bila Hora (near Lysychansk), not the village
    Bila (Ternopil Oblast, alias Belaya) followed by a stray word; alone, Belaya stays Bila."""
    text = ("Russian forces took Lysychansk and the nearby settlements of Belogorovka, Belaya Gora and "
            "Novodruzhesk.")
    assert names(text) == ["Lysychansk", "Bilohorivka", "Bila Hora", "Novodruzhesk"]
    assert names("Russian forces captured Belaya in Ternopil Oblast.") == ["Bila"]


def test_a_region_name_before_a_village_leaves_the_village_whole() -> None:
    """'Luhansk Bilohorivka' (a translation's word order): the region's name, then the village;
    the village is no part of a longer name."""
    assert names("Haidai wrote: “Luhansk Bilohorivka is cleared of the enemy.”") == ["Luhansk", "Bilohorivka"]


def test_a_dominant_city_yields_to_namesakes_in_the_oblast_of_the_list() -> None:
    """Two villages of Kharkiv Oblast in the list, the city of Rubizhne (Luhansk Oblast) tied to
    none of them: the Rubizhne meant is not the city (two of Kharkiv Oblast's villages bear the
    name, so it stays ambiguous rather than wrong); alone it is the city."""
    found = {m.text: m for m in find_places(
        "The Armed Forces of Ukraine have regained control over Cherkaski Tyshky, Ruski Tyshky and Rubizhne.")}
    rubizhne = found["Rubizhne"]
    assert rubizhne.place is None or rubizhne.place.oblast == "Kharkiv"  # ambiguous rather than wrong
    assert names("Russian forces entered Rubizhne.") == ["Rubizhne"]
    assert only("Russian forces entered Rubizhne.", "Rubizhne").place.oblast == "Luhansk"


def test_an_old_two_word_name_misspelt_is_its_town_near_it() -> None:
    """'Krasnyi Liman' (Lyman's Soviet name, one letter off its alias Krasnyi Lyman) in a report on
    Lyman is Lyman, not the village Krasne read from its first word."""
    text = ("Ukrainian troops entered Lyman in Donetsk Oblast. The allied troops have been withdrawn from "
            "Krasnyi Liman to more advantageous lines.")
    assert names(text) == ["Lyman", "Lyman"]


def test_a_hyphenated_name_in_another_spelling_is_the_compound_not_its_first_part() -> None:
    """"Kupyansk-Vuzlovoy" (a Russian spelling) is Kupiansk-Vuzlovyi, the railway town, not
    Kupiansk; two places joined by a hyphen stay two ("the Selidove-Karlivka road")."""
    assert names("In the industrial suburb of Kupyansk-Vuzloviy on the east bank of the Oskil, Kharkiv region.") \
        == ["Kupiansk-Vuzlovyi"]
    assert names("Kupyansk-Vuzlovoy in Kharkiv oblast was liberated.") == ["Kupiansk-Vuzlovyi"]
    assert names("Russian troops entered from the north along the Selidove-Karlivka road.") == ["Selydove", "Karlivka"]


def test_shch_written_sch_is_a_near_miss_of_the_name() -> None:
    """Щ in English is "shch", in German-style spellings "sch": Khreschenivka is Khreshchenivka
    (near the oblast named), Schastye is Shchastia."""
    assert names("We have seen our troops in Khreschenivka in Kherson oblast.") == ["Khreshchenivka"]
    assert names("Schastye in Luhansk oblast was captured.") == ["Shchastia"]


def test_polish_and_french_letters_for_zh_and_ch_are_near_misses_of_the_name() -> None:
    """Reporting translated from Polish writes Ж as "ż" or "z" and Ч as "cz", French writes Ч as
    "tch": Urożajne and Urozajne are Urozhaine near the oblast named; an unrelated word with
    those consonants is still nothing without that oblast."""
    assert names("Ukrainian forces have liberated the village of Urozajne in the Donetsk region.") == ["Urozhaine"]
    assert names("“Urożajne has been liberated,” she wrote about the Donetsk region.") == ["Urozhaine"]
    assert names("Ukrainian forces had entered Urozajny, citing recordings.") == []


def test_another_spelling_of_a_place_the_article_placed_is_that_place() -> None:
    """The sentence that placed a near miss (its oblast beside it) places its other spellings in
    the article: 'entered Urozajny' names no oblast, but the article's Urozajne is Urozhaine."""
    text = ("Ukrainian forces have liberated the village of Urozajne in the Donetsk region. "
            "The ISW reported on August 12 that Ukrainian forces had entered Urozajny.")
    assert names(text) == ["Urozhaine", "Urozhaine"]
    # without the first sentence, nothing places it
    assert names("The ISW reported on August 12 that Ukrainian forces had entered Urozajny.") == []


def test_a_russian_adjective_ending_for_the_ukrainian_name_s() -> None:
    """Пыльная written for Пільна: "Pylnaya" is Pylna where its oblast is named; alone it is no name."""
    assert names("The North group gained control over settlements in Kharkiv region: Borisovka and Pylnaya.") \
        == ["Borysivka", "Pylna"]
    assert names("A report from Pylnaya followed.") == []


def test_a_name_glued_to_the_word_before_it_by_a_lost_space() -> None:
    """Scraped pages lose the space after a link's label: 'externalTrostyanets' names Trostianets
    (a capital after a small letter starts a word); inside an ordinary word no name is read."""
    assert names("externalTrostyanets liberated by Ukraine.") == ["Trostianets"]
    assert names("Agents of Ukrkherson and Akhersonia met.") == []  # no capital: inside a word


def test_a_cyrillic_look_alike_inside_a_latin_name_is_read_as_latin() -> None:
    """'Hryhorivkа' typed with a Cyrillic а at the end is Hryhorivka; offsets stay the text's."""
    text = "The Russian military said its troops liberated the villages of Hryhorivkа and Vodiane near Krasnohorivka."
    found = [(m.text, m.place.name if m.place else None) for m in find_places(text)]
    assert ("Hryhorivkа", "Hryhorivka") in found
    assert [m.text for m in find_places("Кліщiївка звільнена")] == ["Кліщiївка"]  # and the other way, as before
