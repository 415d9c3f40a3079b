"""Control-claim rules on realistic reporting (2022-2024), written for these tests.

Each case is a sentence or a short article in the style of an outlet (Kyiv Independent,
Reuters, AP, BBC, Ukrinform, TASS, ISW) with every claim expected from it, as
(place, control, factuality, side). Claims flagged ``historical`` are background and
are left out of the comparison (the scorer ignores them too); everything else must
match exactly, so an unexpected claim fails a case as surely as a missing one. A field
may list alternatives ("attributed|unconfirmed") where the evaluation README allows
several readings; ``maybe`` lists claims that may or may not be produced (predictions,
which never change a status). ``background`` lists places whose claims, if any, must be
flagged historical; ``silent`` places must produce no claim at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest

from monitor.extract import extract_claims
from monitor.extract.places import find_places

Expected = tuple[str, str, str, str]  # place, control, factuality, side
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "eval" / "seeds"
DEV_EN = Path(__file__).resolve().parents[1] / "fixtures" / "eval" / "dev" / "en" / "docs"


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    claims: tuple[Expected, ...] = ()
    silent: tuple[str, ...] = ()
    background: tuple[str, ...] = ()
    maybe: tuple[Expected, ...] = ()
    published: str = "2023-09-20"
    affiliation: str | None = None


def c(place: str, control: str, factuality: str, side: str) -> Expected:
    return (place, control, factuality, side)


CASES: tuple[Case, ...] = (
    # --- gains by Ukraine ------------------------------------------------------------------
    Case("robotyne_maliar",
         "Ukrainian forces have liberated the village of Robotyne in Zaporizhzhia Oblast, Deputy Defence "
         "Minister Hanna Maliar said on Aug. 28.",
         (c("Robotyne", "ukraine", "attributed", "ukraine"),), published="2023-08-28"),
    Case("klishchiivka_reuters",
         "Ukraine's military said on Sunday it had recaptured the village of Klishchiivka, just south of "
         "Bakhmut, one of the last Russian strongholds on the city's southern flank.",
         (c("Klishchiivka", "ukraine", "attributed", "ukraine"),), silent=("Bakhmut",), published="2023-09-17"),
    Case("kherson_ap_entered",
         "KHERSON, Ukraine (AP) — Ukrainian troops entered the center of Kherson on Friday as residents "
         "cheered, hours after Russia completed its withdrawal from the city.",
         (c("Kherson", "ukraine", "asserted", "outlet"),), published="2022-11-11"),
    # Entering in a fight or a raid is fighting for the place, not holding it.
    Case("kharkiv_entered_amid_fighting",
         "Russian Forces Enter Kharkiv Amid Heavy Fighting As Kyiv Braces For Assault",
         (c("Kharkiv", "contested", "asserted", "outlet"),), published="2022-02-27"),
    Case("okhtyrka_sabotage_group_entered",
         "A Russian sabotage and reconnaissance group entered Okhtyrka on Thursday, the regional governor said.",
         (c("Okhtyrka", "contested", "attributed", "ukraine"),), published="2022-02-24"),
    Case("kharkiv_trucks_entering",
         "The BBC verified a Telegram video showing several Russian military trucks entering Kharkiv.",
         (c("Kharkiv", "contested", "asserted", "outlet"),), published="2022-02-27"),
    # Forces someone fights where they are: a fight there; forces simply there hold it (near miss).
    Case("kharkiv_fighting_troops_in_the_city",
         "Oleg Sinegubov, the head of the Kharkiv regional administration, said that Ukrainian forces were fighting "
         "Russian troops in the city of Kharkiv.",
         (c("Kharkiv", "contested", "attributed", "ukraine"),), published="2022-02-27"),
    Case("kupiansk_troops_in_raised_flag",
         "Ukrainian troops in Kupiansk raised the flag, the General Staff said.",
         (c("Kupiansk", "ukraine", "attributed", "ukraine"),), published="2022-09-10"),
    Case("izium_entered_little_resistance",  # near miss: an entry with no fight named is a gain
         "Ukrainian forces entered Izium with little resistance, the General Staff said.",
         (c("Izium", "ukraine", "attributed", "ukraine"),), published="2022-09-10"),
    # Concentrating on taking a place is fighting for it; "will focus on" is an aim (near miss).
    Case("rubizhne_focusing_on_taking",
         "Luhansk Oblast Governor Serhiy Haidai stated that Russian troops are focusing on taking full control of "
         "Rubizhne.",
         (c("Rubizhne", "contested", "attributed", "ukraine"),), published="2022-04-20"),
    Case("kherson_will_focus_on_liberating",
         "Ukraine will focus on liberating Kherson next year, the minister said.",
         (c("Kherson", "ukraine", "predicted", "ukraine"),), published="2022-07-10"),
    # The outskirts are part of the place, over a whole list; the place itself is all of it (near miss).
    Case("outskirts_list_haidai",
         "'The outskirts of Rubizhne, Lysychansk and Sievierodonetsk are under our control along with villages "
         "and towns belonging to those communities,' Serhiy Haidai said on Sunday.",
         (c("Rubizhne", "contested", "attributed", "ukraine"), c("Lysychansk", "contested", "attributed", "ukraine"),
          c("Sievierodonetsk", "contested", "attributed", "ukraine")), published="2022-05-15"),
    Case("whole_list_liberated",
         "Ukrainian troops liberated Balakliia, Izium and Kupiansk, the General Staff said.",
         (c("Balakliia", "ukraine", "attributed", "ukraine"), c("Izium", "ukraine", "attributed", "ukraine"),
          c("Kupiansk", "ukraine", "attributed", "ukraine")), published="2022-09-11"),
    # A battle said to be lost is over, each one of its list too; fighters lost in a battle are not (near miss).
    Case("battles_lost_not_only",
         "According to him, 'Russia has already lost not only the battle for Kharkiv, not only the battle for Kiev "
         "and the north of our country.'",
         (), silent=("Kharkiv", "Kyiv"), published="2022-05-29"),
    Case("fighters_lost_in_the_battle",
         "Wagner lost hundreds of fighters in the battle for Bakhmut, the Ukrainian military said.",
         (c("Bakhmut", "contested", "attributed", "ukraine"),), published="2023-03-01"),
    # Fighting in a relative "where" clause is about the place the clause opens on; other "where"
    # clauses, and fighting that ended, are not (near misses).
    Case("bakhmut_where_locked_in_fighting",
         "Wagner fighters were seen in Soledar, near the city of Bakhmut, where Russian and Ukrainian forces have "
         "been locked in heavy fighting for months.",
         (c("Bakhmut", "contested", "asserted", "outlet"),),
         maybe=(c("Soledar", "russia|contested", "asserted", "outlet"),),
         published="2023-01-11"),
    Case("bakhmut_where_battles_raging",
         "Zelensky travelled to Bakhmut, where fierce battles are raging, to award soldiers.",
         (c("Bakhmut", "contested", "asserted", "outlet"),), published="2022-12-20"),
    Case("where_fighting_ended_long_ago",
         "He visited Kramatorsk, where fighting ended in 2014, and refugees arrived in Lviv, where they were housed in "
         "schools.",
         (), silent=("Kramatorsk", "Lviv"), published="2023-05-01"),
    # "secured" a place is taking it; securing funding, a road near a place or exports from it is not.
    Case("storozheve_had_been_secured",
         "Maliar added on Telegram that a fourth village, Storozheve, had been secured.",
         (c("Storozheve", "ukraine", "attributed", "ukraine"),), published="2023-06-12"),
    Case("secured_funding_road_exports",
         "The Russians secured funding for Mariupol's reconstruction. Ukrainian troops secured the road near "
         "Kupiansk. The agreement secured grain exports from Odesa.",
         (), silent=("Mariupol", "Kupiansk", "Odesa"), published="2023-06-12"),
    # Troops with no side named leaving a place, as their speaker reports it: the speaker's own troops;
    # residents leaving are no claim (near miss).
    Case("lyman_the_troops_had_to_leave_moscow",
         "The troops had to leave the city of Krasny Liman due to the threat of encirclement, Moscow has confirmed.",
         (c("Lyman", "ukraine", "attributed", "russia"),), published="2022-10-01"),
    # "the General Staff" is the army's command, not staff who leave (near miss: a hospital's staff evacuated).
    Case("chief_of_general_staff_announced_withdrawal",
         "Chief of General Staff Oleksandr Syrskyi announced the withdrawal of Ukrainian troops from Avdiivka.",
         (c("Avdiivka", "russia", "attributed", "ukraine"),), published="2024-02-17"),
    Case("hospital_staff_evacuated",
         "The hospital staff announced the evacuation of patients from Kupiansk.",
         (), silent=("Kupiansk",), published="2024-02-17"),
    # "Our troops are in X" said by a side's voice: that side's forces are there (near miss: no voice, no side).
    Case("our_troops_are_in_said_by_the_general_staff",
         "Our troops are in Kupiansk, the Ukrainian General Staff said.",
         (c("Kupiansk", "ukraine", "attributed", "ukraine"),), published="2024-02-17"),
    Case("our_troops_are_in_no_voice",
         "Our troops are in Kupiansk.",
         (), silent=("Kupiansk",), published="2024-02-17"),
    Case("residents_had_to_leave",
         "The residents had to leave Kupiansk, the governor said.",
         (), silent=("Kupiansk",), published="2022-10-01"),
    # The enemy taking positions on a town's streets is fighting in it; troops taking up positions in a town
    # after its liberation hold it, not fight for it (near miss: no claim from this rule).
    Case("vovchansk_positions_on_the_streets",
         "The enemy is taking positions on the streets of Vovchansk, the police chief said.",
         (c("Vovchansk", "contested", "attributed", "ukraine|third_party"),), published="2024-05-13"),
    Case("positions_taken_after_liberation",
         "Ukrainian troops took up positions in Kupiansk after its liberation.",
         (), maybe=(c("Kupiansk", "ukraine", "asserted", "outlet"),), published="2022-09-12"),
    Case("syrskyi_three_villages",
         "The Defense Forces of Ukraine have liberated Andriivka, Klishchiivka and Kurdiumivka near Bakhmut, "
         "Commander of the Ground Forces Oleksandr Syrskyi said on Telegram.",
         (c("Andriivka", "ukraine", "attributed", "ukraine"), c("Klishchiivka", "ukraine", "attributed", "ukraine"),
          c("Kurdiumivka", "ukraine", "attributed", "ukraine")), silent=("Bakhmut",)),
    Case("flag_over_urozhaine_bbc",
         "Ukrainian soldiers have raised their flag over the village of Urozhaine in the south-east, the "
         "country's military says.",
         (c("Urozhaine", "ukraine", "attributed", "ukraine"),), published="2023-08-16"),
    Case("long_list_kharkiv",
         "In the Kharkiv region, Ukrainian troops liberated Hrakove, Shevchenkove, Kozacha Lopan, Velykyi "
         "Burluk, Kivsharivka and Borova.",
         tuple(c(p, "ukraine", "asserted", "outlet") for p in
               ("Hrakove", "Shevchenkove", "Kozacha Lopan", "Velykyi Burluk", "Kivsharivka", "Borova")),
         silent=("Kharkiv",), published="2022-09-30"),
    Case("ukrinform_affiliation_list",
         "Since the start of the counteroffensive, the Defense Forces have liberated Neskuchne, Storozheve, "
         "Blahodatne, Makarivka, Levadne, Novodarivka, Lobkove and Piatykhatky.",
         tuple(c(p, "ukraine", "asserted", "outlet") for p in
               ("Neskuchne", "Storozheve", "Blahodatne", "Makarivka", "Levadne", "Novodarivka", "Lobkove",
                "Piatykhatky")), published="2023-07-05", affiliation="ukraine"),
    Case("general_staff_colon_list",
         "Ukraine's General Staff listed the settlements recaptured this week: Urozhaine, Staromaiorske and "
         "Blahodatne.",
         (c("Urozhaine", "ukraine", "attributed", "ukraine"), c("Staromaiorske", "ukraine", "attributed", "ukraine"),
          c("Blahodatne", "ukraine", "attributed", "ukraine"))),
    Case("the_villages_of_list",
         "Ukrainian marines retook the villages of Storozheve, Makarivka and Neskuchne in the south of "
         "Donetsk Oblast, the brigade said in a video statement.",
         (c("Storozheve", "ukraine", "attributed", "ukraine"), c("Makarivka", "ukraine", "attributed", "ukraine"),
          c("Neskuchne", "ukraine", "attributed", "ukraine")), published="2023-06-12"),
    Case("counted_settlements_including",
         "Over the past day, the Ukrainian military liberated 12 settlements in the south, including Kyselivka, "
         "Chornobaivka and Blahodatne.",
         (c("Kyselivka", "ukraine", "asserted", "outlet"), c("Chornobaivka", "ukraine", "asserted", "outlet"),
          c("Blahodatne", "ukraine", "asserted", "outlet")), published="2022-11-11"),
    Case("counted_villages_near_including",
         "Ukrainian troops recaptured three villages near Bakhmut, including Andriivka and Klishchiivka.",
         (c("Andriivka", "ukraine", "asserted", "outlet"), c("Klishchiivka", "ukraine", "asserted", "outlet")),
         silent=("Bakhmut",)),
    Case("villages_named_in_next_sentence",
         "Russia says its forces have captured five villages in north-eastern Ukraine. The defence ministry in "
         "Moscow named the villages as Strilecha, Pylna, Borysivka, Ohirtseve and Pletenivka.",
         tuple(c(p, "russia", "attributed", "russia") for p in
               ("Strilecha", "Pylna", "Borysivka", "Ohirtseve", "Pletenivka")), published="2024-05-12"),
    Case("counted_villages_then_unrelated_place",
         "Russia says its forces have captured five villages in north-eastern Ukraine. Kharkiv was shelled "
         "overnight, the governor said.",
         (), silent=("Kharkiv",), published="2024-05-12"),
    Case("returning_under_the_control_of_ukraine_statement_reads",
         "\"Kherson is returning under the control of Ukraine,\" the statement by Ukraine's military intelligence "
         "reads.",
         (c("Kherson", "ukraine", "attributed", "ukraine"),), published="2022-11-11"),
    Case("snihurivka_announced_liberation",
         "Ukraine's Operational Command South announced the liberation of Snihurivka in Mykolaiv Oblast.",
         (c("Snihurivka", "ukraine", "attributed", "ukraine"),), published="2022-11-10"),
    Case("recapture_possessive",
         "Ukraine's recapture of Lyman opened the road to Kreminna and Svatove.",
         (c("Lyman", "ukraine", "asserted", "outlet"),), silent=("Kreminna", "Svatove"), published="2022-10-03"),
    Case("the_ukrainians_retook",
         "The Ukrainians retook Kupiansk after Russian units fled across the Oskil.",
         (c("Kupiansk", "ukraine", "asserted", "outlet"),), published="2022-09-11"),
    Case("retaken_by_ukrainian_forces",
         "Robotyne was retaken by Ukrainian forces after weeks of fighting, according to the BBC.",
         (c("Robotyne", "ukraine", "attributed|asserted", "third_party|outlet"),), published="2023-08-29"),
    Case("ukrainian_town_of",
         "Ukrainian forces recaptured the strategically important eastern Ukrainian town of Lyman on Saturday.",
         (c("Lyman", "ukraine", "asserted", "outlet"),), published="2022-10-01"),

    Case("reclaimed",
         "Ukrainian troops reclaimed Vilkhivka, east of Kharkiv, after days of heavy fighting.",
         (c("Vilkhivka", "ukraine", "asserted", "outlet"),), silent=("Kharkiv",), published="2022-05-08"),
    Case("flag_flies_over",
         "The Ukrainian flag now flies over Snihurivka, the regional governor said.",
         (c("Snihurivka", "ukraine", "attributed", "ukraine"),), published="2022-11-10"),

    # --- gains by Russia --------------------------------------------------------------------
    # "the town was taken" in the next sentence: the town named before, even when the sentence goes on
    # to name where it lies or what taking it opens (near miss: two towns before, no claim for either).
    Case("the_town_was_taken_then_what_it_opens",
         "Russian forces have entered Krasnohorivka, the Russian Defence Ministry said on Tuesday. The ministry "
         "said the town was taken after weeks of strikes and that holding it opens the road to Kurakhove.",
         (c("Krasnohorivka", "contested", "attributed", "russia"), c("Krasnohorivka", "russia", "attributed", "russia")),
         silent=("Kurakhove",), published="2024-09-10"),  # the entry is the fight; "was taken" the capture
    # "the fortress": a settlement's epithet, as "the city" (near miss: two towns named before it)
    Case("the_fortress_fell",
         "Russian troops have captured Vuhledar, the defence ministry said on Wednesday. The fortress fell after "
         "two years of assaults, the ministry added.",
         (c("Vuhledar", "russia", "attributed", "russia"),), published="2024-10-02"),
    Case("the_fortress_fell_after_two_towns",
         "Russian troops shelled Vuhledar and Pavlivka on Wednesday. The fortress fell after two years of assaults, "
         "the ministry added.",
         silent=("Vuhledar", "Pavlivka"), published="2024-10-02"),
    # A count of villages, then "with A and B among those retaken" (near miss: "among the towns shelled" names
    # the places of another verb)
    Case("counted_with_among_those",
         "In Zaporizhzhia Oblast, control over 14 villages has been regained, with Novodarivka and Levadne among "
         "those retaken, the ministry said.",
         (c("Novodarivka", "russia", "attributed", "russia"), c("Levadne", "russia", "attributed", "russia")),
         published="2025-06-20", affiliation="russia"),
    Case("counted_with_among_other_verb",
         "In Zaporizhzhia Oblast, 14 villages have been regained, the ministry said, while Novodarivka and Levadne "
         "were among the towns shelled overnight.",
         silent=("Novodarivka", "Levadne"), published="2025-06-20", affiliation="russia"),
    Case("the_town_was_taken_after_two_towns",
         "Russian forces shelled Krasnohorivka and Kurakhove overnight, officials said. The ministry said the "
         "town was taken after weeks of strikes, opening the road to Pokrovsk.",
         silent=("Krasnohorivka", "Kurakhove", "Pokrovsk"), published="2024-09-10"),
    Case("tass_avdeyevka",
         "MOSCOW, February 17. /TASS/. Russian troops have fully liberated Avdeyevka in the Donetsk People's "
         "Republic, Defense Minister Sergey Shoigu reported to Russian President Vladimir Putin.",
         (c("Avdiivka", "russia", "attributed", "russia"),), published="2024-02-17"),
    Case("ocheretyne_mod",
         "Russian forces have captured the village of Ocheretyne, northwest of Avdiivka, the Russian Defence "
         "Ministry said on Sunday.",
         (c("Ocheretyne", "russia", "attributed", "russia"),), silent=("Avdiivka",), published="2024-05-05"),
    Case("marinka_shoigu",
         "Russian forces captured the eastern town of Marinka after more than a year of fighting, Defence "
         "Minister Sergei Shoigu told President Vladimir Putin.",
         (c("Marinka", "russia", "attributed", "russia"),), published="2023-12-25"),
    Case("mod_its_forces_artyomovsk",
         "The Russian Defence Ministry said on Saturday that its forces had fully liberated Artyomovsk.",
         (c("Bakhmut", "russia", "attributed", "russia"),), published="2023-05-20"),
    Case("mod_pronoun_speaker_next_sentence",
         "Russia's Defence Ministry gave its daily briefing on Tuesday. It said its forces had captured the "
         "village of Novomykhailivka near Marinka.",
         (c("Novomykhailivka", "russia", "attributed", "russia"),), silent=("Marinka",)),
    Case("mod_liberated_without_nationality",
         "The Russian Defense Ministry reported further advances on Tuesday. Units of the Southern group of "
         "forces liberated Krasnohorivka in the Donetsk People's Republic, the ministry said.",
         (c("Krasnohorivka", "russia", "attributed", "russia"),), published="2024-09-10"),
    Case("russian_affiliation_own_voice",
         "Units of the Southern group of forces have liberated the settlement of Urozhaine.",
         (c("Urozhaine", "russia", "asserted", "outlet"),), published="2024-08-05", affiliation="russia"),
    Case("kiev_regime_forces_abandoned_ugledar",
         "Kiev regime forces abandoned Ugledar after suffering heavy losses.",
         (c("Vuhledar", "russia", "asserted", "outlet"),), published="2024-10-02", affiliation="russia"),
    Case("russia_claimed_to_have_captured",
         "Russia claimed on Friday to have captured Avdeyevka, a claim Ukraine did not immediately confirm.",
         (c("Avdiivka", "russia", "attributed", "russia"),), published="2024-02-16"),
    Case("prigozhin_his_forces",
         "Wagner chief Yevgeny Prigozhin claimed Saturday that his forces had taken control of Bakhmut, the "
         "site of the longest and bloodiest battle of the war.",
         (c("Bakhmut", "russia", "attributed", "russia"),), published="2023-05-20"),
    Case("villages_west_of_avdiivka",
         "Russian forces have captured the villages of Stepove, Berdychi and Semenivka, west of Avdiivka, the "
         "Russian Defence Ministry said.",
         (c("Stepove", "russia", "attributed", "russia"), c("Berdychi", "russia", "attributed", "russia"),
          c("Semenivka", "russia", "attributed", "russia")), silent=("Avdiivka",), published="2024-03-01"),
    Case("battlegroup_enemys_defences_quote",
         "The Russian Defense Ministry reported on Friday. \"Units of the Battlegroup Center continued advancing deep "
         "into the enemy's defenses and liberated the settlements of Arkhangelskoye and Keramik,\" the ministry said in "
         "a statement.",
         (c("Arkhanhelske", "russia", "attributed", "russia"), c("Keramik", "russia", "attributed", "russia")),
         published="2024-05-10"),
    Case("battlegroup_actor_own_voice",
         "Units of the Battlegroup West liberated the settlement of Synkivka over the past day.",
         (c("Synkivka", "russia", "asserted", "outlet"),), published="2024-02-09"),
    Case("unknown_name_inside_list",
         "The Russian Defence Ministry gave an update on Friday. Earlier, Russian forces liberated Novomikhailovka, "
         "Pobeda and Krasnogorovka, the ministry reported.",
         (c("Novomykhailivka", "russia", "attributed", "russia"), c("Krasnohorivka", "russia", "attributed", "russia")),
         published="2024-09-20"),
    Case("several_villages_including",
         "Russia's defence ministry said on Sunday its forces had taken full control of Lysychansk and several nearby "
         "villages, including Verkhnokamianka, Zolotarivka and Bilohorivka.",
         tuple(c(p, "russia", "attributed", "russia") for p in
               ("Lysychansk", "Verkhnokamianka", "Zolotarivka", "Bilohorivka")), published="2022-07-04"),
    Case("wagners_control_quoted_adverb",
         "Yevgeny Prigozhin said in a video that Bakhmut was \"completely\" under Wagner's control.",
         (c("Bakhmut", "russia", "attributed", "russia"),), published="2023-05-21"),
    Case("tass_reported_near_artyomovsk",
         "Russian forces have liberated the settlement of Ivanivske near Artyomovsk, the TASS news agency "
         "reported.",
         (c("Ivanivske", "russia", "attributed", "russia"),), silent=("Bakhmut",), published="2024-01-20"),
    Case("konashenkov_colon_quote",
         "Konashenkov said: \"Units of the Western group of forces liberated Synkivka.\"",
         (c("Synkivka", "russia", "attributed", "russia"),), published="2024-02-09"),
    Case("channel_passive_by_russian",
         "Pervomaiske was taken by Russian troops, the pro-Russian Telegram channel Rybar reported.",
         (c("Pervomaiske", "russia", "unconfirmed", "russia"),), published="2024-02-25"),
    Case("british_intelligence_likely",
         "British intelligence said Russian forces had likely taken control of Marinka.",
         (c("Marinka", "russia", "unconfirmed|attributed", "third_party"),), published="2023-12-27"),
    Case("isw_likely_captured",
         "Russian forces likely captured Pervomaiske, southwest of Avdiivka, the Institute for the Study of "
         "War assessed.",
         (c("Pervomaiske", "russia", "unconfirmed|attributed", "third_party"),), silent=("Avdiivka",),
         published="2024-03-11"),
    Case("isw_assesses_likely_seized",
         "ISW assesses that Russian forces likely seized Avdiivka on February 17.",
         (c("Avdiivka", "russia", "unconfirmed|attributed", "third_party"),), published="2024-02-18"),
    Case("isw_not_observed_confirmation",
         "Russian milbloggers claimed that Russian forces captured Staromaiorske, but ISW has not observed "
         "confirmation of these claims.",
         (c("Staromaiorske", "russia", "unconfirmed", "russia"),), published="2024-01-20"),
    Case("russian_sources_not_observed_confirmation",
         "Russian sources claimed that Russian forces seized Krynky, but ISW has not observed visual confirmation.",
         (c("Krynky", "russia", "unconfirmed", "russia"),), published="2024-01-20"),
    Case("russian_seizure_of_soledar",
         "Russia's seizure of Soledar was its first significant gain in months.",
         (c("Soledar", "russia", "asserted", "outlet"),), published="2023-01-16"),
    Case("overran",
         "Russian troops overran Novobakhmutivka and pushed towards Ocheretyne.",
         (c("Novobakhmutivka", "russia", "asserted", "outlet"),), silent=("Ocheretyne",), published="2024-04-15"),
    Case("fell_to_russian_forces",
         "Vuhledar fell to Russian forces on Wednesday after a two-year defence.",
         (c("Vuhledar", "russia", "asserted", "outlet"),), published="2024-10-02"),

    # --- losses: the side that left --------------------------------------------------------
    Case("syrskyi_withdraw_avdiivka",
         "Ukraine's top military commander, Oleksandr Syrskyi, said early Saturday he had decided to withdraw "
         "troops from Avdiivka to avoid encirclement.",
         (c("Avdiivka", "russia", "attributed", "ukraine"),), published="2024-02-17"),
    Case("pulled_out_of_lysychansk",
         "Ukraine's military confirmed on Sunday that its troops had pulled out of Lysychansk after weeks of "
         "fierce fighting.",
         (c("Lysychansk", "russia", "attributed", "ukraine"),), published="2022-07-03"),
    Case("retreated_from_soledar",
         "Ukraine's armed forces said on Wednesday that its troops had retreated from Soledar.",
         (c("Soledar", "russia", "attributed", "ukraine"),), published="2023-01-25"),
    Case("russia_withdrawal_of_its_troops_kherson",
         "Russia said on Friday it had completed the withdrawal of its troops from Kherson, the only regional "
         "capital it had captured since the invasion.",
         (c("Kherson", "ukraine", "attributed", "russia"),), published="2022-11-11"),
    Case("withdraw_from_bank_including_city",
         "Russia's defence minister Sergei Shoigu ordered Russian troops to withdraw from the west bank of the "
         "Dnipro River, including the city of Kherson.",
         (c("Kherson", "ukraine", "asserted|attributed", "outlet|russia"),), published="2022-11-09"),
    Case("no_signs_of_leaving",
         "Mykhailo Podolyak, an adviser to President Volodymyr Zelensky, said there were no signs Russia was leaving "
         "Kherson without a fight.",
         (), silent=("Kherson",), published="2022-11-09"),
    Case("appositive_between_subject_and_verb",
         "Snihurivka, a town 50 km north-east of Mykolaiv, was liberated, Ukraine's armed forces said on Thursday.",
         (c("Snihurivka", "ukraine", "attributed", "ukraine"),), silent=("Mykolaiv",), published="2022-11-10"),
    Case("relative_aside_actor_is_not_the_agent",
         "Izium, which Russia seized in April, was liberated on Saturday, Ukraine's military said.",
         (c("Izium", "ukraine", "attributed", "ukraine"),), published="2022-09-11"),
    Case("krasny_liman_allied_troops",
         "Due to the threat of encirclement, allied troops were withdrawn from Krasny Liman to more advantageous "
         "lines, the Russian Defense Ministry said.",
         (c("Lyman", "ukraine", "attributed", "russia"),), published="2022-10-01"),
    Case("regroup_forces_stationed_near",
         "To achieve the stated goals of the special military operation, a decision was made to regroup the "
         "forces stationed near Balakleya and Izyum to increase efforts in the Donetsk direction, the Russian "
         "defence ministry announced.",
         (c("Balakliia", "ukraine", "attributed", "russia"), c("Izium", "ukraine", "attributed", "russia")),
         silent=("Donetsk",), published="2022-09-10"),
    Case("yes_we_left_izium_proxy",
         "Vitaly Ganchev, head of the Russian-installed administration in occupied parts of Kharkiv region, "
         "told Rossiya-24: \"Yes, we left Izium. The situation is difficult.\"",
         (c("Izium", "ukraine", "attributed", "russia"),), silent=("Kharkiv",), published="2022-09-11"),
    Case("abandoned_bucha_irpin_hostomel",
         "Russian forces have abandoned Bucha, Irpin and Hostomel as they pull back from around Kyiv, "
         "Ukrainian officials said on Saturday.",
         (c("Bucha", "ukraine", "attributed", "ukraine"), c("Irpin", "ukraine", "attributed", "ukraine"),
          c("Hostomel", "ukraine", "attributed", "ukraine")), silent=("Kyiv",), published="2022-04-02"),
    Case("withdrew_from_villages_spokesman",
         "Ukraine's army withdrew from the villages of Stepove and Berdychi west of Avdiivka, a spokesman said.",
         (c("Stepove", "russia", "attributed", "ukraine"), c("Berdychi", "russia", "attributed", "ukraine")),
         silent=("Avdiivka",), published="2024-02-26"),
    Case("drove_russians_out_of",
         "Ukrainian troops drove Russian forces out of Kyslivka, a village east of Kupiansk.",
         (c("Kyslivka", "ukraine", "asserted", "outlet"),), silent=("Kupiansk",), published="2022-10-05"),
    Case("withdrawal_of_russian_troops_confirmed_by_governor",
         "The withdrawal of Russian troops from Bilohorivka was confirmed by the Luhansk regional governor, "
         "Serhiy Haidai.",
         (c("Bilohorivka", "ukraine", "attributed", "ukraine"),), published="2022-09-19"),
    Case("occupiers_fled",
         "The occupiers fled from Kherson, leaving behind mines and destroyed infrastructure, Ukraine's "
         "President Volodymyr Zelensky said.",
         (c("Kherson", "ukraine", "attributed", "ukraine"),), published="2022-11-12"),

    # --- holds ------------------------------------------------------------------------------
    Case("under_our_control_russian_appointed",
         "\"Vasylivka is quiet and it's under our control,\" said Yevgeny Balitsky, the Russian-installed "
         "governor of the Zaporizhzhia region.",
         (c("Vasylivka", "russia", "attributed", "russia"),), silent=("Zaporizhzhia",)),
    Case("under_our_control_ukrainian",
         "\"Kupiansk is under our control,\" Ukrainian commander Oleksandr Syrskyi said during a visit to the "
         "front.",
         (c("Kupiansk", "ukraine", "attributed", "ukraine"),), published="2023-07-30"),
    Case("in_control_of",
         "Russian forces are in control of Kreminna and Svatove, the governor said.",
         (c("Kreminna", "russia", "attributed", "ukraine"), c("Svatove", "russia", "attributed", "ukraine")),
         published="2023-03-01"),
    Case("apposition_subject_said_town_remained",
         "The pro-Russian head of the Donetsk separatists, Denis Pushilin, said the situation around Lyman was "
         "difficult but the town remained in Russian hands.",
         (c("Lyman", "russia", "attributed", "russia"),), silent=("Donetsk",), published="2022-09-28"),
    Case("russia_installed_war_bloggers",
         "Russia-installed officials and Russian war bloggers said Russian troops had entered Robotyne.",
         (c("Robotyne", "contested", "attributed|unconfirmed", "russia"),), published="2024-02-19"),
    Case("remains_in_ukrainian_hands",
         "Vuhledar remains in Ukrainian hands despite months of Russian assaults.",
         (c("Vuhledar", "ukraine", "asserted", "outlet"),), published="2023-03-01"),
    Case("remains_under_russian_control_according_to",
         "Kreminna remains under Russian control, according to Ukrainian officials.",
         (c("Kreminna", "russia", "attributed", "ukraine"),), published="2023-01-10"),
    Case("barabash_city_administration",
         "Avdiivka remains under Ukrainian control, the head of the city's military administration, Vitaliy "
         "Barabash, said.",
         (c("Avdiivka", "ukraine", "attributed", "ukraine"),), published="2023-10-20"),
    Case("russian_occupied_adjective",
         "Ukraine's forces are advancing toward Russian-occupied Tokmak.",
         (c("Tokmak", "russia", "asserted", "outlet"),), published="2023-09-01"),
    Case("still_hold_the_town",
         "Ukrainian troops still hold the town of Chasiv Yar, a military spokesman said.",
         (c("Chasiv Yar", "ukraine", "attributed", "ukraine"),), published="2024-05-10"),

    # --- contested --------------------------------------------------------------------------
    Case("fighting_under_way_in",
         "Fierce fighting is under way in Bakhmut, where Wagner fighters are trying to encircle Ukrainian units.",
         (c("Bakhmut", "contested", "asserted", "outlet"),), published="2023-02-20"),
    Case("street_battles_raging",
         "Street battles are raging in Sievierodonetsk, Luhansk Governor Serhiy Haidai said.",
         (c("Sievierodonetsk", "contested", "attributed", "ukraine"),), published="2022-06-08"),
    Case("surrounded_on_three_sides",
         "Russian troops have surrounded Avdiivka on three sides.",
         (c("Avdiivka", "contested", "asserted", "outlet"),), published="2023-11-01"),
    Case("on_the_outskirts_troops",
         "Ukrainian troops are on the outskirts of Kherson, a regional official said.",
         (c("Kherson", "contested", "attributed", "ukraine"),), published="2022-11-09"),
    Case("on_the_approaches_troops",
         "He said Russian troops were already on the approaches to the village of Lyptsi.",
         (c("Lyptsi", "contested", "asserted|attributed", "third_party|russia|outlet"),), published="2024-05-11"),
    Case("approaches_shelled",
         "A missile hit a bridge on the approaches to Zaporizhzhia overnight, the governor said.",
         (), silent=("Zaporizhzhia",), published="2024-05-11"),
    Case("fighting_over_the_town",
         "Russian troops are two kilometres from Selydove. Fighting over the town has already begun.",
         (c("Selydove", "contested", "asserted", "outlet"),), published="2024-10-01"),
    Case("fighting_over_a_status",
         "Fighting over the status of Crimea divided the delegations in Istanbul.",
         (), silent=("Crimea",), published="2022-03-30"),
    Case("approaches_fighting_only",
         "Intense fighting continues near Ivanove and on the approaches to Chasiv Yar.",
         (), silent=("Chasiv Yar",), published="2024-05-23"),
    Case("fell_after_weeks_of_fighting_over",
         "Sievierodonetsk was fully occupied by the Russian army, its mayor said, after weeks of fighting over the "
         "key eastern city.",
         (c("Sievierodonetsk", "russia", "attributed", "ukraine"),), published="2022-06-25"),
    Case("weeks_of_fighting_no_change",
         "After two weeks of fighting in Bakhmut, Russian troops have not advanced.",
         (c("Bakhmut", "contested", "asserted", "outlet"),), published="2023-01-20"),
    # Two predicates of one subject: the second has none of its own.
    Case("shared_subject_second_predicate",
         "The towns of Pletenivka, Ohirtseve and Borysivka are located in Ukraine’s Kharkiv region on the border "
         "with Russia’s Belgorod region, and according to Russia’s Ministry of Defense are under Russian control.",
         (c("Pletenivka", "russia", "attributed", "russia"), c("Ohirtseve", "russia", "attributed", "russia"),
          c("Borysivka", "russia", "attributed", "russia")), published="2024-05-11"),
    Case("shared_subject_remains",
         "Kupiansk was shelled overnight and remains under Ukrainian control.",
         (c("Kupiansk", "ukraine", "asserted", "outlet"),), published="2024-05-11"),
    Case("shared_subject_residents_of",
         "Residents of Izium are tired of the war and are under Russian control.",
         (), silent=("Izium",), published="2022-05-01"),
    Case("second_clause_own_subject",
         "Kupiansk is a railway hub, and the villages around it are under Russian control.",
         (), silent=("Kupiansk",), published="2022-05-01"),
    Case("numbered_division_is_an_actor",
         "Elements of the Russian 90th Tank Division captured Selydove after an advance along the E50 route.",
         (c("Selydove", "russia", "asserted", "outlet"),), published="2024-08-29"),
    Case("pulled_back_from_around",
         "Some Russian troops remained in the northern Ukrainian region of Chernihiv on Monday after pulling back "
         "from around the region’s main city of Chernihiv, regional governor Viacheslav Chaus said.",
         (c("Chernihiv", "ukraine", "attributed", "ukraine"),), published="2022-04-04"),
    Case("withdrew_from_villages_around",
         "Russian troops withdrew from villages around Kharkiv, the governor said.",
         (), silent=("Kharkiv",), published="2022-05-14"),
    Case("participle_after_conjunction_has_main_subject",
         "Ukrainian forces regrouped near Kramatorsk after withdrawing from Lyman, the General Staff said.",
         (c("Lyman", "russia", "attributed", "ukraine"),), published="2022-05-27"),
    Case("entered_but_fighting_goes_on",
         "Ukrainian troops entered Lyman, but fighting is still going on in the city.",
         (c("Lyman", "contested", "asserted", "outlet"),), published="2022-10-01"),
    Case("unnamed_source_is_a_hedge",
         "An unnamed source in the Ukrainian military told CNN that Ukrainian forces had liberated Pravdyne.",
         (c("Pravdyne", "ukraine", "unconfirmed", "ukraine|third_party"),), published="2022-08-30"),
    Case("editorial_bracket_keeps_the_future",
         "“We will [next] liberate Bucha, Vorzel and Hostomel,” the mayor said.",
         (c("Bucha", "ukraine", "predicted", "ukraine|outlet|third_party"),
          c("Vorzel", "ukraine", "predicted", "ukraine|outlet|third_party"),
          c("Hostomel", "ukraine", "predicted", "ukraine|outlet|third_party")), published="2022-03-28"),
    # A day named over a month before the article is background; a recent one is news.
    Case("day_named_weeks_before_is_background",
         "Earlier, on Aug. 29, the General Staff said Ukrainian forces had liberated Pravdyne.",
         (), background=("Pravdyne",), published="2022-10-03"),
    Case("day_named_days_before_is_news",
         "On Sept. 30, the General Staff said Ukrainian forces had liberated Pravdyne.",
         (c("Pravdyne", "ukraine", "attributed", "ukraine"),), published="2022-10-03"),
    Case("counted_villages_then_their_names",
         "Ukrainian forces recaptured two villages in the north of the Kherson region, Andriivka and Lozove, "
         "coming closer to the city of Kherson.",
         (c("Andriivka", "ukraine", "asserted", "outlet"), c("Lozove", "ukraine", "asserted", "outlet")),
         silent=("Kherson",), published="2022-07-27"),
    Case("counted_villages_shelled",
         "Russian forces shelled two villages in the Kharkiv region, Andriivka and Lozove.",
         (), silent=("Andriivka", "Lozove"), published="2022-07-27"),
    Case("bracketed_forces_are_in",
         "“[Ukrainian troops] are in Torske,” the governor wrote.",
         (c("Torske", "ukraine", "attributed|asserted", "ukraine|outlet|third_party"),), published="2022-10-03"),
    Case("forces_are_attacking",
         "Pro-Russian separatists said Moscow’s forces were now attacking Lysychansk.",
         (c("Lysychansk", "contested", "attributed", "russia"),), published="2022-06-25"),
    Case("attacking_with_drones_is_a_strike",
         "Russian forces are attacking Kharkiv with drones every night.",
         (), silent=("Kharkiv",), published="2024-06-01"),
    Case("attacked_overnight_is_a_strike",
         "Russian forces attacked Kharkiv overnight, the governor said.",
         (), silent=("Kharkiv",), published="2024-06-01"),
    Case("advance_into_coordinated_parts",
         "This allows Russian forces to advance slowly into the eastern and central parts of Kurakhove.",
         (c("Kurakhove", "contested", "asserted", "outlet"),), published="2024-11-20"),
    Case("the_village_is_the_last_one_named",
         "Ukraine's forces retook Klishchiivka on Sunday. The announcement came after Ukraine's armed forces said "
         "on Friday that the village of Andriivka, also located south of the city of Bakhmut, had been retaken. A day "
         "later, Russia denied its forces had been pushed out of the frontline village.",
         (c("Klishchiivka", "ukraine", "asserted", "outlet"), c("Andriivka", "ukraine", "attributed", "ukraine"),
          c("Andriivka", "ukraine", "denied", "russia")), published="2023-09-17"),
    Case("the_city_stays_ambiguous",
         "Russia has been trying to capture Avdiivka for months. It is its largest gain since Russian forces "
         "seized the city of Bakhmut last May. \"I decided to withdraw our units from the city,\" Syrsky said.",
         (c("Avdiivka", "contested", "asserted", "outlet"), c("Bakhmut", "russia", "asserted", "outlet")),
         published="2024-02-17"),
    Case("stormed_marinka",
         "Russian forces stormed Marinka again on Tuesday.",
         (c("Marinka", "contested", "asserted", "outlet"),), published="2023-04-11"),
    Case("battle_for_bakhmut",
         "The battle for Bakhmut has become the longest of the war.",
         (c("Bakhmut", "contested", "asserted", "outlet"),), published="2023-04-11"),
    Case("encircled_town_of",
         "Ukrainian forces have encircled the town of Lyman, a key logistics hub for Russia.",
         (c("Lyman", "contested", "asserted", "outlet"),), published="2022-09-30"),

    # --- attribution, hedges, predictions, denials -----------------------------------------
    Case("abbreviated_speaker",
         "The Russian Ministry of Defense (MoD) claimed that Russian forces liberated Robotyne, although ISW has not "
         "observed confirmation.",
         (c("Robotyne", "russia", "attributed|unconfirmed", "russia"),), published="2024-02-18"),
    Case("ruined_city_anaphor",
         "The head of Wagner claimed Saturday that his forces had taken control of Bakhmut, but Ukraine's military "
         "said fighting was still under way in the ruined city.",
         (c("Bakhmut", "russia", "attributed", "russia"), c("Bakhmut", "contested", "attributed", "ukraine")),
         published="2023-05-21"),
    Case("zelensky_our_troops_quote",
         "\"Our troops have liberated Klishchiivka,\" Zelensky said in his nightly address.",
         (c("Klishchiivka", "ukraine", "attributed", "ukraine"),)),
    Case("according_to_milbloggers",
         "According to Russian military bloggers, Ukrainian forces have entered Krynky on the left bank of the "
         "Dnipro.",
         (c("Krynky", "ukraine", "unconfirmed", "russia"),), published="2023-10-20"),
    Case("reportedly_captured",
         "Russian forces have reportedly captured the village of Orlivka, west of Avdiivka.",
         (c("Orlivka", "russia", "unconfirmed", "outlet"),), silent=("Avdiivka",), published="2024-03-02"),
    Case("unconfirmed_reports_telegram",
         "Unconfirmed reports on Russian Telegram channels said Ukrainian troops had entered Kreminna.",
         (c("Kreminna", "ukraine", "unconfirmed", "russia|third_party"),), published="2022-10-08"),
    Case("telegram_channels_claimed",
         "Pro-Russian Telegram channels claimed that Russian troops had entered Novomykhailivka.",
         (c("Novomykhailivka", "contested", "unconfirmed", "russia"),), published="2023-11-05"),
    Case("according_to_telegram_channels",
         "According to local Telegram channels, Ukrainian troops have entered Oleshky.",
         (c("Oleshky", "ukraine", "unconfirmed", "third_party|ukraine|russia"),), published="2023-11-05"),
    Case("could_not_be_verified_same_sentence",
         "Russia said its troops had taken Novoselivka, a claim that could not be independently verified.",
         (c("Novoselivka", "russia", "unconfirmed", "russia"),)),
    Case("could_not_verify_next_sentence",
         "Russia's defence ministry said its troops had taken Novoselivka. Reuters could not independently "
         "verify the report.",
         (c("Novoselivka", "russia", "attributed|unconfirmed", "russia"),)),
    Case("likely_to_capture_next_hours",
         "Ukrainian forces are likely to capture Kupyansk in the next few hours, the Institute for the Study of "
         "War said.",
         (c("Kupiansk", "ukraine", "predicted", "third_party"),), published="2022-09-10"),
    Case("could_take_within_weeks",
         "Russian forces could take Chasiv Yar within weeks, a Ukrainian commander warned.",
         (c("Chasiv Yar", "russia", "predicted", "ukraine"),), published="2024-04-10"),
    Case("could_fall",
         "Military analysts say Avdiivka could fall within days unless Western aid arrives.",
         maybe=(c("Avdiivka", "russia", "predicted", "third_party"),), published="2024-02-12"),
    Case("aims_to_retake",
         "Kyiv aims to retake Melitopol and cut the land bridge to Crimea.",
         (c("Melitopol", "ukraine", "predicted", "outlet"),), published="2023-06-01"),
    Case("if_captures_conditional",
         "If Russia captures Pokrovsk, Ukraine's logistics in Donetsk Oblast would suffer.",
         maybe=(c("Pokrovsk", "russia", "predicted", "outlet"),), published="2024-08-20"),
    Case("long_sought_to_capture",
         "Moscow has long sought to capture Vuhledar, a hilltop town overlooking supply routes.",
         maybe=(c("Vuhledar", "russia", "predicted", "outlet"),), published="2023-02-10"),
    Case("yet_to_capture",
         "Russian forces have yet to capture Chasiv Yar despite months of assaults.",
         (), silent=("Chasiv Yar",), published="2024-07-01"),
    Case("will_never_take_negated",
         "Russia will never take Kharkiv, Zelensky said.",
         (), silent=("Kharkiv",), published="2024-05-15"),
    Case("failed_to_capture",
         "Russian forces failed to capture Vuhledar despite losing dozens of tanks.",
         (), silent=("Vuhledar",), published="2023-02-15"),
    Case("denied_driven_out",
         "Ukraine's military spokesman Serhiy Cherevatyi denied Russian claims that Ukrainian troops had been "
         "driven out of Klishchiivka.",
         (c("Klishchiivka", "russia", "denied", "ukraine"),), published="2024-01-10"),
    Case("denied_that_captured",
         "Ukraine's General Staff denied that Russian forces had captured Synkivka.",
         (c("Synkivka", "russia", "denied", "ukraine"),), published="2024-02-10"),
    Case("dismissed_moscows_claim",
         "Kyiv dismissed Moscow's claim to have taken Krasnohorivka as propaganda.",
         (c("Krasnohorivka", "russia", "denied", "ukraine"),), published="2024-09-12"),
    Case("dismissed_reports_as_fake",
         "Russia's defence ministry dismissed reports that Ukrainian forces had entered Krynky as fake.",
         (c("Krynky", "ukraine", "denied", "russia"),), published="2023-11-15"),
    Case("denied_its_forces_withdrew",
         "Ukraine's military denied on Sunday that its forces had withdrawn from Robotyne.",
         (c("Robotyne", "russia", "denied", "ukraine"),), published="2024-05-12"),
    Case("a_claim_kyiv_denied",
         "Russia's defence ministry said its forces had captured Synkivka, a claim Ukraine's military denied.",
         (c("Synkivka", "russia", "attributed", "russia"), c("Synkivka", "russia", "denied", "ukraine")),
         published="2024-02-09"),
    Case("which_moscow_dismissed",
         "Ukraine's General Staff said its troops had retaken Krynky, which Moscow quickly dismissed.",
         (c("Krynky", "ukraine", "attributed", "ukraine"), c("Krynky", "ukraine", "denied", "russia")),
         published="2023-11-20"),
    Case("proxy_denied_entry",
         "A Russian-installed official denied that Ukrainian forces had entered Nova Kakhovka.",
         (c("Nova Kakhovka", "ukraine", "denied", "russia"),), published="2022-11-12"),
    Case("denied_the_fall",
         "Ukraine's defence ministry denied the fall of Bakhmut.",
         (c("Bakhmut", "russia", "denied", "ukraine"),), published="2023-05-21"),
    Case("recapture_confirmed_by_russia",
         "Ukraine's recapture of Kherson was confirmed by Russia's defence ministry.",
         (c("Kherson", "ukraine", "attributed", "russia"),), published="2022-11-11"),
    Case("ganchev_pronoun_told",
         "Vitaly Ganchev, the Russian-appointed head of the occupied parts of the Kharkiv region, spoke by phone "
         "on Friday. Asked about Kupiansk, he told Russian state television: \"It's under our control.\"",
         (c("Kupiansk", "russia", "attributed", "russia"),), silent=("Kharkiv",), published="2022-09-09"),

    # --- historical background --------------------------------------------------------------
    Case("liberated_in_september_2022",
         "Kupiansk, which Ukraine liberated in September 2022, is again under threat as Russian forces press "
         "from the north.",
         (), background=("Kupiansk",), published="2024-03-05"),
    Case("occupied_since_march_2022",
         "Melitopol, occupied since March 2022, has seen a wave of partisan attacks.",
         (), background=("Melitopol",), published="2023-04-10"),
    Case("captured_in_may_2023",
         "Bakhmut, captured by Wagner in May 2023, lies in ruins.",
         (), background=("Bakhmut",), published="2024-02-01"),
    Case("seized_in_april_now_retreating",
         "Russian forces, which seized Izium in April, are now retreating from the city.",
         (c("Izium", "ukraine", "asserted", "outlet"),), published="2022-09-10"),
    Case("possessive_fall_background",
         "After Avdiivka's fall in February, Russian forces pushed west towards Pokrovsk.",
         (), background=("Avdiivka",), silent=("Pokrovsk",), published="2024-05-20"),
    Case("admits_loss_of",
         "Kyiv admits loss of Avdiivka",
         (c("Avdiivka", "russia", "attributed", "ukraine"),), published="2024-02-17"),
    Case("kremlin_hailed_capture",
         "The Kremlin hailed the capture of Avdiivka as an important victory.",
         (c("Avdiivka", "russia", "attributed", "russia"),), published="2024-02-17"),
    Case("dpr_militia_actor",
         "DPR militia units captured Vodiane and Pisky, the separatist leader Denis Pushilin said.",
         (c("Vodiane", "russia", "attributed", "russia"), c("Pisky", "russia", "attributed", "russia")),
         published="2022-08-24"),
    Case("fall_of_to_russian_forces",
         "The fall of Vuhledar to Russian forces ended a two-year defence of the hilltop town.",
         (c("Vuhledar", "russia", "asserted", "outlet"),), published="2024-10-03"),
    Case("leaving_kherson",
         "Russian forces crossed to the left bank of the Dnipro River, leaving Kherson to the Ukrainians.",
         (c("Kherson", "ukraine", "asserted", "outlet"),), published="2022-11-11"),
    Case("isw_footage_indicates",
         "Geolocated footage published on May 5 indicates that Russian forces recently captured Ocheretyne.",
         (c("Ocheretyne", "russia", "unconfirmed|attributed|asserted", "third_party|outlet"),),
         published="2024-05-06"),
    Case("tass_driven_out_of_sinkovka",
         "The enemy was driven out of Sinkovka near Kupyansk, the Russian Defense Ministry said.",
         (c("Synkivka", "russia", "attributed", "russia"),), silent=("Kupiansk",), published="2024-02-10"),
    Case("last_month_background",
         "Russian forces captured neighbouring Sievierodonetsk last month after weeks of heavy fighting.",
         (), background=("Sievierodonetsk",), published="2022-07-04"),
    Case("ww2_liberation",
         "Kharkiv was liberated from the Nazis in August 1943.",
         (), background=("Kharkiv",), published="2023-08-23"),

    # --- traps: no claims -------------------------------------------------------------------
    Case("across_the_oskil_river",
         "Russian units took up defensive positions across the Oskil River and reservoir.",
         (), silent=("Oskil",), published="2022-09-12"),
    Case("fighting_in_the_izium_raion",
         "Fighting in the Izium Raion has intensified, the governor said.",
         (), silent=("Izium",), published="2022-09-01"),
    Case("blackout_in_kharkiv",
         "Russian missile strikes caused a blackout in Kharkiv and Sumy on Sunday evening.",
         (), silent=("Kharkiv", "Sumy"), published="2022-09-11"),
    Case("residents_of_outskirts",
         "Residents of Lysychansk's outskirts said they had not seen soldiers for days.",
         (), silent=("Lysychansk",), published="2022-09-12"),
    Case("residents_saw_troops_on_outskirts",
         "Residents of Lysychansk said they had seen Ukrainian troops on the outskirts of the city.",
         (c("Lysychansk", "contested", "unconfirmed|attributed", "third_party|ukraine"),), published="2022-09-12"),
    Case("shelling_list",
         "Russian forces shelled Kupiansk, Vovchansk and Kozacha Lopan overnight, Governor Oleh Syniehubov said.",
         (), silent=("Kupiansk", "Vovchansk", "Kozacha Lopan"), published="2023-06-10"),
    Case("missile_strike_outskirts",
         "A missile strike on the outskirts of Kharkiv injured two people, the regional governor said.",
         (), silent=("Kharkiv",), published="2024-05-20"),
    Case("missile_hit_building",
         "A Russian missile hit a residential building in Zaporizhzhia, killing three people.",
         (), silent=("Zaporizhzhia",), published="2023-10-06"),
    Case("distance_east_of",
         "The village lies 30 km east of Kupiansk and was retaken last week.",
         (), silent=("Kupiansk",), published="2022-10-01"),
    Case("distance_after_capture",
         "Russian forces captured Synkivka, 10 kilometres northeast of Kupiansk.",
         (c("Synkivka", "russia", "asserted", "outlet"),), silent=("Kupiansk",), published="2024-02-10"),
    Case("regional_administration_speaker",
         "The Kharkiv regional administration said Russian troops had withdrawn from Kupiansk.",
         (c("Kupiansk", "ukraine", "attributed", "ukraine"),), silent=("Kharkiv",), published="2022-09-10"),
    Case("speaking_capital_is_no_list_item",
         "Ukrainian forces retook Kupiansk, Kyiv said on Sunday.",
         (c("Kupiansk", "ukraine", "attributed", "ukraine"),), silent=("Kyiv",), published="2022-09-11"),
    Case("city_officials_are_no_list_item",
         "Ukraine lost Vuhledar, Kharkiv officials said.",
         (c("Vuhledar", "russia", "attributed", "ukraine"),), silent=("Kharkiv",), published="2024-10-02"),
    Case("comma_closes_the_passive",
         "Izium and Kupiansk were liberated, Kyiv said.",
         (c("Izium", "ukraine", "attributed", "ukraine"), c("Kupiansk", "ukraine", "attributed", "ukraine")),
         silent=("Kyiv",), published="2022-09-11"),
    Case("kyiv_independent_name",
         "The Kyiv Independent's reporters visited Kharkiv, which came under fire again on Friday.",
         (), silent=("Kyiv", "Kharkiv"), published="2024-05-17"),
    Case("outskirts_of_donetsk_appositive",
         "Russia's defence ministry said its forces had taken full control of Marinka, a town on the "
         "outskirts of Donetsk city.",
         (c("Marinka", "russia", "attributed", "russia"),), silent=("Donetsk",), published="2023-12-25"),
    Case("kyiv_region_withdrawal",
         "Russian troops were withdrawn from the Kyiv region earlier this year.",
         (), silent=("Kyiv",), published="2022-09-10"),
    Case("liberated_settlements_in_region",
         "Ukrainian forces have liberated more than 20 settlements in the Kharkiv region.",
         (), silent=("Kharkiv",), published="2022-09-09"),
    Case("direction_and_axis",
         "Russian forces continued offensive operations on the Kupiansk direction and near Bakhmut.",
         (), silent=("Kupiansk", "Bakhmut"), published="2024-01-15"),
    Case("civilians_left",
         "Ukrainian troops recaptured Kupiansk in September. Thousands of civilians have left Vovchansk since "
         "the Russian offensive began, the Red Cross said.",
         (c("Kupiansk", "ukraine", "asserted", "outlet"),), silent=("Vovchansk",), published="2022-09-20"),
    Case("authorities_evacuated",
         "Ukrainian forces liberated Izium. Ukrainian authorities evacuated hundreds of civilians from "
         "Kupiansk on Thursday as shelling intensified.",
         (c("Izium", "ukraine", "asserted", "outlet"),), silent=("Kupiansk",), published="2022-09-15"),
    Case("holocaust_outskirts",
         "On the outskirts of Kyiv on Sept. 29 and 30, 1941, Nazi death squads executed 33,000 Jews in a "
         "ravine known as Babyn Yar.",
         (), silent=("Kyiv",), published="2021-09-29"),
    Case("zaporizhzhia_npp",
         "The Zaporizhzhia nuclear power plant, occupied by Russian forces since March 2022, lost external "
         "power again.",
         (), silent=("Zaporizhzhia",), published="2023-05-22"),
    Case("towards_and_road_to",
         "Ukrainian convoys moved towards Kupiansk on the road to Izium.",
         (), silent=("Kupiansk", "Izium"), published="2022-09-09"),
    Case("people_named_after_places",
         "Kharkiv Mayor Ihor Terekhov said the city had been struck by two missiles.",
         (), silent=("Kharkiv",), published="2024-05-10"),
    Case("residents_fled",
         "Residents fled Bakhmut by the thousands as Wagner fighters advanced from the east.",
         (), silent=("Bakhmut",), published="2023-02-10"),
    Case("take_part_and_held_talks",
         "Zelensky will take part in a summit in Kyiv, where talks were held with allies last month.",
         (), silent=("Kyiv",), published="2023-06-01"),
    Case("possessive_is_not_the_object",
         "Ukrainian forces will take Kyiv's message to the summit and captured Kupiansk's attention, officials said.",
         (), silent=("Kyiv", "Kupiansk"), published="2023-07-10"),
    Case("holds_positions_near",
         "Ukraine's army still holds positions near Bakhmut and controls the road to Chasiv Yar.",
         (), silent=("Bakhmut", "Chasiv Yar"), published="2023-05-25"),
    Case("everyday_left_and_taken_from",
         "Ukrainian forces recaptured Robotyne. Zelensky left Kyiv for Washington on Tuesday. Ukrainian children were "
         "taken from Kherson to Crimea, and grain seized from Melitopol was shipped abroad, officials said.",
         (c("Robotyne", "ukraine", "asserted", "outlet"),), silent=("Kyiv", "Kherson", "Melitopol"),
         published="2023-09-01"),
    # --- speakers: a fronted time phrase, coordinated subjects, news agencies -------------------
    Case("hours_later_speaker",
         "A few hours later, Ramzan Kadyrov announced that Borivske had also been liberated.",
         (c("Borivske", "russia", "attributed", "russia"),), published="2022-06-25"),
    Case("coordinated_subject_confirm",
         "Ukraine's defense ministry and military confirm the liberation of Urozhaine.",
         (c("Urozhaine", "ukraine", "attributed", "ukraine"),), published="2023-08-16"),
    Case("claim_as_a_noun_is_no_speaker",  # near miss: "Russia's claim" is what the officials deny
         "Russia's claim that its forces captured Soledar is false, Ukrainian officials said.",
         (c("Soledar", "russia", "denied", "ukraine"),), published="2023-01-11"),
    Case("interfax_russian_agency",
         "Russia has established full control over Sievierodonetsk, Interfax reported.",
         (c("Sievierodonetsk", "russia", "attributed", "russia"),), published="2022-06-25"),
    Case("interfax_ukraine_agency",
         "Ukrainian forces liberated Kupiansk, Interfax-Ukraine reported.",
         (c("Kupiansk", "ukraine", "attributed", "ukraine"),), published="2022-09-10"),
    # --- a state adjective is no plan: who holds the place now ----------------------------------
    Case("russian_held_in_a_forecast",
         "Ukrainian forces will likely assault Russian-held Bucha in the coming days.",
         (c("Bucha", "russia", "asserted", "outlet"),), published="2022-03-31"),
    Case("a_forecast_without_a_state_adjective",  # near miss: the capture itself is only forecast
         "Ukrainian forces will likely retake Bucha in the coming days.",
         maybe=(c("Bucha", "ukraine", "predicted", "outlet"),), published="2022-03-31"),
    # --- a page title cut inside a noun phrase is no claim; a full title is -------------------
    Case("title_cut_inside_a_name",
         "Ukraine says Russian forces seized Zaporizhzhia\n\nUkraine says Russian forces seized Zaporizhzhia "
         "nuclear plant\n\nRussian troops have seized the plant, the Ukrainian authorities say.",
         (), silent=("Zaporizhzhia",), published="2022-03-04"),
    Case("full_title_repeated_and_continued",  # near miss: the body goes on after a comma
         "Ukrainian troops liberate Snihurivka, Mykolaiv Oblast\n\nUkrainian troops liberate Snihurivka, "
         "Mykolaiv Oblast, and push on towards Kherson.",
         (c("Snihurivka", "ukraine", "asserted", "outlet"),), published="2022-11-10"),
    # --- "X is the first city captured by": the place is the participle's subject --------------
    Case("first_city_occupied_by",
         "Kherson is the first major city occupied by Russian troops since the invasion began.",
         (c("Kherson", "russia", "asserted", "outlet"),), published="2022-03-03"),
    Case("first_regional_capital_to_be_captured",
         "Kherson became the first regional capital to be captured by Russia.",
         (c("Kherson", "russia", "asserted", "outlet"),), published="2022-03-03"),
    Case("first_city_visited_is_no_claim",  # near miss: no participle of control follows the noun
         "Kherson is the first city the minister visited after the shelling.",
         (), silent=("Kherson",), published="2022-12-03"),
    # --- social-media posts: a flag emoji is a flag, and the poster's side --------------------
    Case("flag_emoji_raised",
         "\U0001F1FA\U0001F1E6 flag raised over Izium city council today.",
         (c("Izium", "ukraine", "asserted", "outlet"),), published="2022-09-11"),
    Case("flag_emoji_in_the_verb_phrase",
         "Soldiers raised the \U0001F1F7\U0001F1FA flag over Lyman.",
         (c("Lyman", "russia", "asserted", "outlet"),), published="2022-05-27"),
    Case("flag_emoji_gives_the_posters_side",
         "Izium liberated \U0001F1FA\U0001F1E6",
         (c("Izium", "ukraine", "asserted", "outlet"),), published="2022-09-11"),
    Case("no_emoji_no_side",  # near miss: a bare participle names no side
         "Izium liberated.", (), silent=("Izium",), published="2022-09-11"),
    Case("ukraine_again",
         "Balakliia is Ukraine again! \U0001F1FA\U0001F1E6",
         (c("Balakliia", "ukraine", "asserted", "outlet"),), published="2022-09-08"),
    Case("slogan_without_again",  # near miss: a slogan, not news
         "Kherson is Ukraine!", (), silent=("Kherson",), published="2022-09-08"),
    Case("dash_headline_list",
         "Kupiansk, Izium, Balakliia - liberated \U0001F1FA\U0001F1E6",
         (c("Kupiansk", "ukraine", "asserted", "outlet"), c("Izium", "ukraine", "asserted", "outlet"),
          c("Balakliia", "ukraine", "asserted", "outlet")), published="2022-09-11"),
    Case("dash_aside_of_a_thing_in_a_town",  # near miss: the plant in the town is what the dash speaks of
         "The steel plant in Mariupol \u2013 blockaded by Ukrainian troops \u2013 was shelled.",
         (), silent=("Mariupol",), published="2022-05-10"),
    Case("free_before_an_emoji",
         "#Izium is free \U0001F1FA\U0001F1E6", (c("Izium", "ukraine", "asserted", "outlet"),), published="2022-09-11"),
    Case("short_post_with_a_source_after_a_dash",  # the dash within 90 characters of a short sentence's start
         "Russian forces have left Kherson \u2014 Ukraine's defence intelligence",
         (c("Kherson", "ukraine", "attributed", "ukraine"),), published="2022-11-11"),
    Case("fleeing_troops",
         "Russian troops are fleeing Izium.", (c("Izium", "ukraine", "asserted", "outlet"),), published="2022-09-10"),
    Case("fleeing_residents",  # near miss: people who hold no ground
         "Residents are fleeing Kherson.", (), silent=("Kherson",), published="2022-11-01"),
    Case("per_the_source",
         "Russian forces took Soledar, per Ukrainian officials.",
         (c("Soledar", "russia", "attributed", "ukraine"),), published="2023-01-13"),
    Case("per_cent_is_no_source",  # near miss
         "Ukrainian forces liberated Kupiansk, where prices rose 10 per cent.",
         (c("Kupiansk", "ukraine", "asserted", "outlet"),), published="2022-09-10"),
    Case("occupied_until_a_date_is_background",
         "Lyman was occupied by Russian forces from 27 May until 1 October.",
         (), background=("Lyman",), maybe=(c("Lyman", "russia", "asserted", "outlet"),), published="2022-10-05"),
    Case("occupied_since_a_date_is_news",  # near miss: still occupied
         "Lyman has been occupied by Russian forces since 27 May, the governor said.",
         (c("Lyman", "russia", "attributed", "ukraine"),), published="2022-05-30"),
    Case("reports_as_a_noun_is_no_voice",
         "Ukrainian troops retreated from the eastern Ukrainian city of Popasna, the governor of Luhansk region said "
         "on Sunday, confirming previous reports.",
         (c("Popasna", "russia", "attributed", "ukraine"),), published="2022-05-08"),
    # --- voices of quotations and posts ------------------------------------------------------
    Case("statement_reads_after_a_quotation_of_several_sentences",
         "Ukrainian troops are in the city. This was reported by the Main Directorate of Intelligence of the Ministry of Defense.\n"
         "\u201cKherson returns to the control of Ukraine. The retreat routes are under fire control. Every Russian "
         "serviceman who resists will be destroyed,\u201d the statement reads.",
         (c("Kherson", "ukraine", "attributed", "ukraine"),), published="2022-11-11"),
    Case("quotation_sentence_is_not_its_subject_speaking",  # near miss: the serviceman in the quote is no voice
         "\u201cThe retreat routes are under fire control. Every Russian serviceman who resists will be "
         "destroyed. Russian troops have left Kherson,\u201d it reads.",
         (c("Kherson", "ukraine", "asserted", "outlet"),), published="2022-11-11"),
    Case("paragraph_quotation_goes_on_with_the_voice_before",
         "Defense Ministry spokesman Igor Konashenkov reported on Sunday that Russian forces had advanced.\n\n"
         "\"As a result of successful offensive actions, the troops of the Center group seized the settlements of "
         "Verkhnokamianka and Zolotarivka.\"",
         (c("Verkhnokamianka", "russia", "attributed", "russia"), c("Zolotarivka", "russia", "attributed", "russia")),
         published="2022-07-03"),
    Case("paragraph_quotation_after_a_voiceless_paragraph",  # near miss: no voice spoke just before
         "The fighting went on for weeks.\n\nIt was a long summer.\n\nThe shelling never stopped.\n\n"
         "\"Russian troops seized the settlements of Verkhnokamianka and Zolotarivka.\"",
         (c("Verkhnokamianka", "russia", "asserted", "outlet"), c("Zolotarivka", "russia", "asserted", "outlet")),
         published="2022-07-03"),
    Case("quotation_ending_he_detailed",
         "Defense Ministry spokesman Igor Konashenkov reported on Sunday. \"Together with the Southern group of "
         "forces, Russian troops seized Zolotarivka,\" he detailed.",
         (c("Zolotarivka", "russia", "attributed", "russia"),), published="2022-07-03"),
    Case("embedded_post_signature_speaks_for_the_post",
         "Ukrainian Air Assault Forces are entering Lyman, Donetsk region. #UAarmy has the decisive vote. "
         "pic.twitter.com/gGIIk9rNkG \u2014 Defense of Ukraine (@DefenceU) October 1, 2022",
         (c("Lyman", "contested", "attributed", "ukraine"),), published="2022-10-01"),
    Case("a_handle_in_a_sentence_is_no_signature",  # near miss: a handle mid-text signs nothing
         "Ukrainian Air Assault Forces are entering Lyman, as Defense of Ukraine (@DefenceU) had hinted on Friday.",
         (c("Lyman", "contested", "asserted", "outlet"),), published="2022-10-01"),
    Case("trailing_voice_before_the_links_of_a_post",
         "#Ukraine | The administration of Lisichansk is under control of the LPR People's Militia units, LPR "
         "officer Andrei Marochko said on Saturday.https://t.co/mFO3AoXsHH pic.twitter.com/YHRl9o9ept \u2014",
         (c("Lysychansk", "russia", "attributed", "russia"),), published="2022-07-03"),
    # --- a place's description is the outlet's word, whoever speaks in the sentence --------------
    Case("occupied_adjective_in_a_reported_clause_is_the_outlets",
         "Syrskyi said Ukrainian forces were less than 10 kilometers from occupied Bakhmut.",
         (c("Bakhmut", "russia", "asserted", "outlet"),), published="2023-09-20"),
    Case("russian_controlled_adjective_in_a_reported_clause",
         "Shoigu said Marinka, located five kilometers southwest of the Russian-controlled city of Donetsk, was "
         "completely liberated.",
         (c("Donetsk", "russia", "asserted", "outlet"), c("Marinka", "russia", "attributed", "russia")),
         published="2023-12-25"),
    Case("occupied_adjective_in_a_quotation_is_the_speakers",  # near miss: the speaker's own word
         "\"Six Tochka-U left the occupied Starobilsk towards Lysychansk,\" Haidai said.",
         (c("Starobilsk", "russia", "attributed", "ukraine"),), published="2022-06-20"),
    Case("occupied_as_a_perfect_verb_is_the_speakers",  # near miss: "have occupied" is a verb, reported
         "Russian forces have fully occupied Sievierodonetsk, the mayor said.",
         (c("Sievierodonetsk", "russia", "attributed", "ukraine"),), published="2022-06-25"),
    Case("a_sides_own_voice_tells_whose_gains_the_article_tells",
         "Russian forces said Tuesday they had captured the town of Zalizne. The capture of Avdiivka is the latest "
         "in a string of advances.",
         (c("Zalizne", "russia", "attributed", "russia"), c("Avdiivka", "russia", "asserted", "outlet")),
         published="2024-02-20"),
    Case("no_voice_no_actor_no_side",  # near miss: nothing tells whose capture it is
         "The capture of Avdiivka is the latest in a string of advances.", (), published="2024-02-20"),
    Case("reoccupied_is_a_gain",
         "Russian forces reoccupied Olhivske and Mala Tokmachka, the ministry said.",
         (c("Olhivske", "russia", "attributed", "russia"), c("Mala Tokmachka", "russia", "attributed", "russia")),
         published="2025-12-01"),
    Case("residents_reoccupied_their_homes",  # near miss: no forces, no side
         "Residents reoccupied their homes in Kupiansk after the shelling.", (), silent=("Kupiansk",),
         published="2023-05-01"),
    Case("troops_entrenched_themselves_in",
         "Russian troops entrenched themselves in Novohrodivka, the General Staff said.",
         (c("Novohrodivka", "contested", "attributed", "ukraine"),), published="2024-09-01"),
    # --- pictures of forces with their flag in a place ---------------------------------------
    Case("flag_scene_in_a_video",
         "On Sunday, a video on social media showed Ukrainian troops of the 3rd Assault Brigade next to ruins in Klishchiivka "
         "with the Ukrainian flag and their brigade flags.",
         (c("Klishchiivka", "ukraine", "asserted|unconfirmed", "outlet|third_party"),), published="2023-09-18"),
    Case("flag_scene_national_flag_of_the_forces_shown",
         "A photo, presumably from Kupiansk, showed Ukrainian troops by a national flag hoisted over one of the "
         "buildings.",
         (c("Kupiansk", "ukraine", "unconfirmed|asserted", "outlet|third_party"),), published="2022-09-10"),
    Case("flag_scene_the_other_sides_flag_trampled",  # near miss: a Russian flag under Ukrainian feet is no Russian gain
         "A video shows Ukrainian soldiers in Kupiansk trampling a Russian flag.",
         (), maybe=(c("Kupiansk", "ukraine", "asserted|unconfirmed", "outlet|third_party"),), published="2022-09-10"),
    Case("flag_scene_without_forces",  # near miss: a flag in a picture, no one holding ground
         "A photo shows a Ukrainian flag painted on a wall in Bakhmut.", (), silent=("Bakhmut",),
         published="2023-03-10"),
    Case("flag_scene_with_two_settlements",  # near miss: which one is the picture's?
         "A video shows Ukrainian soldiers with a Ukrainian flag on the road between Izium and Balakliia.", (),
         silent=("Izium", "Balakliia"), published="2022-09-10"),
    Case("forces_said_they_retain_control",
         "Ukrainian forces said they retain control over parts of Niu-York.",
         (c("Niu-York", "contested", "attributed", "ukraine"),), published="2024-08-20"),
    Case("the_russians_said_they_captured",
         "The Russians said on Tuesday that they had captured Avdiivka.",
         (c("Avdiivka", "russia", "attributed", "russia"),), published="2024-02-17"),
    Case("residents_said_they_retain_hope",  # near miss: "they" are the residents, no forces
         "Residents of Niu-York said they retain control over their gardens despite the shelling.", (),
         silent=("Niu-York",), published="2024-08-20"),
    Case("retaken_with_forces_pressing_on",
         "Analysts agree that Robotyne was retaken after weeks of fighting and that Ukrainian forces are slowly "
         "pushing farther south.",
         (c("Robotyne", "ukraine", "asserted", "outlet"),), published="2023-08-27"),
    Case("retaken_with_forces_shelling",  # near miss: shelling is no advance, the side stays unknown
         "Robotyne was retaken after weeks of fighting and Russian forces are shelling it.", (),
         published="2023-08-27"),
    Case("beleaguered_city",
         "The Donetsk Oblast remains the scene of heavy fighting, most notably in the beleaguered city of Mariupol.",
         (c("Mariupol", "contested", "asserted", "outlet"),), published="2022-04-20"),
    Case("entered_from_one_side_is_in_part",
         "Elements of the Russian 90th Tank Division entered Selydove from the north along the E50 route, "
         "Ukrainian observer Kostiantyn Mashovets reported.",
         (c("Selydove", "contested", "attributed", "third_party|ukraine"),), published="2024-08-28"),
    Case("entered_from_the_north_of_a_region",  # near miss: where they came from, not a side of the town
         "Ukrainian troops entered Balakliia from the north of Kharkiv Oblast, the General Staff said.",
         (c("Balakliia", "ukraine", "attributed", "ukraine"),), published="2022-09-08"),
    Case("forces_supported_in_a_place_are_no_presence",  # near miss: troops as the object of "support"
         "Russian forces threaten the supply lines that support Ukrainian troops in Bakhmut.", (),
         silent=("Bakhmut",), published="2023-01-13"),
    Case("forces_in_a_place_after_a_verb_of_their_own",
         "The supply lines are cut, and Ukrainian troops in Bakhmut are holding out.",
         (c("Bakhmut", "ukraine|contested", "asserted", "outlet"),), published="2023-01-13"),
    Case("voice_in_scare_quotes_claim",
         "Russian \"war correspondents\" claim that Russian troops are making progress within Novohrodivka.",
         (c("Novohrodivka", "contested", "unconfirmed|attributed", "russia"),), published="2024-09-01"),
    Case("a_claim_as_a_noun_is_no_voice",  # near miss: "the claim" names no one who speaks
         "The claim that Russian troops captured Niu-York spread quickly.",
         (), maybe=(c("Niu-York", "russia", "asserted|unconfirmed", "outlet|third_party"),), published="2024-08-20"),
    Case("long_voice_named_back_is_read_whole",
         "The situation is extremely difficult. This was stated by the head of the Main Department of the National "
         "Police in the Kharkiv region, Volodymyr Tymoshko.\n\"Active fighting continues on the streets of Vovchansk, "
         "the situation is extremely difficult,\" he said.",
         (c("Vovchansk", "contested", "attributed", "ukraine"),), published="2024-05-15"),
    Case("in_the_hands_of_forces",
         "Kupiansk is now in the hands of the Ukrainian army.",
         (c("Kupiansk", "ukraine", "asserted", "outlet"),), published="2022-09-12"),
    Case("practically_in_the_hands_of_forces_quoted",
         "Russian President Vladimir Putin claimed Kupiansk had been \u201cpractically in the hands of Russian "
         "forces\u201d on November 4.",
         (c("Kupiansk", "contested", "attributed", "russia"),), published="2025-11-05"),
    Case("in_the_hands_of_commanders",  # near miss: a fate in someone's hands is no control
         "The fate of Kupiansk is in the hands of the commanders.", (), silent=("Kupiansk",), published="2025-11-05"),
    Case("virtually_liberated_is_in_part",
         "Kupiansk was virtually liberated, Syrskyi said.",
         (c("Kupiansk", "contested", "attributed", "ukraine"),), published="2022-09-11"),
    Case("on_the_verge_of_liberation",
         "Vovchansk is on the verge of complete liberation, the Russian commander said.",
         (c("Vovchansk", "contested", "attributed", "russia"),), published="2024-05-20"),
    Case("close_to_being_encircled",
         "Velyka Novosilka is close to being encircled.",
         (c("Velyka Novosilka", "contested", "asserted", "outlet"),), published="2025-01-20"),
    Case("economy_on_the_brink_of_collapse",  # near miss: not the place on the brink
         "The economy is on the brink of collapse in Kherson.", (), silent=("Kherson",), published="2022-10-20"),
    Case("abandoned_in_a_sides_voice",
         "Ukraine army statements made no direct reference to Krynky. However, a report by the state-run Suspilne "
         "Novyni confirmed the village had been abandoned a few weeks ago.",
         (c("Krynky", "russia", "attributed", "ukraine"),), published="2024-07-17"),
    Case("abandoned_in_the_outlets_voice",  # near miss: deserted by whom? no side's voice, no claim
         "Krynky had been abandoned.", (), silent=("Krynky",), published="2024-07-17"),
    Case("abandoned_by_residents",  # near miss: people left, not forces
         "The General Staff said Krynky had been abandoned by residents.", (), silent=("Krynky",),
         published="2024-07-17"),
    Case("an_unnamed_subject_is_no_voice_for_a_title_after_it",
         "Officials spoke about Krynky. The General Staff said the village had been liberated.",
         (c("Krynky", "ukraine", "attributed", "ukraine"),), published="2023-11-17"),
    # "fought" is one of the words contested.verb's prefilter looks for (the sentence holds no "fight")
    Case("fought_street_by_street_for_control",
         "Russian and Ukrainian troops fought street by street for control of Bakhmut on Saturday.",
         (c("Bakhmut", "contested", "asserted", "outlet"),), published="2023-05-14"),
    Case("fought_off_an_attack_near",  # near miss: an attack fought off near a place is no fight for it
         "Ukrainian troops fought off an attack near Bakhmut.", (), silent=("Bakhmut",), published="2023-05-14"),
    Case("retaken_with_forces_moving_west",  # near miss: moving in a direction is no advance (a retreat may be)
         "Robotyne was retaken after weeks of fighting, and Ukrainian forces are moving west.", (),
         published="2023-08-27"),
    Case("troops_holding_out_in",
         "Ukrainian troops are holding out in Bakhmut.",
         (c("Bakhmut", "contested", "asserted", "outlet"),), published="2023-05-10"),
    Case("residents_held_out_in",  # near miss: people who held out hold no ground
         "Residents held out in Mariupol for weeks.", (), silent=("Mariupol",), published="2022-05-10"),
    Case("the_scene_of_fierce_fighting",
         "Bakhmut has been the scene of fierce fighting for months.",
         (c("Bakhmut", "contested", "asserted", "outlet"),), published="2023-03-01"),
    Case("was_the_scene_of_a_battle",  # near miss: a battle told as over
         "Bakhmut was the scene of the bloodiest battle of the war.", (), silent=("Bakhmut",), published="2024-03-01"),
    Case("the_site_of_protests",  # near miss: no fighting
         "Kherson is the site of the largest protests.", (), silent=("Kherson",), published="2022-03-10"),
    Case("troops_defending_a_town",
         "Ukrainian troops are defending Chasiv Yar, the brigade said.",
         (c("Chasiv Yar", "contested", "attributed", "ukraine|third_party"),), published="2024-06-01"),
    Case("air_defence_defending_a_city",  # near miss: strikes, no ground fought for
         "Air defence forces are defending Kyiv against a massive missile attack.", (), silent=("Kyiv",),
         published="2024-06-01"),
    Case("says_mod_after_the_claim",
         "Pokrovsk is under Russian control, says MoD",
         (c("Pokrovsk", "russia", "attributed", "russia"),), published="2025-12-01"),
    Case("mods_of_a_game_are_no_voice",  # near miss: "mods" is no ministry
         "Gamers said the mods for Bakhmut maps were released.", (), silent=("Bakhmut",), published="2025-12-01"),
    Case("eastern_districts_of_a_town",
         "Russian troops have captured the eastern districts of Toretsk.",
         (c("Toretsk", "contested", "asserted", "outlet"),), published="2024-08-01"),
    Case("several_blocks_of_a_town",
         "Russian troops captured several blocks of Toretsk, the ministry said.",
         (c("Toretsk", "contested", "attributed", "russia"),), published="2024-08-01"),
    Case("districts_of_a_region_city",  # near miss: the districts of Kharkiv struck: no ground, no claim
         "Russian forces struck the districts of Kharkiv.", (), silent=("Kharkiv",), published="2024-08-01"),
    Case("the_southern_half_of_a_town",
         "Russian forces now hold the southern half of Vovchansk.",
         (c("Vovchansk", "contested", "asserted", "outlet"),), published="2024-06-01"),
    Case("a_small_part_of_a_town",
         "Ukrainian forces still control a small part of Bakhmut.",
         (c("Bakhmut", "contested", "asserted", "outlet"),), published="2023-05-20"),
    Case("a_small_part_of_the_budget",  # near miss: no forces hold a part of a town
         "Kyiv spent a small part of its budget on Bakhmut.", (), silent=("Bakhmut",), published="2023-05-20"),
    Case("football_club",
         "Shakhtar Donetsk took the lead early and Zorya Luhansk never recovered.",
         (), silent=("Donetsk", "Luhansk"), published="2023-10-01"),
)


def _matches(expected: Expected, actual: tuple[str, str, str, str]) -> bool:
    return all(a in e.split("|") for e, a in zip(expected, actual))


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_claims(case: Case) -> None:
    published = datetime.fromisoformat(case.published).replace(tzinfo=timezone.utc)
    claims = extract_claims(case.text, doc="t.txt", published=published, affiliation=case.affiliation)
    current = sorted({(x.place, x.control, x.factuality, x.side) for x in claims if not x.historical})
    unmatched = list(current)
    missing = []
    for expected in case.claims:
        hit = next((a for a in unmatched if _matches(expected, a)), None)
        if hit is None:
            missing.append(expected)
        else:
            unmatched.remove(hit)
    unmatched = [a for a in unmatched if not any(_matches(m, a) for m in case.maybe)]
    assert not missing and not unmatched, f"missing {missing}; unexpected {unmatched}; all {current}"
    named = {x.place for x in claims}
    assert not named & set(case.silent), f"claims about {named & set(case.silent)}"
    for claim in claims:
        if claim.place in case.background:
            assert claim.historical, claim
        assert case.text[claim.start:claim.end] == claim.evidence


def test_every_claim_place_is_found_in_the_text() -> None:
    """Guard for the table itself: the places named in expectations are matched at all."""
    for case in CASES:
        found = {m.place.name if m.place else m.text for m in find_places(case.text)}
        found |= {m.text for m in find_places(case.text)}  # a renamed place keeps its reported name
        for place, *_ in case.claims:
            assert place in found, (case.id, place, found)


# --- homonyms ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Russian forces captured the village of Stepove in Donetsk Oblast, the ministry said.",
    "Russian forces captured Stepove, north of Avdiivka, the ministry said.",
])
def test_shared_village_name_is_resolved_by_its_oblast_or_neighbours(text: str) -> None:
    """64 villages are called Stepove; one is in Donetsk Oblast, next to Avdiivka."""
    claims = extract_claims(text, published=datetime(2024, 2, 20, tzinfo=timezone.utc))
    assert [(x.place, x.control) for x in claims] == [("Stepove", "russia")]
    assert claims[0].place_id is not None
    place = next(m.place for m in find_places(text) if m.text == "Stepove")
    assert place.oblast == "Donetsk"


def test_shared_village_name_without_context_is_left_ambiguous() -> None:
    text = "Russian forces captured Novooleksandrivka on Tuesday."
    claims = extract_claims(text, published=datetime(2024, 6, 4, tzinfo=timezone.utc))
    assert [(x.place, x.control) for x in claims] == [("Novooleksandrivka", "russia")]
    assert claims[0].place_id is None  # many oblasts have one (and it is Melitopol's old name): no guess


def test_article_side_fills_actorless_claims() -> None:
    """A later sentence without an actor takes the side the article shows advancing."""
    text = ("Ukrainian forces recaptured Robotyne on Monday, the General Staff said. "
            "Andriivka was liberated three weeks later.")
    claims = extract_claims(text, published=datetime(2023, 9, 20, tzinfo=timezone.utc))
    assert {(x.place, x.control) for x in claims} == {("Robotyne", "ukraine"), ("Andriivka", "ukraine")}


def test_trigger_prefilter_loses_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The per-pattern substring hints only skip work: without them the same triggers are found."""
    import dataclasses
    import glob

    from monitor.extract import triggers

    texts = [case.text for case in CASES]
    texts += [open(p, encoding="utf-8").read() for p in sorted(glob.glob(str(SEEDS / "*.txt")))]
    # (the English development set too: "fought … for control of" was missed for want of a hint word)
    texts += [open(p, encoding="utf-8").read() for p in sorted(glob.glob(str(DEV_EN / "*.txt")))]
    with_hints = [triggers.find_triggers(t, 0, len(t)) for t in texts]
    monkeypatch.setattr(triggers, "PATTERNS", tuple(dataclasses.replace(p, hints=()) for p in triggers.PATTERNS))
    assert [triggers.find_triggers(t, 0, len(t)) for t in texts] == with_hints


def test_a_determined_reports_is_a_noun_not_the_speakers_verb() -> None:
    text = ("Ukrainian troops retreated from the eastern Ukrainian city of Popasna, the governor of Luhansk region said "
            "on Sunday, confirming previous reports that it had been taken.")
    speakers = {c.speaker for c in extract_claims(text, doc="t.txt")}
    assert speakers == {"the governor of Luhansk region"}
    # near miss: "reports" as a verb still names its speaker
    found = extract_claims("Ukrainian forces retook Kupiansk, the General Staff reports.", doc="t.txt")
    assert [c.speaker for c in found] == ["the General Staff"]


def test_sentences_join_a_hard_wrapped_line_but_not_a_headline() -> None:
    from monitor.extract.sentences import split_sentences
    text = "Kupiansk liberated\nUkrainian forces entered the town. If Russian\nforces return, they will\nbe repelled.\n\nnext"
    pieces = [text[s.start:s.end] for s in split_sentences(text)]
    assert pieces == ["Kupiansk liberated", "Ukrainian forces entered the town.",
                      "If Russian\nforces return, they will\nbe repelled.", "next"]


@pytest.mark.parametrize("text, pieces", [
    ("the statement said.Earlier it was reported that the units left.",
     ["the statement said.", "Earlier it was reported that the units left."]),
    ("said.”The next day", ["said.”", "The next day"]),
    ("Сказал он.Ранее сообщалось.", ["Сказал он.", "Ранее сообщалось."]),
    ("The U.S.Army and Mr.Smith stayed.", ["The U.S.Army and Mr.Smith stayed."]),
    ("It lies 3.5 km away.", ["It lies 3.5 km away."]),
    ("heading into Enerhodar around 2:00 pm.[8][9] According to Orlov, it held.",
     ["heading into Enerhodar around 2:00 pm.[8][9]", "According to Orlov, it held."]),  # reference marks
])
def test_a_lost_space_after_a_stop_still_ends_the_sentence(text: str, pieces: list[str]) -> None:
    """Scraped pages join paragraphs without a space ("said.Earlier"): the claims of the
    second must not take the first's speaker or place."""
    from monitor.extract.sentences import split_sentences
    assert [text[s.start:s.end] for s in split_sentences(text)] == pieces


def test_changes_of_hands_outvote_who_held_a_place() -> None:
    """An article's side for actorless claims comes from the ground it tells changing hands; a
    place "occupied by the Armed Forces of Ukraine" before it was stormed does not tie the vote."""
    text = ("The city blocks of Soledar occupied by the Armed Forces of Ukraine were stormed. Russian troops took "
            "control of Soledar, the Russian Defence Ministry said. The defense department said that the city was "
            "taken thanks to artillery.")
    claims = extract_claims(text, doc="t.txt", published=datetime(2023, 1, 13, tzinfo=timezone.utc))
    taken = [c for c in claims if c.evidence.startswith("The defense department")]
    assert [(c.place, c.control) for c in taken] == [("Soledar", "russia")]
    near_miss = extract_claims(text.replace("Russian troops took control of Soledar, the Russian Defence Ministry said", "Artillery shelled Soledar"),
                               doc="t.txt", published=datetime(2023, 1, 13, tzinfo=timezone.utc))
    assert [c.control for c in near_miss if c.evidence.startswith("The defense department")] in ([], ["ukraine"])


def test_a_settlement_referred_to_stays_the_antecedent_of_the_next_mention() -> None:
    """ "the settlement" resolved in one sentence is what "the settlement" two sentences on refers
    to; with no place resolved before, the chain has nothing to carry."""
    text = ("Ukrainian troops have withdrawn from the southern part of Velyka Novosilka. Trehubov said that Ukrainian "
            "troops still hold some positions within the settlement. \u201cAny further actions could lead to "
            "encirclement,\u201d he added. \u201cAs of now, the Russians have entered a significant part of the "
            "settlement.\u201d")
    claims = extract_claims(text, doc="t.txt", published=datetime(2025, 1, 24, tzinfo=timezone.utc))
    assert any(c.evidence.startswith("\u201cAs of now") and c.place == "Velyka Novosilka" for c in claims)
    alone = text.split(". ", 1)[1]
    assert not extract_claims(alone, doc="t.txt", published=datetime(2025, 1, 24, tzinfo=timezone.utc))


def test_a_relative_clauses_earlier_capture_does_not_decide_who_entered() -> None:
    """ "units have entered Kherson, a city that Russian forces had captured early in the war": the
    units are the speaker's (Ukraine's president), not the Russian forces of the relative clause."""
    text = ("Ukraine's president said Friday that special military units have entered Kherson, a major regional "
            "capital that Russian forces had captured early in the war.")
    entered = [c for c in extract_claims(text, doc="t.txt") if not c.rule.endswith("/relative")]
    assert [(c.place, c.control) for c in entered] == [("Kherson", "ukraine")]
    near_miss = text.replace("special military units", "Russian troops")  # a Russian entry: no return to Ukraine
    assert ("Kherson", "ukraine") not in [(c.place, c.control) for c in extract_claims(near_miss, doc="t.txt")]


@pytest.mark.parametrize("text", [
    "Ukrainian troops raised the national flag in honor of their successes in the Kherson counteroffensive.",
    "The flag was raised during the Kharkiv counter-offensive.",
])
def test_a_counteroffensive_named_after_a_place_is_no_settlement(text: str) -> None:
    assert extract_claims(text, doc="t.txt") == []


def test_a_flag_raised_in_the_settlement_itself_still_counts() -> None:
    """(the near miss of the above: the name is the settlement's, not an offensive's)"""
    claims = extract_claims("Ukrainian troops raised the national flag in Kherson.", doc="t.txt")
    assert [(c.place, c.control) for c in claims] == [("Kherson", "ukraine")]


@pytest.mark.parametrize("text, factuality", [
    ("Shoigu's words effectively mean that the Russians must leave Kherson immediately.", "predicted"),
    ("Russian troops will be forced to withdraw from Kherson.", "predicted"),
    ("Russian troops have to withdraw from Snihurivka, the governor said.", "predicted"),
    ("Russian troops had to leave Kherson.", "asserted"),  # near miss: an obligation met
    ("Russian troops were ordered to withdraw from Kherson and left.", "asserted"),
])
def test_an_obligation_is_not_yet_done(text: str, factuality: str) -> None:
    claims = extract_claims(text, doc="t.txt")
    assert claims and claims[0].control == "ukraine"
    assert claims[0].factuality == (factuality if factuality != "asserted" or "governor" not in text else "attributed")


@pytest.mark.parametrize("text, speaker", [
    ("Russia's Defence Ministry gave a briefing on Monday. It said Russian forces had taken Avdiivka.",
     "Russia's Defence Ministry"),
    ("The mayor thanked the Armed Forces on Monday. He said Ukrainian forces had liberated Bucha.", "The mayor"),
    ("Ukraine's General Staff gave a briefing. It said Ukrainian forces had liberated Bucha.",
     "Ukraine's General Staff"),
])
def test_a_voice_named_as_the_subject_before_is_named_without_its_predicate(text: str, speaker: str) -> None:
    assert [c.speaker for c in extract_claims(text, doc="t.txt")] == [speaker]


@pytest.mark.parametrize("text, places", [
    ("The Ukrainian Armed Forces confirmed the liberation of five settlements near the Lyman: they are Yampil, "
     "Novoselivka, Shandryholove, Drobysheve and Stavky.",
     ["Yampil", "Novoselivka", "Shandryholove", "Drobysheve", "Stavky"]),
    ("President Volodymyr Zelenskyy has confirmed the liberation of two settlements in Kherson Oblast - "
     "Arkhanhelske and Myroliubivka.", ["Arkhanhelske", "Myroliubivka"]),
    ("Ukrainian soldiers liberated, in particular, Arkhanhelske and Myroliubivka.", ["Arkhanhelske", "Myroliubivka"]),
    ("Lyptsi, Hlyboke and Strilecha near the border with Russia, north of Kharkiv, have all been liberated by the "
     "Ukrainian Army.", ["Strilecha", "Hlyboke", "Lyptsi"]),
    ("The settlements of Vysokopillia, Bilohirka and Myroliubivka for today have already been liberated by "
     "Ukrainian forces.", ["Myroliubivka", "Bilohirka", "Vysokopillia"]),
])
def test_lists_after_a_count_an_aside_or_locating_tails(text: str, places: list[str]) -> None:
    claims = extract_claims(text, doc="t.txt")
    assert [c.place for c in claims] == places
    assert {c.control for c in claims} == {"ukraine"}


@pytest.mark.parametrize("text", [
    "Russian forces shelled five settlements near Lyman: they are Yampil, Novoselivka and Stavky.",  # no trigger
    "Russian forces shelled, in particular, Arkhanhelske and Myroliubivka.",
    "Lyptsi, north of Kharkiv, residents said, was shelled.",
    "Ukraine liberated five settlements near Lyman, Kupiansk and Izium said.",  # near miss: speakers, no list
])
def test_near_misses_of_counted_and_tailed_lists(text: str) -> None:
    assert [c.place for c in extract_claims(text, doc="t.txt") if c.place != "Lyman"] == []


@pytest.mark.parametrize("text, control", [
    ("Kyiv takes back Andriivka.", "ukraine"),
    ("Ukraine-Russia, Kiev takes back Andriivka", "ukraine"),  # the headline's pair of nations is no actor
    ("Kyiv recaptures Klishchiivka.", "ukraine"),
])
def test_the_capital_in_the_present_tense_is_an_actor(text: str, control: str) -> None:
    assert [(c.place, c.control) for c in extract_claims(text, doc="t.txt")][0][1] == control


def test_the_capital_that_hosts_something_is_no_actor() -> None:
    assert extract_claims("Kyiv takes the lead in talks on Andriivka's future.", doc="t.txt") == []


@pytest.mark.parametrize("text, factuality", [
    ('"The enemy knows that after we liberate Chasov Yar and Toretsk, they will retreat," the Russian commander said.',
     "predicted"),
    ("Once Russia takes Pokrovsk, the road to Kostiantynivka opens.", "predicted"),
    ("After Russian forces captured Avdiivka, they moved west.", "asserted"),  # near miss: the past is done
    ("Russia takes Avdiivka after months of fighting.", "asserted"),  # near miss: "after" governs no verb
])
def test_a_time_clause_in_the_present_is_not_yet_done(text: str, factuality: str) -> None:
    assert extract_claims(text, doc="t.txt")[0].factuality == factuality


@pytest.mark.parametrize("text, places", [
    ("The battle for the city of Kreminna lasted more than a month.", []),
    ("Despite Russia's victory, the months-long battle for Vuhledar came at a steep cost.", []),
    ("The battle for Bakhmut, which has lasted for months, goes on.", ["Bakhmut"]),  # near miss: still going on
    ("The battle for Bakhmut continues.", ["Bakhmut"]),
])
def test_a_battle_told_as_over_is_no_fight_now(text: str, places: list[str]) -> None:
    assert [c.place for c in extract_claims(text, doc="t.txt")] == places


def test_the_village_far_from_its_name_is_the_one_village_the_page_names() -> None:
    """An encyclopaedia page about a village names it once at the top; "the village" paragraphs
    later is that village when the page names no other (a town named on the way does not count
    for "the village")."""
    text = ("Davydiv Brid is a village in Beryslav Raion, about 76 km northeast of Kherson city. It belongs to a "
            "hromada. The river flows past. The border runs on the north-west side. It has a school.\n\n"
            "In March the village was captured by Russian forces. The village was ultimately retaken by Ukrainian "
            "forces on 4 October.")
    claims = extract_claims(text, doc="t.txt", published=datetime(2022, 10, 10, tzinfo=timezone.utc))
    assert ("Davydiv Brid", "ukraine") in [(c.place, c.control) for c in claims]
    two = text.replace("It has a school.", "Bilohirka is a village nearby.")
    claims = extract_claims(two, doc="t.txt", published=datetime(2022, 10, 10, tzinfo=timezone.utc))
    assert ("Davydiv Brid", "ukraine") not in [(c.place, c.control) for c in claims]  # two villages: unread


@pytest.mark.parametrize("text, expected", [
    ("Russian forces attacked Kurakhove in October. The town remains contested.", ("Kurakhove", "contested")),
    ("Russian forces attacked Kurakhove in October. The town was eventually captured by Russian forces.",
     ("Kurakhove", "russia")),
])
def test_the_town_with_adverbs_and_remains_before_its_verb(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(c.place, c.control) for c in extract_claims(text, doc="t.txt")]


@pytest.mark.parametrize("text, factuality", [
    ("Kherson residents held protests, demanding that Russian troops leave Kherson.", "predicted"),
    ("Kherson residents said that Russian troops left Kherson.", "asserted"),  # near miss: told as done
    ("The enemy eventually started entering Siversk itself.", "asserted"),  # contested: see below
])
def test_a_demand_is_not_yet_done(text: str, factuality: str) -> None:
    claims = extract_claims(text, doc="t.txt")
    assert claims[0].factuality in (factuality, "attributed")


def test_starting_to_enter_is_a_fight_and_having_entered_holds() -> None:
    """Forces on their way in ("started entering", "are entering": three labellers of four) fight for the town;
    Ukrainian forces that have entered it hold it (eval README: "entered (and holds)")."""
    assert [c.control for c in extract_claims("The enemy eventually started entering Siversk.", doc="t.txt")] == [
        "contested"]
    assert [c.control for c in extract_claims("Ukrainian Air Assault Forces are entering Lyman.", doc="t.txt")] == [
        "contested"]
    assert [c.control for c in extract_claims("Ukrainian Air Assault Forces have entered Lyman.", doc="t.txt")] == [
        "ukraine"]


def test_too_early_to_talk_of_a_liberation_denies_it() -> None:
    claims = extract_claims("Russian officials said it was still too early to talk about Vuhledar's liberation.",
                            doc="t.txt")
    assert [(c.place, c.factuality) for c in claims] == [("Vuhledar", "denied")]


@pytest.mark.parametrize("text, expected", [
    ("Russian troops have not captured Avdiivka, Tarnavskyi said.", [("Avdiivka", "russia", "denied")]),
    ("Kupiansk has not been captured, the General Staff said.", [("Kupiansk", "russia", "denied")]),
    ("DeepState said neither Makiivka nor Novovodyane is under Russian control.",
     [("Novovodiane", "russia", "denied"), ("Makiivka", "russia", "denied")]),
    ("Makiivka is no longer under Russian control.", [("Makiivka", "ukraine", "asserted")]),  # a change, no denial
    ("Chernihiv was never captured.", []),  # near miss: held all along, said of the past
    ("Russian troops failed to storm Avdiivka.", [("Avdiivka", "contested", "asserted")]),
])
def test_a_negation_before_the_verb_denies_the_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(c.place, c.control, c.factuality) for c in extract_claims(text, doc="t.txt")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Footage of Ukraine liberating the territories of Lyptsi and Hlyboke was shared.",
     [("Lyptsi", "ukraine"), ("Hlyboke", "ukraine")]),
    ("Russian forces took full control of the entirety of Severodonetsk.", [("Sievierodonetsk", "russia")]),
    ("Ukrainian forces have taken control of the Yuvileyny microdistrict in the southwest of Kupyansk.",
     [("Kupiansk", "contested")]),
    ("Russian forces control between 45 to 52 percent of Bakhmut.", [("Bakhmut", "contested")]),
    ("Ukraine announced the liberation of districts in the cities of Izyum and Kupyansk.",
     [("Izium", "contested"), ("Kupiansk", "contested")]),
])
def test_territories_entirety_and_parts_before_the_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.place, c.control) for c in extract_claims(text, doc="t.txt")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Ukraine says Russian forces have retreated from Luhansk's Kreminna.", [("Kreminna", "ukraine")]),
    ("Svatove, located some 50 km north of Luhansk is still under Russian control.", [("Svatove", "russia")]),
    ("The Ukrainian troops liberated three settlements on the Kherson front, including the key Russian defense "
     "node of Snihurivka.", [("Snihurivka", "ukraine")]),
    ("Torske has been taken by Ukrainian forces, and so has Drobysheve on the other side of the road.",
     [("Torske", "ukraine"), ("Drobysheve", "ukraine")]),
    ("Borova and a large part of the Borova hromada are under the control of the Ukrainian Armed Forces!",
     [("Borova", "ukraine")]),
])
def test_possessive_oblasts_unclosed_appositions_nodes_ellipses_and_hromadas(text: str,
                                                                            expected: list[tuple[str, str]]) -> None:
    assert [(c.place, c.control) for c in extract_claims(text, doc="t.txt")] == expected


@pytest.mark.parametrize("text", [
    "Russian forces took Kyiv's message to Bucha.",  # a city's possession, not an oblast's town
    "Svatove, located some 50 km north of Luhansk was shelled.",
    "Torske has been taken by Ukrainian forces, and so has the mayor of Drobysheve.",
])
def test_near_misses_of_possessives_appositions_and_ellipses(text: str) -> None:
    assert [c.place for c in extract_claims(text, doc="t.txt") if c.place not in ("Torske",)] == []


def test_the_area_around_the_towns_of_x_is_near_them() -> None:
    text = "The area around the towns of Pavlivka and Vuhledar has been the scene of intense fighting."
    assert extract_claims(text, doc="t.txt") == []
    near_miss = "The towns of Pavlivka and Vuhledar have been the scene of intense fighting."
    assert sorted(c.place for c in extract_claims(near_miss, doc="t.txt")) == ["Pavlivka", "Vuhledar"]


def test_bodies_evacuated_from_a_village_are_no_withdrawal() -> None:
    assert extract_claims("The bodies of 262 dead soldiers had been evacuated from Krynky.", doc="t.txt") == []
    assert [c.control for c in extract_claims("Ukrainian soldiers had been evacuated from Krynky.", doc="t.txt")] == [
        "russia"]  # near miss: the soldiers themselves left it


def test_the_war_of_2014_is_background() -> None:
    published = datetime(2022, 12, 1, tzinfo=timezone.utc)
    text = "Bakhmut is a city. Pro-Russian separatists had taken parts of the city during the 2014 unrest in Ukraine."
    assert all(c.historical for c in extract_claims(text, doc="t.txt", published=published))
    text = "Bakhmut is a city. Russian forces have taken parts of the city, the General Staff said."
    assert not any(c.historical for c in extract_claims(text, doc="t.txt", published=published))


def test_the_importance_of_retaking_a_place_is_a_prospect() -> None:
    text = "Ukraine has spoken of the strategic importance of retaking Kupiansk-Vuzlovyi."
    assert [c.factuality for c in extract_claims(text, doc="t.txt")] == ["predicted"]


@pytest.mark.parametrize("text, places", [
    ("The liberated settlements include Arkhanhelske and Myroliubivka, the governor said.",
     ["Arkhanhelske", "Myroliubivka"]),
    ("One of the settlements liberated in the south was apparently Vysokopillia, the General Staff said.",
     ["Vysokopillia"]),
    ("The liberated villages are near Izium, the governor said.", []),  # near miss: where they lie
    ("Liberated Izium residents were seen, the governor said.", []),  # near miss: people
])
def test_liberated_settlements_named_after_a_copula(text: str, places: list[str]) -> None:
    assert [c.place for c in extract_claims(text, doc="t.txt")] == places


def test_the_town_refers_to_a_town_not_an_oblast_named_as_a_direction() -> None:
    text = ("Russian forces are continuing to attack the town of Vovchansk as part of their offensive into northern "
            "Kharkiv. The town remains contested.")
    claims = [(c.place, c.control) for c in extract_claims(text, doc="t.txt") if c.evidence.startswith("The town")]
    assert claims == [("Vovchansk", "contested")]
    two = text.replace("northern Kharkiv", "Kupiansk")
    claims = [(c.place, c.control) for c in extract_claims(two, doc="t.txt") if c.evidence.startswith("The town")]
    assert claims == []  # near miss: two towns named before, "the town" stays unread


@pytest.mark.parametrize("text, factuality", [
    ("If Russian forces were able to capture Bakhmut, it would enable them to shell Kramatorsk.", "predicted"),
    ("Once Russian forces captured Bakhmut, they moved on.", "asserted"),  # near miss: done
    ("If Russian forces take Sloviansk, they will link up with Russian forces fighting in Rubizhne.", "asserted"),
])
def test_an_if_clause_holds_its_own_verbs_only(text: str, factuality: str) -> None:
    claims = extract_claims(text, doc="t.txt")
    assert claims[-1].factuality == factuality


@pytest.mark.parametrize("text, expected", [
    ("Ukraine had liberated Novovoskresenske, Novohryhorivka, and Petropavlivka villages in Kherson Oblast, "
     "Zelensky said.", ["Novovoskresenske", "Novohryhorivka", "Petropavlivka"]),
    ("The Arey battalion liberated, the village of Staromaiorske, Zelensky said.", ["Staromaiorske"]),
    ("Ukrainian marines have liberated yet another settlement as part of counter-offensive actions – the village "
     "of Urozhaine in Donetsk Oblast.", ["Urozhaine"]),
    ("Heavy fighting continues in the districts of Klishchiivka and Andriivka.", ["Klishchiivka", "Andriivka"]),
    ("Russian sources claimed that Ukrainian forces only control the Azot industrial sector of Severodonetsk.",
     ["Sievierodonetsk"]),
])
def test_list_closers_comma_objects_phrases_before_a_dash_and_districts_of_villages(text: str,
                                                                                   expected: list[str]) -> None:
    claims = extract_claims(text, doc="t.txt")
    assert [c.place for c in claims] == expected
    if "districts" in text or "sector" in text:
        assert {c.control for c in claims} == {"contested"}
    if "as part of" in text:
        assert {c.control for c in claims} == {"ukraine"}  # "as part of" is no part of the village


def test_the_district_of_a_town_is_still_its_raion() -> None:
    """(near miss of the above: Izium has a raion of its name)"""
    assert extract_claims("Russian forces shelled villages in the district of Izium.", doc="t.txt") == []


@pytest.mark.parametrize("text, expected", [
    ("Russian Defense Minister Shoigu said Marinka had been captured. Shtupun denied this.",
     [("Marinka", "russia", "attributed"), ("Marinka", "russia", "denied")]),
    ("Russian Defense Minister Shoigu said Marinka had been captured. The General Staff reported this on Telegram.",
     [("Marinka", "russia", "attributed")]),  # near miss: reporting names a voice, it denies nothing
])
def test_denying_this_is_a_denial_not_a_voice_for_the_sentence_before(text: str,
                                                                      expected: list[tuple[str, str, str]]) -> None:
    assert [(c.place, c.control, c.factuality) for c in extract_claims(text, doc="t.txt")] == expected


def test_the_town_among_several_is_the_articles_topic_when_it_stands_out() -> None:
    text = ("Russia claims Chasiv Yar captured. Russian troops have been attacking Chasiv Yar for a year. Ukraine said "
            "Chasiv Yar still holds. Russian forces took Bakhmut last year and now press on Chasiv Yar from Bakhmut. "
            "Fighting over the town goes on.")
    claims = [(c.place, c.control) for c in extract_claims(text, doc="t.txt") if c.evidence.startswith("Fighting")]
    assert claims == [("Chasiv Yar", "contested")]
    even = ("Russian forces attacked Chasiv Yar. Russian forces attacked Bakhmut. Fighting over the town goes on.")
    claims = [(c.place, c.control) for c in extract_claims(even, doc="t.txt") if c.evidence.startswith("Fighting")]
    assert claims == []  # near miss: no place stands out, "the town" stays unread


@pytest.mark.parametrize("text, side, factuality", [
    ("There are reports that Ukrainian forces have captured the village Verbivka.", "third_party", "unconfirmed"),
    ("As Ukrainian News Agency earlier reported, the flag of Ukraine was raised over Balakliya.", "outlet", "asserted"),
    ("As the General Staff reported, Ukrainian forces liberated Balakliia.", "ukraine", "attributed"),  # near miss
    ("Ukrainian forces liberated Verbivka.", "outlet", "asserted"),  # near miss: no report named
])
def test_unnamed_reports_and_an_agencys_own_earlier_report(text: str, side: str, factuality: str) -> None:
    claims = extract_claims(text, doc="t.txt")
    assert [(c.side, c.factuality) for c in claims] == [(side, factuality)]


@pytest.mark.parametrize("text, side", [
    ("Source: Borova village council\n\nQuote: \"Borova is under the control of the Ukrainian Armed Forces!\"",
     "ukraine"),
    ("Balakliia is under our control, Vitaly Ganchev said.", "russia"),
])
def test_local_councils_and_occupation_heads_are_voices(text: str, side: str) -> None:
    assert [c.side for c in extract_claims(text, doc="t.txt")] == [side]


def test_it_after_a_body_that_maintains_is_that_body() -> None:
    """ "Russia maintains it has captured Pokrovsk" in a Ukrainian outlet: "it" is Russia."""
    claims = extract_claims("Russia maintains it has captured the eastern city of Pokrovsk.", doc="t.txt",
                            affiliation="ukraine")
    assert [(c.place, c.control) for c in claims] == [("Pokrovsk", "russia")]
    claims = extract_claims("Our forces say it has been liberated: Pokrovsk.", doc="t.txt", affiliation="ukraine")
    assert all(c.control != "russia" for c in claims)  # near miss: no body before the verb


def test_a_reported_event_is_no_one_speaking() -> None:
    text = "Russian forces likely seized Vuhledar as of October 1 following a reported Ukrainian withdrawal."
    assert {(c.place, c.control) for c in extract_claims(text, doc="t.txt")} == {("Vuhledar", "russia")}


def test_a_posts_title_with_a_hashtag_names_its_voice() -> None:
    claims = extract_claims('Mayor of #Irpin Oleksandr Markushin: "Today Irpin is liberated."', doc="t.txt")
    assert [(c.place, c.side) for c in claims] == [("Irpin", "ukraine")]
    assert extract_claims('#Breaking #News: "Today Irpin is shelled."', doc="t.txt") == []  # near miss


@pytest.mark.parametrize("text, control", [
    ("Russian forces attacked Siversk in October. Russian forces captured the city's eastern outskirts.", "contested"),
    ("Russian forces attacked Kurakhove in October. Russian forces captured the city's entire territory.", "russia"),
    ("Russian forces attacked Kurakhove in October. Russian forces captured the city's administrative boundaries.",
     "russia"),  # near miss: up to its boundaries is the whole town
])
def test_a_part_owned_by_the_city_referred_back_to(text: str, control: str) -> None:
    claims = [c for c in extract_claims(text, doc="t.txt") if "captured" in c.evidence]
    assert [c.control for c in claims] == [control]
