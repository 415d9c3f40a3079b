"""How sure a claim is: predicted, hedged, denied, or historical background.

Cues are read in the claim's own clause: parentheticals that hold neither the place nor
the trigger ("– denying some unconfirmed reports –") are cut out first, so their words
do not colour the claim around them.
"""

from __future__ import annotations

from monitor.extract import rules_re as re
from datetime import datetime

from monitor.extract.scan import Trailing, caseless

_FUTURE = re.compile(
    r"\b(?:will|would|could|can|(?-i:may)|might|shall|likely to|unlikely to|expected to|poised to|set to|about to|going to|"
    r"is to|are to|intends? to|hopes? to|wants? to|aims? to|aiming to|aimed to|plans? to|planning to|efforts? to|"
    r"bid to|threatens? to|threatening to|order to|on the verge of|poised for|close to|seeks? to|seeking to|sought to|"
    r"focus(?:ed|es|ing)? on(?: the)?|goal of|ready to|preparing to|prepare to|push(?:ing)? to|designed to|"
    r"in a position to|chance to|unable to|if|unless|whether|vow(?:s|ed)? to|promis(?:e|es|ed) to|"
    r"pledg(?:e|es|ed) to|determined to|drive to|campaign to|offensive to|operations? to|missions? to|ambitions? to|bid to|"
    r"hoping to|in order to|so as to|aim of|goal of|tasked with|intention of|ready for|prepar\w+ for|aimed at|"
    # "The Russian goal appears to be to encircle X", "their aim is to take X"
    r"(?:goal|aim|objective|intention|task|plan)s?\s+(?:(?:is|was|are|were|appears|appeared|seems|seemed)\s+)?(?:to\s+be\s+)?to|"
    r"aiming at|aims at|intended to|designed to|an attempt to|attempts? to|prioriti[sz]\w*|instead of|"
    r"rather than|must|should|ought to|ha(?:ve|s) to|needs? to|demand(?:s|ed|ing)? that|call(?:s|ed|ing)? for|"
    r"tactic to|strategy to|danger of|risk of|regroup(?:s|ed|ing)? to|opportunit(?:y|ies) for|"
    r"advocat(?:e|es|ed|ing) (?:for|of)|advocates? (?:for|of))\b"  # (an obligation is not yet done; "had to" was)
    r"(?:\s+(?:[\w'’-]+|\[[^\]\n]{1,30}\])){0,4}\s*[\"“”']?\s*$",  # ("will [next] liberate": an editor's insertion)
    re.IGNORECASE)
_HEDGED_PAST = re.compile(r"\b(?:(?-i:may)|might|could) have\b(?:\s+[\w'’-]+){0,2}\s*$", re.IGNORECASE)
# "they may also now be contesting X": a guess about what goes on now (a progressive), not a forecast.
_HEDGED_PRESENT = re.compile(r"\b(?:(?-i:may)|might)\s+(?:(?:also|now|already|still|even|well|currently)\s+){0,3}be\s+$",
                             re.IGNORECASE)
_NEXT = re.compile(r"^\s*(?:[\w'’-]+\s+){0,6}?(?:in|within) the (?:next|coming) (?:few )?(?:hours|days|weeks)", re.I)
_NEITHER_NOR = r"\bneither\b[^.;:]{1,60}\bnor\b[^.;:]{1,60}$"
_NEGATION = re.compile(r"\b(?:not|n['’]t|cannot|never|no|nobody|failed to|fail to|fails to|without|yet to|unable to|"
                       r"away from|instead of|rather than)\s+(?!only\b|just\b|least\b|doubt\b|later\b|sooner\b|correct\b|true\b|accurate\b|the case\b|"
                       r"stop(?:ped|ping|s)?\s+(?:at|with|after)\b)"  # ("have not stopped at the capture of X": it happened)
                       r"(?:[\w'’-]+\s+){0,4}$"
                       r"|\bno\s+(?:signs?|indications?|evidence|confirmation|proof)\b[^.;]*$"
                       r"|" + _NEITHER_NOR +  # "neither A nor B is under Russian control"
                       # "a protest blocked Russian forces from entering the city": kept from it
                       r"|\b(?:prevent|block|stopp?|bar|barr|kept|keep|halt|deterr?)(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){1,5}from\s+$"
                       # "cannot take full control of X and capture Y": the negation carries over "and"
                       r"|\b(?:not|n['’]t|cannot|never|failed to|unable to)\s+[^,;:.()]{0,80}?\band\s+$",
                       re.IGNORECASE)
# Hedges that colour a whole sentence, and hedges that colour only their own clause.
_SENTENCE_HEDGE = re.compile(
    r"\b(?:reportedly|unconfirmed|unverified|rumou?rs?|rumou?red|could not (?:be )?(?:independently )?verif\w*|"
    r"cannot (?:be )?(?:independently )?verif\w*|not (?:been |be )?(?:independently |officially )?(?:verified|confirmed)|"
    r"haven['’]t been (?:officially |independently )?confirmed|allegedly|purportedly|"
    # an anonymous voice: "an unnamed source in the Ukrainian military told CNN"
    r"(?:unnamed|anonymous)\s+(?:[\w-]+\s+){0,2}?(?:sources?|officials?|officers?|servicem[ae]n|soldiers?)|"
    r"on (?:the )?condition of anonymity|"
    # reports no one is named for: "There are reports that Ukrainian forces have captured X"
    r"there (?:are|were|have been|had been) (?:(?:also|now|some|several|many|unconfirmed|new|further)\s+)*"
    r"reports? (?:that|of)|"
    r"(?:not|no)\s+(?:yet\s+)?(?:observed\s+|seen\s+)?(?:any\s+)?(?:visual\s+|independent\s+)?confirmation|"
    # a belief is no report: "Mariupol residents believe that the Russian army has taken Kyiv"
    r"believes?\s+that|believed\s+that|(?:are|is|were|was|remain|remains)\s+(?:still\s+|now\s+)?"
    r"convinced\s+that)\b",
    re.IGNORECASE)
# Others' want of confirmation of what a voice said ("Kyiv has not confirmed the loss"): a voiced claim
# stays the voice's, attributed. (That the outlet "could not verify" it still hedges it, as the eval rules say.)
_OTHERS_UNCONFIRMED = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:not|yet to)\s+(?:officially\s+|independently\s+)?confirm(?:ed)?|"
    r"not (?:been |be )?(?:independently |officially )?(?:verified|confirmed) by)\b", re.IGNORECASE)
_CLAUSE_HEDGE = re.compile(
    r"\b(?:apparently|appears? to|appeared to|seem(?:s|ed)? to|(?:is|are|was|were)\s+said\s+to|suggest(?:s|ed|ing)?|likely|"
    r"probably|possibly|(?-i:may) have|might have|"
    r"(?:videos?|footage|photos?|images?)\b(?:\s+[\w'’-]+){0,4}\s+(?:appeared|circulat\w+|emerged|surfaced)|"
    r"social (?:media|networks)|telegram channels)\b",
    re.IGNORECASE)
_CONFIRMED = re.compile(r"(?<!un)(?<!not )\bconfirm(?:ed|s|ing)?\b", re.IGNORECASE)
_MONTHS = ("january february march april may june july august september october november december").split()
_MONTH = re.compile(r"\b(?:in|since|by|until|back in|from)\s+(?:early\s+|mid-?|late\s+)?(" + "|".join(_MONTHS) +
                    r")\b(?!\s+\d)", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:in|since|back in|from|during\s+the)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"\b(?:in|since|by|until|back in|from|of)\s+(?:early\s+|mid-?|late\s+)?(" + "|".join(_MONTHS) +
                         r")\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# A day named ("on Aug. 29", "on 29 August"): background when it is weeks before the article's own date.
_SHORT_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_WORD = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
               r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_ON_DAY = re.compile(r"\bon\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                     r"(?:" + _MONTH_WORD + r"\s+(\d{1,2})\b|(\d{1,2})\s+" + _MONTH_WORD + r"(?![\w.]))"
                     r"(?!,?\s+(?:19|20)\d\d)", re.IGNORECASE)
BACKGROUND_DAYS = 30  # a day named over a month before the article's date is background, not its news
# A day named with its year ("on March 12, 2022", "on 12 March 2022"): the same test, the year read.
_ON_FULL_DATE = re.compile(r"\bon\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                           r"(?:" + _MONTH_WORD + r"\s+(\d{1,2}),?\s+((?:19|20)\d\d)|(\d{1,2})\s+" + _MONTH_WORD +
                           r",?\s+((?:19|20)\d\d))\b", re.IGNORECASE)
# Any year before 2014 is another war's: "On Sept. 29 and 30, 1941, …".
_OLD_YEAR = re.compile(r"(?<![\d,.])\b(1[89]\d\d|200\d|201[0-4])\b(?![\d,.]\d)")  # (2014: the war's first phase)
_BACKGROUND = re.compile(
    # ("previously", but not "as previously reported by": a source)
    r"\b(?:earlier this year|last year|anniversary of|(?<!as )previously(?!\s+(?:reported|said|stated|announced|claimed|noted)\b)|"
    r"(?:first|early|opening) (?:days?|weeks?|months?|hours?) of the "
    r"(?:full-scale )?(?:war|invasion)|"  # ("was occupied on the first day of the full-scale invasion")
    # "After the Russian invasion of Ukraine started on February 24, Russian forces tried to capture Kyiv"
    r"(?:after|when|as|once) (?:the )?(?:russian |russia['’]s )?(?:full-scale )?(?:war|invasion)(?: of ukraine)? "
    r"(?:started|began|was launched)|"
    r"at the (?:start|beginning|outset) of the (?:full-scale )?(?:war|invasion)|back in (?:(?:early|mid|late)[ -])?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|"
    r"fall|winter|\d{4}|the (?:spring|summer|autumn|fall|winter))|years? ago|months ago|"
    r"last month|a month ago|last (?:spring|summer|autumn|fall|winter)|"
    # "Many times there were situations when Russian troops entered there": what used to happen
    r"there (?:were|have been) (?:many |several |numerous |a few )?(?:situations|cases|instances|occasions) when|"
    # "occupied from 27 May until 1 October": a state that has ended
    r"until (?:(?:early|mid|late)[ -])?(?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)(?: \d{1,2})?)\b",
    re.IGNORECASE)


# Whether they can do it: a question left open, nothing told ("whether Russian forces manage to take X").
_WHETHER_ABLE = re.compile(r"\bwhether\s+(?:[\w'’-]+\s+){0,8}?(?:(?:is|are|was|were|will\s+be|would\s+be)\s+able\s+to|"
                           r"can|could|will|would|manage\s+to|succeeds?\s+in|succeeded\s+in)\s+(?:[\w'’-]+\s+){0,2}?$",
                           re.IGNORECASE)
# How long they have been at it, between the trying and what is tried ("trying for months to capture X").
_FOR_A_WHILE = r"(?:\s+for\s+(?:many\s+|several\s+|a\s+few\s+|\w+\s+)?(?:months|weeks|days|years))?"
# Trying is fighting: "Russian troops are trying to capture X", "continue to liberate X".
_STARTED_WORDS = r"\b(?:start(?:ed|s|ing)?|began|begins?|begun|beginning)\s+(?:[\w'’-]+ly\s+)?$"
_STARTED = re.compile(_STARTED_WORDS, re.IGNORECASE)  # followed by a gerund: "started entering X"
_ATTEMPT = re.compile(
    r"\b(?:trying|tried|tries|try|attempting|attempted|struggling|continu(?:e|es|ed|ing)|"
    r"working|striving|keeps? trying|kept trying|fighting|battling)" + _FOR_A_WHILE + r"\s+to\s+(?:[\w'’-]+\s+){0,2}?$"
    r"|\b(?:doing|do|does|did)\s+everything\s+(?:possible\s+|they can\s+|in their power\s+)?to\s+$"
    r"|" + _STARTED_WORDS +
    r"|\bmak(?:e|es|ing)\s+(?:every\s+)?(?:efforts?|(?:repeated\s+|new\s+|several\s+)?attempts?)\s+to\s+$"
    # "taking measures to drive the invaders out of X", "repel Russian attempts to seize X": under way
    r"|\btak(?:e|es|ing|en)\s+(?:all\s+)?(?:(?:the\s+)?necessary\s+)?(?:measures|steps)\s+to\s+$"
    r"|\bin the process of\s+$"
    r"|\b(?:are|is|were|was)\s+(?:now\s+|still\s+|currently\s+|gradually\s+|slowly\s+)?$",
    re.IGNORECASE)
_CONTINUES = re.compile(r"\bcontinu(?:e|es|ed|ing)\s+to\s+(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)
# Attempts fought off are fighting for the place ("an attempt to retake X" alone is a purpose).
# "Russia made efforts to recapture …", "intensified their efforts to capture the city": efforts under way (a
# bare "efforts to" may be a plan, see _FUTURE).
_EFFORTS_UNDER_WAY = re.compile(r"\b(?:made|mak(?:e|es|ing)|focus(?:es|ed|ing)|concentrat(?:e|es|ed|ing)|intensif(?:y|ies|ied|ying)|step(?:s|ped|ping)?\s+up|"
                                r"redoubl(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|continu(?:e|es|ed|ing))\s+(?:their|its|his|our|"
                                r"the)?\s*(?:(?:repeated|new|several|numerous|multiple|constant|unsuccessful|failed|futile|"
                                r"fruitless|vain)\s+)?(?:efforts?|attempts?)\s+"
                                r"to\s+$", re.IGNORECASE)  # ("making attempts to seize X")
_ASKED_WHETHER = re.compile(r"\b(?:whether|if)\b[^.;:]*$", re.IGNORECASE)  # "an inquiry into whether troops were clearing X"
_TRY_TO = re.compile(r"\b(?:try|trying|tries|tried|attempting|attempted)" + _FOR_A_WHILE + r"\s+to\s+(?:[\w'’-]+\s+){0,2}?$",
                     re.IGNORECASE)
_FORETOLD_TRY = re.compile(r"\b(?:will|would|could|(?-i:may)|might|shall|going\s+to|plans?\s+to|planning\s+to|intends?\s+to|"
                           r"expect\w*|prepar\w+\s+to|likely\s+to|if|unless|whether)\s+(?:[\w'’-]+\s+){0,8}?$", re.IGNORECASE)
_BARE_EFFORTS = re.compile(r"\b(?:efforts?|attempts?|bids?|push|drive|campaign)\s+to\s+(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)
_ONGOING_AFTER = re.compile(r"\s*(?:[\w'’-]+\s*,?\s+){0,8}?(?:(?:have|has)\s+been\s+(?:ongoing|under\s*way|going\s+on|"
                            r"continuing)|(?:are|is)\s+(?:still\s+)?(?:ongoing|under\s*way|continuing|going\s+on)|"
                            r"(?:continue|continues|continued)\b)", re.IGNORECASE)
_REPELLED_ATTEMPT = re.compile(r"\b(?:repel\w*|repuls\w*|thwart\w*|foil\w*|halt\w*|stop\w*|resist\w*|fend\w*\s+off|"
                               r"fought\s+off|beat\w*\s+(?:back|off)|frustrat\w*)\s+(?:[\w'’-]+\s+){0,3}?attempts?\s+to\s+$",
                               re.IGNORECASE)
# Trying, then a second verb joined by "and" ("trying to break through the defences and capture X").
_ATTEMPT_AND = re.compile(r"\b(?:trying|tried|tries|try|attempting|attempted|struggling|striving|tak(?:e|es|ing|en)\s+(?:all\s+)?"
                          r"(?:(?:the\s+)?necessary\s+)?(?:measures|steps))\s+to\s+"  # ("taking all measures to stabilise
                          # the situation and regain control of X")
                          r"(?:[\w'’-]+\s+){1,10}?(?:,\s*)?and\s+$", re.IGNORECASE)
_BASE_FORM = re.compile(r"(?:capture|take|seize|liberate|retake|recapture|regain|drive|push|oust|expel|clear|storm|"
                        r"encircle|enter|occupy|establish|gain|knock|squeeze|dislodge|conquer|break)\b", re.IGNORECASE)
# Verbs whose progressive is fighting still going on ("Russian forces are capturing X").
_ATTEMPT_VERB = re.compile(r"^(?:captur|liberat|tak|storm|clear|seiz|retak|recaptur|regain|encircl|conquer|push|"
                           r"driv|kick|oust|expel|squeez|dislodg|knock)\w*ing\b",
                           re.IGNORECASE)
# An army that concentrates on taking a place is fighting for it ("focusing on taking full control of
# X", "concentrated its efforts on the capture of X"); "focus on" before anything else is an aim.
_BATTLE_NOUN = re.compile(r"(?:the\s+)?(?:battles?|fight|fighting|struggle)\b", re.IGNORECASE)  # (an encirclement focused on is an aim)
_FOCUSED_ON = re.compile(r"\b(?:focus(?:es|ed|ing)?|concentrat(?:e|es|ed|ing|ion))\s+(?:[\w'’-]+\s+){0,3}?on\s+(?:the\s+)?$",
                         re.IGNORECASE)
_PROGRESS_NOUN = re.compile(r"\b(?:completing|continuing|continue|continues|finishing)\s+(?:the\s+)?$", re.IGNORECASE)
_TASK_OF = re.compile(r"\b(?:completing|continuing|continue|continues|carrying\s+out|conducting|performing)\s+(?:the\s+)?"
                      r"(?:task|operation|process|job|work|mission)\s+of\s+$", re.IGNORECASE)
_PROGRESS_IN = re.compile(r"\b(?:progress|advances?|successes|headway|gains)\s+(?:\w+\s+)?in\s+$", re.IGNORECASE)
# A request to withdraw is not the withdrawal ("asked permission to withdraw" is still a request).
_REQUESTED = re.compile(r"\b(?:request(?:ed|s|ing)?|ask(?:ed|s|ing)?|appeal(?:ed|s|ing)?|plead\w*|begg\w*|sought)\b"
                        r"(?:\s+[\w'’-]+){0,5}?\s+to\s+$", re.IGNORECASE)
# An order, a permission or a decision to withdraw is the withdrawal reported ("ordered to retreat").
_ORDERED = re.compile(r"\b(?:order(?:ed|s)?|permission|permitted|decided|decision|commanded|instructed|allowed|"
                      r"authori[sz](?:ed|ation)|had|have|has|forced|compelled)\b(?:\s+[\w'’-]+){0,8}?\s+(?:to|for)"
                      r"(?:\s+[\w'’-]+){0,3}?\s*$", re.IGNORECASE)
# Nouns of prospect: "brings closer the liberation of X", "the threat of the capture of X".
_PROSPECT = re.compile(r"\b(?:closer|towards?|paves? the way for|prepar\w+(?: for)?|ahead of|prelude to|"
                       r"precondition for|chance of|prospects? of|hopes? (?:of|for)|threat of|danger of|risk of|"
                       r"importance of|significance of|value of|"
                       r"plans? for|goal of|aim of|fears? of|possib\w+ of|verge of|target(?:ing|s|ed)?|"
                       r"would mean|would be|could be|requires?|until|till|pending|brac(?:e|es|ed|ing)\s+(?:itself\s+)?for|"
                       r"without|"
                       r"expect(?:s|ed|ing)?|anticipat\w+|await\w*|wait(?:s|ed|ing)?\s+for|"
                       r"(?:goals?|aims?|objectives?|priorit(?:y|ies)|targets?)\s+(?:\w+\s+){0,2}?(?:is|are|was|were|remains?|"
                       r"appears?\s+to\s+be|seems?\s+to\s+be))\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}"
                       r"(?:[\w’-]+)?$",  # (the place of "until Ugledar's liberation" ends the words before)
                       re.IGNORECASE)
WOULD_AFTER = re.compile(r"^\s*[\"”’]?\s*(?:,[^,]{0,100},\s*)?(?:would|could|will|might|(?-i:may)|can|is likely to|"
                          # "Its capture is crucial for Ukraine's counter-offensive": what taking it would mean
                          r"(?:is|are)\s+(?:seen\s+as\s+|considered\s+)?(?:crucial|vital|essential|critical|key|necessary|"
                          r"important)\s+(?:for|to)\b|"
                          r"is expected to|(?:remains?|is|was|appears to be|seems to be|should be|must be)\s+(?:one\s+of\s+)?(?:a|the|Russia['’]s|Ukraine['’]s|"
                          r"Kyiv['’]s|Moscow['’]s|its|their)\s+(?:(?:main|key|primary|chief|immediate|next|ultimate|top|first|highest)\s+)?"
                          r"(?:goals?|aims?|targets?|objectives?|priorit(?:y|ies)))\b",
                          re.IGNORECASE)
_CLEARING = re.compile(r"(?:clearing|mopping|cleansing)\b", re.IGNORECASE)
_CLEARED_BEFORE = re.compile(r"\b(?:after|having|since|upon|following|by|complet\w*|finish\w*|end\w*)\s+(?:the\s+)?$",
                             re.IGNORECASE)
_TOLD_DONE = re.compile(r"\b(?:alleged|reported|claimed|announced|declared|confirmed|recent|completed|successful)\s+$",
                        re.IGNORECASE)
_BEGUN = re.compile(r"\b(?:begun|began|begin|begins|beginning|started|starting|start)\s+(?:to\s+|a\s+)$", re.IGNORECASE)
_PROSPECTIVE = re.compile(r"\b(?:imminent|possible|potential|eventual|ultimate|future|planned|expected|looming|"
                          r"would-be|impending|inevitable|prospective)\s+[\"“‘']?(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# (the possible "capture of X …": a quotation may open between the adjective and its noun)
_CONDITIONAL_HAD = re.compile(r"^\W*(?:Had|Were|Should)\s+(?!been\b)(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s*$")
_GERUND_TRIGGER = re.compile(r"^(?:\w+ing)\b", re.IGNORECASE)
# A clause opened by "By" and a gerund, its main clause a conditional: what would follow from a deed not done.
_BY_GERUND = re.compile(r"(?:^|[.;:!?\"“]\s*|,\s*)by\s+$", re.IGNORECASE)
# (the main clause's subject, then its modal: "…, the Russians would gain control"; not "By capturing X in
# February, Russian forces can now shell Y", a deed done)
_MODAL_MAIN_CLAUSE = re.compile(r"[^.;!?]{0,120}?,\s*(?:[\w'’-]+\s+){1,4}?(?:\w+\s+)?(?:would|could|might)\b",
                                re.IGNORECASE)
_CONDITIONAL_IF = re.compile(r"^\W*(?:(?:moreover|however|but|and|so|also|yet|now|furthermore|in addition|even)\s*,?\s*)?"
                             r"(?:if|unless|in case|provided that)\s+(?:[^,;:—–]*|[^;:—–]{0,80}?\band\s+(?:then\s+|finally\s+|also\s+)?)$",
                             re.IGNORECASE)  # (inside the if-clause; "if they keep A, B and finally occupy C")
def not_yet(before: str, trigger: str) -> bool:
    """A time clause with its verb in the present: "after we liberate Chasov Yar", "once Russia
    takes Pokrovsk" speak of what has not happened yet. ``before`` reaches back past the clause's
    start (the clause opens with its conjunction)."""
    return bool(_PRESENT_FORM.match(trigger) and (_TIME_CLAUSE.search(before) or _DEMAND.search(before)))


# A demand's clause ("demanding that Russian troops leave the city") is not yet done either.
_DEMAND = re.compile(r"\b(?:demand\w*|urg(?:e|es|ed|ing)|insist\w*|call\w*\s+(?:on|for))\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}$",
                     re.IGNORECASE)
# A time clause of a verb in the present speaks of what has not happened yet.
_TIME_CLAUSE = re.compile(r"\b(?:after|once|when|until|till|before|as soon as)\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)
_PRESENT_FORM = re.compile(r"^(?:liberate|capture|take|retake|recapture|seize|occupy|enter|free|clear|regain|storm|"
                           r"encircle|surround|withdraw|leave|abandon|reach)s?\b", re.IGNORECASE)
# A purpose whose gerunds run on past a comma: "with the aim of taking X, capturing Y and Z".
_PURPOSE_GOES_ON = re.compile(r"\b(?:aim|goal|purpose|intention|task|objective)\s+of\s+\w+ing\b[^.;:!?()]{0,120},\s*"
                              r"(?:and\s+)?$", re.IGNORECASE)


_MODAL_ANYWHERE = re.compile(r"\b(?:will|would|could|might|(?-i:may)|shall|must|going to|ha(?:ve|s) to|needs? to|plans? to)\b",
                             re.IGNORECASE)


def foretold(text: str) -> bool:
    """A future or a possibility is told somewhere in ``text`` ("would have to choose between …")."""
    return bool(_MODAL_ANYWHERE.search(text))


def modality(before: str, after: str, trigger: str = "", kind: str = "", nominal: bool = False) -> str | None:
    """'predicted' for the future, an intention or a hypothesis, 'attempt' for trying (fighting),
    'unconfirmed' for 'may have'; else None. Every cue sits in the last words before the
    trigger, so only they are searched."""
    before = before[-_WINDOW:]
    if _WHETHER_ABLE.search(before):
        return "predicted"  # "regardless of whether Putin's forces are able to capture X": an open question
    if _HEDGED_PAST.search(before):
        return "unconfirmed"
    if _GERUND_TRIGGER.match(trigger) and _HEDGED_PRESENT.search(before) and not _NEXT.match(after):
        return "unconfirmed"
    if _COMPLETED_OPERATION.search(before):
        return None
    if kind in ("gain", "hold") and _REPELLED_ATTEMPT.search(before):
        return "attempt"  # "Ukrainian troops repel Russian attempts to seize X": tried, and fought off
    if kind == "gain" and _CLEARING.match(trigger) and not _CLEARED_BEFORE.search(before) and \
            not _ASKED_WHETHER.search(before):
        return "attempt"  # "…, clearing Vovchansk of Russian groups": a sweep under way, the place still fought in
    if kind == "loss" and _BEGUN.search(before) and not _future(before):
        return None  # "have begun to withdraw from X": the leaving told, under way (not "will begin to withdraw")
    if kind == "loss" and _REQUESTED.search(before):
        return "predicted"  # "appealed to their command with a request to withdraw": asked, not yet done
    if kind == "loss" and _ORDERED.search(before) and not _future(before):
        return None  # ("were ordered to withdraw", "had to leave": done; "will be forced to leave": not yet)
    if _CONDITIONAL_HAD.match(before) or _CONDITIONAL_IF.match(before):
        return "predicted"  # "Had the Russians taken Mariupol quickly, …", "If Russian forces were able to capture X, …"
    if (nominal or _GERUND_TRIGGER.match(trigger)) and (_PROSPECT.search(before) or (
            WOULD_AFTER.match(after) and not _TOLD_DONE.search(before))):
        return "predicted"  # "the capture of X would be a blow", "brings closer the liberation of X"
        # (but "the alleged capture of X would allow …": a deed told, and what follows from it)
    if _GERUND_TRIGGER.match(trigger) and _BY_GERUND.search(before) and _MODAL_MAIN_CLAUSE.match(after):
        return "predicted"  # "By seizing Lysychansk as well, the Russians would gain control of the region"
        # (not "Having captured Avdiivka, Russian forces could now advance west": that capture is done)
    if _GERUND_TRIGGER.match(trigger) and _PURPOSE_GOES_ON.search(before):
        return "predicted"  # "with the aim of taking X under control, capturing Y": the aim goes on
    if _GERUND_TRIGGER.match(trigger) and kind == "gain" and not before.strip(" \"“”'‘’(—–-") :
        return "predicted"  # "Capturing Selydove is viewed as crucial": a gerund as subject
    if nominal and _PROSPECTIVE.search(before):
        return "predicted"  # "the eventual fall of X", "an imminent encirclement of X"
    focused = _FOCUSED_ON.search(before) if kind in ("gain", "hold") or (
        kind == "contested" and _BATTLE_NOUN.match(trigger)) else None  # (a noun follows "on")
    if focused and not _future(before, focused.start()):
        # "Russian troops are focusing on taking full control of X": fighting for it now; "Russia focuses on
        # the battle for X": the battle is on
        return "attempt" if kind != "contested" else None
    efforts = _EFFORTS_UNDER_WAY.search(before) if kind in ("gain", "hold") else None
    if efforts and not _future(before, efforts.start()):
        return "attempt"  # (but "Russia will intensify its efforts to capture X": still to come)
    if kind in ("gain", "hold") and (tried := _TRY_TO.search(before)) and not _FORETOLD_TRY.search(before, 0, tried.start()):
        return "attempt"  # "leading a months-long push to try to seize X": the push is the trying (not "will try to")
    if kind in ("gain", "hold") and _BARE_EFFORTS.search(before) and _ONGOING_AFTER.match(after):
        return "attempt"  # "efforts to seize A and B have been ongoing for months": fighting for them
    if _future(before) or _NEXT.match(after):
        return "predicted"
    if kind in ("gain", "hold") and _ATTEMPT_AND.search(before) and _BASE_FORM.match(trigger):
        return "attempt"  # "trying to break through our defences and capture A, B": the second verb tried too
    if kind == "hold" and _CONTINUES.search(before):
        return None  # "Russian forces continue to control Kherson": still held, no attempt at it
    if kind in ("gain", "hold") and _ATTEMPT.search(before):
        if re.search(r"\bto\s+(?:[\w'’-]+\s+){0,2}$", before) or _ATTEMPT_VERB.match(trigger) or (
                _GERUND_TRIGGER.match(trigger) and _STARTED.search(before)):  # "started entering X"
            return "attempt"
    if nominal and _PROGRESS_NOUN.search(before):
        return "attempt"  # "are completing the liberation of X"
    if _GERUND_TRIGGER.match(trigger) and _TASK_OF.search(before):
        return "attempt"  # "are successfully completing the task of liberating the city of X": still at it
    if _GERUND_TRIGGER.match(trigger) and _PROGRESS_IN.search(before):
        return "attempt"  # "Russian progress in taking Mariupol remains slow"
    if _TO_LAUNCH.search(before) and not _ACHIEVED.search(before):
        return "predicted"  # "Russia could decide to mount another assault on X": an assault still to come
    if kind != "contested" and _INFINITIVE.search(before) and not _ACHIEVED.search(before):
        return "predicted"  # "one to seize Kharkiv", "moved to capture X": a purpose, not a deed
    if kind in ("gain", "loss") and _AIM_TO.search(before):
        return "predicted"  # "The aim of this could be to push the Ukrainian troops back and retake X": an aim
    return None


# _FUTURE spans at most nine words: its longest cue ("in a position to"), four words after it and a
# closing quotation mark; unless an editor's insertion ("will [next] liberate") stretches them.
_FUTURE_TAIL = Trailing(_FUTURE, words=9)


def _future(before: str, end: int | None = None) -> bool:
    """_FUTURE.search(before, 0, end): from where its last nine words begin (`Trailing`) when the
    words hold no insertion in brackets (which may hold spaces), else from the start."""
    end = len(before) if end is None else end
    if "[" in before:
        return _FUTURE.search(before, 0, end) is not None
    return _FUTURE_TAIL.search(before, 0, end) is not None


_TO_LAUNCH = re.compile(r"(?<!managed )(?<!succeeded )(?<!able )(?<!went on )(?<!proceeded )\bto\s+"
                        r"(?:mount|launch|stage|start|begin|prepare)\s+(?:an?\s+|another\s+|a\s+new\s+|new\s+)?"
                        r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# An infinitive is a purpose or a plan, unless it was achieved ("managed to capture", "were able to").
# An aim stated, then what it is to do, as far as the trigger ("the goal is to encircle A and take B").
_AIM_TO = re.compile(r"\b(?:aims?|goals?|objectives?|intentions?|purposes?|tasks?)\b(?:\s+of\s+\w+)?\s+"
                     r"(?:is|was|are|were|(?:could|would|may|might|will)\s+be)\s+to\b[^.;:!?]{0,120}$", re.IGNORECASE)
_INFINITIVE = re.compile(r"\bto\s+(?:(?:fully|completely|finally|quickly|eventually|rapidly|swiftly|soon|"
                         r"again|also|then)\s+)?$", re.IGNORECASE)
_ACHIEVED = re.compile(r"\b(?:managed|succeeded|able|possible|went on|proceeded|helped|allowed|enabled|used|failed|"
                       r"claims?|claimed|claiming|purports?|purported|continues?|continued|"  # ("claims to control X")
                       # "are believed to control 70% of X": a present state hedged, no plan
                       r"(?:is|are|was|were|been)\s+(?:widely\s+|now\s+)?(?:believed|thought|said|reported|estimated|"
                       r"assessed|understood|known))\s+"
                       r"to\s+(?:[\w'’-]+\s+)?$"
                       r"|\b(?:it\s+)?took\s+(?:[\w'’,-]+\s+){1,4}?(?:for\s+(?:[\w'’-]+\s+){1,4}?)?to\s+$",  # "it took nine months for X to capture"
                       re.IGNORECASE)
# "the completion of the operation to liberate X", "the operation to clear X has been completed": done.
_COMPLETED_OPERATION = re.compile(r"\b(?:complet\w*|end|ended|success\w*|finish\w*|conclu\w*)\s+(?:of\s+)?(?:the\s+)?"
                                  r"(?:\w+\s+)?(?:operation|offensive|mission|assault|battle)\s+to\s+(?:[\w'’-]+\s+)?$",
                                  re.IGNORECASE)


_DENIAL_FRAME = re.compile(
    r"\b(?:(?:is|was|are|were|it['’]s|would be)\s+[\"“”'‘’]?(?:(?:completely|absolutely|totally)\s+)?(?:not\s+(?:correct|true|"
    r"accurate|the case|reliable)|incorrect|premature|false|unreliable|unfounded|groundless|baseless|fabricated|"
    r"untrue|fake|a lie|lies|nonsense|disinformation)|"
    # "the Russians "lied" about the capture of Kupyansk"
    r"\blied[\"”’]?\s+about\s+(?:the\s+)?(?:capture|seizure|occupation|liberation|fall|takeover)\b|(?:incorrect|not correct|wrong|premature|false|untrue|"
    r"too early|too soon)\s+to\s+"
    r"(?:say|talk|speak|claim|report|state)|not\s+(?:true|correct)\s+that|"
    # "Also untrue are statements suggesting that 80 per cent of X has been captured"
    r"(?:untrue|false|fake|incorrect)\s+(?:is|are|were|was)\s+(?:the\s+)?(?:statements?|claims?|reports?|allegations?)|"
    # "Russian statements about capturing X do not correspond to reality" (Ukrainian officials' phrase)
    r"(?:do|does|did)\s+not\s+correspond\s+to\s+(?:the\s+)?(?:reality|truth|facts))\b"
    # "Russia is simply lying again" (not "villages lying north of X", nor "commanders lying about their successes"
    # told of someone else)
    # "I do not confirm the information that Russia entered X" (a spokesman's first-person denial; "has not
    # confirmed" is only not acknowledged)
    r"|\b(?:I|we)\s+(?:do\s+not|don['’]t|cannot|can['’]t|can\s+not)\s+confirm\s+(?:the\s+|this\s+|these\s+)?"
    r"(?:information|reports?|claims?|statements?|allegations?)\b"
    # "There are no grounds to claim that the Russian forces have captured X"
    r"|\bno\s+(?:grounds|reasons?|basis)\s+(?:to|for)\s+(?:say(?:ing)?|claim(?:ing)?|assert(?:ing)?|speak(?:ing)?|"
    r"talk(?:ing)?|believ(?:e|ing))\s+(?:that|of|about)\b"
    r"|\b(?:is|are|was|were)\s+(?:simply\s+|just\s+|again\s+|once\s+again\s+|clearly\s+|obviously\s+)?lying\b"
    r"(?!\s+(?:north|south|east|west|\w+ern|near|along|between|on|in|at|beside|by|off|close)\b)", re.IGNORECASE)


def denial_frame(scope: str) -> bool:
    """'It's not correct to talk about seizing X', 'statements about the capture of X were premature'."""
    lowered = scope.lower()
    return any(word in lowered for word in _DENIAL_WORDS) and bool(_DENIAL_FRAME.search(scope))


_DENIAL_WORDS = ("correct", "premature", "too early", "too soon", "false", "true", "fake", "lie", "lying", "nonsense", "disinformation",
                 "reliable", "unfounded", "groundless", "baseless", "fabricat",
                 "the case", "accurate", "confirm", "grounds", "reason", "basis", "correspond")
_WINDOW = 160  # characters before a trigger in which its modal cues are looked for


# A negation right before the verb denies the claim ("have not captured", "is not under Russian
# control", "neither A nor B is …"); "no longer" tells a change; "never" and other negations
# further back say other things ("was never captured": held all along) and are left unread.
_DENYING_NEGATION = re.compile(r"(?:\b(?:not|n['’]t)\s+(?:(?:been|be|yet|fully|completely|actually|really|in fact)\s+)*"
                               r"|\b(?:ha(?:ve|s|d)|having|with)\s+(?:(?:still|yet|actually|really)\s+)?no\s+"  # ("have no control over")
                               # "nobody has captured X", "no one has entered there"
                               r"|\b(?:nobody|no\s+one|no-one)\s+(?:(?:has|had|have|was|is)\s+)?(?:(?:yet|ever|actually)\s+)?"
                               # "there is no talk of Russian control over X", "no Russian control over X"
                               r"|\bno\s+(?:(?:talk|sign|evidence|question|confirmation|proof)\s+of\s+)?"
                               r"(?:(?:russian|ukrainian|russia['’]s|ukraine['’]s|enemy)\s+)?"
                               r"|" + _NEITHER_NOR + ")$", re.IGNORECASE)
_NO_LONGER = re.compile(r"\bno\s+longer\s+(?:(?:be|been|fully)\s+)*$", re.IGNORECASE)

def denies(before: str) -> bool:
    return bool(_DENYING_NEGATION.search(before))


def no_longer_holds(before: str) -> bool:
    return bool(_NO_LONGER.search(before))


def negated(before: str) -> bool:
    return bool(_NEGATION.search(before))


def hedged(sentence: str, clause: str = "", voiced: bool = False) -> bool:
    """Hedged by the sentence ("reportedly") or by the claim's own clause ("may have", "videos
    circulated", "social media"); a clause cue does not hedge what an official voice says on its
    channel ("the brigade said in a video posted on social media"), and no one else's want of
    confirmation hedges it either ("the ministry announced X, though Kyiv has not confirmed the
    loss": the ministry's claim, attributed)."""
    if _holds_any(sentence, _SENTENCE_HEDGE_WORDS) and \
            _SENTENCE_HEDGE.search(_OTHERS_UNCONFIRMED.sub(" ", sentence) if voiced else sentence):
        return True  # (the substitution only blanks words out: it makes none of the hedge's words)
    if voiced and not _MODAL_HEDGE.search(clause):
        return False
    return bool(clause and _holds_any(clause, _CLAUSE_HEDGE_WORDS) and _CLAUSE_HEDGE.search(clause)
                and not _CONFIRMED.search(clause))


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Prefilter: whether ``text`` holds one of ``words`` (lower case) in any case. A pattern that
    needs one of them (every alternative holds one) cannot match where this is False; the test
    costs a fraction of trying the pattern at every position."""
    lowered = caseless(text)
    return any(word in lowered for word in words)


# A word each alternative of _SENTENCE_HEDGE, _CLAUSE_HEDGE and _BACKGROUND holds.
_SENTENCE_HEDGE_WORDS = ("report", "confirm", "verif", "rumo", "alleged", "purported", "unnamed", "anonym", "believ",
                         "convinced")
_CLAUSE_HEDGE_WORDS = ("apparently", "appear", "seem", "said to", "suggest", "likely", "probably", "possibly", "may have", "might have", "video",
                       "footage", "photo", "image", "social", "telegram")
_BACKGROUND_WORDS = ("earlier this year", "last ", "previously", "day of", "days of", "week", "month", "hour", "started", "began",
                     "launched", "start of", "beginning of", "outset of", "back in", "ago", "until", "anniversary of", "s when")


_BELIEVED = re.compile(r"\b(?:believed|thought|understood|presumed|assumed)\s+to\s+(?:have\s+(?:been\s+)?)?$", re.IGNORECASE)


def believed(before: str) -> bool:
    """"are believed to have occupied X": a hedge on this verb alone (not on the clause's others)."""
    return bool(_BELIEVED.search(before))


_MODAL_HEDGE = re.compile(r"\b(?:apparently|appears? to|appeared to|seem(?:s|ed)? to|likely|(?-i:may) have|might have)\b",
                          re.IGNORECASE)


_STATE_SINCE = re.compile(r"\b(?:has|have)\s+(?:since\s+)?(?:remained|become|stayed)\b", re.IGNORECASE)
_YEAR_NAMES_WAR = re.compile(r"\b(?:19|20)\d\d\s+(?:russian\s+|kharkiv\s+|kherson\s+)?(?:full-scale\s+)?(?:invasion|war|"
                             r"counter-?offensive|offensive)\b", re.IGNORECASE)


def historical(scope: str, published: datetime | None) -> bool:
    """Background: a month or year named that is not the article's own time, or a day named
    more than BACKGROUND_DAYS before it."""
    if _holds_any(scope, _BACKGROUND_WORDS) and _BACKGROUND.search(scope):
        return True
    if _STATE_SINCE.search(scope):
        # "During the 2022 Russian invasion of Ukraine, the village's status has remained contested": the year
        # names the war, and the state it tells lasts to now
        scope = _YEAR_NAMES_WAR.sub(" ", scope)
    if _holds_any(scope, _SHORT_MONTHS):  # (_MONTH and _ON_DAY name a month)
        for found in _MONTH.finditer(scope):
            month = _MONTHS.index(found.group(1).lower()) + 1
            if published is None or month != published.month:
                return True
        if published is not None and any(_days_before(found, published) > BACKGROUND_DAYS
                                         for found in _ON_DAY.finditer(scope)):
            return True
    if not _DIGITS.search(scope):
        return False
    if published is not None and _holds_any(scope, _SHORT_MONTHS):
        for found in _ON_FULL_DATE.finditer(scope):
            month_word, day, year = (found.group(1), found.group(2), found.group(3)) if found.group(1) else \
                (found.group(5), found.group(4), found.group(6))
            try:
                named = datetime(int(year), _SHORT_MONTHS.index(month_word.lower()[:3]) + 1, int(day),
                                 tzinfo=published.tzinfo)
            except ValueError:
                continue
            if (published - named).days > BACKGROUND_DAYS:
                return True  # "the Russians captured the village on March 12, 2022" in an October report
    for found in _YEAR.finditer(scope):
        if published is None or int(found.group(1)) < published.year:
            return True
    for found in _MONTH_YEAR.finditer(scope):
        month, year = _MONTHS.index(found.group(1).lower()) + 1, int(found.group(2))
        if published is None or (year, month) < (published.year, published.month):
            return True
    return bool(_OLD_YEAR.search(scope))


def _days_before(found: re.Match[str], published: datetime) -> int:
    """How many days a day named without its year ("on Aug. 29") lies before the article's date
    (the latest such day not after it)."""
    month_word, day = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
    month = _SHORT_MONTHS.index(month_word.lower()[:3]) + 1
    for year in (published.year, published.year - 1):
        try:
            named = datetime(year, month, int(day), tzinfo=published.tzinfo)
        except ValueError:
            return 0  # no such day ("on Feb. 30"): no date read
        if named <= published:
            return (published - named).days
    return 0


_DIGITS = re.compile(r"\d\d\d\d")
_PARENTHETICAL = re.compile(r"\s[–—]\s[^–—]*?\s[–—]\s|\([^()]*\)|,\s+(?:which|who)\b[^,;]*,")


def _may_hold_parenthetical(sentence: str) -> bool:
    """Prefilter: each alternative of _PARENTHETICAL needs a dash, an opening bracket, or a comma
    and "which" or "who" (in lower case: the pattern tells case)."""
    return "–" in sentence or "—" in sentence or "(" in sentence or (
        "," in sentence and ("which" in sentence or "who" in sentence))


def clause_scope(text: str, start: int, end: int, *keep: tuple[int, int]) -> str:
    """The sentence with parentheticals removed, except those overlapping a ``keep`` span
    (the place, the trigger)."""
    sentence = text[start:end]
    if not _may_hold_parenthetical(sentence):
        return sentence
    pieces, cursor = [], 0
    for found in _PARENTHETICAL.finditer(sentence):
        lo, hi = start + found.start(), start + found.end()
        if any(lo < k[1] and k[0] < hi for k in keep):
            continue
        pieces.append(sentence[cursor:found.start()])
        pieces.append(" ")
        cursor = found.end()
    pieces.append(sentence[cursor:])
    return "".join(pieces)
