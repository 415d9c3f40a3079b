"""Name keys: one normal form for every way a name is written."""

from monitor.gazetteer.keys import consonant_skeleton, fold_text, name_key, name_keys


def test_name_key_unifies_case_apostrophes_hyphens_and_possessives() -> None:
    assert name_key("Lysychansk’s") == "lysychansk"
    assert name_key("KUPIANSK") == "kupiansk"
    assert name_key("Kup’yans’k") == name_key("Kup'yans'k") == "kup'yans'k"
    assert name_key("Ivano-Frankivsk") == name_key("Ivano Frankivsk") == "ivano frankivsk"
    assert name_key("  Volokhiv \n Yar ") == "volokhiv yar"
    assert name_key("Kyïv") == "kyiv"


def test_cyrillic_keeps_its_letters() -> None:
    assert name_key("ХАРКІВ") == "харків"
    assert name_key("Київ") == "київ"          # ї is not decomposed
    assert name_key("Артёмовск") == "артемовск"  # ё folds to е


def test_fold_text_keeps_offsets() -> None:
    text = "Russian troops left Izium’s outskirts — and İnkerman, Ґалаґан."
    folded = fold_text(text)
    assert len(folded) == len(text)
    assert folded[text.index("Izium"):].startswith("izium's")


def test_batch_keys_equal_single_keys() -> None:
    names = ["Lysychansk’s", "Ivano-Frankivsk", "Харків", "Ab's", "x.", "  A  B "]
    assert name_keys(names) == [name_key(n) for n in names]


def test_consonant_skeleton_pairs_russian_and_ukrainian_spellings() -> None:
    assert consonant_skeleton("Olenevka") == consonant_skeleton("Olenivka")
    assert consonant_skeleton("Kharkov") == consonant_skeleton("Kharkiv")


def test_folding_keeps_each_letter_in_the_cyrillic_block_or_out_of_it() -> None:
    # (what lets the place finder ask has_cyrillic of the text, once, for the folded text's automaton)
    from monitor.gazetteer.index import has_cyrillic

    for cp in list(range(0x80, 0x600)) + list(range(0x1C80, 0x1C90)) + list(range(0x1E00, 0x1F00)) + [0x130]:
        assert has_cyrillic(fold_text(chr(cp))) == has_cyrillic(chr(cp)), hex(cp)
    assert has_cyrillic("Ізюм") and not has_cyrillic("Izium’s ‘Kupiansk’ — İstanbul")
