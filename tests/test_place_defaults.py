"""Place defaults of docs/design.md ("Place defaults"): which place a figure takes when its own
sentence names none, checked on short wire-style texts."""
from __future__ import annotations

from datetime import date

from checker.extract import extract_article
from checker.schema import Article


def places(text: str, lang: str = "en") -> list[tuple[int, str]]:
    return [(r.value, r.place) for r in extract_article(Article("case", text, lang, date(2024, 3, 8)))]


GARISSA = ("Kenya attack: death toll reaches 20\n\n"
           "GARISSA, Kenya (AP) - Gunmen stormed a market in northeastern Kenya on Thursday, police said.\n\n"
           "The toll reached 20, police said, and 31 people were injured. Traders in Garissa closed their shops, "
           "and the Garissa county commissioner imposed a curfew.\n")


def test_a_dateline_town_wins_a_tie_with_its_country():
    # "GARISSA, Kenya (AP)": the town in capitals is no mention of its own, but where the body names it
    # as often as its country, the figures that name no place are the town's, not Kenya's
    got = places(GARISSA)
    assert got[0] == (20, "garissa")  # the headline's toll: no place of its own
    assert (20, "garissa") in got[1:] and (31, "garissa") in got  # carried from "northeastern Kenya"


def test_a_dateline_town_named_less_than_its_country_leaves_the_country():
    text = GARISSA.replace(", and the Garissa county commissioner imposed a curfew", "").replace(
        "closed their shops.", "closed their shops. Flags flew at half-mast across Kenya.")
    # (a country's minister, "Kenya's interior minister", sets no place since acc-r244: the mention of the
    # country here is a scene's)
    assert places(text)[0] == (20, "kenya")


def test_a_dateline_town_gives_the_area_to_counts_of_hundreds_of_thousands():
    text = ("BLANTYRE, Malawi (AP) - The death toll from Cyclone Freddy in Malawi has risen to 326, the government said. "
            "At least 190 of the dead were in Blantyre.\n\n"
            "More than 183,000 people have been displaced, officials said.\n")
    assert (183000, "malawi") in places(text)


HELENE = ("Hurricane Helene: the deaths state by state\n\n"
          "At least 40 people were killed by Hurricane Helene across the Southeast, officials said on Sunday. "
          "The deaths by state:\n\n- Florida - 11\n- Georgia - 15\n- South Carolina - 10\n- Tennessee - 4\n")


def test_a_list_of_places_and_counts_after_dashes_names_each_item_s_place():
    # "- Georgia - 15": a name opening a line before a dash and a count heads its item, as "Georgia: 15"
    # does (a first name too, the world tier takes "Georgia" otherwise only after a locative); in a
    # list of US states it is the state
    got = places(HELENE)
    assert got[1:] == [(11, "florida"), (15, "georgia-state"), (10, "south-carolina"), (4, "tennessee")]


def test_a_city_that_names_a_governor_s_office_is_the_region_named_after_it():
    # "Nakuru Governor", "Kherson's governor", "le gouverneur de Kherson": the office's region, not a
    # place of death; a place inside the region named before stays the figure's
    lead_en, lead_fr = "Russian shelling hit a market in Ukraine on Monday.\n\n", "Des bombardements russes ont frappé un marché en Ukraine lundi.\n\n"
    assert places("A dam burst in Kenya on Wednesday night.\n\nAt least 47 people were killed, Nakuru Governor Lee Kinyanjui said.") \
        == [(47, "nakuru-county")]
    assert places(lead_en + "Seven people were killed, Kherson's governor Oleksandr Prokudin said.") == [(7, "kherson-oblast")]
    assert places("Seven people were killed in Russian shelling, Kherson Governor Oleksandr Prokudin said on Monday.") \
        == [(7, "kherson-oblast")]
    assert places(lead_fr + "Sept personnes ont été tuées, a indiqué le gouverneur de Kherson, Oleksandr Prokoudine.", "fr") \
        == [(7, "kherson-oblast")]
    assert places("Des bombardements russes ont frappé lundi un marché de Bilozerka.\n\n"
                  "Sept personnes ont été tuées, a indiqué le gouverneur de Kherson.", "fr") == [(7, "bilozerka")]
    assert places("Des bombardements russes ont frappé lundi un marché de Kherson.\n\n"
                  "Sept personnes ont été tuées, a indiqué le gouverneur de Kherson.", "fr") == [(7, "kherson")]


def test_a_capital_s_dateline_is_the_bureau_and_leaves_the_country():
    # "SEOUL (Reuters)": the agency's bureau, whatever the body names (a tie with South Korea stays the country's)
    text = ("Près de 280 disparus après le chavirage d'un ferry coréen\n\n"
            "SEOUL (Reuters) - Près de 280 personnes étaient toujours portées disparues au large des côtes de la "
            "Corée du Sud, selon les autorités. Des lycéens de la banlieue de Séoul étaient à bord.\n")
    assert places(text, "fr")[0] == (280, "south-korea")


CHURCH = ("Fire at a church in Giza kills 41\n\n"
          "CAIRO - A fire broke out on Sunday at a Coptic church in the Imbaba neighbourhood of Giza, in greater Cairo, officials said.\n\n"
          "Egypt's health ministry said it had rushed 55 victims to two hospitals. Two security sources said that at least "
          "41 people had been killed.\n")


def test_a_source_s_country_gives_way_to_the_place_inside_it():
    # "Egypt's health ministry said": the country that owns the source is who reports; the figure is
    # the place inside it the text named before (and "in greater Cairo" only situates Giza); place-r222
    got = places(CHURCH)
    assert (55, "imbaba") in got and (41, "imbaba") in got[1:]
    # a source's country keeps a figure whose article is about the country itself
    text = ("Strikes hit both sides of the border\n\nIndian missiles struck Muzaffarabad and Bahawalpur in Pakistan "
            "and shells fell on Poonch in India.\n\nPakistan's military later said the death toll had risen to 26.\n")
    assert (26, "pakistan") in places(text)
    # and does not give way to a place of another country named before
    text = ("Floods kill 20 in Rwanda\n\nKIGALI - Floods killed 20 people in the town of Rubavu, officials said. "
            "Six people died in Uganda.\n\nRwanda's minister in charge of emergencies said 30 people were missing.\n")
    assert (30, "uganda") not in places(text)


def test_a_source_s_nationality_and_a_side_give_way_to_the_place_named():
    # "Moroccan state television reported", "made it through to the Spanish side": a source and a side
    # named by a nationality are no setting for the sentences after (place-r222)
    text = ("Toll rises to 23 at Melilla fence\n\nThe death toll in an attempt by migrants to cross the fence between "
            "Morocco and the Spanish enclave of Melilla has risen to 23, Moroccan state television reported.\n\n"
            "Five further migrants have since died. About 2,000 migrants approached the border and 133 made it "
            "through to the Spanish side.\n\nAt least 76 migrants were injured, according to the authorities.\n")
    got = places(text)
    assert (5, "melilla") in got and (76, "melilla") in got


BARDO = ("Attentat à Tunis : le bilan s'alourdit\n\n"
         "Le bilan de l'attaque contre le musée du Bardo, à Tunis, s'élève désormais à 21 morts, a indiqué le Premier ministre.\n\n"
         "Mais la Tunisie n'avait pas le même bilan. Le ministre tunisien de la Santé a annoncé que 23 personnes avaient été tuées. "
         "Le Premier ministre tunisien a cité « 17 tués parmi les touristes » : quatre Italiens, cinq Japonais, un Australien et une Espagnole. "
         "Deux assaillants ont par ailleurs été tués.\n")


def test_a_country_that_speaks_and_the_victims_nationalities_set_no_scene():
    # "Mais la Tunisie n'avait pas le même bilan": a country named with no preposition, in a sentence that
    # counts nothing, gives way to the place inside it the article is about; "une Espagnole" after a count is
    # a person of that nationality, not Spain (place-r222)
    got = places(BARDO, "fr")
    assert (23, "tunis") in got and (17, "tunis") in got and (1, "tunis") in got
    assert "spain" not in {p for _, p in got}
    assert got[-1] == (2, "tunis")
    # a country that sets the scene, after a preposition, stays
    text = BARDO.replace("Mais la Tunisie n'avait pas le même bilan.", "La colère monte en Tunisie.")
    assert (23, "tunisia") in places(text, "fr")


def test_where_one_person_is_held_and_a_hospital_official_s_town_set_no_scene():
    # "détenu en Tunisie": where one accused is held; "the medical superintendent of the ... Hospital in
    # Alizai": the seat of the source (place-r222)
    text = ("Procès de l'attentat de Nice\n\nLe procès de l'attentat de Nice s'est ouvert lundi. Le huitième accusé, "
            "visé par un mandat d'arrêt, est détenu en Tunisie.\n\nL'attaque avait fait 86 morts.\n")
    assert places(text, "fr")[-1] == (86, "nice")
    text = ("Gunmen attack convoy in Kurram\n\nGunmen attacked a convoy in Kurram district on Thursday.\n\n"
            "The medical superintendent of the Tehsil Headquarters Hospital in Alizai, Dr Muhammad Ishaq, said 33 "
            "people had been killed.\n")
    assert places(text)[-1] == (33, "kurram")


def test_a_list_item_s_place_is_no_place_of_the_whole_nor_of_an_unknown_item():
    # "at least 25 dead, and the first 14 bodies were found ...: six at Kinglake, four at Wandong, three at
    # Strathewen": the places of a list's items are their own counts'; the whole before the list and the
    # item whose town the gazetteer lacks take the place the text before set (place-r230)
    text = ("Bushfires sweep Victoria\n\nBushfires swept through the state of Victoria on Saturday.\n\n"
            "On Sunday police had counted at least 25 dead, and the first 14 bodies were found in towns north of the "
            "city: six at Kinglake, four at Wandong, three at Strathewen and one in Clonbinane.\n")
    got = places(text)
    assert (25, "victoria-state") in got and (6, "kinglake") in got and (4, "wandong") in got
    assert (3, "victoria-state") in got and (1, "victoria-state") in got


def test_a_region_after_du_or_de_la_is_the_region_where_the_copy_places_it_elsewhere():
    # "hôtels du Texas", "parties moins touchées de la Louisiane", in copy that writes "au Texas", "en
    # Louisiane": the region (a name frequent as a word is otherwise taken only after a locative; place-r230)
    text = ("Katrina : les sinistrés\n\nL'ouragan Katrina a frappé la Louisiane et le Mississippi.\n\n"
            "Quelque 137.000 sinistrés ont été accueillis au Texas. 60.000 sinistrés sont hébergés dans des parties moins touchées de la Louisiane. "
            "Au moins 100.000 personnes sont par ailleurs logées dans des hôtels du Texas, selon les autorités de cet Etat. "
            "Des milliers de déplacés sont arrivés en Louisiane.\n")
    got = places(text, "fr")
    assert (60000, "louisiana") in got and got.count((100000, "texas")) == 1


def test_a_resort_a_home_town_and_an_institution_are_no_places():
    # "his suite at Mandalay Bay" (a Las Vegas resort, not Myanmar's Mandalay), "on Las Vegas Strip" (the
    # Strip is in the town), "Stephen Craig Paddock, 64, of Mesquite" (the gunman's home town); place-r230
    text = ("At least 59 dead, 527 injured in mass shooting on Las Vegas Strip\n\n"
            "A gunman opened fire from a hotel room at Mandalay Bay on Sunday night. Authorities identified him as "
            "Stephen Craig Paddock, 64, of Mesquite.\n\nAt least 59 people were killed and 527 injured, the sheriff said.\n")
    got = places(text)
    assert got[-2:] == [(59, "las-vegas"), (527, "las-vegas")]
    assert "mandalay" not in {p for _, p in places("Police said 58 people died after a gunman fired from the Mandalay Bay.")}
    # "La Défense civile a fait état de 12 morts": the civil defence (or "la Défense", the ministry), not
    # the Paris business district, which a locative names ("à La Défense")
    got = places("Frappes sur Gaza\n\nDes frappes ont touché Khan Younès mardi. La Défense civile a fait état de 12 morts.\n", "fr")
    assert got == [(12, "khan-yunis")]


def test_where_a_trial_opens_is_no_setting():
    # "Le procès de l'attentat de Nice s'est ouvert lundi à Paris": the court's town, not the attack's (place-r230)
    text = ("Procès de l'attentat de Nice\n\nLe procès de l'attentat de Nice s'est ouvert lundi 5 septembre à Paris. "
            "Le président de la cour a ouvert les débats.\n\n"
            "Cette attaque sur la promenade des Anglais avait fait 86 morts et plus de 450 blessés.\n")
    assert places(text, "fr")[-2:] == [(86, "nice"), (450, "nice")]
    text = ("Trial opens\n\nThe trial over the attack in Nice opened on Monday in Paris.\n\n"
            "The attack on the Promenade des Anglais killed 86 people.\n")
    assert places(text)[-1] == (86, "nice")


def test_an_indian_state_s_name_before_its_renaming_is_the_state():
    # "l'Etat d'Uttaranchal" (Uttarakhand until 2007), "Orissa" (Odisha until 2011): older copy's names
    # (place-r230)
    got = places("Peste en Inde\n\nSelon le Hindustan Times, une personne est morte dans l'Etat d'Uttaranchal "
                 "et trois autres dans l'Himachal Pradesh.\n", "fr")
    assert got == [(1, "uttarakhand"), (3, "himachal-pradesh")]
    assert places("Floods in India\n\nFloods in the eastern state of Orissa killed 12 people on Monday.\n") == [(12, "odisha")]


def test_a_typed_region_is_the_curated_region_of_its_name():
    # "la province pakistanaise du Sindh": the typed form is the curated Sindh, not a world-tier twin
    # "sindh-province" beside it (dev752; place-r238, tools/build_world_places.py)
    text = ("Séisme en Inde: des milliers de morts\n\nLe séisme a été ressenti jusqu'au Pakistan. Dans la province "
            "pakistanaise du Sindh, voisine du Gujarat, l'effondrement d'un immeuble a causé la mort de quatre personnes.\n")
    assert (4, "sindh") in places(text, "fr")


def test_a_dateline_sets_the_place_of_a_body_that_names_none():
    # "JINDO, South Korea - ...": where the body names no place at all, its figures are the dateline
    # town's, else its country's (the Sewol series' s7; dev615's "MANILA, Philippines, Dec. 24 (AP)");
    # place-r238's, withdrawn there, kept by place-r247 with the rescuers' nationality below
    text = ("Ferry's dead at 156\n\nGARISSA, Kenya - Divers made their way deeper into the wreck as the death "
            "toll neared 160.\n\nOfficials also posted new numbers at the port: 159 dead; 143 missing.\n")
    got = places(text)
    assert (159, "garissa") in got and (143, "garissa") in got
    assert (159, "south-korea") in places(text.replace("GARISSA, Kenya", "JINDO, South Korea"))
    assert (159, "kenya") in places(text.replace("GARISSA, Kenya", "NAIROBI, Kenya (AP)"))


def test_a_countrys_rescuers_place_a_body_that_names_no_place():
    # "Italian rescuers have ended their search for bodies on the stricken Costa Concordia" (the Costa
    # Concordia series' k8, beside k5's "GIGLIO, Italy -"): a country's own rescuers search where the
    # victims are, as its authorities speak there (place-r247)
    text = ("Cruise ship search ends\n\nItalian rescuers have ended their search for bodies on the stricken "
            "cruise ship.\n\nSeventeen bodies have so far been recovered from the ship.\n")
    assert places(text) == [(17, "italy")]
    fr = ("Fin des recherches\n\nLes secouristes italiens ont mis fin à leurs recherches sur le paquebot.\n\n"
          "Dix-sept corps ont été retrouvés jusqu'ici.\n")
    assert places(fr, "fr") == [(17, "italy")]


def test_a_source_seat_gives_way_to_the_place_inside_it():
    # "Earlier, the Interior Ministry in Tripoli had said that at least 40 people were killed" after a
    # paragraph on "Tripoli's Tajoura neighborhood": the office's seat holds the place the copy is on, and
    # the figures are that place's (dev824; place-r247)
    text = ("Airstrike hits migrant center in Libya\n\nLocal media reported airstrikes near the detention center "
            "in Tripoli's Tajoura neighborhood.\n\nEarlier, the Interior Ministry in Tripoli had said that at least "
            "40 people were killed and 35 migrants wounded.\n")
    assert places(text) == [(40, "tajoura"), (35, "tajoura")]


def test_st_petersburg_is_russia_s_unless_the_article_is_on_america():
    """A bare "St. Petersburg" is Russia's city, Florida's where the article's other places are American
    and none Russian (curated homonym; the Perm nightclub series, dev499's Milton; place-r255)."""
    russian = ("Some 13 injured people are being treated in hospitals in Perm, 64 in Moscow, seven in Chelyabinsk "
               "and 27 in St. Petersburg.")
    assert (27, "saint-petersburg") in places(russian)
    american = "Hurricane Milton hit St. Petersburg in Florida, killing 5 people, officials in Tampa said."
    assert places(american) == [(5, "st-petersburg")]


def test_a_list_of_towns_each_with_its_state_is_the_country_s():
    """"in Maiduguri, Borno State, the Federal Capital Territory, Abuja and in Jos, Plateau State": three towns
    named together, each with the state that holds it, count for the country that holds them all, now that the
    world tier nests Maiduguri in Borno and Abuja in the capital territory (dev465; place-r263)."""
    text = ("At least 56 persons lost their lives yesterday in separate road accidents in Maiduguri, Borno State, "
            "the Federal Capital Territory, Abuja and in Jos, Plateau State.")
    assert places(text) == [(56, "nigeria")]


def test_an_article_s_place_is_the_town_of_the_country_its_copy_names():
    """Two towns named once each, one of them a namesake abroad ("left Bole International Airport": Xinjiang's
    Bole to the world tier, one level deeper than Bishoftu now that it lies in its region): the article's
    place is the one whose country its other places lie in (dev850; place-r263)."""
    text = ("Ethiopian Airlines crash kills all 157 on board\n\nADDIS ABABA (Reuters) - An Ethiopian Airlines plane "
            "crashed on Sunday, the airline said.\n\nThe plane came down near the town of Bishoftu, southeast of "
            "Addis Ababa. It left Bole International Airport at 8:38 a.m. Eight Chinese were among the dead.\n\n"
            "The captain had asked for clearance to return to Addis Ababa.\n")
    assert places(text)[0] == (157, "bishoftu")


def test_a_town_and_the_state_set_beside_it_vote_for_the_town():
    """"in Uyo, Akwa Ibom State": a town and the state that holds it, set beside it, are no coordination of two
    places whose common area the article would be about; the town is named (`_named_areas`; place-r263)."""
    text = "Bus crash kills 12\n\nA bus overturned on Sunday in Uyo, Akwa Ibom State, police said.\n"
    assert places(text) == [(12, "uyo")]
