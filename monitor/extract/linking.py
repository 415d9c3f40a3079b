"""Which places a trigger speaks of: its object, its subject, a list, a place inside its words.

Linking is by the words between trigger and place, not by distance: an object may be
preceded only by determiners, adjectives and nouns like "the key city of" (any description
that ends in a settlement noun: "the strategic Donbass city of"); a subject only by
auxiliaries ("was also", "which was confirmed"). So "60 km east of Izium", "towards
Kupiansk" and "near Kharkiv" never become the object of a capture.

Lists are walked item by item: "A, B (Izium Raion), C in the Kupiansk district and D", "A,
B and the entire Kyiv region", "X and some nearby settlements, the largest of which are A
and B". A tail that locates an item (a bracket, "in the X district", "near Y", "on the
Oskil River") is passed over with the places in it, which are not items.

A link is *partial* when the words say only part of the place changed hands ("most of",
"80% of", "the southern part of", "eastern Kupiansk", "almost entirely"): such a claim is
fighting, not a change of control. "The city", "the town", "the village" stand for the
settlement named last before them, in the sentence or in the paragraph.
"""

from __future__ import annotations

from monitor.extract import rules_re as re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from monitor.extract.guards import civilians_leave_before
from monitor.extract.places import PlaceMention
from monitor.extract.scan import caseless
from monitor.extract.triggers import Trigger

_OBJECT_WORDS = frozenset("""the a an its their his her our this that these those key strategic strategically
important small smaller large larger major big main eastern western northern southern northeastern north-eastern
northwestern north-western southeastern south-eastern southwestern south-western central frontline front-line
embattled besieged nearby neighbouring neighboring regional district industrial port railway rail logistics
logistical transport hub entire whole all of village villages town towns city cities settlement settlements
urban-type hamlet hamlets locality localities community communities several other two three four five also
fully completely partially control remaining last center centre capital administrative
heavily fortified defended strongholds stronghold rest part parts most much key-city tiny little
ukrainian russian ukrainian-held ukrainian-controlled russian-held russian-controlled russian-occupied occupied
frontline-town front-line-town successfully finally already now just recently officially same ruins rubble
previously formerly newly ukraine's ukraine’s both either border mining coastal hilltop riverside
territory territories entirety battered ruined devastated war-torn shattered bombed-out beleaguered
hard-fought long-contested long-embattled long-besieged hotly-contested much-contested contested encircled
semi-encircled half-encircled surrounded
""".split())
# After a holding verb only a determiner, adjectives and "town of" may stand before the place
# ("hold the town of X"), never a preposition ("held talks in X", "control of X").
_STRICT_NOT = frozenset("of in into from out over control all".split())
_STRICT_OF = re.compile(r"\b(?:(?:city|town|village|settlement|hamlet|locality|community)s?|centre|center|heart|"
                        r"(?:\w+ern\s+)?outskirts)\s+of\s*$", re.IGNORECASE)  # ("reached the centre of X")
_SETTLEMENT_NOUN = (r"(?:city|cities|town|towns|townlet|village|villages|settlement|settlements|hamlet|hamlets|locality|"
                    r"localities|community|communities|hub|stronghold|strongholds|bastion|fortress|outpost|citadel|"
                    r"port|territory|zone|capital|"
                    r"points?|inhabited points?|populated (?:points?|areas?|localities|settlements)|"
                    r"population cent(?:re|er)s?)")
# A description ending in a settlement noun: "the strategic Donbass city of", "Ukraine stronghold".
_DESCRIBED = re.compile(
    r"^\s*(?:(?!(?:in|near|from|to|towards?|around|outside|beyond|past|via|at|on|into|by|with|after|before|that|"
    r"which|who|is|are|was|were|has|have|had|be|been|and|or|but|for|as|than|area|areas|vicinity|direction|outskirts|"
    r"approaches|environs|surroundings|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\b)"
    r"[\w'’-]+\s+){0,6}?"
    + _SETTLEMENT_NOUN + r"(?:\s+(?:\[?of\]?|called|named))?\s*$", re.IGNORECASE)
# "liberated from the invaders the village of": whom a place was freed from, before it.
_FROM_WHOM = re.compile(r"\s*from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:invaders?|occupiers?|nationalists?|militants?|"
                        r"enemy|russians|ukrainians|neo-?nazis|terrorists|fascists|aggressors?|orcs)\s+", re.IGNORECASE)
_UNKNOWN_NAME = r"(?-i:[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*-?)(?:\s+(?-i:[A-Z][a-z'’-]+))?"
# Between two places of one list: "A, B and the village of C"; "A and nearby villages, including B";
# "X and some nearby settlements, the largest of which are A"; a capitalised name the gazetteer
# does not know may stand in the list too ("A, Pobeda and C").
_LIST_GAP = re.compile(
    r"^(?:\s*,\s*(?:and\s+)?" + _UNKNOWN_NAME + r"){0,3}"
    r"\s*(?:,|;)?\s*(?:and|or|nor|&|as well as|plus|and also|along with|together with|followed by)?\s*"
    r"(?:(?:likely|possibly|probably)\s+)?"  # ("captured A, B, and likely C": an item the speaker is less sure of)
    r"(?:(?<=as well as )(?:in|within|inside)\s+)?"  # ("advances in A …, as well as within B")
    r"(?:(?:in\s+)?(?:the\s+)?(?:\w+ern|central)\s+)?"  # ("in northwestern Pokrovsk and in northwestern Myrnohrad")
    r"(?:(?:the\s+)?(?:(?:entire|whole)\s+)?(?:[\w'’-]+\s+){1,2}(?:region|oblast|district|area)s?\s*,?\s*"
    r"(?:(?:and|as well as)\s+)?)?"  # "A, the entire Kyiv region and B"
    r"(?:(?:the\s+)?(?:(?!(?:and|or|in|near|from|to|of)\b)[\w'’-]+\s+){0,2}"
    r"(?:city|cities|towns?|villages?|settlements?|locality|localities|hamlets?|points?|urban-type settlements?|"
    r"communities|stronghold|hub)\s+of\s+)?"
    r"(?:(?:(?:some|several|other|nearby|neighbou?ring|surrounding|adjacent|smaller|a number of|a few|many|dozens of|"
    r"\d+|two|three|four|five|six|seven|eight|nine|ten)\s+){0,3}"
    r"(?:[\w'’-]+\s+)?(?:villages|settlements|towns|localities|hamlets|communities|points)\s*,?\s*)?"
    r"(?:(?:including|such as|among them|namely|notably|in particular|the (?:largest|biggest|main|most important) of "
    r"(?:which|them|these)\s+(?:are|were|being|is|was)|from)\s*[:—–-]?\s*)?$",
    re.IGNORECASE)
# A tail that locates a list item and is no item itself.
_TAIL = re.compile(
    r"\s*\([^()]{0,90}\)"
    r"|\s*,\s*(?-i:[A-Z])[\w'’-]+\s+(?:oblast|region|province)\b(?=\s+(?:on|in|by|and|or)\b|\s*,\s*(?:and|or)\b)"  # ("Storozheve, Donetsk
    # Oblast on June 12, and Blahodatne")
    r"|\s*,?\s+(?:(?:located|situated|lying|which lies|which is)\s+)?(?:in|of|on|along|at|by)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:region|oblast|district|raion|rayon|province|river|reservoir|area|border|direction|"
    r"hromada|community|municipality|"
    r"front|axis|bank|sector|shore|coast|republic|people['’]s republic|dpr|lpr)\b"
    r"(?:(?<=region|oblast)\s+of\s+(?-i:[A-Z])[\w'’-]+)?"  # ("Siversk in the eastern region of Donetsk and …")
    # "Kindrashivka by October 9, and Radkivka by October 11": when each was taken
    r"|\s*,?\s+(?:by|on|in|since|as of)\s+(?:(?:early|mid|late|the end of)[- ]\s*)?(?:\d{1,2}\s+)?"
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?(?=\s*(?:,|\band\b|\.|;|$))"
    r"|\s*,?\s+(?:(?:located|situated|lying)\s+)?(?:(?:just|about|some|around)\s+)?(?:near|around|outside|close to|next to)"
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?:region|oblast|district))?|border|line|front)"
    r"(?:\s+with\s+(?:[\w'’-]+\s+){0,2}?(?:region|oblast|russia|belarus|(?-i:[A-Z])[\w'’-]+"
    r"(?:\s+(?:region|oblast|province))?))?"
    r"|\s*,?\s+(?:(?:village|town|city)\s+)?(?:\d[\d.,]*|a few|several)\s*(?:km|kilometers|kilometres|miles)\b"
    r"[^,;:.()]{0,60}?(?:of|from)\s+"  # ("Semenivka village 5 kilometers west of Avdiivka has fallen")
    r"(?:the\s+)?(?:city\s+of\s+)?(?-i:[A-Z])[\w'’-]+"
    # ", north of Kharkiv": where the place lies
    r"|\s*,\s*(?:(?:just|about|some|directly)\s+)?(?:north|south|east|west)(?:-?(?:north|south|east|west))?\s+of\s+"
    r"(?:the\s+)?(?:city\s+of\s+)?(?-i:[A-Z])[\w'’-]+(?=\s*,|\s+in\s+(?:the\s+)?[\w'’-]+\s+(?:region|oblast|province))"
    # "Drobyshevo to the north and Yampil to the south of Lyman": where each lies
    r"|\s+to\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:\s+of\s+(?:the\s+)?(?:city\s+of\s+)?"
    r"(?-i:[A-Z])[\w'’-]+)?"
    # ", judging by photos posted by residents, has been retaken": where the news comes from, an aside
    r"|\s*,\s*(?:judging\s+by|according\s+to|citing|as\s+(?:reported|confirmed|claimed|stated)\s+by|based\s+on)\b"
    r"[^,;:()\"“”]{1,100}(?=,)"
    # "Hirske and Zolote south of Lysychansk also came under …": no commas, its verb right after
    r"|\s+(?:(?:just|about|some|directly)\s+)?(?:north|south|east|west)(?:-?(?:north|south|east|west))?\s+of\s+"
    r"(?:the\s+)?(?:city\s+of\s+)?(?-i:[A-Z])[\w'’-]+(?=\s+(?:also\s+|now\s+|have\s+|has\s+|had\s+)*"
    r"(?:(?:were|was|are|is|came|come|fell|been|returned)\b|$))",  # (or the end of a gap cut before the verb)
    re.IGNORECASE)
# A count of settlements, standing for the names that follow ("five villages", "12 settlements").
COUNTED = re.compile(
    r"\s*(?:the\s+)?(?:(?:more than|over|at least|about|some|nearly|almost|another|a further)\s+)?"
    r"(?:\d+|a number of|several|dozens of|a dozen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|more|other|further)\s+(?:more\s+|other\s+|further\s+)?"
    r"(?:[\w-]+\s+){0,2}?"  # ("three Donetsk region towns", "five key villages")
    r"(?:villages|settlements|towns|localities|locations|communities|hamlets|inhabited points|populated (?:points|areas|"
    r"localities|settlements))\b", re.IGNORECASE)
_INCLUDING = re.compile(r"(?:including|such as|among them|namely|notably)\s*[:—–-]?\s*$", re.IGNORECASE)
# Between a list of subjects and its verb: auxiliaries, adverbs, a relative pronoun; and a
# last item that names no settlement ("A, B and the entire Kyiv region have been liberated").
_SUBJECT_GAP = re.compile(
    r"^(?:['’]s?)?(?:\.\.\.|…)?\s*(?:city|town|village)?\s*(?:\([^)]*\)\s*)?(?:[-–—:](?=\s)\s*)?"  # "Izium – liberated"

    r"(?:(?:,\s*|\s+in\s+(?:the\s+)?)(?:(?:[\w'’-]+\s+){1,2}(?:oblast|region|province|district|raion)|"
    r"(?:eastern\s+|southern\s+|northern\s+|western\s+)?ukraine)\s*)?,?\s*[\"“”]?\s*"  # ("Kherson in Southern Ukraine")
    # "Lyman, a city recently taken by the Ukrainian forces": the place's apposition, then its participle
    r"(?:(?<=,\s)(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:city|town|village|settlement|stronghold|hub)\s+(?=\w+ly\s|(?:taken|\w+ed)\s+by\b))?"
    r"(?:(?:and|as well as)\s+(?:the\s+|their\s+|its\s+)?(?:(?:a\s+)?(?:(?:large|small|big|significant)\s+)?part\s+of\s+"
    r"(?:the\s+)?)?(?:(?:entire|whole|surrounding)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:region|oblast|district|area|outskirts|surroundings|suburbs|hromada|community)s?\s+)?"
    # "the village of Borova and most of the Borova community has been liberated"
    r"(?:and\s+(?:most|all|much|part)\s+of\s+the\s+(?-i:[A-Z])[\w'’-]+\s+(?:community|hromada|district|raion|area)\s+)?"
    r"(?:(?:and|as well as)\s+(?:(?:several|a few|some|many|dozens of)\s+)?(?:others|other\s+(?:settlements|villages|"
    r"towns|localities))\s+)?"  # "A, B and others were liberated"
    # "Kherson is the first major city occupied by", "X became the latest town to be captured"
    r"(?:(?:is|was|are|were|became|becomes|has\s+become|(?:appears?|appeared|seems?|seemed)\s+to\s+be)\s+"
    r"(?:(?:just|only|also|now|still)\s+)?"
    r"(?:the|a|an|one\s+of\s+the)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:city|cities|town|towns|village|villages|settlement|settlements|capital|stronghold|bastion|outpost)\s+"
    r"(?:(?:in|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:oblast|region|province)\s+)?"  # ("… settlements in Luhansk Oblast which")
    r"(?:to\s+(?:be|have\s+been)\s+|so\s+far\s+)?)?"
    # "Makeyevka was the last of 12 to be liberated"
    r"(?:(?:is|was|became)\s+the\s+(?:last|first|latest|second|third)\s+of\s+(?:the\s+)?(?:\d+|[a-z]+)\s+"
    r"(?:(?:villages|settlements|towns|cities|localities)\s+)?to\s+(?:be|have\s+been)\s+)?"
    r"(?:(?:which|that|who|has|have|had|been|being|is|was|were|are|now|also|"
    r"already|reportedly|officially|confirmed|fully|finally|just|largely|completely|effectively|formally|since|all|"
    r"both|will|always|be|recently|successfully|then|apparently|allegedly|partially|partly|half|in|the|end|and|once|"
    r"\d+(?:\.\d+)?(?=\s*%)|\d+(?:\.\d+)?\s+(?:percent|per\s+cent)|"  # ("is 70% controlled by the Defense Forces")
    r"again|mostly|entirely|almost|nearly|practically|virtually|still|today|yesterday|remains|remained|remain|"
    r"stays|stayed|currently|for today|as of today|so far|to date|not|no longer|never|yet|"
    r"continues\s+to|continued\s+to|continue\s+to|itself|"
    # "is understood to have been vacated by", "is believed to have been captured": the subject's verb, hedged
    r"(?:understood|believed|thought|said|reported|known|assessed|estimated|presumed|likely|appears?|seems?|"
    r"appeared|seemed)\s+to\s+(?:have|be)|"  # ("is said to be surrounded by Ukrainian troops")
    # "was reported as captured", "is now confirmed to be captured", "is officially listed as captured"
    r"(?:reported|confirmed|listed|marked|declared|considered|recogni[sz]ed|announced|shown)\s+(?:as|to\s+be)|"
    r"reported|"
    r"(?!(?:early|only|july|italy|rally|family|supply)\b)[a-z]+ly)\b"  # ("is fiercely contested")
    # (a scare quote may open: "was ‘completely liberated’"; one parse of the spaces around it, or a gap of
    # listed words that then fails is tried every way it splits)
    r"\s*(?:%\s*)?(?:[\"“”‘]\s*)?)*$",
    re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
# A place name used as a modifier ("the Donetsk separatists", "Kharkiv's mayor") is not the town spoken of.
_MODIFIER_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:operational|tactical|operational-tactical|strategic|joint|battle)[\s-]+){1,2}"
                             r"(?:group|grouping|group\s+of\s+forces|command)\b"  # ("the Luhansk operational tactical group")
                             r"|(?:['’]s)?\s+(?:separatists?|authorities|officials?|governor|administration|"
                             r"government|mayor|leader|head|militants|proxies|council|residents|police|"
                             r"prosecutors?|people['’]s|city council|garrison|settlements|villages|towns|area|areas|"
                             r"sector|group|grouping|suburbs?|satellite towns?|commuter towns?|"
                             r"counter-?attacks?|counter-?offensives?|regime)\b"  # ("a Kyiv counterattack": Ukraine's)
                             r"|['’]s\s+(?!(?:capture|recapture|liberation|fall|seizure|occupation|encirclement|territory|"
                             r"outskirts|centre|center|suburbs|streets|districts?|neighbou?rhoods|industrial zone)\b)"
                             r"[a-z]", re.IGNORECASE)
_SPEAKS_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|say|told|claimed|claims|reported|announced|added|"
                           r"confirmed|denied|insisted|stated|noted|wrote)\b(?!\s+by\b)", re.IGNORECASE)
_APPOSITION = re.compile(r"(?:['’]s)?\s*(?:,\s*(?:a|an|the|which|who|another|one|also|located|situated|lying|adjacent|next|close|near|neighbou?ring|bordering|some|about|"
                         r"just|roughly|around|with)\b(?:[^,;:()\"“”]|,(?=\d{3}\b)){1,90},|"  # ("of around 100,000,")
                         # "Kherson, occupied since March, was liberated": a participle's aside
                         r"\s*,\s*(?:occupied|held|controlled|captured|seized|taken|besieged)\s+(?:by|since|in|on|for|from|"
                         r"after|until)\b[^,;:()\"“”]{1,60},|"
                         # "Irpin and Bucha, commuter cities outside Kyiv, had been retaken": a plural noun, no article
                         r"\s*,\s*(?:[\w'’-]+\s+){0,2}(?:cities|towns|villages|suburbs|settlements|communities|hamlets)\b"
                         r"[^,;:()\"“”]{1,60},|\s*,\s*(?:a|an|the|another|one)\b[^,;:()\"“”]{1,90}?"
                         r"(?=\b(?:that|which)\s+(?:(?:was|were|has been|had been|is|are|remains?|remained|stays?)\b|$)|\b(?:now|still)\s+(?:occupied|held|"
                         r"controlled)\b)"
                         r"|\s*[—–]\s*(?:a|an|the|another|one)\b[^—–;:()]{1,90}?"
                         r"(?=\s+(?:now|is|was|has|had|been|which)\b)|\s*[—–]\s*(?=in\b)"
                         # "Svatove, located some 50 km north of Luhansk is still …": the closing comma left out
                         r"|\s*,\s*(?:located|situated|lying)\b[^,;:()\"“”]{1,90}?(?=\s+(?:is|are|was|were|remains?|"
                         r"remained)\b|\s*$))", re.IGNORECASE)
# "withdraw from the west bank of the Dnipro, including the city of Kherson"
_INCLUDING_TAIL = re.compile(r"^[^.;:!?()\"“”—–]{0,80}?(?:,|\s*[—–])\s*(?:with\s+(?:[\w'’-]+\s+){0,3})?(?:including|among them|notably|"
                             r"such as)\s+(?:the\s+)?"
                             r"(?:(?:(?!(?:near|around|outside|from|to|towards?)\b)[\w'’-]+\s+){0,4}?"  # "the key Russian defense node of"
                             r"(?:city|town|village|settlement|hub|node|stronghold|centre|center)s?\s+of\s+)?$", re.IGNORECASE)
_CLAUSE_IN_GAP = re.compile(r"\b(?:that|which|who|but|while|after|before|when|is|was|were|are|has|have|had|said|"
                            r"says|could|would|will|may|might|can|threaten\w*|open\w*|allow\w*)\b", re.IGNORECASE)
# (a verb of its own in the gap: "its capture could threaten other cities, including X" names what it threatens)
_ANAPHOR_NOUN = (r"(?:(?:ruined|devastated|embattled|besieged|destroyed|frontline|front-line|key|small|eastern|"
                 r"southern|northern|western|strategic|strategically|important|encircled|whole|entire|same|beleaguered|"
                 r"border|industrial|logistics|logistical|railway|transport|outlying|shattered|battered|war-torn|pivotal|"
                 r"crucial|vital|hard-fought|coal-mining|specified|aforementioned|above-mentioned|mentioned|named|"
                 r"frontline|little|tiny|ghost|mining|port|regional|occupied|liberated|ukrainian|russian|"
                 r"(?:north|south)-?(?:east|west)ern)\s+){0,3}"
                 r"(?P<noun>city|town|village|settlement|locality|hamlet|suburb|stronghold|fortress|regional capital|"
                 r"(?<=industrial )hub|(?<=logistics )hub|(?<=logistical )hub|(?<=railway )hub|(?<=transport )hub|"
                 r"regional cent(?:re|er)|district cent(?:re|er)|"
                 r"populated (?:area|point|locality))")  # ("the populated area is being stormed": a translation's settlement)
_ANAPHOR_AFTER = re.compile(r"[\"”’]?\s*(?:(?:the\s+|a\s+)?(?:(?:\w+ern|central|significant|substantial|large|small|new|"
                            r"more|several|some|further)\s+)?"
                            r"(?:part|parts|outskirts|edge|centre|center|rest|most|half|portion|section|"
                            r"areas|neighbou?rhoods|districts|"
                            r"(?:administrative\s+)?(?:boundaries|limits|borders))\s+of\s+"
                            r"|(?:(?:about|around|approximately|nearly|almost|some|over|roughly|up\s+to|more\s+than|less\s+than)"
                            r"\s+)?\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?\s*(?:%|percent|per cent)\s+of\s+)?(?:the\s+|this\s+|that\s+)?(?:(?:whole|entire)\s+)?"
                            r"(?:territory\s+of\s+the\s+)?" + _ANAPHOR_NOUN +
                            r"\b(?!\s+(?:of(?!\s+(?:the\s+)?(?:enemy|ukrainian|russian|occupiers|invaders|russians|ukrainians|"
                            r"militants|nationalists|saboteurs)\b)|"  # ("clearing the city of Ukrainian troops": of whom)
                            r"council|hall|administration|(?:centre|center)\s+of|mayor|limits|boundaries|"
                            r"executive\s+committee|police|hospital|"
                            r"authorities|blocks?|quarters?|streets?|'s|’s)\b|\s+in\s+(?:the\s+)?(?-i:[A-Z])"
                            r"(?![\w'’-]+\s+(?:region|oblast|province)\b))", re.IGNORECASE)  # ("the town in the Donetsk region")
_PRONOUN_SUBJECT = re.compile(r"(?:\b(?:it|this|that)\s*(?:['’]s|is|was|remains|has been|had been)?|"
                              r"\bthe\s+" + _ANAPHOR_NOUN + r"(?:\s+(?:itself|also|too|centre|center))?)\s*"
                              r"(?:(?:has|had|have|was|is|were|been|now|also|already|remains|remained|stays|stayed|"
                              r"(?!(?:only|early|lately|nearly|fly|rally|ally|family|italy)\b)\w+ly)\s+)*$",
                              re.IGNORECASE)
# A place after these is where something happened near, not what was taken ("60 km east
# of Izium" too, unless a relative clause then speaks of it: "…of Izium, which was …").
_NEAR_BEFORE = re.compile(
    r"\b(?:near|towards?|to|from|outside|beyond|past|via|around|direction of|vicinity of|close to|next to|"
    r"(?:border|frontier|boundary) with)\s+"
    r"(?:the\s+)?(?:(?:city|town|village|cities|towns|villages|settlements?)\s+of\s+)?$",
    re.IGNORECASE)
# Where a subject stands in a place, the place is not the subject: "Both cities in Zaporizhzhia have been occupied".
_IN_BEFORE = re.compile(r"\b(?:in|inside|across|throughout|at)\s+(?:the\s+)?$", re.IGNORECASE)
_DISTANCE_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s*(?:km|kilometers|kilometres|miles|mi)\b[^,.;]{0,40}?"
    r"|\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)"
    r"\b(?:of|from)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:city|town|village)\s+of\s+)?$", re.IGNORECASE)
# A town's centre is a part of it ("the center of the city remains under Ukrainian control"); a
# regional or district centre is the town itself ("liberated the regional centre of Kherson"); forces
# that left a town's centre left the town ("Russian forces had left the center of Kherson").
_CENTRE_OF_TOWN = (r"(?<!regional )(?<!district )(?<!administrative )(?<!oblast )(?<!raion )(?<!hromada )"
                   r"(?<!county )(?<!provincial )(?<!population )\b(?:cent(?:er|re)|downtown|heart)\b")
_CENTRE = re.compile(_CENTRE_OF_TOWN, re.IGNORECASE)
# "the east of Berdychi": a part named by its compass point (with the article; "west of X" lies outside).
_COMPASS_PART = re.compile(r"^\s*the\s+(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+$",
                           re.IGNORECASE)
# A named or counted district of the place: "the Kanal district (Novyi) in", "one district of".
_NAMED_PART = re.compile(r"^\s*(?:the\s+)?(?:(?:one|another|a|two|three|several|some)\s+(?:districts?|neighbou?rhoods?|"
                         r"quarters?|microdistricts?)|(?-i:[A-Z])[\w'’-]+\s+(?:district|microdistrict|neighbou?rhood|"
                         r"quarter)(?:\s*\([^()]{1,30}\))?)\s+(?:in|of)\s+$", re.IGNORECASE)
# Only part of a place: "most of", "80% of", "the southern part of", "eastern Kupiansk".
_PARTIAL_WORDS = re.compile(
    r"\b(?:most|much|(?<!as )part|parts|half|portion|portions|section|sections|bulk|majority|areas?|neighbou?rhoods?|"
    r"streets|sectors?|rest|outskirts|edges?|districts|micro-?districts?|quarters|blocks|"
    r"(?:partially|partly|almost|nearly|largely|mostly)(?!\s+(?:destroyed|ruined|devastated|deserted|abandoned|empty|"
    r"depopulated|flattened|razed|evacuated)\b)|"  # ("the largely destroyed city of X": the whole city, in ruins)
    r"significant part|(?:one|two|a)[- ]thirds?|(?:three|a)[- ]quarters?)\b"
    r"|\b\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?\s*(?:%|percent|per cent)", re.IGNORECASE)
_PARTIAL_BEFORE = re.compile(
    r"(?:\b(?:most|much|part|parts|half|portion|portions|sections?|bulk|majority|areas?|neighbou?rhoods?|streets|"
    r"sectors?|rest|outskirts|edges?|suburbs|(?:one|two|a)[- ]thirds?|thirds?|(?:three|a)[- ]quarters?|\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?\s*(?:%|percent|per cent)|"
    r"(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|"
    r"nine))?\s+(?:percent|per cent)|"
    + _CENTRE_OF_TOWN + r")"
    r"\s+of\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}"
    r"(?:city|town|village|settlement)s?\s+of\s+)?"
    r"|\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:and\s+(?:north|south|"
    r"east|west|central)\w*\s+)?|\bcentral\s+)$", re.IGNORECASE)
# The part distributes over a list: "the outskirts of Rubizhne, Lysychansk and Sievierodonetsk".
_PARTIAL_LIST_BEFORE = re.compile(
    r"\b(?:(?:outskirts|suburbs|edges?|parts?|most|half|(?:one|two)-thirds?|three-quarters)\s+of\s+"
    r"(?:the\s+(?:villages|towns|cities|settlements)\s+of\s+)?|districts\s+in\s+the\s+(?:cities|towns)\s+of\s+)"
    r"(?:(?-i:[A-Z])[\w'’-]+(?:[ -](?-i:[A-Z])[\w'’-]+)?"
    r"(?:,\s*|\s+and\s+|,\s+and\s+)){1,6}$", re.IGNORECASE)
_DIRECTION_BEFORE = re.compile(r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern"
                               r"(?:\s+and\s+\w+)?\s+$|\bcentral\s+$", re.IGNORECASE)
# Forces located in a place: "Ukrainian troops in Sievierodonetsk ordered to retreat", "the defenders of X".
_FORCES_AT = re.compile(
    r"\b(?:troops|forces|units|soldiers|servicemen|defenders|garrison|grouping|group|fighters|marines|brigades?|"
    r"army|military)\s+(?:[\w'’-]+\s+){0,2}?(?:in|defending|of|holding|at|inside|within)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|settlement)\s+of\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Link:
    trigger: Trigger
    mention: PlaceMention
    how: str  # object | subject | list | colon | anaphor(_before|_topic) | inner | located | named | rim | positions |
    # where | except | ellipsis | these
    object_end: int  # where the linked place list ends (for a following "by X")
    partial: bool = False  # only part of the place: fighting, not a change of control
    yields: bool = False  # an adjective inside a verb's object: read only if the verb gives no claim


def link_triggers(text: str, sentence_start: int, sentence_end: int, triggers: Sequence[Trigger],
                  mentions: Sequence[PlaceMention], recent: Sequence[Sequence[PlaceMention]] = (),
                  earlier: Sequence[PlaceMention] = ()) -> list[Link]:
    """Links of every trigger; ``recent`` are the settlements of the sentences just before, one
    group per sentence (for 'the city'); ``earlier`` every settlement named before the sentence
    (for 'the village' far from its name, when the article names no other village)."""
    links: list[Link] = []
    towns = [m for m in mentions if m.method != "area"]
    recent = [[m for m in group if m.method not in ("area", "apposition")] for group in recent]
    for trigger in triggers:
        if trigger.kind == "loss" and civilians_leave_before(text, sentence_start, trigger):
            continue  # "collaborators are fleeing from X": no verb that takes or gives up X (an adjective still may)
        found: list[tuple[PlaceMention, str]] = []
        # a town's surroundings ("the Izium district") are left by a withdrawal, never taken or held
        places = mentions if trigger.kind == "loss" else towns
        if trigger.inner:
            found += _inner(text, trigger, places)
        if trigger.forward and not found:
            found += _objects(text, trigger, places)
            if not found:
                found += _colon_list(text, trigger, sentence_end, places)
            if not found:
                found += _anaphor(text, trigger, sentence_start, places, recent, forward=True, earlier=earlier)
        if trigger.backward and not found and not _has_object(text, trigger, places) and not (
                trigger.rule == "hold.occupied" and not text[trigger.start:trigger.end].lower().endswith("ied")
                and re.search(r"\band\s+$", text[max(sentence_start, trigger.start - 6):trigger.start])) and not (
                trigger.rule == "gain.passive" and re.search(r"\band\s+$", text[max(sentence_start, trigger.start - 6):
                                                                                 trigger.start])
                and _WORD_AFTER.match(text, trigger.end)):
            # (a place occupies nothing: "kick the Russians out of A and occupy part of B" is a second verb;
            # "advanced near the city of Avdiivka and seized two villages": a second verb, with its own object)
            found += _subjects(text, trigger, places)
            if not found:
                found += _shared_subject(text, trigger, sentence_start, places)
            if not found and (trigger.kind in ("hold", "gain", "contested")
                              or trigger.rule in ("loss.passive_by", "loss.abandoned")):
                found += _anaphor(text, trigger, sentence_start, places, recent, forward=False, earlier=earlier)
        if not found and (trigger.kind in ("gain", "hold", "contested") or trigger.rule == "loss.retreat") \
                and not trigger.nominal:
            found += _relative_where(text, trigger, sentence_start, places)  # ("Izyum, where the Russian army had withdrawn")
        if not found and trigger.rule in _FRONTED_FIGHTING:
            found += _fronted_in(text, trigger, sentence_start, places)  # ("In Vovchansk, fighting continues")
        if not found and trigger.forward and not trigger.nominal and (
                trigger.kind in ("gain", "loss", "hold")
                or (trigger.rule == "contested.verb" and _ASSAULT_VERB.match(text, trigger.start, trigger.end))):
            found += _relative_object(text, trigger, sentence_start, places)  # ("Kurakhove, which Russian troops
            # have stormed")
        if not found and trigger.kind == "gain" and not trigger.nominal:
            found += _identified(text, trigger, sentence_end, places)
        if not found and trigger.backward:
            found += _counted_subject_list(text, trigger, sentence_start, sentence_end, places)
        if not found and (trigger.kind == "loss" or trigger.rule == "contested.passive"):
            # ("Ukrainian forces in Velyka Novosilka are encircled": the place is fought over)
            found += _forces_at(text, trigger, sentence_start, places)
        if not found and trigger.kind == "loss" and trigger.forward:
            found += _own_positions(text, trigger, sentence_start, sentence_end, places)
        if not found and trigger.kind == "loss":
            found += _back_to_the_rim(text, trigger, places)
        if trigger.kind in ("hold", "gain") and trigger.forward and not trigger.nominal:
            found += _exceptions(text, trigger, sentence_end, places, found)
        if trigger.rule == "loss.passive_by":  # "the damage left by Russian troops in X": only a place left
            found = [(m, how) for m, how in found if how in ("subject", "list", "anaphor", "anaphor_before")]
        if trigger.rule in ("gain.free", "gain.again"):
            # "Izium is free": the place opens its clause ("Entry in X is free" is not)
            found = [(m, how) for m, how in found if _opens_its_clause(text[sentence_start:m.start])]
        if found:
            found += _so_has(text, max(max(m.end for m, _ in found), trigger.end), sentence_end, places, found)
        end = max((m.end for m, _ in found), default=trigger.end)
        for mention, how in found:
            partial = _partial(text, trigger, mention, how)
            if how.startswith("anaphor") and trigger.forward and _PARTIAL_OBJECT.match(text[trigger.end:trigger.end + 60]):
                partial = True  # "controlled most of the city"
            if how.startswith("anaphor") and trigger.forward and (noun := _ANAPHOR_AFTER.match(text, trigger.end)) \
                    and (part := _POSSESSIVE_PART.match(text, noun.end())) and not part.group("whole"):
                partial = True  # "captured the city's administrative boundaries"
            if how.startswith("anaphor") and _PART_OF_PRONOUN.search(
                    text, max(sentence_start, trigger.start - 90), trigger.start):
                partial = True  # "Part of the settlement is under the control of Russian forces"
            if how.startswith("anaphor") and trigger.forward and (noun := _ANAPHOR_AFTER.match(text, trigger.end)) \
                    and re.match(r"\s+(?:centre|center)\b", text[noun.end():noun.end() + 8], re.IGNORECASE) \
                    and trigger.rule not in FLAG_RULES:
                partial = True  # "advanced into the town centre": a part of the town
            if trigger.rule == "hold.presence" and _CENTRE_WORD.search(text, trigger.start, trigger.end):
                partial = True  # "Ukrainian troops in the center of Toretsk": in a part of it
            if trigger.kind in ("gain", "hold") and _excepts_a_site(text, trigger, mention, places):
                partial = True  # "all of Mariupol under Russian control except for the Azovstal plant"
            object_end = max(end, trigger.end)
            if how.startswith("anaphor") and trigger.forward and mention.end <= trigger.start and \
                    (noun := _ANAPHOR_AFTER.match(text, trigger.end)):
                object_end = max(object_end, noun.end())  # ("taking the town would …": what follows the town)
            links.append(Link(trigger, mention, how, object_end, partial))
    return _drop_inner_adjectives(links)


_WORD_AFTER = re.compile(r"\s+(?:the\s+|a\s+|an\s+|\d+\s+|two\s+|three\s+|several\s+|some\s+)?[a-z]", re.IGNORECASE)
_CENTRE_WORD = re.compile(r"\b(?:centre|center)\b", re.IGNORECASE)
# A part of the place referred back to, as the subject: "Part of the settlement is under …", "Most of the city has been".
_PART_OF_PRONOUN = re.compile(
    r"\b(?:(?:a\s+|the\s+)?(?:(?:\w+ern|central|small|large|significant|substantial|considerable)\s+)?"
    r"(?:part|parts|most|much|half|portion|section|outskirts|edge|centre|center)|\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?\s*(?:%|percent|per cent))"
    r"\s+of\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:city|town|village|settlement|locality)\s+"
    r"(?:(?:is|are|was|were|has|have|had|been|now|still|already|remains?|remained)\s+)*$", re.IGNORECASE)
# "except for the Azovstal steel plant": a part of the place still held by the other side.
_EXCEPT_SITE = re.compile(r"\s*,?\s*(?:except(?:\s+for)?|save\s+for|apart\s+from|other\s+than|with\s+the\s+exception\s+of|"
                          r"but\s+for)\s+(?:the\s+)?", re.IGNORECASE)


def _excepts_a_site(text: str, trigger: Trigger, mention: PlaceMention, places: Sequence[PlaceMention]) -> bool:
    """The place, then (after the verb) an exception that names no settlement: a site inside it."""
    for position in (mention.end, trigger.end) if trigger.end > mention.end else (mention.end,):
        found = _EXCEPT_SITE.match(text, position)
        if found is None and position == trigger.end:  # "X under control of Russian forces except for …"
            actor = _ACTOR_AFTER.match(text, position)
            found = _EXCEPT_SITE.match(text, actor.end()) if actor else None
        if found:
            return not any(found.end() <= m.start <= found.end() + 3 for m in places)
    return False


_ACTOR_AFTER = re.compile(r"\s+(?:the\s+)?(?:(?:russian|ukrainian)\s+)?(?:[\w-]+\s+)?(?:forces|troops|army|military)\b",
                          re.IGNORECASE)


# "The liberated settlement … is allegedly Ozerne", "One of the settlements liberated in the south was
# apparently Vysokopillia", "named the captured villages as A, B": the settlements the verb qualifies, named
# after a copula or "as".
_SETTLEMENTS_BEFORE = re.compile(r"\b(?:settlements?|villages?|towns?|localities|locality|cities|hamlets?)\s+$",
                                 re.IGNORECASE)
_SETTLEMENTS_AFTER = re.compile(r"\s+(?:settlements?|villages?|towns?|localities|locality|cities|hamlets?)\b",
                                re.IGNORECASE)
_NAMED_AS = re.compile(r"[^.;:!?()\"“”]{0,100}?\b(?:is|was|are|were|include[sd]?|including|(?<!well )as)\s+(?:(?:allegedly|apparently|"
                       r"reportedly|probably|likely|said to be|believed to be|now|also)\s+)*(?:the\s+(?:village|town|city|"
                       r"settlement)s?\s+of\s+)?$", re.IGNORECASE)


def _identified(text: str, trigger: Trigger, sentence_end: int,
                mentions: Sequence[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    if not (_SETTLEMENTS_BEFORE.search(text, max(0, trigger.start - 20), trigger.start)
            or _SETTLEMENTS_AFTER.match(text, trigger.end)):
        return []
    after = [m for m in mentions if trigger.end <= m.start and m.end <= sentence_end]
    if not after or not _NAMED_AS.fullmatch(text, trigger.end, after[0].start) or not _is_item(text, after[0]):
        return []
    chain = _walk_list(text, after[0], after)
    return [(m, "named" if i == 0 else "list") for i, m in enumerate(chain)]


# "Torske has been taken, and so has Drobysheve": the same verb, understood, for another place.
_SO_HAS = re.compile(r"[^.;:!?]{0,60}?,?\s+and\s+so\s+(?:has|have|had|is|are|was|were|did|does)\s+"
                     r"(?:the\s+(?:village|town|city|settlement)\s+of\s+)?$", re.IGNORECASE)


def _so_has(text: str, position: int, sentence_end: int, mentions: Sequence[PlaceMention],
            found: list[tuple[PlaceMention, str]]) -> list[tuple[PlaceMention, str]]:
    after = [m for m in mentions if m.start >= position and m.end <= sentence_end
             and all(m is not f for f, _ in found)]
    if after and _SO_HAS.fullmatch(text, position, after[0].start):
        return [(after[0], "ellipsis")]
    return []


# "controls most of the Luhansk Oblast, save for the cities of A and B": the exceptions are the other side's.
_EXCEPT = re.compile(r",?\s*(?:save for|except(?: for)?|apart from|other than|with the exception of|but not)\s+"
                     r"(?:the\s+)?(?:(?:cities|towns|villages|settlements|city|town|village)\s+of\s+)?$", re.IGNORECASE)


def _exceptions(text: str, trigger: Trigger, sentence_end: int, mentions: Sequence[PlaceMention],
                found: Sequence[tuple[PlaceMention, str]]) -> list[tuple[PlaceMention, str]]:
    """The places a holding or taking excepts, within its clause: read with the other side's control.
    Only when what it holds is no settlement of its own ("most of the oblast", "all the villages of
    the district"), so "captured Izium and shelled everything except Kharkiv" excepts nothing."""
    if found:
        return []
    for mention in mentions:
        if mention.start <= trigger.end or mention.start - trigger.end > 160:
            continue
        between = text[trigger.end:mention.start]
        lead = _EXCEPT.search(between)
        if lead is None or re.search(r"[.;:!?]|\b(?:but|while|which|that)\b", between[:lead.start()]):
            continue
        return [(m, "except") for m in _walk_list(text, mention, [m for m in mentions if m.start >= mention.start])]
    return []


_CLAUSE_LEAD = re.compile(r"\W*(?:(?:and|but|now|finally|yes)\s+)?(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?",
                          re.IGNORECASE)


def _opens_its_clause(lead: str) -> bool:
    """Nothing but a determiner between the clause's start and the place ("The city of Izium is free")."""
    cut = max(lead.rfind(mark) for mark in '.!?:;,"“”—–(')
    return bool(_CLAUSE_LEAD.fullmatch(lead[cut + 1:]))


def _drop_inner_adjectives(links: list[Link]) -> list[Link]:
    """'liberated the Russian-occupied village of X': the adjective describes the place before
    the verb acted on it, so it yields to the verb that governs the same place (marked, not
    dropped: a verb that needs a named actor may give no claim, "six missiles left the occupied
    X", and then the adjective still says who holds X)."""
    def inner(link: Link) -> bool:
        return link.trigger.side is not None and link.trigger.rule in _ADJECTIVE_RULES and any(
            other.mention == link.mention and other.trigger.end <= link.trigger.start
            and other.how in ("object", "list") and other.trigger.side is None
            and other.trigger.kind in ("gain", "loss") for other in links)
    return [replace(link, yields=True) if inner(link) else link for link in links]


_ADJECTIVE_RULES = frozenset({"hold.occupied_adj", "hold.ukrainian_held", "hold.occupied", "hold.occupied_adjective"})
_NAMED_NOUN = re.compile(r"\s*(?:the\s+)?(?:villages?|settlements?|towns?|cit(?:y|ies)|localities|locality|hamlets?)\s+(?:of\s+)?[:—–-]?\s*",
                         re.IGNORECASE)


def named_list(text: str, trigger: Trigger, position: int, mentions: Sequence[PlaceMention]) -> list[Link]:
    """The list of places right after ``position`` ("… named the villages as: A, B and C"),
    linked to a trigger of the sentence before."""
    after = [m for m in mentions if m.start >= position]
    if not after or (text[position:after[0].start].strip(" :—–-") and not _NAMED_NOUN.fullmatch(
            text, position, after[0].start)):
        return []  # ("these are the settlements of A, B": the noun before the names)
    return [Link(trigger, m, "named", trigger.end) for m in _walk_list(text, after[0], mentions)]


_SEPARATOR = re.compile(r"[,;&]|\b(?:and|or|nor|as well as|plus|along with|together with|followed by|including|such as|"
                        r"among them|namely|notably|in particular|from)\b", re.IGNORECASE)


def _list_gap(gap: str) -> bool:
    """Two places of one list: the words between them fit a list and hold a separator."""
    return bool(_LIST_GAP.match(gap)) and bool(_SEPARATOR.search(gap))


# "A, B, and C villages in Kherson Oblast": the plural noun after the last item closes the list.
_CLOSES_LIST = re.compile(r"\s+(?:villages|settlements|towns|localities|hamlets)\b", re.IGNORECASE)


def _walk_list(text: str, first: PlaceMention, mentions: Sequence[PlaceMention],
               area_ok: bool = False) -> list[PlaceMention]:
    """``first`` and the places listed after it; tails that locate an item are passed over,
    with the places inside them."""
    chain = [first]
    later = [m for m in mentions if m.start >= first.end]
    cursor = first.end
    for _ in range(4 * len(later) + 4):
        following = next((m for m in later if m.start >= cursor), None)
        if following is None:
            break
        area = _AREA_AFTER.match(text, cursor) if area_ok else None
        if area:  # "the Izium area and the Balakliia area"
            cursor = area.end()
            following = next((m for m in later if m.start >= cursor), None)
            if following is not None and re.fullmatch(r"\s*,?\s*(?:and|or)\s+the\s+", text[cursor:following.start]) \
                    and _AREA_AFTER.match(text, following.end):
                chain.append(following)
                cursor = following.end
            continue
        if _oblast_after(text, chain[-1], following):
            break  # "seized Vuhledar, Donetsk, on Wednesday": the town's oblast, named like its capital
        if _oblast_in(text, chain[-1], following, cursor):
            cursor = following.end  # "Kupiansk in Kharkiv and Pokrovsk in Donetsk": each item's oblast
            continue
        if _list_gap(text[cursor:following.start]) and (_is_item(text, following, area_ok)
                                                        or _CLOSES_LIST.match(text, following.end)):
            chain.append(following)
            cursor = following.end
            continue
        tail = _TAIL.match(text, cursor)
        if tail is None or tail.end() <= cursor:
            break
        cursor = tail.end()
    return chain


def _oblast_after(text: str, item: PlaceMention, following: PlaceMention) -> bool:
    """'Vuhledar, Donetsk,' with nothing listed after: the oblast (named like its capital) of the
    place before it, not a second place ('Avdiivka, Donetsk and Horlivka' is a list)."""
    if not _names_its_oblast(following) or not re.fullmatch(r"\s*,\s*", text[item.end:following.start]):
        return False
    oblasts = {c.oblast for c in (item.candidates or ((item.place,) if item.place else ()))}
    return following.place.oblast in oblasts and bool(
        re.match(r"\s*(?:,\s*(?-i:[a-z])|[.;:)]|$)", text[following.end:following.end + 6]))


def _oblast_in(text: str, item: PlaceMention, following: PlaceMention, cursor: int) -> bool:
    """'Kupiansk in Kharkiv and Pokrovsk in Donetsk': the oblast an item lies in, named like its
    capital, right after it (the capital itself is no item of the list)."""
    if cursor != item.end or not _names_its_oblast(following) or \
            not re.fullmatch(r"\s+in\s+", text[item.end:following.start]):
        return False
    oblasts = {c.oblast for c in (item.candidates or ((item.place,) if item.place else ()))}
    return following.place.oblast in oblasts


def _walk_back(text: str, last: PlaceMention, before: Sequence[PlaceMention]) -> list[PlaceMention]:
    """``last`` and the places listed before it, nearest first."""
    chain = [last]
    for mention in reversed([m for m in before if m.end <= last.start]):
        gap = text[mention.end:chain[-1].start]
        tail = _TAIL.match(gap)
        if tail and tail.end() < len(gap) and _list_gap(gap[tail.end():]):
            gap = gap[tail.end():]
        if not _list_gap(gap) or not _is_item(text, mention):
            if any(m.start >= mention.end for m in chain) and _inside_tail(text, mention, chain[-1]):
                continue
            break
        chain.append(mention)
    return chain


def _inside_tail(text: str, mention: PlaceMention, item: PlaceMention) -> bool:
    """Whether ``mention`` sits in a tail of the item before ``item`` ("A (near B), C")."""
    line = text[max(0, mention.start - 60):mention.start]
    return bool(re.search(r"\([^()]*$|\b(?:near|of|in)\s+(?:the\s+)?$", line))


# After a flag raised "on the roof of the school in", "atop a building in": where on the place.
_FLAG_SITE = re.compile(r"\b(?:building|administration|council|hall|roof|school|church|station|tower|plant|"
                        r"monument|headquarters|square|office|mast|flagpole|stele|sign)\b", re.IGNORECASE)
_FLAG_GAP = re.compile(r"^\s*(?:(?:the|a|an|one of the)\s+)?(?:[\w'’-]+\s+){0,5}?(?:in|of|at)\s+(?:the\s+)?"
                       r"(?:(?:village|town|city|settlement)\s+of\s+)?$", re.IGNORECASE)
# "control most of X", "hold around 70% of X": only part of the place, after a holding verb.
_PARTIAL_OBJECT = re.compile(r"^\s*(?:(?:the|a|an|around|about|nearly|almost|some|roughly|over|more than|less than|"
                             r"up to|approximately|close to|at least|additional|further|another|more|only|just|merely|"
                             r"large|larger|small|significant|considerable|big|certain)\s+)*(?:most|much|part|parts|half|portions?|sections?|bulk|majority|rest|"
                             r"(?:one|two|a)[- ]thirds?|(?:three|a)[- ]quarters?|"
                             # "occupy new areas of the embattled town": more of it, not all
                             r"(?:new|more|further|several|some)\s+(?:areas|neighbou?rhoods|districts|streets|blocks)|"
                             # "our soldiers are in the administrative borders of Marinka": inside, not holding it
                             r"(?:administrative\s+|city\s+)?(?:borders|boundaries|limits)|"
                             # "an additional five percent of Bakhmut"
                             r"(?:(?:an\s+)?additional\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|"
                             r"thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+(?:percent|per cent)|"
                             r"(?:between\s+\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?\s*(?:%|percent|per cent)?\s+(?:to|and)\s+)?"
                             r"\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?\s*(?:%|percent|per cent)|(?:\w+ern|central|industrial|residential)(?:(?:,\s*|\s+and\s+|\s+)(?:\w+ern|central|industrial|residential))*\s+"
                             r"(?:parts?|half|districts?|outskirts|neighbou?rhoods|quarters|sections?|sides?|flanks?|sectors?|"
                             r"suburbs|edges?|areas?)|significant part|"
                             r"(?:small|large|big|considerable|substantial|significant|insignificant|tiny|minor|major)\s+"
                             r"(?:parts?|portions?|sections?|areas?)|"
                             # "the remaining areas in X", "the last remaining small area of western X"
                             r"(?:last\s+)?remaining\s+(?:(?:small|few)\s+)?(?:areas?|parts?|districts?|positions|pockets?)|"
                             r"(?:several|some|certain|two|three|four|a\s+few|many|\d+)\s+(?:districts|quarters|blocks|streets|"
                             r"neighbou?rhoods|sectors|parts)|"
                             r"urban (?:areas?|parts?|development)|districts|(?:outer\s+)?edges?|outskirts|suburbs|entrance(?=\s+to\b)|"
                             # "took control over the east of Berdychi": the part ("west of X", with no article, lies outside)
                             r"(?<=the )(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?=\s+of\b)|"
                             # "the remaining residential areas of the city of X", "the private sector of X"
                             r"(?:(?:entire|whole)\s+)?(?:remaining\s+)?(?:residential|urban|private|high-rise|central|industrial)\s+(?:areas?|parts?|"
                             r"sectors?|districts?|neighbou?rhoods?|quarters?|zones?|blocks|developments?|buildings)|"
                             # "one district of X", "the Kanal district (Novyi) in X": a named or counted part
                             r"(?:one|another|a|two|three|several|some)\s+(?:districts?|neighbou?rhoods?|quarters?|"
                             r"microdistricts?)|(?-i:[A-Z])[\w'’-]+\s+(?:district|microdistrict|neighbou?rhood|quarter|"
                             r"(?-i:Street|Avenue|Square|Boulevard))"
                             r"(?:\s*\([^()]{1,30}\))?|"
                             r"(?:(?-i:[A-Z])[\w'’-]+\s+)?industrial\s+(?:sector|zone|area|site)|"
                             # "16 square kilometers in northern Pokrovsk": an area measured inside the place
                             r"\d+(?:[.,]\d+)?\s*(?:square\s+(?:kilometers|kilometres|km|miles)|sq\.?\s*km|km2|km²|hectares)|"
                             r"substantial (?:part|portion)|(?:nearly|almost|practically|virtually)\s+(?:all|the whole|"
                             r"the entire)(?:\s+(?:settlement|city|town|village|territory))?|between\s+\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?\s*(?:%|percent|per cent)?\s+(?:to|and)\s+\d+(?:\.\d+)?\s*"
                             r"(?:%|percent|per cent)"
                             # "districts in the cities of X and Y", "the Yuvileyny microdistrict in the southwest of X"
                             r"|(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:micro-?districts?|districts?|neighbou?rhoods?|quarters?)\s+"
                             r"(?:in\s+the\s+(?:cities|towns|city|town)|(?:in|on)\s+the\s+(?:north|south|east|west)\w*(?:\s+part)?))"
                             r"\s+(?:of\s+(?:the\s+(?:territory|area|town|city|village|settlement)\s+of\s+)?|(?<=entrance )to\s+|"  # ("the entrance to X")
                             # "a district in the key Ukrainian town of X", "a neighbourhood on the outskirts of X"
                             r"(?:in|on\s+the\s+outskirts\s+of)\s+(?=$|(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:city|town|village|"
                             r"settlement)\s+of\s+|(?:(?:\w+ern|central)\s+)?(?:$|(?-i:[A-Z]))))", re.IGNORECASE)  # ("areas in eastern X")
# "captured Pokrovsk's eastern outskirts", "control most of Kupiansk's territory": a part the place owns.
_POSSESSIVE_PART = re.compile(
    r"['’]s\s+(?:(?P<whole>entire|whole)\s+|(?:(?:\w+ern|central|industrial|old|historic|remaining|residential)\s+)"
    r"{0,2})(?:territory|outskirts|districts?|neighbou?rhoods?|quarters?|parts?|sections?|cent(?:er|re)|suburbs?|"
    r"streets|zone|blocks|microdistricts?|half|urban\s+area)\b", re.IGNORECASE)


# Sites inside a town: "the Azovstal steel plant in Mariupol", "Avdiivka's coke plant".
_FACILITY_NOUNS = (r"plant|factory|works|steelworks|airport|airfield|railway station|station|enterprises?|industrial zone|"
                   r"hospital|city hall|council|administration(?: building)?|building|base|mine|port|(?:slag\s+|waste\s+)?heap|"
                   r"spoil\s+tip|terrikon")
_POSSESSIVE_FACILITY = re.compile(r"['’]s\s+(?:[\w'’-]+\s+){0,2}?(?:" + _FACILITY_NOUNS + r")\b", re.IGNORECASE)
_FACILITY_IN = re.compile(
    r"^\s*(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:" + _FACILITY_NOUNS + r")\s+(?:site\s+)?"
    r"(?:in|of|within|inside)\s+(?:the\s+(?:[\w'’-]+\s+){0,3}?(?:city|town|village)\s+of\s+)?$", re.IGNORECASE)
_CAPITALISED_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’-]+\s+$")
_SUBURB_OF = re.compile(r"^\s*(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+(?:suburbs?|satellite towns?|commuter towns?)\s+of\s+$",
                        re.IGNORECASE)
# Settlements spoken of before, or counted, then more named: "all these localities, as well as the villages of".
_AS_WELL_AS = re.compile(r"^\s*(?:(?:all|both)\s+)?(?:(?:these|those|the|several|many|other|a number of|\d+)\s+)?"
                         r"(?:[\w-]+\s+){0,2}?(?:localities|settlements|villages|towns|communities|hamlets)\s*,?\s+"
                         r"(?:as well as|along with|together with|and also)\s+(?:the\s+)?"
                         r"(?:(?:village|town|settlement|city)s?\s+of\s+)?$", re.IGNORECASE)
_COORDINATED_VERBS = re.compile(r"^(?:\s*,\s*[a-z]+){0,3}\s*,?\s+(?:and|or)\s+[a-z]+\s+(?:the\s+)?$")


# A flag raised, or the enemy's pulled down, "on the roof of the city council in X": where on the place.
FLAG_RULES = frozenset({"gain.flag", "gain.flag_flies", "gain.flag_down_russian", "gain.flag_down_ukrainian",
                         "gain.flag_of_raised", "gain.state_flags_raised", "gain.flag_taken_down",
                         "gain.flag_taken_down_russian"})


def _fits_object(gap: str, strict: bool = False, trigger: Trigger | None = None) -> bool:
    """Whether the words between a trigger and a place leave the place its object."""
    return _gap_fits(gap, strict, trigger.rule if trigger is not None else None)


_ALL_OF_A_PART = re.compile(r"^\s*all\s+of\s+(?:(?=(?:the\s+)?(?:\w+ern\s+|central\s+)?(?:part|parts|half|section|sections|"
                            r"districts?|side)\b)|$|(?=the\s+(?:city|town|village|settlement)\s+of\b))",
                            re.IGNORECASE)  # (and "controls all of Bakhmut", "all of the town of X": the whole)
_OBLAST_OWNS = re.compile(r"^\s*(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+(?:oblast|region|province|raion|district)['’]s\s+$", re.IGNORECASE)
_TERRITORY_OF = re.compile(r"^\s*(?:the\s+)?(?:(?:whole|entire)\s+)?territory\s+of\s+(?=(?:the\s+)?$|the\s+)", re.IGNORECASE)
_OPENING_SCARE_QUOTE = re.compile(r"^\s*[“\"]((?:\w+|%)(?:\s+(?:\w+|%)){1,4})[”\"]")


@lru_cache(maxsize=8192)
def _gap_fits(gap: str, strict: bool, rule: str | None) -> bool:
    """`_fits_object`, worked out once per gap: the same few gaps ("", " the village of ") come
    back for every trigger and every place, and all it reads of a trigger is its rule."""
    gap = _OPENING_SCARE_QUOTE.sub(r"\1 ", gap)  # ('controls “more than 70 percent” of X')
    gap = gap.lstrip("\"”’'“ ").replace("[of]", "of")
    if gap.endswith("#"):
        gap = gap[:-1]  # "entered the city of #Vovchansk": a post's hashtag
    if not strict:
        gap = re.sub(r"[“”\"](?=\w)|(?<=\w)[“”\"]", "", gap)  # 'captured the "important logistics hub" of X'
    else:
        gap = re.sub(r"[“\"]((?:\w+|%)(?:\s+(?:\w+|%)){0,4})[”\"]", r"\1", gap)  # 'control an “insignificant” part
        # of X', 'controls “more than 70 percent” of X': a few words in scare quotes
    if rule in FLAG_RULES and _FLAG_GAP.match(gap) and not re.search(
            r"[.;:!?()\"“”]|\b(?:and|but|while|near|from|towards?|outside|beyond|overlooking)\b|"
            r"\b(?:north|south|east|west)\w*\s+of\b", gap) and (
            rule != "gain.flag_flies" or _FLAG_SITE.search(gap)):
        return True  # (a flag standing "on the stage in X" is no one's: the one a building flies counts)
    gap = _REGION_OF_TOWN_IN_GAP.sub("", gap)  # "most of the Kharkiv region city of": the city of
    gap = _ALL_OF_A_PART.sub(" ", gap)  # "controls all of eastern part of Bakhmut": the part, read as a part
    gap = _TERRITORY_OF.sub(" ", gap)  # "hold the territory of the Sievierodonetsk industrial zone": the zone
    gap = _OBLAST_OWNS.sub(" ", gap)  # "liberated Luhansk Oblast's Bilohorivka": the oblast owns the village
    if rule is not None and rule.startswith("contested.") and _IN_AND_AROUND.fullmatch(gap):
        return True  # "advances in and around Selydove", "surrounded in and around Kupiansk"
    if rule is not None and rule.startswith("contested.") and _SECOND_HEAD.fullmatch(gap):
        return True  # "blocked on the outskirts of and on the approach to the village of Orlivka"
    gap = _PARTS_PAIRED.sub("", gap)  # "gains in northern and central Bakhmut": parts of one place
    partial = _PARTIAL_OBJECT.match(gap)
    if partial and rule is not None and rule.startswith("loss.") and _BARE_RIM.match(partial.group(0)):
        return False  # ("withdrew from the outskirts of Kyiv": left its approaches; the city was never theirs)
    if partial:
        gap = gap[partial.end():]
        if re.fullmatch(r"\s+in\s+", gap) and not strict:
            return True  # "captured the Kanal district (Novyi) in Chasiv Yar": the part, then its town
    if rule is not None and rule.startswith("loss.") and not strict:
        gap = _AROUND.sub("", gap)  # "pulled back from around Chernihiv": left the siege of it
    if not strict and _FACILITY_IN.match(gap):
        return True  # "the liberation of the Azovstal steel plant in Mariupol": a site inside the town
    if not strict and rule == "gain.expel" and _POSITIONS_IN.fullmatch(gap):
        return True  # "pushed back from their initial defensive positions in and around X": out of the place
    if not strict and _SUBURB_OF.match(gap):
        return True  # "recaptured the Kyiv suburb of Makariv": the suburb, named after its city
    if not strict and _AS_WELL_AS.match(gap):
        return True  # "the liberation of all these localities, as well as the villages of X and Y"
    gap = _FROM_WHOM.sub(" ", gap) if not strict else gap
    if not strict and _COORDINATED_VERBS.match(gap):
        return True  # "encircle, bomb, and shell Mariupol": the place is the object of every verb
    if not strict and re.fullmatch(r"\s*,\s*the\s+(?:village|town|city|settlement)\s+of\s+", gap, re.IGNORECASE):
        return True  # "the battalion liberated, the village of Staromaiorske"
    if not strict and re.fullmatch(r"\s*(?:the|this)\s+(?:town|city|village|settlement)\s+and\s+the\s+(?:villages|settlements|"
                                   r"towns)\s+of\s+", gap, re.IGNORECASE):
        return True  # 'its troops "liberated" the town and the villages of A, B and C'
    if not strict and _ASIDE_BEFORE_OBJECT.fullmatch(gap):
        return True  # "liberated, in particular, Arkhanhelske and Myroliubivka"
    if re.search(r"[.;:!?()\"“”]", gap) or gap.lstrip().startswith(","):
        return False  # "X and Y were liberated, Kyiv said": a comma closes the verb
    words = _WORD.findall(gap)
    if strict:
        if len(words) > 7:
            return False
        body = _STRICT_OF.sub("", gap)
        if any(word.lower() in _STRICT_NOT for word in _WORD.findall(body)):
            return False
    if len(words) <= 7 and all(word.lower() in _OBJECT_WORDS for word in words):
        return True
    return not strict and bool(_DESCRIBED.match(gap))


_SECOND_HEAD = re.compile(r"\s*and\s+(?:on|at|in)\s+the\s+(?:[\w-]+\s+){0,2}?(?:approach(?:es)?|outskirts|edge|"
                          r"entrance|gates)\s+(?:of|to)\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?", re.IGNORECASE)
_BARE_RIM = re.compile(r"\s*(?:the\s+)?(?:outskirts|suburbs)\s+of\s+", re.IGNORECASE)
_IN_AND_AROUND = re.compile(r"\s*(?:in\s+)?and\s+(?:a?round|near)\s+", re.IGNORECASE)
_PARTS_PAIRED = re.compile(r"\b(?:\w+ern|central)\s*(?:,|and|,\s*and)\s+(?=(?:\w+ern|central)\b)", re.IGNORECASE)
_POSITIONS_IN = re.compile(r"\s*(?:(?:their|its|our|the)\s+)?(?:[\w-]+\s+){0,2}positions\s+(?:in|inside|within)"
                           r"(?:\s+and\s+around)?\s+", re.IGNORECASE)
_AROUND = re.compile(r"^\s*(?:the\s+(?:areas?|positions)\s+)?around\b", re.IGNORECASE)
_ASIDE_BEFORE_OBJECT = re.compile(r"\s*,\s*(?:in particular|among others|notably|for example|for instance|namely|"
                                  r"also|in addition)\s*,\s*(?:the\s+(?:villages?|settlements?|towns?)\s+of\s+)?",
                                  re.IGNORECASE)
_AREA_AFTER = re.compile(r"\s+(?:areas?|vicinity)\b", re.IGNORECASE)
# "withdrew from the area of X": the surroundings a withdrawal leaves are the place's.
_AREA_OF = re.compile(r"^\s*(?:the\s+)?(?:areas?|vicinity)\s+of\s+", re.IGNORECASE)


def _objects(text: str, trigger: Trigger, mentions: Sequence[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    after = [m for m in mentions if m.start >= trigger.end and not _region_as_adjective(text, m)]
    if trigger.kind in ("gain", "contested") and text[trigger.start:trigger.end].lower().endswith("ed") and \
            (shared := _SHARED_OBJECT.match(text, trigger.end)) and after and shared.end() <= after[0].start:
        trigger = replace(trigger, end=shared.end())  # "surrounded and bombarded Mariupol": both verbs' object
    if len(after) > 1 and _SUBURB_OF.match(text[trigger.end:after[1].start]):
        after = after[1:]  # "the Kyiv suburb of Makariv": the suburb is the object, not the city
    area_ok = trigger.kind == "loss"
    if area_ok and after and _AREA_OF.match(text[trigger.end:after[0].start]):
        gap = text[trigger.end:after[0].start]
        if _fits_object(gap[_AREA_OF.match(gap).end():] or " ", trigger.strict, trigger):
            chain = _walk_list(text, after[0], after, area_ok)
            return [(m, "object" if i == 0 else "list") for i, m in enumerate(chain)]
    if after and not trigger.strict and _unknown_first_item(text[trigger.end:after[0].start], trigger):
        pass  # "left the settlements of Velykyi Burliuk and Dvorichna": a name we lack comes first
    elif after and not trigger.strict and _NOUN_THEN_NAME.match(text[trigger.end:after[0].start]):
        pass  # "captured another village in the region, Basivka": the name in apposition
    elif after and not trigger.strict and not _fits_object(text[trigger.end:after[0].start], False, trigger):
        # "liberated 12 settlements in the south, including A, B and C"
        counted = _counted_after_locator(text, trigger, after, area_ok)
        if counted:
            return [(m, "object" if i == 0 else "list") for i, m in enumerate(counted)]
        after = next((after[i:] for i in range(min(4, len(after)))
                      if _counted_gap(text[trigger.end:after[i].start])), [])
    elif not after or not _fits_object(text[trigger.end:after[0].start], trigger.strict, trigger):
        return []
    if len(after) > 1 and _names_its_oblast(after[0]) and re.fullmatch(r"['’]s\s+", text[after[0].end:after[1].start]):
        after = after[1:]  # "retreated from Luhansk’s Kreminna": the oblast owns the town, the town is the object
    if len(after) > 1 and re.fullmatch(r"\s+(?:district|raion|region|oblast|hromada|community)['’]s\s+",
                                       text[after[0].end:after[1].start], re.IGNORECASE):
        after = after[1:]  # "to seize the Kupiansk district's Synkivka": the district owns the village
    if len(after) > 1 and _REGION_TOWN_OF.fullmatch(text, after[0].end, after[1].start):
        after = after[1:]  # "80% of the Kharkiv region city of Vovchansk": the region names where the city lies
    if after and _POSSESSIVE_PART.match(text, after[0].end) and after[0].method != "area":
        return [(after[0], "object")]  # read as part of the place (see _partial), unless "entire"
    if after and _POSSESSIVE_FACILITY.match(text, after[0].end) and after[0].method != "area" and \
            _fits_object(text[trigger.end:after[0].start], trigger.strict, trigger):
        return [(after[0], "object")]  # "took full control of Avdiivka's coke plant": a site in the town, as "… in X"
    if not after or text.startswith(("'s ", "’s "), after[0].end) or not (
            _is_item(text, after[0], area_ok) or (trigger.rule in FLAG_RULES | {"hold.presence", "gain.flag_flies"}
                                                  and _in_town(text, after[0]))):
        return []  # "take Kyiv's message to": the place owns the object, it is not taken
    if trigger.kind == "contested" and _names_its_oblast(after[0]) and (
            re.match(r"advanc|counter", text[trigger.start:trigger.end], re.IGNORECASE) or trigger.rule in _REGION_WIDE) \
            and not re.match(r"\s+city\b", text[after[0].end:after[0].end + 8], re.IGNORECASE):
        return []  # "the Russian advance in Donetsk": the region, unless "Donetsk city"
    chain = _walk_list(text, after[0], after, area_ok)
    if len(chain) > 1 and _NEW_CLAUSE_AFTER.match(text, chain[-1].end) and \
            re.fullmatch(r"\s*,\s*", text[chain[-2].end:chain[-1].start]):
        chain = chain[:-1]  # "When Russia was attacking Mariupol, Marinka was shelled": the next clause's subject
    if trigger.kind == "contested" and (more := _PARTICULARLY_IN.match(text, chain[-1].end)):
        # "continue to advance in Sievierodonetsk, particularly in the surrounding villages of A and B"
        rest = [m for m in after if m.start == more.end()]
        if rest:
            chain = chain + _walk_list(text, rest[0], [m for m in after if m.start >= rest[0].start], area_ok)
    return [(m, "object" if i == 0 else "list") for i, m in enumerate(chain)]


# A second verb in the past joined to the trigger, before the object they share ("surrounded and bombarded X",
# "captured and destroyed X"); not a clause of its own ("captured and then X was …" has no object between).
_SHARED_OBJECT = re.compile(r"\s+(?:and|or)\s+(?:then\s+)?(?:later\s+)?(?:[a-z]+ed|took|took\s+over|seized|held|hit|"
                            r"shelled|razed|levelled|leveled|looted|destroyed)(?=\s+(?:the\s+)?(?-i:[A-Z]|city|town|village|"
                            r"settlement))", re.IGNORECASE)
_PARTICULARLY_IN = re.compile(r"\s*,\s*(?:particularly|especially|notably|mainly|above all)\s+in\s+(?:the\s+)?"
                              r"(?:(?:surrounding|nearby|neighbou?ring|adjacent)\s+)?(?:(?:villages?|towns?|settlements?)\s+"
                              r"(?:of\s+)?)?", re.IGNORECASE)


_NEW_CLAUSE_AFTER = re.compile(r"\s+(?:was|were|is|are|has|had|have|remains?|remained)\b", re.IGNORECASE)
_REGION_OF_TOWN_IN_GAP = re.compile(r"\b(?-i:[A-Z])[\w'’-]+\s+(?:region|oblast|province)\s+(?=(?:city|town|village|"
                                    r"settlement)\s+of\s+$)", re.IGNORECASE)
_REGION_TOWN_OF = re.compile(r"\s+(?:region|oblast|province)(?:['’]s)?\s+(?:city|town|village|settlement)\s+of\s+",
                             re.IGNORECASE)
# Fighting nouns said as often of a region as of a town: "the counteroffensive in Kherson", "gains in Donetsk".
_REGION_WIDE = frozenset({"contested.advance_noun", "contested.ground_in", "contested.repelled_attacks"})


# "taken another village in the region, Basivka", "captured a village in Donetsk Oblast — Novoselivka".
_NOUN_THEN_NAME = re.compile(
    r"^\s*(?:(?:a|an|the|another|one more|yet another|one|a further)\s+)(?:(?:small|key|strategic|frontline|"
    r"front-line|nearby|new|large|major|important|fortified)\s+)?(?:village|town|settlement|city|hamlet|locality)"
    r"(?:\s+(?:in|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:region|oblast|province|district|area|raion)"
    r"|\s+as\s+part\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:actions|operations?|offensive|counter-?offensive))?"
    r"\s*(?:,|[—–:])\s*(?:the\s+(?:village|town|settlement|city)\s+of\s+)?$", re.IGNORECASE)


def _unknown_first_item(gap: str, trigger: Trigger) -> bool:
    """The object's list opens with a capitalised name the gazetteer lacks, the words before
    it fitting an object."""
    if _fits_object(gap, False, trigger):
        return False
    unknown = _UNKNOWN_FIRST_ITEM.match(gap)
    return bool(unknown) and len(_WORD.findall(unknown.group(1))) <= 4 and unknown.group(2) not in _NATIONS \
        and _fits_object(unknown.group(1), False, trigger)


_NATIONS = frozenset("Ukraine Russia Belarus Crimea Donbas Donbass Moscow Kyiv Kiev".split())


def _inner(text: str, trigger: Trigger, mentions: Sequence[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    """'took the whole territory of Soledar under control': the place inside the words."""
    inside = [m for m in mentions if trigger.start < m.start and m.end < trigger.end]
    if not inside:
        return []
    chain = _walk_list(text, inside[0], inside)
    return [(m, "inner") for m in chain]


def _in_town(text: str, mention: PlaceMention) -> bool:
    """'Lyman city hall', 'the Lyman City Council': a building of the town, so the town."""
    return bool(re.match(r"\s+(?i:city\s+(?:hall|council)|city\s+administration|administration\s+building|"
                         r"town\s+hall)\b", text[mention.end:mention.end + 40]))


def _is_item(text: str, mention: PlaceMention, area_ok: bool = False) -> bool:
    """Not 'Kyiv said' nor 'Kharkiv officials': a place that speaks or qualifies is no list item;
    nor 'northern Donetsk', a region called like its city. With ``area_ok`` (a withdrawal), 'the
    Izium area' is Izium: forces that leave a town's surroundings leave the town."""
    if area_ok and (_AREA_AFTER.match(text, mention.end) or mention.method == "area"
                    or _COORDINATED_AREAS.match(text, mention.end)):
        return True
    if mention.method == "area":
        return False
    if _SPEAKS_AFTER.match(text, mention.end) or _MODIFIER_AFTER.match(text, mention.end) or \
            _region_as_adjective(text, mention) or _COORDINATED_AREAS.match(text, mention.end) or \
            _ROUTE_BETWEEN.match(text, mention.end):
        return False  # ("fighting continues in the Pavlivka and Vuhledar areas": around both, in neither; "reached
        # the Dobropillia–Kramatorsk road": the road between two towns, neither town)
    return not (_names_its_oblast(mention) and _DIRECTION_BEFORE.search(text, max(0, mention.start - 30), mention.start))


_ROUTE_BETWEEN = re.compile(r"(?:\s*[-–—]\s*(?-i:[A-ZА-ЯІЇЄҐ])[\w'’]*)+\s+(?:road|roads|route|railway|rail\s+line|"
                            r"highway|motorway|supply\s+line|areas?|directions?|sectors?|axis|front|line)\b", re.IGNORECASE)
# ("the Klishchiivka-Andriivka-Kurdiumivka area": around the towns a chain names, in none of them)
_COORDINATED_AREAS = re.compile(r"(?:\s*,\s*(?-i:[A-Z])[\w'’-]+)*\s*,?\s+(?:and|or|&)\s+(?-i:[A-Z])[\w'’-]+\s+"
                                r"(?:areas|sectors|directions|axes)\b", re.IGNORECASE)
_SMALL_SETTLEMENT_AFTER = re.compile(r"\s+(?:village|villages|hamlet|hamlets|settlement|settlements|town|towns)\b",
                                     re.IGNORECASE)


def _region_as_adjective(text: str, mention: PlaceMention) -> bool:
    """'the Luhansk village being recaptured': an oblast's name before a village is the region's,
    not the city's ('Robotyne village' is Robotyne: its name is no oblast's)."""
    return _names_its_oblast(mention) and bool(_SMALL_SETTLEMENT_AFTER.match(text, mention.end))


def _names_its_oblast(mention: PlaceMention) -> bool:
    place = mention.place
    return place is not None and place.oblast.lower() == place.name.lower()


def _counted_gap(gap: str) -> bool:
    """'12 settlements in the south, including' / 'the west bank of the Dnipro, including the city of'."""
    if len(gap) > 150:
        return False
    if _COUNTED_APPOSITION.fullmatch(gap):
        return True  # (its "they are" is no clause of its own)
    if _CLAUSE_IN_GAP.search(gap):
        return False
    return bool((COUNTED.match(gap) and (_INCLUDING.search(gap) or _INCLUDING_NOUN.search(gap)))
                or _INCLUDING_TAIL.match(gap) or _KIND_SUCH_AS.fullmatch(gap) or _COUNTED_AND_THE.fullmatch(gap))


# "Take Control of Three Villages and the City of Krasnogorovka": the named place after the counted ones
_COUNTED_AND_THE = re.compile(COUNTED.pattern + r"(?:\s+(?:in|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:region|oblast|"
                              r"district|area|dpr|lpr))?\s+and\s+(?:the\s+)?(?:city|town|village|settlement)\s+of\s+",
                              re.IGNORECASE)


# "in large occupied cities such as A, B and C": a plural noun of settlements, then its examples
_KIND_SUCH_AS = re.compile(r"\s*(?:(?:the|other|large|larger|small|smaller|major|key|big|many|several|some)\s+){0,2}"
                           r"(?:cities|towns|villages|settlements|localities)\s*,?\s*(?:such as|including|like)\s+",
                           re.IGNORECASE)


# "a number of locations in the south including the settlements of A and B"
_INCLUDING_NOUN = re.compile(r"\b(?:including|such as|among them|namely)\s+(?:the\s+)?(?:villages|settlements|towns|cities|"
                             r"localities)\s+of\s+$", re.IGNORECASE)


# "recaptured two villages in the north of the Kherson region, Andreevka and Lozovoe": the names in apposition.
# ("… of five settlements near the Lyman: they are A, B", "of two settlements in Kherson Oblast - A and B")
_COUNTED_APPOSITION = re.compile(
    COUNTED.pattern + r"(?:(?:\s+(?:in|of|on|near|along)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:region|oblast|province|"
    r"district|raion|area|direction|front|bank|sector))?\s*(?:[,:—–]|\s-)"
    # (after "near Lyman" a comma may go on with the places it is near: only a colon or a dash opens the names)
    r"|\s+(?:near|around|outside)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?(?-i:[A-Z])[\w'’-]+\s*(?:[:—–]|\s-))"
    r"\s*(?:(?:they|these)\s+are\s+|namely\s+)?", re.IGNORECASE)


# "captured two more villages west of Avdiivka, Stepove and Severne": a count, then where they lie,
# then as many names as counted (the names are the villages, not more places they lie near).
_COUNTED_LOCATOR = re.compile(
    r"\s*(?:the\s+)?(?P<count>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:more\s+|other\s+|further\s+|new\s+)?(?:[\w-]+\s+)?(?:villages|settlements|towns|localities|hamlets)\s+"
    r"(?:(?:just\s+|further\s+|farther\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"\s+of|near|around|outside|beyond|close\s+to)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.IGNORECASE)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12}


def _counted_after_locator(text: str, trigger: Trigger, after: Sequence[PlaceMention],
                           area_ok: bool) -> list[PlaceMention]:
    """The names after "N villages west of Y," when there are exactly N of them."""
    if len(after) < 3:
        return []
    found = _COUNTED_LOCATOR.fullmatch(text, trigger.end, after[0].start)
    if not found or not re.fullmatch(r"\s*(?:,|[—–]|--?)\s*", text[after[0].end:after[1].start]):
        # "liberated” five villages in the Kharkiv region near the border with Russia A, B, C, D and E": a count, words
        # that name no settlement, then exactly as many names as counted (a copy that lost its colon)
        loose = _COUNTED_LOOSE.fullmatch(text, trigger.end, after[0].start)
        if loose is None:
            return []
        count = loose.group("count").lower()
        count = int(count) if count.isdigit() else _NUMBERS.get(count, 0)
        if _LOCATOR_BEFORE.search(text, trigger.end, after[0].start):
            return []  # "three villages near Bakhmut, including A and B": Bakhmut is where they lie
        chain = _walk_list(text, after[0], after, area_ok)
        if chain and _INCLUDING_WORD.search(text, after[0].end, chain[-1].start):
            return []
        unknown_first = _NAME_BEFORE_COMMA.search(text, trigger.end, after[0].start) is not None  # a name we lack
        return chain if count >= 3 and len(chain) + unknown_first == count else []
    count = found.group("count").lower()
    count = int(count) if count.isdigit() else _NUMBERS[count]
    chain = _walk_list(text, after[1], after[1:], area_ok)
    return chain if len(chain) == count else []


_LOCATOR_BEFORE = re.compile(r"\b(?:near|around|outside|of|from|in|at|to|towards?|by|beyond|behind|north|south|east|west|"
                             r"close|between)\s+(?:the\s+)?$", re.IGNORECASE)
_INCLUDING_WORD = re.compile(r"\b(?:including|such as|among|namely|notably)\b", re.IGNORECASE)
_NAME_BEFORE_COMMA = re.compile(r"\s(?-i:[A-Z])[\w'’-]+,\s+$")
_COUNTED_LOOSE = re.compile(
    r"[”\"’]?\s*(?:the\s+)?(?P<count>\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:more\s+|other\s+|"
    r"further\s+|new\s+)?(?:[\w-]+\s+)?(?:villages|settlements|towns|localities|hamlets)\b[^.;:!?()“”\"\n]{0,90}?\s+$",
    re.IGNORECASE)


def _has_object(text: str, trigger: Trigger, mentions: Sequence[PlaceMention]) -> bool:
    """An active verb followed by its object is not a passive participle."""
    return bool(_objects(text, trigger, mentions))


_PLURAL_APPOSITION = re.compile(r"\s*,\s*(?:[\w'’-]+\s+){0,2}(?:cities|towns|villages|suburbs|settlements|communities|"
                                r"hamlets)\b", re.IGNORECASE)


def _subjects(text: str, trigger: Trigger, mentions: Sequence[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    before = [m for m in mentions if m.end <= trigger.start and not _region_as_adjective(text, m)]
    if not before:
        return []
    if trigger.rule == "gain.passive" and _PERFECT_ACTIVE.search(text, max(0, trigger.start - 30), trigger.start):
        return []  # "Kyiv had retaken the hub": an active verb, its subject the one who retook
    last = before[-1]
    gap = text[last.end:trigger.start]
    if trigger.rule == "gain.passive" and _AND_ONLY.match(gap) and _OBJECT_NOUN_AFTER.match(text, trigger.end):
        return []  # "brigades who defend Kharkiv and liberated the territory of the region": a second active verb
    # (whether the gap reads as a subject's, worked out once per gap: the pattern's many optional words
    # make a gap that does not fit, often the rest of a long sentence, slow to turn down)
    owned = re.match(r"['’]s\s+(?:(?:whole|entire)\s+)?(?:territory|urban\s+area)\b", gap)
    if owned:
        gap = gap[owned.end():]  # "Seventy percent of Krasnoarmeysk’s territory is in the hands of …"
    fits = _SUBJECT_GAP.match(gap) is not None
    unknown = _UNKNOWN_LAST_ITEM.match(gap)
    if not fits and unknown and _SUBJECT_GAP.match(gap[unknown.end():]):
        gap, fits = gap[unknown.end():], True  # "A, B Petropavlivka and others were liberated": a name we lack ends the list
    if not fits:
        bare = re.sub(r"^\s*[—–-]\s*|^\s*(?i:city|town|village)\b", " ", gap)
        past = 0
        while (tail := _TAIL.match(bare, past)) and tail.end() > past:
            past = tail.end()  # ("A, B and C near the border with Russia, north of Kharkiv, have been liberated")
        if 0 < past < len(bare) and _SUBJECT_GAP.match(bare[past:]):
            gap, fits = bare[past:], True  # "The city of Trostianets in the Sumy region has been liberated"
    relative = re.search(r"\b(?:which|that|who)\b", gap, re.IGNORECASE)
    if _DASHED.match(gap) and _PREPOSITION_BEFORE.search(text, max(0, last.start - 12), last.start):
        return []  # "the steel plant in Mariupol – blockaded by …": the dash's subject is the plant
    # "advancing toward Tokmak, which is occupied by …": a relative clause or an apposition says
    # something of its place, wherever that place stands (near, toward, from it)
    own = bool(re.match(r"\s*,\s*which\b", gap))  # (", which": the place itself; "towns near X that": the towns)
    plural_aside = next((m for m in reversed(before[:-1]) if _PLURAL_APPOSITION.match(text, m.end)
                         and _appositive_subject(text[m.end:trigger.start])), None)
    if plural_aside is not None:
        last = plural_aside  # "Irpin and Bucha, commuter cities outside Kyiv, had been retaken": not Kyiv
    elif not fits or _blocked(text, last, distance=not relative, near=not own) or \
            _located_in(text, last) or _region_as_adjective(text, last):
        # "Snihurivka, a town 50 km north-east of Mykolaiv, was liberated": past the apposition.
        appositive = next((m for m in reversed(before) if _appositive_subject(text[m.end:trigger.start])), None)
        last = appositive or _subject_past_tail(text, trigger, before)
        if last is None or _blocked(text, last, near=appositive is None) or _located_in(text, last):
            return []
    chain = _walk_back(text, last, before)
    while len(chain) > 1 and _CLAUSE_BEFORE_COMMA.search(text, max(0, chain[-1].start - 60), chain[-1].start) and \
            re.fullmatch(r"\s*,\s*", text[chain[-1].end:chain[-2].start]):
        chain = chain[:-1]  # "Fighting continues in Sievierodonetsk, Lysychansk is under control": a clause of its own
    if len(chain) > 1 and (_blocked(text, chain[-1]) or _located_in(text, chain[-1])):
        return []  # "the houses around Svatove and Kreminna are occupied": the whole list is located
    return [(m, "subject" if i == 0 else "list") for i, m in enumerate(chain)]


# A clause's verb and a preposition right before a place: the place ends that clause ("Fighting continues in X, …").
_CLAUSE_BEFORE_COMMA = re.compile(r"\b(?:continues?|continued|goes on|went on|rages?|raged|is ongoing|are ongoing|"
                                  r"(?:is|are|was|were)\s+(?:still\s+)?(?:going on|under\s*way))\s+(?:in|near|around|for|"
                                  r"inside|within)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.IGNORECASE)
# "…, and according to the MoD are under Russian control": a second predicate with no subject of its own
# (an attribution may stand before its verb).
_SECOND_PREDICATE = re.compile(
    r"(?:,\s*|\s+)and\s+(?:(?:according\s+to|as\s+(?:reported|claimed|confirmed)\s+by)\s+(?P<source>[^,;:.!?()\"“”]{1,60}?)"
    r",?\s+)?(?P<verb>(?:(?:now|also|already|reportedly|since|then|later|apparently)\s+)*"
    r"(?:(?:is|are|was|were|has|have|had|remains?|remained|stays?|stayed)\b[^,;:.!?()\"“”]*)?)$", re.IGNORECASE)
# The first predicate, right after its subject: "A and B are located in the Kharkiv region".
_FIRST_PREDICATE = re.compile(
    r"^\s*(?:is|are|was|were|lies|lie|lay|sits|sit|stands|stand|remains?|remained|has been|have been|had been|"
    r"(?:has|have|had)\s+(?:now\s+|finally\s+|already\s+)?fallen|fell)\b"  # ("X has fallen and is now controlled by …")
    r"(?![^;:!?\"“”]*\b(?:which|that|who|whose|where|said|says|told|but|while|whereas)\b)[^;:!?\"“”]*$",
    re.IGNORECASE)


def _shared_subject(text: str, trigger: Trigger, sentence_start: int,
                    mentions: Sequence[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    """'The towns of A, B and C are located in the Kharkiv region, and according to the MoD are under
    Russian control': two predicates of one subject; the second's claim is about the first's places."""
    second = _SECOND_PREDICATE.search(text, max(sentence_start, trigger.start - 120), trigger.start)
    if second is None or not _SUBJECT_GAP.match(second.group("verb")):
        return []
    for mention in reversed([m for m in mentions if m.end <= second.start() and m.start >= sentence_start]):
        gap = text[mention.end:second.start()]
        unknown = _UNKNOWN_LAST_ITEM.match(gap)
        if unknown and not _FIRST_PREDICATE.match(gap):
            gap = gap[unknown.end():]  # "…, Pylna and Striletshna are located": a name we lack ends the list
        if _FIRST_PREDICATE.match(gap) and not _located_in(text, mention) and not _region_as_adjective(text, mention):
            chain = _walk_back(text, mention, [m for m in mentions if m.end <= mention.end])
            if not _SUBJECT_LEAD.search(text, sentence_start, min(m.start for m in chain)):
                return []  # "Residents of Izium are tired and …": the place is not the subject
            return [(m, "subject" if i == 0 else "list") for i, m in enumerate(chain)]
    return []


# What may stand before a subject that opens its clause: "The towns of", "Meanwhile, the village of".
_SUBJECT_LEAD = re.compile(r"(?:^|[,;:—–]\s*)\W*(?:(?:and|but|now|meanwhile|so)\s+)?(?:the\s+)?(?:(?:[\w-]+\s+)?(?:city|cities|"
                           r"town|towns|village|villages|settlements?|localities|locality)\s+of\s+)?\W*$", re.IGNORECASE)


def _subject_past_tail(text: str, trigger: Trigger, before: Sequence[PlaceMention]) -> PlaceMention | None:
    """'Bilohorivka near the border with Donetsk Oblast was liberated': the subject before a tail
    that locates it, the places inside the tail passed over."""
    for mention in list(reversed(before))[1:4]:
        gap = text[mention.end:trigger.start]
        past = 0
        while (tail := _TAIL.match(gap, past)) and tail.end() > past:
            past = tail.end()  # (tails in a row: "near the border with Russia, north of Kharkiv,")
        if 0 < past < len(gap) and _SUBJECT_GAP.match(gap[past:]) and \
                all(m.start < past + mention.end for m in before if m.start > mention.start):
            return mention
    return None


_UNKNOWN_FIRST_ITEM = re.compile(rf"^(.*?\s)({_UNKNOWN_NAME})(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$")
_UNKNOWN_LAST_ITEM = re.compile(rf"^(?:\s*,\s*{_UNKNOWN_NAME}(?=,))?\s*,?\s*(?:and\s+)?{_UNKNOWN_NAME}(?=\s)")  # (two at most:
# "Olginka, Veliko-Anadol, Zeleny Gai were also taken")
# "had retaken", "has captured": a perfect, active; its subject is no place that was taken.
_AND_ONLY = re.compile(r"\s*,?\s*and\s+(?:(?:then|later|subsequently|eventually|finally|soon)\s+)?$|\s*,?\s*and$", re.IGNORECASE)
_OBJECT_NOUN_AFTER = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her|several|some|more|all|\d+)\s+(?!(?:day|week|month|year|"
                                r"night|morning|evening|same|previous|next|last|following)\b)[\w'’-]+|(?:it|them)\b)", re.IGNORECASE)
_PERFECT_ACTIVE = re.compile(r"\b(?:has|have|had|having)\s+(?:(?:now|already|finally|also|just|reportedly|since)\s+)*$",
                             re.IGNORECASE)


_DASHED = re.compile(r"\s*[-–—:]\s")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|at|near|from|around|outside|inside|to)\s+(?:the\s+)?(?:city\s+of\s+)?$",
                                 re.IGNORECASE)


def _located_in(text: str, mention: PlaceMention) -> bool:
    """'both cities in Zaporizhzhia were occupied': the place locates the subject, it is not it."""
    return bool(_IN_BEFORE.search(text, max(0, mention.start - 12), mention.start)) and bool(
        re.search(r"\b(?:cities|towns|villages|settlements|houses|buildings|positions|areas|parts|districts|"
                  r"neighbou?rhoods|homes|city|town|village|settlement|house|building|position|area|part|district)\s+"
                  r"(?:in|inside|across|throughout|at)\s+(?:the\s+)?$",
                  text[max(0, mention.start - 40):mention.start], re.IGNORECASE))


def _appositive_subject(gap: str) -> bool:
    found = _APPOSITION.match(gap)
    return bool(found and _SUBJECT_GAP.match(gap[found.end():]))


_NEAR_PLACES = re.compile(r"\b(?:in\s+the\s+areas?\s+of|in\s+the\s+vicinity\s+of|near|around|towards?|in\s+the\s+directions?\s+of)\b",
                          re.IGNORECASE)


def _colon_list(text: str, trigger: Trigger, sentence_end: int,
                mentions: Sequence[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    colon = text.find(":", trigger.end, sentence_end)
    if colon < 0 or colon - trigger.end > 120:
        return []
    if trigger.kind == "contested" and _NEAR_PLACES.search(text, trigger.end, colon):
        return []  # "assault operations in the areas of the settlements of Luhansk region: A, B": near them
    after = [m for m in mentions if m.start > colon]
    if not after or (text[colon + 1:after[0].start].strip() and not _UNKNOWN_ITEMS.fullmatch(text, colon + 1,
                                                                                               after[0].start)):
        return []  # (": Demidov, Dymer, …": a name the gazetteer lacks may open the list)
    chain = _walk_list(text, after[0], after)
    if text[chain[-1].end:sentence_end].strip(" .;!\"”’") and not _TAIL.match(text, chain[-1].end):
        rest = text[chain[-1].end:sentence_end]
        if not re.match(r"\s*(?:,|and|as well as|\(|—|–)", rest):
            return []
    return [(m, "colon") for m in chain]


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.IGNORECASE)
_TOWARDS_AFTER = re.compile(r"\s+(?:to|towards?|in\s+the\s+direction\s+of)\s", re.IGNORECASE)
_UNKNOWN_ITEMS = re.compile(r"\s*(?:" + _UNKNOWN_NAME + r"\s*,\s*){1,3}")
_OWN_PLACE_REACH = 30  # characters after "the city" within which a place named is the phrase's own


# A place's name as the subject of a verb of speech: its government or authorities speak ("Kiev disputes",
# "Kyiv has denied", "Moscow claims"), it is no town "the town" could stand for.
_GOVERNMENT_VERB_AFTER = re.compile(r"\s+(?:(?:has|have|had|also|only|now|later|quickly|firmly|officially)\s+)*"
                                    r"(?:disput|den(?:y|ies|ied)\b|sa(?:id|ys|y)\b|claim|admit|announc|insist|reject|"
                                    r"confirm|acknowledg|rebuff|refut)", re.IGNORECASE)


_OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)


def _anaphor(text: str, trigger: Trigger, sentence_start: int, mentions: Sequence[PlaceMention],
             recent: Sequence[Sequence[PlaceMention]], forward: bool,
             earlier: Sequence[PlaceMention] = ()) -> list[tuple[PlaceMention, str]]:
    """'the outskirts of the city', 'It's under our control', 'the village was liberated':
    the settlement named last, in this sentence or the paragraph's sentences before."""
    demonstrative = False
    if forward and trigger.rule == "contested.there":
        noun = ""  # "battles continue there": the place named last
    elif forward:
        found = _ANAPHOR_AFTER.match(text, trigger.end)
        if not found:
            if not trigger.nominal and trigger.kind in ("gain", "loss") and not mentions \
                    and _IT_OBJECT.match(text, trigger.end):
                return _it_object(text, recent, earlier)  # "Ukrainian forces liberated it on 26 October"
            if not trigger.nominal and trigger.kind == "gain" and _IT_OBJECT.match(text, trigger.end) and \
                    re.search(r"\b(?:before|after|then|and|while)\s+$", text[max(sentence_start, trigger.start - 12):
                                                                               trigger.start], re.IGNORECASE):
                own = {m.place_id or m.text: m for m in mentions if sentence_start <= m.start and m.end <= trigger.start
                       and _antecedent(text, m)}
                if len(own) == 1:  # "began encircling the city of Lyman before capturing it on October 1"
                    return [(next(iter(own.values())), "anaphor")]
            if not trigger.nominal and not mentions and _THERE_OBJECT.match(text, trigger.end) and (
                    (trigger.kind == "gain" and re.match(r"enter", text[trigger.start:trigger.end], re.IGNORECASE))
                    or (trigger.kind == "loss" and re.search(r"\b(?:from|out\s+of)$", text[trigger.start:trigger.end],
                                                             re.IGNORECASE))):
                return _it_object(text, recent, earlier)  # "The Russian army has already entered there.", "the
                # Russian army had withdrawn from there"
            return []
        noun = found.group("noun").lower()
        demonstrative = bool(re.search(r"\bthis\s", found.group(0), re.IGNORECASE))
        if any(0 <= m.start - found.end() <= _OWN_PLACE_REACH and not re.search(r"[,;:.(—–]", text[found.end():m.start])
               for m in mentions):
            return []  # "the largest Ukrainian-held city in Luhansk": the phrase names a place of its own
    else:
        found = _PRONOUN_SUBJECT.search(text, max(sentence_start, trigger.start - 60), trigger.start)
        if not found and not re.match(r"it['’]?s\b", text[trigger.start:trigger.end], re.IGNORECASE):
            return []
        if not found and re.match(r"its\b", text[trigger.start:trigger.end], re.IGNORECASE) and \
                not _opens_clause(text, sentence_start, trigger.start):
            return []  # "Its capture is a prize" opens its clause; "before any word of its capture" tells no capture
        noun = (found.group("noun") or "").lower() if found else ""
        if found and not noun and found.start() > sentence_start and not _opens_clause(text, sentence_start,
                                                                                       found.start()):
            return []
    here = [m for m in mentions if m.end <= trigger.start and (not _MODIFIER_AFTER.match(text, m.end)
                                                               or _OWN_OFFICIAL_AFTER.match(text, m.end))
            and not _DISTANCE_BEFORE.search(text, max(0, m.start - 60), m.start)  # "the Donetsk separatists"
            and not (_GOVERNMENT_VERB_AFTER.match(text, m.end)  # ("Kiev disputes the town's capture": a voice;
                     and not _OF_BEFORE.search(text, max(0, m.start - 4), m.start))]  # not "the mayor of X denied")
    if demonstrative and not here:
        return []  # "this settlement" with its name in the sentence ("As for X, … in this settlement"); beyond
        # it, written "this" points back further than the place named last as often as not
    opens = not forward and found is not None and not noun and not text[sentence_start:found.start()].strip()
    titled = _title_place(text, earlier) if (noun or opens) and not here and not demonstrative else None
    if titled is not None and kind_fits(titled, noun) and not any(sentence_start <= m.start < trigger.start
                                                                   for m in mentions):
        return [(titled, "anaphor_topic")]  # a page titled with a village's name: "the village" (or "It" opening a
        # sentence) is that village, whatever place its history names on the way ("an offensive towards Velyka
        # Novosilka. Russian forces pressed on the village …")
    if here or any(sentence_start <= m.start < trigger.start for m in mentions) or trigger.rule == "contested.gates":
        # a sentence that names places before "the city" speaks of one of them; fighting names its
        # place; places named only after it are where the city lies or what taking it opens
        # ("the city was taken ..., cutting off the supply lines in Artemivsk")
        pool = here
    else:
        pool = [m for group in recent for m in group if _antecedent(text, m)]
    pool = [m for m in pool if kind_fits(m, noun)]
    names = {m.place_id or m.text for m in pool}
    if len(names) > 1 and here and trigger.kind == "contested":
        # "advanced from Kherson towards Mykolaiv, reaching the city's outskirts": where they came from is
        # not where the fighting reached
        pool = [m for m in pool if not (_FROM_BEFORE.search(text, max(0, m.start - 30), m.start)
                                        and _TOWARDS_AFTER.match(text, m.end))] or pool
        names = {m.place_id or m.text for m in pool}
    if len(names) > 1 and not here and noun == "village":
        # "…the village of Andriivka … had been retaken. Russia denied its forces had been pushed out
        # of the frontline village": "the village" takes the last sentence naming one (a town or city stays
        # ambiguous: an article's topic city outweighs one just named)
        latest = next((fits for group in reversed(recent)
                       if (fits := [m for m in group if _antecedent(text, m) and kind_fits(m, noun)])), [])
        pool, names = latest, {m.place_id or m.text for m in latest}
    if not names and noun and not here:
        # "the village" paragraphs after its name, in a page about it: the one place of that kind
        # the article has named so far (none, or two, and it stays unread)
        pool = [m for m in earlier if m.place is not None and _antecedent(text, m) and kind_fits(m, noun)]
        names = {m.place_id for m in pool}
        if len(names) == 1:
            return [(pool[-1], "anaphor_topic")]
    if len(names) > 1 and noun and not here:
        topic = _topic(text, earlier, names)
        if topic is not None:
            return [(topic, "anaphor_topic")]
    if len(names) > 1 and not noun and not forward and not here and found is not None:
        # "Lyman, a town of 22,000, served as a hub for the Russian military. It was liberated on Oct. 1.": "it"
        # opening a sentence is the one place of the sentence just before, when that names one
        latest = next((group for group in reversed(recent) if any(_antecedent(text, m) for m in group)), [])
        last_names = {m.place_id or m.text for m in latest if _antecedent(text, m)}
        if len(last_names) == 1:
            pool, names = [m for m in latest if _antecedent(text, m)], last_names
    if len(names) != 1:
        return []
    return [(pool[-1], "anaphor" if here else "anaphor_before")]


# "liberated it on 26 October", "retook it.": "it" the verb's object, no clause of its own after it.
_IT_OBJECT = re.compile(r"\s+it\b(?!\s+(?:was|is|has|had|would|will|could|can|may|might|as|to|that|in\s+the\s+(?:war|"
                        r"conflict)))\s*(?:[.,;]|\s(?:on|in|by|during|after|before|back|again|from|at|within|only|"
                        r"fully|completely|entirely|and\s+(?!its?\b)[a-z]+(?:ed|s)\b)\b)", re.IGNORECASE)  # ("moved out of it and attacked")


_THERE_OBJECT = re.compile(r"\s+there\b(?!\s+(?:is|are|was|were|has|have|had|will|would)\b)", re.IGNORECASE)


def _it_object(text: str, recent: Sequence[Sequence[PlaceMention]],
               earlier: Sequence[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    """The settlement "it" stands for: the one place of the sentences just before, else the
    article's topic (a village's own page: "Ukrainian forces liberated it on 26 October 2022")."""
    near = {m.place_id or m.text: m for group in recent for m in group if _antecedent(text, m)}
    if len(near) == 1:
        return [(next(iter(near.values())), "anaphor_before")]
    names = {m.place_id or m.text for m in earlier if _antecedent(text, m)}
    topic = _topic(text, earlier, names) if names else None
    return [(topic, "anaphor_topic")] if topic is not None else []


TOPIC_LEAD = 300  # characters of an article's opening (its title and first sentence) that name its topic


# "KYIV (Reuters) -", "KYIV, Ukraine (AP) —": where the report was filed, not what it is about.
_DATELINE = re.compile(r"(?-i:[A-Z][A-Z'’-]+)(?=\s*(?:,|\(|[-–—:]))|[\w'’-]+(?:,\s*Ukraine)?\s*\((?:Reuters|AP|AFP|dpa|"
                       r"UNIAN|Ukrinform)\)")  # (an all-caps headline naming its town is no dateline)


_TITLE_LINE = re.compile(r"(?:date\s+\d{4}-\d{2}-\d{2}\s*\n)?\s*(?P<name>[^\n,(]{2,40}?)\s*(?:,\s*[^\n,]{2,40}?){0,3}\s*(?:\n|$)")


def _title_place(text: str, earlier: Sequence[PlaceMention]) -> PlaceMention | None:
    """The settlement an article is titled with, alone on its first line ("Rozdolne", "Rozdolne,
    Volnovakha Raion, Donetsk Oblast"; after a file's "date" line): an encyclopaedia page's subject.
    None for a headline."""
    first = _TITLE_LINE.match(text)
    if first is None or not earlier:
        return None
    name_start, name_end = first.span("name")
    return next((m for m in earlier if m.start == name_start and m.end == name_end and m.place is not None), None)


def _topic(text: str, earlier: Sequence[PlaceMention], names: set[str]) -> PlaceMention | None:
    """Of the places "the town" may stand for, the article's topic: named in its opening and
    at least twice as often as any other so far ("the town" in a piece on Chasiv Yar that also
    names Bakhmut once is Chasiv Yar); None when no place stands out."""
    counts: dict[str, int] = {}
    last: dict[str, PlaceMention] = {}
    lead: set[str] = set()
    for mention in earlier:
        key = mention.place_id or mention.text
        if key in names and _antecedent(text, mention):
            in_lead = mention.start < TOPIC_LEAD and not _DATELINE.match(text, mention.start)
            counts[key] = counts.get(key, 0) + 1 + in_lead
            last[key] = mention
            if in_lead:
                lead.add(key)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    # (named once, in the opening, and nothing else named there: "Ukrainian forces have liberated the village of
    # Klishchiivka …" opens a piece whose "the settlement" four paragraphs on is Klishchiivka)
    if not ranked or (ranked[0][1] < 3 and not (ranked[0][1] == 2 and lead == {ranked[0][0]})) or \
            (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return last[ranked[0][0]]


# A town's own officials: "Irpin mayor: the city was liberated" speaks of Irpin.
_OWN_OFFICIAL_AFTER = re.compile(r"(?:['’]s)?\s+(?:mayor|city council|town council|village council|city administration|"
                                 r"(?:city\s+|town\s+|village\s+)?military administration)\b", re.IGNORECASE)


def _antecedent(text: str, mention: PlaceMention) -> bool:
    """A place that can be 'the city' later: not a modifier ("the Donetsk separatists") nor a distance
    (but a town's own mayor or council names the town)."""
    return (not _MODIFIER_AFTER.match(text, mention.end) or bool(_OWN_OFFICIAL_AFTER.match(text, mention.end))) and \
        not _DISTANCE_BEFORE.search(text, max(0, mention.start - 60), mention.start) and \
        not (_names_its_oblast(mention) and (_DIRECTION_BEFORE.search(text, max(0, mention.start - 30), mention.start)
                                             or _REGIONS_AFTER.match(text, mention.end)))
    # ("its offensive into northern Kharkiv", "between the Kharkiv and Donetsk regions": the oblasts, which no
    # "the town" refers back to)


_REGIONS_AFTER = re.compile(r"\s+(?:and\s+(?-i:[A-Z])[\w'’-]+\s+)?(?:regions|oblasts|provinces)\b", re.IGNORECASE)


def _opens_clause(text: str, sentence_start: int, position: int) -> bool:
    lead = text[sentence_start:position].rstrip()
    return not lead or lead[-1] in ",;:—–(\"“" or bool(re.search(r"\b(?:that|and|but|as|while|after|when)$", lead,
                                                                     re.IGNORECASE))


def kind_fits(mention: PlaceMention, noun: str) -> bool:
    """'the village' is not the city named before it."""
    place = mention.place
    if place is None or not noun:
        return True
    if noun in ("city", "regional capital"):
        return place.kind in ("city", "settlement") or place.prominence >= 10_000
    if noun in ("village", "hamlet"):
        return place.kind in ("village", "settlement") and place.prominence < 20_000
    if noun == "town":  # a town is no village of a few hundred ("Buhruvatka, west of Vovchansk … the town")
        return place.kind in ("city", "settlement") or place.prominence >= 5_000
    return True


_FORCES_WORD = re.compile(r"\b(?:troops|forces|army|soldiers|units|fighters|russians|ukrainians|military|militants|"
                          r"occupiers|marines|paratroopers)\b", re.IGNORECASE)
_WHERE = re.compile(r"(?:,\s*)?\b(?:where|in which|in whom)\s+(?:[\w'’-]+\s+){1,5}?$", re.IGNORECASE)
_WHERE_FIGHTING = re.compile(r"(?:,\s*)?\b(?:where|in which)\s+(?:[\w'’-]+\s+){0,8}?$", re.IGNORECASE)


def _relative_where(text: str, trigger: Trigger, sentence_start: int,
                    mentions: Sequence[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    """'in places like Kherson where Russian troops have taken control': the place the clause is about."""
    fighting = trigger.rule == "contested.where_fighting"  # fighting needs no forces named, and says who fights
    found = (_WHERE_FIGHTING if fighting else _WHERE).search(text, max(sentence_start, trigger.start - 80),
                                                             trigger.start)
    if not found or text[trigger.end:trigger.end + 30].lstrip()[:2] in ("of", "ov") or not (
            fighting or _FORCES_WORD.search(found.group(0))):
        return []
    before = [m for m in mentions if m.end <= found.start() and found.start() - m.end <= 3]
    if not before or re.search(r"\baround\s+(?:the\s+(?:city|town|capital)\s+of\s+)?$",
                               text[max(0, before[-1].start - 30):before[-1].start], re.IGNORECASE):
        return []  # ("the biggest success was around Kiev, where Russian troops withdrew": the area round it)
    # ("the cities of Balakleya and Izyum, where the Russian army had withdrawn": the clause is of both)
    return [(m, "where") for m in reversed(_walk_back(text, before[-1], mentions))]


# Assault verbs a relative clause may say of the place before it ("X, which Russian troops have stormed").
_ASSAULT_VERB = re.compile(r"(?:storm|assault|besieg|encircl|surround|blockad)", re.IGNORECASE)
_FRONTED_FIGHTING = frozenset({"contested.where_fighting", "contested.fighting", "contested.street_fighting",
                               "gain.flag_fronted"})
# "In Vovchansk, located in the Kharkiv region, intense fighting continues": the place the sentence opens with.
_FRONTED_IN = re.compile(r"\s*[\"“]?\s*(?:(?:meanwhile|also|however|now|currently|today|at the same time|according to [^,;:]{2,60}|"
                         r"(?:over|in|during) the (?:past|last) (?:day|24 hours|week)),?\s+)?"
                         r"(?:(?:including|especially|particularly|notably)\s+)?"  # ("Over the past day, including in X itself,")
                         r"in\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?$", re.IGNORECASE)
_FRONTED_TAIL = re.compile(r"(?:\s+itself)?(?:\s*,\s*[^,;:()\"“”]{1,70}){0,2}?\s*,\s*"
                           # ("In Vovchansk, authorities reported intense street-to-street fighting": who tells it first)
                           # (with a word of the fighting's kind after it: not "In Kyiv, officials said fighting continues")
                           r"(?:(?:[\w'’-]+\s+){1,3}?(?:report(?:s|ed)?|sa(?:y|ys|id)|confirm(?:s|ed)?|describ(?:e|es|ed))\s+"
                           r"(?=(?:heavy|fierce|intense|street|urban|bloody|violent)\b))?"
                           r"(?:(?:heavy|fierce|intense|active|street|urban|ongoing|street-to-street|house-by-house|"
                           r"positional|bloody|house-to-house|violent|very|the|and|still|now)\s+){0,4}"
                           r"(?:street-to-|house-to-)?$", re.IGNORECASE)  # (the trigger is the last "street fighting")
_LOCATIVE_AFTER = re.compile(r"\s+(?:near|in|around|outside|for|on|at|close\s+to|towards?|along|over)\b", re.IGNORECASE)


def _fronted_in(text: str, trigger: Trigger, sentence_start: int,
                mentions: Sequence[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    """Fighting said of the place the sentence opens with: 'In X, fighting continues'."""
    first = next((m for m in mentions if sentence_start <= m.start < trigger.start), None)
    if first is None or not _FRONTED_IN.fullmatch(text, sentence_start, first.start):
        return []
    if not _FRONTED_TAIL.fullmatch(text, first.end, trigger.start) or _LOCATIVE_AFTER.match(text, trigger.end):
        return []  # (not "In Kyiv, officials said …", nor "fighting continues near X": elsewhere)
    return [(first, "fronted")]


# "X, which Ukrainian forces liberated on Friday", "X, a railway hub that Russia claimed to have seized".
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|whom)\s+(?:[\w'’-]+\s+){1,10}?$", re.IGNORECASE)
_RELATIVE_HEAD = re.compile(r"(?:\s*,\s*(?:a|an|the|another|one)\b[^,;:()\"“”]{0,80}?\b" + _SETTLEMENT_NOUN +
                            r")?\s*,?\s*$", re.IGNORECASE)


# ", a town in the northern region of Kharkiv, which": an apposition that names the antecedent's kind.
_RELATIVE_APPOSITION = re.compile(r"\s*,\s*(?:a|an|the|another|one)\s+(?:[\w'’-]+\s+){0,3}?" + _SETTLEMENT_NOUN +
                                  r"\b[^,;:()\"“”]{0,70},\s*", re.IGNORECASE)


# ", another village near Bakhmut which": the apposition's village, placed by a town it is near.
_RELATIVE_APPOSITION_NEAR = re.compile(r"\s*,\s*(?:a|an|the|another|one)\s+(?:[\w'’-]+\s+){0,2}?" + _SETTLEMENT_NOUN +
                                       r"\s+(?:near|outside|close to|(?:north|south|east|west)\w*\s+of)\s+"
                                       r"(?-i:[A-Z])[\w'’-]+\s*", re.IGNORECASE)


def _relative_object(text: str, trigger: Trigger, sentence_start: int,
                     mentions: Sequence[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    """The antecedent of a relative pronoun that is the trigger's object."""
    found = _RELATIVE_BEFORE.search(text, max(sentence_start, trigger.start - 90), trigger.start)
    if not found or re.search(r"[,;:]|\b(?:and|but|while)\b", found.group(0)):
        return []
    before = [m for m in mentions if m.end <= found.start()]
    for mention in reversed(before):
        gap = text[mention.end:found.start()]
        if _blocked(text, mention) and not (gap.strip() == "," and mention is before[-1]):
            continue  # "another village near Bakhmut which Ukrainian forces liberated": the village, not Bakhmut
            # (but "… lies west of Avdiivka, which Russian forces seized": the clause set off by its comma is Avdiivka's)
        tail = _TAIL.match(gap)
        if tail and tail.end() < len(gap):
            gap = gap[tail.end():]  # "Kupiansk in the northeastern Kharkiv region, which Russia claimed to have …"
        if (_RELATIVE_HEAD.fullmatch(gap) or _RELATIVE_APPOSITION.fullmatch(gap)
                or _RELATIVE_APPOSITION_NEAR.fullmatch(gap)) and not re.search(
                r"\b(?:near|of|from|to|towards?|in)\s*$", gap):
            if mention is before[-1] and re.fullmatch(r"\s*,\s*", gap):
                # ("the cities of Pokrovsk and Kupiansk, which Moscow has been trying to capture": the clause
                # set off by its comma is of the whole list)
                return [(m, "relative") for m in reversed(_walk_back(text, mention, before))]
            return [(mention, "relative")]
        if len(gap) > 120:
            break
    return []


# "24 settlements have been liberated, including A and B": a count as the subject, the names after.
_COUNTED_BEFORE = re.compile(r"(?:\d+|a number of|several|dozens of|two|three|four|five|six|seven|eight|nine|ten|"
                             r"eleven|twelve|\w+teen|twenty|thirty|a single|another)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:villages?|settlements?|towns?|localities|locality|communities|hamlets?|"
                             r"(?:inhabited|populated)\s+(?:points?|areas?|localities|settlements?))\b", re.IGNORECASE)

# A word each of _COUNTED_BEFORE's nouns holds (in lower case).
_COUNT_NOUN_WORDS = ("villag", "settlement", "town", "localit", "communit", "hamlet", "inhabited", "populated")


def _names_count_noun(lead: str) -> bool:
    """Prefilter: _COUNTED_BEFORE ends with a settlement noun, which most leads lack; it opens with
    a number word or ``\\w+teen``, so tried it starts at every word."""
    lowered = caseless(lead)
    return any(word in lowered for word in _COUNT_NOUN_WORDS)


def _counted_subject_list(text: str, trigger: Trigger, sentence_start: int, sentence_end: int,
                          mentions: Sequence[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    lead_start = max(sentence_start, trigger.start - 80)
    if not _names_count_noun(text[lead_start:trigger.start]) or \
            not _COUNTED_BEFORE.search(text, lead_start, trigger.start):
        return []
    after = [m for m in mentions if m.start >= trigger.end]
    for i, mention in enumerate(after[:2]):
        gap = text[trigger.end:mention.start]
        if len(gap) < 120 and (_INCLUDING_TAIL.match(gap) or re.fullmatch(r"\s*[—–:-]\s*", gap)):
            return [(m, "list") for m in _walk_list(text, mention, after[i:])]
        if len(gap) < 120 and _WITH_BEFORE.fullmatch(gap):  # ", with A and B among those retaken"
            chain = _walk_list(text, mention, after[i:])
            if _AMONG_AFTER.match(text, chain[-1].end):
                return [(m, "list") for m in chain]
    return []


_WITH_BEFORE = re.compile(r"[^.;:!?()\"“”]{0,80}?,\s*with\s+(?:the\s+)?(?:(?:villages?|settlements?|towns?)\s+of\s+)?",
                          re.IGNORECASE)
_AMONG_AFTER = re.compile(r"\s+(?:(?:were|being|are)\s+)?among\s+(?:them|those|these|the)\b", re.IGNORECASE)


def _forces_at(text: str, trigger: Trigger, sentence_start: int,
               mentions: Sequence[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    """'Ukrainian troops in X (were) ordered to retreat', 'the defenders of X withdrew'."""
    if re.match(r"los", text[trigger.start:trigger.end], re.IGNORECASE) and re.match(
            r"\s+(?!(?:control|ground|the\s+(?:town|city|village|settlement|battle|fight))\b)(?:\d|[a-z])", text[trigger.end:]):
        return []  # "Ukrainian forces defending Kupyansk lost 137 guns": what they lost is said, not the place
    for mention in reversed([m for m in mentions if sentence_start <= m.start and m.end <= trigger.start]):
        if _FORCES_AT.search(text, max(sentence_start, mention.start - 80), mention.start):
            chain = _walk_list(text, mention, [m for m in mentions if m.end <= trigger.start], area_ok=True)
            between = text[chain[-1].end:trigger.start]
            if len(between) < 90 and not re.search(r"[;:]|\b(?:but|while|and then)\b", between):
                return [(m, "located") for m in chain]  # "troops stationed in the Balakleya and Izyum regions"
    return []


# "withdrew from their positions in the city of X"; "after heavy fighting for X, … withdrew from their positions".
# ("withdrawing from “broken positions” in X", "from their bridgehead position on the east bank of the Dnieper in
# the village of X": a word for the positions, and where on the map they lie)
_POSITIONS = re.compile(r"\s*(?:(?:the|their|its|our|some|certain)\s+)?[“\"]?(?:(?!(?:and|or|of)\b)[\w'’-]+\s+)?"
                        r"(?:positions?|lines|defen[cs]es|posts)[”\"]?(?:\s+and\s+(?:lines|positions))?"
                        r"(?:\s+on\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:bank|shore)\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+river)?)?"
                        r"(?P<in>\s+(?:in|inside|within|at)\s+(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+|"
                        r"(?:villages|settlements|towns)\s+(?:of\s+)?)?)?",
                        re.IGNORECASE)


# "Zaluzhny confirmed the retreat of his troops to the outskirts of Maryinka": they left the town for its edge.
_TO_THE_RIM = re.compile(r"(?:\s+of\s+(?:[\w'’]+\s+){0,3}?(?:troops|forces|units|soldiers|defenders))?"
                         r"(?:\s+(?:back|further|farther))?\s+to\s+the\s+(?:(?:\w+ern|far)\s+)?outskirts\s+of\s+"
                         r"(?:the\s+(?:city|town|village)\s+of\s+)?", re.IGNORECASE)


def _back_to_the_rim(text: str, trigger: Trigger, mentions: Sequence[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    found = _TO_THE_RIM.match(text, trigger.end)
    here = [m for m in mentions if found and m.start == found.end()]
    return [(here[0], "rim")] if here else []


def _own_positions(text: str, trigger: Trigger, sentence_start: int, sentence_end: int,
                   mentions: Sequence[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    found = _POSITIONS.match(text, trigger.end)
    if not found:
        return []
    if found.group("in"):
        here = [m for m in mentions if m.start == found.end()]
        if not here or re.match(r"\s+(?:area|district|direction|region|sector|axis|front)\b", text[here[0].end:],
                                re.IGNORECASE):
            return []  # ("positions in the Avdiivka area": around the town, not in it)
        # "lost their positions in villages A and B": every place of the list
        return [(m, "positions") for m in _walk_list(text, here[0], [m for m in mentions if m.start >= here[0].start])]
    named = [m for m in mentions if sentence_start <= m.start < sentence_end and not _blocked(text, m)
             and _is_item(text, m)]
    if len({m.place_id or m.text for m in named}) == 1 and re.search(
            r"\b(?:fighting|battles?|defen[cs]e|defending|holding|encircl\w+|assault)\b",
            text[sentence_start:trigger.start], re.IGNORECASE):
        return [(named[0], "positions")]  # "after heavy fighting for X, the defenders withdrew from their positions"
    return []


_TOWN_CENTRE_BEFORE = re.compile(r"\bthe\s+(?:city|town|village|settlement)\s+(?:centre|center)\b[^.;:!?]*$", re.IGNORECASE)


def _partial(text: str, trigger: Trigger, mention: PlaceMention, how: str) -> bool:
    """Only part of the place: 'most of X', 'the southern part of X', 'eastern X', 'almost entirely'."""
    if _DIRECTION_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return True
    if how == "object" and (part := _POSSESSIVE_PART.match(text, mention.end)) and not part.group("whole"):
        return True  # "captured Pokrovsk's eastern outskirts"
    if how == "object" and _TRAILING_SHARE.match(text, mention.end):
        return True  # "the Defense Forces control the city of Vovchansk, about 70%": that share of it
    if how in ("object", "list", "colon", "inner"):
        lo = trigger.end if how != "inner" else trigger.start
        gap = text[lo:mention.start] if how == "object" or how == "inner" else ""
        if trigger.kind == "loss" and gap and _AREA_OF.match(gap):
            gap = gap[_AREA_OF.match(gap).end():]  # "withdrew from the area of X": all of it left
        if gap and (opener := _LIST_OPENER.search(gap)):
            gap = gap[opener.end():]  # "two settlements in the Donetsk area, such as the city of X": X whole
        if gap and (_PARTIAL_WORDS.search(gap) or _NAMED_PART.match(gap) or _COMPASS_PART.match(gap) or (
                _PARTIAL_OBJECT.match(gap) and not _WHOLE_OBJECT.match(gap)) or (_CENTRE.search(gap) and trigger.kind != "loss" and not text[
                trigger.start:trigger.end].lower().startswith("enter") and trigger.rule not in FLAG_RULES)):
            return True  # (an entry into a town's centre is read as entries are, see claims.py; a flag raised
            # in its centre claims the town)
    if how in ("subject", "located", "list"):
        if _PARTIAL_BEFORE.search(text, max(0, mention.start - 70), mention.start):
            return True
        part = _PARTIAL_LIST_BEFORE.search(text, max(0, mention.start - 150), mention.start)
        if part and not (part.group().lower().startswith("suburbs") and _CAPITALISED_BEFORE.search(
                text, max(0, part.start() - 30), part.start())):
            return True  # (not "the Kyiv suburbs of Irpin and Bucha": the suburbs themselves)
    if how == "subject" and (_PARTIAL_ADVERB.search(text, mention.end, trigger.start)
                             or _SHARE_WORD.search(text, mention.end, trigger.start)):
        return True  # "X is almost liberated", "X is 70% controlled by"
    if how.startswith("anaphor") and _TOWN_CENTRE_BEFORE.search(text, max(0, trigger.start - 60), trigger.start):
        return True  # "The city centre is under Russian control": the centre, a part of the town just named
    if _PARTIAL_ADVERB_BEFORE.search(text[max(0, trigger.start - 25):trigger.start].replace("“", "").replace('"', "")):
        return True  # "partially lost control of X"
    if trigger.kind == "loss" and re.search(r"\bsome\s+(?:of\s+(?:the|its|their)\s+)?(?:[\w'’-]+\s+)?"
                                            r"(?:troops|units|forces|soldiers)\b[^.;]{0,40}$",
                                            text[max(0, trigger.start - 70):trigger.start], re.IGNORECASE):
        return True  # "some Ukrainian troops have been withdrawn from X"
    if _ALMOST_DONE.search(text, max(0, trigger.start - 40), trigger.start):
        return True  # "has almost completed the clearing of Kupyansk": not yet all of it
    return bool(_PARTIAL_ADVERB_ONLY.search(text, trigger.start, trigger.end)) or \
        bool(_PARTIAL_CONTROL.search(text, trigger.start, trigger.end))  # "regained partial control of X"


_ALMOST_DONE = re.compile(r"\b(?:almost|nearly|practically|virtually)\s+(?:completed?|finished?|completing|finishing)\s+"
                          r"(?:the\s+)?$", re.IGNORECASE)
_PARTIAL_CONTROL = re.compile(r"\bpartial\s+control\b", re.IGNORECASE)
_WHOLE_OBJECT = re.compile(r"^\s*(?:the\s+)?(?:whole|entire|all)\b", re.IGNORECASE)
_LIST_OPENER = re.compile(r"\b(?:including|such as|among them|namely|notably)\b", re.IGNORECASE)
_SHARE = r"\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)"  # "70%", "70 percent": a share of a place
_TRAILING_SHARE = re.compile(r"\s*,\s*(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than|"
                             r"up\s+to)\s+)?" + _SHARE + r"(?!\s+of\b)", re.IGNORECASE)
_SHARE_WORD = re.compile(r"\b" + _SHARE, re.IGNORECASE)
_PARTIAL_ADVERBS = r"partially|partly|almost|nearly|practically|virtually|largely|mostly|all but|half(?=\s*$|\s+(?:been\s+)?(?:taken|\w+ed)\b)"
_PARTIAL_ADVERB_ONLY = re.compile(rf"\b(?:{_PARTIAL_ADVERBS})\b", re.IGNORECASE)
_PARTIAL_ADVERB = re.compile(rf"\b(?:{_PARTIAL_ADVERBS}|not (?:yet )?(?:fully|completely))\b", re.IGNORECASE)
_PARTIAL_ADVERB_BEFORE = re.compile(rf"(?:(?:{_PARTIAL_ADVERBS})(?:\s+(?:fully|completely|entirely))?|not (?:yet )?(?:fully|"
                                    rf"completely))\s+(?:been\s+|being\s+)?$|\bpartial\s+$",
                                    re.IGNORECASE)  # ("has largely been driven out of X", "almost fully control X",
# "a “partial withdrawal” from X")


def _blocked(text: str, mention: PlaceMention, distance: bool = True, near: bool = True) -> bool:
    before = text[max(0, mention.start - 60):mention.start]
    return bool((near and _NEAR_BEFORE.search(before)) or (distance and _DISTANCE_BEFORE.search(before)))
