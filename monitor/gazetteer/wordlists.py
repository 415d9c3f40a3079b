"""Names in the gazetteer that are usually something else in news text.

With ~30,000 settlements and their aliases, many names are also English words (Step,
Side, Bar, Human — a Polish name of Uman), given names (Volodymyr, Nikita, Stepan),
foreign places (Poznan, Samara), clubs, pipelines and newspapers (Shakhtar, Druzhba,
Pravda), or people a place was once named after (Stalin, Frunze). Such a name is taken as a
settlement only with an explicit cue ("the village of Mayak", "Bar, Vinnytsia Oblast").

The lists were made by intersecting the gazetteer's keys with English text and with lists
of given names; they hold folded keys (see `name_key`). They are deliberately not about any
particular article.
"""

from __future__ import annotations

COMMON_WORDS = frozenset("""
as bar bile chop flora hat hora human lazy male marine mars milky nobel nova play pole port
sad side skala smile step stinky talky vary wary dobra kozak ataman perun volya volia
slava svoboda pravda iskra mriya mriia maidan mayak maiak zorya zoria zori zirka
spartak shakhtar metalist karpaty kolos dynamo arsenal zenit druzhba druzba
peremoha peremoga pobeda pobieda pobyeda victory avangard avanhard obolon podil babel
gogol tolstoy tolstoi stalin lenin lenina kirov kirova frunze shchors sverdlov gagarin
kalinin chapaev artema komunar kommunar komuna kommuna kodak bunge passat
kavkaz kuban moldova orel poznan samara tuzla azov parizh rostov voronezh novgorod
""".split()) | frozenset(("new york",))

# Countries and foreign places (also kept out of fuzzy matching: Bulgaria is not a typo).
FOREIGN = frozenset("""
ukraine ukraina russia rossiya belarus poland moldova romania hungary slovakia bulgaria
georgia turkey germany france italy spain britain england america canada china israel iran
syria gaza lebanon europe africa asia crimea donbas donbass washington moscow moskva london
paris berlin warsaw vienna prague budapest bucharest bratislava chisinau minsk brussels
geneva istanbul ankara beijing tehran jerusalem alexandria kursk belgorod bryansk rostov
taganrog voronezh novorossiysk petersburg kaliningrad transnistria
""".split())
# Stems (transliterated) of foreign capitals whose Cyrillic case forms ("в Москве", "до Москви") a
# consonant skeleton would take for a village's (Masykiv): read as names only with a cue.
FOREIGN_CAPITAL_STEMS = ("moskv", "varshav", "vashingt", "berlin", "londo", "parizh", "pekin", "tegeran")

FIRST_NAMES = frozenset("""
volodymyr vladimir oleksandr aleksandr alexander alexandr oleksii oleksiy alexei alexey
aleksei andrii andriy andrei andrey serhii serhiy sergii sergiy sergei sergey dmytro dmitry
dmitri mykola nikolai nikolay mykhailo mikhail ivan petro pyotr yurii yuriy yuri yury vasyl
vasily viktor victor valerii valeriy valery vitalii vitaliy vitaly ihor igor oleh oleg
roman denys denis maksym maxim pavlo pavel yevhen yevgeny evgeny kyrylo kirill bohdan
bogdan taras anatolii anatoliy anatoly borys boris hennadii gennady yaroslav stanislav
ruslan vadym vadim artem artyom arsen leonid hryhorii grigory stepan fedir fyodor mykyta
nikita danylo daniil yakiv yakov anton kostiantyn konstantin valentyn valentin rostyslav
sviatoslav vsevolod zakhar timur marko ostap semen semyon tymofii timofey illia ilya yehor
yegor heorhii georgy nazar
olena elena yelena olha olga nataliia natalia natalya tetiana tatiana tatyana iryna irina
svitlana svetlana yuliia yulia liudmyla lyudmila halyna galina mariia maria anna hanna
kateryna ekaterina yekaterina oksana viktoriia viktoriya victoria nadiia nadiya nadia
nadezhda vira vera liubov lyubov valentyna valentina larysa larisa inna alla daria daryna
sofiia sofia anastasiia anastasia alina tamara nina zoia zoya raisa lesia khrystyna
veronika marina maryna antonina lidiia yana mariana ivanna
""".split())

# Capitalised words that do not make a name longer ("in Izium Saturday", "Kupiansk in May").
CALENDAR = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december jan feb mar apr jun jul aug sep sept
oct nov dec
""".split())

# A capitalised word before a match that makes it part of a longer, unknown name
# ("Stary Oskol", "Nizhny Novgorod", "New York"): the match alone is not that place.
COMPOUND_PREFIXES = frozenset("""
stary staryi staraya stare novy novyi novaya nizhny nizhniy verkhny veliky velikiy
bolshoy maly malyi new old north south east west upper lower greater little great port
veliko velyko velyka velyki velikaya malo mala male malaya maloye bolshaya bolshe
""".split())

# Words before a name that make it a person's name ("President Zelensky", "Gen. Syrskyi").
TITLES = frozenset("""
president minister general gen lt lieutenant col colonel maj major capt captain sgt
sergeant commander chief governor mayor mr mrs ms dr sen senator ambassador secretary
spokesman spokeswoman patriarch metropolitan saint st prime deputy premier adviser
advisor head chairman speaker judge prosecutor colleague journalist correspondent
""".split())
