"""Control triggers: the words that say a place was taken, lost, held or fought over.

Each pattern has a polarity (``gain``: the actor now holds the place; ``loss``: the
actor left it; ``hold``: the actor holds it; ``contested``: fighting for it) and says
where its place stands: after it (``forward``: "liberated Izium"), before it
(``backward``: "Izium was liberated"), both, or inside it (``inner``: "took Soledar under
control"). Strikes and shelling are deliberately absent: they never make a control claim.
A few patterns carry the side in their own words ("under Ukrainian control",
"Russian-occupied", "the Ukrainian flag over"); the rest take it from their actor.

The vocabulary, by sense (each with the near-misses its tests hold silent):
- taking: liberated, recaptured, retook, captured, seized, cleared, mopped up, entered,
  took / established / gained / secured / regained (full) control of, took X under control,
  came / fell under X's control, de-occupied; nouns: the liberation / capture / takeover /
  cleansing / fall of X, the liberation from the occupiers of X, X's recapture; flags raised /
  hoisted / set up / returned over or in X, the flag of Ukraine was raised over X ("reached an
  agreement", "entered talks", "took part", "the flag was raised at the UN" name no place);
- holding: under / within Ukrainian / Russian control or hands (", including the city of X"), in
  control of, under the jurisdiction of Ukraine, X is ours, X is Ukrainian controlled,
  Russian-occupied, Ukrainian-held, hold the defence of X;
- leaving: withdrew / retreated / pulled out / moved away from, gave up, left / leaves, abandoned,
  lost (control of), lost their positions in X (not near it), ordered to withdraw; expelled:
  pushed / drove / forced X out of;
- fighting: fighting / battles / clashes in or for, storming, assault on, siege of, the X
  pocket or cauldron, encircled, surrounded, semi-encircled, blockaded, on the outskirts
  of or the approaches to, fighting over, forces attacking or continuing to attack (no weapon
  named), advanced / pushes into, infiltrating, is being stormed, contesting, reached (with troops
  named), holding positions in, repelled an attack on, forces still present in; nouns: gains /
  advances / the offensive / the counteroffensive (of forces) in X (not "on X": a drive toward it,
  nor in a region), taking ground / capturing territory in X, broke through the defences in X,
  the encirclement / envelopment of forces in X, under attacks by an army (not shelling, not
  missiles), X has seen fighting, X is an embattled town, the battle of X is an ongoing one,
  troops cutting off X (not a road, not from power), the battle lines in X (not near the front line
  in X), forces suffered losses in X (not civilians, not a direction), advanced south and within X,
  began to defend X (ground forces, not air defence), the defending forces in X (not shooting down
  drones), forces allowed to move into X (not residents), setbacks in X, lost full control of X.
"""

from __future__ import annotations

from monitor.extract import rules_re as re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from monitor.extract.reach import Windowed, hint_reach, known_reach
from monitor.extract.scan import HAS_CASE_VARIANT


@dataclass(frozen=True)
class TriggerPattern:
    rule: str
    kind: str  # gain | loss | hold | contested
    regex: re.Pattern[str]
    forward: bool
    backward: bool
    side: str | None = None  # fixed side, when the words themselves name it
    needs: str = ""  # "actor": only with a named actor; "force": only near troops or fighting; "troops": only
    # near troops or a named actor (not fighting alone); "voice": only
    # with a named actor or a speaker of one side
    hints: tuple[str, ...] = ()  # lower-case words one of which any match contains (a cheap prefilter)
    inner: bool = False  # the place stands inside the words ("took Soledar under control")
    expel: bool = False  # "pushed Russian troops out of X": an actor after the verb is the one who left
    default: str | None = None  # the side when no actor is named ("occupied": Russia's)
    source: str = ""  # the pattern as written (flags: IGNORECASE), which `reach` reads


@dataclass(frozen=True)
class Trigger:
    rule: str
    kind: str
    start: int
    end: int
    forward: bool
    backward: bool
    side: str | None
    nominal: bool  # "the liberation of": no verb, so no subject of its own
    needs: str = ""
    strict: bool = False  # object only right after it ("hold the town of X", not "held talks in X")
    inner: bool = False
    expel: bool = False
    default: str | None = None


# The forces nouns a presence names ("Ukrainian troops in X", "our soldiers are in X").
PRESENCE_FORCES = "troops|forces|soldiers|servicemen|personnel|army|units|fighters|marines|paratroopers|defenders|groups"


# A count of engagements ("around two dozen combat engagements", "21 clashes"): fighting told by its tally.
_ENGAGEMENT_COUNT = (r"(?:(?:around|about|some|over|more\s+than|at\s+least|nearly|almost|roughly|up\s+to|a|an|\d+|two|three|"
                     r"four|five|six|seven|eight|nine|ten|dozen|dozens\s+of|several|many|numerous|heavy|fierce|intense)\s+)"
                     r"{0,4}(?:combat\s+)?(?:engagements?|clashes|battles?|firefights?|skirmishes)")


def _p(rule: str, kind: str, pattern: str, *, forward: bool = True, backward: bool = False,
       side: str | None = None, needs: str = "", inner: bool = False, expel: bool = False,
       default: str | None = None) -> TriggerPattern:
    return TriggerPattern(rule, kind, re.compile(pattern, re.IGNORECASE), forward, backward, side, needs,
                          tuple(_HINTS[rule].split("|")) if rule in _HINTS else (), inner, expel, default, pattern)


# After "X seizure", "X occupation": the compound names an event, not a body, time or campaign of the place's.
_NOT_A_MODIFIER = (r"(?!\s+(?:authorit\w+|administrations?|regime|forces|troops|officials?|period|anniversary|day|years?|"
                   r"months?|museum|zone|of|by|offensive|operation|campaign|force)\b)")


# Substrings (lower case) without which a pattern cannot match: most sentences skip most patterns.
_HINTS = {
    "contested.convoy_in": "convoy|column",
    "gain.flag_taken_down": "flag",
    "gain.flag_taken_down_russian": "flag",
    "gain.take_possession": "possession",
    "contested.changed_hands": "hand",
    "contested.gray_zone": "gray|grey",
    "contested.became_contested": "contested",
    "hold.no_control": "no control|no full|no complete|no total|no real|no effective",
    "hold.grip": "hold|grip",
    "gain.control_noun": "control",
    "contested.entry_noun": "entry",
    "contested.hot_in": "hot",
    "contested.operating_in": "operat",
    "loss.evacuates": "evacuat",
    "gain.its_nominal": "its ",
    "gain.victory": "victory",
    "hold.possession": "possession",
    "hold.consolidate_control": "consolidat",
    "gain.compound_nominal": "seizure|takeover",
    "gain.compound_occupation": "occupation",
    "contested.under_assault": "assault|siege|blockade|encirclement|cauldron",
    "contested.hottest_subject": "hottest|fiercest",
    "hold.stronghold": "stronghold|bastion|outpost|fortress",
    "hold.stronghold_for": "stronghold|bastion|outpost|fortress",
    "contested.assaults_noun": "attacks|assaults",
    "contested.push_through": "through",
    "gain.take_hold": "hold",
    "contested.expand_control": "expand|widen|extend|broaden",
    "loss.withdrew_beyond": "north|south|east|west",
    "hold.under_control": "control|hands|jurisdiction|occupation|command",
    "hold.under_occupation": "occupation",
    "hold.nation_control": "control",
    "hold.claimed_control": "control",
    "hold.no_russians": "no ",
    "hold.no_ukrainians": "no ",
    "hold.no_enemy": "enem",
    "hold.hands_of": "hands",
    "contested.brink": "verge|brink|edge|close|near",
    "contested.holding_out": "out in|out inside|out within",
    "contested.scene_of": "scene|site|focus|centre|center|epicent|hotspot",
    "contested.defending": "defend",
    "hold.control_of": "control of",
    "hold.control_including": "including",
    "hold.held_cities_named": "control|hands",
    "hold.is_side_held": "-held|-controlled| held| controlled",
    "hold.jurisdiction_of": "jurisdiction",
    "hold.ours": "ours",
    "contested.where_fighting": "locked|engaged|embroiled|mired|bogged|raging|rage|ongoing|continu|under|going on|where there|"
                                "there were|there was|there have been|there has been|there had been",
    "contested.engagements_in": "there were|there was|there have been|there has been|there had been",
    "gain.free": "free",
    "gain.again": "again",
    "hold.occupied_adj": "-occupied|-held|-controlled",
    "hold.occupied": "occup",
    "hold.occupied_adjective": "occupied",
    "hold.ukrainian_held": "-held|-controlled",
    "hold.defence": "defen",
    "hold.presence": "troops|forces|soldiers|servicemen|personnel|army|units|fighters|marines|paratroopers|defenders|groups",
    "gain.flag": "flag",
    "gain.flag_flies": "flag",
    "gain.flag_of_raised": "flag",
    "gain.under_flag": "flag",
    "gain.take_control": "control",
    "gain.announced_control": "control",
    "gain.control_passive": "control",
    "gain.under_control_verb": "control",
    "gain.taken_under_control": "control",
    "gain.come_under": "control",
    "gain.verb": "liberat|recaptur|retak|retook|reconquer|captur|seiz|free|clear|regain|enter|took|tak|conquer|"
                 "establish|gain|reclaim|overr|won back|win back|wrest|mop|occup|cleans|return|secur|recover",
    "gain.swept_into": "swept|sweep|roll|march",
    "contested.lost_ground_side": "ground",
    "contested.street_fighting": "street",
    "contested.operations_in": "operations|actions",
    "gain.mop_up_completed": "complet|finish|conclu",
    "contested.clash_in": "clash",
    "contested.stuck_in": "stuck|trapped|pinned",
    "contested.towards_centre": "centre|center|heart",
    "hold.hold_on": "hold on",
    "contested.hottest": "hottest|most difficult|most intense|most dangerous|toughest|most tense|fiercest",
    "gain.transition_under": "under",
    "gain.free_from_occupation": "free",
    "gain.marked_liberated": "mark",
    "gain.marked_liberated_passive": "marked",
    "gain.marked_captured": "mark",
    "gain.marked_captured_passive": "marked",
    "gain.passive": "liberated|recaptured|retaken|reconquered|captured|seized|freed|taken|reclaimed|recovered|overrun|won back|"
                    "cleared|regained|conquered|occupied|mopped|cleansed|secured|set free",
    "gain.fell": "fell|falls|fallen|succumb",
    "gain.into_hands": "hands",
    "gain.flag_fronted": "flag",
    "gain.fell_bare": "fell",
    "gain.flag_down_russian": "flag",
    "gain.flag_down_ukrainian": "flag",
    "gain.won_battle": "won|win|victory",
    "loss.lost_battle": "lost|los",
    "gain.fallen": "fell|fallen",
    "gain.nominal": "liberation|liberators|recapture|reconquest|capture|conquest|seizure|release|takeover|occupation|cleansing|"
                    "clearing|clearance|mopping|mop-up",
    "gain.occupation_of": "occupation of",
    "loss.retreat": "withdr|retreat|pull|regroup",
    "gain.possessive": "liberation|recapture|reconquest|capture|conquest|seizure|release|takeover|occupation|"
                       "cleansing|clearing|clearance|mopping|mop-up",
    "gain.ditto": "that of",
    "gain.fall": "fall of",
    "gain.loss_of": "loss of",
    "gain.fall_possessive": "fall",
    # ("forced|forcing", not "forc": "forces" is in most sentences of war reporting)
    "gain.expel": "push|drove|driv|forced|forcing|kick|knock|oust|expel|thrown|throwing|threw|squeez|dislodg|chas",
    "hold.verb": "hold|held|control|retain",
    "hold.passive_by": "held|controlled",
    "hold.have_under_control": "control",
    "loss.exits": "exit",
    "loss.withdraw": "withdr|retreat|pull|fled|flee|regroup|redeploy|evacuat|away|escape|flight|exodus|moved out|move out|moving out|moves out|exit",
    "loss.pulled_out": "pull",
    "loss.regroup_stationed": "regroup",
    "loss.left": "left|leav|vacat|abandon|lost|los|surrender|fled|flee|gave up|give up|given up|giving up",
    "loss.lost_control": "control",
    "contested.lost_full_control": "control",
    "loss.passive_by": "abandon|surrender|left|given up|deserted|vacated",
    "loss.abandoned": "abandoned|surrendered|given up",
    "contested.gates": "gates|outskirts|edge|entrance|fringe",
    "contested.approaches": "approaches",
    "contested.attacking": "attacking|to attack",
    "contested.fighting": "fight|battle|clash|combat|hostilit|warfare",
    # ("fought", not only "fight": "fought street by street for control of X")
    "contested.verb": "began|begun|begin|start|fight|fought|battle|clash|storm|assault|besieg|beleaguer|encircl|"
                      "surround|envelop|blockad|blocked|counter|advanc|push|progress|foothold|themselves|itself|broke|break|contest|attack|positions|invad|success|presence|operation|"
                      "block",
    "contested.battle_for": "battle|fight|struggle|combat|clash",
    "contested.repelled_attacks": "repel",
    "contested.passive": "surrounded|encircled|besieged|contested|siege|seige|cut off|blockaded|blocked|being|fought",
    "contested.infiltrate": "infiltrat|penetrat",
    "contested.siege": "siege|seige|pocket|cauldron|encircl|envelop|noose|grip|blockade",
    "contested.pocket": "pocket|cauldron|kessel",
    "contested.trapped_in": "surrounded|encircled|enveloped|trapped|blockaded|blocked|cut off",
    # (the verb saying it goes on, which the pattern needs as much as the noun and which war
    # reporting holds far less often than "battle", "fight" or "defence")
    "contested.battle_goes_on": "continue|rage|ongoing|goes on|went on|persist|drags on|is still",
    "contested.operations_against": "operations|actions",
    "contested.reached": "reach",
    "contested.breached": "breach",
    "contested.advance_noun": "gains|advance|offensive|breakthrough|incursion|setbacks|push ",
    "contested.ground_in": "ground|territory",
    "contested.broke_through": "through",
    "contested.encircled_forces_in": "encircl|envelop|surround|trap|block",
    "contested.under_attack_by": "attack|assault|storming",
    "contested.has_seen": "seen",
    "contested.defending_forces_in": "defending",
    "contested.move_into": "into",
    "contested.progress_into": "progress|headway|inroads",
    "contested.front_line_in": "line",
    "contested.on_the_front_line": "frontline|front line|front-line",
    "contested.losses_in": "losses|casualties",
    "contested.cut_off": "cut off|cuts off|cutting off",
    "contested.embattled": "embattled",
    "contested.positions": "position|line|ground",
    "contested.there": "there",
    "hold.keep_control": "control",
    "gain.state_flags_raised": "flag",
    "gain.returned_to": "return|came|come",
}


_GAIN_PARTICIPLES = (r"liberated|re-?captured|re-?taken|reconquered|captured|seized|freed|set free|taken(?: back)?|reclaimed|recovered|overrun|"
                     r"won back|de-?occupied|re-?occupied|mopped up|cleansed|"
                     r"cleared|regained|conquered|taken over|taken control of|secured")
_NOMINALS = (r"(?:full |complete |final )?(?:liberation|liberators|recapture|reconquest|capture|conquest|seizure|release|takeover|"
             r"de-?occupation|cleansing|clearing|clearance|mopping[- ]up|mop-up)")
# Whose control: a nationality, a capital, a proxy force, or a pronoun (the speaker's side).
_WHOSE = (r"ukrainian|ukraine['’]s|ukraine|russian|russia['’]s|russia|our|their|its|kyiv['’]s|kyiv|kiev['’]s|"
          r"moscow['’]s|moscow|wagner['’]s|wagner|kremlin['’]s|dpr|lpr|separatist|enemy|the enemy['’]s|afu|zsu|apu")
_CONTROL_VERBS = (r"tak(?:e|es|en|ing)|took|seiz(?:e|es|ed|ing)|establish(?:es|ed|ing)?|gain(?:s|ed|ing)?|"
                  r"secur(?:e|es|ed|ing)|assum(?:e|es|ed|ing)|assert(?:s|ed|ing)?|wrest(?:s|ed|ing)?|"
                  r"regain(?:s|ed|ing)?|retak(?:e|es|en|ing)|retook|restor(?:e|es|ed|ing)|return(?:s|ed|ing)?|"
                  r"re-?establish(?:es|ed|ing)?|w(?:in|ins|on)|claim(?:s|ed|ing)?|achiev(?:e|es|ed|ing)|"
                  r"announc(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|proclaim(?:s|ed|ing)?|"
                  r"ha(?:ve|s|d)(?:\s+now)?")

_FLAG_DOWN = (r"\b(?:tore|tear(?:s|ing)?|torn|took|take(?:s|n)?|taking|pull(?:ed|s|ing)?|throw(?:s|ing|n)?|threw|"
              r"remov(?:e|ed|es|ing)|lower(?:ed|s|ing)?|rip(?:ped|s|ping)?|cut(?:s|ting)?|burn(?:s|ed|t|ing)?)\s+(?:down\s+|off\s+)?"
              r"(?:the\s+|a\s+)?{whose}\s+(?:and\s+(?:the\s+)?[\w\"“”'’]+\s+)?flags?\s+(?:down\s+)?"
              r"(?:[\w'’-]+\s+){{0,6}}?(?:from|over|in|on|at|atop|above)\b")

_FLAG_TAKEN_DOWN = (r"\b{whose}\s+(?:(?:national|state)\s+)?flags?\s+(?:being|was|were|(?:has|have|had)\s+been)\s+"
                    r"(?:taken|pulled|torn|ripped|lowered|removed)(?:\s+down)?\s+(?!(?:to|at)\s+half)"
                    r"(?:from|over|in|on|at|atop|above)\b")  # (not "lowered at half-mast": mourning)

PATTERNS: tuple[TriggerPattern, ...] = (
    # Side named by the words themselves.
    # "Russian control of Siversk represents a shift", "no talk of Russian control over Pokrovsk": a nation's control
    # named as a noun (the nation before it owns it, as "the Russian capture of X").
    _p("hold.nation_control", "hold",
       r"(?:(?<=russian )|(?<=ukrainian )|(?<=russia's )|(?<=russia’s )|(?<=ukraine's )|(?<=ukraine’s )|(?<=kyiv's )|"
       r"(?<=kyiv’s )|(?<=moscow's )|(?<=moscow’s ))(?:(?:full|complete|total|effective|firm)\s+)?control\s+(?:over|of)\b"),
    # "the Kremlin's claims of control over Kupyansk", "reports about control of X": a hold claimed, its owner the
    # claimant named before the noun
    _p("hold.claimed_control", "hold",
       r"\b(?:claims?|reports?|announcements?|statements?)\s+(?:of|about|on)\s+(?:(?:full|complete|total)\s+)?"
       r"control\s+(?:over|of|in)\b"),  # ("Russian claims of full control in Myrnohrad")
    _p("hold.under_control", "hold",
       r"\b(?:(?:is|are|was|were|be|been|being|remains?|remained|now|it['’]s|stays?|back|firmly|fully|completely|"
       r"entirely|largely|mostly|almost|nearly|practically|virtually|already|still|again|returned)\s+){0,3}"
       r"(?:under|in|within)\s+(?:the\s+)?(?:(?:full|complete|total|firm|effective)\s+)?\(?(?P<whose>" + _WHOSE + r")\)?\s+"
       r"(?:(?:military|armed\s+forces|forces|army|troops|full|complete|total|firm|operational|effective)\s+){0,2}"
       r"(?:control|hands|jurisdiction|occupation|command)\b",  # ("the villages of A and B are now under Russian occupation")
       backward=True, forward=False),
    # "Enerhodar is under occupation (by Russian troops)": no side named in the words, the occupier's (Russia's,
    # unless the by-phrase names another); in the present only ("was under occupation from March 9 to 30": over)
    _p("hold.under_occupation", "hold",
       r"\b(?:is|are|remains?|stays?|(?:has|have)\s+been)\s+(?:(?:now|still|temporarily|fully|completely|largely)\s+){0,2}"
       r"under\s+(?:the\s+)?(?:temporary\s+)?occupation\b(?!\s+(?:regime|authorit\w+|administrations?)\b)",
       backward=True, forward=False, default="russia"),
    # "placing Russia's hold of the city of Izium under threat", "Ukraine's grip on Kupiansk": the side's hold.
    _p("hold.grip", "hold",
       r"\b(?P<whose>ukraine['’]s|russia['’]s|moscow['’]s|kyiv['’]s|kiev['’]s|russian|ukrainian)\s+"
       r"(?:(?:firm|tenuous|fragile|weakening|loosening|remaining|continued)\s+)?(?:hold|grip)\s+(?:of|on|over)\b"),
    # "most of the oblast remained within Ukrainian control, including the city of Kharkiv": the places
    # the holding includes, after it.
    _p("hold.control_including", "hold",
       r"\b(?:under|in|within)\s+(?:the\s+)?(?:(?:full|complete|total|firm|effective)\s+)?(?P<whose>ukrainian|russian)\s+"
       r"(?:(?:military|armed\s+forces|forces|army|troops)\s+)?(?:control|hands)\s*,\s*including\b"),
    # "the last two major cities still under Ukrainian control in the Donbas region, Kramatorsk and
    # Sloviansk": places a plural names after its holding, as an apposition (not "cities under
    # Ukrainian control were shelled": no place follows the comma).
    _p("hold.held_cities_named", "hold",
       r"\b(?:cities|towns|villages|settlements|strongholds|population\s+cent(?:re|er)s)\s+"
       r"(?:(?:in|of)\s+(?:the\s+)?(?:[\w'’“”\"-]+\s+){1,5}?)?(?:(?:that\s+)?(?:still|now|remain(?:ing)?|are|were)\s+){0,2}"
       r"(?:under|in)\s+(?P<whose>ukrainian|russian|kyiv['’]s|moscow['’]s)\s+(?:control|hands)\b"
       r"(?:\s+(?:in|of)\s+(?:the\s+)?[\w'’-]+(?:\s+(?:region|oblast|area|province))?)?\s*[,:—–-]\s*(?=(?-i:[A-Z]))"),
    # "Bakhmut is Ukrainian controlled", "the town remains Russian-held": the side's holding said of its subject.
    _p("hold.is_side_held", "hold",
       r"\b(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:(?:now|still|again|firmly|fully|completely|"
       r"entirely|largely|mostly)\s+)?(?P<whose>ukrainian|ukraine|russian|russia)[- ](?:controlled|held)\b",
       backward=True, forward=False),
    # "X is again under the jurisdiction of Ukraine": a state's jurisdiction over the place.
    _p("hold.jurisdiction_of", "hold",
       r"\b(?:(?:is|are|was|were|be|been|remains?|remained|now|back|returned|returns|again|once\s+again|fully|"
       r"already|still)\s+){0,3}(?:under|to)\s+(?:the\s+)?jurisdiction\s+of\s+(?P<whose>ukraine|russia)\b(?!['’])",
       backward=True, forward=False),
    # "X had been “practically in the hands of Russian forces”", "in the hands of the Ukrainian army".
    _p("hold.hands_of", "hold",
       r"\b(?:(?:is|are|was|were|be|been|being|remains?|remained|now|back|firmly|fully|completely|entirely|largely|"
       r"mostly|almost|nearly|practically|virtually|already|still|again)\s+|[“\"]){0,4}"
       r"in\s+the\s+hands\s+of\s+(?:the\s+)?(?P<whose>" + _WHOSE + r")\b",
       backward=True, forward=False),
    _p("hold.control_of", "hold",
       r"\b(?:(?:is|are|was|were|be|been|remains?|remained|now|it['’]s|stays?|back|returning|returned|returns|"
       r"fully|completely|entirely|largely|mostly|almost|already|still|again)\s+){0,3}"
       r"(?:under|to)\s+(?:the\s+)?(?:(?:full|complete|total)\s+)?control\s+of\s+(?:the\s+)?"
       r"(?P<whose>ukraine|ukrainian|russia|russian|kyiv|moscow)?\b",
       backward=True, forward=True),  # (forward: "returned to the control of Ukraine: A, B", "… including X")
    _p("hold.ours", "hold", r"(?:\b(?:is|are|was|were|remains?|stays?)\s+(?:now\s+|again\s+|once again\s+|already\s+|still\s+)?"
       r"[\"“‘']?|(?<=\w)\s+[\"“‘'])ours\b",  # ("Zelensky says Kherson 'ours'": a headline's quoted word)
       backward=True, forward=False, side="speaker", needs="voice"),
    # "Izium is free.", "Kherson is free again!": a place freed, said as the sentence's end; whose
    # doing comes from the article (its other claims, its words), as for a passive with no agent.
    _p("gain.free", "gain",
       r"\b(?:is|are)\s+(?:now\s+|finally\s+|once again\s+|again\s+|at last\s+)?free(?:\s+again|\s+now|\s+at last)?"
       r"(?=\s*(?:[.!,;”\"’)]|\U0001F1FA|\U0001F1F7|$))", backward=True, forward=False),  # ("Izium is free, X said")
    # "Balakliia is Ukraine again!": back with a side, said as the sentence's end ("Crimea is
    # Ukraine", with no "again", is a slogan, not news).
    _p("gain.again", "gain",
       r"\b(?:is|are)\s+(?:now\s+|once\s+)?(?P<whose>ukraine|ukrainian|russia|russian)\s+(?:once\s+)?again\b"
       r"(?=\s*(?:[.!,;”\"’)]|\U0001F1FA|\U0001F1F7|$))", backward=True, forward=False),  # ("Izium is free, X said")
    _p("hold.occupied_adj", "hold", r"\b(?:russian|russia)-(?:occupied|held|controlled)\b", side="russia"),
    # "occupied" after a determiner or an adverb is an adjective, always Russia's ("the occupied city
    # of X", "temporarily occupied X"); after its subject a verb ("the Ukrainian military occupied X").
    _p("hold.occupied_adjective", "hold",
       r"(?:\b(?:the|a|an|of|in|to|towards?|from|near|around|into|outside|inside|within|across|throughout|"
       r"temporarily|currently|still|now|partially|already|remaining|illegally|"
       r"fully|once)\s+|,\s*|^)occupied\b(?!\s+by\b)", side="russia"),
    # (not "a village that became a Russian bastion in Ukraine's occupied south": the adjective's noun is a region)
    _p("hold.occupied", "hold", r"\b(?<!-)(?<!de-)(?<!de)occup(?:y|ies|ied|ying)\b"
       r"(?<!ying(?=\s(?:forces?|army|armies|troops|power|powers|authorit\w+|administrations?|regime|soldiers|units)\b))"
       r"(?!\s+(?:(?:north|south)(?:-?(?:east|west))?|"
       r"east|west|territor(?:y|ies)|regions?|lands|zones?|oblasts?|provinces?|coast(?:line)?)\b)"
       r"(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:place|role|niche|seat|space)\b)",  # ("occupies a central place")
       backward=True, default="russia"),
    _p("hold.ukrainian_held", "hold", r"\b(?:(?:ukrainian|ukraine|kyiv|kiev)-|(?:(?:ukrainian|kyiv|kiev)\s+)?government-)"
       r"(?:held|controlled)\b", side="ukraine"),  # ("the Ukrainian government-held city of Zaporizhzhia")
    # "There is no Russian army in the town of Chasiv Yar", "no occupiers are left in X": the other side holds it.
    _p("hold.no_russians", "hold",
       r"\b(?:there\s+(?:is|are|were|was)\s+|)no\s+(?:more\s+|(?:trace|sign)s?\s+of\s+(?:the\s+)?(?:presence\s+of\s+)?)?"
       r"(?:russian\s+(?:army|troops|forces|soldiers|military|(?:armed\s+)?personnel|servicemen|"
       r"presence|units)|russians|occupiers|invaders|orcs)\s+(?:(?:are|were|is|was)\s+)?(?:left\s+|remain(?:s|ed)?\s+)?"
       r"(?:in|inside|within)\b",
       side="ukraine"),
    _p("hold.no_ukrainians", "hold",
       r"\b(?:there\s+(?:is|are|were|was)\s+|)no\s+(?:more\s+)?(?:ukrainian\s+(?:army|troops|forces|soldiers|military|"
       r"(?:armed\s+)?personnel|servicemen|presence|units)|ukrainians|afu|militants|nationalists)\s+"
       r"(?:(?:are|were|is|was)\s+)?(?:left\s+|remain(?:s|ed)?\s+)?(?:in|inside|within)\b",
       side="russia"),
    # "Now there is no enemy in Stepove": the voice's own side holds it.
    _p("hold.no_enemy", "hold", r"\bthere\s+(?:is|are|were|was)\s+no\s+(?:more\s+)?enem(?:y|ies)\s+(?:left\s+)?"
       r"(?:in|inside|within)\b", side="speaker"),
    # Holding out: "the Armed Forces are holding the defence in X".
    _p("hold.defence", "hold", r"\bhold(?:s|ing)?\s+(?:the\s+|their\s+)?defen[cs]es?\s+(?:in|of|at)\b",
       needs="voice"),
    # Forces where a place is ("Ukrainian troops in the village of X", captions: "… stand in front of X
    # city hall"): the named side holds it; yields to any other reading of the same place.
    _p("hold.presence", "hold",
       rf"\b(?:{PRESENCE_FORCES})(?:\s+of\s+(?:ukraine|russia|the\s+russian\s+federation))?\]? "  # ("[Ukrainian troops]
       # are in X": an editor's bracket; "the Armed Forces of Ukraine are in X")
       r"(?P<trigger>(?:(?:are|were|is|was|remain|remained|still|now|already|currently|"
       r"reportedly|stand|stood|standing|seen|pictured|posing|pose|deployed|stationed|present|left|remaining)\s+){0,3}"
       r"(?:in front of|on the streets of|in the (?:centre|center|heart|streets) of|inside|within|in)\b)",
       needs="actor"),
    _p("gain.flag", "gain",
       # ("soldiers holding the Ukrainian flag on the rooftop of the city council of X", "a soldier next to the
       # Ukrainian flag on a rooftop in X", "soldiers stand with a flag at X")
       r"\b(?:(?:rais|hoist|install|plant|unfurl|plac|put(?:s|ting)?\s+up|set(?:s|ting)?(?:\s+up)?|fly|flew|flown|wav|"
       r"hold|held|stand|stood)\w*|pos(?:e|es|ed|ing)|next\s+to)"
       # the flag's own side, when no one is named who raised it: "a soldier hoisted the Ukrainian flag in X"
       r"\s+(?:[\w'’-]+\s+){0,6}?(?:(?P<emoji>\U0001F1FA\U0001F1E6|\U0001F1F7\U0001F1FA|"
       r"(?<!\S)(?:ukrainian|russian)(?=\s+(?:national\s+)?flags?\b))\s*)?(?:national\s+)?flags?\s+"
       r"(?:of\s+(?P<whose>ukraine|russia)\s+)?(?:\w+\s+){0,3}?"
       r"(?:over|above|in|on|atop|at)\b"),
    # "tore down the Russian flag in Kupiansk", "throwing down the Russian and "DNR" flags from the roof
    # of the Lyman city council": the flag's side has left; its enemy holds the place.
    _p("gain.flag_down_russian", "gain", _FLAG_DOWN.format(whose=r"(?:russian|russia['’]s|[\"“]?[dl]pr[\"”]?|"
                                                                   r"[\"“]?[dl]nr[\"”]?|occupiers['’]|enemy)"),
       side="ukraine"),
    _p("gain.flag_down_ukrainian", "gain", _FLAG_DOWN.format(whose=r"(?:ukrainian|ukraine['’]s)"), side="russia"),
    # "Ukrainian flags being taken down in Avdiivka", "the Russian flag was torn down over X": the flag's side left.
    _p("gain.flag_taken_down", "gain", _FLAG_TAKEN_DOWN.format(whose="ukrainian"), side="russia"),
    _p("gain.flag_taken_down_russian", "gain", _FLAG_TAKEN_DOWN.format(whose="russian"), side="ukraine"),

    # "returned 29 settlements under the blue-yellow flag": the flag says whose.
    _p("gain.under_flag", "gain",
       r"\b(?:return(?:ed|s|ing)?|brought|bring(?:s|ing)?)(?=(?:\s+[\w'’-]+){0,4}?\s+(?:back\s+)?under\s+the\s+"
       r"(?P<whose>ukrainian|blue[- ](?:and[- ])?yellow|yellow[- ](?:and[- ])?blue|russian)\s+flags?\b)"),
    _p("gain.flag_flies", "gain",
       r"(?:(?P<emoji>\U0001F1FA\U0001F1E6|\U0001F1F7\U0001F1FA)|\b(?P<whose>ukrainian|russian|ukraine['’]s|russia['’]s|our|"
       r"(?<=the\s)national))"  # ("the national flag once again flies over X": the voice's own side's)
       r"\s+(?:national\s+|state\s+)?flags?\s+(?:\w+\s+){0,2}?"
       r"(?:(?:was|were|has been|had been)\s+(?:raised|hoisted|put up|unfurled)\s+by\s+(?:the\s+)?(?:local\s+)?"
       r"(?:residents|locals|people|inhabitants)\s+(?:of|in)|"  # "raised by residents of the town of X": X's flag
       r"(?:installed|planted|placed|put up|set up|raised|hoisted)\s+(?:on top of|on the roof of|atop|over|above|on|in)|"
       r"flies|flying|fly|flew|hoisted|raised|was raised|were raised|is flying|now flies|returned to|returns to|"
       r"is (?:already |now |again )?(?:in|over|above)|was (?:already |now )?(?:in|over|above)|over|above)\b"
       r"(?:\s+(?:over|above|in|the village of|the town of|the city of))?"),
    # "the flag of Ukraine was raised over Balakliia": the passive, the flag's side named after it.
    _p("gain.flag_of_raised", "gain",
       r"\b(?:national\s+|state\s+)?flags?\s+of\s+(?:the\s+)?(?P<whose>ukraine|russia|lpr|dpr)[\"”’]?\s+(?:(?:was|were|has\s+been|had\s+been|"
       r"have\s+been|is|are)\s+(?:now\s+|again\s+|once\s+again\s+|already\s+|finally\s+|officially\s+|solemnly\s+)?)?(?:raised|hoisted|"
       r"put\s+up|set\s+up|unfurled|installed|planted)\s+(?:over|above|atop|in|on)\b"),
    # "In Stanislav, Kherson region, the flag of Ukraine was raised", "… the Ukrainian flag again flutters": the flag of
    # the place the sentence opens with (linking.py: _fronted_in)
    _p("gain.flag_fronted", "gain",
       r"\b(?P<of>flags?\s+of\s+)?(?P<whose>ukrainian|russian|ukraine|russia)(?(of)|\s+(?:national\s+|state\s+)?flags?)\s+"
       r"(?:(?:was|were|has\s+been|had\s+been|is|are)\s+)?(?:again\s+|now\s+|once\s+again\s+|finally\s+|officially\s+|solemnly\s+)?"
       r"(?:raised|hoisted|flutters|fluttered|flies|flew|unfurled|put\s+up|installed)\b(?=\s*[.:;!,]|\s+(?:again|for|on|"
       r"today|yesterday|once))", forward=False, backward=False),
    # "state flags had been raised in Bohorodychne and Oskil": the state's flags, the voice's side
    _p("gain.state_flags_raised", "gain",
       r"\b(?:(?P<whose>ukrainian|russian)\s+)?(?:national|state)\s+flags?\s+(?:was|were|has\s+been|had\s+been|"
       r"have\s+been)\s+(?:now\s+|again\s+|already\s+)?(?:raised|hoisted|put\s+up|set\s+up|unfurled|installed|planted)\s+"
       r"(?:over|above|atop|in|on)\b"),
    # "Trostyanets is free from Russian occupation", "freed from the occupiers": Ukraine's again.
    _p("gain.free_from_occupation", "gain",
       r"\b(?:is|are|was|were|has\s+been|have\s+been|now|finally)\s+(?:now\s+|finally\s+|completely\s+|fully\s+)?"
       r"free(?:d)?\s+from\s+(?:the\s+)?(?:russian\s+)?(?:occupation|occupiers?|occupants|invaders?|intruders?|"
       r"aggressors?|orcs|russians|enemy)\b",
       forward=False, backward=True, side="ukraine"),
    # "Ukrainian troops returned to Balakliia", "the Russian military had returned to Kreminna": forces back
    # in a place (a president returning to Kyiv after talks, residents returning home: no forces, no claim)
    _p("gain.returned_to", "gain", r"\b(?:return(?:s|ed|ing)?|came\s+back|come\s+back)\s+to\b", needs="troops"),
    # Taking control.
    _p("gain.take_control", "gain",
       r"\b(?:" + _CONTROL_VERBS + r")\s+(?:back\s+)?(?:the\s+)?[“\"]?(?:(?:full|complete|total|effective|firm|partial)\s+)?"
       r"control[”\"]?\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\s+)?"
       r"(?:of|over)\b"),  # ('took “full control” of X', 'have taken "full control of X', 'took control Sunday of X')
    # "Russia continues to consolidate control of Kherson": holding it, not fighting for it.
    _p("hold.consolidate_control", "hold", r"\bconsolidat(?:e|es|ed|ing)\s+(?:(?:its|their|the|his)\s+)?"
       r"(?:(?:full|complete|total|firm)\s+)?control\s+(?:of|over)\b"),
    # "Russia announced the establishment of control over Vuhledar": a noun of taking control.
    _p("gain.control_noun", "gain", r"\b(?:establishment|assertion|restoration|seizure)\s+of\s+(?:(?:full|complete|total)\s+)?"
       r"control\s+(?:over|of)\b"),
    _p("gain.control_passive", "gain",
       r"\bcontrol\s+(?:was|were|has been|had been|have been|is|is being)\s+(?:\w+\s+)?(?:established|taken|gained|"
       r"restored|regained|secured|asserted)\s+(?:over|of|in)\b"),
    _p("gain.under_control_verb", "gain",
       r"\b(?:tak(?:e|es|ing)|took|brought|bring(?:s|ing)?|put(?:s|ting)?|plac(?:e|es|ed|ing))\s+(?:[\w'’-]+\s+){1,7}?"
       r"under\s+(?:(?:their|its|our|full|complete|total|firm)\s+){0,2}control\b", inner=True),
    _p("gain.taken_under_control", "gain",
       r"\b(?:been|be|was|were|is|are)\s+(?:\w+\s+)?taken\s+under\s+(?:(?:their|its|our|full|complete|total)\s+){0,2}"
       r"control\b", forward=False, backward=True),
    # "Russia's Defense Ministry announced its control over X": the announcer's taking of it.
    _p("gain.announced_control", "gain",
       r"\b(?:announc|declar|claim|proclaim)\w*\s+(?:its|their)\s+(?:(?:full|complete|total)\s+)?control\s+(?:over|of)\b",
       needs="actor"),
    # "Russia declared victory over Mariupol": the declaring side claims the place.
    _p("gain.victory", "gain", r"\b(?:declar|claim|proclaim|announc)\w*\s+(?:a\s+)?(?:full\s+|complete\s+|total\s+|final\s+)?"
       r"victory\s+(?:over|in|at)\b", needs="actor"),
    # "Russia's defense ministry claimed possession of Kherson", "took possession of X".
    _p("gain.take_possession", "gain", r"\b(?:claim(?:s|ed|ing)?|t(?:ake|akes|aken|aking|ook)|gain(?:s|ed|ing)?|"
       r"assum(?:e|es|ed|ing))\s+(?:full\s+|complete\s+)?possession\s+of\b"),
    # "The small town of Kakhovka passed from hand to hand", "X changed hands several times": fought over.
    _p("contested.changed_hands", "contested",
       r"\b(?:pass(?:ed|es|ing)?\s+from\s+hand\s+to\s+hand|chang(?:ed|es|ing)\s+hands\s+(?:(?:several|many|multiple|"
       r"numerous|a\s+number\s+of|two|three|four|five|\d+)\s+times|repeatedly|back\s+and\s+forth))\b",
       forward=False, backward=True),
    # "The Kremlin has claimed to be in complete possession of Kupiansk".
    _p("hold.possession", "hold", r"\bin\s+(?:full\s+|complete\s+|total\s+)?possession\s+of\b", needs="voice"),
    # "Kurakhove is a key stronghold for the Ukrainian army", "Kramatorsk and Sloviansk, which are key Ukrainian
    # strongholds": the place held now (not "became a Russian bastion": a past state, told of a place since retaken).
    _p("hold.stronghold", "hold",
       r"\b(?:is|are|remains?)\s+(?:still\s+)?(?:(?:a|an|the|one\s+of\s+the)\s+)?(?:(?:key|last|main|major|important|"
       r"strategic|crucial|vital|remaining|largest|biggest|fortified|heavily\s+fortified)\s+){0,2}"
       r"(?P<whose>ukrainian|russian|ukraine['’]s|russia['’]s)\s+(?:(?:military|defensive|key|main|last|major)\s+)?"
       r"(?:strongholds?|bastions?|outposts?|fortress(?:es)?)\b", forward=False, backward=True),
    _p("hold.stronghold_for", "hold",
       r"\b(?:is|are|remains?)\s+(?:still\s+)?(?:(?:a|an|the|one\s+of\s+the)\s+)?(?:(?:key|last|main|major|important|"
       r"strategic|crucial|vital|remaining|largest|biggest|fortified|heavily\s+fortified)\s+){0,2}"
       r"(?:strongholds?|bastions?|outposts?|fortress(?:es)?)\s+(?:for|of)\s+(?:the\s+)?"
       r"(?P<whose>ukrainian|russian|ukraine['’]s|russia['’]s|ukraine|russia)\b", forward=False, backward=True),
    # "Russia keeps advancing, taking hold of Kurakhove" (not "took hold of the initiative": a place must follow).
    _p("gain.take_hold", "gain", r"\b(?:tak(?:e|es|en|ing)|took|seiz(?:e|es|ed|ing)|gain(?:s|ed|ing)?)\s+"
       r"(?:full\s+|firm\s+)?hold\s+of\b"),
    _p("gain.come_under", "gain",
       r"\b(?:come|comes|came|coming|fell|fall|falls|fallen|falling|pass(?:es|ed|ing)?|went|gone|return(?:s|ed|ing)?)\s+"
       r"(?:(?:fully|completely|entirely|back|again)\s+)?under\s+(?:the\s+)?(?:(?:full|complete|total)\s+)?"
       r"(?:\(?(?P<whose>" + _WHOSE + r")\)?\s+(?:(?:military|armed\s+forces|forces|army|troops)\s+)?)?control\b"
       r"(?:\s+of\s+(?:the\s+)?(?:self-proclaimed\s+|so-called\s+)?)?",
       forward=False, backward=True),
    # "the transition of Siversk under occupation control", "the passing of the city under the control of the
    # occupiers": a change of hands named as a noun, the holder after "under".
    _p("gain.transition_under", "gain",
       r"\b(?:transition|passing|transfer|handover|return)\s+of\b(?=\s+(?:the\s+)?(?:(?:city|town|village|settlement)"
       r"(?:\s+of)?\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}under\s+(?:the\s+)?(?:(?P<whose>occupation|" + _WHOSE + r")\s+)?control\b)",
       forward=True),
    # Gains: verbs with an object, participles after their subject, nouns with "of".
    _p("gain.verb", "gain",
       r"\b(?:liberat(?:e|es|ed|ing)|re-?captur(?:e|es|ed|ing)|re-?tak(?:e|es|ing)|re-?took|re-?taken|reconquer(?:s|ed|ing)?|"
       r"captur(?:e|es|ed|ing)(?: back)?|seiz(?:e|es|ed|ing)|free(?:s|d|ing)?|clear(?:s|ed|ing)|regain(?:s|ed|ing)?|"
       r"enter(?:s|ed|ing)?|took(?: back| over)?|tak(?:e|es|en|ing)(?: back| over)?|"
       r"conquer(?:s|ed|ing)?|de-?occup(?:y|ies|ied|ying)|mop(?:s|ped|ping)? up|cleans(?:e|es|ed|ing)|"
       r"reclaim(?:s|ed|ing)?|overr(?:an|un|uns|unning)|w(?:on|in|ins|inning) back|seiz(?:ed|ing) back|"
       r"recover(?:s|ed|ing)?(?=\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?(?-i:[A-Z]))|"  # ("Kiev recovers
       # Makariv"; not "recovered bodies")
       r"re-?occup(?:y|ies|ied|ying)|"
       r"secur(?:e|es|ed|ing))\b"),
    # "swept into the key southern city of Kherson", "tanks rolled into Kherson": an entry in force (only
    # forces': protesters marching into a square take nothing)
    _p("gain.swept_into", "gain", r"\b(?:swept|sweep(?:s|ing)?|rolled|roll(?:s|ing)?|marched|march(?:es|ing)?)\s+into\b",
       needs="troops"),
    # "DeepState's map marks Novoselivka as liberated": a map's reading of the place.
    # A map's reading of a place: "liberated" is Ukraine's word, "occupied" and "captured" on a map such
    # as DeepState's are Russia's ("marking the village of Zvanivka as captured").
    # "Putin was briefed on completed mop-up operations in Dmitrov", "finished clearing X": taken and swept
    _p("gain.mop_up_completed", "gain",
       r"\b(?:complet(?:ed|es|ing|ion\s+of)|finish(?:ed|es|ing)|conclu(?:ded|des|ding|sion\s+of))\s+(?:the\s+|their\s+|its\s+)?"
       r"(?:mop-?up|mopping[- ]up|clearing|clean-?up|sweep(?:ing)?)\s+(?:operations?\s+)?(?:in|of)\b"),
    _p("gain.marked_liberated", "gain",
       r"\bmark(?:s|ed|ing)?\b(?=\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?(?-i:[A-Z])[\w'’-]+"
       r"(?:[\s-](?-i:[A-Z])[\w'’-]+)?\s+as\s+(?:a\s+)?(?:liberated|de-?occupied)\b)", side="ukraine"),
    _p("gain.marked_captured", "gain",
       r"\bmark(?:s|ed|ing)?\b(?=\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?(?-i:[A-Z])[\w'’-]+"
       r"(?:[\s-](?-i:[A-Z])[\w'’-]+)?\s+as\s+(?:a\s+)?(?:captured|occupied)\b)", default="russia"),
    # "Staromayorske is marked as a liberated area": the passive, the place before it.
    _p("gain.marked_liberated_passive", "gain",
       r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:now\s+|already\s+)?marked\s+as\s+"
       r"(?:a\s+|an\s+)?(?:liberated|de-?occupied)\b", forward=False, backward=True, side="ukraine"),
    _p("gain.marked_captured_passive", "gain",
       r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:now\s+|already\s+)?marked\s+as\s+"
       r"(?:a\s+|an\s+)?(?:captured|occupied)\b", forward=False, backward=True, default="russia"),
    # (an object after the verb makes it active, its subject no place taken: "Kyiv recaptured three villages",
    # "Kiev announced it had recaptured a few hundred square meters")
    _p("gain.passive", "gain", rf"\b(?:{_GAIN_PARTICIPLES})\b(?!\s+(?:(?:a|an|\d[\d,.]*|two|three|four|five|six|seven|"
       r"eight|nine|ten|several|some|many|dozens|hundreds|its|their|his|her|our|both|most)\s+(?!(?:day|week|month|year)s?\b)|"
       r"the\s+(?:[\w'’-]+\s+)?(?:villages?|towns?|settlements?|city|cities|areas?|positions?|territory|rest|remainder)\b))",
       forward=False, backward=True),
    _p("gain.fell", "gain", r"\b(?:fell|falls|fallen|succumb(?:ed|s)?)(?=\s+to\b)", forward=False, backward=True),
    # "Kupiansk fell into Russian hands", "passed into the hands of the Ukrainian army": taken, by whose hands
    _p("gain.into_hands", "gain",
       r"\b(?:fell|falls|fallen|fall|falling|passed|passes|pass|came|comes|come|went|goes)\s+(?:back\s+)?(?:in)?to\s+"
       r"(?P<of>the\s+hands\s+of\s+)?(?:the\s+)?(?P<whose>ukrainian|russian|ukraine['’]s|russia['’]s|ukraine|russia)"
       r"(?(of)\b|\s+hands\b)", forward=False, backward=True),
    # "When Lysychansk fell, Russian troops …", "Avdiivka fell on February 17": the place as the subject of "fell".
    _p("gain.fell_bare", "gain", r"\bfell(?=\s*[,.;:!]|\s+(?:on|after|last|this|earlier|within|yesterday|today|"
       r"in\s+(?:early|late|mid-?|\d|january|february|march|april|may|june|july|august|september|october|november|"
       r"december))\b)", forward=False, backward=True),
    # "Russia has already lost the battle for Kharkiv": the battle is over, the place the winner's.
    _p("gain.won_battle", "gain", r"\b(?:(?:won|wins|win|winning)\s+the|(?:declared|declares|declare|declaring|claimed|"
       r"claims|claim|announced|announces)\s+(?:(?:a|the|full|final|complete|total)\s+)?victory\s+in\s+the)\s+"
       r"(?:battle|fight)\s+(?:for|of)\b", needs="actor"),
    _p("loss.lost_battle", "loss", r"\b(?:lost|loses|lose|losing)\s+the\s+(?:battle|fight)\s+(?:for|of)\b",
       needs="actor"),
    _p("gain.fallen", "gain",
       r"\b(?:has|have|had)\s+(?:now\s+|finally\s+|already\s+)?fallen\b(?!\s+(?:to|in|on|into|from|by|under|behind|silent|"
       r"asleep|ill|victim|short|apart|back)\b)", forward=False, backward=True),
    # ("the liberation from the occupiers of the village of X": whom it was freed from, before the place)
    _p("gain.nominal", "gain", rf"\b(?:{_NOMINALS})[\"”’]?\s+(?:from\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:occupiers|"
       r"occupants|invaders|enemy|russians|orcs|aggressors?)\s+)?of\b"),
    _p("gain.occupation_of", "gain", r"\b(?<!de-)(?<!de)occupation\s+of\b", default="russia"),
    # A place's name before the noun: "Deep State claims of Kurakhove occupation", "Russia claims Mariupol
    # takeover", "Russian troops complete Siversk seizure" (not "the Kherson occupation authorities").
    _p("gain.compound_nominal", "gain",
       r"(?<=[a-z])\s(?:seizure|takeover)\b" + _NOT_A_MODIFIER,
       forward=False, backward=True),
    _p("gain.compound_occupation", "gain", r"(?<=[a-z])\s(?<!de-)occupation\b" + _NOT_A_MODIFIER,
       forward=False, backward=True, default="russia"),
    _p("gain.possessive", "gain", rf"['’]s\s+(?:\w+\s+)?(?:{_NOMINALS})\b", forward=False, backward=True),
    # "Ukrainian sources refute the information about the entry of the enemy into Bakhmut".
    # ("entry into the city is only allowed for supplies", "entry into the city was restricted": civil access)
    _p("contested.entry_noun", "contested", r"(?<!\bcurfew,\s)\bentry\s+(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?into\b"
       r"(?![^.;:!?]{0,40}?\b(?:(?:is|was|are|were|will\s+be|has\s+been|remains?)\s+(?:only\s+)?(?:restricted|allowed|"
       r"permitted|closed|banned|prohibited|limited|forbidden|open)|requires?|passes?|permits?)\b)"),
    # Officials' idiom for heavy fighting: "It's hot in Bilohorivka."
    _p("contested.hot_in", "contested", r"\b(?:it['’]s|it\s+is|it\s+was|remains|is\s+still)\s+(?:very\s+|extremely\s+|still\s+)?"
       r"hot\s+(?:in|near|around)\b"),
    # "Its capture is a big strategic prize": the place named just before owns the noun.
    _p("gain.its_nominal", "gain", r"\b(?:its|it['’]s)\s+(?:(?:full|complete|final|eventual|swift|rapid|recent)\s+)?"
       r"(?:liberation|recapture|capture|seizure|occupation|fall)\b(?!\s+(?:of|by|to)\b)", forward=False, backward=True),
    _p("gain.ditto", "gain", r"\bthat of\b"),
    # "the fall of X", "the loss of X": a loss to whoever speaks of it, unless "to X" names the winner.
    _p("gain.fall", "gain", r"\bfall of\b"),
    _p("gain.loss_of", "gain", r"\bloss of\b", needs="voice"),  # "Kyiv admits loss of X"; in the outlet's voice, vague
    _p("gain.fall_possessive", "gain", r"['’]s\s+(?:(?:recent|rapid|swift|sudden|final|eventual|quick)\s+)?fall\b",
       forward=False, backward=True),
    # Expelling: "pushed Russian troops out of X" (the actor after the verb left), "were pushed out of X".
    _p("gain.expel", "gain",
       r"\b(?:push(?:es|ed|ing)?|(?:drove|driv(?:e|es|en|ing))(?!\s+from\b)|forc(?:ed|ing)|kick(?:s|ed|ing)?|knock(?:s|ed|ing)?|"
       r"oust(?:s|ed|ing)?|expel(?:s|led|ling)?|thrown|throwing|threw|squeez(?:es|ed|ing)|dislodg(?:e|es|ed|ing)|"
       r"chas(?:e|es|ed|ing)(?=\s+(?:out|away|off)\b|\s+(?:the\s+)?(?:russians?|ukrainians?|enemy|occupiers|invaders)\s+"
       r"(?:out|away|off)\b))"  # ("chased out the Russians from the village of X"; not "chased from the scene")
       r"(?!\s+(?:(?:deep|deeper|well|further|farther)\s+)?into\b)"  # ("pushed into Robotyne from the north": in)
       r"(?:\s+(?!(?:and|but|while|to)\b)[\w'’()-]+){0,5}?\s+(?:out\s+of|out\s+from|from)\b", expel=True),
    # ("a 30-minute drive from Kyiv" is a distance: a drive straight into "from" has no one driven out)
    # Holding verbs need their actor named: "Ukrainian troops still hold X", "X is held by Russia".
    _p("hold.verb", "hold", r"\b(?:hold|holds|holding|(?<!-)held(?!\s+(?:talks|a|an|the|meetings?|consultations|negotiations|"
       r"elections?|referend\w+|events?|rall\w+|ceremon\w+|funerals?|press)\b)|control|controls|controlling|controlled|"
       r"retain(?:s|ed|ing)?|"
       r"still held|still controlled|(?:(?:is|are|was|were|remains?|remained)\s+)?(?:(?:now|still|completely|fully|"
       r"firmly|largely)\s+){0,2}in\s+(?:full\s+|complete\s+|total\s+)?control\s+of)\b",
       needs="actor"),
    # "Russian forces have no control over these cities": a holding denied ("no" before it, factuality.py).
    _p("hold.no_control", "hold", r"(?<=\bno\s)(?:(?:full|complete|total|real|effective)\s+)?control\s+(?:of|over)\b",
       needs="actor"),
    # "the north of Pokrovsk is in a gray zone", "Hrabovske is a contested grey zone": no one holds it.
    _p("contested.gray_zone", "contested",
       r"\b(?:is|are|remains?|remained|was|were|became|lies|lie)\s+(?:(?:still|now|effectively|largely|essentially)\s+)?"
       r"(?:in\s+)?(?:a|the)\s+(?:(?:contested|so-called)\s+)?[\"“]?gr[ae]y[- ]zone\b", forward=False, backward=True),
    # An encyclopaedia's "the village has become contested territory on the frontline", "the village's status
    # has remained contested": fought over since, with no one holding it.
    _p("contested.became_contested", "contested",
       r"(?:['’]s\s+(?:status|control)\s+)?\b(?:has\s+|had\s+|have\s+)?(?:become|became|remains?|remained|stays?|stayed)\s+"
       r"(?:a\s+)?(?:(?:hotly|fiercely|heavily|still)\s+)?contested\b", forward=False, backward=True),
    # "retain control over X", "kept control of X" ("parts of X": only part, so fighting).
    _p("hold.keep_control", "hold",
       r"\b(?:retain(?:s|ed|ing)?|keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|hold(?:s|ing)?|held)\s+"
       r"(?:(?:full|firm|partial|effective)\s+)?control\s+(?:over|of)\b", needs="actor"),
    # "We have Bahmut under control", "Russia has Mariupol fully under its control": the holder is the subject.
    _p("hold.have_under_control", "hold",
       r"\b(?:have|has|had|having|keeps?|kept|keeping)\b(?=\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?"
       r"(?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?\s+(?:\w+ly\s+)?under\s+(?:(?:our|their|its|his|full|complete|"
       r"total|firm)\s+)*control\b)", needs="actor"),
    # "solidifying their hold on Vasylivka": a hold on a place, its owner the holder.
    _p("hold.hold_on", "hold", r"(?<!['’]s\s)"  # (not "Russia's hold on X": hold.grip reads the noun; "its hold on X" stays)
       r"\bhold\s+on\b(?=\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?(?-i:[A-Z]))",
       needs="actor"),
    _p("hold.passive_by", "hold", r"\b(?:held|controlled)(?=\s+by\b)", forward=False, backward=True,
       needs="actor"),
    # Losses: the actor left the place.
    _p("loss.withdraw", "loss",
       r"\b(?:withdr(?:ew|awn|aw|aws|awing|awal)|retreat(?:s|ed|ing)?|pull(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:out|back)|"
       r"fled|flee(?:ing|s)?|regroup(?:s|ed|ing)?|redeploy(?:s|ed|ing|ment)?|evacuat(?:e|ed|ing)|mov(?:e|es|ed|ing)\s+away|"
       r"mov(?:e|es|ed|ing)(?=\s+out\s+of\b)|"  # ("Ukrainian forces had moved out of it")
       r"exit(?:s|ed|ing)|"  # ("Ukrainian forces exited from Krynky"; not "the bridge at the exit from X")
       r"pull-?backs?|pull-?outs?|"  # "ordered a pullback from the hilltop town of Vuhledar", "finished the pullout from X"
       r"(?:withdrawal|escape|flight|exodus|retreat|pull-?out|exit)\s+of\s+(?:[\w'’]+\s+){0,3}?(?:troops|forces|units|russians|"
       r"ukrainians|occupiers|invaders))"
       r"\b[\"”’]?(?:\s+(?!(?:and|but|while)\b)[\w'’-]+){0,5}?\s+(?:from|out of)\b"),
    # "The Ukrainian military withdrew west of A, B and C", "retreated to defensive positions west of X":
    # the forces now stand beyond the place, so they left it.
    _p("loss.withdrew_beyond", "loss",
       r"\b(?:withdr(?:ew|awn|aw|aws|awing)|retreat(?:s|ed|ing)?|pull(?:s|ed|ing)?\s+back|f[ae]ll(?:s|ing)?\s+back|"
       r"mov(?:e|es|ed|ing))\s+(?:to\s+(?:(?:new|defensive|prepared|previously\s+prepared|more\s+\w+|better|other|"
       r"fortified|rear)\s+)*(?:positions|lines|frontiers|boundaries|borders|defen[cs]es)\s+)"
       r"(?:to\s+the\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\b"
       r"|\b(?:withdr(?:ew|awn|aw|aws|awing)|retreat(?:s|ed|ing)?|pull(?:s|ed|ing)?\s+back|f[ae]ll(?:s|ing)?\s+back)\s+"
       r"(?:to\s+the\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\b",
       needs="actor"),
    # "Ukrainian Forces exit Krynky": forces leaving a place (who must be named: "the exit from the city" is a road).
    _p("loss.exits", "loss", r"\bexit(?:s|ed|ing)?\b(?=\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?(?-i:[A-Z]))",
       needs="actor"),
    # "Russia evacuates Kherson": an army emptying a place of itself (civilians evacuated are guarded against).
    _p("loss.evacuates", "loss", r"\bevacuat(?:es|ed|ing)\b(?=\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?(?-i:[A-Z]))",
       needs="actor"),
    _p("loss.pulled_out", "loss", r"\bpull(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?out\s+of\b"),
    _p("loss.regroup_stationed", "loss",
       r"\bregroup\w*\s+(?:[\w'’-]+\s+){0,5}?(?:stationed|deployed|based|located|positioned|(?:that|which|who)\s+(?:are|were))"
       r"\s+(?:near|in|around|at)\b"),
    # "left X" is everyday English ("Zelensky left Kyiv for Washington"): only with forces named.
    _p("loss.left", "loss", r"\b(?:left|leaves?|leaving|vacat(?:e|es|ed|ing)|abandon(?:s|ed|ing)?|"
       # ("regain lost positions in X": the positions are won back, not lost)
       r"(?<!regain )(?<!regained )(?<!regaining )(?<!retake )(?<!retook )(?<!recover )(?<!recovered )(?<!restore )"
       r"(?<!restored )(?<!return )(?<!returned )lost|los(?:e|es|ing)|surrender(?:s|ed|ing)?|"
       r"fled|flee(?:s|ing)?|g(?:ave|ive|iven|iving|ives)\s+up)\b(?!\s+by\b)"  # ("left by": passive)
       # (not "left Hostre without electricity": what a strike did to a town)
       r"(?!\s+(?:[\w'’-]+\s+){1,4}?without\s+(?:electricity|power|water|gas|heat(?:ing)?|light|communications?|"
       r"mobile|internet|food|supplies)\b)", needs="actor"),
    # "X was abandoned by Ukrainian forces": the agent after "by" left the place (the other side has it).
    _p("loss.passive_by", "loss", r"\b(?:abandoned|surrendered|left|given up|deserted|vacated)(?=\s+by\b)", forward=False,
       backward=True, needs="actor"),
    # "The General Staff said Krynky had been abandoned": a place given up, no agent named; read only in a
    # side's voice (its own forces gave it up), never in the outlet's ("the village was abandoned" by people).
    _p("loss.abandoned", "loss", r"\b(?:was|were|had\s+been|has\s+been|have\s+been|is|are|being)\s+(?:\w+ly\s+)?"
       r"(?:abandoned|surrendered|given\s+up)\b(?!\s+(?:by|to)\b)", forward=False, backward=True, needs="voice"),
    # "Ukrainian troops in X ordered to retreat": linked only to the place its forces are in.
    _p("loss.retreat", "loss", r"\b(?:withdr(?:ew|awn|aw|aws|awing)|retreat(?:s|ed|ing)?|pull(?:s|ed|ing)?\s+(?:back|out)|"
       r"regroup(?:ed|ing)\b(?!\s+(?:for|to|before|ahead)\b))\b", forward=False),
    # (linked only to the forces' place: "troops in X have regrouped"; "regrouping for an assault" is not)
    _p("loss.lost_control", "loss",
       r"\blos(?:e|es|t|ing)\s+(?!(?:full|complete|total)\b)(?:\w+\s+)?control\s+(?:of|over)\b"),
    # "his troops had lost full control of Yampil": no longer all of it, so fought over.
    _p("contested.lost_full_control", "contested",
       r"\blos(?:e|es|t|ing)\s+(?:full|complete|total)\s+control\s+(?:of|over)\b"),
    # Fighting for a place: no change of control yet.
    # Near a place is not in it: "on the outskirts of X" counts only where troops or fighting are.
    _p("contested.gates", "contested",
       r"\b(?:at the gates of|on the (?:(?:\w+ern|\w+-\w+ern)\s+)?(?:outskirts|edge|fringes?) (?:of|to)|"
       r"(?:\w+ern\s+)?(?:outskirts|fringes) of|(?:near|at)\s+the\s+entrance\s+to)\b",
       needs="force"),
    # Troops "on the approaches to X" are about to fight for it; fighting "on the approaches to X" is
    # still outside it (like fighting "near X"), so only a named actor makes it a claim.
    _p("contested.approaches", "contested", r"\b(?:on|at) the (?:near\s+|immediate\s+)?approaches to\b",
       needs="troops"),
    # Ground forces "are attacking X" fight for it; strikes ("attacking Kharkiv with drones") are no
    # claim, so only the progressive with a named actor and no weapon in the sentence.
    _p("contested.attacking", "contested",
       r"\b(?:(?:is|are|was|were|been|keep|keeps|kept)\s+(?:(?:now|still|already|actively|constantly|reportedly)\s+)?"
       r"attacking|continu(?:e|es|ed|ing)\s+to\s+attack)\b(?![^.;!?]*\b(?:drones?|missiles?|rockets?|shells?|shelling|artillery|bombs?|airstrikes?|strikes?|"
       r"aircraft|aviation|glide|mortars?)\b)", needs="actor"),
    _p("contested.fighting", "contested",
       r"\b(?:(?:heavy|fierce|intense|active|street|urban|house-to-house|rifle|bloody|ongoing|positional)\s+)?"
       r"(?:fighting|battles?|clashes|combat(?:\s+operations)?|hostilities|warfare|firefights?)\s+"
       r"(?:in the streets?\s+|on the streets?\s+|(?:along|on|across)\s+the\s+(?:[\w-]+\s+){0,3}?front(?:\s*line)?\s+)?"
       r"(?:(?:is|are|was|were|has|have|had|been|being|still|now|continues|continued|continuing|continue|rages?|raged|raging|"
       r"persists?|persisted|ongoing|under ?way|in progress|going on|went on|goes on|go on|taking place|taken place|take place|"
       r"intensified|erupted|"
       r"escalat(?:es|ed|ing)|intensif(?:ies|ying)|flar(?:es|ed|ing)\s+up|"
       r"broke out|heavy|fierce|intense|(?:very|particularly|especially)\s+(?:heavy|fierce|intense)|"
       r"fought|reported|reportedly|currently|also|already|begun|began|begins|started|now|still|again)\s+){1,4}"
       r"(?:in(?:\s+and\s+around)?|for|inside|within|over|on the streets of|in the streets of|in the centre of|"
       r"in the center of)(?:\s+the (?:center|centre|streets) of)?(?:\s+control\s+(?:of|over))?\b"),
    _p("contested.verb", "contested",
       r"\b(?:(?:began|begun|begin|begins|beginning|started|starting|start) to (?:liberate|storm|clear(?: out)?|enter|capture|"
       r"retake|attack|assault)|"
       # "had fought its way into the suburbs of Popasna": in it, fighting
       r"(?:fought|fighting|fight|fights) (?:its|their|his|our|the) way (?:in)?to|"
       # "broke through to Ocheretyne", "broke through to the outskirts of Orlivka": in it, not holding it
       r"(?:broke|broken) through to|"
       # "made a limited breakthrough into the eastern suburbs of X"
       r"break-?throughs? (?:in)?to|"
       r"fighting (?:\w+ ){1,4}?for control of|fighting (?:in|for|over|inside|within)|fighting in the streets? (?:of|in)|"
       r"(?:taking|took|taken|take|takes) (?:up )?positions (?:on (?:the )?streets of|within|inside)|"
       r"street fighting in|fought (?:\w+ ){0,4}?for control of|fighting for control of|"
       r"(?:mak(?:e|es|ing)|made) (?:some |further |significant |slight |limited )?progress (?:both )?(?:in|within|inside)"
       r"(?: and around)?|"
       r"(?:gain(?:s|ed|ing)?|establish(?:es|ed|ing)?|consolidat(?:e|es|ed|ing)) (?:a )?(?:foothold|(?:\w+ )?presence) "
       r"(?:in|inside|within|on)|"  # ("appear to have established a presence in the village")
       # "Russian forces have blockaded Mariupol", "blocked Lisichansk from the south": cut off, fought for
       r"blockad(?:es|ed|ing)|block(?:s|ed|ing)?(?=\s+(?:the\s+(?:city|town|village)\s+of\s+)?(?-i:[A-Z])[\w'’-]+\s+from\s+"
       r"the\s+(?:north|south|east|west|\w+ern)\b)|"
       # "continue offensive operations in the settlement": fighting in it
       r"(?:offensive|combat|assault)\s+operations?\s+(?:(?:is|are|was|were)\s+)?(?:(?:now\s+)?(?:ongoing|under\s*way|"
       r"continu\w+)\s+)?(?:in|inside|within)(?=\s+the\s+(?:[\w-]+\s+)?(?:city|town|village|settlement)\b)|"
       # (not "offensive operations in Borova and north of Kharkiv": an axis named after its town)
       # "a phased clearing operation is ongoing in Kupiansk", "a sweep operation against … remaining in X"
       r"(?:clearing|sweep(?:ing)?|mopping[- ]up|clean-?up|counter-?sabotage|search(?:-and-| and )strike)\s+"
       r"operations?\s+(?:(?:is|are|was|were)\s+)?(?:(?:now\s+)?(?:ongoing|under\s*way|continu\w+)\s+)?(?:in|inside|within)|"
       # "have some success in Urozhaine", "the alleged presence of Russian troops in the city of X", "Russian presence in X"
       r"(?:ha(?:ve|s|d|ving)|achiev(?:e|es|ed|ing)) (?:some|certain|partial|limited|tactical) success(?:es)? in|"
       r"presence of (?:[\w'’-]+ ){0,3}?(?:troops|forces|units|soldiers|groups|servicemen) (?:in|inside|within)|"
       r"(?:russian|ukrainian|enemy) (?:military )?presence (?:in|inside|within)|"
       r"(?:establish(?:es|ed|ing)?|entrench(?:es|ed|ing)?) (?:themselves|itself) (?:in|inside|within)|"
       # "the enemy launched assault groups in Vovchansk", "deployed assault groups in X": storming it
       r"(?:launch|deploy|sen[dt]|throw|threw|thrown|commit)\w*\s+(?:(?:its|their|new|more|small|several|fresh)\s+)?"
       r"assault\s+(?:groups?|units?|detachments?|teams?|troops)\s+(?:in|into|inside|within)|"
       # "continue to infiltrate these assault groups into Stepnohirsk": small groups sent in, fighting there
       r"infiltrat\w*\s+(?:(?:these|those|its|their|new|more|small|several|fresh|sabotage|assault|infantry|"
       r"reconnaissance)\s+){0,3}(?:groups?|units?|detachments?|teams?|troops|infantry)\s+(?:in|into|inside|within)|"
       r"clashes in|counter-?attack(?:s|ed|ing)?\s+(?:in|inside|within)|storm(?:ed|ing|s)?|assault(?:ed|ing)? on|assault(?:ed|ing)?|besieg(?:e|ed|ing)|beleaguered|"
       r"invad(?:e|es|ed|ing)|encircl(?:e|es|ed|ing)|envelop(?:e|es|s|ed|ing)?|blockad(?:e|es|ed|ing)|"
       r"blocked\s+(?=(?:the\s+)?(?:cities|city|towns?|villages?|settlements?)\s+of\b)|surround(?:ed|ing|s)?|advanc\w+ (?:\w+ly |(?:north|south|east|west)\w*\s+(?:and\s+)?|(?:further|farther|deeper|still\s+further)\s+)?(?:into|in(?!\s+(?:the\s+)?\w+\s+direction\b)|within|inside)|push(?:es|ed|ing)? (?:(?:well|deep|deeper|further|farther)\s+)?into|(?:broke|break|breaks|breaking|broken) into|"
       r"broke through into|repel(?:led|s|ling)? (?:an |the |a )?(?:(?:russian|ukrainian|enemy) )?(?:attacks?|assaults?) on|"
       # "advancing north along Tsentralna Street in X", "advanced to buildings along Studentska Street in X" (a
       # geolocated advance inside the place), "advanced over two kilometers from their last confirmed position into X"
       r"advanc\w+ (?:(?:north|south|east|west)\w*\s+|in\s+(?:the\s+)?\w+\s+direction\s+)?(?:along|on|down|up|through|"
       r"to\s+(?:[\w-]+\s+){0,2}?along)\s+"
       r"(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}(?:street|avenue|boulevard|lane|road)\s+(?:in|within|inside)|"
       r"advanc\w+ (?:(?:up\s+to|over|about|nearly|some|roughly|around|more\s+than|almost)\s+)?(?:\d+(?:[.,]\d+)?|one|two|"
       r"three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:km|kilomet(?:er|re)s?|met(?:er|re)s?|miles?)\s+"
       r"(?:from\s+[^,.;]{0,60}?\s+)?(?:into|in|within|inside)|"
       # "improved their positions in Irpin", "heavy fighting to defend Soledar continues"
       r"improv(?:e|es|ed|ing) (?:their |its |our |the )?(?:tactical )?positions (?:in|inside|within)|"
       r"fighting to (?:defend|hold|retake|recapture|liberate|capture|take)|"
       # "regained lost positions in X", "trying to regain positions in X": ground won back inside it
       r"(?:regain|retak|recaptur|restor|reclaim)(?:e|ed|es|s|ing)? (?:(?:lost|former|previously lost|its|their|some|several)\s+)?"
       r"positions (?:in|inside|within)|"
       r"(?:restoration|recapture|regaining) of (?:(?:lost|former|previously lost|its|their|some|several)\s+)?"
       r"positions (?:in|inside|within)|"  # ("DeepState announced the restoration of lost positions in New York")

       r"contest(?:s|ed|ing))\b"),
    # "repelling intense Russian attacks in the embattled towns of A and B": fighting there (a region named
    # like its capital, "attacks in Donetsk", is the region: see linking's _REGION_WIDE)
    _p("contested.repelled_attacks", "contested",
       r"\brepel(?:led|s|ling)? (?:(?:an|the|a|several|numerous|multiple|\d+|intense|fierce|heavy|fresh|new|renewed|"
       r"further|continued|russian|ukrainian|enemy|ground|infantry|mechani[sz]ed)\s+){1,4}(?:attacks?|assaults?)"
       r"(?: by(?: [\w'’-]+){1,3}?)? (?:on|in)(?: and around)?"  # ("27 attacks by Russian units in and around X")
       r"(?= the (?:\w+ )?(?:towns?|villages?|cities|city|settlements?) of| (?-i:[A-Z]))"),
    # "The hottest spot is Kreminna", "the most difficult situation … is in Bilohorivka": the worst fighting there.
    _p("contested.hottest", "contested",
       r"\b(?:hottest|most\s+difficult|most\s+intense|most\s+dangerous|toughest|most\s+tense|fiercest)\s+"
       r"(?:spot|situation|area|sector|place|point|fighting|battles?)s?\b(?:\s+(?:in\s+the\s+[\w'’-]+\s+(?:region|oblast|"
       r"direction)|(?:now|today|currently|remains|still))){0,2}(?:\s*,\s*[^,.;]{1,40},)?\s+(?:is|are|was|remains)\s+"
       r"(?:still\s+|now\s+|currently\s+)?(?:in\s+)?(?:the\s+(?:city|town|village|settlement)\s+of\s+)?(?=(?-i:[A-Z]))"),
    # "Bakhmut is now the hottest point on all front lines": the same said with the place first.
    _p("contested.hottest_subject", "contested",
       r"\b(?:is|remains|are|remain|has\s+become|have\s+become|became|becomes)\s+(?:now\s+|still\s+|currently\s+)?"
       r"(?:the|one\s+of\s+the)\s+(?:hottest|fiercest)\s+"
       r"(?:spots?|points?|places?|areas?|sectors?)\b",  # (not "the most dangerous place for journalists")
       forward=False, backward=True),
    # "are waging their own offensive operations in Vovchansk", "conduct assault operations in X": fighting there
    _p("contested.operations_in", "contested",
       r"\b(?:wag(?:e|es|ed|ing)|conduct(?:s|ed|ing)?|carr(?:y|ies|ied|ying)\s+out|launch(?:es|ed|ing)?)\s+"
       r"(?:(?:their|its|our|own|active|new|further|localized|localised)\s+){0,2}"
       r"(?:offensive|assault|combat|counter-?offensive|defensive|search(?:-and-|\s+and\s+)strike|clearing)\s+"
       r"(?:operations|actions)\s+(?:in|inside|within)\b"
       r"(?!\s+the\s+(?:areas?|districts?|vicinity|directions?|outskirts)\b)"),  # ("in the areas of …": near them)
    # ("Ukrainian troops are still conducting defensive operations in the city of Toretsk": defending it, in it)
    # "a combat clash between the Ukrainian military and the occupiers began in Starytsia"
    _p("contested.clash_in", "contested",
       r"\b(?:combat\s+)?clash(?:es)?\s+(?:between\s+[^.;:!?]{3,80}?\s+)?(?:began|begin|begins|broke\s+out|erupted|"
       r"occurred|took\s+place|are\s+taking\s+place|continue[sd]?)\s+in\b"),
    # "Russian troops are stuck in Vovchansk", "trapped in the town": forces held up inside it
    _p("contested.stuck_in", "contested", r"\b(?:stuck|trapped|pinned\s+down)\s+in\b", needs="troops"),
    # "bogged down in Vovchansk street fighting": the place names where the streets are.
    _p("contested.street_fighting", "contested", r"\bstreet\s+(?:fighting|battles|fights|combat)\b",
       forward=False, backward=True),
    # "approaching the centre of Selydove", "advances towards the centre of the town of X": inside it already.
    _p("contested.towards_centre", "contested",
       r"\b(?:approach(?:es|ed|ing)?|near(?:s|ed|ing)|advanc(?:e|es|ed|ing)\s+(?:\w+\s+)?(?:towards?|to)|advances\s+towards?)\s+the\s+"
       r"(?:centre|center|heart)\s+of\b", needs="troops"),
    # "Ukraine has lost ground on the eastern side of Bakhmut": a part of the town changed hands.
    _p("contested.lost_ground_side", "contested",
       r"\b(?:los(?:t|e|es|ing)|gain(?:ed|s|ing)?)\s+ground\s+(?:on|in)\s+the\s+(?:north|south|east|west)(?:ern)?\s+"
       r"(?:side|part|edge|outskirts)\s+of\b"),
    # Infiltrating a place is fighting in it ("Russian forces began infiltrating Siversk"); spies and agents
    # infiltrating institutions are not forces (only near troops).
    _p("contested.infiltrate", "contested", r"\b(?:infiltrat|penetrat)(?:e|es|ed|ing)(?:\s+into)?\b", needs="troops"),
    # ("small groups of Russian troops were able to penetrate the city": inside it, fighting there)
    # Fighting said to go on, with no place after it: only the place a relative "where" opens on
    # ("the city of Bakhmut, where Russian and Ukrainian forces have been locked in heavy fighting").
    _p("contested.where_fighting", "contested",
       r"\b(?:(?:locked|engaged|embroiled|mired|bogged down)\s+in\s+(?:[\w-]+\s+){0,2}?(?:fighting|battles?|combat|"
       r"clashes)|(?:fighting|battles?|clashes|combat)\s+(?:(?:is|are|has been|have been)\s+)?"
       r"(?:(?:currently|still|now|reportedly)\s+)?(?:raging|rage|ongoing|"
       r"continu(?:e|es|ing)|under ?way|going on)|"
       # ("In Pokrovsk, search and assault operations and the elimination of the enemy in urban areas continue")
       r"(?:search(?:-and-|\s+and\s+)(?:assault|strike)|assault|clearing|combat)\s+operations\s+"
       r"(?:[^.;:!?]{0,60}?\s)?(?:(?:is|are|has been|have been)\s+)?(?:(?:currently|still|now)\s+)?"
       r"(?:continu(?:e|es|ing)|ongoing|under ?way)|"
       r"(?<=where )there\s+(?:is|are|was|were)\s+(?:still\s+)?(?:(?:heavy|"
       r"fierce|intense|ongoing|street)\s+)?(?:fighting|battles|clashes|combat)|"
       # "In Huliaipole itself, there were around two dozen combat engagements"
       r"there\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+" + _ENGAGEMENT_COUNT + r")\b",  # ("X, where
       # there is heavy fighting")
       forward=False, backward=False),
    # "There were 21 combat engagements in Huliaipole": fighting in it (not "near it", "in the direction of it").
    _p("contested.engagements_in", "contested",
       r"\bthere\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+" + _ENGAGEMENT_COUNT +
       r"\s+(?:in|inside|within)(?!\s+the\s+(?:\w+\s+)?(?:direction|sector|area|axis)\b)"),
    # "Heavy battles continue there": fighting in the place named just before (linked as "the town" is).
    _p("contested.there", "contested",
       r"\b(?:(?:heavy|fierce|intense|street|active)\s+)?(?:fighting|battles?|clashes|combat)\s+(?:(?:is|are|was|were|"
       r"has been|have been|still|now|continues?|continued|continuing|rages?|raged|raging|goes on|went on|going on|"
       r"ongoing|taking place|under ?way)\s+){1,3}there\b"),
    # "the battle for X", "the fight for X": nouns, whose outlook may follow ("… may be the next battle").
    _p("contested.battle_for", "contested",
       r"\b(?:battles?|fights?|struggle|combat|clashes)\s+(?:for|in|over)(?:\s+control\s+of)?\b"),
    # A place that is the scene of fighting is fought for: "Bakhmut has been the scene of fierce fighting for
    # months", "Kupiansk, the focus of heavy fighting,".
    _p("contested.scene_of", "contested",
       r"\b(?:(?:is|are|has\s+been|have\s+been|remains?|becomes|now)\s+)"  # (not "was the scene of": over)
       r"(?:the|a)\s+(?:\w+\s+)?(?:scene|site|focus|centre|center|epicent(?:er|re)|hotspot)\s+of\s+(?:\w+\s+){0,4}?"
       r"(?:heavy\s+|fierce\s+|intense\s+|bloody\s+|street\s+|ongoing\s+)*(?:fighting|battles?|clashes|combat|"
       r"hostilities|assaults?)\b",
       backward=True, forward=False),
    # Ground forces defending a place fight for it ("Ukrainian troops are defending Chasiv Yar"); air defence
    # shooting down missiles over a city does not (strikes make no claim).
    _p("contested.defending", "contested",
       r"\b(?:(?:continue|continues|continued|continuing|began|begin|begins|begun|started|start|starts)\s+to\s+defend|"
       r"(?:began|begun|started)\s+defending|(?:are|is|were|was|been|still|keep)\s+"
       r"(?:\w+ly\s+|still\s+)?defending)(?!\s+(?:against|from)\b)",
       needs="troops"),
    # Forces holding out in a place fight for it ("Ukrainian defenders continue to hold out in X"); people who
    # held out in a city under siege hold no ground.
    _p("contested.holding_out", "contested", r"\b(?:hold(?:s|ing)?|held)\s+out\s+(?:in|inside|within)\b",
       needs="troops"),
    # A place about to change hands is still fought for: "X is on the verge of complete liberation", "on the
    # brink of falling", "close to being encircled".
    _p("contested.brink", "contested",
       r"\b(?:is|are|was|were|now|remains?|remained|stands?|stood)\s+(?:\w+ly\s+|now\s+)?(?:on\s+the\s+(?:verge|brink|edge)"
       r"\s+of|close\s+to|near\s+to|nearing)\s+(?:(?:a|its|complete|full|total|final)\s+)?(?:liberation|capture|fall|"
       r"falling|collapse|encirclement|being\s+(?:captured|liberated|encircled|surrounded|taken))\b",
       backward=True, forward=False),
    # "Ukrainian units have expanded their zone of control in the western part of Krynky": a hold growing
    # inside a place still fought over.
    _p("contested.expand_control", "contested",
       r"\b(?:expand|widen|extend|broaden)(?:s|ed|ing)?\s+(?:(?:their|its|his|our|the)\s+)?(?:zone\s+of\s+|area\s+of\s+)?"
       r"control\s+(?:over|in|of|within|inside)\b"),
    # "A Russian convoy of combat vehicles is now in the village of Zarichne", "formed columns in Lyman":
    # forces on the move inside a place, not holding it.
    _p("contested.convoy_in", "contested",
       r"\b(?:convoys?|columns?)\b(?:\s+of(?:\s+[\w'’-]+){1,8}?)?\s+(?:(?:is|are|was|were|now|still|already)\s+){0,2}"
       r"(?:in|inside|within)\b", needs="force"),
    # "despite operating within the town for over 118 days": forces at work inside a place.
    _p("contested.operating_in", "contested", r"\boperat(?:e|es|ed|ing)\s+(?:\w+ly\s+)?(?:(?:with)?in\b|"
       # "operating along the Donetska Railway in northwestern Pokrovsk": a part of the town
       r"(?:along|near|around)\s+[^,.;:]{1,40}?\s+in(?=\s+(?:the\s+)?(?:north|south|east|west|central|north-?east|"
       r"north-?west|south-?east|south-?west)\w*\s+(?-i:[A-Z])))", needs="force"),
    _p("contested.passive", "contested",
       r"\b(?:surrounded|encircled|semi-encircled|besieged|contested|under (?:siege|seige|blockade)|cut off|"
       r"blockaded|(?:is|are|was|were)\s+(?:now\s+|still\s+|currently\s+)?being\s+(?:stormed|assaulted)|"
       # "the village was fought over between Russia and Ukraine in June 2024"
       r"(?:is|are|was|were|been|being)\s+(?:(?:heavily|fiercely|bitterly|hotly|long|still)\s+)?fought\s+(?:over|for(?=\s*(?:[.,;:)]|by\b|$))))\b"
       # (not "a village surrounded by forest": the land around it)
       r"(?!\s+by\s+(?:the\s+)?(?:(?:dense|thick|pine|oak|large|vast|areas?|of|expanses?)\s+){0,4}(?:forests?|woods?|woodland|fields?|water|hills|"
       r"mountains|trees|marshes|swamps|rivers?|steppe|farmland|lakes?|ponds?)\b)",
       forward=False, backward=True),
    # "the Ukrainian troops are surrounded at the centre of X", "soldiers encircled in X": fighting there.
    _p("contested.trapped_in", "contested",
       r"\b(?:surrounded|encircled|semi-encircled|enveloped|trapped|blockaded|blocked|cut off)\s+"
       r"(?:by\s+(?:[\w'’-]+\s+){1,4}?)?"
       # ("has blocked up to 700 Ukrainian troops in Kupyansk": the troops shut in, then where)
       r"(?:(?:up\s+to|about|some|over|more\s+than|around|nearly)\s+)?(?:\d[\d,]*\s+)?(?:(?:ukrainian|russian|enemy)\s+)?"
       r"(?:(?:troops|soldiers|servicemen|fighters|units|forces|personnel)\s+)?"
       r"(?:(?:in|at|inside|within)\s+"
       r"(?:the\s+(?:centre|center|heart|rest)\s+of\s+)?)"),
    # "Toretsk is also under assault", "Bakhmut is in an operational encirclement": the place, before the words.
    _p("contested.under_assault", "contested",
       r"\b(?:is|are|was|were|remains?|remained)\s+(?:(?:now|still|also|already|effectively|currently)\s+)*"
       r"(?:under\s+(?:(?:heavy|constant|fierce|renewed|continuous|direct)\s+)?(?:assault|siege|blockade)|"
       r"in\s+(?:an?\s+|the\s+)?(?:(?:operational|full|complete|partial|semi-?|near|tactical)\s*)?"
       r"(?:encirclement|siege|blockade|cauldron))\b", forward=False, backward=True),
    _p("contested.siege", "contested",
       r"\b(?:(?:siege|seige|blockade|encirclement|envelopment)\s+(?:of|around)|(?:encircling\s+)?ring\s+around|"
       r"noose[\"”’]?\s+around|(?:grip|vise|vice)[\"”’]?\s+(?:\w+\s+){0,2}around)\b"),
    # "the Battle of Mariupol continues": an event named, and said to go on.
    _p("contested.battle_goes_on", "contested",
       r"\b(?:battle|siege|defen[cs]e|fight|struggle)\s+(?:of|for)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?"
       r"(?-i:[A-Z])[\w'’-]+(?:[ -](?-i:[A-Z])[\w'’-]+)?\s+(?:continues|continued|rages|raged|is ongoing|goes on|"
       r"went on|persists|drags on|is still (?:going|raging|under ?way)|(?:is|remains)\s+(?:an\s+|the\s+)?ongoing)\b",
       inner=True),  # ("The Battle of Huliaipole is an ongoing military conflict": an encyclopaedia's present)
    # Ground assaults as a noun: "Assaults persist in A, B and C", "continued assaults near and within X",
    # "conducting attacks from Robotyne against X". "Attacks on" a city, even "fresh" or "relentless", are as
    # often missiles (no claim): that noun counts only with a word of the ground war before it.
    _p("contested.assaults_noun", "contested",
       r"\b(?:(?:(?:continued|renewed|fresh|repeated|relentless|constant|frontal|ground|infantry|mechani[sz]ed|"
       r"localized|localised|unsuccessful|failed|new|further|heavy|fierce|russian|ukrainian|enemy)\s+)*"
       r"(?:counter-?)?assaults|(?:(?:frontal|ground|infantry|mechani[sz]ed|localized|localised)\s+(?:counter-?)?|"
       r"conduct(?:s|ed|ing)?\s+(?:(?:localized|localised|limited|ground|offensive|counter-?)\s+)?)attacks)"
       r"(?:\s+(?:persist(?:s|ed)?|continue[sd]?|(?:are|were)\s+(?:ongoing|under\s*way|continuing)))?"
       r"(?:\s+from\s+(?-i:[A-Z])[\w'’-]+)?"
       r"\s+(?:in|on|against|within|inside|near\s+and\s+(?:with)?in)\b(?!\s+(?:the\s+)?(?:direction|area|sector|axis)\b)"
       # (not "conducted attacks on Kramatorsk with glide bombs": a strike)
       r"(?![^.;!?]{0,50}\bwith\s+(?:[\w-]+\s+){0,2}?(?:missiles?|drones?|rockets?|bombs?|artillery|aircraft|shells?)\b)"),
    # "Russian forces were trying to push through Siversk": through the town, fighting in it.
    _p("contested.push_through", "contested", r"\bpush(?:es|ed|ing)?\s+through\b(?!\s+(?:the\s+)?(?:defen|line))",
       needs="force"),
    # "offensive operations … against Mariupol": fighting for it.
    _p("contested.operations_against", "contested",
       r"\b(?:offensive|assault|ground|combat)\s+(?:operations|actions)\s+(?:[\w'’-]+\s+){0,4}?"
       r"(?:against|on|in the urban area of|inside|within)\b"),
    # Nouns of an advance or an offensive where the place is: "Ukrainian gains in Verbivka", "the advance by
    # Russian forces in Chasiv Yar", "Russia's renewed offensive on the front-line city of Siversk", "the
    # counteroffensive of Ukrainian soldiers in Kupiansk". Missile and drone "attacks on" a city are strikes
    # (no noun of them here); an advance or offensive "on" a place is a drive toward it ("the offensive on
    # Pokrovsk" while the front is 40 km off), unless on a part of it ("on the eastern side of Bakhmut") or
    # on a town said to be at the front ("the offensive on the front-line city of Siversk").
    _p("contested.advance_noun", "contested",
       r"\b(?:(?:territorial\s+)?gains|advances?|(?:counter-?)?offensives?|breakthroughs?|incursions?|setbacks|"
       r"(?:fresh|new|renewed|russian|ukrainian|major|ground|latest)\s+push)"
       r"(?:\s+(?:by|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:forces|troops|army|soldiers|units|fighters|"
       r"servicemen|marines|paratroopers|brigades?|defenders|military))?"
       r"\s+(?:in|into|inside|within|on(?=\s+the\s+(?:(?:\w+ern|central)\s+)?(?:side|part|flank|edge|outskirts|"
       r"districts?|neighbou?rhoods?)s?\s+of\b|\s+the\s+(?:front-?line|embattled|besieged|beleaguered)\b))\b"),
    # Taking ground inside a place is fighting for it: "Wagner units are taking ground in Soledar",
    # "claimed to capture territory within Soledar".
    _p("contested.ground_in", "contested",
       r"\b(?:tak(?:e|es|en|ing)|took|gain(?:s|ed|ing)?|captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|w(?:in|ins|on|inning)|"
       r"ma(?:ke|kes|de|king))\s+(?:(?:more|new|some|further|additional|little|much)\s+)?(?:ground|territory)\s+"
       r"(?:in|within|inside)\b"),
    # Breaking through defences in a place: fighting there ("broke through the Russian defenses in Kupiansk").
    _p("contested.broke_through", "contested",
       r"\b(?:br(?:oke|eak|eaks|eaking|oken))\s+through\s+(?:the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?"
       r"(?:defen[cs]es?|lines?|front(?:\s+line)?)\s+(?:in|inside|within|at|of)\b"),  # ("the defense of Chasiv Yar")
    # Forces encircled in a place: "completed the envelopment of the Russian grouping in Lyman", "encircle
    # Russian forces in Lyman", "the encirclement of Russia’s garrison at Lyman".
    _p("contested.encircled_forces_in", "contested",
       r"\b(?:encircl(?:e|es|ed|ing|ement)|envelop(?:s|ed|ing|ment)?|surround(?:s|ed|ing)?|trap(?:s|ped|ping)?|"
       r"blockad(?:e|es|ed|ing)|block(?:s|ed|ing)?)\s+(?:of\s+)?(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:troops|forces|soldiers|grouping|"
       r"russians|ukrainians|occupiers|invaders|"
       r"group|garrison|units|servicemen|contingent|defenders|fighters)\s+(?:in|at|inside|within)\s+"
       r"(?:the\s+(?:centre|center|heart|rest)\s+of\s+)?"),
    # "X is under constant shelling and attacks by the Russian army": ground attacks by an army (shelling
    # alone, and attacks with missiles, drones or bombs, are strikes).
    _p("contested.under_attack_by", "contested",
       r"\bunder\s+(?:(?:constant|continuous|continual|daily|heavy|fierce|intense|regular|repeated|incessant)\s+)?"
       r"(?:(?:shelling|fire|bombardment)\s+and\s+)?(?:ground\s+)?(?:attacks?|assaults?|storming)\s+(?:by|from)\s+"
       r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:army|troops|forces|infantry|units|soldiers|fighters|occupiers|"
       r"assault\s+groups)\b",
       forward=False, backward=True),
    # A place that has seen fighting and still sees it: "Bakhmut has seen months of heavy fighting", "X is an
    # embattled town". (Not after a relative pronoun: "… east of Kharkiv that has seen" is the town before.)
    _p("contested.has_seen", "contested",
       r"(?<!that\s)(?<!which\s)\b(?:has|have)\s+(?:now\s+|already\s+)?seen\s+(?!(?:no|little|less|few)\b)"
       r"(?:[\w-]+\s+){0,3}?"
       r"(?:fighting|battles?|clashes|combat|assaults)\b",
       forward=False, backward=True),
    _p("contested.embattled", "contested",
       r"\b(?:is|remains)\s+(?:an|the|a|one\s+of\s+the)\s+(?:[\w-]+\s+)?embattled\b",
       forward=False, backward=True),
    # Forces cutting a place off fight for it ("Ukrainian troops have spent weeks cutting off Lyman"); only a
    # settlement's name right after the verb, not a road, supplies or a utility ("cut off Kharkiv from power").
    _p("contested.cut_off", "contested",
       r"\bcut(?:s|ting)?\s+off(?=\s+(?:the\s+(?:city|town|village)\s+of\s+)?(?-i:[A-Z])[\w'’]+(?![\w'’-])"
       r"(?!\s+(?:road|highway|route|railway|supply|supplies|from\s+(?:power|electricity|water|gas|heat|the\s+grid))))",
       needs="troops"),
    # "The battle lines in Vovchansk are now the two banks of the river": the front runs through the town
    # (soldiers "near the front line in X" stand somewhere about it).
    _p("contested.front_line_in", "contested",
       r"(?<!near\s)(?<!near\sthe\s)\b(?:battle|front)[- ]?lines?\s+(?:(?:now\s+)?(?:runs?|ran|pass(?:es|ed)?|cuts?)\s+)?(?:in|inside|within|through)\b"),
    # The place itself said to be at the front now: "Krasnohorivka is right on the frontline", "X remains a front-line
    # town" (the place is the clause's subject; not people "on the front line in X"; "has been a frontline city for a
    # decade" is its background).
    _p("contested.on_the_front_line", "contested",
       r"\b(?:is|are|remains?|became|has\s+become)\s+(?:(?:now|still|right|directly|"
       r"again|effectively)\s+){0,2}(?:on\s+the\s+front\s*-?\s*lines?\b(?!\s+(?:of|for|against)\b)|"
       r"(?:a|the)\s+front\s*-?\s*line\s+(?:town|city|village|settlement)\b|"
       r"(?:an?|the)\s+(?:important|key|major|main|active|hot|new)\s+front\s*-?\s*line\b(?!\s+(?:of|for|against)\b))",
       forward=False, backward=True),  # ("this once-peaceful village … is now an important frontline")
    # Forces that suffered losses in a place fought there ("the Russians suffered heavy losses in the village
    # of X"); "losses in the X direction" names no settlement.
    _p("contested.losses_in", "contested",
       r"\b(?:suffer(?:s|ed|ing)?|sustain(?:s|ed|ing)?|incurr?(?:s|ed|ing)?|tak(?:e|es|ing)|took)\s+(?:(?:heavy|significant|"
       r"serious|huge|great|major|considerable|severe|catastrophic|enormous)\s+)?(?:losses|casualties)\s+(?:in|inside|within)\b",
       needs="troops"),
    # "the defending Ukrainian forces in Vovchansk itself": forces defending where they are (not air defence
    # shooting down drones over a city).
    _p("contested.defending_forces_in", "contested",
       r"\bdefending\s+(?:[\w'’-]+\s+){0,2}?(?:forces|troops|units|soldiers|garrison|servicemen)\s+(?:in|inside|within)\b"
       r"(?![^.;!?]*\b(?:drones?|missiles?|rockets?|aircraft|air\s+defen[cs]e|shot\s+down|intercept\w*)\b)"),
    # "allowed the Russians to move into the city": forces moving in (residents moving into a flat do not).
    _p("contested.move_into", "contested", r"\bmov(?:e|es|ed|ing)\s+(?:\w+ly\s+)?into\b", needs="troops"),
    # "Russian forces have made rapid progress into the town of Selydove": into it, fighting there.
    _p("contested.progress_into", "contested",
       r"\bma(?:de|ke|kes|king)\s+(?:(?:rapid|quick|swift|significant|steady|some|further|slow)\s+)?(?:progress|headway|inroads)\s+"
       r"(?:into|in|inside)\b", needs="troops"),
    _p("contested.pocket", "contested", r"\b(?:pocket|cauldron|kessel)\b", forward=False, backward=True),
    _p("contested.reached", "contested", r"\breach(?:es|ed|ing)?\b", needs="force"),
    # "Russian troops have breached the eastern fringes of X", "breached the defences in X": into its edge.
    _p("contested.breached", "contested",
       r"\bbreach(?:es|ed|ing)?\s+(?:the\s+)?(?:(?:\w+ern|outer|first)\s+)?(?:outskirts|fringes?|edge|city\s+limits|"
       r"administrative\s+(?:borders|boundaries)|defen[cs]es?|defensive\s+lines?)\s+(?:of|in|around)\b", needs="force"),
    _p("contested.positions", "contested",
       r"\b(?:hold(?:s|ing)?|held|retain(?:s|ed|ing)?|keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|"
       r"secur(?:e|es|ed|ing)|establish(?:es|ed|ing)?|"  # ("have secured positions in the village of X")
       r"(?:already\s+)?(?:have|has|had)(?:\s+already)?)\s+"  # ("our forces already have positions in X")
       r"(?:(?:some|certain|their|its|our|the)\s+)?(?:positions|the line|lines|ground)\s+(?:in|inside|within)\b",
       needs="actor"),
)


# The characters ``\s`` matches in a str pattern (str.isspace; tests/extract checks they are all): each
# pair of them is a word of the hint automaton, so its one pass also finds where whitespace runs.
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
              "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


class HintScan:
    """Where the patterns' hint words occur in one text: one pass of an Aho-Corasick automaton
    over the lower-cased text, so a sentence runs only the patterns whose words it holds (and
    a sentence that holds none costs nothing more), and each of those patterns only around
    the words where the pattern can find itself (`reach`)."""

    def __init__(self, text: str, lowered: str | None = None,
                 found: Iterable[tuple[int, tuple[int, frozenset[int] | None]]] | None = None) -> None:
        """``lowered``: the text already lowered one character for one (`scan.lower_same_length`),
        when the caller has it; else it is made here. ``found``: what `_hint_automaton`'s pass over
        it reports, (end, (length, patterns)), when the caller has made that pass (`claims._scan_words`,
        one pass for the actors' and speech verbs' words too)."""
        if lowered is None:
            lowered = text.lower()
            if len(lowered) != len(text):  # a letter whose lower case is longer: offsets would drift
                lowered = "".join(ch.lower()[:1] or ch for ch in text)
        self.text = text
        self._lowered = lowered
        # (a letter IGNORECASE takes for another that lower() leaves alone, see `scan.caseless`: a pattern may
        # match where its hint word is not found, so sentences with one run their patterns whole)
        self._variants = not lowered.isascii() and HAS_CASE_VARIANT.search(lowered) is not None
        # Each occurrence of a hint word: where it starts and ends, and whose hint it is, in the order the
        # automaton reports them (by where they end: a longer word ending later may start earlier).
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._patterns: list[frozenset[int]] = []
        self._wide: list[int] = []  # where two whitespace characters follow each other (`single_spaced`)
        if found is None:
            automaton, _ = _hint_automaton(PATTERNS)
            if automaton.kind != ahocorasick.AHOCORASICK:
                return  # no pattern has hints: every pattern runs
            found = automaton.iter(lowered)
        starts, ends, owners, wide = self._starts, self._ends, self._patterns, self._wide
        for end, (length, patterns) in found:
            if patterns is None:
                wide.append(end - 1)
            else:
                starts.append(end - length + 1)
                ends.append(end)
                owners.append(patterns)

    def _occurrences(self, start: int, end: int) -> range:
        """The indices of the occurrences that may start inside [start, end) (they end at ``start``
        or later, and no later than the longest hint word starting before ``end`` can)."""
        ends = self._ends
        return range(bisect_left(ends, start), bisect_left(ends, end + _longest_hint(PATTERNS) - 1))

    def patterns_in(self, start: int, end: int) -> set[int]:
        """Indices of the patterns (in PATTERNS) one of whose hints starts inside text[start:end]."""
        found: set[int] = set()
        starts, patterns = self._starts, self._patterns
        for i in self._occurrences(start, end):
            if start <= starts[i] < end:
                found |= patterns[i]
        return found

    def hints_in(self, start: int, end: int) -> dict[int, list[int]]:
        """For each pattern (its index in PATTERNS) one of whose hints starts inside text[start:end],
        where its hints start there, in order."""
        found: dict[int, list[int]] = {}
        starts, patterns = self._starts, self._patterns
        for i in self._occurrences(start, end):
            at = starts[i]
            if start <= at < end:
                for index in patterns[i]:
                    if index in found:
                        found[index].append(at)
                    else:
                        found[index] = [at]
        for at in found.values():
            if len(at) > 1:
                at.sort()
        return found

    def single_spaced(self, start: int, end: int) -> bool:
        """Whether no two whitespace characters follow each other in text[start:end] (`reach.hint_reach`)."""
        wide = self._wide
        if not wide:
            return True
        i = bisect_left(wide, start)
        return i == len(wide) or wide[i] + 1 >= end

    def holds_any(self, words: tuple[str, ...], start: int, end: int) -> bool:
        """Whether one of ``words`` (lower case) occurs in text[start:end], ignoring case."""
        lowered = self._lowered
        return any(0 <= lowered.find(word, start, end) for word in words)

    def windows_apply(self, text: str, start: int, end: int) -> bool:
        """Whether the hints found tell where in ``text[start:end]`` matches can start: the text
        searched is the one scanned there (`find_triggers` searches the text without scare quotes,
        whose marks are spaces: "won“back”" would hold "won back"), and holds no letter that a
        pattern takes for another one that lower() leaves alone."""
        if text is not self.text and text[start:end] != self.text[start:end]:
            return False
        return not (self._variants and HAS_CASE_VARIANT.search(self._lowered, start, end))


_UNHINTED: dict[int, tuple[frozenset[int], tuple[TriggerPattern, ...]]] = {}


def _unhinted(patterns: tuple[TriggerPattern, ...]) -> frozenset[int]:
    """The patterns without hint words (they run on every sentence)."""
    cached = _UNHINTED.get(id(patterns))
    if cached is None or cached[1] is not patterns:
        cached = _UNHINTED[id(patterns)] = (frozenset(i for i, p in enumerate(patterns) if not p.hints), patterns)
    return cached[0]


_WINDOWS: dict[int, tuple[TriggerPattern, Windowed | None, Windowed | None]] = {}


def _windowed(pattern: TriggerPattern, single_spaced: bool) -> Windowed | None:
    r"""The pattern's `Windowed` search, or None for one that runs over the whole sentence (no hint
    word it is sure to hold within a bounded distance of a match's start, see `reach.hint_reach`);
    ``single_spaced``: for a sentence without two whitespace characters in a row, where ``\s+``
    bounds the distance too. Worked out when a sentence first holds its hints: reading a pattern
    costs a fraction of a millisecond, not to be spent at start-up, nor on a pattern never needed."""
    cached = _WINDOWS.get(id(pattern))
    if cached is None or cached[0] is not pattern:
        regex = pattern.regex
        found = [known_reach(pattern.source, re.IGNORECASE, pattern.hints, spaced) if pattern.source
                 else hint_reach(regex.pattern, regex.flags, pattern.hints, spaced) for spaced in (False, True)]
        cached = _WINDOWS[id(pattern)] = (pattern, *(Windowed(regex, *reach) if reach is not None else None
                                                     for reach in found))
    return cached[2] if single_spaced else cached[1]


def reach_keys() -> list[tuple[str, int, tuple[str, ...], bool]]:
    """What `reach.keep` works the trigger patterns' reaches out for (and keeps, for the next start-up)."""
    return [(p.source, int(re.IGNORECASE), p.hints, spaced) for p in PATTERNS if p.source and p.hints
            for spaced in (False, True)]


_AUTOMATA: dict[int, tuple[ahocorasick.Automaton, tuple[TriggerPattern, ...]]] = {}


def hint_words(patterns: tuple[TriggerPattern, ...] | None = None) -> dict[str, tuple[int, frozenset[int] | None]]:
    """The words HintScan looks for, each with what the automaton reports for it: its length and the
    patterns (their indices) it is a hint of, or None for a pair of whitespace characters. None
    when no pattern has hints."""
    owners: dict[str, set[int]] = {}
    for index, pattern in enumerate(PATTERNS if patterns is None else patterns):
        for hint in pattern.hints:
            owners.setdefault(hint, set()).add(index)
    if not owners:
        return {}
    words: dict[str, tuple[int, frozenset[int] | None]] = {hint: (len(hint), frozenset(indices))
                                                           for hint, indices in owners.items()}
    for first in WHITESPACE:
        for second in WHITESPACE:
            words[first + second] = (2, None)
    return words


def _hint_automaton(patterns: tuple[TriggerPattern, ...]) -> tuple[ahocorasick.Automaton, tuple[TriggerPattern, ...]]:
    cached = _AUTOMATA.get(id(patterns))
    if cached is not None and cached[1] is patterns:
        return cached
    words = hint_words(patterns)
    automaton = ahocorasick.Automaton()
    for word, value in words.items():
        automaton.add_word(word, value)
    if words:
        automaton.make_automaton()
    _AUTOMATA[id(patterns)] = (automaton, patterns)
    return automaton, patterns


_LONGEST: dict[int, tuple[int, tuple[TriggerPattern, ...]]] = {}


def _longest_hint(patterns: tuple[TriggerPattern, ...]) -> int:
    """The length of the longest hint word."""
    cached = _LONGEST.get(id(patterns))
    if cached is None or cached[1] is not patterns:
        cached = _LONGEST[id(patterns)] = (max((len(hint) for pattern in patterns for hint in pattern.hints), default=1),
                                           patterns)
    return cached[0]


class _Applied:
    """One pattern as `find_triggers` applies it, worked out when a sentence first runs it instead of
    for each sentence and each match: its windowed searches (`_windowed`), which of the named groups
    it reads it has, which checks its rule asks for, and the fields every trigger it finds shares."""

    __slots__ = ("pattern", "regex", "windows", "whose", "emoji", "trigger", "event", "heading_only", "battle", "fields")

    def __init__(self, pattern: TriggerPattern) -> None:
        self.pattern = pattern
        self.regex = pattern.regex
        self.windows: tuple[Windowed | None, Windowed | None] | None = None  # (made when a hint first asks)
        groups = pattern.regex.groupindex
        self.whose, self.emoji, self.trigger = "whose" in groups, "emoji" in groups, "trigger" in groups
        self.event = pattern.rule.startswith(("gain.nominal", "contested.battle_for", "contested.siege", "gain.fall",
                                              "contested.verb", "contested.fighting"))
        # ("Fighting for Kupiansk" alone on its line is a section's heading; "Fighting is still going on in X" opening a
        # sentence or a quotation is no name of an event)
        self.heading_only = pattern.rule.startswith(("contested.verb", "contested.fighting"))
        self.battle = pattern.rule in ("contested.battle_for", "contested.siege")
        self.fields = (pattern.rule in _NOMINAL_RULES, pattern.needs, pattern.rule in _STRICT_RULES, pattern.inner,
                       pattern.expel, pattern.default)

    def windowed(self, single_spaced: bool) -> Windowed | None:
        """`_windowed` (both of its searches fetched at once, then kept here)."""
        if self.windows is None:
            self.windows = (_windowed(self.pattern, False), _windowed(self.pattern, True))
        return self.windows[single_spaced]


_APPLIED: dict[int, tuple[list[_Applied | None], tuple[TriggerPattern, ...]]] = {}


def _applied(patterns: tuple[TriggerPattern, ...]) -> list[_Applied | None]:
    """Each pattern's `_Applied`, by its index (None until a sentence first runs it)."""
    cached = _APPLIED.get(id(patterns))
    if cached is None or cached[1] is not patterns:
        cached = _APPLIED[id(patterns)] = ([None] * len(patterns), patterns)
    return cached[0]


def find_triggers(text: str, start: int, end: int, scan: HintScan | None = None) -> list[Trigger]:
    """Every trigger in text[start:end], in order; overlapping ones are all kept."""
    found = []
    hints: dict[int, list[int]] = {}
    if scan is None:
        present = HintScan(text[start:end]).patterns_in(0, end - start)
    elif scan.windows_apply(text, start, end):
        hints = scan.hints_in(start, end)
        present = set(hints)
    else:
        present = scan.patterns_in(start, end)
    single_spaced = bool(hints) and scan.single_spaced(start, end)
    unhinted = _unhinted(PATTERNS)
    applied = _applied(PATTERNS)
    for index in sorted(present | unhinted if unhinted else present):
        plan = applied[index]
        if plan is None:
            plan = applied[index] = _Applied(PATTERNS[index])
        windowed = plan.windowed(single_spaced) if index in hints else None
        if windowed is not None and windowed.unless and scan.holds_any(windowed.unless, start, end):
            windowed = None  # ("wins back": a match without a hint word)
        matches = (windowed.finditer(text, start, end, hints[index]) if windowed is not None
                   else plan.regex.finditer(text, start, end))
        for match in matches:
            found.append(_trigger(text, end, plan, match))
    found = [t for t in found if t is not None]
    if len(found) > 1:
        found.sort(key=lambda t: (t.start, -t.end))
    # "began to liberate" is fighting, not liberation: a trigger inside a longer one goes.
    return [t for t in found if not any(o.start <= t.start and t.end <= o.end and (o.end - o.start) > (t.end - t.start)
                                        and (o.kind != t.kind or o.rule in _SWALLOWING) for o in found)]


def _trigger(text: str, end: int, plan: _Applied, match: re.Match[str]) -> Trigger | None:
    """The trigger one match of a pattern makes in a sentence ending at ``end``, or None when it
    names an event, tells a battle that is over, or says where settlements lie."""
    pattern = plan.pattern
    side = pattern.side
    whose = (plan.whose and match.group("whose")) or (plan.emoji and match.group("emoji"))  # "🇺🇦 flag raised"
    if plan.emoji and whose and whose == match.group("emoji") and whose.isalpha() and \
            not _flag_bearers_before(text, match.start(), match.end()):
        whose = None  # "Thousands waved Ukrainian flags in X": a flag's own side, in no forces' hands, is no one's hold
    if whose:
        side = _whose(whose)
    begin = match.start("trigger") if plan.trigger else match.start()
    while begin < match.end() and text[begin].isspace():
        begin += 1
    if plan.event and _event_name(text, begin, match.end(), plan.heading_only):
        return None
    if plan.battle and _BATTLE_OVER.match(text, match.end(), end):
        return None  # "the battle for the city lasted more than a month": a fight that is over
    if _GEOGRAPHIC_SURROUNDING.match(text, begin) and _AFTER_A_NOUN.search(text, max(0, begin - 25), begin):
        return None  # "the settlements surrounding Pokrovsk": where they lie
    return Trigger(pattern.rule, pattern.kind, begin, match.end(), pattern.forward, pattern.backward, side,
                   *plan.fields)


_BEARER_WORDS = re.compile(r"\b(?:troops?|forces|soldiers?|servicem[ae]n|units?|army|military|fighters?|marines?|"
                           r"paratroopers?|brigades?|battalions?|regiments?|defenders?|warriors?|assault groups?)\b",
                           re.IGNORECASE)


def _flag_bearers_before(text: str, start: int, end: int) -> bool:
    """Forces named in the sentence before a flag, or in its words ("a soldier holds up a Russian flag in X")."""
    lead = max(text.rfind(". ", max(0, start - 120), start), text.rfind("\n", max(0, start - 120), start), start - 120, 0)
    return bool(_BEARER_WORDS.search(text, lead, end))


_GEOGRAPHIC_SURROUNDING = re.compile(r"surrounding\b", re.IGNORECASE)
_BATTLE_OVER = re.compile(r"[^.;:!?]{0,60}?\b(?:(?<!has )(?<!have )lasted|ended|concluded|was over|had ended|came at|cost (?:the|them|it|"
                          r"Russia|Ukraine|Moscow|Kyiv)|took (?:\w+ )?(?:months|weeks|days))\b", re.IGNORECASE)
_AFTER_A_NOUN = re.compile(r"\b(?:the|villages|settlements|towns|areas?|territory|territories|region|fields|"
                           r"heights|forests?|hills|district|countryside|positions|roads?)\s+$", re.IGNORECASE)
_NOMINAL_RULES = {"hold.nation_control", "hold.claimed_control", "gain.compound_nominal", "gain.compound_occupation", "gain.nominal", "gain.its_nominal", "gain.control_noun", "contested.entry_noun", "contested.advance_noun", "gain.occupation_of", "gain.possessive", "contested.battle_for", "gain.ditto", "gain.fall", "gain.fall_possessive", "gain.loss_of",
                  "contested.siege", "contested.pocket"}
_STRICT_RULES = {"hold.verb", "contested.reached"}
PRESENCE_RULES = frozenset({"hold.presence"})
# Longer phrases that stand for the words inside them ("taken full control of", not "taken").
_SWALLOWING = {"gain.take_control", "hold.is_side_held", "gain.under_control_verb", "gain.taken_under_control", "gain.come_under",
               "hold.control_of", "hold.under_control", "gain.flag", "gain.flag_flies", "gain.expel",
               "loss.lost_control", "contested.positions", "hold.defence", "hold.occupied_adjective",
               "gain.nominal"}  # ("the capture of X": a noun; the verb "capture" inside it reads nothing of its own)
# Rules whose words tell of a loss to the speaker's side when no actor is named ("the fall of X").
SPEAKER_LOSES = frozenset({"gain.loss_of"})
# An event's name, not a report of it: "the Battle of Bakhmut", "= Liberation of Kherson =".
_EVENT_WORD = re.compile(r"(?:Battle|Battles|Siege|Liberation|Capture|Fall|Occupation|Defen[cs]e|Recapture|Fighting|Fight|"
                         r"Struggle)\b")
_HEADING_WORDS = re.compile(r"(?:Fighting|Fight|Battles?|Struggle)\s+(?:for|over)")
_INFOBOX = re.compile(r"\s*[-•*]?\s*(?:Title|Conflict|Part of|Name|Caption)\s*:\s*|\s*\(\s*Redirected from\s+")
_NAME_ONLY = re.compile(r"\s*(?:the\s+)?[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}\s*(?:\([^)]*\))?\s*[=)]*(?:\.(?=\s)|\.?\s*$)")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _event_name(text: str, start: int, end: int, heading_only: bool = False) -> bool:
    """'the Battle of Bakhmut' (a capitalised event name inside a sentence), or a line that
    is only the event's name ('Battle of Avdiivka (2023–2024)', '= Liberation of Kherson =', a section's
    heading 'Battle for Chasiv Yar.', 'Fighting for Kupiansk')."""
    if not _EVENT_WORD.match(text, start):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lead = text[line_start:start]
    if heading_only and not _HEADING_WORDS.fullmatch(text, start, end):
        return False  # ("Fighting is heavy in Pavlivka." is told, whatever stands after it)
    if not lead.strip(" =-•*") or _INFOBOX.fullmatch(lead):
        return bool(_NAME_ONLY.match(text, end, line_end))
    if heading_only:
        return False
    words = _LONG_WORD.findall(text, line_start, line_end)
    if words and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
        return False  # a headline in title case: capitals say nothing
    return not re.search(r"[.!?]\s*[\"“”]?\s*$", lead)


_FLAG_EMOJI = {"\U0001F1FA\U0001F1E6": "ukraine", "\U0001F1F7\U0001F1FA": "russia"}  # 🇺🇦, 🇷🇺


def _whose(word: str) -> str:
    word = word.lower()
    if word in _FLAG_EMOJI:
        return _FLAG_EMOJI[word]
    if word.startswith(("ukrain", "kyiv", "kiev", "blue", "yellow")) or word in ("afu", "zsu", "apu"):  # the blue-and-yellow flag
        return "ukraine"
    if word.startswith(("russia", "moscow", "wagner", "kremlin", "dpr", "lpr", "separatist", "occupation")):
        return "russia"
    if word.startswith(("enemy", "the enemy")):
        return "enemy"
    return "speaker"  # our / their / its: the speaker's own side
