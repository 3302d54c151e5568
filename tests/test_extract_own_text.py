"""The extractor on sentences written for these tests (English and French)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.ingest import make_article
from kg.nlp import parse


def run(text: str, date: str | None = "2025-03-14"):  # type: ignore[no-untyped-def]
    body = (f" date {date} " if date else "") + text
    art = make_article(body, path="t.txt", sha256="0" * 64, meta={})
    doc = next(parse([" " * art.body_start + art.text[art.body_start :]], art.language))
    return extract(art, doc)


def pairs(ex) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    names = {o.key: o.name for o in ex.orgs}
    out = set()
    for c in ex.collaborations:
        ps = [names[p] for p in c.participants]
        for i, a in enumerate(ps):
            for b in ps[i + 1 :]:
                out.add(frozenset((a, b)))
    return out


def triples(ex) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(subject, predicate, object) with organisations by name, other entities by key."""
    names = {o.key: o.name for o in ex.orgs}
    return {(names.get(r.subject, r.subject), r.predicate, names.get(r.object, r.object)) for r in ex.relations}


def has_person(ex, name: str, org: str | None = None, role: str | None = None) -> bool:  # type: ignore[no-untyped-def]
    """A person of that name, working for the organisation of that key and with that role where they are given."""
    return any(p.name == name and (org is None or p.org == org) and (role is None or p.role == role) for p in ex.people)


def test_english_partnership_with_role_and_duration() -> None:
    ex = run("Medtronic has signed a three-year partnership with Leeds Teaching Hospitals NHS Trust on diabetes care. "
             "\"We are delighted,\" said Jane Porter, chief executive of Leeds Teaching Hospitals NHS Trust.")
    assert frozenset(("Medtronic", "Leeds Teaching Hospitals NHS Trust")) in pairs(ex)
    c = ex.collaborations[0]
    assert c.duration == "P3Y" and any(t.endswith("/diabetes") for t in c.topics)
    assert any(p.name == "Jane Porter" and p.role and "chief executive" in p.role for p in ex.people)
    types = {o.name: o.type for o in ex.orgs}
    assert types["Leeds Teaching Hospitals NHS Trust"] in ("Hospital", "UniversityHospital")


def test_french_selection_and_startup_type() -> None:
    ex = run("Le CHU de Toulouse a choisi la start-up bordelaise Medisys pour déployer sa solution de télésurveillance.")
    assert frozenset(("CHU de Toulouse", "Medisys")) in pairs(ex)
    types = {o.name: o.type for o in ex.orgs}
    assert types["Medisys"] == "Startup" and types["CHU de Toulouse"] == "UniversityHospital"


def test_acquisition_is_not_a_collaboration() -> None:
    ex = run("Siemens Healthineers acquired Corindus Vascular Robotics for $1.1 billion.")
    assert not ex.collaborations
    assert any(r.predicate == "acquired" for r in ex.relations)


def test_co_occurrence_is_not_collaboration() -> None:
    ex = run("Roche reported higher sales. Separately, Novartis opened a plant in Basel.")
    assert not ex.collaborations


def test_acronym_defined_in_text_is_an_alias() -> None:
    ex = run("The Hospices Civils de Lyon (HCL) signed an agreement with Sanofi. HCL will share data.")
    hcl = [o for o in ex.orgs if "Hospices Civils de Lyon" in (o.name, *o.aliases)]
    assert len(hcl) == 1 and "HCL" in (hcl[0].name, *hcl[0].aliases)


def test_events_are_not_organisations() -> None:
    ex = run("Philips and the Mayo Clinic signed a deal at the Paris Healthcare Week Symposium.")
    assert not any("Symposium" in o.name for o in ex.orgs)
    assert frozenset(("Philips", "Mayo Clinic")) in pairs(ex)


def test_coordinated_names_without_article() -> None:
    ex = run("Philips and Mayo Clinic signed a deal.")
    assert frozenset(("Philips", "Mayo Clinic")) in pairs(ex)


def test_named_ministry_and_french_hospital_names_with_lowercase_words() -> None:
    ex = run("The Ministry of Health welcomed the agreement signed by Lakeside Clinic and Norvo Diagnostics.")
    assert {o.name: o.type for o in ex.orgs}.get("Ministry of Health") == "PublicBody"
    ex = run("Les Hôpitaux universitaires de Lyon et l'Agence nationale de la recherche ont signé une convention de partenariat.")
    names = {o.name for o in ex.orgs}
    assert {"Hôpitaux universitaires de Lyon", "Agence nationale de la recherche"} <= names
    assert frozenset(("Hôpitaux universitaires de Lyon", "Agence nationale de la recherche")) in pairs(ex)


def test_acquisition_and_founding_members_are_not_collaborations() -> None:
    ex = run("Brightline Medical agreed to acquire Tessel Imaging, a Dutch scanner maker. The deal is expected to close in June.")
    assert not pairs(ex)
    assert any(r.predicate == "acquired" for r in ex.relations)
    ex = run("Orvane, Kestrel Pharma and Daluma are the founding members of the Open Trials Alliance, an association based in Lyon.")
    assert not pairs(ex)
    members = {r.subject for r in ex.relations if r.predicate == "memberOf"}
    assert len(members) == 3


@pytest.mark.parametrize("text,person,org", [
    ("Northwind Medical has signed a supply agreement with Lakeside Hospital. Northwind Medical co-founder and chief executive "
     "Amara Mensah said the hospital was its largest client.", "Amara Mensah", "Northwind Medical"),
    ("Harbour Clinic works with Brightwater Health on sepsis. \"It reaches patients we never saw,\" said its medical director, "
     "Kenji Okafor.", "Kenji Okafor", None),
])
def test_a_role_before_a_name_makes_a_person_not_an_organisation(text: str, person: str, org: str | None) -> None:
    ex = run(text)
    assert person not in {o.name for o in ex.orgs}
    assert any(p.name == person for p in ex.people) or org is None
    if org:
        assert any(p.name == person and p.org and org in {o.name for o in ex.orgs if o.key == p.org} for p in ex.people)


def test_multiword_place_before_based() -> None:
    ex = run("Lakeside Hospital signed an agreement with Quillon, the Cape Town-based imaging start-up, on stroke care.")
    assert frozenset(("Lakeside Hospital", "Quillon")) in pairs(ex)
    places = {name for _k, name in ex.places}
    assert "Cape Town" in places and "Town" not in places and "Cape" not in {o.name for o in ex.orgs}


def test_french_name_with_two_complements_and_its_acronym() -> None:
    ex = run("Le Centre hospitalier de l’Université de Sherbrooke (CHUS) s’associe à la société Medisys pour développer "
             "des outils d’imagerie. Le CHUS prévoit de former vingt radiologues.")
    names = {o.name: o for o in ex.orgs}
    assert "Centre hospitalier de l’Université de Sherbrooke" in names
    chus = names["Centre hospitalier de l’Université de Sherbrooke"]
    assert "CHUS" in chus.aliases and chus.type == "UniversityHospital"
    assert "Centre hospitalier de l’Université" not in names


def test_possessive_inside_a_name() -> None:
    ex = run("Doctors at the Children's Cancer Institute have signed a partnership with Vantara Labs. "
             "The Pacific Women's Health Centre and Northgate Medical announced a research collaboration on endometriosis.")
    names = {o.name for o in ex.orgs}
    assert {"Children's Cancer Institute", "Pacific Women's Health Centre"} <= names
    assert not names & {"Children", "Cancer Institute", "Pacific Women"}


def test_possessive_of_a_company_or_a_place_ends_the_name() -> None:
    ex = run("Harlow Devices said hospitals will test Philips's Azurion platform. Zipline will deliver blood to Rwanda's King Faisal Hospital.")
    names = {o.name for o in ex.orgs}
    assert "Philips" in names and "King Faisal Hospital" in names
    assert not any("'s" in n for n in names)


def test_french_complement_enumerated_with_et_de_la() -> None:
    ex = run("La Fondation Léon Dufour des Arts et de la Médecine a signé un accord avec Novamed. "
             "Le projet est soutenu par le ministère de la Santé et de la Prévention.")
    names = {o.name for o in ex.orgs}
    assert {"Fondation Léon Dufour des Arts et de la Médecine", "ministère de la Santé et de la Prévention"} <= names
    assert "Médecine" not in names
    types = {o.name: o.type for o in ex.orgs}
    assert types["ministère de la Santé et de la Prévention"] == "PublicBody"


def test_two_names_joined_by_et_de_la_stay_two() -> None:
    ex = run("Avec le soutien de Philips et de la Fondation Arcadie, le CHU de Brest lance un programme de dépistage.")
    names = {o.name for o in ex.orgs}
    assert {"Philips", "Fondation Arcadie"} <= names


def test_consortium_joiners_are_members_and_the_apposition_types_it() -> None:
    ex = run("Riverside Clinic, the Northgate Institute for Ageing and Valleyview Health have joined Carelink Alliance, "
             "a regional consortium that shares stroke data. The alliance is funded by the Wessex Health Foundation.")
    types = {o.name: o.type for o in ex.orgs}
    assert {"Northgate Institute for Ageing", "Valleyview Health"} <= set(types)  # two names, not one
    assert types["Carelink Alliance"] == "Consortium"
    rels = triples(ex)
    assert {("Riverside Clinic", "memberOf", "Carelink Alliance"), ("Valleyview Health", "memberOf", "Carelink Alliance"),
            ("Wessex Health Foundation", "funds", "Carelink Alliance")} <= rels
    assert not ex.collaborations  # joining a consortium is membership, not a partnership among the joiners


def test_apposition_types_a_health_system_but_a_verb_does_not() -> None:
    ex = run("Brookfield Health, the largest non-profit health system in Ohio, is expanding its partnership with Oracle. "
             "The health system will deploy Oracle's cloud records.")
    types = {o.name: o.type for o in ex.orgs}
    assert types["Brookfield Health"] == "Hospital" and types["Oracle"] == "Company"


def test_relative_clause_object_and_who_leads_role() -> None:
    ex = run("Medisoft Systems, which Halcyon Group acquired in 2021, developed the dictation software. "
             "\"We will see results soon,\" said Professor Tom Reeve, who leads cardiology research at Brookfield Health.")
    names = {o.key: o.name for o in ex.orgs}
    rels = triples(ex)
    assert ("Halcyon Group", "acquired", "Medisoft Systems") in rels
    tom = next(p for p in ex.people if p.name == "Tom Reeve")
    assert names.get(tom.org) == "Brookfield Health" and "leads" in (tom.role or "")


def test_french_lowercase_adjectives_continue_a_hospital_name() -> None:
    ex = run("Les Cliniques universitaires Saint-Joseph ont signé avec Medtronic un contrat de fourniture de huit ans. "
             "Le Centre hospitalier universitaire vaudois (CHUV) utilise déjà ses pompes.")
    by_name = {o.name: o for o in ex.orgs}
    assert "Cliniques universitaires Saint-Joseph" in by_name and "Saint-Joseph" not in by_name
    chuv = by_name["Centre hospitalier universitaire vaudois"]
    assert "CHUV" in chuv.aliases and chuv.type == "UniversityHospital"
    rels = triples(ex)
    assert ("Medtronic", "supplies", "Cliniques universitaires Saint-Joseph") in rels  # a supply contract's supplier
    assert (chuv.name, "locatedIn", "vaud") in rels  # the adjective of place names the place


def test_french_company_opening_a_sentence_and_titled_specialist() -> None:
    ex = run("BÂLE, 6 septembre 2024 — Roche a finalisé le rachat de Medyx, une jeune pousse bâloise. "
             "« Nous sommes prêts », explique la Dre Julie Martin, néonatologiste au CHU de Nantes.")
    names = {o.key: o.name for o in ex.orgs}
    rels = triples(ex)
    assert ("Roche", "acquired", "Medyx") in rels
    julie = next(p for p in ex.people if p.name == "Julie Martin")
    assert names.get(julie.org) == "CHU de Nantes" and julie.role == "néonatologiste"


def test_list_after_a_dateline_and_a_titled_person_of_an_organisation() -> None:
    ex = run("HANOI, 3 April 2024 – Oxford University Clinical Research Unit (OUCRU), Bach Mai Hospital and Mahidol University "
             "formed a consortium. The consortium is led by Professor Nguyen Van Kinh of Bach Mai Hospital.")
    names = {o.key: o.name for o in ex.orgs}
    assert "Oxford University Clinical Research Unit" in names.values()
    assert not any("Nguyen" in n for n in names.values())
    assert frozenset(("Oxford University Clinical Research Unit", "Mahidol University")) in pairs(ex)
    kinh = next(p for p in ex.people if p.name == "Nguyen Van Kinh")
    assert names.get(kinh.org) == "Bach Mai Hospital"


def test_a_name_ending_in_a_title_word_and_generic_acronyms() -> None:
    ex = run("Discovery Health has invested R80 million in Hello Doctor, a Cape Town start-up. "
             "\"Hello Doctor reaches people who never see a GP,\" its chief executive said.")
    names = {o.name for o in ex.orgs}
    assert "Hello Doctor" in names and not names & {"Hello", "GP"}


def test_hospital_name_with_its_city_is_the_same_hospital() -> None:
    ex = run("Drone deliveries go on\n\nKIGALI, 16 September 2024 – King Faisal Hospital Kigali and Zipline have agreed to extend their collaboration. "
             "\"Drones cut delivery times,\" said Dr. Edgar Mugisha, chief executive of King Faisal Hospital.")
    hospitals = [o for o in ex.orgs if o.name.startswith("King Faisal Hospital")]
    assert len(hospitals) == 1
    assert all(len(set(c.participants)) == len(c.participants) for c in ex.collaborations)


def test_french_complements_enumerated_with_commas_but_not_places() -> None:
    ex = run("Le ministère de l’Économie, de l’Innovation et de l’Énergie du Québec finance le projet. "
             "Les hôpitaux de Nantes, de Rennes et de Brest signent une convention avec Philips.")
    names = {o.name for o in ex.orgs}
    assert "ministère de l’Économie, de l’Innovation et de l’Énergie du Québec" in names
    assert not any("Rennes" in n for n in names)


def test_a_headline_without_full_stop_is_its_own_sentence_and_a_named_consortium_is_not_a_participant() -> None:
    ex = run("Le CHU de Caen et trois entreprises lancent un consortium\n\n"
             "CAEN, 4 mars 2025 – Le CHU de Caen, l’Inria et les sociétés Medisys, Oxylab et Kardia ont lancé le consortium "
             "CARDIO-NORM pour suivre les insuffisants cardiaques.")
    ps = pairs(ex)
    assert frozenset(("Medisys", "Kardia")) in ps and frozenset(("CHU de Caen", "Oxylab")) in ps
    assert not any("CARDIO-NORM" in p for pair in ps for p in pair)


def test_double_name_joined_by_a_spaced_dash() -> None:
    ex = run("Waiora start-up wins contract\n\nWELLINGTON, 2 December 2024 – Health New Zealand – Te Whatu Ora has awarded "
             "a three-year contract to Auckland start-up Sleepwell Labs. Te Whatu Ora will pay for 5,000 kits.")
    hnz = [o for o in ex.orgs if "Te Whatu Ora" in (o.name,) + o.aliases]
    assert len(hnz) == 1
    assert frozenset((hnz[0].name, "Sleepwell Labs")) in pairs(ex)


def test_type_acronym_before_a_name_is_the_same_organisation() -> None:
    ex = run("Le GHT Cœur Grand Est s’associe à Siemens Healthineers\n\n"
             "VERDUN, 27 juin 2024 — Le groupement hospitalier de territoire (GHT) Cœur Grand Est a signé un accord de "
             "partenariat avec Siemens Healthineers.")
    grand_est = [o for o in ex.orgs if "Cœur Grand Est" in o.name]
    assert len(grand_est) == 1 and "GHT Cœur Grand Est" in {grand_est[0].name, *grand_est[0].aliases}


def test_places_from_appositions_and_from_a_place_before_a_descriptor() -> None:
    ex = run("COPENHAGEN, 2 October 2023 – Halvorsen Medical, the Norwegian medical equipment group, agreed to acquire SonoNord. "
             "Metro North Health signed a licensing agreement with Brisbane start-up Woundly.")
    names = {o.key: o.name for o in ex.orgs}
    located = {(names.get(r.subject), r.object) for r in ex.relations if r.predicate == "locatedIn"}
    assert ("Halvorsen Medical", "norway") in located and ("Woundly", "brisbane") in located
    ex = run("AVIGNON, 8 janvier 2025 – Le Centre hospitalier d’Avignon a confié la lecture de ses examens à Imadis, "
             "société lyonnaise de téléradiologie, dans le cadre d’un marché de quatre ans.")
    names = {o.key: o.name for o in ex.orgs}
    assert ("Imadis", "lyon") in {(names.get(r.subject), r.object) for r in ex.relations if r.predicate == "locatedIn"}


def test_an_adjective_of_place_before_the_next_name_of_a_list_is_not_the_previous_ones() -> None:
    ex = run("The partners are Fraunhofer MEVIS, the Italian start-up BreathSense and the European Lung Foundation.")
    names = {o.key: o.name for o in ex.orgs}
    located = {(names.get(r.subject), r.object) for r in ex.relations if r.predicate == "locatedIn"}
    assert ("BreathSense", "italy") in located and not any(n == "Fraunhofer MEVIS" for n, _p in located)


def test_funding_round_investors_joined_by_participation_phrases() -> None:
    for text in ("PARIS, 3 March 2025 – Cardiawave has raised €20 million in a Series B round led by Innovacom, with participation from Bpifrance and Supernova Invest.",
                 "PARIS, 3 mars 2025 – Cardiawave lève 20 millions d'euros auprès d'Innovacom, avec la participation de Bpifrance et de Supernova Invest."):
        ex = run(text)
        names = {o.key: o.name for o in ex.orgs}
        funders = {names.get(r.subject) for r in ex.relations if r.predicate == "funds" and names.get(r.object) == "Cardiawave"}
        assert funders == {"Innovacom", "Bpifrance", "Supernova Invest"}, text


def test_levee_de_fonds_is_not_a_reference_to_a_fund() -> None:
    ex = run("La start-up Cardiawave annonce une levée de fonds de 20 millions d'euros menée par Innovacom et Bpifrance.")
    names = {o.key: o.name for o in ex.orgs}
    funders = {names.get(r.subject) for r in ex.relations if r.predicate == "funds" and names.get(r.object) == "Cardiawave"}
    assert funders == {"Innovacom", "Bpifrance"}


def test_people_at_named_hospitals_and_compound_french_titles() -> None:
    ex = run("\"Many regions have no intensivist at night,\" said Sidney Klajner, president of Hospital Israelita Albert Einstein.")
    names = {o.key: o.name for o in ex.orgs}
    sidney = next(p for p in ex.people if p.name == "Sidney Klajner")
    assert names.get(sidney.org) == "Hospital Israelita Albert Einstein"
    ex = run("« Ce partenariat met l’intelligence artificielle au service des patients », a déclaré Fabrice Brunet, "
             "président-directeur général du CHUM.")
    names = {o.key: o.name for o in ex.orgs}
    fabrice = next(p for p in ex.people if p.name == "Fabrice Brunet")
    assert names.get(fabrice.org) == "CHUM" and fabrice.role == "président-directeur général"


def test_a_longer_name_holding_a_persons_name_and_a_plural_noun_opening_a_quote() -> None:
    ex = run("Health systems expand AI\n\nBOSTON, May 20, 2025 – Mass General Brigham has expanded its agreement with Aidoc. "
             "\"Radiologists see the most urgent scans first,\" said Dr. Keith Dreyer, chief data science officer at Mass General Brigham.")
    names = {o.name for o in ex.orgs}
    assert "Mass General Brigham" in names and "Radiologists" not in names
    assert not has_person(ex, "Mass General Brigham")
    assert frozenset(("Mass General Brigham", "Aidoc")) in pairs(ex)


def test_possessive_and_name_and_two_of_its_institutions() -> None:
    ex = run("Lunit's software will be evaluated at Singapore General Hospital and KK Women's and Children's Hospital, "
             "two of SingHealth's institutions.")
    names = {o.key: o.name for o in ex.orgs}
    assert "KK Women's and Children's Hospital" in names.values()
    rels = triples(ex)
    assert {("Singapore General Hospital", "memberOf", "SingHealth"), ("KK Women's and Children's Hospital", "memberOf", "SingHealth")} <= rels


def test_former_names_and_two_organisations_side_by_side() -> None:
    ex = run("Leeds Teaching Hospitals NHS Trust has awarded a ten-year contract to Oracle Health. "
             "Oracle Health, formerly known as Cerner, became part of Oracle in 2022.")
    by_name = {o.name: o for o in ex.orgs}
    assert "Oracle" in by_name and "Oracle Health" in by_name  # not one short form: both named in one sentence
    assert "Cerner" in by_name["Oracle Health"].aliases
    assert frozenset(("Leeds Teaching Hospitals NHS Trust", "Oracle Health")) in pairs(ex)


def test_names_of_single_bodies_are_not_generic_but_a_modifier_is_not_a_party() -> None:
    ex = run("The network is funded by the European Commission. Researchers from Inserm will analyse the data. "
             "The hospital is part of a major EU project.")
    types = {o.name: o.type for o in ex.orgs}
    assert types.get("European Commission") == "PublicBody"
    assert types.get("Inserm") == "ResearchInstitute"  # from its context: no list of known names types an organisation
    assert "EU" not in types
    types = {o.name: o.type for o in run("Le laboratoire réunira des médecins et des chercheurs de l'Inria.").orgs}
    assert types.get("Inria") == "ResearchInstitute"


def test_three_word_names_made_of_type_words_and_lists_without_article() -> None:
    ex = run("TORONTO, 27 January 2025 – Unity Health Toronto, Sunnybrook Health Sciences Centre and University Health Network "
             "have formed a research consortium with the Vector Institute.")
    types = {o.name: o.type for o in ex.orgs}
    assert "University Health Network" in types
    assert types["Unity Health Toronto"] != "University"  # the next name of the list is not an apposition
    assert types["Sunnybrook Health Sciences Centre"] == "Hospital"
    assert len(pairs(ex)) == 6


def test_role_with_its_field_before_a_name_and_a_state_named_two_ways() -> None:
    ex = run("Lagos State and Siemens Healthineers partner\n\nLAGOS, 5 August 2024 — The Lagos State Government has partnered "
             "with Siemens Healthineers, the state's commissioner for health, Tunde Bakare, announced on Monday.")
    names = {o.name for o in ex.orgs}
    assert "Tunde Bakare" not in names and has_person(ex, "Tunde Bakare")
    assert "Lagos State" not in names and "Lagos State Government" in names


def test_names_in_other_languages_are_typed() -> None:
    ex = run("Karolinska Institutet and Charité – Universitätsmedizin Berlin signed a research agreement with AstraZeneca.")
    types = {o.name: o.type for o in ex.orgs}
    assert types.get("Karolinska Institutet") == "University"
    assert types.get("Charité – Universitätsmedizin Berlin") == "UniversityHospital"


def test_a_name_and_its_suffixed_form_are_one_organisation() -> None:
    ex = run("Leeds Teaching Hospitals picks Oracle Health\n\nLeeds Teaching Hospitals NHS Trust has awarded a contract to Oracle Health.")
    assert [o.name for o in ex.orgs if o.name.startswith("Leeds")] == ["Leeds Teaching Hospitals NHS Trust"]


def test_investors_the_model_is_unsure_of_after_from_and_aupres_de() -> None:
    ex = run("ABIDJAN, 30 avril 2025 — Fondée en 2021, la jeune pousse Ivoire Santé Connect a levé 1,2 million d’euros "
             "auprès de Partech Africa l’an dernier.")
    assert ("Partech Africa", "funds", "Ivoire Santé Connect") in triples(ex)


def test_explicit_membership_of_an_organisation_of_unknown_type() -> None:
    ex = run("Karolinska University Hospital has become a member of EUCAIM, the European cancer imaging infrastructure.")
    assert ("Karolinska University Hospital", "memberOf", "EUCAIM") in triples(ex)


def test_french_agency_with_its_region_and_acronyms_of_one_hospital_group() -> None:
    ex = run("LYON, le 4 juin 2025 – Les Hospices Civils de Lyon (HCL) ont retenu Omnicell. Le projet bénéficie d’un financement "
             "de l’Agence régionale de santé Auvergne-Rhône-Alpes. « Nous voulons réduire les erreurs », indique Marie Lefort, "
             "pharmacienne-cheffe aux HCL.")
    names = {o.key: o.name for o in ex.orgs}
    assert "Agence régionale de santé Auvergne-Rhône-Alpes" in names.values()
    marie = next(p for p in ex.people if p.name == "Marie Lefort")
    assert names.get(marie.org) == "Hospices Civils de Lyon"


def test_sites_named_under_an_mou_are_not_new_partners_and_a_short_form_of_a_named_institute() -> None:
    ex = run("SingHealth has signed a memorandum of understanding with Lunit. Under the MoU, Lunit's software will be evaluated "
             "at Singapore General Hospital. Amazon Web Services will host the data under a separate agreement with Vector. "
             "Vector Institute researchers will build the models.")
    ps = pairs(ex)
    assert frozenset(("SingHealth", "Lunit")) in ps
    assert not any("Singapore General Hospital" in p for p in ps)
    assert frozenset(("Amazon Web Services", "Vector Institute")) in ps


def test_the_project_or_consortium_just_named_is_what_is_funded_and_led() -> None:
    ex = run("MANILA, 3 April 2024 – Four hospitals have formed the AMR-WATCH consortium to track resistant infections. "
             "The consortium is funded by the Makati Health Foundation and is led by Professor Ana Reyes of Manila General Hospital.")
    rels = triples(ex)
    funded = [o for s_, p, o in rels if s_ == "Makati Health Foundation" and p == "funds"]
    assert funded and all("amr" in o.lower() for o in funded)
    assert any(p == "leads" and "amr" in o.lower() for _s, p, o in rels)
    assert not any(p == "leads" and o == "Makati Health Foundation" for _s, p, o in rels)


def test_products_introduced_by_a_noun_and_their_makers() -> None:
    ex = run("Vitalink is a Singapore start-up. Vitalink's software, TriageIQ, is already in use at Ng Teng Fong General Hospital. "
             "Sleepwell Labs signed a contract. Sleepwell Labs' kit, Somna, will first be used by two districts.")
    names = {o.key: o.name for o in ex.orgs}
    made = {(names.get(r.subject), r.object) for r in ex.relations if r.predicate == "develops"}
    assert ("Vitalink", "triageiq") in made and ("Sleepwell Labs", "somna") in made


def test_founding_members_listed_around_an_apposition() -> None:
    ex = run("Drug makers found a data alliance\n\nGENEVA, 2 May 2024 – Four drug makers have founded the Orphan Data Alliance, "
             "a non-profit association.\n\nNovartis, Sanofi, Ipsen and Alexion, the rare disease unit of AstraZeneca, are the "
             "founding members of the alliance.")
    names = {o.key: o.name for o in ex.orgs}
    members = {names.get(r.subject) for r in ex.relations if r.predicate == "memberOf"}
    assert {"Novartis", "Sanofi"} <= members and "AstraZeneca" not in members


def test_short_forms_keep_the_first_or_last_word_but_not_a_different_longer_body() -> None:
    ex = run("Sheba Medical Center has signed a licensing agreement with Teva Pharmaceuticals, under which Teva will sell the tool. "
             "The Fondation Bill & Melinda Gates will pay. \"It works,\" said a spokesperson for the Fondation Gates.")
    names = {o.name for o in ex.orgs}
    assert "Teva" not in names and "Fondation Gates" not in names
    ex = run("Dubai Health was formed in 2023 by bringing together Dubai Academic Health Corporation and Mohammed Bin Rashid "
             "University of Medicine and Health Sciences. Dubai Health employs 15,000 people.")
    names = {o.name for o in ex.orgs}
    assert {"Dubai Health", "Dubai Academic Health Corporation"} <= names


def test_reflexive_equipment_part_of_a_round_and_a_relative_clause_after_a_descriptor() -> None:
    ex = run("Le Grand Hôpital de Charleroi s’équipe d’un système de protonthérapie IBA.")
    rels = triples(ex)
    assert ("IBA", "supplies", "Grand Hôpital de Charleroi") in rels and ("Grand Hôpital de Charleroi", "supplies", "IBA") not in rels
    ex = run("Mayo Clinic has invested in Qventus, a California start-up that automates hospital operations, "
             "as part of a $105 million round led by KKR.")
    rels = triples(ex)
    assert ("KKR", "funds", "Qventus") in rels
    assert not any(s_ == "Mayo Clinic" and p == "subsidiaryOf" for s_, p, _o in rels)
    assert ("KKR", "funds", "Mayo Clinic") not in rels


def test_a_name_with_digits_after_a_descriptor_is_an_organisation() -> None:
    ex = run("Genomics deal in the Gulf\n\nABU DHABI, 15 January 2025 – Abu Dhabi health group M42 and AstraZeneca have signed "
             "a memorandum of understanding. AstraZeneca will run the clinical studies.")
    assert frozenset(("M42", "AstraZeneca")) in pairs(ex)


def test_a_title_opening_a_hospital_name_and_an_alliance_the_partners_formed() -> None:
    ex = run("Hospitals form an oncology alliance\n\nPERTH, 6 February 2025 – Sir Charles Gairdner Hospital, Fiona Stanley Hospital "
             "and the University of Western Australia have formed the WA Precision Oncology Alliance with the Harry Perkins Institute.")
    names = {o.name for o in ex.orgs}
    assert "Sir Charles Gairdner Hospital" in names
    ps = pairs(ex)
    assert frozenset(("Sir Charles Gairdner Hospital", "Harry Perkins Institute")) in ps
    assert not any("WA Precision Oncology Alliance" in p for p in ps)


def test_a_trigger_word_inside_a_name_states_no_collaboration() -> None:
    ex = run("Rare Data Alliance members Novartis and Sanofi reported their results on Monday.")
    assert not ex.collaborations


def test_evidence_starts_where_the_article_body_starts() -> None:
    ex = run("Global pioneers Philips have announced a partnership with Rennes University Hospital (CHU Rennes).")
    evs = [e for c in ex.collaborations for e in c.evidence] + [r.evidence for r in ex.relations]
    assert evs and all(not e.text.startswith("date") and ex.article.text[e.start : e.end] == e.text for e in evs)


def test_a_parent_named_in_the_collaboration_sentence_is_not_a_partner() -> None:
    ex = run("Helios Clinic, part of the Norvia Group, signed a partnership with Medivia Systems.")
    assert pairs(ex) == {frozenset(("Helios Clinic", "Medivia Systems"))}


def test_a_site_a_venue_or_a_supporter_named_in_the_clause_is_not_a_party() -> None:
    ex = run("Northfield Hospital and Kavo Health signed a partnership to deploy the tool at St Mary's Hospital.")
    assert pairs(ex) == {frozenset(("Northfield Hospital", "Kavo Health"))}
    ex = run("Results of the partnership between Alder Hospital and Quantix were presented at the annual meeting "
             "of the Royal College of Radiologists.")
    assert pairs(ex) == {frozenset(("Alder Hospital", "Quantix"))}
    ex = run("Le partenariat entre l'Institut Curie et Owkin sera présenté au congrès de l'ESMO à Madrid.")
    assert pairs(ex) == {frozenset(("Institut Curie", "Owkin"))}
    ex = run("Le CHU de Nantes et la start-up Kaliop signent une convention, avec le soutien de la Région Pays de la Loire.")
    assert {o.name: o.type for o in ex.orgs}.get("Kaliop") == "Startup"
    assert pairs(ex) == {frozenset(("CHU de Nantes", "Kaliop"))}
    assert any(s == "Région Pays de la Loire" and p == "funds" for s, p, _o in triples(ex))
    ex = run("Zephyr Health and Lund University Hospital signed a research agreement, with funding from the Wellcome Trust.")
    assert pairs(ex) == {frozenset(("Zephyr Health", "Lund University Hospital"))}
    assert any(s == "Wellcome Trust" and p == "funds" for s, p, _o in triples(ex))


def test_a_backer_or_a_membership_in_apposition_does_not_hide_the_stated_collaboration() -> None:
    ex = run("Kestrel AI, backed by Sequoia Capital, signed a deal with Aster Hospitals.")
    assert {o.name: o.type for o in ex.orgs}.get("Kestrel AI") == "Company"
    assert pairs(ex) == {frozenset(("Kestrel AI", "Aster Hospitals"))}
    assert ("Sequoia Capital", "funds", "Kestrel AI") in triples(ex)
    ex = run("Medtronic and Mayo Clinic, both members of the Digital Health Alliance, announced a collaboration on remote monitoring.")
    assert pairs(ex) == {frozenset(("Medtronic", "Mayo Clinic"))}
    assert ("Mayo Clinic", "memberOf", "Digital Health Alliance") in triples(ex)
    # still: members named as such are members, not partners of each other
    ex = run("The Royal Kestrel Hospital, the Arden Research Institute and Vale Health have joined Genomics North, "
             "a national consortium that brings genomic testing into routine care.")
    assert not pairs(ex)


def test_names_joined_by_and() -> None:
    names = {o.name for o in run("Vantage Health has chosen Medix Labs, after a tender also contested by Docplus and Curalink.").orgs}
    assert {"Docplus", "Curalink"} <= names
    names = {o.name for o in run("The Bill and Melinda Gates Foundation and Aravind Eye Hospital signed a grant agreement.").orgs}
    assert names == {"Bill and Melinda Gates Foundation", "Aravind Eye Hospital"}
    names = {o.name for o in run("The app will be deployed at Royal Brisbane and Women's Hospital next year.").orgs}
    assert "Royal Brisbane and Women's Hospital" in names


def test_a_programme_a_journal_and_a_bank_by_name() -> None:
    ex = run("Le groupe hospitalier Arcadia a choisi la société Dataclin pour son entrepôt de données, financé par le fonds France 2030.")
    assert "France" not in {o.name for o in ex.orgs}
    assert frozenset(("groupe hospitalier Arcadia", "Dataclin")) in pairs(ex)
    ex = run("The study, a collaboration between Stanmore University and the Beacon Cancer Centre, was published in The Lancet.")
    assert "Lancet" not in {o.name for o in ex.orgs}
    assert pairs(ex) == {frozenset(("Stanmore University", "Beacon Cancer Centre"))}
    ex = run("The loan from the European Investment Bank will fund two new wards.")
    assert "European Investment Bank" in {o.name for o in ex.orgs}  # a name, though made of type words


def test_a_name_cut_before_its_complement_is_the_same_organisation() -> None:
    ex = run("Carrow Hospital and the Lindqvist Institute of Cardiovascular Science have signed a partnership. "
             "Professor Ann Moe of the Lindqvist Institute will lead the work.")
    assert {o.name for o in ex.orgs} == {"Carrow Hospital", "Lindqvist Institute of Cardiovascular Science"}
    assert has_person(ex, "Ann Moe", org="lindqvist institute of cardiovascular science")


def test_a_subject_pronoun_stands_for_the_subject_before() -> None:
    ex = run("Ostara Bio was spun out of Carling University in 2019. It signed a licensing agreement with Merriam Pharma on Monday.")
    assert pairs(ex) == {frozenset(("Ostara Bio", "Merriam Pharma"))}


def test_what_organisations_launched_together_and_who_funds_and_leads_it() -> None:
    ex = run("The Northern Lung Network was launched by Tallis Hospital and Brix Analytics. "
             "It is funded by the Hargreave Trust and will be led by Tallis Hospital.")
    assert pairs(ex) == {frozenset(("Tallis Hospital", "Brix Analytics"))}
    t = triples(ex)
    assert ("Hargreave Trust", "funds", "Northern Lung Network") in t and ("Tallis Hospital", "leads", "Northern Lung Network") in t
    # a funding round's lead investor leads nothing
    ex = run("Brix Analytics raised $12 million in a round led by Fenmore Capital.")
    assert not any(p == "leads" for _s, p, _o in triples(ex))
    # the agent of a second passive is not the first one's
    ex = run("Le réseau Hépato-Nord est coordonné par le CHU de Lille et financé par la Région Hauts-de-France.")
    t = triples(ex)
    assert not any(s == "Région Hauts-de-France" and p == "leads" for s, p, _o in t)


def test_an_arm_of_a_group_and_its_own_acquisition() -> None:
    ex = run("Medivia, the Brazilian arm of US-based Corlan Health, has acquired Hospital São Lucas for an undisclosed sum.")
    t = triples(ex)
    assert ("Medivia", "acquired", "Hospital São Lucas") in t and ("Medivia", "subsidiaryOf", "Corlan Health") in t
    assert not any(s == "Corlan Health" and p == "acquired" for s, p, _o in t)


def test_role_before_the_organisation_then_the_name() -> None:
    ex = run("« C'est une avancée pour nos patients », a déclaré le directeur général du CHU de Brest, Paul Garnier.")
    assert has_person(ex, "Paul Garnier", org="chu de brest", role="directeur général")
    ex = run("\"We are proud of this work,\" said Dr. Omar Haddad, head of radiology at Qasr Medical City.")
    assert {o.name: o.type for o in ex.orgs}.get("Qasr Medical City") == "Hospital"
    assert not any(p == "leads" for _s, p, _o in triples(ex))  # he heads a department, not the hospital


def test_listed_parties_with_a_descriptor_and_an_installation() -> None:
    ex = run("Le projet Cardio-IA, coordonné par le CHU de Rennes, réunit l'Inria, la société Sygen et l'université de Rennes.")
    names = {o.key: o.name for o in ex.orgs}
    assert any({names[k] for k in c.participants} == {"CHU de Rennes", "Inria", "Sygen", "université de Rennes"} for c in ex.collaborations)
    ex = run("Averon Medical will install its Sentra scanners at Kildare General Hospital next year.")
    assert ("Averon Medical", "supplies", "Kildare General Hospital") in triples(ex)


def test_a_pronoun_in_a_reported_clause_and_working_with() -> None:
    ex = run("Halvard Medical today announced that it has entered into a strategic collaboration with Ingram University Hospital.")
    assert pairs(ex) == {frozenset(("Halvard Medical", "Ingram University Hospital"))}
    ex = run("Brennan Hospital said it would work with Solace AI, whose founders previously worked at Google and Stanford University.")
    assert pairs(ex) == {frozenset(("Brennan Hospital", "Solace AI"))}
    ex = run("Corva Labs is working with Westmead Children's Hospital to test a new asthma app.")
    assert pairs(ex) == {frozenset(("Corva Labs", "Westmead Children's Hospital"))}


def test_selected_by_reads_the_supplier_first() -> None:
    ex = run("Norland Health has been selected by the Fife Health Board to supply its remote monitoring service.")
    assert ("Norland Health", "supplies", "Fife Health Board") in triples(ex)
    ex = run("La start-up Optimed a été choisie par le CHU de Reims pour déployer sa plateforme.")
    assert ("Optimed", "supplies", "CHU de Reims") in triples(ex)
    ex = run("The Fife Health Board has selected Norland Health to supply its remote monitoring service.")
    assert ("Norland Health", "supplies", "Fife Health Board") in triples(ex)


def test_more_backers_of_the_round_just_told() -> None:
    ex = run("Tessaly Health, which makes remote cardiac monitors, raised $30 million from Northpine Ventures and Orbit Capital. "
             "The round also included existing investor Halcyon Partners.")
    t = triples(ex)
    assert {(b, "funds", "Tessaly Health") for b in ("Northpine Ventures", "Orbit Capital", "Halcyon Partners")} <= t


def test_french_name_in_english_text_a_place_taken_for_an_org_and_a_headline_adjective() -> None:
    ex = run("The Groupe hospitalier Rennes-Est (GHRE) and Vitaleo, a French healthtech company, signed a partnership. "
             "Vitaleo was founded in 2018 in Lyon by former engineers of Dassault Systèmes.")
    names = {o.name for o in ex.orgs}
    assert "Groupe hospitalier Rennes-Est" in names and "Lyon" not in names
    assert pairs(ex) == {frozenset(("Groupe hospitalier Rennes-Est", "Vitaleo"))}
    ex = run("Digital health deals of the week\n\nKestrel Imaging signed a deal with Marlow Clinic. "
             "\"Radiologists are overwhelmed,\" said Marlow Clinic's medical director, Dr. Ruth Okafor.", date=None)
    assert {o.name for o in ex.orgs} == {"Kestrel Imaging", "Marlow Clinic"}
    assert has_person(ex, "Ruth Okafor", role="medical director")
    # an English word that heads French names does not run an English name on
    ex = run("The Beacon Cancer Centre medical director said the trial would start in May.")
    assert "Beacon Cancer Centre" in {o.name for o in ex.orgs}


def test_french_press_release_dateline_particles_and_investors() -> None:
    ex = run("Vannes, le 3 octobre 2024 – Le centre hospitalier Bretagne Atlantique (CHBA) et la société Medixa ont signé "
             "mardi une convention de partenariat.\n\n« Cette collaboration nous permet de suivre nos patients à domicile », "
             "explique le Dr Anne Le Goff, cardiologue au CHBA.\n\nMedixa a levé 6 millions d’euros en 2023 auprès de "
             "Go Capital et d’Ouest Croissance.", date=None)
    assert pairs(ex) == {frozenset(("centre hospitalier Bretagne Atlantique", "Medixa"))}
    assert has_person(ex, "Anne Le Goff", org="centre hospitalier bretagne atlantique", role="cardiologue")
    assert {("Go Capital", "funds", "Medixa"), ("Ouest Croissance", "funds", "Medixa")} <= triples(ex)


def test_a_name_before_a_hospital_cue_is_a_place_only_when_known_as_one() -> None:
    t = triples(run("The Aga Khan University Hospital, Nairobi has chosen Tiba Systems to replace its paper records."))
    assert ("Aga Khan University Hospital", "locatedIn", "nairobi") in t
    assert not any(o == "aga khan" for _s, _p, o in t)
    t = triples(run("Nantes University Hospital has chosen Tiba Systems to replace its paper records."))
    assert ("Nantes University Hospital", "locatedIn", "nantes") in t


def test_a_joint_launch_negated_refusal_and_french_funding_split() -> None:
    ex = run("Les Hospices civils de Lyon, le CHU de Saint-Étienne et la biotech grenobloise Renalys ont lancé jeudi le programme "
             "RENO-AURA, piloté par le pôle de compétitivité Lyon Biotech Santé. Sanofi et Roche, sollicités, n'ont pas souhaité "
             "rejoindre le programme.")
    assert pairs(ex) == {frozenset(p) for p in (("Hospices civils de Lyon", "CHU de Saint-Étienne"), ("Hospices civils de Lyon", "Renalys"),
                                                 ("CHU de Saint-Étienne", "Renalys"))}
    assert {o.name: o.type for o in ex.orgs}.get("Lyon Biotech Santé") == "Association"
    ex = run("Le programme RENO-AURA est doté de 4,5 millions d’euros, dont 2 millions apportés par la Région Auvergne-Rhône-Alpes "
             "et le reste par Bpifrance.")
    assert {("Région Auvergne-Rhône-Alpes", "funds", "reno aura"), ("Bpifrance", "funds", "reno aura")} <= triples(ex)
    names = {o.name for o in run("L’Université Claude-Bernard Lyon 1 et l'Université Paris 13 ont signé une convention.").orgs}
    assert names == {"Université Claude-Bernard Lyon 1", "Université Paris 13"}


def test_the_companies_a_backer_in_a_relative_clause_and_a_deployment_by_its_user() -> None:
    ex = run("Velora and Summit Ridge Health today announced a partnership. The companies will also co-develop a tele-stroke "
             "workflow with the University of Colorado School of Medicine.")
    assert frozenset(("Velora", "University of Colorado School of Medicine")) in pairs(ex)
    assert frozenset(("Summit Ridge Health", "University of Colorado School of Medicine")) in pairs(ex)
    t = triples(run("Velora, which is backed by Andreessen Horowitz and GV, received clearance in 2023."))
    assert {("Andreessen Horowitz", "funds", "Velora"), ("GV", "funds", "Velora")} <= t
    t = triples(run("Summit Ridge Health will deploy Velora's NeuroSight software in all 12 emergency departments."))
    assert ("neurosight", "deployedAt", "Summit Ridge Health") in t
    ex = run("\"Every minute counts,\" said Maria Chen, MD, chief medical officer at Summit Ridge Health.")
    assert has_person(ex, "Maria Chen", role="chief medical officer")
    # a person who leads a department at an organisation does not lead the organisation
    t = triples(run("\"It matters,\" said Professor Sue Waite, who leads genomic medicine at Monash Health."))
    assert not any(p == "leads" for _s, p, _o in t)


def test_news_wording_from_india_australia_and_japan() -> None:
    assert pairs(run("Apollo Hospitals has tied up with Qure Labs to screen chest X-rays for tuberculosis.")) == {
        frozenset(("Apollo Hospitals", "Qure Labs"))}
    assert pairs(run("Manipal Health Enterprises forges alliance with Siemens Healthineers.")) == {
        frozenset(("Manipal Health Enterprises", "Siemens Healthineers"))}
    ex = run("Rakuten Medical collaborates with the National Cancer Center Japan on head and neck cancer.")
    assert pairs(ex) == {frozenset(("Rakuten Medical", "National Cancer Center Japan"))}
    t = triples(run("Clearview Diagnostics has been awarded a $5 million contract by Queensland Health."))
    assert ("Clearview Diagnostics", "supplies", "Queensland Health") in t
    t = triples(run("Healius to acquire Adora Fertility for A$20 million."))
    assert ("Healius", "acquired", "Adora Fertility") in t
    assert ("Medline Industries", "acquired", "Arden Surgical") in triples(run("Medline Industries takes majority stake in Arden Surgical."))
    t = triples(run("Le groupe Vivalto Santé prend le contrôle de la Clinique de l'Anjou."))
    assert ("Vivalto Santé", "acquired", "Clinique de l'Anjou") in t


def test_a_sale_to_a_buyer_and_a_group_suffix() -> None:
    t = triples(run("Ramsay Health Care has sold its stake in Ramsay Sime Darby Health Care to Columbia Asia Group."))
    assert ("Columbia Asia Group", "acquired", "Ramsay Sime Darby Health Care") in t
    t = triples(run("Le groupe Korian a cédé la clinique Saint-Jean à la société Inicea."))
    assert ("Inicea", "acquired", "clinique Saint-Jean") in t
    assert not triples(run("Pfizer sells medicines to hospitals across Kenya."))
    ex = run("Siloam Hospitals Group has selected Halodoc to run video consultations. Siloam Hospitals did not disclose the value.")
    assert {o.name for o in ex.orgs} == {"Siloam Hospitals Group", "Halodoc"}


def test_a_quoted_first_person_collaboration_is_the_speakers_organisation() -> None:
    ex = run("\"We are delighted to partner with Northgate Hospital,\" said Priya Nair, chief executive of Kelvra Analytics.")
    assert pairs(ex) == {frozenset(("Kelvra Analytics", "Northgate Hospital"))}
    ex = run("« Nous sommes ravis de travailler avec le CHU de Nantes », a déclaré Marc Petit, président de la société Kaliop.")
    assert pairs(ex) == {frozenset(("Kaliop", "CHU de Nantes"))}
    assert has_person(ex, "Marc Petit", org="kaliop", role="président")
    # the speaker's organisation is not a party of a collaboration told in the third person
    ex = run("\"Hospitals partner with start-ups all the time,\" said Priya Nair, chief executive of Kelvra Analytics.")
    assert not pairs(ex)
    ex = run("Dr. Sarah Klein, who led the study at Boston Children's Hospital, said the results were promising.")
    assert has_person(ex, "Sarah Klein", org="boston children's hospital")


def test_french_joint_launches_joint_centres_and_reliance_on_a_supplier() -> None:
    ex = run("Medysys, filiale du groupe Vantiva, lance, avec la clinique Pasteur, une solution de suivi post-opératoire.")
    assert pairs(ex) == {frozenset(("Medysys", "clinique Pasteur"))}
    assert ex.collaborations[0].kind == "Partnership"  # a clinic's name is no clinical-research context
    assert pairs(run("Philips et le CHU de Rennes ont inauguré jeudi un centre d'innovation commun.")) == {frozenset(("Philips", "CHU de Rennes"))}
    t = triples(run("Le CHU de Bordeaux s'appuie sur la technologie de la start-up Incepto pour lire ses mammographies."))
    assert ("Incepto", "supplies", "CHU de Bordeaux") in t


def test_appointments_and_a_role_of_the_hospital_just_named() -> None:
    ex = run("Sarah Lin has been appointed chief executive of Halcyon Diagnostics.")
    assert has_person(ex, "Sarah Lin", org="halcyon diagnostics", role="chief executive")
    ex = run("Claire Martin devient directrice générale du CHU de Dijon.")
    assert has_person(ex, "Claire Martin", org="chu de dijon", role="directrice générale")
    ex = run("Kisumu County Referral Hospital has chosen Tiba Systems. The hospital's chief nursing officer, Grace Achieng, "
             "said staff had been trained.")
    assert has_person(ex, "Grace Achieng", org="kisumu county referral hospital")


def test_relative_and_attributive_dates() -> None:
    from kg.extract.temporal import sentence_date

    assert sentence_date("The deal follows HMG's 2023 partnership with Microsoft.", "2025-02-03", "en") == "2023"
    assert sentence_date("Mouwasat announced a similar project with Siemens last month.", "2025-01-15", "en") == "2024-12"
    assert sentence_date("Le CHU avait signé un accord similaire l'an dernier.", "2025-03-01", "fr") == "2024"
    ex = run("Mouwasat Medical Services announced a similar project with Siemens Healthineers last month.", date="2025-02-03")
    assert pairs(ex) == {frozenset(("Mouwasat Medical Services", "Siemens Healthineers"))}
    assert ex.collaborations[0].date == "2025-01"


def test_unnamed_funded_work_goes_to_the_non_company_parties_and_more_investors() -> None:
    ex = run("Zipline and mPharma signed an agreement with Korle Bu Teaching Hospital. The programme is funded by the Mastercard Foundation.")
    t = triples(ex)
    assert ("Mastercard Foundation", "funds", "Korle Bu Teaching Hospital") in t
    assert not any(s == "Mastercard Foundation" and o in ("Zipline", "mPharma") for s, _p, o in t)
    ex = run("Lagos State Government signed a deal with Medcare Systems. Afreximbank is financing the purchase through a credit line.")
    assert ("Afreximbank", "funds", "Lagos State Government") in triples(ex)
    ex = run("Vitalink raised $20 million in a round led by Temasek. Existing investors Antler and Vertex Ventures also took part in the round.")
    assert {("Antler", "funds", "Vitalink"), ("Vertex Ventures", "funds", "Vitalink")} <= triples(ex)


def test_french_ministry_names_with_adjectives_inside() -> None:
    names = {o.name for o in run("Le ministère de la Santé et des Services sociaux du Québec finance la moitié du projet.").orgs}
    assert names == {"ministère de la Santé et des Services sociaux du Québec"}
    names = {o.name for o in run("Le programme sera déployé avec le soutien du ministère de la Santé et de la Protection sociale.").orgs}
    assert names == {"ministère de la Santé et de la Protection sociale"}


def test_french_roles_with_references_and_defined_acronyms() -> None:
    ex = run("Le CHU de Caen et la société Medixa ont signé une convention. Pour Claire Dubois, directrice des soins du CHU, « c'est une étape ».")
    assert has_person(ex, "Claire Dubois", org="chu de caen", role="directrice des soins")
    ex = run("Le groupe Vivalto Santé a racheté la clinique. « Une belle opération », a déclaré le président-directeur général du groupe, Louis Blanc.")
    assert has_person(ex, "Louis Blanc", org="vivalto sante")
    ex = run("L'Agence régionale de santé (ARS) a validé le projet, a indiqué la directrice générale de l'ARS, Anne Morel.")
    assert has_person(ex, "Anne Morel", org="agence regionale de sante")
    ex = run("Selon Marie Lenoir, directrice de l'innovation à l'Institut Curie, l'outil sera généralisé.")
    assert has_person(ex, "Marie Lenoir", role="directrice de l'innovation")
    # a type acronym before a name, or after a description, is no organisation of its own
    ex = run("Le groupement hospitalier de territoire (GHT) Cœur Grand Est a signé avec Siemens Healthineers. Le GHT compte huit hôpitaux.")
    assert "GHT" not in {o.name for o in ex.orgs}


def test_membership_wording_and_types_from_what_an_organisation_runs() -> None:
    assert ("CHU de Reims", "memberOf", "Unicancer") in triples(run("Le CHU de Reims devient membre du réseau Unicancer."))
    ex = run("La clinique du Parc adhère à la Fédération de l'hospitalisation privée.")
    assert ("clinique du Parc", "memberOf", "Fédération de l'hospitalisation privée") in triples(ex)
    types = {o.name: o.type for o in run("Summit Ridge Health, which runs 12 hospitals in Colorado, has chosen Velora.").orgs}
    assert types["Summit Ridge Health"] == "Hospital"
    types = {o.name: o.type for o in run("Elsan, qui regroupe 120 cliniques, a choisi la start-up Medixa.").orgs}
    assert types["Elsan"] == "Hospital"


def test_a_single_name_that_acts_is_an_organisation_but_a_family_name_stays_a_person() -> None:
    ex = run("The alliance will sequence tumours. Illumina will supply the sequencers.")
    assert "Illumina" in {o.name for o in ex.orgs}
    assert "Abbott" in {o.name for o in run("The devices are made by Abbott and by a Chinese manufacturer.").orgs}
    assert "Doctolib" in {o.name for o in run("Par ailleurs, Doctolib a annoncé l’ouverture d’un bureau à Nantes.").orgs}
    ex = run("\"Care must come first,\" said Ding Gang, director of Shareon Clinic. Ding added that the clinic would hire.")
    assert "Ding" not in {o.name for o in ex.orgs}
    assert has_person(ex, "Ding Gang")
    # a known place after "from" stays a place
    assert "Kenya" not in {o.name for o in run("Nairobi Hospital bought scanners from Kenya and Uganda.").orgs}


def test_title_case_headlines_and_names_made_of_type_words() -> None:
    ex = run("Philips Signs Deal With Ashford University Hospital To Modernise Imaging\n\n"
             "Philips and Ashford University Hospital signed a ten-year agreement on imaging.", date=None)
    assert {o.name for o in ex.orgs} == {"Philips", "Ashford University Hospital"}
    assert pairs(ex) == {frozenset(("Philips", "Ashford University Hospital"))}
    ex = run("Under a 10-year contract, Alliance Medical will run the imaging department of Ashford Hospital.")
    assert pairs(ex) == {frozenset(("Alliance Medical", "Ashford Hospital"))}
    # a capitalised generic phrase after an article is still no name
    assert "University Hospital" not in {o.name for o in run("Philips signed a deal with the University Hospital.").orgs}


def test_partners_listed_after_a_linking_verb_and_sentence_adverbs() -> None:
    ex = run("The five partners are Orrin Hospital, Quill Analytics and Ridge University.")
    assert len(pairs(ex)) == 3
    ex = run("Alongside Tessaly Health, the Brennan Institute and Corva Labs will test the device.")
    assert "Tessaly Health" in {o.name for o in ex.orgs}
    assert frozenset(("Tessaly Health", "Corva Labs")) in pairs(ex)


def test_weak_wording_states_no_collaboration() -> None:
    for text in ("Canon supplies ink to Ashford Hospital's print room.",
                 "Siemens Healthineers and Philips both sell scanners in Kenya.",
                 "Like Philips, Siemens Healthineers has an office in Nairobi.",
                 "Dr Smith, who has worked with several hospitals, joined Kelvra Analytics in 2020."):
        assert not pairs(run(text)), text


def test_where_a_partnership_goes_next_and_a_member_of_a_group() -> None:
    ex = run("The partnership between Brennan Hospital and Quill Analytics will be extended to Orrin Hospital and Eastgate Clinic next year.")
    assert pairs(ex) == {frozenset(("Brennan Hospital", "Quill Analytics"))}
    ex = run("Tessaly Health signed a supply contract with Marlow Clinic, a member of the Northgate Hospital Group.")
    assert pairs(ex) == {frozenset(("Tessaly Health", "Marlow Clinic"))}
    assert ("Marlow Clinic", "memberOf", "Northgate Hospital Group") in triples(ex)


def test_people_linked_by_whose_dont_and_a_comma_before_de() -> None:
    ex = run("Le CHU de Brest a signé avec la société Medixa, dont le directeur général, Paul Henry, a salué l'accord.")
    assert has_person(ex, "Paul Henry", org="medixa", role="directeur général")
    ex = run("Ashford Hospital chose Kelvra Analytics, whose chief executive, Priya Nair, said the rollout would start in May.")
    assert has_person(ex, "Priya Nair", org="kelvra analytics")
    ex = run("Le CHU de Brest a signé avec Medixa. « Ce partenariat est clé », estime le professeur Marc Leroy, du CHU de Brest.")
    assert has_person(ex, "Marc Leroy", org="chu de brest")


def test_english_roles_by_possessive_pronoun_plural_possessive_and_role_acronym() -> None:
    ex = run("Kelvra Analytics said its chief executive, Priya Nair, would lead the rollout.")
    assert has_person(ex, "Priya Nair", org="kelvra analytics", role="chief executive")
    ex = run("\"This is a big step,\" said Priya Nair, Kelvra Analytics' chief executive.")
    assert has_person(ex, "Priya Nair", org="kelvra analytics")
    ex = run("Kelvra Analytics CEO Priya Nair said the deal was the largest in its history.")
    assert {o.name for o in ex.orgs} == {"Kelvra Analytics"}
    assert has_person(ex, "Priya Nair", org="kelvra analytics", role="CEO")


def test_an_acronym_in_the_names_own_language_is_an_alias() -> None:
    ex = run("Nordlys Health signed an agreement with Oslo University Hospital (OUS). OUS will share its records.")
    assert {o.name for o in ex.orgs} == {"Nordlys Health", "Oslo University Hospital"}
    assert pairs(ex) == {frozenset(("Nordlys Health", "Oslo University Hospital"))}


def test_a_type_word_alone_and_prize_or_event_names_are_not_organisations() -> None:
    ex = run("The start-up won the Grands Prix d’Innovation de la Ville de Paris in Health category in 2017.")
    assert not ex.orgs
    ex = run("Medixa présentera sa solution au Salon Santé Autonomie, avec le CHU de Lyon.")
    assert "Salon Santé Autonomie" not in {o.name for o in ex.orgs}


def test_a_name_inside_another_relative_clause_is_not_the_relations_party() -> None:
    t = triples(run("Kelvra Analytics, which partnered with Ashford Hospital last year, was acquired by Oracle Health."))
    assert ("Oracle Health", "acquired", "Kelvra Analytics") in t
    assert not any(o == "Ashford Hospital" and p == "acquired" for _s, p, o in t)


def test_round_up_items_references_and_appointments() -> None:
    ex = run("**Visiba, Region Skåne sign telehealth deal.** Visiba signed a four-year contract with Region Skåne to run its video clinics.\n\n"
             "**Mediq buys Danish supplier.** Mediq has acquired Copenhagen-based Nordic Care Supplies for an undisclosed amount.\n\n"
             "**Oura raises again.** Finnish ring maker Oura raised $200 million from Fidelity. The company also announced a research "
             "collaboration with the University of Helsinki.\n\n**Appointment.** Karin Svensson becomes chief executive of Karolinska Development.",
             date=None)
    assert pairs(ex) == {frozenset(("Visiba", "Region Skåne")), frozenset(("Oura", "University of Helsinki"))}
    t = triples(ex)
    assert ("Mediq", "acquired", "Nordic Care Supplies") in t and ("Fidelity", "funds", "Oura") in t
    assert has_person(ex, "Karin Svensson", org="karolinska development")
    assert "Karin Svensson" not in {o.name for o in ex.orgs}


def test_names_joined_by_and_that_name_one_body_and_a_university_then_a_company() -> None:
    ex = run("The Ministry of Health and Family Welfare signed an agreement with the University of Leeds and Harlow Medical Imaging Europe.")
    names = {o.name for o in ex.orgs}
    assert {"Ministry of Health and Family Welfare", "University of Leeds", "Harlow Medical Imaging Europe"} <= names
    assert frozenset(("Ministry of Health and Family Welfare", "University of Leeds")) in pairs(ex)


def test_national_bodies_and_a_role_word_inside_a_name() -> None:
    ex = run("The trial at Norrland General Hospital is funded by Innovate UK and the Chief Scientist Office, with Medlow Taiwan supplying the sensors.")
    names = {o.name for o in ex.orgs}
    assert {"Innovate UK", "Chief Scientist Office"} <= names and "Office" not in names and "Innovate" not in names


def test_french_names_with_a_head_a_trailing_adjective_or_a_place_with_an_elision() -> None:
    ex = run("Le projet est financé par le Fonds de recherche du Nouveau-Brunswick et par Génome Atlantique. "
             "La convention lie le ministère de la Santé publique et l’Agence régionale de santé Provence-Alpes-Côte d’Azur.")
    names = {o.name for o in ex.orgs}
    assert {"Fonds de recherche du Nouveau-Brunswick", "ministère de la Santé publique", "Agence régionale de santé Provence-Alpes-Côte d’Azur"} <= names
    assert "Génome Atlantique" in names
    ex = run("Le ministère de la Santé français a signé une convention avec l’hôpital Morvan.")
    assert "ministère de la Santé" in {o.name for o in ex.orgs}


def test_a_typed_name_and_its_hyphenated_extension_are_one_organisation() -> None:
    ex = run("Le CHU de Sherbrooke-Université Bishop et la société Kerylos ont signé un partenariat. "
             "« C’est une étape », a déclaré la directrice du CHU de Sherbrooke, Anne Roy.")
    assert len([o for o in ex.orgs if o.name.startswith("CHU de Sherbrooke")]) == 1
    assert frozenset(("CHU de Sherbrooke-Université Bishop", "Kerylos")) in pairs(ex)


def test_an_organisation_that_joins_the_collaboration_just_told() -> None:
    ex = run("Orvane Health and Maplewood Hospital signed a three-year partnership on Monday. Kestrel University is also a party to the agreement.")
    assert frozenset(("Kestrel University", "Orvane Health")) in pairs(ex) and frozenset(("Kestrel University", "Maplewood Hospital")) in pairs(ex)
    ex = run("La clinique Beausoleil et la société Norvia ont signé une convention de partenariat. "
             "L’université de Pau est également partie prenante de l’accord, pour le volet recherche.")
    assert frozenset(("université de Pau", "Norvia")) in pairs(ex)
    ex = run("Orvane Health and Maplewood Hospital signed a partnership. Tarn General Hospital joined the study as a second site.")
    assert not any("Tarn General Hospital" in p for p in pairs(ex))  # a study site, not a party


def test_the_company_opening_a_sentence_after_a_dateline_and_a_headline_with_two_verbs() -> None:
    ex = run("Danish start-up Lumora raises €8 million and signs with Aarhus University Hospital\n\n"
             "AARHUS, 3 June 2025 - Lumora, an Aarhus start-up that reads wound photos, has raised €8 million in a round led by Nordic Eye, "
             "with participation from Vaekstfonden and Seed Capital.\n\n"
             "The company also signed a research agreement with Aarhus University Hospital to test its app on 2,000 patients.")
    assert pairs(ex) == {frozenset(("Lumora", "Aarhus University Hospital"))}
    assert ("Aarhus University Hospital", "funds", "Lumora") not in triples(ex)


def test_a_health_board_over_two_areas_at_the_head_of_a_list() -> None:
    ex = run("PERTH, 2 May 2025 - NHS Tayside and Fife, the University of Dundee and Lomond Imaging have launched a consortium to test AI triage.")
    names = {o.name for o in ex.orgs}
    assert "NHS Tayside and Fife" in names and "Fife" not in names
    assert frozenset(("NHS Tayside and Fife", "Lomond Imaging")) in pairs(ex)


def test_bold_lead_ins_of_a_round_up_and_the_organisation_a_role_is_held_at() -> None:
    ex = run("Brèves de la semaine\n\n**Nomination.** Claire Vidal devient directrice générale de l’Ostéopôle de Bordeaux.\n\n"
             "**Levée de fonds.** La start-up Biovexa lève 3 millions d’euros auprès de Seventure.")
    names = {o.name for o in ex.orgs}
    assert "Nomination" not in names and "Levée" not in names
    assert "Ostéopôle de Bordeaux" in names and has_person(ex, "Claire Vidal", "osteopole de bordeaux")


def test_a_product_in_an_apposition_and_its_maker_named_earlier() -> None:
    ex = run("Rivermead Hospital and Tessellate, a Danish health AI company, extended their partnership. "
             "Under the new agreement, Tessellate Flow, the company's bed-planning software, will be rolled out at Kingsgate Hospital.")
    assert "Tessellate Flow" not in {o.name for o in ex.orgs}
    assert ("Tessellate", "develops", "tessellate flow") in triples(ex)
    assert ("tessellate flow", "deployedAt", "Kingsgate Hospital") in triples(ex)
    ex = run("Corvid Labs will supply Corvid LUNG AI, its screening software for chest X-rays, to Harbour City Hospital.")
    assert ("Corvid Labs", "supplies", "Harbour City Hospital") in triples(ex)
    assert any("Corvid LUNG AI" in map(str, p) for p in ex.products)
    ex = run("Brightwater Health, a Swedish software company, signed an agreement with Alder Hospital.")
    assert "Brightwater Health" in {o.name for o in ex.orgs}  # "a software company" is no product apposition


def test_a_relative_clause_with_its_own_collaboration_and_descriptive_appositions() -> None:
    ex = run("Orbis Medical, which already works with Pine Ridge Health, has now signed a three-year agreement with Coastal Care Network.")
    assert pairs(ex) == {frozenset(("Orbis Medical", "Pine Ridge Health")), frozenset(("Orbis Medical", "Coastal Care Network"))}
    ex = run("Le CHU de Nantes, qui collabore déjà avec l’Inria, a choisi la société Lifen pour numériser ses courriers.")
    assert frozenset(("Inria", "Lifen")) not in pairs(ex) and frozenset(("CHU de Nantes", "Lifen")) in pairs(ex)
    ex = run("Halvard Health, a portfolio company of Northwind Capital, has partnered with Sorrel Valley Hospital.")
    assert pairs(ex) == {frozenset(("Halvard Health", "Sorrel Valley Hospital"))}
    ex = run("The agreement follows a similar deal between Halvard Health and the Mercy Health System, and comes as rivals such as Tidewater AI expand.")
    assert not any("Tidewater AI" in p for p in pairs(ex))


def test_an_unknown_word_opening_a_sentence_as_its_subject_is_a_name() -> None:
    ex = run("Medlane signed a distribution agreement with Ostara Pharma on Monday. Research shows such deals help.")
    assert frozenset(("Medlane", "Ostara Pharma")) in pairs(ex)
    assert "Research" not in {o.name for o in ex.orgs}
    ex = run("La start-up lyonnaise Calyxis, soutenue par Bpifrance et incubée au sein de Pulsalys, a signé un partenariat avec le CHU de Saint-Étienne.")
    assert pairs(ex) == {frozenset(("Calyxis", "CHU de Saint-Étienne"))}


def test_consortium_members_in_the_nouns_own_clause_preferred_suppliers_and_signings() -> None:
    ex = run("A consortium led by the Karlsborg Institute and including Medivault, Synthera and the University of Osterby has won a €9 million grant.")
    assert {frozenset(("Karlsborg Institute", "Medivault")), frozenset(("Synthera", "University of Osterby"))} <= pairs(ex)
    ex = run("The five-year deal makes Corvex Imaging the preferred supplier of MRI scanners to Northgate Health Partners.")
    assert pairs(ex) == {frozenset(("Corvex Imaging", "Northgate Health Partners"))}
    ex = run("Health Minister Joseph Okafor witnessed the signing between the Lagos State Government and Nexa Diagnostics.")
    assert pairs(ex) == {frozenset(("Lagos State Government", "Nexa Diagnostics"))}
    ex = run("Mass Harbor Health has expanded its agreement with Kivo, the Tel Aviv-based AI company, to bring its algorithms to "
             "all of its hospitals, including Harbor General Hospital.")
    assert pairs(ex) == {frozenset(("Mass Harbor Health", "Kivo"))}


def test_a_with_the_parse_left_without_its_object() -> None:
    ex = run("St Aldric's Hospital has teamed up with software maker Quanterra to cut waiting times in its emergency department.")
    assert pairs(ex) == {frozenset(("St Aldric's Hospital", "Quanterra"))}


def test_french_objects_of_triggers_names_the_parse_hung_as_clauses_and_bodies_named_by_a_cue() -> None:
    ex = run("Servier a acquis Genoptima pour 120 millions d’euros.")
    assert ("Servier", "acquired", "Genoptima") in triples(ex)
    ex = run("Le groupe hospitalier Nord-Essonne a choisi la société Maincare pour informatiser son dossier patient.")
    assert pairs(ex) == {frozenset(("groupe hospitalier Nord-Essonne", "Maincare"))}
    ex = run("Le ministère a signé une convention avec l’Assurance maladie et la Haute Autorité de santé.")
    assert "Assurance maladie" in {o.name for o in ex.orgs}
    ex = run("À Dakar, l’hôpital Principal et l’Institut Pasteur de Dakar ont uni leurs forces pour créer un laboratoire commun.")
    assert pairs(ex) == {frozenset(("hôpital Principal", "Institut Pasteur de Dakar"))}


def test_members_listed_funders_after_an_amount_or_a_span_of_time_and_named_programmes() -> None:
    ex = run("Four institutions have formed a consortium to study sepsis. The members are Norrland University, the Tarnby General Hospital, "
             "the software firm Qlinic and Vexa, a Malmo start-up.")
    assert {frozenset(("Norrland University", "Vexa")), frozenset(("Qlinic", "Tarnby General Hospital"))} <= pairs(ex)
    ex = run("The programme, named ALPHA-9, is funded with 3 million euros from the Nordic Research Agency and will be led by Tarnby General Hospital.")
    assert {("Nordic Research Agency", "funds", "alpha 9"), ("Tarnby General Hospital", "leads", "alpha 9")} <= triples(ex)
    ex = run("Baptisé Helios Hub, le centre réunira 40 chercheurs. Il est financé pour cinq ans par la Fondation Leclerc.")
    assert ("Fondation Leclerc", "funds", "helios hub") in triples(ex)
    assert not any("Baptisé" in o.name for o in ex.orgs)
    ex = run("Le CHU de Nîmes recevra pour cela un financement de la Banque mondiale.")
    assert ("Banque mondiale", "funds", "CHU de Nîmes") in triples(ex)


def test_names_of_other_languages_ampersands_possessors_and_subjects_the_model_took_for_places() -> None:
    ex = run("Corden Specialist Hospital & Research Centre (CSHRC) has signed a licensing agreement with Lumix Bio.")
    assert pairs(ex) == {frozenset(("Corden Specialist Hospital & Research Centre", "Lumix Bio"))}
    ex = run("Gruppo Ospedaliero Lariano said last week it had completed the acquisition of Clinica Santa Lucia.")
    assert ("Gruppo Ospedaliero Lariano", "acquired", "Clinica Santa Lucia") in triples(ex)
    ex = run("Lux Med's rival Medicover last month opened a proton therapy centre together with the Warsaw Oncology Institute.")
    assert pairs(ex) == {frozenset(("Medicover", "Warsaw Oncology Institute"))}
    ex = run("In March, Chang Gung Memorial Hospital and Foxconn agreed to set up a joint smart-hospital lab in Linkou, while National Taiwan "
             "University Hospital has been working with Microsoft Taiwan on cloud records since 2023.")
    assert pairs(ex) == {frozenset(("Chang Gung Memorial Hospital", "Foxconn")), frozenset(("National Taiwan University Hospital", "Microsoft Taiwan"))}


def test_roles_after_an_organisation_references_by_a_subject_units_and_dispatch_credits() -> None:
    ex = run("Philips Poland general manager Marek Nowak said it was the company's largest contract.")
    assert has_person(ex, "Marek Nowak", "philips poland", "general manager")
    ex = run("Lux Med, the Polish healthcare provider owned by Bupa, said on Tuesday it had agreed to acquire Diagnostyka Obrazowa. "
             "At the same time the group signed a ten-year contract with Philips.")
    assert ("Lux Med", "acquired", "Diagnostyka Obrazowa") in triples(ex)
    assert pairs(ex) == {frozenset(("Lux Med", "Philips"))}
    ex = run("Taipei Veterans General Hospital signed a memorandum of understanding with Quanta Computer. Under the MoU, Quanta's QOCA unit "
             "will train models on ICU records held by the hospital, and the two sides will co-develop a sepsis tool.")
    assert ("QOCA", "subsidiaryOf", "Quanta Computer") in triples(ex)
    assert pairs(ex) == {frozenset(("Quanta Computer", "Taipei Veterans General Hospital"))}
    ex = run("Pharmacie\n\nAlger, 20 mai 2025 (APS) – Le groupe Saidal a signé mardi un accord de partenariat avec le laboratoire Hikma Pharmaceuticals.")
    assert pairs(ex) == {frozenset(("Saidal", "Hikma Pharmaceuticals"))}
    ex = run("Its product, VireoCardia, is FDA-cleared. Vireo Imaging is backed by Khosla Ventures.")
    assert "FDA-cleared" not in {o.name for o in ex.orgs} and ("Khosla Ventures", "funds", "Vireo Imaging") in triples(ex)
    ex = run("The project will be led by neurologist Pablo Lavados of Clínica Alemana. \"Patients should be treated fast,\" Lavados said.")
    assert has_person(ex, "Pablo Lavados", "clinica alemana") and "Lavados" not in {o.name for o in ex.orgs}


def test_names_given_in_full_with_at_founders_in_a_relative_clause_and_french_adjectives() -> None:
    ex = run("The University of Colorado Health Science Center at Aurora (UCHealth Aurora) and Brisk Imaging announced a research alliance.")
    assert pairs(ex) == {frozenset(("University of Colorado Health Science Center at Aurora", "Brisk Imaging"))}
    ex = run("Norvia, which was set up by the Halden Fund in 2021, also agreed to co-develop two tests with Tarn Hospital.")
    assert frozenset(("Norvia", "Halden Fund")) not in pairs(ex)
    ex = run("Saidal a signé un accord, a indiqué le ministère de l’Industrie pharmaceutique dans un communiqué.")
    assert "ministère de l’Industrie pharmaceutique" in {o.name for o in ex.orgs}
    ex = run("Gruppo Medico Lariano said it had completed the acquisition of Casa di Cura Villa Verde.")
    assert "Gruppo Medico Lariano" in {o.name for o in ex.orgs}


def test_one_unknown_word_after_in_is_a_place_unless_it_is_invested_in() -> None:
    ex = run("\"A patient in Temuco should be treated as fast as one in the capital,\" said Dr Ana Rojas of Clínica Vitalis.")
    assert "Temuco" not in {o.name for o in ex.orgs}
    ex = run("Helix Ventures has taken a minority stake in Quorvia, a Lisbon start-up.")
    assert "Quorvia" in {o.name for o in ex.orgs}


def test_regions_before_superlatives_headline_partnerships_stamps_and_shared_subjects() -> None:
    ex = run("\nNuvira Health and Eastbrook Medical Center Announce Strategic Partnership to Expand Stroke Care\n\n"
             "Nuvira Health, a leader in clinical AI, and Eastbrook Medical Center, one of New England's largest academic medical centers, "
             "today announced a multi-year strategic partnership. Nuvira develops FDA-cleared AI software for acute care. "
             "Eastbrook previously worked with GE HealthCare on imaging workflow and is a member of the Northeast Stroke Network.")
    names = {o.name for o in ex.orgs}
    assert not names & {"New England", "Strategic Partnership", "FDA-cleared AI"}
    assert frozenset(("Nuvira Health", "Eastbrook Medical Center")) in pairs(ex)
    assert not any("New England" in p for p in pairs(ex))
    assert ("Eastbrook Medical Center", "memberOf", "Northeast Stroke Network") in triples(ex)
    assert ("GE HealthCare", "memberOf", "Northeast Stroke Network") not in triples(ex)


def test_an_adverb_inside_a_collaboration_phrase() -> None:
    ex = run("Le Centre hospitalier de Cornouaille (CHIC) et Lumedix annoncent un partenariat. "
             "Le CHIC travaille déjà avec le CHU de Brest sur la téléexpertise en diabétologie.")
    assert frozenset(("Centre hospitalier de Cornouaille", "CHU de Brest")) in pairs(ex)
    ex = run("Harlow Clinic already works with Medivane on remote monitoring.")
    assert pairs(ex) == {frozenset(("Harlow Clinic", "Medivane"))}


def test_more_ways_of_choosing_a_supplier() -> None:
    ex = run("Mercy North enlists Talvo Health for remote cardiac monitoring.")
    assert ("Talvo Health", "supplies", "Mercy North") in triples(ex)
    ex = run("Halden University Hospital has gone live with Corvane's electronic health record across its three sites.")
    assert ("Corvane", "supplies", "Halden University Hospital") in triples(ex)
    ex = run("Belmont Clinic picks Oravex as its imaging AI vendor.")
    assert pairs(ex) == {frozenset(("Belmont Clinic", "Oravex"))}
    ex = run("L’hôpital Foch a fait le choix de la société Medaviz pour ses téléconsultations.")
    assert pairs(ex) == {frozenset(("hôpital Foch", "Medaviz"))}


def test_a_role_title_then_a_person_of_an_organisation_and_a_single_word_after_a_role() -> None:
    ex = run("Superintendent Chen Wei-ming of Harbour General Hospital said the trial would begin next year.")
    assert has_person(ex, "Chen Wei-ming", "harbour general hospital") and "Harbour General Hospital" in {o.name for o in ex.orgs}
    ex = run("The agreement was signed by Karim Benali, CEO of Medinova.")
    assert has_person(ex, "Karim Benali", "medinova", "CEO")


def test_a_parent_in_an_apposition_is_not_the_subject_and_co_investors_are_not_partners() -> None:
    ex = run("La start-up nantaise Hopia, filiale du groupe Nehs, fournit sa solution de planification au CHU d’Angers.")
    assert ("Hopia", "supplies", "CHU d’Angers") in triples(ex) or ("Hopia", "supplies", "CHU d'Angers") in triples(ex)
    assert not any(t[0] == "Nehs" and t[1] == "supplies" for t in triples(ex))
    ex = run("Le fonds Jeito Capital a mené le tour de table, aux côtés de Bpifrance et de Sofinnova Partners.")
    assert not pairs(ex)


def test_a_known_place_before_a_descriptor_that_heads_the_next_name_and_bodies_over_two_fields() -> None:
    ex = run("In Europe, the NHS trust Barnsley Hospital signed a three-year contract with Kheiron Medical.")
    assert "Europe" not in {o.name for o in ex.orgs}
    assert pairs(ex) == {frozenset(("Barnsley Hospital", "Kheiron Medical"))}
    ex = run("Vantor Health said it would close 40 sites, according to a filing with the Securities and Exchange Commission.")
    assert "Securities and Exchange Commission" in {o.name for o in ex.orgs}


def test_parties_added_by_a_participle_or_a_later_relative_clause_and_licensing_verbs() -> None:
    ex = run("Brèves\n\nLe CHU de Lille, l’Institut Pasteur de Lille et l’université de Lille, associés à la société Inbiose, ont lancé le projet Respir+. "
             "Cette collaboration, qui associe également l’AP-HP, doit durer trois ans.")
    assert {frozenset(("CHU de Lille", "Inbiose")), frozenset(("AP-HP", "CHU de Lille"))} <= pairs(ex)
    ex = run("Pour Sielco, il s’agit du troisième accord de ce type, après ceux signés avec le CHU de Nîmes et l’hôpital Tenon.")
    assert frozenset(("CHU de Nîmes", "hôpital Tenon")) not in pairs(ex)
    ex = run("Under the terms of the deal, Quorum Labs will license its assay to Petra Diagnostics.")
    assert [c.kind for c in ex.collaborations] == ["LicensingAgreement"]


def test_currencies_french_heads_and_acronym_cues_written_in_lower_case() -> None:
    ex = run("The project is supported by a NOK 15 million grant from the Research Council of Norway.")
    assert "NOK" not in {o.name for o in ex.orgs}
    ex = run("L’étude est financée par la Ligue contre le cancer. Le logiciel sera évalué au centre Oscar-Lambret.")
    names = {o.name for o in ex.orgs}
    assert "Ligue contre le cancer" in names and "centre Oscar-Lambret" in names
    ex = run("\"It matters,\" said Dr. Lin Chi, chief medical officer of Harbour Cancer Centre.")
    assert has_person(ex, "Lin Chi", "harbour cancer centre") and "Lin Chi" not in {o.name for o in ex.orgs}


def test_a_platform_that_raises_money_is_a_company_and_agreements_to_create() -> None:
    ex = run("Kalma Hospitals has struck a deal with telemedicine platform Vidoc to offer video consultations. "
             "Vidoc, backed by Orion International and Sequoia, raised $50 million last year.")
    assert pairs(ex) == {frozenset(("Kalma Hospitals", "Vidoc"))}
    assert {("Orion International", "funds", "Vidoc"), ("Sequoia", "funds", "Vidoc")} <= triples(ex)
    ex = run("Pierce Health and the University of North Ridge agreed to create a rural medical residency program.")
    assert pairs(ex) == {frozenset(("Pierce Health", "University of North Ridge"))}


def test_public_bodies_that_list_their_fields_and_long_country_names() -> None:
    ex = run("Nouvelles\n\nLe ministère de la Santé publique, Hygiène et Prévoyance sociale de la République démocratique du Congo et "
             "le Fonds des Nations unies pour l’enfance (Unicef) ont signé mercredi un protocole d’accord.")
    assert pairs(ex) == {frozenset(("ministère de la Santé publique, Hygiène et Prévoyance sociale", "Fonds des Nations unies pour l’enfance"))}
    assert not {"Hygiène", "Prévoyance", "République"} & {o.name for o in ex.orgs}
    ex = run("Japan's Ministry of Health, Labour and Welfare signed an agreement with Takeda.")
    assert pairs(ex) == {frozenset(("Ministry of Health, Labour and Welfare", "Takeda"))}
    ex = run("The Ministry of Health, Pfizer and BioNTech signed an agreement on vaccines.")
    assert {"Ministry of Health", "Pfizer", "BioNTech"} <= {o.name for o in ex.orgs}
    ex = run("Le projet est conduit par le ministère de la Santé, de l'Hygiène publique et de la Couverture sanitaire universelle.")
    assert "ministère de la Santé, de l'Hygiène publique et de la Couverture sanitaire universelle" in {o.name for o in ex.orgs}


def test_funders_of_unnamed_work_said_again_with_their_preposition() -> None:
    ex = run("Stonebridge Medical Center and Aldwick University signed an agreement to set up a joint research laboratory. "
             "The laboratory is funded by the Carrow Foundation.")
    assert {("Carrow Foundation", "funds", "Stonebridge Medical Center"), ("Carrow Foundation", "funds", "Aldwick University")} <= triples(ex)
    ex = run("Lumora, a Bristol start-up that makes a symptom checker, has raised EUR 10 million from Speedline Ventures and from Hartwell Bank.")
    assert {("Speedline Ventures", "funds", "Lumora"), ("Hartwell Bank", "funds", "Lumora")} <= triples(ex)
    ex = run("Fondée en 2015, la start-up nantaise Biloba a levé 8 millions d’euros auprès de Kurma Partners et du fonds Seventure.")
    assert {("Kurma Partners", "funds", "Biloba"), ("Seventure", "funds", "Biloba")} <= triples(ex)
    ex = run("Brèves\n\nLe CHU de Brest et l’université de Bretagne occidentale ont signé une convention de recherche. "
             "L’étude est financée par la Région Bretagne et par Bpifrance, à hauteur de 1,5 million d’euros.")
    assert {("Région Bretagne", "funds", "CHU de Brest"), ("Bpifrance", "funds", "CHU de Brest")} <= triples(ex)


def test_units_after_a_possessive_and_suppliers_entrusted_with_work() -> None:
    ex = run("The evaluation will be run with Danforth University, whose Department of Public Health will compare outcomes.")
    assert {o.name for o in ex.orgs} == {"Danforth University"}
    ex = run("Brèves\n\nLe projet associe l’Institut Helvia et le service de cardiologie du CHU de Brest.")
    assert "Institut Helvia" in {o.name for o in ex.orgs}
    ex = run("Brèves\n\nLes HUC avaient déjà confié en 2024 à Medvia la fourniture de leurs équipements d’imagerie.")
    assert ("Medvia", "supplies", "HUC") in triples(ex)
    ex = run("Brèves\n\nSelon Anne Roux, directrice générale de Lunaphore, la technologie restera développée à Tolochenaz.")
    assert "Tolochenaz" not in {o.name for o in ex.orgs}


def test_agreement_between_parties_owners_and_founders() -> None:
    ex = run("The Department of Health welcomed the agreement between Luzon Heart Hospital and Philmed.")
    assert pairs(ex) == {frozenset(("Luzon Heart Hospital", "Philmed"))}
    ex = run("Vamer is majority-owned by Krellis. Holt Clinics, which is wholly owned by the Varga group, runs 40 clinics.")
    assert {("Vamer", "subsidiaryOf", "Krellis"), ("Holt Clinics", "subsidiaryOf", "Varga")} <= triples(ex)
    ex = run("Medisense was founded in 2016 by Anders Holm and Lars Berg. The company raised USD 60 million last year.")
    assert has_person(ex, "Anders Holm", "medisense") and has_person(ex, "Lars Berg", "medisense")
    ex = run("Brèves\n\nCréée en 2013 par le professeur Luc Berger, Visiomed est issue d’un institut de recherche.")
    assert "Créée" not in {o.name for o in ex.orgs} and has_person(ex, "Luc Berger", "visiomed")
    ex = run("Brèves\n\nOwkan, fondée en 2016 par Thomas Clément et Gilles Weber, a levé 30 millions d’euros.")
    assert has_person(ex, "Thomas Clément", "owkan") and has_person(ex, "Gilles Weber", "owkan")


def test_health_ministers_work_at_the_articles_ministry() -> None:
    ex = run("Norvik Health and the Department of Health signed a deal. Health Secretary Ramon Cruz said the department would send staff.")
    assert has_person(ex, "Ramon Cruz", "department of health")
    ex = run("The Ethiopian Ministry of Health signed an agreement with Lifto. Dr. Mekdes Alemu, Ethiopia's minister of health, said every region would benefit.")
    assert has_person(ex, "Mekdes Alemu", "ethiopian ministry of health")
    ex = run("Brèves\n\nLe ministère de la Santé du Togo et la Fondation Lumière ont signé une convention. "
             "« C’est une étape », a déclaré le ministre, Benoît Kossou, lors de la cérémonie.")
    assert has_person(ex, "Benoît Kossou", "ministere de la sante du togo")
    # two ministries: "the minister" alone names neither
    ex = run("The Ministry of Health and the Ministry of Finance signed an agreement with Lifto. The minister, Abebe Bekele, said it was a start.")
    assert not has_person(ex, "Abebe Bekele", "ministry of health")


def test_a_rival_named_beside_the_party_is_not_one() -> None:
    ex = run("Like its rival Corvex, Medlane has partnered with Haldor University Hospital on remote monitoring.")
    assert pairs(ex) == {frozenset(("Medlane", "Haldor University Hospital"))}
    ex = run("Brèves\n\nComme son concurrent Corvex, Medlane s’est associée au CHU de Brest pour la télésurveillance.")
    assert pairs(ex) == {frozenset(("Medlane", "CHU de Brest"))}
    ex = run("Lux Care's rival Medivo last month opened a proton therapy centre together with the Warsaw Oncology Institute.")
    assert frozenset(("Medivo", "Warsaw Oncology Institute")) in pairs(ex)


def test_two_names_each_with_a_proper_word_and_a_person_of_a_place() -> None:
    ex = run("Brèves\n\nVivalto Santé et Ramsay Santé ont signé un accord.")
    assert pairs(ex) == {frozenset(("Vivalto Santé", "Ramsay Santé"))}
    ex = run("Brèves\n\nMedlane rejoint ainsi Torva Santé et Quill Labs au sein du consortium.")
    assert {"Torva Santé", "Quill Labs"} <= {o.name for o in ex.orgs}
    ex = run("The Ministry of Health and Family Welfare signed an agreement with Medlane.")
    assert "Ministry of Health and Family Welfare" in {o.name for o in ex.orgs}
    ex = run("The laboratory will be headed by physicist Jean Fontaine of the Caen Cancer Centre.")
    assert {o.name for o in ex.orgs} == {"Caen Cancer Centre"} and has_person(ex, "Jean Fontaine", "caen cancer centre")


def test_context_beats_a_persons_reading_and_lists_are_no_appositions() -> None:
    ex = run("Portuguese hospital group Luz Vida, a subsidiary of Fosun International, bought Lab Vidal. "
             "The deal strengthens Luz Vida's network. Luz Vida chief executive Isabel Ramos did not comment.")
    assert {o.name for o in ex.orgs} >= {"Luz Vida", "Fosun International"} and "Luz Vida's network" not in {o.name for o in ex.orgs}
    assert has_person(ex, "Isabel Ramos", "luz vida")
    ex = run("Medlane has partnered with Harbour Cancer Care, the University of Kent and Torva Labs on a trial.")
    assert {o.name: o.type for o in ex.orgs}["Harbour Cancer Care"] != "University"
    ex = run("Lisbon news\n\nLuz Vida acquires Lisbon diagnostics chain as Cura signs AI pact with Google Cloud")
    assert ("Luz Vida", "acquired", "Cura") not in triples(ex)


def test_headquarters_places_named_people_and_verbs_after_a_comma() -> None:
    ex = run("The mobile operator Trueline, headquartered in Bangkok, will supply the network.")
    assert ("Trueline", "locatedIn", "bangkok") in triples(ex) and "Bangkok" not in {o.name for o in ex.orgs}
    ex = run("Brèves\n\nLe Centre François Baclesse, centre de lutte contre le cancer de Caen, et l’Université de Caen créent un laboratoire commun.")
    assert pairs(ex) == {frozenset(("Centre François Baclesse", "Université de Caen"))}
    ex = run("Northgate Hospital, the largest hospital in Tromsø, has chosen Medlane.")
    assert ("Northgate Hospital", "locatedIn", "tromsø") in triples(ex)


def test_acronym_between_a_type_name_and_its_place_and_a_project_that_involves_one_more() -> None:
    ex = run("Brèves\n\nLe centre hospitalier universitaire (CHU) de Limoges et la jeune pousse Kardiocare ont signé une convention. "
             "Le projet associe également l’Université de Limoges, dont le laboratoire évaluera l’impact. "
             "Le CHU de Limoges fait partie du groupement hospitalier de territoire (GHT) du Limousin.")
    names = {o.name for o in ex.orgs}
    assert "CHU" not in names and "GHT" not in names
    assert pairs(ex) == {frozenset(("centre hospitalier universitaire de Limoges", "Kardiocare")),
                         frozenset(("centre hospitalier universitaire de Limoges", "Université de Limoges")),
                         frozenset(("Kardiocare", "Université de Limoges"))}
    assert ("centre hospitalier universitaire de Limoges", "memberOf", "groupement hospitalier de territoire du Limousin") in triples(ex)
    ex = run("News\n\nThe Israeli company Vizen and the Hungarian firm Brainomix were also considered.")
    assert {o.name for o in ex.orgs} == {"Vizen", "Brainomix"}


def test_backers_the_model_reads_as_people_are_organisations() -> None:
    ex = run("Neurolytix raised CHF 18 million in a round led by Redalpine, with participation from the Zürcher Kantonalbank.")
    assert ("Zürcher Kantonalbank", "funds", "Neurolytix") in triples(ex)
    assert not has_person(ex, "Zürcher Kantonalbank")


def test_markdown_datelines_and_reporting_clauses() -> None:
    ex = run("# Deal\n\n*Cebu, 3 February 2026* — **Mercy Heart Hospital** and **Philmed** have signed a memorandum of understanding "
             "to set up a training centre at Mercy's campus in Lapulapu, the hospital said on Tuesday.", date=None)
    assert pairs(ex) == {frozenset(("Mercy Heart Hospital", "Philmed"))}
    assert not {"Cebu", "Lapulapu"} & {o.name for o in ex.orgs}


def test_spanish_particles_and_field_lists_kept_whole() -> None:
    ex = run("Fundación Valle Sano, the Universidad de los Andes and Roche have formed a partnership. "
             "The Ministry of Science, Technology and Innovation (Minciencias) awarded the project COP 4 billion.")
    names = {o.name for o in ex.orgs}
    assert {"Universidad de los Andes", "Ministry of Science, Technology and Innovation"} <= names
    assert "Ministry of Science, Technology" not in names and "Andes" not in names
    ex = run("Cedars Hospital in Los Angeles has partnered with Van Dorn Labs.")
    assert pairs(ex) == {frozenset(("Cedars Hospital", "Van Dorn Labs"))}


def test_spanish_and_portuguese_type_words_and_dateline_places() -> None:
    ex = run("News\n\nBOGOTÁ — Fundación Valle Sano and the Ministerio de Salud signed an agreement.")
    types = {o.name: o.type for o in ex.orgs}
    assert types == {"Fundación Valle Sano": "Foundation", "Ministerio de Salud": "PublicBody"}
    ex = run("Bogotá hospital, Andes university and Roche team up on screening\n\nBOGOTÁ — Fundación Valle Sano and Roche have formed a partnership.", date=None)
    assert "Bogotá hospital" not in {o.name for o in ex.orgs}


def test_names_that_run_on_to_their_acronym_or_their_mission() -> None:
    ex = run("Brèves\n\nVisiomed est issue de l’Institut de recherche contre les cancers de l’appareil digestif (Ircad).")
    assert "Institut de recherche contre les cancers de l’appareil digestif" in {o.name for o in ex.orgs}
    ex = run("The Global Fund to Fight AIDS, Tuberculosis and Malaria will pay for the transport of medicines.")
    assert {o.name for o in ex.orgs} == {"Global Fund to Fight AIDS, Tuberculosis and Malaria"}
    ex = run("Brèves\n\nLe ministère de la Santé du Togo et la Fondation Lumière ont signé une convention. "
             "Le financement est apporté par l’AFD et par le Fonds mondial de lutte contre le sida, la tuberculose et le paludisme.")
    assert "Fonds mondial de lutte contre le sida, la tuberculose et le paludisme" in {o.name for o in ex.orgs}
    assert ("AFD", "funds", "Fondation Lumière") in triples(ex)


def test_stakes_owners_networks_led_by_one_and_verbs_after_names() -> None:
    ex = run("Sathorn Medical Group said it had bought a 30% stake in the Cambodian hospital group Royal Mekong Hospital.")
    assert ("Sathorn Medical Group", "funds", "Royal Mekong Hospital") in triples(ex)
    assert not any(t[1] == "acquired" for t in triples(ex))
    ex = run("Rivermont Health acquired a majority stake in Castlegate Hospital.")
    assert ("Rivermont Health", "acquired", "Castlegate Hospital") in triples(ex)
    ex = run("SMG already owns Chaopraya's rival, Riverside Hospital.")
    assert triples(ex) >= {("Riverside Hospital", "subsidiaryOf", "SMG")} and not any(t[0] == "Chaopraya" for t in triples(ex))
    ex = run("Mercy Cancer Institute and the Tatra Cancer Centre have joined the European cancer data network led by the Norling Institute.")
    assert pairs(ex) == {frozenset(("Mercy Cancer Institute", "Tatra Cancer Centre")), frozenset(("Mercy Cancer Institute", "Norling Institute")),
                         frozenset(("Tatra Cancer Centre", "Norling Institute"))}
    assert not any(t[1] == "memberOf" for t in triples(ex))
    ex = run("Brèves\n\nLe GHT Rouen Cœur de Seine accueille un nouveau membre : le centre hospitalier de Barentin a rejoint le groupement en août. "
             "Le conseil départemental de l’Eure finance l’opération.")
    assert {"GHT Rouen Cœur de Seine", "conseil départemental de l’Eure"} <= {o.name for o in ex.orgs}


def test_a_unit_named_with_its_institution_and_payers_of_part_of_the_work() -> None:
    ex = run("Siam Hospital, the teaching hospital of Chao Phraya University's Faculty of Medicine, has signed a memorandum of understanding "
             "with Huawen. Professor Anan Srisuk, dean of the Faculty of Medicine Siam Hospital, welcomed it. "
             "The National Telecommunications Commission is paying for part of the equipment from its research fund.")
    siam = [o for o in ex.orgs if "Siam Hospital" in o.name]
    assert len(siam) == 1
    assert ("National Telecommunications Commission", "funds", siam[0].name) in triples(ex)
    ex = run("Brèves\n\nLe CHU de Brest et Medlane ont signé une convention. La Région Bretagne prend en charge une partie des coûts.")
    assert ("Région Bretagne", "funds", "CHU de Brest") in triples(ex)


def test_investors_the_model_takes_for_places_and_services_as_names() -> None:
    ex = run("Lifto, based in Redwood City, has raised more than USD 800 million from investors including Sequoia Capital and Temasek.")
    assert {("Sequoia Capital", "funds", "Lifto"), ("Temasek", "funds", "Lifto")} <= triples(ex)
    ex = run("News\n\nThe new agreement adds four hubs. The Ethiopian Pharmaceutical Supply Service will stock the hubs and manage orders.")
    assert "Ethiopian Pharmaceutical Supply Service" in {o.name for o in ex.orgs}


def test_a_relative_clause_joins_its_antecedent_and_a_start_up_with_its_place_is_named() -> None:
    ex = run("Brèves\n\nLe CHU de Nîmes a retenu la société parisienne Owkan pour déployer un outil. "
             "L’outil, baptisé MSIntuo, a été développé par Owkan avec l’Institut du cancer de Nîmes (ICN), qui participe également au projet.")
    assert frozenset(("CHU de Nîmes", "Institut du cancer de Nîmes")) in pairs(ex)
    ex = run("Brèves\n\nOwkan a levé 30 millions d’euros, notamment auprès de Sanofa. Elle a racheté en 2025 la start-up lyonnaise Cytomina.")
    assert ("Sanofa", "acquired", "Cytomina") not in triples(ex) and ("Owkan", "acquired", "Sanofa") not in triples(ex)


def test_headline_possessives_regions_and_ministries_known_by_acronym() -> None:
    ex = run("# St. Mary's and Philmed sign MoU\n\n*Cebu, 3 February 2026* — St. Mary's Medical Center and Philmed have signed a "
             "memorandum of understanding. The Department of Health (DOH) welcomed the agreement. "
             "Health Secretary Ramon Cruz said the department would send staff.", date=None)
    assert pairs(ex) == {frozenset(("St. Mary's Medical Center", "Philmed"))}
    assert has_person(ex, "Ramon Cruz", "department of health")
    ex = run("Central Europe health deals: Vamer sells rehab clinics\n\nVIENNA, 30 June 2026 — Vamer has completed the sale of its clinics to Pallas Partners.", date=None)
    assert "Central Europe" not in {o.name for o in ex.orgs}


def test_regions_are_places_and_a_shared_possessive() -> None:
    ex = run("Tarek Medical, the largest imaging group in the Middle East, has signed an agreement with Siemens Healthineers.")
    assert "Middle East" not in {o.name for o in ex.orgs}
    ex = run("Brigham and Women's Hospital has partnered with Aidex on triage.")
    assert pairs(ex) == {frozenset(("Brigham and Women's Hospital", "Aidex"))}


def test_funding_that_comes_from_a_funder() -> None:
    ex = run("Sidra Clinic and the Doha Genome Institute have launched a joint programme. Funding comes from the Qatar Science Fund.")
    assert {("Qatar Science Fund", "funds", "Sidra Clinic"), ("Qatar Science Fund", "funds", "Doha Genome Institute")} <= triples(ex)


def test_a_headline_short_form_is_the_storys_organisation() -> None:
    ex = run("Mulvey hospital and Teko sign telehealth deal\n\nDUBLIN, 3 March 2026 — Mulvey National Referral Hospital has signed "
             "a partnership with Teko Health on telehealth.", date=None)
    assert pairs(ex) == {frozenset(("Mulvey National Referral Hospital", "Teko Health"))}
    ex = run("Manchester NHS trial starts\n\nMANCHESTER, 3 March 2026 — The University of Manchester has signed a partnership with Teko Health.", date=None)
    assert "University of Manchester" in {o.name for o in ex.orgs}
    assert not any("Manchester NHS" in o.aliases for o in ex.orgs if o.name == "University of Manchester")


def test_joint_studies_centres_and_french_rapprochements() -> None:
    for text in ("Alder University and Birch Hospital have agreed to run a joint study of drug resistance.",
                 "Alder Health and Birch Hospital launched a joint genomics centre.",
                 "Brèves\n\nAlder Santé et le CHU de Brest unissent leurs expertises pour dépister le cancer."):
        ex = run(text)
        assert len(pairs(ex)) == 1, text
    ex = run("Brèves\n\nLe groupe Alder a annoncé son rapprochement avec la clinique Belvue.")
    assert frozenset(("Alder", "clinique Belvue")) in pairs(ex)


def test_owners_by_affix_parent_purchases_by_and_opening_headquarters() -> None:
    ex = run("Amgen-owned deCODE genetics will sequence the samples for Landmark Hospital.")
    assert ("deCODE", "subsidiaryOf", "Amgen") in triples(ex)
    ex = run("Krona Group, the parent company of Halden Labs, signed the deal. Tarvo Care, whose parent company is Lindqvist Holding, declined to comment.")
    assert {("Halden Labs", "subsidiaryOf", "Krona Group"), ("Tarvo Care", "subsidiaryOf", "Lindqvist Holding")} <= triples(ex)
    ex = run("The purchase of Halden Labs by Krona Group closed in May.")
    assert triples(ex) == {("Krona Group", "acquired", "Halden Labs")}
    ex = run("The deal was backed by Nordic Capital, which owns a 40% stake in Halden Labs.")
    assert ("Nordic Capital", "funds", "Halden Labs") in triples(ex) and not any(t[1] == "subsidiaryOf" for t in triples(ex))
    ex = run("News\n\nHeadquartered in Reykjavik, deCODE genetics has analysed many genomes.")
    assert ("deCODE", "locatedIn", "reykjavik") in triples(ex)


def test_a_company_opening_a_sentence_before_its_officers() -> None:
    ex = run("News\n\nMedlane signed a deal with Birch Hospital. Medlane's chief executive, John Park, said the deal was the company's largest. "
             "Medlane co-founder and chief technology officer Raj Patel will lead the integration.")
    assert has_person(ex, "John Park", "medlane") and has_person(ex, "Raj Patel", "medlane")


def test_co_development_with_a_backer_and_institutes_listed_before_a_maker() -> None:
    ex = run("Kestrel Biotech and the University of Arden will co-develop a vaccine against RSV, with support from the Wellmark Foundation.")
    assert pairs(ex) == {frozenset(("Kestrel Biotech", "University of Arden"))} and "RSV" not in {o.name for o in ex.orgs}
    ex = run("The three-year programme brings together Arden University Hospital, the Kestrel Institute and software maker Medlane.")
    assert len(pairs(ex)) == 3


def test_a_comparison_opening_the_sentence_names_no_party() -> None:
    ex = run("Brèves\n\nÀ l’instar du CHU de Rennes, le CHU de Brest a choisi Medvia.")
    assert pairs(ex) == {frozenset(("CHU de Brest", "Medvia"))}
    ex = run("Unlike Harbor Hospital, Birch Hospital has selected Medlane for its records.")
    assert pairs(ex) == {frozenset(("Birch Hospital", "Medlane"))}


def test_customers_given_as_examples_are_no_parties() -> None:
    ex = run("News\n\nMedlane works with more than 200 hospitals, including Harbor Hospital and Elm Clinic, and partners with Philips and GE HealthCare.")
    assert pairs(ex) == {frozenset(("Medlane", "Philips")), frozenset(("Medlane", "GE HealthCare")), frozenset(("Philips", "GE HealthCare"))}


def test_parties_named_before_their_own_collaboration() -> None:
    ex = run("Brèves\n\n**Imagerie.** Le centre hospitalier de Lannion a retenu Canon Medical pour équiper son plateau d’imagerie.\n\n"
             "**Partenariat.** L’Institut Curie et la société Owkin prolongent leur collaboration sur l’analyse des lames.")
    assert frozenset(("Institut Curie", "Owkin")) in pairs(ex) and len(pairs(ex)) == 2


def test_coordinated_memberships_portfolio_companies_and_sized_hospitals() -> None:
    ex = run("Birch Hospital has selected Medlane. The hospital is part of the Northern Care Group and a member of the Shelford Network.")
    assert {("Birch Hospital", "memberOf", "Shelford Network"), ("Birch Hospital", "subsidiaryOf", "Northern Care Group")} <= triples(ex)
    assert ("Northern Care Group", "memberOf", "Shelford Network") not in triples(ex)
    ex = run("Birch Hospital has selected Medlane. Financial terms of the agreement with Medlane, a portfolio company of Atomico, were not disclosed.")
    assert ("Atomico", "funds", "Medlane") in triples(ex)
    ex = run("Birch Hospital, a 600-bed teaching hospital in Leeds, has selected Medlane.")
    assert ("Birch Hospital", "locatedIn", "leeds") in triples(ex)


def test_names_after_an_elided_article_and_two_full_names_with_complements() -> None:
    ex = run("Brèves\n\nL’Assistance publique – Hôpitaux de Paris et les Hospices civils de Lyon ont signé un accord avec l’Institut Gustave-Roussy.")
    assert "Assistance publique – Hôpitaux de Paris" in {o.name for o in ex.orgs}
    ex = run("Hospital Clínic de Barcelona and Vall d'Hebron University Hospital have partnered with Rede D'Or São Luiz.")
    assert {"Hospital Clínic de Barcelona", "Vall d'Hebron University Hospital"} <= {o.name for o in ex.orgs}


def test_an_apposition_inside_a_list_of_parties() -> None:
    ex = run("Brèves\n\nUnicancer, la fédération des centres de lutte contre le cancer, et l’Inserm ont signé une convention avec la Fondation ARC.")
    assert {frozenset(("Unicancer", "Inserm")), frozenset(("Unicancer", "Fondation ARC"))} <= pairs(ex)


def test_a_start_up_from_a_city() -> None:
    ex = run("Brainlab has acquired Surgivex, a start-up from Eindhoven that develops navigation software.")
    assert ("Surgivex", "locatedIn", "eindhoven") in triples(ex) and "Eindhoven" not in {o.name for o in ex.orgs}


def test_a_name_where_patients_are_treated_is_a_hospital() -> None:
    ex = run("Allwell Health has signed a contract with Medlane. Nurses at Allwell Health will use the tool on 20 wards.")
    assert {o.name: o.type for o in ex.orgs}["Allwell Health"] in ("Hospital", "UniversityHospital")
    ex = run("Orbis Labs has signed a contract with Medlane. Analysts at Orbis Labs expect growth.")
    assert {o.name: o.type for o in ex.orgs}["Orbis Labs"] not in ("Hospital", "UniversityHospital")


def test_french_heads_of_a_company() -> None:
    ex = run("Brèves\n\nLa start-up Medvia a signé avec le CHU de Brest. « C’est une première », souligne Marc Lefèvre, à la tête de la société Medvia.")
    assert has_person(ex, "Marc Lefèvre", "medvia")
    ex = run("Brèves\n\nLa start-up Medvia a signé avec le CHU de Brest. Le patron de Medvia, Marc Lefèvre, se réjouit de ce contrat.")
    assert has_person(ex, "Marc Lefèvre", "medvia")


def test_users_of_another_organisations_product() -> None:
    ex = run("Birch Hospital will use Medlane's platform in its emergency department from June.")
    assert ("Medlane", "supplies", "Birch Hospital") in triples(ex)
    ex = run("Medlane signed a deal with Birch Hospital. Medlane's software will be rolled out across Birch Hospital's 12 wards.")
    assert ("Medlane", "supplies", "Birch Hospital") in triples(ex)
    ex = run("The programme, run with the Ministry of Health, will use Philmed's telemedicine platform.")
    assert ("Philmed", "supplies", "Ministry of Health") not in triples(ex)


def test_a_legal_suffix_before_a_based_apposition() -> None:
    ex = run("Harbor University and Vireo Imaging, Inc., an Austin-based developer of AI software, today announced a research alliance.")
    assert ("Vireo Imaging", "locatedIn", "austin") in triples(ex)


def test_a_person_s_name_after_a_type_cue_is_no_place() -> None:
    ex = run("Le Centre hospitalier Marie Curie a signé une convention avec la start-up Oktal. "
             "Le CHU de Poitiers a signé une convention avec la start-up Nevo.")
    located = {(s, o) for s, p, o in triples(ex) if p == "locatedIn"}
    assert not any(s == "Centre hospitalier Marie Curie" for s, _ in located)
    assert ("CHU de Poitiers", "poitiers") in located
    ex = run("Le centre hospitalier Saint-Nazaire a choisi la start-up Oktal.")
    assert ("centre hospitalier Saint-Nazaire", "saint nazaire") in {(s, o) for s, p, o in triples(ex) if p == "locatedIn"}


def test_fund_as_a_noun_is_no_funding_verb() -> None:
    ex = run("Chilean start-up Vexa raised USD 2 million from the Lisbon fund Mar Ventures to expand.")
    t = triples(ex)
    assert ("Mar Ventures", "funds", "Vexa") in t and ("Vexa", "funds", "Mar Ventures") not in t
    assert ("Mar Ventures", "locatedIn", "lisbon") in t


def test_a_place_before_a_chain_descriptor() -> None:
    ex = run("In Kenya, Avenue Healthcare agreed to acquire the Nairobi laboratory chain Pathcare Labs.")
    assert ("Pathcare Labs", "locatedIn", "nairobi") in triples(ex)
    assert {o.name: o.type for o in ex.orgs}["Pathcare Labs"] == "Company"


def test_funders_after_a_backers_unit() -> None:
    ex = run("Kelvo Health, based in Cyberjaya, was founded in 2020 by two engineers. "
             "The start-up is backed by Arden Capital's Green Impact fund and by Nordlys Bank, a state lender.")
    t = triples(ex)
    assert ("Arden Capital", "funds", "Kelvo Health") in t and ("Nordlys Bank", "funds", "Kelvo Health") in t


def test_french_names_with_two_complements() -> None:
    ex = run("Le programme est financé par l’Union européenne et par la Direction du développement et de la coopération suisse (DDC).")
    names = {o.name: o.type for o in ex.orgs}
    assert names.get("Direction du développement et de la coopération suisse") == "PublicBody"
    assert "Direction du développement" not in names and not pairs(ex)
    ex = run("Niger : le ministère de la Santé signe avec l’ONG Alima\n\n"
             "NIAMEY, 3 mars 2026 – Le ministère de la Santé et de l’Action sociale du Niger et l’ONG Alima ont signé mardi une convention.")
    names = {o.name: o.type for o in ex.orgs}
    assert "ministère de la Santé et de l’Action sociale du Niger" in names and "Action sociale du Niger" not in names
    assert "ministère de la Santé" not in names  # the headline's short form is the same body
    assert names.get("Alima") == "Association" and "ONG" not in names and "ONG Alima" not in names


def test_a_short_form_among_a_group_and_its_university() -> None:
    ex = run("Medora Healthcare Group has signed an agreement with Philips. Medora, which runs 12 hospitals in Turkey, will share images. "
             "Prof. Ali Kaya, head of radiology at Medora Bilim University, welcomed the deal.")
    names = {o.name: o.type for o in ex.orgs}
    assert "Medora" not in names and names["Medora Healthcare Group"] == "Hospital" and names["Medora Bilim University"] == "University"
    assert frozenset(("Medora Healthcare Group", "Philips")) in pairs(ex)


def test_a_malaysian_legal_suffix() -> None:
    ex = run("PENANG, Malaysia — Sunrise Healthcare Berhad has selected local start-up Optiva to screen patients. "
             "\"The software helps,\" said Dr. Lim Wei, Sunrise's group medical director.")
    assert [o.name for o in ex.orgs if o.name.startswith("Sunrise")] == ["Sunrise Healthcare Berhad"]
    assert has_person(ex, "Lim Wei", "sunrise healthcare berhad")


def test_a_french_group_that_runs_hospitals() -> None:
    ex = run("Le groupe Santéa, qui gère une dizaine d’établissements en Bretagne, a signé un partenariat avec la start-up Oktal.")
    assert {o.name: o.type for o in ex.orgs}["Santéa"] == "Hospital"


def test_french_agents_listed_with_an_aside() -> None:
    ex = run("Oktal, fondée en 2019, a levé 8 millions d’euros en 2024 auprès notamment de Partech et de Bpifrance.")
    t = triples(ex)
    assert ("Partech", "funds", "Oktal") in t and ("Bpifrance", "funds", "Oktal") in t
    ex = run("Fondée en 2022, Ti Santé a levé 1,2 million d’euros auprès de la Banque des Territoires et du fonds régional Breizh Capital.")
    assert ("Breizh Capital", "funds", "Ti Santé") in triples(ex)


def test_french_territorial_body_and_public_interest_grouping() -> None:
    ex = run("La Collectivité territoriale de Guyane rejoint le groupement d’intérêt public Guyane Numérique Santé.")
    types = {o.name: o.type for o in ex.orgs}
    assert types["Collectivité territoriale de Guyane"] == "PublicBody" and types["Guyane Numérique Santé"] == "Consortium"
    assert ("Collectivité territoriale de Guyane", "memberOf", "Guyane Numérique Santé") in triples(ex)


def test_french_centre_named_after_a_person() -> None:
    ex = run("Le Centre Jean-Perrin, à Clermont-Ferrand, qui utilise déjà l’outil, partagera son expérience.")
    assert {o.name: o.type for o in ex.orgs}.get("Centre Jean-Perrin") == "Hospital"
    ex = run("Le Centre hospitalier Marie Curie (CHMC) de Monaco a conclu un partenariat avec la société parisienne Oktal.")
    assert ("Centre hospitalier Marie Curie", "locatedIn", "monaco") in triples(ex)


def test_a_possessive_opening_a_sentence_on_a_role() -> None:
    ex = run("Medlane employs 60 people. Its chief executive, Paul Martin, sees a large market.")
    assert has_person(ex, "Paul Martin", "medlane", "chief executive")
    ex = run("La start-up Oktal a mis au point un nez électronique. Son directeur général, Paul Martin, y voit un débouché majeur.")
    assert has_person(ex, "Paul Martin", "oktal", "directeur général")


def test_a_hospital_that_belongs_to_a_group_bought_by_an_investor() -> None:
    ex = run("Aster Clinic has begun using a monitoring service from Medlane. Aster belongs to the Ionian Health Group, which also owns "
             "a maternity hospital in Patras. The group was bought in 2021 by the investment firm Oriel Partners.")
    t = triples(ex)
    assert ("Aster Clinic", "subsidiaryOf", "Ionian Health Group") in t
    assert ("Oriel Partners", "acquired", "Ionian Health Group") in t
    assert not any(p == "funds" for _s, p, _o in t)  # "the investment firm" names an investor, it is no investment


def test_part_of_a_described_group() -> None:
    ex = run("Acme Health has been part of the Dutch group Vesta Holdings since 2015.")
    assert ("Acme Health", "subsidiaryOf", "Vesta Holdings") in triples(ex)


def test_a_name_explained_after_a_dash_and_a_subsidiary_apposition() -> None:
    ex = run("Kinsale Medical – The Regional University Hospital of Munster and Orrin Genetics, a subsidiary of Biogen, "
             "today announced a collaboration.")
    assert len([o for o in ex.orgs if o.type == "UniversityHospital"]) == 1
    assert len(pairs(ex)) == 1
    t = triples(ex)
    assert ("Orrin Genetics", "subsidiaryOf", "Biogen") in t and not any(s != "Orrin Genetics" and p == "subsidiaryOf" for s, p, _o in t)


def test_join_forces_is_no_membership() -> None:
    ex = run("Makerere University and Mulago Hospital join forces with the Kampala Institute on a study.")
    assert len(pairs(ex)) == 3 and not any(p == "memberOf" for _s, p, _o in triples(ex))


def test_funding_that_comes_from_backers_of_a_joint_study() -> None:
    ex = run("Ridgeway University, Northfield Hospital and the Lakes Institute have agreed to run a joint study of diabetes, the three "
             "institutions announced on Tuesday. The study will follow 2,000 adults for three years. Funding of USD 3 million comes "
             "from the Wellspring Trust, with additional support from the Harlow Foundation. "
             "The Lakes Institute is a semi-autonomous institute of Ridgeway University.")
    t = triples(ex)
    for funder in ("Wellspring Trust", "Harlow Foundation"):
        assert {(funder, "funds", p) for p in ("Ridgeway University", "Northfield Hospital", "Lakes Institute")} <= t
    assert ("Lakes Institute", "subsidiaryOf", "Ridgeway University") in t


def test_french_funding_of_a_project_in_a_relative_clause() -> None:
    ex = run("Le CHU de Nantes et l'Université de Nantes créent un laboratoire commun. L'Inserm est également partenaire du projet, "
             "qui bénéficie d'un financement de 3 millions d'euros de l'Agence nationale de la recherche (ANR).")
    assert ("Agence nationale de la recherche", "funds", "CHU de Nantes") in triples(ex)


def test_places_a_model_reads_as_organisations() -> None:
    ex = run("Fundación Favaloro and Medtronic signed a five-year agreement to train cardiac surgeons from Argentina, Uruguay and Paraguay.")
    assert {o.name for o in ex.orgs} == {"Fundación Favaloro", "Medtronic"}
    ex = run("Chilean start-up Doctorino raised USD 3 million from the Santiago fund Kayyak Ventures to expand its home-care app.")
    t = triples(ex)
    assert ("Kayyak Ventures", "funds", "Doctorino") in t and ("Kayyak Ventures", "locatedIn", "santiago") in t
    assert "Santiago" not in {o.name for o in ex.orgs}


def test_the_buyer_is_not_its_parent_in_an_apposition() -> None:
    ex = run("In Peru, Clínica Andina, part of the Vesta group, agreed to acquire the Lima laboratory chain Roe Laboratorios.")
    t = triples(ex)
    assert ("Clínica Andina", "acquired", "Roe Laboratorios") in t and not any(s == "Vesta" and p == "acquired" for s, p, _o in t)


def test_a_short_form_of_a_name_and_its_legal_form() -> None:
    ex = run("RKL Healthcare picks local AI firm\n\nPENANG, Malaysia — RKL Healthcare Berhad has selected local start-up Optiva "
             "to screen patients. RKL is controlled by Penang Corporation. \"The software helps,\" said Dr. Lim Wei, RKL's group medical director.")
    assert [o.name for o in ex.orgs if o.name.startswith("RKL")] == ["RKL Healthcare Berhad"]


def test_an_agreement_the_two_named_work_under() -> None:
    ex = run("Aster Clinic has begun treating patients at home using a service developed by Medlane under a three-year agreement.")
    assert frozenset(("Aster Clinic", "Medlane")) in pairs(ex)
    ex = run("Aster Clinic uses a service developed by Medlane.")
    t = triples(ex)
    assert ("Medlane", "supplies", "Aster Clinic") in t and ("Aster Clinic", "supplies", "Medlane") not in t


def test_a_place_before_a_start_up_descriptor_opening_a_sentence() -> None:
    ex = run("Istanbul start-up Albert Health raised USD 6 million in a round led by Bosphorus Ventures.")
    assert {o.name for o in ex.orgs} == {"Albert Health", "Bosphorus Ventures"}
    assert ("Albert Health", "locatedIn", "istanbul") in triples(ex)


def test_a_research_programme_run_with_another_organisation() -> None:
    ex = run("\"Scans will be faster,\" said Prof. Ali Kaya, head of radiology at Medora Bilim University. The university, which trains "
             "the group's doctors, will run a research programme on the images with Ankara Technical University's engineering institute.")
    assert frozenset(("Medora Bilim University", "Ankara Technical University")) in pairs(ex)
    ex = run("L'Université de Brest mènera un programme de recherche sur ces images avec l'Institut Mines-Télécom.")
    assert frozenset(("Université de Brest", "Institut Mines-Télécom")) in pairs(ex)


def test_rival_bidders_and_board_moves_are_no_collaborations() -> None:
    ex = run("Northbay Health has selected Clarion Imaging to deploy its stroke software. The contract was signed after a tender in "
             "which Vexor Medical and Quantis Health also bid. Meanwhile, Babylon's former chief executive joined the board of Kry.")
    assert pairs(ex) == {frozenset(("Northbay Health", "Clarion Imaging"))}


def test_a_backer_is_not_what_was_founded() -> None:
    ex = run("Clarion Imaging, backed by Sequoia Capital, was founded in 2021 by two engineers.")
    types = {o.name: o.type for o in ex.orgs}
    assert types["Clarion Imaging"] == "Startup" and types["Sequoia Capital"] == "Company"


def test_parties_after_an_opening_place_and_names_joined_by_and() -> None:
    ex = run("In Germany, Charité and Siemens Healthineers renewed their research partnership.")
    assert frozenset(("Charité", "Siemens Healthineers")) in pairs(ex)
    ex = run("Philips said its sales rose, helped by demand from hospitals such as Karolinska University Hospital and Erasmus MC.")
    assert {"Karolinska University Hospital", "Erasmus MC"} <= {o.name for o in ex.orgs} and not pairs(ex)


def test_two_health_systems_joined_by_and_and_investors_of_a_boilerplate() -> None:
    ex = run("Helix Diagnostics previously worked with Stanford Health Care and Intermountain Health on validation studies.")
    assert {"Stanford Health Care", "Intermountain Health"} <= {o.name for o in ex.orgs}
    ex = run("About Helix Diagnostics\n\nHelix Diagnostics is headquartered in Cambridge, Massachusetts. "
             "Its investors include Andreessen Horowitz and Fidelity.")
    t = triples(ex)
    assert ("Andreessen Horowitz", "funds", "Helix Diagnostics") in t and ("Fidelity", "funds", "Helix Diagnostics") in t
    assert not any(p.name == "Andreessen Horowitz" for p in ex.people)


def test_a_health_system_known_by_its_short_form_or_its_patients() -> None:
    ex = run("Helix Diagnostics announced a partnership with Rivermead Health to offer sepsis testing in all 14 of Rivermead's emergency departments.")
    assert {o.name: o.type for o in ex.orgs}["Rivermead Health"] == "Hospital"
    ex = run("Helix Diagnostics signed a partnership with Rivermead Health. Rivermead, which serves 2 million patients in Massachusetts, will use the test.")
    assert {o.name: o.type for o in ex.orgs}["Rivermead Health"] == "Hospital"


def test_a_region_after_the_is_no_party() -> None:
    ex = run("Vitalis Health agreed to acquire Kuura Oy, a Helsinki-based telehealth provider. Kuura was founded in 2017 by Mikko Laine, "
             "who will join Vitalis as general manager for the Nordics.")
    assert "Nordics" not in {o.name for o in ex.orgs} and not pairs(ex)


def test_active_and_passive_co_funding_and_a_french_stake() -> None:
    ex = run("Osprey goes live\n\nDUBLIN, 12 January 2026 — Osprey Health has gone live with Tallis Systems' electronic health record across its three hospitals. "
             "The Health Service Executive (HSE) co-funded the project.")
    t = triples(ex)
    assert ("Health Service Executive", "funds", "Osprey Health") in t and ("Tallis Systems", "supplies", "Osprey Health") in t
    assert {o.name: o.type for o in ex.orgs}["Osprey Health"] == "Hospital"
    ex = run("Kestrel Hospital and Medlane have agreed to co-develop a sepsis tool. The project is co-funded by the Orkney Development Bank.")
    assert ("Orkney Development Bank", "funds", "Kestrel Hospital") in triples(ex)
    ex = run("La start-up Medvia est entrée l’an dernier au capital de la start-up Kinésis.")
    assert ("Medvia", "funds", "Kinésis") in triples(ex)


def test_similar_deals_by_others_and_a_supply_purpose() -> None:
    ex = run("Medlane has signed a five-year agreement with Kestrel Hospital to supply its remote monitoring platform. "
             "The deal follows similar contracts signed by Orion Health Trust and Harbor Clinic last year.")
    assert pairs(ex) == {frozenset(("Medlane", "Kestrel Hospital"))}
    assert ("Medlane", "supplies", "Kestrel Hospital") in triples(ex)
    ex = run("La start-up Medlane a signé un contrat de cinq ans avec le CHU de Caen pour déployer sa solution. "
             "Ce contrat fait suite à des accords similaires conclus par le CHU de Rouen et le CH du Havre. "
             "Le CHU de Caen et le centre François Baclesse font partie des 40 établissements retenus par l’Agence du numérique en santé.")
    assert pairs(ex) == {frozenset(("Medlane", "CHU de Caen"))}
    assert "Agence du numérique en santé" in {o.name for o in ex.orgs}


def test_an_organisation_opening_a_sentence_before_a_role_acronym() -> None:
    ex = run("Kestrel Hospital has chosen Medlane to monitor heart patients at home. "
             "Medlane co-founder and CEO Priya Shah said the company would hire 20 staff.")
    assert has_person(ex, "Priya Shah", "medlane", "co-founder and CEO")


def test_a_partner_the_model_reads_as_a_place_and_an_event_name() -> None:
    ex = run("Mayo Clinic is teaming up with Nvidia to build AI models that read digital pathology slides, the two organizations announced.")
    assert frozenset(("Mayo Clinic", "Nvidia")) in pairs(ex)
    ex = run("Riyadh's King Faisal Specialist Hospital signs MoU with Oracle\n\nRIYADH, 10 May 2026 — King Faisal Specialist Hospital & "
             "Research Centre (KFSH&RC) has signed a memorandum of understanding with Oracle. The MoU was signed on the sidelines of the LEAP conference.")
    assert [o.name for o in ex.orgs if o.name.startswith("King Faisal")] == ["King Faisal Specialist Hospital & Research Centre"]
    assert "LEAP" not in {o.name for o in ex.orgs} and len(pairs(ex)) == 1


def test_a_start_up_that_acts_keeps_its_descriptor_and_a_senate_is_a_public_body() -> None:
    ex = run("Lyon, le 20 mars 2026 – Les Hospices civils de Lyon, qui travaillent déjà avec Philips, ont retenu la start-up Lify pour la "
             "télésurveillance. Enfin, Doctolib et Qare, concurrents sur le marché de la téléconsultation, ont été auditionnés par le Sénat.")
    types = {o.name: o.type for o in ex.orgs}
    assert types["Lify"] == "Startup" and types["Sénat"] == "PublicBody"
    assert frozenset(("Hospices civils de Lyon", "Philips")) in pairs(ex) and frozenset(("Hospices civils de Lyon", "Lify")) in pairs(ex)


def test_funding_of_every_party_named_before_the_funder() -> None:
    ex = run("Kenya's Aga Clinic and the University of Nairobi launched a joint genomics centre, with funding from the Wellcome Trust.")
    t = triples(ex)
    assert ("Wellcome Trust", "funds", "Aga Clinic") in t and ("Wellcome Trust", "funds", "University of Nairobi") in t


def test_a_call_for_projects_funds_the_project_parties() -> None:
    ex = run("Le projet CardIA, porté par le CHU de Rennes en partenariat avec l’Inria, l’université de Rennes et les start-up Dianosis et "
             "Cardiologs, a été retenu par Bpifrance dans le cadre de France 2030.")
    assert not any("Bpifrance" in p for p in pairs(ex))
    assert frozenset(("CHU de Rennes", "Dianosis")) in pairs(ex)
    assert ("Bpifrance", "funds", "CHU de Rennes") in triples(ex)


def test_a_sum_brought_to_the_work_just_told() -> None:
    ex = run("Le CHU de Rennes et l'université de Rennes créent un laboratoire commun. La Région Bretagne apporte 1 million d'euros supplémentaire.")
    assert ("Région Bretagne", "funds", "université de Rennes") in triples(ex)
    ex = run("Kestrel Hospital and Northfield University will build a joint sepsis lab. The Wellspring Trust will contribute £2 million.")
    assert ("Wellspring Trust", "funds", "Kestrel Hospital") in triples(ex)


def test_a_regulator_known_by_its_approvals() -> None:
    ex = run("Helix Diagnostics launched its Aria platform, which received FDA clearance in 2025, with Rivermead Health.")
    assert {o.name: o.type for o in ex.orgs}["FDA"] == "PublicBody"


def test_backers_of_a_round_told_the_sentence_after() -> None:
    ex = run("Oktal raised €8 million to hire engineers. The round was led by Northstar Capital, with participation from Orkney Ventures.")
    t = triples(ex)
    assert ("Northstar Capital", "funds", "Oktal") in t and ("Orkney Ventures", "funds", "Oktal") in t
    ex = run("La start-up Oktal lève 8 millions d'euros. Le tour de table est mené par le fonds Breizh Capital, avec la participation de Bpifrance.")
    t = triples(ex)
    assert ("Breizh Capital", "funds", "Oktal") in t and ("Bpifrance", "funds", "Oktal") in t


def test_an_apposition_and_a_relative_clause_before_a_raise() -> None:
    ex = run("Oktal, start-up brestoise qui développe des capteurs cardiaques, a levé 5 millions d’euros auprès du fonds Breizh Capital et de Bpifrance.")
    t = triples(ex)
    assert ("Breizh Capital", "funds", "Oktal") in t and ("Bpifrance", "funds", "Oktal") in t


def test_a_backer_the_model_reads_as_a_place_or_a_people() -> None:
    ex = run("Vexa raised $12 million from Olmeca in 2023 to open a lab in Monterrey.")
    assert ("Olmeca", "funds", "Vexa") in triples(ex)


def test_a_supply_contract_between_a_company_and_a_hospital() -> None:
    ex = run("Northfield signs with Tallis\n\nLEEDS, 3 May 2026 — Northfield Health has signed a five-year contract with Tallis Systems "
             "to replace its billing software across 11 hospitals.")
    assert {o.name: o.type for o in ex.orgs}["Northfield Health"] == "Hospital"
    assert ("Tallis Systems", "supplies", "Northfield Health") in triples(ex)


def test_a_headline_opening_on_a_common_noun_and_appointments() -> None:
    ex = run("Nomination et partenariat au CHU de Nantes\n\nNantes, le 2 février 2026 – Le CHU de Nantes a noué un partenariat avec "
             "l’éditeur de logiciels Maincare pour moderniser son dossier patient.")
    assert "Nomination" not in {o.name for o in ex.orgs} and pairs(ex) == {frozenset(("CHU de Nantes", "Maincare"))}
    ex = run("Separately, Sonic Healthcare named Paul Jones its new chief financial officer, replacing Mark Rowe.")
    assert has_person(ex, "Paul Jones", "sonic healthcare", "chief financial officer")


def test_witnesses_brokers_and_hosts_are_no_parties() -> None:
    for text, pair in (("The agreement between Kestrel Hospital and Medlane was brokered by the Northern Health Science Alliance.", ("Kestrel Hospital", "Medlane")),
                       ("En présence du ministère de la Santé, le CHU de Caen et la start-up Oktal ont signé un accord.", ("CHU de Caen", "Oktal")),
                       ("Kestrel Hospital and Medlane signed the agreement in the presence of the Ministry of Health.", ("Kestrel Hospital", "Medlane"))):
        assert pairs(run(text)) == {frozenset(pair)}, text


def test_a_service_a_stock_exchange_and_a_project_of_a_possessor() -> None:
    ex = run("Medlane today launched CardioWatch, its remote monitoring service for heart failure, at Hospital del Mar in Barcelona. "
             "The service, built on Microsoft Azure, is part of the hospital's HEART-LINK project. Medlane is listed on Euronext Growth.")
    names = {o.name for o in ex.orgs}
    assert "CardioWatch" not in names and "Euronext Growth" not in names
    t = triples(ex)
    assert ("Medlane", "develops", "cardiowatch") in t and not any(p == "subsidiaryOf" for _s, p, _o in t)


def test_a_french_passive_use_and_a_health_trust() -> None:
    ex = run("Le logiciel Dexter, développé par la start-up nantaise Oktal, est désormais utilisé au CHU de Nantes.")
    t = triples(ex)
    assert ("Oktal", "supplies", "CHU de Nantes") in t and ("CHU de Nantes", "supplies", "Oktal") not in t
    ex = run("Le CHU de Nantes a confié à Oktal la lecture de ses examens.")
    assert ("Oktal", "supplies", "CHU de Nantes") in triples(ex)
    ex = run("Orion Health Trust will roll out Medlane's platform next year.")
    assert {o.name: o.type for o in ex.orgs}["Orion Health Trust"] == "Hospital"


def test_one_deal_with_each_and_a_short_form_of_a_hospital_group() -> None:
    ex = run("Philips and Apollo Hospitals extend alliance\n\nNEW DELHI, 18 August 2026 — Philips and Apollo Hospitals Enterprise Ltd have "
             "extended their strategic alliance for five years. Apollo already works with Microsoft on a cardiac risk score and with Google on cloud services.")
    ps = pairs(ex)
    assert len([o for o in ex.orgs if o.name.startswith("Apollo")]) == 1
    assert frozenset(("Microsoft", "Google")) not in ps and len(ps) == 3


def test_a_disease_acronym_in_a_headline_and_a_regional_agency_with_des() -> None:
    ex = run("Trois partenaires contre l’AVC\n\nLille, le 4 mars 2026 – Le CHU de Lille et l’université de Lille ont signé un accord. "
             "Le projet est financé par l’Agence régionale de santé des Hauts-de-France.")
    names = {o.name for o in ex.orgs}
    assert "AVC" not in names and "Agence régionale de santé des Hauts-de-France" in names


def test_a_press_contact_agency_and_its_person_are_not_one_name() -> None:
    ex = run("Oktal et le CHU de Brest s’allient\n\nBrest, le 12 mai 2026 – La start-up Oktal et le CHU de Brest annoncent un partenariat.\n\n"
             "Contact presse : Agence Plume – Marie Lenoir – 06 00 00 00 00")
    assert not any("Lenoir" in o.name for o in ex.orgs)


def test_a_selection_after_an_apposition_a_grant_and_a_byline() -> None:
    ex = run("Digital health deals\n\nBy Staff, 13 March 2026\n\nVesta Care, the Danish home-care provider, selected Teladoc Health to run "
             "video consultations for its 30,000 clients. Finally, the Gates Foundation awarded $5 million to PATH to scale up a malaria "
             "diagnostic in Zambia, working with the Zambian Ministry of Health.")
    assert "Staff" not in {o.name for o in ex.orgs}
    ps = pairs(ex)
    assert frozenset(("Vesta Care", "Teladoc Health")) in ps and frozenset(("PATH", "Zambian Ministry of Health")) in ps
    assert not any("Gates Foundation" in p for p in ps)
    t = triples(ex)
    assert ("Gates Foundation", "funds", "PATH") in t and ("PATH", "supplies", "Gates Foundation") not in t


def test_a_majority_shareholder_acquired() -> None:
    ex = run("Le fonds Tikehau Capital devient l’actionnaire majoritaire du groupe Cerballiance.")
    assert ("Tikehau Capital", "acquired", "Cerballiance") in triples(ex)
    ex = run("Northstar Capital became the majority shareholder of Medlane Health in May.")
    assert ("Northstar Capital", "acquired", "Medlane Health") in triples(ex)


def test_a_one_word_name_after_a_deal_s_preposition() -> None:
    ex = run("Cegedim has completed the acquisition of Medlane.")
    assert ("Cegedim", "acquired", "Medlane") in triples(ex)
    ex = run("Northstar Capital invested in Medlane last year.")
    assert ("Northstar Capital", "funds", "Medlane") in triples(ex)
    ex = run("Northstar Capital has opened an office in Nairobi.")
    assert "Nairobi" not in {o.name for o in ex.orgs}


def test_french_the_two_work_with_a_named_creation_and_an_aid() -> None:
    ex = run("Le Centre hospitalier de l’Université de Montréal (CHUM) et Mila, l’institut québécois d’intelligence artificielle, ont "
             "conclu une entente de collaboration de cinq ans. Les deux établissements travailleront avec la jeune "
             "pousse montréalaise Imagia. Le projet bénéficie d’une aide de 4 millions de dollars du ministère de l’Économie, de "
             "l’Innovation et de l’Énergie.")
    assert frozenset(("CHUM", "Imagia")) in pairs(ex) or frozenset(("Mila", "Imagia")) in pairs(ex)
    assert any(s.startswith("ministère de l’Économie") and p == "funds" for s, p, _o in triples(ex))
    ex = run("Le CHU UCL Namur et le Grand Hôpital de Charleroi ont créé une centrale d’achat commune, baptisée Hospi-Achats.")
    assert pairs(ex) == {frozenset(("CHU UCL Namur", "Grand Hôpital de Charleroi"))}


def test_a_donated_scanner_a_currency_and_a_national_university_hospital() -> None:
    ex = run("Sénégal : l’hôpital Fann s’équipe d’un scanner\n\nDakar, le 8 mars 2026 – Le Centre hospitalier national universitaire "
             "de Fann a reçu un scanner offert par l’Agence japonaise de coopération internationale (JICA). L’équipement, d’une valeur de "
             "800 millions de francs CFA, a été installé par l’entreprise Canon Medical Systems.")
    types = {o.name: o.type for o in ex.orgs}
    assert "CFA" not in types and types["Centre hospitalier national universitaire de Fann"] == "UniversityHospital"
    assert ("Agence japonaise de coopération internationale", "funds", "Centre hospitalier national universitaire de Fann") in triples(ex)


def test_a_country_in_french_opening_a_headline_is_no_party() -> None:
    ex = run("Liban : l’hôpital Rizk et la société Cedrus Santé signent une convention\n\nBeyrouth, le 4 mai 2025 – L’hôpital Rizk et "
             "la société Cedrus Santé ont signé une convention. Le représentant de Cedrus Santé pour l’Afrique de l’Ouest était présent.")
    names = {o.name for o in ex.orgs}
    assert not names & {"Liban", "Afrique", "Afrique de l’Ouest"}
    assert pairs(ex) == {frozenset(("hôpital Rizk", "Cedrus Santé"))}


def test_a_capitalised_word_made_an_adjective_is_no_organisation() -> None:
    ex = run("Westfield Clinic selected Orchid Labs to provide AI-powered triage and AI-assisted coding tools.")
    assert {o.name for o in ex.orgs} == {"Westfield Clinic", "Orchid Labs"}
    assert pairs(ex) == {frozenset(("Westfield Clinic", "Orchid Labs"))}


def test_a_disease_named_after_a_person_is_no_party() -> None:
    ex = run("Lakeside Hospital and Hargreave Instruments signed a partnership on Parkinson's disease research.")
    assert pairs(ex) == {frozenset(("Lakeside Hospital", "Hargreave Instruments"))}
    ex = run("Le CHU de Caen et la start-up Neurava s’allient contre la maladie de Huntington.")
    assert pairs(ex) == {frozenset(("CHU de Caen", "Neurava"))}
    assert "Huntington" not in {o.name for o in ex.orgs}


def test_a_unit_named_after_a_disease_belongs_to_the_hospital_after_it() -> None:
    ex = run("« Le diagnostic est trop tardif », explique le professeur Jean Morel, responsable du centre expert Huntington du CHU de Caen.")
    assert {o.name for o in ex.orgs} == {"CHU de Caen"}
    assert has_person(ex, "Jean Morel", org=ex.orgs[0].key)


def test_legal_suffixes_of_several_countries_leave_one_company() -> None:
    ex = run("Baltic deals\n\nTallinn, 3 March 2025 - Sorbus Health OÜ has signed an agreement with Ravel Clinic. Sorbus Health said the deal was "
             "large. Lindqvist Care AB and Sorbus Health AS also signed a deal.")
    sorbus = [o for o in ex.orgs if o.name.startswith("Sorbus")]
    assert len(sorbus) == 1
    assert len(pairs(ex)) == 2


def test_a_company_named_without_its_last_corporate_word_is_the_same() -> None:
    ex = run("Le CHU de Rouen a choisi Fujima Medical Systems. Le contrat avec Fujima Medical a été signé vendredi.")
    assert [o.name for o in ex.orgs if o.name.startswith("Fujima")] == ["Fujima Medical Systems"]
    ex = run("Gabon : le CHU d’Oyem s’équipe d’un scanner avec l’appui de Fujima Medical\n\nOyem, 3 novembre 2025\n\n"
             "Le Centre hospitalier universitaire d’Oyem (CHUO) a choisi le japonais Fujima Medical Systems pour lui fournir son premier scanner.")
    assert pairs(ex) == {frozenset(("Centre hospitalier universitaire d’Oyem", "Fujima Medical Systems"))}


def test_two_names_opening_with_the_same_words_are_two_organisations() -> None:
    ex = run("Clinical Hospital Centre Osijek and Clinical Hospital Centre Zadar signed a cooperation agreement.")
    assert pairs(ex) == {frozenset(("Clinical Hospital Centre Osijek", "Clinical Hospital Centre Zadar"))}


def test_the_person_who_runs_a_company_is_no_organisation() -> None:
    ex = run("La société Qynara, fondée en 2015 et dirigée par Olivier Durand, a levé 10 millions d’euros.")
    assert {o.name for o in ex.orgs} == {"Qynara"}
    assert has_person(ex, "Olivier Durand", org=ex.orgs[0].key)
    ex = run("The start-up Qynara, founded in 2015 and led by Sarah Collins, raised 10 million euros.")
    assert has_person(ex, "Sarah Collins", org=ex.orgs[0].key)


def test_the_university_a_party_belongs_to_is_no_party() -> None:
    ex = run("L’Hôpital Notre-Dame de Tyr, centre hospitalier universitaire de l’Université Saint-Michel de Tyr (USMT), et les Hospices "
             "civils de Lyon (HCL) ont signé mardi une convention de coopération.")
    assert pairs(ex) == {frozenset(("Hôpital Notre-Dame de Tyr", "Hospices civils de Lyon"))}
    assert ("Hôpital Notre-Dame de Tyr", "subsidiaryOf", "Université Saint-Michel de Tyr") in triples(ex)
    ex = run("Mercy Hospital, the teaching hospital of Dunmore University, and Calder Biotech signed a research agreement on Monday.")
    assert pairs(ex) == {frozenset(("Mercy Hospital", "Calder Biotech"))}
    assert ("Mercy Hospital", "subsidiaryOf", "Dunmore University") in triples(ex)


def test_a_lowercase_unit_of_a_named_body_is_that_body_and_its_host_no_party() -> None:
    ex = run("Le CHU de Limoges, le centre Inserm de l’université de Limoges et la start-up parisienne Opthea lancent un projet de "
             "recherche commun. Les chercheurs de l’Inserm mettront au point les algorithmes.")
    names = {o.key: o.name for o in ex.orgs}
    parties = {names[p] for c in ex.collaborations for p in c.participants}
    assert parties == {"CHU de Limoges", "Opthea", names[next(k for k, n in names.items() if "Inserm" in n)]}
    assert not any(p == "subsidiaryOf" for _s, p, _o in triples(ex))  # a joint unit: no subsidiary told


def test_joining_a_named_consortium_is_not_joining_the_deal_told_before() -> None:
    ex = run("À Amiens, le CHU Amiens-Picardie a retenu l’entreprise lilloise Dolora pour déployer ses thérapies numériques. "
             "Enfin, le groupement hospitalier de territoire de la Somme a rejoint le consortium Cybersanté, qui rassemble sept "
             "hôpitaux de la région.")
    assert pairs(ex) == {frozenset(("CHU Amiens-Picardie", "Dolora"))}
    ex = run("Northgate Hospital signed a partnership with Velora Health. Westmoor Clinic has also joined the partnership.")
    assert frozenset(("Westmoor Clinic", "Velora Health")) in pairs(ex)


def test_a_company_inside_a_conglomerate_is_the_buyer() -> None:
    ex = run("Clínica Delgado, part of the conglomerate Andina Group, bought a 51% stake in the laboratory chain Labsur.")
    assert {("Clínica Delgado", "acquired", "Labsur"), ("Clínica Delgado", "subsidiaryOf", "Andina Group")} <= triples(ex)


def test_a_lowercase_name_after_its_descriptor_is_no_reference_back() -> None:
    ex = run("Vinmec International Hospital bought a 51% stake in the diagnostics chain Medlatec. Bach Mai Hospital and the French "
             "group bioMérieux opened a joint training centre.")
    assert pairs(ex) == {frozenset(("Bach Mai Hospital", "bioMérieux"))}


def test_a_dateline_after_a_byline_names_a_place() -> None:
    ex = run("Tartu's largest hospital picks Nordlys Imaging for digital pathology | Baltic MedTech News\n\nBy Anna Huber · Tartu, 18 March "
             "2026\n\nTartu University Hospital has awarded a €4.2 million contract to Nordlys Imaging, a Bergen-based maker of slide "
             "scanners. Nordlys said the Tartu deal was its largest outside Norway.", date=None)
    assert "Tartu" not in {o.name for o in ex.orgs}
    assert pairs(ex) == {frozenset(("Tartu University Hospital", "Nordlys Imaging"))}


def test_an_acronym_in_the_local_language_with_the_place_is_an_alias() -> None:
    ex = run("University Hospital Graz (LKH Graz) has awarded a contract to Nordlys Imaging. \"It will help,\" said Professor Karl "
             "Gruber, head of the department of pathology at LKH Graz.")
    graz = [o for o in ex.orgs if "Graz" in o.name]
    assert len(graz) == 1 and {"University Hospital Graz", "LKH Graz"} <= {graz[0].name, *graz[0].aliases}
    assert has_person(ex, "Karl Gruber", org=graz[0].key)


def test_a_department_named_by_its_field_does_not_refer_to_a_ministry() -> None:
    ex = run("University Hospital Graz has awarded a contract to Nordlys Imaging. The Ministry of Health said two other hospitals "
             "would follow. \"It will help,\" said Professor Karl Gruber, head of the department of pathology at University Hospital Graz.")
    graz = next(o for o in ex.orgs if o.name == "University Hospital Graz")
    assert has_person(ex, "Karl Gruber", org=graz.key)
    assert not any(p == "leads" for _s, p, _o in triples(ex))


def test_an_acronym_defined_after_a_long_name_keeps_the_name_whole() -> None:
    ex = run("L’achat est financé par la Caisse nationale d’assurance maladie et de garantie sociale (CNAMGS) et par un prêt de la "
             "Banque de développement des États de l’Afrique de l’Ouest (BDEAO).")
    assert {o.name for o in ex.orgs} == {"Caisse nationale d’assurance maladie et de garantie sociale",
                                         "Banque de développement des États de l’Afrique de l’Ouest"}
    ex = run("Kvantum Health is a member of the Latvian Association of Software Engineering and Telecommunications (LASET).")
    assert ("Kvantum Health", "memberOf", "Latvian Association of Software Engineering and Telecommunications") in triples(ex)
    ex = run("Northgate Hospital and Velora Health (VH) signed a partnership.")
    assert pairs(ex) == {frozenset(("Northgate Hospital", "Velora Health"))}


def test_a_second_funder_after_and_funds_what_the_first_funds() -> None:
    ex = run("The Saint George Cancer Center and Cedar Genomics have launched a joint programme to offer tumour sequencing. The "
             "programme has received JD 2 million from the Saint George Cancer Foundation, the fundraising arm of the center, and "
             "support from Novartis, which will fund training for 40 pathologists.")
    t = triples(ex)
    assert {("Saint George Cancer Foundation", "funds", "Saint George Cancer Center"), ("Novartis", "funds", "Saint George Cancer Center")} <= t
    # the parent is "the center", the Saint George Cancer Center; Novartis, named later, is no parent
    assert {(s, o) for s, p, o in t if p == "subsidiaryOf"} == {("Saint George Cancer Foundation", "Saint George Cancer Center")}
    ex = run("Le CHU de Brest et la start-up Finistia ont lancé un programme commun. Le programme a reçu 2 millions d’euros de la "
             "Fondation de l’Avenir. Le CHU de Brest a reçu le feu vert de l’Agence régionale de santé.")
    t = triples(ex)
    assert ("Fondation de l’Avenir", "funds", "CHU de Brest") in t
    assert not any(s == "Agence régionale de santé" for s, _p, _o in t)


def test_a_backed_fund_leading_a_round() -> None:
    ex = run("Vitalink, a Singapore start-up, has raised $18 million in a Series A round led by Temasek-backed Lion Rock Ventures.")
    t = triples(ex)
    assert ("Lion Rock Ventures", "funds", "Vitalink") in t and ("Temasek", "funds", "Vitalink") not in t


def test_a_named_model_a_flagship_hospital_and_the_company_s_product() -> None:
    ex = run("Harlow Health has entered a multi-year agreement with Vantix AI to roll out the company's sepsis prediction model "
             "across all of its emergency departments. The model, called Beacon, reads vital signs every fifteen minutes. Harlow "
             "tested it at its flagship Harlow Medical Center in Denver in 2025.")
    assert "Beacon" not in {o.name for o in ex.orgs}
    t = triples(ex)
    assert {("Vantix AI", "supplies", "Harlow Health"), ("Harlow Medical Center", "subsidiaryOf", "Harlow Health")} <= t
    ex = run("Harlow Health has signed an agreement with Vantix AI to roll out its new triage tool in 2026.")
    assert ("Harlow Health", "supplies", "Vantix AI") in triples(ex)  # ("its": the subject's own tool)


def test_a_product_before_a_relative_clause_is_deployed_at_each_site() -> None:
    ex = run("The platform will be integrated into the Tempus hospital information system, which is deployed at Helsinki Central "
             "Hospital and at Oulu University Hospital.")
    assert "Tempus hospital" not in {o.name for o in ex.orgs}
    assert {("tempus", "deployedAt", "Helsinki Central Hospital"), ("tempus", "deployedAt", "Oulu University Hospital")} <= triples(ex)
    ex = run("Sorbus develops the Tempus system, which is deployed at Helsinki Central Hospital.")
    assert {("Sorbus", "develops", "tempus"), ("tempus", "deployedAt", "Helsinki Central Hospital")} <= triples(ex)


def test_an_aside_partner_a_founders_school_and_the_chu_of_the_article() -> None:
    ex = run("Télésurveillance : le CHU de Poitiers s’associe à la start-up Cardiolis\n\nPoitiers, le 14 octobre 2025 – Le CHU de "
             "Poitiers et la start-up rochelaise Cardiolis ont signé une convention de partenariat pour le suivi à distance de 800 "
             "patients. Cardiolis, qui travaille déjà avec le CHU de Limoges depuis 2023, fournira ses capteurs connectés.\n\nLe projet "
             "est financé par l’Agence régionale de santé Nouvelle-Aquitaine. « Nous avions déjà mené une expérimentation en 2021 », "
             "rappelle Anne Girard, directrice générale adjointe du CHU.\n\nCardiolis, fondée en 2020 par deux ingénieurs de l’École "
             "nationale supérieure d’ingénieurs de Poitiers (ENSIP), a levé 3 millions d’euros auprès de Go Capital en 2024.", date=None)
    t = triples(ex)
    assert ("Agence régionale de santé Nouvelle-Aquitaine", "funds", "CHU de Poitiers") in t
    assert ("Go Capital", "funds", "Cardiolis") in t
    assert not any(o.startswith("École") for _s, p, o in t if p == "funds")
    poitiers = next(o for o in ex.orgs if o.name == "CHU de Poitiers")
    assert has_person(ex, "Anne Girard", org=poitiers.key)


def test_a_partnership_s_own_name_and_a_person_s_new_post() -> None:
    ex = run("In Ohio, the Cleveland Clinic and IBM extended their Discovery Accelerator partnership for another five years.")
    assert pairs(ex) == {frozenset(("Cleveland Clinic", "IBM"))}
    ex = run("Dr. Rachel Owens, who led digital strategy at Intermountain Health, has joined Providence as chief digital officer.")
    prov = next(o for o in ex.orgs if o.name == "Providence")
    assert has_person(ex, "Rachel Owens", org=prov.key, role="chief digital officer")
    ex = run("Medivio's founder, Laura Ozola, will join Kvantum as head of remote care.")
    medivio = next(o for o in ex.orgs if o.name == "Medivio")
    assert has_person(ex, "Laura Ozola", org=medivio.key)


def test_a_hospital_s_second_name_an_about_section_and_a_backer_read_as_a_place() -> None:
    ex = run("Medisphere and St. Olav's Hospital to co-develop AI tool\n\nTRONDHEIM, Norway, Sept. 8, 2026 /PRNewswire/ -- Medisphere AS, "
             "a Norwegian medical imaging software company, and St. Olav's Hospital, Trondheim University Hospital, today announced a "
             "research collaboration.\n\nAbout Medisphere\nMedisphere AS develops imaging software for emergency radiology. It is "
             "headquartered in Oslo and is a portfolio company of Investinor.", date=None)
    assert len(pairs(ex)) == 1
    t = triples(ex)
    assert any(s == "Investinor" and p == "funds" and o.startswith("Medisphere") for s, p, o in t)
    assert not any(s == "Investinor" and o.startswith("St. Olav") for s, _p, o in t)
    ex = run("Karolinska University Hospital, Sahlgrenska University Hospital, and Skåne University Hospital signed an agreement.")
    assert len(pairs(ex)) == 3


def test_a_speaker_with_the_company_s_role_and_a_rival_at_sentence_start() -> None:
    ex = run("Apollo Hospitals has selected Qure.ai to screen chest X-rays. \"India can lead the world in TB screening,\" said Prashant "
             "Warier, the company's chief executive.")
    assert "Prashant Warier" not in {o.name for o in ex.orgs}
    assert any(p.name == "Prashant Warier" for p in ex.people)
    ex = run("Rival Narayana Health said last month it would work with Google Health on a similar project.")
    assert pairs(ex) == {frozenset(("Narayana Health", "Google Health"))}


def test_a_participle_opening_a_sentence_and_an_apposition_with_a_region() -> None:
    ex = run("Le Centre Léon Bérard, centre de lutte contre le cancer de Lyon et Rhône-Alpes, et le laboratoire Sanofi annoncent la "
             "création d’une chaire de recherche, en partenariat avec l’Université Claude Bernard Lyon 1.\n\nDotée de 3 millions "
             "d’euros sur cinq ans, la chaire sera financée par Sanofi.")
    names = {o.name for o in ex.orgs}
    assert not names & {"Rhône-Alpes", "Dotée"}
    assert pairs(ex) == {frozenset(("Centre Léon Bérard", "Sanofi")), frozenset(("Centre Léon Bérard", "Université Claude Bernard Lyon 1")),
                         frozenset(("Sanofi", "Université Claude Bernard Lyon 1"))}


def test_a_supply_deal_s_direction_and_a_rival_beaten_to_the_tender() -> None:
    ex = run("Ramsay Health Care signs supply deal with Fresenius for dialysis units\n\nSYDNEY, 14 July 2026 - Ramsay Health Care has "
             "signed a five-year agreement with Fresenius Medical Care to supply dialysis machines to 18 of its private hospitals. "
             "Fresenius won the tender against Nipro.", date=None)
    fres = next(o for o in ex.orgs if o.name.startswith("Fresenius"))
    assert pairs(ex) == {frozenset(("Ramsay Health Care", fres.name))} and "Fresenius Medical Care" in {fres.name, *fres.aliases}
    t = triples(ex)
    assert (fres.name, "supplies", "Ramsay Health Care") in t and ("Ramsay Health Care", "supplies", fres.name) not in t
    ex = run("Le CHU d’Angers a choisi la société Medivia, qui l’a emporté face à Lifen et Doctolib.")
    assert pairs(ex) == {frozenset(("CHU d’Angers", "Medivia"))}


def test_the_investors_of_a_bought_company_and_the_buyer_s_other_work() -> None:
    ex = run("Brèves\n\nDoctolib a racheté Medispring. Medispring équipe 2 500 praticiens. Ses actionnaires, dont le fonds Sambrinvest et la "
             "Société régionale d’investissement de Wallonie (SRIW), cèdent leurs parts. Doctolib avait déjà racheté Siilo en 2022. "
             "La société travaille par ailleurs avec l’Assistance publique-Hôpitaux de Paris (AP-HP).")
    t = triples(ex)
    assert {("Sambrinvest", "funds", "Medispring"), ("Société régionale d’investissement de Wallonie", "funds", "Medispring")} <= t
    assert pairs(ex) == {frozenset(("Doctolib", "Assistance publique-Hôpitaux de Paris"))}
    ex = run("Briefs\n\nMedispring was founded in 2016 by two doctors. Medispring has 40 staff. Its investors, including Sambrinvest, are selling "
             "their stakes.")
    assert ("Sambrinvest", "funds", "Medispring") in triples(ex)


def test_an_eu_project_s_consortium_and_its_industrial_partners() -> None:
    ex = run("EU project to use AI for sepsis detection\n\nBRUSSELS, 2 February 2026 - Eleven partners from seven countries have "
             "launched SEPSIS-AI, a four-year project funded under the Horizon Europe programme.\n\nThe consortium is coordinated by "
             "Charité – Universitätsmedizin Berlin and includes Amsterdam UMC, the University of Copenhagen and Hospices Civils de "
             "Lyon. Philips and Roche Diagnostics are industrial partners. The project builds on the earlier EPIC-ICU study.", date=None)
    names = {o.name for o in ex.orgs}
    assert not names & {"Eleven", "SEPSIS-AI", "EPIC-ICU", "University of Copenhagen and Hospices Civils de Lyon"}
    parties = {o.name for o in ex.orgs if any(o.key in c.participants for c in ex.collaborations)}
    assert parties == {"Charité – Universitätsmedizin Berlin", "Amsterdam UMC", "University of Copenhagen", "Hospices Civils de Lyon",
                       "Philips", "Roche Diagnostics"}


def test_a_role_and_its_body_before_the_name_a_cut_state_name_and_a_minister_s_field() -> None:
    ex = run("Le contrat a été signé vendredi par le directeur général du CHU de Libreville, le docteur Jean-Marie Ndong, et par le "
             "représentant de Canon Medical.")
    chu = next(o for o in ex.orgs if o.name == "CHU de Libreville")
    assert has_person(ex, "Jean-Marie Ndong", org=chu.key, role="directeur général")
    ex = run("The deal was signed by the chief executive of Mercy Hospital, Dr. Jane Hill.")
    assert has_person(ex, "Jane Hill", org=ex.orgs[0].key, role="chief executive")
    ex = run("L’hôpital du Mali a réceptionné lundi un appareil d’IRM offert par la République populaire de Chine, en présence du "
             "ministre de la Santé et du Développement social.")
    assert {o.name for o in ex.orgs} == {"hôpital du Mali"}


def test_the_name_a_relative_pronoun_stands_for_is_a_party_of_its_clause() -> None:
    ex = run("La start-up Velora, qui travaille déjà avec le CHU de Caen, a levé 10 millions d’euros.")
    assert pairs(ex) == {frozenset(("Velora", "CHU de Caen"))}


def test_a_cloud_arm_signing_a_deal_is_a_company() -> None:
    ex = run("Separately, Asan Medical Center signed a deal with Naver Cloud to build a hospital-specific language model.")
    assert pairs(ex) == {frozenset(("Asan Medical Center", "Naver Cloud"))}


def test_a_quebec_entente_a_company_referred_back_and_its_buyer() -> None:
    ex = run("Le CHU Sainte-Justine conclut une entente avec Imagia Cybernetics\n\nMontréal, le 18 avril 2026 – Le CHU Sainte-Justine a "
             "conclu une entente de trois ans avec la firme montréalaise Imagia Cybernetics. Le projet bénéficie d’un financement de "
             "Génome Québec.\n\nL’entreprise, fondée en 2015, a aussi signé une entente similaire avec l’Hôpital de Montréal pour "
             "enfants, qui fait partie du Centre universitaire de santé McGill (CUSM). Elle a été acquise l’an dernier par le groupe "
             "torontois Element Health.", date=None)
    assert pairs(ex) == {frozenset(("CHU Sainte-Justine", "Imagia Cybernetics")), frozenset(("Hôpital de Montréal pour enfants", "Imagia Cybernetics"))}
    t = triples(ex)
    assert {("Element Health", "acquired", "Imagia Cybernetics"),
            ("Hôpital de Montréal pour enfants", "subsidiaryOf", "Centre universitaire de santé McGill")} <= t


def test_a_surgical_robot_s_name_a_reflexive_purchase_and_its_funder() -> None:
    ex = run("Liège : le CHU s’équipe d’un robot chirurgical\n\nLiège, le 2 mars 2026 – Le CHU de Liège s’est équipé d’un deuxième robot "
             "chirurgical Da Vinci Xi, fourni par la société américaine Intuitive Surgical. L’investissement de 2,5 millions d’euros a "
             "été financé en partie par la Fondation Léon Fredericq.", date=None)
    assert "Da Vinci Xi" not in {o.name for o in ex.orgs}
    t = triples(ex)
    assert ("Intuitive Surgical", "supplies", "CHU de Liège") in t and ("CHU de Liège", "supplies", "Intuitive Surgical") not in t
    assert ("Fondation Léon Fredericq", "funds", "CHU de Liège") in t


def test_a_place_before_a_start_up_a_currency_code_and_a_round_up_lead_in() -> None:
    ex = run("Nova Scotia Health selected Halifax start-up Tidewater Med to supply remote monitoring kits.")
    assert pairs(ex) == {frozenset(("Nova Scotia Health", "Tidewater Med"))}
    ex = run("Motol Hospital has chosen Cortexa Systems in a CZK 850 million deal.")
    assert "CZK" not in {o.name for o in ex.orgs}
    ex = run("Brèves santé\n\nNomination. Claire Le Goff a été nommée directrice générale du centre hospitalier de Blois.", date=None)
    assert "Nomination" not in {o.name for o in ex.orgs}
    ex = run("Zambia deal\n\nBy Chanda Mwale | Lusaka | 12 February 2026\n\nThe University Teaching Hospital in Lusaka has signed a "
             "contract with Elekta.", date=None)
    assert "Lusaka" not in {o.name for o in ex.orgs}


def test_a_bold_name_opening_a_line_and_the_consortium_the_partners_form() -> None:
    ex = run("Tromsø consortium\n\n*Tromsø, 3 September 2026*\n\n**University Hospital of North Norway** has joined forces with the "
             "**Arctic University of Norway**, the SINTEF research institute and Oslo-based start-up **Kvikkdata** to develop software "
             "that reads skin biopsies. The four partners form the NORSKIN consortium, which received NOK 30 million from the Research "
             "Council of Norway on Monday.", date=None)
    parties = {o.name for o in ex.orgs if any(o.key in c.participants for c in ex.collaborations)}
    assert parties == {"University Hospital of North Norway", "Arctic University of Norway", "SINTEF", "Kvikkdata"}
    t = triples(ex)
    assert {(p, "memberOf", "NORSKIN") for p in parties} <= t
    assert ("Research Council of Norway", "funds", "NORSKIN") in t


def test_quebec_health_and_social_services_centres_and_their_acronyms() -> None:
    ex = run("Le Centre intégré de santé et de services sociaux du Bas-Saint-Laurent (CISSS BSL) a retenu l’entreprise montréalaise Clinivia.")
    assert pairs(ex) == {frozenset(("Centre intégré de santé et de services sociaux du Bas-Saint-Laurent", "Clinivia"))}
    ex = run("Le Centre intégré universitaire de santé et de services sociaux de l’Outaouais (CIUSSS de l’Outaouais) a retenu Clinivia.")
    assert any(frozenset(("CIUSSS de l’Outaouais", "Clinivia")) == p or "Clinivia" in p and len(p) == 2 for p in pairs(ex))
    assert len(pairs(ex)) == 1
    ex = run("Brèves\n\nLe CISSS de la Gaspésie-Nord avait choisi la même solution en 2023.", date=None)
    assert {o.name: o.type for o in ex.orgs} == {"CISSS de la Gaspésie-Nord": "Hospital"}


def test_a_french_headline_opening_on_its_place_and_a_company_opening_one() -> None:
    ex = run("Kara : le CHU Maman Yoko et Santé Plus s’associent\n\nPublié le 21 janvier 2026\n\nLe centre hospitalier universitaire Maman "
             "Yoko et l’ONG Santé Plus ont signé mardi à Kara une convention de partenariat.", date=None)
    assert "Kara" not in {o.name for o in ex.orgs} and len(pairs(ex)) == 1
    ex = run("Doctolib : la licorne rachète Medispring\n\nDoctolib a annoncé l’acquisition de Medispring.", date=None)
    assert ("Doctolib", "acquired", "Medispring") in triples(ex)


def test_a_reference_in_the_possessive_is_no_party() -> None:
    ex = run("Motol University Hospital has chosen Cortexa Systems to replace its patient system. Cortexa will work with local partner "
             "Stapro, a Pardubice software firm, on integration with the hospital's laboratory systems.")
    assert pairs(ex) == {frozenset(("Motol University Hospital", "Cortexa Systems")), frozenset(("Cortexa Systems", "Stapro"))}


def test_a_two_word_acronym_after_a_long_quebec_name() -> None:
    ex = run("Le Centre intégré universitaire de santé et de services sociaux de la Capitale-Nationale (CIUSSS CN) a retenu "
             "l’entreprise montréalaise Clinivia.")
    assert pairs(ex) == {frozenset(("Centre intégré universitaire de santé et de services sociaux de la Capitale-Nationale", "Clinivia"))}


def test_a_study_led_with_a_company_is_a_research_collaboration() -> None:
    ex = run("Le CHU de Nice mène une étude avec la société Therapixel sur le dépistage.")
    assert pairs(ex) == {frozenset(("CHU de Nice", "Therapixel"))}
    assert ex.collaborations[0].kind == "ResearchCollaboration"


def test_a_round_s_lead_investor_and_a_funding_programme_named_as_a_funder() -> None:
    ex = run("Telecardia recently closed a $6 million Series A round led by Kaszek, with participation from Magma Partners.")
    assert {("Kaszek", "funds", "Telecardia"), ("Magma Partners", "funds", "Telecardia")} <= triples(ex)
    ex = run("The project is co-financed by ProInnóvate, the innovation programme of Peru's Ministry of Production.")
    assert "ProInnóvate" in {o.name for o in ex.orgs}


def test_the_machine_a_customer_buys_is_funded_for_the_customer() -> None:
    ex = run("The Mercy Hospital has signed a contract with Elekta for a linear accelerator. The machine is financed by the Ministry of "
             "Health, with additional support from the Hargreave Foundation.")
    assert {("Ministry of Health", "funds", "Mercy Hospital"), ("Hargreave Foundation", "funds", "Mercy Hospital")} <= triples(ex)


def test_a_hospital_and_research_centre_is_one_body_typed_by_its_first_head() -> None:
    ex = run("Indus Heart Hospital and Research Centre has bought a majority stake in Medix Labs.")
    types = {o.name: o.type for o in ex.orgs}
    assert types.get("Indus Heart Hospital and Research Centre") == "Hospital"
    assert ("Indus Heart Hospital and Research Centre", "acquired", "Medix Labs") in triples(ex)
    # a name of its own after "and" still makes two
    ex = run("Lakeshore Health Sciences Centre and University Health Network signed an agreement with Vectra AI.")
    assert {"Lakeshore Health Sciences Centre", "University Health Network"} <= {o.name for o in ex.orgs}


def test_money_awarded_to_a_body_is_funding_not_a_contract() -> None:
    ex = run("Deals\n\nDenmark: The Kavli Trust awarded DKK 12 million to Aarhusklinikken to study sepsis in children.", date=None)
    assert ("Kavli Trust", "funds", "Aarhusklinikken") in triples(ex) and not ex.collaborations
    ex = run("The Rowan Foundation awarded 2 million euros to the Lindqvist Institute for its malaria work.")
    assert ("Rowan Foundation", "funds", "Lindqvist Institute") in triples(ex)
    ex = run("Valley Health awarded a five-year contract to Brightline Imaging to run its imaging archive.")
    assert ("Brightline Imaging", "supplies", "Valley Health") in triples(ex)


def test_a_country_s_description_types_the_body_it_follows() -> None:
    ex = run("Deals\n\nAustria: Vitalis, Austria's biggest clinic chain, named Anna Berger as chief executive.", date=None)
    assert "Vitalis" in {o.name for o in ex.orgs}
    assert has_person(ex, "Anna Berger", "vitalis", "chief executive")


def test_the_wire_that_carries_a_release_is_no_party() -> None:
    ex = run("Harbor Health and Nuvia sign pact\n\nDENVER, Jan. 20, 2026 /PRNewswire/ -- Harbor Health, a health system, and Nuvia, "
             "a software company, today announced a partnership on remote monitoring.", date=None)
    assert pairs(ex) == {frozenset(("Harbor Health", "Nuvia"))}
    assert "PRNewswire" not in {o.name for o in ex.orgs}


def test_a_university_s_hospital_is_a_university_hospital() -> None:
    ex = run("The University of Maryland Hospital has chosen Corvex to supply its infusion pumps.")
    assert {o.name: o.type for o in ex.orgs}.get("University of Maryland Hospital") == "UniversityHospital"


def test_things_bought_in_a_passive_clause_name_no_buyer() -> None:
    ex = run("The clinic will use scanners from Leica Biosystems, which were bought separately through a tender run by MedSupply.")
    assert not any(p == "acquired" for _s, p, _o in triples(ex))
    assert {o.name: o.type for o in ex.orgs}.get("Leica Biosystems") == "Company"


def test_the_head_of_a_centre_named_by_the_word_of_its_name() -> None:
    ex = run("Clinic adopts software\n\nASTANA, 14 April 2026 – The National Cardiac Surgery Center will use Orbis's scheduling software. "
             "The centre treats 4,000 patients a year. \"We are overloaded,\" said Aigerim Sadykova, who heads the centre.", date=None)
    assert has_person(ex, "Aigerim Sadykova", "national cardiac surgery center", "head")
    # a centre of another kind told of in between breaks the reference, and a bare "centre" before a noun is a unit
    ex = run("Clinic adopts software\n\nThe National Cardiac Surgery Center will open a training centre with Orbis. "
             "\"We are ready,\" said Aigerim Sadykova, who heads the centre.", date=None)
    assert not has_person(ex, "Aigerim Sadykova", "national cardiac surgery center")
    ex = run("Le CHU de Bordeaux travaille avec l'Inria. « Nous avançons », explique Marc Petit, responsable du centre expert "
             "Parkinson du CHU de Bordeaux.")
    assert has_person(ex, "Marc Petit", "chu de bordeaux")


def test_who_leads_a_unit_at_a_body_works_there_not_at_the_unit() -> None:
    ex = run("The study is supported by the Japan Agency for Medical Research. \"We must share data,\" said Professor Kenji Mori, "
             "who leads the gastroenterology department at Keio University Hospital.")
    assert has_person(ex, "Kenji Mori", "keio university hospital")


def test_a_licence_signed_with_a_company_referred_to_by_its_place() -> None:
    ex = run("Clinic adopts Orbis software\n\nVILNIUS, 14 April 2026 – The Baltic Heart Clinic in Riga will use Orbis's scheduling "
             "software under a two-year licence signed with the Berlin-based company last week.", date=None)
    assert pairs(ex) == {frozenset(("Baltic Heart Clinic", "Orbis"))}


def test_the_two_hospitals_are_the_last_two_named_and_a_new_clause_after_and_has_its_own_subject() -> None:
    ex = run("Lusaka General Hospital and the Kabwe Heart Institute have agreed to pool their surgeons. Under the memorandum signed "
             "on Tuesday, the two hospitals will operate jointly. The Ndola Trust will contribute $1.5 million towards equipment, "
             "and Medair, a Swiss charity, will train nurses.")
    assert frozenset(("Lusaka General Hospital", "Kabwe Heart Institute")) in pairs(ex)
    assert {o.name: o.type for o in ex.orgs}["Kabwe Heart Institute"] == "Hospital"
    t = triples(ex)
    assert ("Ndola Trust", "funds", "Lusaka General Hospital") in t and ("Ndola Trust", "funds", "Medair") not in t
    ex = run("Le CHU de Brazzaville et l'Hôpital de Loandjili ont présenté leurs équipes. Les deux établissements ont signé "
             "une convention de coopération.")
    assert frozenset(("CHU de Brazzaville", "Hôpital de Loandjili")) in pairs(ex)


def test_a_ministry_over_two_fields_and_a_unit_named_by_its_field() -> None:
    ex = run("The project is financed through Romania's Ministry of Investments and European Projects.")
    assert "Ministry of Investments and European Projects" in {o.name for o in ex.orgs}
    ex = run("The Ministry of Health and Novartis signed an agreement on Monday.")
    assert frozenset(("Ministry of Health", "Novartis")) in pairs(ex)
    ex = run("The study is funded by the Ministry of Health. \"We see too many patients at night,\" said Dr. Ion Pop, head of "
             "the emergency department.")
    assert not any(p == "leads" for _s, p, _o in triples(ex))


def test_a_name_with_a_proper_part_ends_before_a_lowercase_complement() -> None:
    ex = run("Le CHU de Fann s'associe à l'Institut Pasteur de Dakar contre le paludisme\n\nDakar, le 3 mars 2026 – Le CHU de Fann et "
             "l'Institut Pasteur de Dakar ont signé une convention.", date=None)
    assert "Institut Pasteur de Dakar contre le paludisme" not in {o.name for o in ex.orgs}
    ex = run("Le CHU Sainte-Justine a signé une entente avec l’Hôpital de Montréal pour enfants.")
    assert "Hôpital de Montréal pour enfants" in {o.name for o in ex.orgs}
    ex = run("L'Agence nationale de la recherche finance le projet.")
    assert "Agence nationale de la recherche" in {o.name for o in ex.orgs}


def test_initials_after_a_hospital_cue_are_no_place_and_sites_are_places() -> None:
    ex = run("Le Centre hospitalier universitaire Hassan Ouattara (CHU-HO) a signé une convention avec Cegeka.")
    assert not any(p == "locatedIn" and o == "ho" for _s, p, o in triples(ex))
    ex = run("Le CHU UCL Dinant a confié à Cegeka le dossier patient de ses sites de Godinne, Ciney et Sainte-Anne.")
    names = {o.name for o in ex.orgs}
    assert not {"Godinne", "Ciney", "Sainte-Anne"} & names
    assert not any(p == "locatedIn" and o == "ucl dinant" for _s, p, o in triples(ex))
    ex = run("The Riverside Health System will roll out the software at its sites in Kelso, Hawick and Peebles with Orbis.")
    assert {o.name for o in ex.orgs} == {"Riverside Health System", "Orbis"}


def test_a_bare_chu_in_the_headline_and_au_chu_after_a_role_are_the_story_s_chu() -> None:
    ex = run("Limoges : le CHU et Legrand s’allient autour des capteurs\n\nLimoges, le 22 juin 2026 – Le CHU de Limoges et le groupe "
             "Legrand ont signé un accord de partenariat. « Nous avançons », souligne le professeur Paul Martin, coordinateur du projet "
             "au CHU.", date=None)
    assert pairs(ex) == {frozenset(("CHU de Limoges", "Legrand"))}
    assert has_person(ex, "Paul Martin", "chu de limoges")


def test_french_names_ending_in_a_place_adjective_before_a_and_a_foundation_of_an_acronym() -> None:
    ex = run("Neuchâtel. Le Réseau hospitalier neuchâtelois a choisi l'entreprise lausannoise Medis pour fournir des capteurs.")
    assert pairs(ex) == {frozenset(("Réseau hospitalier neuchâtelois", "Medis"))}
    ex = run("Genève. La Fondation privée des HUG a versé 3 millions de francs aux Hôpitaux universitaires de Genève pour un "
             "nouveau centre.")
    assert ("Fondation privée des HUG", "funds", "Hôpitaux universitaires de Genève") in triples(ex)


def test_a_round_up_label_a_user_with_its_place_and_a_referred_company_s_place() -> None:
    ex = run("Deals\n\nBelgium: Northwind Care has chosen Agfa HealthCare to supply its new radiology information system.", date=None)
    assert ("Agfa HealthCare", "supplies", "Northwind Care") in triples(ex)
    ex = run("Deals\n\nBelgium: UZ Gent has chosen Agfa HealthCare to supply its archive.", date=None)
    assert {o.name: o.type for o in ex.orgs}["UZ Gent"] == "UniversityHospital"
    ex = run("Clinic adopts\n\nASTANA, 14 April 2026 – The Baltic Heart Center (BHC) in Riga will use Orbis's digital pathology "
             "platform under a licence signed with the Berlin-based company last week.", date=None)
    t = triples(ex)
    assert ("Orbis", "supplies", "Baltic Heart Center") in t and ("Orbis", "locatedIn", "berlin") in t


def test_a_consortium_named_in_apposition_is_what_the_parties_formed_and_they_are_its_members() -> None:
    ex = run("Northlake Health, Rushmore Medical Center and Advent Hospital today announced the Midwest Stroke Imaging Registry, "
             "a consortium that will pool brain scans from 80,000 patients.")
    assert pairs(ex) == {frozenset(("Northlake Health", "Rushmore Medical Center")), frozenset(("Northlake Health", "Advent Hospital")),
                         frozenset(("Rushmore Medical Center", "Advent Hospital"))}
    assert {(a, "memberOf", "Midwest Stroke Imaging Registry") for a in ("Northlake Health", "Rushmore Medical Center", "Advent Hospital")} \
        <= triples(ex)
    assert all(c.kind != "Consortium" for c in ex.collaborations)  # (a consortium is an organisation's class, not a collaboration's)


def test_a_company_sold_in_a_headline_goods_sold_to_a_customer_and_work_delivered_with_a_partner() -> None:
    ex = run("Halden Labs sold to Krona Group for $240 million\n\nOSLO, 6 August 2026 — Krona Group has agreed to buy Halden Labs.", date=None)
    t = triples(ex)
    assert ("Krona Group", "acquired", "Halden Labs") in t and not any(p == "supplies" for _s, p, _o in t)
    ex = run("Medora has sold 300 infusion pumps to Lakeside Hospital.")
    assert ("Medora", "supplies", "Lakeside Hospital") in triples(ex)
    ex = run("Philips sold its emergency care business to Bridgefield Capital.")
    assert not any(p == "supplies" for _s, p, _o in triples(ex))
    ex = run("The project was funded by NHS England and delivered with the Peninsula Imaging Network.")
    assert not any(p == "supplies" for _s, p, _o in triples(ex))


def test_hospitals_of_several_towns_are_places() -> None:
    ex = run("Le GHT Meuse Sud, qui réunit les hôpitaux de Verdun, Saint-Mihiel et Commercy, a retenu l’éditeur Maincare.")
    names = {o.name for o in ex.orgs}
    assert not {"Saint-Mihiel", "Commercy", "hôpitaux de Verdun"} & names


def test_a_rival_that_signs_a_similar_deal_a_short_form_the_tagger_misreads_and_training_with_a_university() -> None:
    ex = run("Halodoc raised $100 million last year. Its rival Alodokter recently signed a similar partnership with Mitra Keluarga.")
    assert frozenset(("Alodokter", "Mitra Keluarga")) in pairs(ex)
    ex = run("The deal follows similar contracts signed by Medray and Lumex.")
    assert not pairs(ex)
    ex = run("The Vector Institute leads the project. Amazon Web Services will host the shared data platform under a separate "
             "agreement with Vector.")
    assert frozenset(("Amazon Web Services", "Vector Institute")) in pairs(ex)
    ex = run("Siemens Healthineers will also train 400 radiographers with Ain Shams University.")
    assert pairs(ex) == {frozenset(("Siemens Healthineers", "Ain Shams University"))}
    ex = run("Medtronic formera 50 chirurgiens avec l’Université de Sfax.")
    assert pairs(ex) == {frozenset(("Medtronic", "Université de Sfax"))}


def test_people_named_after_said_with_emphasis_a_ward_surname_and_the_state_s_officer() -> None:
    ex = run("Lakeside Hospital has signed a contract with Orbis. \"This is the biggest investment in heart care in the region,\" "
             "said chief executive Tom Hale.")
    assert has_person(ex, "Tom Hale", "lakeside hospital", "chief executive")
    ex = run("Haukeland picks AI\n\n\"We see 12,000 biopsies a year,\" says **Ingrid Berg**, head of the pathology department at "
             "Haukeland University Hospital.", date=None)
    assert has_person(ex, "Ingrid Berg", "haukeland university hospital")
    ex = run("The University of Leeds has joined the network. Professor Helen Ward, head of the university's Division of Cancer "
             "Sciences, said the archive would help.")
    assert has_person(ex, "Helen Ward", "university of leeds")
    assert not any(p == "leads" for _s, p, _o in triples(ex))  # (she heads a division of it)
    ex = run("The Lagos State Government has partnered with Orbis to equip 14 hospitals, the state's commissioner for health, "
             "Tunde Adeyemi, announced on Monday.")
    assert has_person(ex, "Tunde Adeyemi", "lagos state government")


def test_its_product_after_the_story_s_subject_and_an_app_named_after_its_maker() -> None:
    ex = run("Vireo Imaging raised $10 million. Its product, VireoCardia, is used by 60 hospitals in the United States.")
    assert ("Vireo Imaging", "develops", "vireocardia") in triples(ex)
    ex = run("Lakeside Hospital has partnered with Dignio. Patients will report symptoms daily through the DignioCare app.")
    assert ("Dignio", "develops", "digniocare") in triples(ex)
    ex = run("La medtech Cardiawave lève 25 millions\n\nLYON, 10 avril 2024 – Cardiawave, jeune entreprise lyonnaise, annonce une levée "
             "de fonds de 25 millions d'euros. Le tour de table est mené par le fonds Innovacom. Ces fonds "
             "permettront de financer l'essai clinique de sa plateforme Valvosoft.", date=None)
    t = triples(ex)
    assert ("Cardiawave", "develops", "valvosoft") in t and ("Innovacom", "develops", "valvosoft") not in t


def test_existing_investors_taking_part_back_the_raiser_not_each_other_nor_the_lead_s_backer() -> None:
    ex = run("Medlio, a Singapore start-up, has raised $18 million in a Series A round led by Temasek-backed Vertex Ventures. Existing "
             "investors Antler and the National University of Singapore's venture arm also took part in the round, the company said.")
    t = triples(ex)
    assert {("Antler", "funds", "Medlio"), ("National University of Singapore", "funds", "Medlio")} <= t
    assert ("Antler", "funds", "National University of Singapore") not in t and ("Antler", "funds", "Vertex Ventures") not in t


def test_places_from_a_possessive_a_preposition_and_a_based_adjective_around_emphasis() -> None:
    t = triples(run("Vancouver's Maple Virtual Care acquired Winnipeg-based ClinicLink for an undisclosed sum."))
    assert {("Maple Virtual Care", "locatedIn", "vancouver"), ("ClinicLink", "locatedIn", "winnipeg")} <= t
    t = triples(run("Samples will be sequenced at the Uganda Virus Research Institute in Entebbe."))
    assert ("Uganda Virus Research Institute", "locatedIn", "entebbe") in t
    t = triples(run("Haukeland\n\nLakeside Hospital has joined forces with Oslo-based start-up **Vevdata** to develop tools.", date=None))
    assert ("Vevdata", "locatedIn", "oslo") in t
    t = triples(run("The tool was developed by Sheba's ARC innovation centre with Sheba Medical Center's doctors."))
    assert not any(p == "locatedIn" and o == "sheba" for _s, p, o in t)


def test_bodies_that_will_take_part_join_a_funding_of_millions_par_two_funders_and_a_stock_exchange() -> None:
    ex = run("Montpellier, le 8 septembre 2026 – Le CHU de Montpellier et le laboratoire Sanofi ont signé mardi un accord de recherche. "
             "L’étude portera sur 600 patients. L’Inserm et l’Université de Montpellier y seront associés. Le projet est financé à "
             "hauteur de 1,5 million d’euros par Sanofi et par la Région Occitanie.", date=None)
    assert frozenset(("CHU de Montpellier", "Université de Montpellier")) in pairs(ex)
    assert {("Sanofi", "funds", "CHU de Montpellier"), ("Région Occitanie", "funds", "CHU de Montpellier")} <= triples(ex)
    ex = run("Apollo Hospitals has signed an agreement with Medtronic. Shares of Apollo Hospitals closed 1.2% higher on the NSE.")
    assert "NSE" not in {o.name for o in ex.orgs}
    ex = run("Seoul National University Bundang Hospital has signed a partnership with Lunit.")
    assert {o.name: o.type for o in ex.orgs}["Seoul National University Bundang Hospital"] == "UniversityHospital"


def test_a_joint_venture_named_after_its_trigger_is_the_parties_company_not_a_party() -> None:
    ex = run("Karolinska University Hospital, Oslo University Hospital and Helsinki University Hospital have formed a joint venture, "
             "Nordic Pathology AI AB, to develop diagnostic algorithms.")
    assert all("Nordic Pathology AI AB" not in p for p in pairs(ex)) and len(pairs(ex)) == 3
    assert ("Nordic Pathology AI AB", "subsidiaryOf", "Oslo University Hospital") in triples(ex)


def test_french_future_supply_and_belonging_to_a_group() -> None:
    assert ("Siemens Healthineers", "supplies", "CHU de Rouen") in triples(run("Siemens Healthineers fournira deux IRM au CHU de Rouen d'ici 2027."))
    assert ("Clinique du Parc", "subsidiaryOf", "Elsan") in triples(run("La Clinique du Parc appartient désormais au groupe Elsan."))


def test_data_provided_is_shared_not_supplied() -> None:
    ex = run("Lakeside Hospital has partnered with Lunit. The hospital will provide anonymized data to Lunit to improve the algorithm.")
    assert not any(p == "supplies" and s == "Lakeside Hospital" for s, p, _o in triples(ex))
    ex = run("Le CHU de Caen a signé un accord avec Medis. Le CHU fournira des données cliniques à Medis.")
    assert not any(p == "supplies" and s == "CHU de Caen" for s, p, _o in triples(ex))


def test_a_supplier_chosen_over_rivals_and_a_product_used_by_several_hospitals() -> None:
    ex = run("Northgate Health has chosen Brightline Imaging over Epic Systems and Oracle Health for its new scheduling tool.")
    assert pairs(ex) == {frozenset(("Northgate Health", "Brightline Imaging"))}
    assert {(s, o) for s, p, o in triples(ex) if p == "supplies"} == {("Brightline Imaging", "Northgate Health")}
    ex = run("Egypt's Ministry of Health signed a memorandum of understanding with Siemens Healthineers to equip 30 hospitals over "
             "three years, the ministry said.")
    assert frozenset(("Ministry of Health", "Siemens Healthineers")) in pairs(ex)
    ex = run("Corvex's triage software is already used by Lakeside Hospital and Mercy Hospital.")
    assert {("Corvex", "supplies", "Lakeside Hospital"), ("Corvex", "supplies", "Mercy Hospital")} <= triples(ex)


def test_french_future_funding_a_platform_named_after_a_long_complement_and_a_stock_exchange() -> None:
    ex = run("Le groupe pharmaceutique Novartis financera pendant cinq ans une chaire de médecine numérique à l’École polytechnique "
             "fédérale de Lausanne (EPFL).")
    assert ("Novartis", "funds", "École polytechnique fédérale de Lausanne") in triples(ex)
    ex = run("Le ministère de la Santé a confié à Telus Santé la gestion de la plateforme de prise de rendez-vous Clic Santé.")
    assert "Clic Santé" not in {o.name for o in ex.orgs}
    ex = run("Le groupe Akdital a acquis la Clinique Al Amal, a indiqué le groupe dans un communiqué à la Bourse de Casablanca.")
    assert "Bourse de Casablanca" not in {o.name for o in ex.orgs}
    ex = run("Discovery Health has invested R80 million in Hello Doctor. The start-up's service is used by the Western Cape "
             "Department of Health.")
    assert not ex.products


def test_roles_at_a_unit_of_a_body_between_two_people_and_after_a_french_acronym_reference() -> None:
    ex = run("Vienna General Hospital has signed an agreement with Orbis. \"We read 300 scans a day,\" said Dr. Lena Fischer, head of "
             "the Department of Cardiology at Vienna General Hospital.")
    assert has_person(ex, "Lena Fischer", "vienna general hospital")
    assert "Department of Cardiology" not in {o.name for o in ex.orgs}
    ex = run("The agreement was signed by Dr. Ade Bello and by Rui Costa, chair of the board of Hospital Santa Cruz.")
    assert not any(p.name == "Ade Bello" and p.role and "Rui Costa" in p.role for p in ex.people)
    ex = run("Le Centre intégré de santé et de services sociaux de Laval (CISSS de Laval) et la société Medis ont annoncé un "
             "partenariat. « C'est une avancée », a souligné Julie Roy, présidente-directrice générale adjointe du CISSS.")
    assert any(p.name == "Julie Roy" and p.org for p in ex.people)
    ex = run("Le CHU de Liège a retenu Medtronic. « La liste d'attente s'allonge », explique le Pr Marc Dupont, chef du service "
             "d'urologie.")
    assert has_person(ex, "Marc Dupont", "chu de liege")


def test_markdown_emphasis_list_items_and_credit_lines() -> None:
    from kg.ingest import parse_bytes

    md = ("# Health tech deals: the week in brief\n\n*Boston, 18 September 2026*\n\n"
          "- **Mass Eye and Ear** picked **Ophtica** to screen diabetic patients for retinopathy.\n"
          "- **Hims & Hers** bought the telehealth start-up **Zava** for $40 million.\n\n"
          "*Reporting by Bea Santos for BusinessWorld Health.*\n")
    art = parse_bytes(md.encode(), "week.md")
    assert "**" not in art.text
    doc = next(parse([" " * art.body_start + art.text[art.body_start : art.body_end if art.body_end >= 0 else len(art.text)]], art.language))
    ex = extract(art, doc)
    assert pairs(ex) == {frozenset(("Mass Eye and Ear", "Ophtica"))}  # (each item its own sentence)
    assert not {"Bea Santos for BusinessWorld Health", "BusinessWorld Health"} & {o.name for o in ex.orgs}



def test_a_dateline_ending_in_a_dash_is_no_part_of_the_first_sentence() -> None:
    ex = run("Lux Med signs Philips deal\n\nWARSAW, 3 March 2026 – Lux Med has signed a five-year equipment contract with Philips.",
             date=None)
    assert pairs(ex) == {frozenset(("Lux Med", "Philips"))}
    assert any(c.evidence and not c.evidence[0].text.startswith("WARSAW") for c in ex.collaborations)


def test_a_bidder_before_a_relative_clause_and_one_supplier_s_customers() -> None:
    ex = run("Le CHRU de Nancy a retenu la société Medtronic pour la fourniture d’un robot chirurgical. Stryker, dont les appareils "
             "équipent déjà l’hôpital, avait également répondu à l’appel d’offres.")
    assert pairs(ex) == {frozenset(("CHRU de Nancy", "Medtronic"))}
    ex = run("Le CHU de Rennes s’associe à Philips. Philips équipe déjà le CHU de Brest et le CHU d’Angers.")
    assert frozenset(("CHU de Brest", "CHU d’Angers")) not in pairs(ex)
    assert {("Philips", "supplies", "CHU de Brest"), ("Philips", "supplies", "CHU d’Angers")} <= triples(ex)


def test_a_named_project_opening_the_sentence_is_what_its_funder_pays_for() -> None:
    ex = run("Le projet Cardio-IA, porté par le CHU de Dijon en partenariat avec la start-up Epiconcept et l’Université de Bourgogne, "
             "est soutenu par la Région Bourgogne-Franche-Comté.")
    t = triples(ex)
    assert ("Région Bourgogne-Franche-Comté", "funds", "cardio ia") in t
    assert not any(p == "funds" and o in ("Epiconcept", "Université de Bourgogne") for _s, p, o in t)
    assert len(pairs(ex)) == 3


def test_two_investors_joined_by_and_and_a_named_assay_as_a_product() -> None:
    ex = run("Aster Labs develops laboratory tests for kidney disease. Its investors include General Catalyst and Casdin Capital.")
    assert {("General Catalyst", "funds", "Aster Labs"), ("Casdin Capital", "funds", "Aster Labs")} <= triples(ex)
    ex = run("Helix Health has partnered with Aster Labs. Aster Labs' KidneyScore assay will be offered free of charge.")
    assert ("Aster Labs", "develops", "kidneyscore") in triples(ex)
    assert "KidneyScore" not in {o.name for o in ex.orgs}


def test_a_possible_partnership_is_none_yet() -> None:
    assert not pairs(run("Ministry of Health officials met Corvia executives in Geneva on Tuesday to discuss a possible partnership."))
    assert not pairs(run("Le CHU de Caen et la société Medis étudient la possibilité d’un partenariat."))
    ex = run("Corvia has been selected by Northbay Health and Eastfield Hospital to supply infusion pumps.")
    assert pairs(ex) == {frozenset(("Corvia", "Northbay Health")), frozenset(("Corvia", "Eastfield Hospital"))}


def test_founders_from_a_company_a_publisher_s_ranking_and_a_read_more_line_are_no_parties() -> None:
    ex = run("Sunrise Health has chosen Nuvia to monitor patients at home. Nuvia, founded by former Medtronic engineers, employs 80 "
             "people. It was recently named to Fierce Healthcare's list of top digital health start-ups. Read more on Modern Healthcare.")
    assert pairs(ex) == {frozenset(("Sunrise Health", "Nuvia"))}
    assert not {"Fierce Healthcare", "Modern Healthcare"} & {o.name for o in ex.orgs}
    ex = run("The program follows a pilot at Sunrise's Aurora Medical Center.")
    assert not any(p == "locatedIn" for _s, p, _o in triples(ex))


def test_a_project_led_and_funded_and_a_network_joined_by_its_name() -> None:
    t = triples(run("The STRIDE project is led by Dr. Anna Berg of Lakeside Hospital and funded by the Wellcome Trust."))
    assert ("Wellcome Trust", "funds", "stride") in t and ("Wellcome Trust", "funds", "Lakeside Hospital") not in t
    assert ("Lakeside Hospital", "memberOf", "Vizient") in triples(run("Lakeside Hospital has joined the Vizient network."))


def test_a_company_snapped_up_a_series_b_led_by_an_investor_and_a_minority_stake() -> None:
    assert ("Nordic Capital", "acquired", "Medlane") in triples(run("Nordic Capital has snapped up Medlane, a Swedish home-care software firm."))
    assert ("Northzone", "funds", "Vitra Health") in triples(run("Vitra Health closed a $45 million Series B led by Northzone."))
    t = triples(run("Medtronic took a minority stake in the Israeli start-up Rhythmix."))
    assert ("Medtronic", "funds", "Rhythmix") in t and ("Medtronic", "acquired", "Rhythmix") not in t
    t = triples(run("Medtronic took a majority stake in the Israeli start-up Rhythmix."))
    assert ("Medtronic", "funds", "Rhythmix") not in t


def test_the_french_team_noun_is_not_the_verb_equip() -> None:
    ex = run("Les données seront analysées par la plateforme de la société Medis, puis transmises à l’équipe de cardiologie de "
             "l’Hôpital Nord.")
    assert not pairs(ex) and not any(p == "supplies" for _s, p, _o in triples(ex))
    assert ("Siemens Healthineers", "supplies", "CHU de Rouen") in triples(run("Siemens Healthineers équipe le CHU de Rouen de deux IRM."))


def test_trigger_words_inside_idioms_state_no_collaboration() -> None:
    assert not pairs(run("Lakeside Hospital saw signs of recovery after the cyberattack, according to the NHS Digital report."))
    assert not pairs(run("Lakeside Hospital has spent a great deal of money on Epic Systems software."))
    assert not pairs(run("Le CHU de Nantes a mis en place ce protocole en accord avec l’Agence régionale de santé."))
    assert pairs(run("Lakeside Hospital signed a deal with Epic Systems.")) == {frozenset(("Lakeside Hospital", "Epic Systems"))}


def test_a_person_who_joins_a_body_makes_no_collaboration_and_works_there() -> None:
    ex = run("Sarah Collins joined Lakeside Hospital in 2019 from Medtronic, where she led the cardiac unit.")
    assert not pairs(ex)
    assert has_person(ex, "Sarah Collins", "lakeside hospital")
    ex = run("Lakeside Hospital and Northbay Health joined forces with Orbis to build a sepsis alert.")
    assert frozenset(("Lakeside Hospital", "Orbis")) in pairs(ex)


def test_an_event_in_apposition_and_a_plan_with_its_year_are_no_bodies() -> None:
    ex = run("The partnership with Orbis was unveiled at Arab Health in Dubai, the region's largest healthcare exhibition.")
    assert {o.name for o in ex.orgs} == {"Orbis"}
    ex = run("L’accord a été présenté à Paris, dans le cadre du programme France 2030 et du plan Ma Santé 2022.")
    assert not ex.orgs


def test_a_role_opening_the_sentence_and_a_role_in_brackets() -> None:
    ex = run("Lakeside Hospital has partnered with Corvia. CEO Jane Smith said the deal would cut waiting times.")
    assert has_person(ex, "Jane Smith", "lakeside hospital", "CEO")
    ex = run("Lakeside Hospital has partnered with Corvia. \"It works,\" said Jane Smith (CEO, Corvia).")
    assert has_person(ex, "Jane Smith", "corvia", "CEO")


def test_a_takeover_of_x_by_y_and_a_participle_opening_the_sentence() -> None:
    t = triples(run("Le rachat de la Clinique Pasteur par le groupe Elsan a été validé par l’Autorité de la concurrence."))
    assert ("Elsan", "acquired", "Clinique Pasteur") in t
    t = triples(run("Racheté en 2023 par Ramsay Santé, l’Hôpital privé de la Loire poursuit son développement."))
    assert ("Ramsay Santé", "acquired", "Hôpital privé de la Loire") in t
    t = triples(run("Funded by the Wellcome Trust, the Lindqvist Institute will study malaria in Kenya."))
    assert ("Wellcome Trust", "funds", "Lindqvist Institute") in t


def test_a_body_s_own_fund_is_paid_by_the_body() -> None:
    ex = run("The roll-out at Leeds Teaching Hospitals is funded by NHS England's AI Diagnostic Fund.")
    assert ("NHS England", "funds", "Leeds Teaching Hospitals") in triples(ex)
    ex = run("Brigham and Women's Hospital signed an agreement with Corvia.")
    assert "Brigham and Women's Hospital" in {o.name for o in ex.orgs}


def test_a_body_whose_fields_come_before_its_head_is_one_name() -> None:
    ex = run("The programme is funded by the National Science, Technology and Innovation Agency, which gave it EUR 2 million.")
    assert {o.name for o in ex.orgs} == {"National Science, Technology and Innovation Agency"}
    ex = run("Philips, Siemens Healthineers and GE Healthcare showed new scanners at the congress.")
    assert {"Philips", "Siemens Healthineers", "GE Healthcare"} <= {o.name for o in ex.orgs}


def test_bodies_that_agreed_to_work_on_something_together() -> None:
    ex = run("Kelvora Clinic and Brightwave have agreed to develop a remote monitoring service for heart failure patients.")
    assert frozenset(("Kelvora Clinic", "Brightwave")) in pairs(ex)
    ex = run("Brightwave agreed to pay a fine of EUR 40,000 to the Kelvora Clinic.")
    assert not pairs(ex)


def test_founded_in_a_place_then_a_year() -> None:
    ex = run("Brightwave, founded in Nairobi in 2018, sells its software to clinics in five countries.")
    assert ("Brightwave", "locatedIn", "nairobi") in triples(ex)


def test_a_place_and_a_trade_before_a_descriptor_name_no_body() -> None:
    ex = run("Lindqvist Hospital partners with Oslo AI firm on sepsis alerts\n\nLindqvist Hospital said on Monday it would "
             "test a sepsis alert tool built by Brightwave.", date=None)
    assert "Oslo AI" not in {o.name for o in ex.orgs}


def test_bidders_for_a_contract_are_no_parties() -> None:
    ex = run("Philips, Siemens Healthineers and GE HealthCare bid for the contract, which went to Canon Medical Systems.")
    assert not pairs(ex)


def test_goods_bought_from_a_company_and_a_company_bought_from_its_owners() -> None:
    t = triples(run("Orvana Hospital bought 12 ventilators from Medlane last year."))
    assert ("Medlane", "supplies", "Orvana Hospital") in t and not any(p == "acquired" for _, p, _ in t)
    t = triples(run("Halden Group bought Medlane from its founders in 2021."))
    assert ("Halden Group", "acquired", "Medlane") in t and ("Medlane", "acquired", "Halden Group") not in t


def test_a_country_with_a_possessive_is_a_place() -> None:
    ex = run("Orvana Hospital, Mozambique's largest referral hospital, has signed a memorandum of understanding with Kelvora Clinic.")
    assert pairs(ex) == {frozenset(("Orvana Hospital", "Kelvora Clinic"))}
    assert "Mozambique" not in {o.name for o in ex.orgs}


def test_a_donation_to_a_hospital_and_paying_for_a_partnership_s_costs() -> None:
    t = triples(run("Separately, the Lindqvist Foundation said it would donate two ambulances to Orvana Central Hospital."))
    assert ("Lindqvist Foundation", "funds", "Orvana Central Hospital") in t
    t = triples(run("Orvana Hospital signed an agreement with Kelvora Clinic to train nurses. "
                    "The Lindqvist Foundation will pay for travel and housing."))
    assert {("Lindqvist Foundation", "funds", "Orvana Hospital"), ("Lindqvist Foundation", "funds", "Kelvora Clinic")} <= t


def test_a_role_then_its_holder_in_commas() -> None:
    ex = run("Halden Group has agreed to acquire Medlane. Medlane's chief executive, Gediminas Peksys, will join the "
             "Halden Group team with his 60 employees.")
    assert has_person(ex, "Gediminas Peksys", "medlane", "chief executive")
    assert "Gediminas Peksys" not in {o.name for o in ex.orgs} and not pairs(ex)


def test_a_dateline_of_two_places_after_a_label() -> None:
    ex = run("Halden Group to buy Medlane\n\n*Press release — Erlangen / Vilnius, 15 September 2026*\n\n"
             "Halden Group AG has signed an agreement to acquire Medlane, a Vilnius-based company.", date=None)
    assert {o.name for o in ex.orgs} == {"Halden Group AG", "Medlane"}


def test_a_round_in_a_platform_alongside_another_investor() -> None:
    ex = run("Bahrain: Kestrel Capital, the kingdom's sovereign wealth fund, led a USD 25 million round in Medlane, a "
             "Jordan-based telemedicine platform, alongside Orbis Ventures. Medlane plans to open an office in Manama.")
    t = triples(ex)
    assert {("Kestrel Capital", "funds", "Medlane"), ("Orbis Ventures", "funds", "Medlane")} <= t
    assert ("Medlane", "funds", "Kestrel Capital") not in t and "Medlane" in {o.name for o in ex.orgs}


def test_a_managed_equipment_services_agreement_is_a_supply_contract() -> None:
    ex = run("Orvana Hospital and Philips signed a ten-year managed equipment services agreement covering imaging.")
    assert ("Philips", "supplies", "Orvana Hospital") in triples(ex)
    assert ex.collaborations[0].kind == "SupplyContract"


def test_a_hospital_run_by_a_body_and_a_tender_run_by_a_body() -> None:
    t = triples(run("Deliveries start at Hospital Kelvora in Guayaquil, which is run by the Ecuadorian Social Security Institute."))
    assert ("Hospital Kelvora", "subsidiaryOf", "Ecuadorian Social Security Institute") in t
    t = triples(run("Medlane beat bids from Orbis and Kestrel Medical in a public tender run by the National Procurement Agency."))
    assert not any(p == "subsidiaryOf" for _, p, _ in t)
    t = triples(run("L'hôpital Kelvora de Saint-Louis, géré par la Fondation Orvana, recevra deux scanners."))
    assert ("hôpital Kelvora de Saint-Louis", "subsidiaryOf", "Fondation Orvana") in t


def test_a_hyphenated_short_form_of_a_typed_name() -> None:
    ex = run("Orvana Health and Saint-Kelvora Heart Institute launched the Nordic Sepsis Network. The network will be led by "
             "Saint-Kelvora, whose chief data officer, Dr. Raymond Mak, will chair its steering committee.")
    assert has_person(ex, "Raymond Mak", "saint kelvora heart institute", "chief data officer")
    assert ("Saint-Kelvora Heart Institute", "leads", "Nordic Sepsis Network") in triples(ex)


def test_a_grant_awarded_to_a_network_is_funding_not_a_contract() -> None:
    ex = run("Orvana Health, Kelvora Clinic and Lindqvist Hospital today announced the Nordic Sepsis Network, a consortium that "
             "will pool data. The National Cancer Institute has awarded the network a five-year grant of $12 million.")
    assert ("National Cancer Institute", "funds", "Nordic Sepsis Network") in triples(ex)
    assert not any("National Cancer Institute" in p for p in pairs(ex))
    ex = run("The ministry awarded Medlane a contract to supply 40 ventilators to Orvana Hospital.")
    assert not any(p == "funds" for _, p, _ in triples(ex))


def test_a_product_and_its_maker_after_a_product_noun() -> None:
    ex = run("Le CHU de Namur a choisi le robot Kelvo de Medlane, après un appel d’offres européen.")
    assert "Kelvo" not in {o.name for o in ex.orgs} and ("Medlane", "develops", "kelvo") in triples(ex)
    assert pairs(ex) == {frozenset(("CHU de Namur", "Medlane"))}
    assert ("Orvana", "develops", "kelvo") in triples(run("Le CHU de Namur utilise la plateforme Kelvo d’Orvana depuis 2021."))
    assert ("Medlane", "develops", "kelvo") in triples(run("The hospital will use the Kelvo robot from Medlane for urology."))


def test_a_dashed_short_form_given_in_brackets_is_one_body() -> None:
    ex = run("Le CISSS des Laurentides – CHRL s’allie à Medlane\n\nLe Centre intégré de santé et de services sociaux des "
             "Laurentides – Centre hospitalier régional des Laurentides (CISSS des Laurentides – CHRL) et la jeune pousse "
             "Medlane ont annoncé lundi un partenariat.", date=None)
    assert len(pairs(ex)) == 1 and all("Medlane" in p for p in pairs(ex))
    assert "CHRL" not in {o.name for o in ex.orgs}


def test_a_pronoun_after_a_sentence_whose_parse_missed_its_subject() -> None:
    t = triples(run("Le CHU de Namur et la jeune pousse Medlane ont annoncé lundi un partenariat. Fondée en 2021, Medlane compte "
                    "25 employés. Elle a levé 4 millions d’euros l’an dernier auprès d’Orvana Capital et de Kestrel Invest."))
    assert {("Orvana Capital", "funds", "Medlane"), ("Kestrel Invest", "funds", "Medlane")} <= t
    t = triples(run("Le CHU de Namur et Medlane lancent le projet KELVO. Le projet est financé par la Région wallonne. "
                    "Il est coordonné par la docteure Claire Lemoine, pédiatre au CHU de Namur."))
    assert not any(p == "leads" and o == "Région wallonne" for _, p, o in t)


def test_french_names_with_a_city_that_takes_an_article_and_a_regional_grouping() -> None:
    ex = run("Le Centre hospitalier Le Havre et la clinique Saint-Martin signent une convention.")
    assert pairs(ex) == {frozenset(("Centre hospitalier Le Havre", "clinique Saint-Martin"))}
    ex = run("Au Mans, le Centre hospitalier Le Mans rejoint le Groupement de coopération sanitaire e-santé Pays de la Loire, "
             "qui pilote les projets numériques des hôpitaux de la région.")
    assert ("Centre hospitalier Le Mans", "memberOf", "Groupement de coopération sanitaire e-santé Pays de la Loire") in triples(ex)


def test_a_company_owned_by_another_in_apposition() -> None:
    ex = run("The Orvana Health System today announced that it has selected Medlane Systems, a Kestrel company, to roll out "
             "its documentation tool to 900 physicians.")
    assert ("Medlane Systems", "subsidiaryOf", "Kestrel") in triples(ex)
    assert pairs(ex) == {frozenset(("Orvana Health System", "Medlane Systems"))}


def test_a_sum_granted_to_a_hospital_named_before() -> None:
    ex = run("Lindqvist University Hospital has signed an agreement with Brightwave. The Ministry of Health has granted "
             "the hospital EUR 85 million for the building.")
    assert ("Ministry of Health", "funds", "Lindqvist University Hospital") in triples(ex)
    ex = run("The ministry awarded Medlane a contract worth EUR 2 million to supply 40 ventilators to Orvana Hospital.")
    assert not any(p == "funds" for _, p, _ in triples(ex))


def test_a_body_that_joined_the_pilot_or_the_study_just_told() -> None:
    ex = run("Orvana University and Medlane have agreed to test a triage tool. Under the two-year agreement, the software "
             "will read images taken at Kestrel Children's Hospital, which joined the pilot in May.")
    assert frozenset(("Kestrel Children's Hospital", "Medlane")) in pairs(ex)
    ex = run("Le CHU de Namur et Medlane ont signé une convention pour tester un outil de tri. La clinique Saint-Luc a rejoint l’étude en mai.")
    assert frozenset(("clinique Saint-Luc", "Medlane")) in pairs(ex)


def test_a_maker_s_named_thing_that_a_buyer_deploys_is_a_product() -> None:
    ex = run("The health system will deploy Medlane's Kelvo Scribe, which drafts clinical notes from conversations.")
    assert "Kelvo Scribe" not in {o.name for o in ex.orgs} and ("Medlane", "develops", "kelvo scribe") in triples(ex)
    ex = run("Orvana Hospital uses Brightwave's SepsisGuard in its emergency department.")
    assert {o.name for o in ex.orgs} == {"Orvana Hospital", "Brightwave"}


def test_the_network_bodies_formed_is_not_one_of_them() -> None:
    ex = run("Three hospitals in the Canton of Vaud — Orvana Regional Hospital, the Kestrel Clinic and Lindqvist Hospital — "
             "have formed the Vaud Stroke Network with the support of the cantonal health department.")
    assert pairs(ex) == {frozenset(p) for p in (("Orvana Regional Hospital", "Kestrel Clinic"), ("Orvana Regional Hospital", "Lindqvist Hospital"),
                                                ("Kestrel Clinic", "Lindqvist Hospital"))}
    assert ("Kestrel Clinic", "memberOf", "Vaud Stroke Network") in triples(ex)


def test_a_price_after_for_ends_a_name_and_a_funded_phase() -> None:
    ex = run("Medlane, a Lisbon-based developer of triage software, has been acquired by Kestrel Group for EUR 40 million.")
    assert ("Kestrel Group", "acquired", "Medlane") in triples(ex)
    ex = run("Halvard University Hospital and Brightwave have signed a letter of intent to develop an app. "
             "The Research Council of Norway will fund the first phase with NOK 12 million.")
    assert ("Research Council of Norway", "funds", "Halvard University Hospital") in triples(ex)


def test_bodies_that_inaugurated_something_together() -> None:
    ex = run("L'Hôpital général de Kestrel et l'Université de Lindqvist ont inauguré une chaire de recherche en santé "
             "numérique, financée par la Fondation Orvana à hauteur de 2 millions de dollars.")
    assert pairs(ex) == {frozenset(("Hôpital général de Kestrel", "Université de Lindqvist"))}
    assert ("Fondation Orvana", "funds", "Université de Lindqvist") in triples(ex)
    ex = run("Orvana Clinic and Kestrel University have inaugurated a joint simulation centre in Malmö.")
    assert pairs(ex) == {frozenset(("Orvana Clinic", "Kestrel University"))}


def test_places_after_plural_hospitals_with_an_adjective_and_a_region_after_in_the() -> None:
    ex = run("Le ministère de la Santé et de l'Action sociale a signé avec la société Medlane un contrat pour la fourniture "
             "de 200 concentrateurs d'oxygène aux hôpitaux régionaux de Thiès, Kaolack et Ziguinchor.")
    # each town's regional hospital is a named body of its own (the supply goes to them)
    assert {o.name for o in ex.orgs} == {"ministère de la Santé et de l'Action sociale", "Medlane", "hôpital régional de Thiès",
                                         "hôpital régional de Kaolack", "hôpital régional de Ziguinchor"}
    ex = run("Medlane Diagnostics will equip 30 district hospitals in the Ashanti Region with portable ultrasound under a "
             "contract with the Ghana Health Service.")
    assert "Ashanti Region" not in {o.name for o in ex.orgs}
    assert pairs(ex) == {frozenset(("Medlane Diagnostics", "Ghana Health Service"))}


def test_taking_over_a_body_s_labs_or_unit_is_no_takeover_of_the_body() -> None:
    ex = run("Kestrel Health Partners has signed a seven-year agreement with Medlane to outsource its laboratory services. "
             "Medlane will take over the labs at Kestrel's Dayton and Akron hospitals in January.")
    assert pairs(ex) == {frozenset(("Kestrel Health Partners", "Medlane"))}
    assert not any(p == "acquired" for _, p, _ in triples(ex)) and {o.name for o in ex.orgs} == {"Kestrel Health Partners", "Medlane"}
    t = triples(run("Orvana Group took over the cardiology unit of Lindqvist Hospital last year."))
    assert not any(p in ("acquired", "subsidiaryOf") and o == "Lindqvist Hospital" for _, p, o in t)
    t = triples(run("Medlane Diagnostics, a unit of Kestrel Holdings, will equip 30 hospitals."))
    assert ("Medlane Diagnostics", "subsidiaryOf", "Kestrel Holdings") in t


def test_a_hospital_an_authority_chose_for_a_pilot_is_no_supplier() -> None:
    t = triples(run("Le Centre hospitalier de Kelvora a été retenu par l'Agence régionale de santé pour piloter l'expérimentation, "
                    "aux côtés de la clinique Orvana."))
    assert not any(p == "supplies" for _, p, _ in t)
    t = triples(run("Medlane a été retenue par l'Agence régionale de santé pour fournir la plateforme de télésuivi."))
    assert ("Medlane", "supplies", "Agence régionale de santé") in t


def test_according_to_a_body_s_officer_cites_the_person_not_an_outlet() -> None:
    ex = run("Orvana Hospital signed an agreement with Medlane, a software company. According to Medlane's founder, "
             "Tomas Eriksen, the tool will be ready in May.")
    assert has_person(ex, "Tomas Eriksen", "medlane", "founder")
    ex = run("Orvana Hospital signed an agreement with Medlane, according to Reuters.")
    assert "Reuters" not in {o.name for o in ex.orgs}


def test_a_place_after_in_then_and_the_next_body() -> None:
    ex = run("Kelvora Central Hospital in Maputo and the University Medical Centre Utrecht signed a memorandum of understanding.")
    assert pairs(ex) == {frozenset(("Kelvora Central Hospital", "University Medical Centre Utrecht"))}
    assert ("Kelvora Central Hospital", "locatedIn", "maputo") in triples(ex)
    ex = run("The Kelvora Central Hospital, in Maputo, and Utrecht University Hospital signed a memorandum of understanding.")
    assert {o.name for o in ex.orgs} == {"Kelvora Central Hospital", "Utrecht University Hospital"}


def test_a_local_institution_opening_a_dated_story_is_in_the_dateline_city() -> None:
    ex = run("Triage tool tested in Budapest\n\nBUDAPEST, 11 June 2026 — Orvana University and Medlane have agreed to test "
             "a triage tool, the Hungarian university announced on Wednesday.", date=None)
    located = [r for r in ex.relations if r.predicate == "locatedIn"]
    assert [(r.subject, r.object) for r in located] == [("orvana university", "budapest")] and located[0].confidence < 0.7
    ex = run("Triage tool tested in Budapest\n\nBUDAPEST, 11 June 2026 — Medlane and Orvana University have agreed to test "
             "a triage tool.", date=None)
    assert not any(r.predicate == "locatedIn" and r.subject == "medlane" for r in ex.relations)  # a company may be based anywhere


def test_users_and_customers_of_a_company_are_supplied_by_it() -> None:
    t = triples(run("Orvana Hospital signed a contract with Medlane, a software company. Medlane's software is already used by "
                    "Kestrel Clinic and Lindqvist University Hospital."))
    assert {("Medlane", "supplies", "Kestrel Clinic"), ("Medlane", "supplies", "Lindqvist University Hospital")} <= t
    t = triples(run("About Medlane\nMedlane was founded in 2015 in Oslo. Its customers include Orvana Hospital and Kestrel Clinic."))
    assert {("Medlane", "supplies", "Orvana Hospital"), ("Medlane", "supplies", "Kestrel Clinic")} <= t
    t = triples(run("La plateforme de Medlane est déjà utilisée par le CHU d'Orvana et la clinique Kestrel."))
    assert {("Medlane", "supplies", "CHU d'Orvana"), ("Medlane", "supplies", "clinique Kestrel")} <= t


def test_the_funder_of_their_study_or_of_the_registry_just_told() -> None:
    t = triples(run("Orvana University and the Kestrel Research Institute will study malaria in children. "
                    "Their study is funded by the Wellcome Trust."))
    assert {("Wellcome Trust", "funds", "Orvana University"), ("Wellcome Trust", "funds", "Kestrel Research Institute")} <= t
    t = triples(run("Orvana Hospital and Kestrel Clinic signed an agreement to build a stroke registry. "
                    "The registry is funded by the Lindqvist Foundation."))
    assert ("Lindqvist Foundation", "funds", "Orvana Hospital") in t


def test_more_funders_for_the_remainder_and_french_sums_brought_or_received() -> None:
    t = triples(run("Orvana Hospital and Kelvora University launched a genomics project with Medlane. Kestrel Genome will contribute "
                    "$8 million, with the remainder coming from the Orvana Foundation and Lindqvist Health."))
    assert {("Kestrel Genome", "funds", "Orvana Hospital"), ("Orvana Foundation", "funds", "Orvana Hospital"),
            ("Lindqvist Health", "funds", "Kelvora University")} <= t
    assert ("Kestrel Genome", "funds", "Orvana Foundation") not in t
    t = triples(run("Le CHU de Kestrel et l'Institut Orvana signent un accord. La Fondation Lindqvist apportera 20 millions de dollars."))
    assert ("Fondation Lindqvist", "funds", "Institut Orvana") in t
    t = triples(run("Les Hospices de Kestrel reçoivent 800 000 euros de l'Agence régionale de santé."))
    assert ("Agence régionale de santé", "funds", "Hospices de Kestrel") in t


def test_an_agreement_to_equip_the_customer_s_own_sites() -> None:
    t = triples(run("Lindqvist Clinics, the Swedish private hospital group, signed a memorandum of understanding with the Oslo "
                    "software firm Medlane to equip its wards with bedside tablets."))
    assert ("Medlane", "supplies", "Lindqvist Clinics") in t and ("Lindqvist Clinics", "supplies", "Medlane") not in t
    t = triples(run("La clinique Kestrel a signé une convention avec la société Orvana Médical pour équiper ses blocs opératoires."))
    assert ("Orvana Médical", "supplies", "clinique Kestrel") in t


def test_a_product_of_a_maker_named_with_its_trade() -> None:
    t = triples(run("Le groupe s'appuiera sur la solution Kelvo de l'éditeur néerlandais Medlane, déjà déployée au CHU de Namur."))
    assert {("Medlane", "develops", "kelvo"), ("kelvo", "deployedAt", "CHU de Namur")} <= t
    t = triples(run("The hospital will use the Pulse app from the Oslo start-up Medlane."))
    assert ("Medlane", "develops", "pulse") in t


def test_people_who_direct_or_co_lead_the_work_just_named() -> None:
    ex = run("Orvana Hospital and Kestrel University launched the project STROKE-NET. \"It matters,\" said Professor Moira Lennox, "
             "who directs the project at Kestrel University.")
    assert ("moira lennox", "leads", "stroke net") in triples(ex)
    ex = run("Orvana Cancer Agency and Kestrel University launched the project GENO-ONE. Kim Chi, chief medical officer of "
             "Orvana Cancer Agency, will co-lead the project with Kestrel professor Marco Marra.")
    t = triples(ex)
    assert ("kim chi", "leads", "geno one") in t and ("Orvana Cancer Agency", "leads", "geno one") not in t
    ex = run("Le CHU de Kestrel et l'EPFL lancent le centre KELVO. Il sera codirigé par Martin Jaggi, professeur à l'EPFL.")
    t = triples(ex)
    assert ("martin jaggi", "leads", "centre KELVO") in t and ("martin jaggi", "leads", "CHU de Kestrel") not in t
    assert pairs(ex) == {frozenset(("CHU de Kestrel", "EPFL"))}


def test_a_name_then_its_typed_second_name_in_apposition_is_one_body() -> None:
    ex = run("The expansion is financed by the Orvana Foundation and by Kestrel, the Vaccine Alliance, which together "
             "committed USD 28 million.")
    assert len(ex.orgs) == 2 and any("Kestrel" in (o.name,) + tuple(o.aliases) for o in ex.orgs)
    ex = run("Medlane signed with Orvana Hospital, the Kestrel Clinic and Lindqvist University.")
    assert len(ex.orgs) == 4
    ex = run("Le projet est soutenu par l'Agence régionale de santé des Pays de la Loire.")
    assert {o.name for o in ex.orgs} == {"Agence régionale de santé des Pays de la Loire"}


def test_a_ministry_of_two_fields_whose_second_is_a_service_word() -> None:
    ex = run("Kelvoria's Ministry of Health and Social Services has signed a memorandum of understanding with Medlane.")
    assert pairs(ex) == {frozenset(("Ministry of Health and Social Services", "Medlane"))}
    ex = run("The Kelvoria Ministry of Health and Medical Services has chosen Medlane to replace its paper records.")
    assert "Kelvoria Ministry of Health and Medical Services" in {o.name for o in ex.orgs}
    assert len(run("The Ministry of Health and Novartis signed an agreement.").orgs) == 2


def test_a_company_s_clients_named_in_apposition_are_supplied_not_partners() -> None:
    ex = run("Orvana Group bought Medlane, a software company. Medlane's largest clients, the Kestrel Clinic and the "
             "Lindqvist Clinic, will keep the service under their current contracts.")
    assert not pairs(ex)
    assert {("Medlane", "supplies", "Kestrel Clinic"), ("Medlane", "supplies", "Lindqvist Clinic")} <= triples(ex)


def test_a_country_s_body_in_a_headline_and_a_vice_chairman() -> None:
    ex = run("Nepal's Kelvora University Teaching Hospital and Orvana Health sign heart surgery pact\n\nKathmandu, 19 January 2026 - "
             "Kelvora University Teaching Hospital will work with Orvana Health to cut waiting lists. Dr. Rajesh Menon, "
             "vice-chairman of Orvana Health, said the group would not charge for the surgeons' time.", date=None)
    assert pairs(ex) == {frozenset(("Kelvora University Teaching Hospital", "Orvana Health"))}
    assert has_person(ex, "Rajesh Menon", "orvana health", "vice-chairman")


def test_a_partner_named_before_a_company_and_a_county_s_system() -> None:
    ex = run("Orvana Health selects Epic partner Medlane for ambient AI\n\nOrvana Health, Cuyahoga County's public health "
             "system, today announced that it has selected Medlane to roll out its documentation tool.", date=None)
    assert pairs(ex) == {frozenset(("Orvana Health", "Medlane"))}
    assert "Cuyahoga County" not in {o.name for o in ex.orgs}


def test_twinning_and_sharing_a_laboratory() -> None:
    ex = run("Port Moresby General Hospital and Kestrel Health Care, the Perth-based Catholic hospital operator, agreed to twin "
             "their emergency departments.")
    assert pairs(ex) == {frozenset(("Port Moresby General Hospital", "Kestrel Health Care"))}
    ex = run("Orvana Clinic and the Pasteur Institute of Kelvoria will share a genomics laboratory from January.")
    assert pairs(ex) == {frozenset(("Orvana Clinic", "Pasteur Institute of Kelvoria"))}


def test_bodies_that_announced_the_creation_of_a_consortium_are_its_members() -> None:
    ex = run("Le CHU de Kestrel, le Groupe hospitalier Orvana et la Clinique Saint-Lin ont annoncé mardi la création de KELVO, "
             "un consortium de recherche consacré au diabète.")
    assert len(pairs(ex)) == 3 and not any("KELVO" in p for p in pairs(ex))
    assert ("Clinique Saint-Lin", "memberOf", "KELVO") in triples(ex)
    ex = run("Le CHU de Kestrel et la Clinique Saint-Lin annoncent la création d'un réseau commun de télé-AVC.")
    assert {o.name for o in ex.orgs} == {"CHU de Kestrel", "Clinique Saint-Lin"}


def test_a_round_up_item_s_place_a_league_against_a_disease_and_a_contract_that_covers_more_sites() -> None:
    ex = run("Saint-Malo — Le centre hospitalier Broussais accueillera une IRM financée par la Fondation Orvana et par la "
             "Ligue contre le cancer d’Ille-et-Vilaine.", date=None)
    t = triples(ex)
    assert {("Fondation Orvana", "funds", "centre hospitalier Broussais"),
            ("Ligue contre le cancer d’Ille-et-Vilaine", "funds", "centre hospitalier Broussais")} <= t
    ex = run("Le CHU de Kestrel a retenu la société Medlane pour remplacer son dossier patient. Le contrat, de 11 millions "
             "d’euros sur huit ans, couvre aussi l’hôpital de Lindqvist et le centre hospitalier d’Orvana.")
    assert {("Medlane", "supplies", "hôpital de Lindqvist"), ("Medlane", "supplies", "centre hospitalier d’Orvana")} <= triples(ex)


def test_a_network_described_anew_is_no_reference_to_an_association_before() -> None:
    ex = run("Saint-Malo — Le centre hospitalier Broussais accueillera une IRM financée par la Ligue contre le cancer "
             "d’Ille-et-Vilaine.\n\nQuimper — Le Centre hospitalier de Cornouaille rejoint le réseau régional de télé-AVC "
             "piloté par le CHU de Rennes.", date=None)
    t = triples(ex)
    assert not any(o == "Ligue contre le cancer d’Ille-et-Vilaine" and p in ("memberOf", "leads") for _, p, o in t)
    assert frozenset(("Centre hospitalier de Cornouaille", "CHU de Rennes")) in pairs(ex)


def test_a_body_s_unit_named_in_apposition_acts_for_itself() -> None:
    t = triples(run("Medlane carries out 40,000 consultations a month. The company had raised USD 6 million from investors "
                    "including Kestrova and the World Bank's innovation lab, WB Lab."))
    assert {("WB Lab", "funds", "Medlane"), ("WB Lab", "subsidiaryOf", "World Bank"), ("Kestrova", "funds", "Medlane")} <= t
    assert ("World Bank", "funds", "Medlane") not in t


def test_a_standing_partner_named_in_apposition_and_its_funder() -> None:
    ex = run("Orvana Hospital has selected Medlane to roll out its tool. Kestrel University School of Medicine, Orvana "
             "Hospital's academic partner, will study the effect of the tool with funding from the Kelvora Foundation.")
    assert frozenset(("Kestrel University School of Medicine", "Orvana Hospital")) in pairs(ex)
    t = triples(ex)
    assert ("Kelvora Foundation", "funds", "Kestrel University School of Medicine") in t
    assert ("Kelvora Foundation", "funds", "Orvana Hospital") not in t


def test_a_capitalised_acronym_after_an_elided_article_opening_a_sentence() -> None:
    ex = run("Le ministère de la Santé et Médecins Sans Frontières ont signé une convention. L’UNICEF fournira les aliments "
             "thérapeutiques, achetés grâce à un financement de l’Union européenne.")
    assert "UNICEF" in {o.name for o in ex.orgs}
    ex = run("Fribourg. L'HFR – Hôpital fribourgeois a choisi l'entreprise lausannoise Medlane pour fournir des capteurs.")
    assert len([o for o in ex.orgs if "fribourgeois" in o.name or o.name == "HFR"]) == 1


def test_the_scientific_coordinator_of_a_consortium_leads_it() -> None:
    t = triples(run("Le CHU de Kestrel, l'Institut Orvana et la Clinique Saint-Lin ont annoncé la création de KELVO, un consortium "
                    "de recherche. « Nous avons enfin les moyens », explique le Pr Estelle Durand, endocrinologue au CHU et "
                    "coordinatrice scientifique de KELVO."))
    assert ("estelle durand", "leads", "KELVO") in t
    t = triples(run("« C’est un partenariat de long terme », souligne Pascal Gerber, directeur du GHT Cœur de Loire."))
    assert not any(p == "leads" for _, p, _ in t)


# --- from set 16's errors (ninth session) ------------------------------------------------------------------------------


def test_nordic_company_form_stays_in_the_name_and_the_demonym_describes_the_distributor() -> None:
    ex = run("The contract was signed with Medlane Nordic A/S, the Danish distributor of Kestrel Imaging.")
    assert "Medlane Nordic A/S" in {o.name for o in ex.orgs}
    assert ("Medlane Nordic A/S", "locatedIn", "denmark") in triples(ex)
    assert ("Kestrel Imaging", "locatedIn", "denmark") not in triples(ex)


def test_a_makers_distributor_named_in_apposition_is_the_party() -> None:
    ex = run("Lindqvist Hospital has signed a three-year contract with Kestrel Imaging's Nordic distributor, Medlane Nordic A/S, "
             "to install its software.")
    assert pairs(ex) == {frozenset(("Lindqvist Hospital", "Medlane Nordic A/S"))}
    assert ("Medlane Nordic A/S", "supplies", "Lindqvist Hospital") in triples(ex)


def test_a_short_name_before_a_namesake_founder_is_the_organisation() -> None:
    ex = run("Kelvora Health today announced a deployment of the tool to 1,000 clinicians.\n\n"
             "Kelvora will also work with the University of Orvana to study how the tool affects patient satisfaction.\n\n"
             "Founded in 1924 by philanthropist Ellen Browning Kelvora, Kelvora Health is a nonprofit health system.")
    assert frozenset(("Kelvora Health", "University of Orvana")) in pairs(ex)


def test_grupo_name_is_not_merged_with_another_name_sharing_its_word() -> None:
    ex = run("Sura Asset Management bought Tuvida. \"Joining Sura gives us capital,\" said Lucía Fernández. "
             "Tuvida will be a unit of Sura's arm, EPS Sura. Sura Asset Management is a subsidiary of Grupo Sura.")
    assert not any({"Sura Asset Management", "Grupo Sura"} <= {o.name, *o.aliases} for o in ex.orgs)
    assert any("Grupo Sura" in (o.name, *o.aliases) for o in ex.orgs)


def test_two_bodies_opening_something_together_collaborate() -> None:
    ex = run("Kestrel University Hospital and Medlane Systems opened a regional simulation centre for cardiac surgery on Monday.")
    assert pairs(ex) == {frozenset(("Kestrel University Hospital", "Medlane Systems"))}
    ex = run("Orvana Clinic, Lindqvist Hospital and the Kelvora Foundation today launched CardioNet, a network that will share "
             "echocardiograms. Orvana Clinic will coordinate the network.")
    assert frozenset(("Orvana Clinic", "Lindqvist Hospital")) in pairs(ex)
    assert {("Orvana Clinic", "memberOf", "CardioNet"), ("Orvana Clinic", "leads", "CardioNet")} <= triples(ex)
    ex = run("Le CHU de Kestrel et la clinique Orvana ont ouvert lundi un centre de simulation.")
    assert frozenset(("CHU de Kestrel", "clinique Orvana")) in pairs(ex)


def test_each_body_opening_its_own_thing_is_no_collaboration() -> None:
    for text in ("Medlane Systems launched a new scanner, and Lindqvist Hospital opened a wing.",
                 "Medlane Systems opened an office in Lyon while Kestrel University Hospital launched a fundraising drive.",
                 "The Kelvora Foundation opened a call for projects, and Lindqvist Hospital applied."):
        assert not run(text).collaborations, text


def test_a_sector_word_opening_a_sentence_is_no_place() -> None:
    ex = run("Software company Medlane will build the platform.")
    assert not any(p == "locatedIn" for _, p, _ in triples(ex))


def test_united_nations_bodies_and_red_cross_societies_get_their_types() -> None:
    types = {o.name: o.type for o in run("UNICEF and the Pan American Health Organization signed an agreement with the "
                                         "Honduran Red Cross. The World Bank funds it.").orgs}
    assert types == {"UNICEF": "PublicBody", "Pan American Health Organization": "PublicBody",
                     "Honduran Red Cross": "Association", "World Bank": "PublicBody"}
    ex = run("Le ministère a publié un rapport. L’UNICEF et la Croix-Rouge malienne ont signé une convention avec le CHU de Kestrel.")
    types = {o.name: o.type for o in ex.orgs}
    assert types.get("UNICEF") == "PublicBody" and types.get("Croix-Rouge") == "Association"
    assert len(ex.collaborations) == 1


def test_french_ngo_acronym_opening_a_sentence_and_a_national_hospital() -> None:
    ex = run("Le projet est financé par l’AFD. L’ONG Alima fournira les tentes d’isolement.")
    assert ("Alima", "Association") in {(o.name, o.type) for o in ex.orgs}
    ex = run("L’hôpital national Kestrel et l’Institut Orvana ont signé une convention. "
             "Le Pr Jean Roux, chef de service de l’hôpital Kestrel, a salué l'accord.")
    assert pairs(ex) == {frozenset(("hôpital national Kestrel", "Institut Orvana"))}
    assert len([o for o in ex.orgs if "Kestrel" in o.name]) == 1


def test_virus_names_are_no_parties() -> None:
    ex = run("L’hôpital Kestrel et l’Institut Orvana ont signé une convention pour le diagnostic des fièvres virales, dont Ebola et Lassa.")
    assert pairs(ex) == {frozenset(("hôpital Kestrel", "Institut Orvana"))}


def test_a_verb_the_tagger_reads_as_an_adjective_of_an_earlier_noun_ends_the_name() -> None:
    ex = run("Le service de médecine physique du CHU de Kestrel accueille depuis lundi un exosquelette conçu par la société Medlane.")
    assert "CHU de Kestrel" in {o.name for o in ex.orgs}


def test_the_kind_said_before_a_name_beats_a_type_word_in_its_complement() -> None:
    ex = run("L’achat a été financé par la Fondation Orvana et par des dons collectés par l’association Les Amis du CHU.")
    assert ("Amis du CHU", "Association") in {(o.name, o.type) for o in ex.orgs}


def test_centre_inaugurated_by_two_bodies_is_what_they_formed_and_what_funders_pay_for() -> None:
    ex = run("L’Hôpital Kestrel et l’Université d’Orvana ont inauguré mercredi le Centre lyonnais de gériatrie appliquée. "
             "Le centre est cofinancé par le canton de Vaud et par la Fondation Lindqvist.")
    assert pairs(ex) == {frozenset(("Hôpital Kestrel", "Université d’Orvana"))}
    t = triples(ex)
    assert ("Fondation Lindqvist", "funds", "Centre lyonnais de gériatrie appliquée") in t
    assert ("canton de Vaud", "funds", "Centre lyonnais de gériatrie appliquée") in t
    assert ("canton de Vaud", "PublicBody") in {(o.name, o.type) for o in ex.orgs}


def test_group_initials_in_brackets_after_a_hospital_are_its_group_not_a_party() -> None:
    ex = run("L’hôpital Kestrel (AP-HP) a choisi la société Medlane pour la lecture des mammographies.")
    t = triples(ex)
    assert ("hôpital Kestrel", "subsidiaryOf", "AP-HP") in t and ("Medlane", "supplies", "hôpital Kestrel") in t
    assert pairs(ex) == {frozenset(("hôpital Kestrel", "Medlane"))}
    ex = run("Kestrel Hospital (KH) chose Medlane. KH has 300 beds.")
    assert "KH" in next(o for o in ex.orgs if o.name == "Kestrel Hospital").aliases


def test_a_private_hospital_named_by_its_place_is_a_name_only_with_a_definite_article() -> None:
    ex = run("Le groupe Orvana a racheté l’hôpital privé de la Seine-Saint-Denis.")
    assert ("Orvana", "acquired", "hôpital privé de la Seine-Saint-Denis") in triples(ex)
    assert not any("Saint-Herblain" in o.name for o in run("Le CHU de Kestrel rachète une clinique privée de Saint-Herblain.").orgs)


def test_a_body_that_contracted_a_company_to_do_the_work_has_a_supply_contract() -> None:
    ex = run("Orvana's Ministry of Health has contracted the Indian manufacturer Medlane Medical to build and maintain oxygen plants.")
    assert pairs(ex) == {frozenset(("Ministry of Health", "Medlane Medical"))}
    assert ex.collaborations[0].kind == "SupplyContract"
    assert not run("Kestrel Hospital contracted sepsis in 2019.").collaborations


def test_becoming_part_of_a_groups_network_is_membership() -> None:
    t = triples(run("Kestrel Hospital, a private hospital in Orvana City, became part of Medlane Health International's network "
                    "of affiliated hospitals."))
    assert ("Kestrel Hospital", "memberOf", "Medlane Health International") in t
    assert ("clinique Kestrel", "memberOf", "Medlane Santé") in triples(run("La clinique Kestrel a rejoint le réseau de Medlane Santé."))
    assert ("Kestrel Hospital", "subsidiaryOf", "Medlane Group") in triples(run("Kestrel Hospital is part of Medlane Group."))


def test_a_company_supplying_with_no_customer_named_supplies_its_partner_or_what_was_formed() -> None:
    ex = run("Kestrel Hospital and Medlane Corporation opened a training centre for endoscopy on Tuesday. "
             "The Tokyo-based company supplied eight endoscopy towers, while the hospital provides the rooms.")
    assert ("Medlane Corporation", "supplies", "Kestrel Hospital") in triples(ex)
    ex = run("L’Hôpital Kestrel et l’Université d’Orvana ont inauguré mercredi le Centre lyonnais de gériatrie appliquée. "
             "La start-up Medlane fournit les capteurs de marche.")
    assert ("Medlane", "supplies", "Centre lyonnais de gériatrie appliquée") in triples(ex)
    ex = run("Orvana Clinic, Lindqvist Hospital and the Kelvora Foundation today launched CardioNet, a network that will share "
             "echocardiograms.\n\nTechnology company Medlane will build the network's data platform and host it in its cloud.")
    assert ("Medlane", "supplies", "CardioNet") in triples(ex)
    # a consortium member's share of the work is no supply; a company outside the collaboration is no supplier of it
    ex = run("The project brings together Kestrel University Hospital, Orvana University and the start-up Medlane. "
             "Medlane will provide its connected spirometer, while Orvana University develops the models.")
    assert not any(p == "supplies" for _, p, _ in triples(ex))
    ex = run("Kestrel Hospital and Orvana University signed a research agreement. Medlane supplied the scanners.")
    assert not any(p == "supplies" for _, p, _ in triples(ex))


def test_money_for_the_work_just_told_with_no_receiver_named() -> None:
    ex = run("Kestrel Hospital and Medlane Corporation opened a training centre for endoscopy on Tuesday. "
             "The Orvana Development Agency (ODA) paid for the renovation of the building.")
    assert ("Orvana Development Agency", "funds", "Kestrel Hospital") in triples(ex)
    ex = run("Orvana Clinic, Lindqvist Hospital and the Kelvora Foundation today launched CardioNet, a network that will share "
             "echocardiograms. The Ministry of Health of Orvana is contributing EUR 9 million over three years.")
    assert ("Ministry of Health of Orvana", "funds", "CardioNet") in triples(ex)


def test_a_health_system_described_with_its_size_and_city() -> None:
    ex = run("The plan was announced on Monday. Kelvora Health is a $4.3 billion nonprofit integrated health system in San Diego, "
             "with five hospital campuses.")
    assert ("Kelvora Health", "Hospital") in {(o.name, o.type) for o in ex.orgs}
    assert ("Kelvora Health", "locatedIn", "san diego") in triples(ex)


def test_a_bodys_equipment_from_a_maker() -> None:
    ex = run("The plan was announced on Monday. The tool integrates with Kelvora Health's electronic health record from Epic.")
    assert ("Epic", "supplies", "Kelvora Health") in triples(ex)


def test_an_exoskeleton_is_a_product_not_a_person() -> None:
    ex = run("Le service du CHU de Kestrel accueille depuis lundi un exosquelette Atalante X, conçu par la société parisienne Medlane, "
             "pour la rééducation.")
    assert ("Medlane", "develops", "atalante x") in triples(ex)
    assert not any(p.name == "Atalante X" for p in ex.people)


def test_clinical_centres_are_hospitals_and_a_universitys_one_a_university_hospital() -> None:
    types = {o.name: o.type for o in run("The University Clinical Centre of Serbia and the Clinical Centre of Montenegro signed with "
                                         "Medlane. The University of Kestrel Hospital joined them.").orgs}
    assert types["University Clinical Centre of Serbia"] == "UniversityHospital"
    assert types["Clinical Centre of Montenegro"] == "Hospital"
    assert types["University of Kestrel Hospital"] == "UniversityHospital"


def test_a_trial_led_by_one_body_with_others_is_their_collaboration_and_the_first_leads() -> None:
    ex = run("The first patient has been enrolled in NORSEPSIS, a trial led by the Karolinska Institutet with Oslo University "
             "Hospital, Helsinki University Hospital and Kestrel Hospital.")
    assert frozenset(("Karolinska Institutet", "Kestrel Hospital")) in pairs(ex)
    assert {(s, o) for s, p, o in triples(ex) if p == "leads"} == {("Karolinska Institutet", "norsepsis")}
    ex = run("L’essai KARDIO, coordonné par le CHU de Kestrel avec l’Institut Orvana et la clinique Lindqvist, débutera en mai.")
    assert frozenset(("CHU de Kestrel", "clinique Lindqvist")) in pairs(ex)
    assert not run("A round led by Kestrel Ventures with participation from Orvana Capital raised USD 5 million for Medlane.").collaborations


def test_exclusive_rights_granted_are_a_licence_not_funding() -> None:
    ex = run("Brevaris Therapeutics has granted Takumi Pharma exclusive rights to develop and sell its kidney fibrosis drug in Japan.")
    assert [c.kind for c in ex.collaborations] == ["LicensingAgreement"]
    assert not any(p == "funds" for _, p, _ in triples(ex))


def test_a_funder_named_after_an_installation_is_no_customer() -> None:
    t = triples(run("Kenya's Ministry of Health has begun installing a record system in public hospitals, with funding from the World Bank."))
    assert ("World Bank", "funds", "Ministry of Health") in t
    assert not any(p == "supplies" for _, p, _ in t)


def test_a_programme_named_in_apposition_that_will_bring_in_a_list_of_bodies() -> None:
    ex = run("Les Hospices civils de Lyon (HCL) et Sanofi ont annoncé mardi un partenariat de recherche de cinq ans. Le programme, "
             "baptisé RESIST-LYON, associera le Centre international de recherche en infectiologie (CIRI) et l’université Claude-Bernard Lyon 1.")
    names = {o.key: o.name for o in ex.orgs}
    assert {names[k] for k in ex.collaborations[0].participants} == {
        "Hospices civils de Lyon", "Sanofi", "Centre international de recherche en infectiologie", "université Claude-Bernard Lyon 1"}
    assert ("Centre international de recherche en infectiologie", "ResearchInstitute") in {(o.name, o.type) for o in ex.orgs}


def test_a_regulator_approving_a_deal_is_no_party() -> None:
    ex = run("Medline Industries said on Tuesday it had agreed to acquire Dermavance, a Dutch maker of wound dressings, for about "
             "EUR 300 million. The deal is expected to close in the second quarter, subject to approval by the European Commission.")
    assert not ex.collaborations
    assert ("Medline Industries", "acquired", "Dermavance") in triples(ex)


def test_an_unknown_word_before_a_verb_or_a_founding_is_a_name_even_tagged_as_an_adverb() -> None:
    ex = run("The news came on Monday. Triagely raised CAD 12 million last year from Inovia Capital and BDC Capital.")
    assert ("Inovia Capital", "funds", "Triagely") in triples(ex)
    ex = run("The news came on Monday. Triagely, founded in 2021 by former Google engineers, raised CAD 12 million last year from "
             "Inovia Capital and BDC Capital.")
    t = triples(ex)
    assert ("Inovia Capital", "funds", "Triagely") in t and not any(o == "Google" for _, p, o in t if p == "funds")


def test_equipment_supplied_by_a_maker_is_supplied_to_the_body_that_received_it() -> None:
    ex = run("Le Centre hospitalier de Kestrel a mis en service deux scanners fournis par le fabricant chinois Medlane Imaging.")
    assert ("Medlane Imaging", "supplies", "Centre hospitalier de Kestrel") in triples(ex)
    t = triples(run("Kestrel Hospital has installed two CT scanners supplied by Medlane Imaging."))
    assert ("Medlane Imaging", "supplies", "Kestrel Hospital") in t and ("Kestrel Hospital", "supplies", "Medlane Imaging") not in t
    ex = run("Kestrel Hospital extended its remote monitoring programme to all its sites. The wearable patches are supplied by "
             "Medlane, a digital health company.")
    assert ("Medlane", "supplies", "Kestrel Hospital") in triples(ex)


def test_a_loan_from_a_bank_to_a_ministry_funds_the_ministry() -> None:
    ex = run("Le CHNU de Kestrel a mis en service deux scanners, dans le cadre d’un prêt de la Banque islamique de développement "
             "au ministère de la Santé et de l’Action sociale.")
    assert ("Banque islamique de développement", "funds", "ministère de la Santé et de l’Action sociale") in triples(ex)
    types = {o.name: o.type for o in ex.orgs}
    assert types["Banque islamique de développement"] == "PublicBody" and types["CHNU de Kestrel"] == "UniversityHospital"
    ex = run("The hospital was rebuilt with a USD 40 million loan from the Kelvora Development Bank to the Ministry of Health of Orvana.")
    assert ("Kelvora Development Bank", "funds", "Ministry of Health of Orvana") in triples(ex)


def test_a_name_with_a_bare_apostrophe_possessive_stays_whole() -> None:
    ex = run("The news came on Monday. Guy's and St Thomas' NHS Foundation Trust has appointed Dr Priya Raman as chief executive.")
    assert [o.name for o in ex.orgs] == ["Guy's and St Thomas' NHS Foundation Trust"]
    assert not any(p.name == "St Thomas" for p in ex.people)


def test_an_appointee_named_by_a_former_employer_works_for_the_appointer() -> None:
    ex = run("The news came on Monday. Separately, Bupa named former Nuffield Health executive Carl Ashworth as managing director "
             "of its UK insurance business.")
    bupa = next(o.key for o in ex.orgs if o.name == "Bupa")
    assert has_person(ex, "Carl Ashworth", bupa, "managing director")
    assert not any(p.name == "Carl Ashworth" and p.org != bupa for p in ex.people)


def test_known_cities_are_places_not_owners_or_parents() -> None:
    ex = run("Sahyadri Hospitals, a Pune-based chain of eight hospitals, has received INR 1,200 crore from Abu Dhabi's Mubadala "
             "Investment Company to build three hospitals.")
    t = triples(ex)
    assert ("Mubadala Investment Company", "funds", "Sahyadri Hospitals") in t or ("Mubadala Investment Company", "funds", "Sahyadri") in t
    assert ("Mubadala Investment Company", "locatedIn", "abu dhabi") in t
    assert "Abu Dhabi" not in {o.name for o in ex.orgs}
    ex = run("It was developed by Brainomix, an Oxford company, and is already used by 30 hospitals. Brainomix signed with Kestrel Hospital.")
    assert ("Brainomix", "locatedIn", "oxford") in triples(ex) and "Oxford" not in {o.name for o in ex.orgs}
    # a company of a group is still its group's
    assert ("Varian", "subsidiaryOf", "Siemens Healthineers") in triples(run("Varian, a Siemens Healthineers company, signed with Kestrel Hospital."))


def test_french_plural_participles_of_funding() -> None:
    ex = run("Les Cliniques Kestrel, l’Université d’Orvana et la société Medlane ont inauguré mardi un centre de protonthérapie. "
             "Le centre a coûté 45 millions d’euros, financés par la Région Lindqvist et la Fondation contre le Cancer.")
    t = triples(ex)
    assert ("Fondation contre le Cancer", "funds", "Université d’Orvana") in t


def test_a_bodys_standing_partners_are_not_partners_of_each_other() -> None:
    ex = run("Le CHU de Kestrel et la société Medlane ont signé un partenariat. Medlane travaille déjà avec le CHU de Brest et les "
             "Hospices civils de Lyon.")
    p = pairs(ex)
    assert frozenset(("Medlane", "CHU de Brest")) in p and frozenset(("Medlane", "Hospices civils de Lyon")) in p
    assert frozenset(("CHU de Brest", "Hospices civils de Lyon")) not in p


def test_two_bodies_that_will_study_something_together_collaborate() -> None:
    assert pairs(run("Kestrel University and Orvana Hospital will study frailty in care homes.")) == {frozenset(("Kestrel University", "Orvana Hospital"))}
    assert pairs(run("Le CHU de Kestrel et l’université d’Orvana étudieront la fragilité des personnes âgées.")) == {
        frozenset(("CHU de Kestrel", "université d’Orvana"))}
    ex = run("Medlane and Lindqvist University, both members of the Northern Health Science Alliance, will study frailty in care "
             "homes with funding from the National Institute for Health and Care Research.")
    assert pairs(ex) == {frozenset(("Medlane", "Lindqvist University"))}
    assert not run("Medlane developed the scanner, and Kestrel Hospital will test it.").collaborations


def test_a_french_federation_named_after_a_compass_region() -> None:
    ex = run("Selon Anne Dubois, présidente de la Fédération des cliniques de l’Ouest, le secteur manque d’infirmières.")
    assert ("Fédération des cliniques de l’Ouest", "Association") in {(o.name, o.type) for o in ex.orgs}
    assert any(p.name == "Anne Dubois" and p.role == "présidente" for p in ex.people)


def test_us_state_health_departments_are_public_bodies() -> None:
    ex = run("The expansion is supported by a $4 million grant from the Texas Department of State Health Services to Kestrel Clinic.")
    assert ("Texas Department of State Health Services", "PublicBody") in {(o.name, o.type) for o in ex.orgs}


def test_two_typed_names_joined_by_and_stay_apart() -> None:
    for second in ("Charité – Universitätsmedizin Berlin", "Karolinska University Hospital"):
        names = {o.name for o in run(f"The test was validated in a study at University Hospital Basel and {second}.").orgs}
        assert names == {"University Hospital Basel", second}
    assert {o.name for o in run("Dr Wang Wei is vice president of Shanghai First Maternity and Infant Hospital.").orgs} == {
        "Shanghai First Maternity and Infant Hospital"}


def test_a_distribution_agreement_is_a_supply_contract_and_a_named_blood_test_a_product() -> None:
    ex = run("Kelvora Diagnostics AG today announced that its NeoSepsis blood test has received CE marking. The company has entered "
             "into a distribution agreement with Orvana Labs, which will market the test in Germany.")
    assert [(c.kind, len(c.participants)) for c in ex.collaborations] == [("SupplyContract", 2)]
    assert ("Kelvora Diagnostics AG", "develops", "neosepsis") in triples(ex)
    assert "NeoSepsis" not in {o.name for o in ex.orgs}


def test_a_family_is_no_organisation_and_spanish_laboratories_are_companies() -> None:
    ex = run("Red Salud Orvana has bought a 70% stake in Lima-based Laboratorios Kestrel for USD 85 million. The remaining 30% "
             "stays with the founding Quispe family.")
    names = {o.name: o.type for o in ex.orgs}
    assert names.get("Laboratorios Kestrel") == "Company" and "Quispe" not in names
    assert not any(p.name == "Laboratorios Kestrel" for p in ex.people)


def test_under_the_agreement_the_company_provides_to_its_partner() -> None:
    ex = run("Kestrel Medical Center Group has signed a memorandum of understanding with Japan's Medlane Imaging Corporation to set "
             "up mammography screening.\n\nUnder the agreement, Medlane will provide 10 mammography units and train 40 radiographers.")
    assert ("Medlane Imaging Corporation", "supplies", "Kestrel Medical Center Group") in triples(ex)


# --- from set 17's errors (ninth session) ------------------------------------------------------------------------------


def test_two_fields_joined_by_and_inside_one_body_name() -> None:
    ex = run("The Belfast Health and Social Care Trust signed with Medlane Systems. Dr Ann Kerr, a consultant at the Belfast Trust, "
             "welcomed it. The Georgia Department of Behavioral Health and Developmental Disabilities paid for it.")
    types = {o.name: o.type for o in ex.orgs}
    assert types.get("Belfast Health and Social Care Trust") == "Hospital"
    assert types.get("Georgia Department of Behavioral Health and Developmental Disabilities") == "PublicBody"
    assert "Belfast Trust" in next(o for o in ex.orgs if o.name == "Belfast Health and Social Care Trust").aliases
    # two bodies stay two
    assert {"Cork University Hospital", "University Hospital Galway"} <= {o.name for o in run(
        "Flowboard is deployed at Cork University Hospital and University Hospital Galway.").orgs}
    assert {"Practica Capital", "Change Ventures"} <= {o.name for o in run(
        "Oxipit raised EUR 5 million from Practica Capital and Change Ventures.").orgs}


def test_a_county_after_in_is_a_place() -> None:
    ex = run("Kestrel Health and Orvana University will jointly run a crisis unit in DeKalb County.")
    assert pairs(ex) == {frozenset(("Kestrel Health", "Orvana University"))}


def test_a_division_of_a_named_body_and_a_company_of_a_city() -> None:
    ex = run("It is funded with £2.4 million from the HSC Research and Development Division of the Public Health Agency. "
             "The firm was acquired in 2025 by Tessaract Bio of Cambridge, Massachusetts, and remains in Belfast.")
    t = triples(ex)
    assert ("HSC Research and Development Division", "subsidiaryOf", "Public Health Agency") in t
    assert ("Tessaract Bio", "locatedIn", "cambridge") in t
    assert {o.name for o in ex.orgs} == {"HSC Research and Development Division", "Public Health Agency", "Tessaract Bio"}


def test_delivery_taken_from_a_maker_and_a_based_firm_read_as_a_person_elsewhere() -> None:
    ex = run("The news came on Monday. Kestrel Hospital in Bridgetown took delivery of a new MRI scanner from Medlane Imaging, "
             "paid for by the government.")
    assert ("Medlane Imaging", "supplies", "Kestrel Hospital") in triples(ex)
    assert not any(p == "supplies" for _, p, _ in triples(run("The news came on Monday. Kestrel Hospital received USD 2 million "
                                                                  "from the Orvana Foundation.")))
    ex = run("Peachtree has also chosen Nashville-based Lumen Clinical, a maker of record software, to replace paper charts. "
             "Lumen Clinical, backed by the venture firm Harbor Street Capital, counts 300 customers.")
    assert ("Harbor Street Capital", "funds", "Lumen Clinical") in triples(ex)


def test_a_title_case_name_with_a_capitalised_small_word() -> None:
    names = {o.name for o in run("Haiti. Partners In Health and Zanmi Lasante reopened the maternity ward.").orgs}
    assert "Partners In Health" in names


def test_french_second_field_after_an_adjective_and_opening_participle_of_funding() -> None:
    assert "ministère de la Santé publique et de la Prévention" in {o.name for o in run(
        "Le ministère de la Santé publique et de la Prévention du Tchad assurera la coordination nationale.").orgs}
    ex = run("L’Hôpital Kestrel et l’AP-HM ont signé une convention de coopération de quatre ans.\n\nFinancé par l’Agence française "
             "de développement (AFD) à hauteur de 2,1 millions d’euros, le programme prévoit l’envoi de douze équipes.")
    t = triples(ex)
    assert ("Agence française de développement", "funds", "Hôpital Kestrel") in t and ("Agence française de développement", "funds", "AP-HM") in t


def test_the_two_partners_are_the_parties_just_told_and_a_purchase_funded_for_the_buyer() -> None:
    ex = run("Le CHU de Kestrel a reçu un robot fourni par Medtronic, financé par la Région Normandie. L’établissement a signé un "
             "accord-cadre de recherche avec l’Insa Rouen Normandie afin de développer des outils. Les deux partenaires s’appuieront sur "
             "la plateforme d’imagerie de l’université de Rouen Normandie.")
    assert frozenset(("Medtronic", "Région Normandie")) not in pairs(ex)
    assert ("Région Normandie", "funds", "CHU de Kestrel") in triples(ex)
    assert ("Insa Rouen Normandie", "University") in {(o.name, o.type) for o in ex.orgs}


def test_a_lab_named_after_it_was_opened_is_what_funders_leaders_and_suppliers_serve() -> None:
    ex = run("L’Hôpital Kestrel et la Haute école spécialisée d’Orvana (HES-SO Orvana) inaugurent aujourd’hui un laboratoire commun.\n\n"
             "Le laboratoire, baptisé NeuroLab Kestrel, réunira des ingénieurs. Il bénéficie d’un soutien de 1,5 million de francs de la "
             "Fondation The Ark et du canton du Valais.\n\nLa société lausannoise Medlane, qui développe des dispositifs de rééducation, "
             "mettra trois appareils à disposition.\n\nLe laboratoire sera dirigé par la Dre Sophie Rey, neurologue à l’Hôpital Kestrel.")
    t = {(s, p, o.lower()) for s, p, o in triples(ex)}
    assert {("Fondation The Ark", "funds", "neurolab kestrel"), ("canton du Valais", "funds", "neurolab kestrel"),
            ("sophie rey", "leads", "neurolab kestrel")} <= t


def test_a_programme_endowed_by_an_agency_funds_its_parties_and_the_agency_is_no_party() -> None:
    ex = run("Le CHRU de Kestrel et l’Université d’Orvana ont lancé un programme commun de recherche sur l’insuffisance cardiaque, "
             "doté de 4 millions d’euros par l’Agence nationale de la recherche. L’Inserm y est associé.")
    assert not any("Agence nationale de la recherche" in pr for pr in pairs(ex))
    assert ("Agence nationale de la recherche", "funds", "CHRU de Kestrel") in triples(ex)
    assert ("Inserm", "ResearchInstitute") in {(o.name, o.type) for o in ex.orgs}


def test_a_partner_in_the_pilot_an_approver_and_a_vice_rector() -> None:
    ex = run("The Kestrel Emergency Cardiology Center has selected Vienna-based Medlane Systems to provide wearable ECG patches for 600 "
             "patients, in a pilot approved by Orvana's Ministry of Health. Orvana State Medical University is a partner in the pilot "
             "and will analyse the data.")
    t = triples(ex)
    assert ("Medlane Systems", "supplies", "Kestrel Emergency Cardiology Center") in t
    assert not any(o == "Ministry of Health" for _, p, o in t if p == "supplies")
    assert frozenset(("Kestrel Emergency Cardiology Center", "Orvana State Medical University")) in pairs(ex)
    assert ("Kestrel Emergency Cardiology Center", "Hospital") in {(o.name, o.type) for o in ex.orgs}
    ex = run("\"It matters,\" said Dr Tsogtbaatar Enkhbold, vice-rector for clinical affairs at Kestrel University.")
    assert any(p.name == "Tsogtbaatar Enkhbold" and p.role and p.role.startswith("vice-rector") for p in ex.people)


def test_a_person_named_in_apposition_after_a_role_and_a_comma() -> None:
    ex = run("The results were out. Funding came from the Lindqvist Heart Foundation, whose director, Elise Marchand, called the "
             "results promising.")
    assert [o.name for o in ex.orgs] == ["Lindqvist Heart Foundation"]
    assert any(p.name == "Elise Marchand" and p.role == "director" for p in ex.people)


def test_the_body_that_ran_the_tender_is_no_party() -> None:
    ex = run("Kestrel University Hospital chose Medlane after a tender run by the Orvana Procurement Agency.")
    assert pairs(ex) == {frozenset(("Kestrel University Hospital", "Medlane"))}


def test_a_buyer_described_by_a_relative_clause_that_agreed_to_buy() -> None:
    assert ("Kestrel Group", "acquired", "Medlane Labs") in triples(run("Kestrel Group, which runs four hospitals in Orvana, has agreed to buy Medlane Labs."))
    assert ("Kelvora Santé", "acquired", "clinique Saint-Orvan") in triples(run(
        "Le groupe Kelvora Santé, qui exploite 30 cliniques en France, a annoncé l’acquisition de la clinique Saint-Orvan."))


def test_the_authority_at_whose_initiative_bodies_pool_their_purchases_is_no_party() -> None:
    ex = run("À l’initiative de l’ARS Bretagne, le CHU de Kestrel et la clinique Orvana mutualisent leurs achats de médicaments.")
    assert pairs(ex) == {frozenset(("CHU de Kestrel", "clinique Orvana"))}


def test_a_body_described_by_whose_customers_is_still_the_one_bought_and_journals_are_no_bodies() -> None:
    ex = run("Medlane, whose customers include Kestrel Hospital and Orvana Clinic, has been bought by Lindqvist Group for $300 million.")
    assert ("Lindqvist Group", "acquired", "Medlane") in triples(ex)
    ex = run("Researchers from Kestrel University and Orvana Hospital published the trial results in The Lancet, with funding from "
             "the Kelvora Foundation.")
    assert "Lancet" not in {o.name for o in ex.orgs}


def test_a_common_word_opening_a_sentence_before_a_preposition_is_no_party() -> None:
    ex = run("Faute de moyens, le CHU de Brest a signé avec la société nantaise Kelvora un contrat de maintenance.")
    assert pairs(ex) == {frozenset(("CHU de Brest", "Kelvora"))}


def test_an_initial_inside_a_firms_name_after_its_descriptor() -> None:
    ex = run("Le centre hospitalier de Vannes a choisi le groupe suisse H. Lindqvist pour équiper son bloc.")
    assert pairs(ex) == {frozenset(("centre hospitalier de Vannes", "H. Lindqvist"))}
    ex = run("The dialysis unit was equipped by the German group K. Orvana.")
    assert [o.name for o in ex.orgs] == ["K. Orvana"] and not ex.people


def test_a_ministry_named_after_the_disease_it_fights() -> None:
    ex = run("Le ministère de la Santé publique et de la Lutte contre le paludisme a signé une convention avec la Fondation Kestrel.")
    assert pairs(ex) == {frozenset(("Fondation Kestrel", "ministère de la Santé publique et de la Lutte contre le paludisme"))}


def test_joining_a_network_described_before_its_name_is_membership() -> None:
    ex = run("Le Centre hospitalier universitaire Orvana de Cotonou rejoint le réseau panafricain de télé-expertise KELMED, a annoncé l’hôpital. "
             "KELMED relie déjà 40 hôpitaux.")
    assert not pairs(ex)
    assert "Cotonou" not in {o.name for o in ex.orgs}


def test_a_type_acronym_is_the_words_it_stands_for() -> None:
    ex = run("Le CHU de Medlane et l’Institut Kestrel de Lille s’unissent contre le paludisme\n\n"
             "BREST, 9 mars 2026 – Le Centre hospitalo-universitaire de Medlane (CHUM) et l’Institut Kestrel de Lille ont conclu un accord.")
    assert {(o.name, o.type) for o in ex.orgs} == {("Centre hospitalo-universitaire de Medlane", "UniversityHospital"),
                                                   ("Institut Kestrel de Lille", "ResearchInstitute")}


def test_two_places_and_one_body_and_a_common_word_before_and() -> None:
    ex = run("Cardiff and Vale health board joins Kestrel Labs on trial\n\n"
             "Cardiff and Vale University Health Board and Orvana University have formed a research partnership with Kestrel Labs. "
             "The project is funded by Health and Care Research Wales and Innovate UK.")
    assert {o.name for o in ex.orgs} == {"Cardiff and Vale University Health Board", "Orvana University", "Kestrel Labs",
                                         "Health and Care Research Wales", "Innovate UK"}


def test_a_backer_joined_to_a_participle_keeps_its_whole_name_and_is_no_party() -> None:
    ex = run("Mahosot Hospital received an oxygen plant from the Kestrel Development Bank-funded Health Sector Program.")
    assert "Kestrel Development Bank" in {o.name for o in ex.orgs}
    ex = run("Orvana, a Sequoia Capital-backed start-up, has signed an agreement with Kestrel Hospital.")
    assert "Sequoia Capital" in {o.name for o in ex.orgs}
    assert pairs(ex) == {frozenset(("Kestrel Hospital", "Orvana"))}


def test_french_hospitals_of_several_towns_are_one_hospital_each() -> None:
    ex = run("Le CHU de Brest a signé un contrat de maintenance avec la société Kelvora. Le contrat concerne aussi les centres hospitaliers de Morlaix et de "
             "Landerneau, membres du même groupement.")
    assert {"centre hospitalier de Morlaix", "centre hospitalier de Landerneau"} <= {o.name for o in ex.orgs}
    ex = run("La plateforme relie l’hôpital Orvana aux hôpitaux régionaux de Kestrel, Medlane et Lindqvist.")
    assert {o.name for o in ex.orgs} == {"hôpital Orvana", "hôpital régional de Kestrel", "hôpital régional de Medlane", "hôpital régional de Lindqvist"}
    ex = run("L’hôpital Orvana regroupe les hôpitaux publics du canton, de Kestrel à Medlane.")
    assert {o.name for o in ex.orgs} == {"hôpital Orvana"}


def test_press_release_furniture_tickers_legal_suffixes_and_two_roles() -> None:
    ex = run("Medlane Health, Inc. (NASDAQ: MDLN), a leader in clinical decision support, today announced a collaboration with Kestrel "
             "University Medical Center (KUMC). \"This puts our clinicians at the center,\" said James O'Neill, MD, President and CEO of KUMC.")
    assert {o.name for o in ex.orgs} == {"Medlane Health", "Kestrel University Medical Center"}
    assert has_person(ex, "James O'Neill", role="President and CEO")


def test_a_country_short_form_with_dots_opens_an_agencys_name() -> None:
    ex = run("Kestrel Biotech will seek approval from the U.S. Food and Drug Administration next year.")
    assert "U.S. Food and Drug Administration" in {o.name for o in ex.orgs}


def test_a_body_that_bought_another_can_still_partner_with_a_third() -> None:
    ex = run("Medlane, which bought Kestrel last year, has partnered with Orvana Health.")
    assert pairs(ex) == {frozenset(("Medlane", "Orvana Health"))}
    assert ("Medlane", "acquired", "Kestrel") in triples(ex)
    ex = run("Kestrel acquired Medlane, a long-time partner of the group.")
    assert not pairs(ex)


def test_the_purchasing_body_a_tender_went_through_is_no_party_and_smes_are_no_names() -> None:
    ex = run("Le CHU de Medlane a attribué à l’éditeur Orvana le marché de son dossier patient, après un appel d’offres lancé via la "
             "centrale d’achat Resah.")
    assert pairs(ex) == {frozenset(("CHU de Medlane", "Orvana"))}
    ex = run("Le groupe hospitalier Kestrel-Sud, l’université de Medlane et trois PME lancent un consortium.")
    assert "PME" not in {o.name for o in ex.orgs}


def test_french_university_hospitals_of_two_towns_and_a_study_run_with_others() -> None:
    ex = run("Orvana, filiale du groupe allemand Lindqvist, équipe déjà les CHU de Lille et de Nancy.")
    assert {"CHU de Lille", "CHU de Nancy"} <= {o.name for o in ex.orgs}
    ex = run("Kestrel Biotech will use the money to run a 10,000-patient validation study with Mayo Clinic and the Orvana Cancer Center.")
    assert pairs(ex) == {frozenset(("Kestrel Biotech", "Mayo Clinic")), frozenset(("Kestrel Biotech", "Orvana Cancer Center")),
                         frozenset(("Mayo Clinic", "Orvana Cancer Center"))}


def test_a_headquarters_prefix_a_legal_suffix_of_two_words_and_a_title_word_inside_a_name() -> None:
    ex = run("Queensland Health has signed a five-year contract with Sydney-headquartered Kestrel Imaging Pty Ltd to provide reporting. "
             "Kestrel Imaging is owned by Orvana Partners. The contract follows a pilot with the Royal Flying Doctor Service and James "
             "Cook University.")
    names = {o.name for o in ex.orgs}
    assert "Kestrel Imaging Pty Ltd" in names and "Kestrel Imaging" not in names
    assert {"Royal Flying Doctor Service", "James Cook University"} <= names


def test_a_described_name_with_et_and_the_centre_of_a_named_town() -> None:
    ex = run("L’association de patients Cœur et Vie participe aussi au projet du CHU de Kestrel.")
    assert ("Cœur et Vie", "Association") in {(o.name, o.type) for o in ex.orgs}
    ex = run("Fudan Kestrel Shanghai Cancer Center and Heidelberg University Hospital have launched an alliance. Siemens Healthineers "
             "will support the training programme. \"Proton therapy is expensive,\" said Wang Lei, president of the Shanghai center.")
    assert has_person(ex, "Wang Lei", role="president")
    assert any(p.name == "Wang Lei" and "fudan" in (p.org or "") for p in ex.people)


def test_a_post_held_before_gives_way_to_the_new_appointment() -> None:
    ex = run("Jean-Marc Leroy, jusqu’ici directeur adjoint du CHU de Medlane, a été nommé directeur du Centre hospitalier de Kestrel.")
    assert has_person(ex, "Jean-Marc Leroy", role="directeur")
    assert [p.org for p in ex.people if p.name == "Jean-Marc Leroy"] == ["centre hospitalier de kestrel"]
    ex = run("Maria Lopez, formerly chief operating officer at Orvana Hospital, has been named chief executive of Kestrel Health.")
    assert has_person(ex, "Maria Lopez", "kestrel health", "chief executive")


def test_we_in_a_quote_is_the_speakers_organisation_told_in_an_earlier_sentence() -> None:
    ex = run("Jean-Marc Leroy a été nommé directeur du Centre hospitalier de Kestrel. « Nous travaillons déjà avec l’hôpital de "
             "Lindqvist sur ce sujet », précise M. Leroy.")
    assert pairs(ex) == {frozenset(("Centre hospitalier de Kestrel", "hôpital de Lindqvist"))}
    ex = run("Maria Lopez was named chief executive of Kestrel Health. \"We already work with Orvana Hospital on this,\" Lopez said.")
    assert pairs(ex) == {frozenset(("Kestrel Health", "Orvana Hospital"))}
    ex = run("Maria Lopez was named chief executive of Kestrel Health. \"They work with Orvana Hospital,\" Lopez said of her rivals.")
    assert not pairs(ex)


def test_parties_listed_one_per_item_after_a_colon() -> None:
    ex = run("The KELNET consortium brings together:\n\n- Orvana University Hospital, Norway (coordinator)\n"
             "- Medlane Institute of Technology, Finland\n- Lindqvist Diagnostics GmbH, Germany\n")
    assert {"Orvana University Hospital", "Medlane Institute of Technology", "Lindqvist Diagnostics GmbH"} <= {n for p in pairs(ex) for n in p}
    assert ("Lindqvist Diagnostics GmbH", "memberOf", "KELNET") in triples(ex)
    ex = run("Les partenaires du projet sont :\n- le CHU de Medlane ;\n- la start-up Orvana ;\n- l’université de Kestrel.")
    assert frozenset(("CHU de Medlane", "Orvana")) in pairs(ex)
    ex = run("Key facts:\n\n- 300 patients at Kestrel University Hospital will take part.\n- Medlane will supply its software free of charge.")
    assert not pairs(ex)


def test_a_funders_choice_of_a_project_is_no_supply_contract() -> None:
    ex = run("The European Commission has selected KELNET, a Horizon Europe project coordinated by Orvana University Hospital, to develop software.")
    assert not pairs(ex)
    ex = run("Bpifrance a retenu le projet KELNET, porté par le CHU de Medlane et la start-up Orvana.")
    assert not any(r[1] == "supplies" for r in triples(ex)) and "Bpifrance" not in {n for p in pairs(ex) for n in p}
    ex = run("Kestrel Hospital has selected Medlane, a French software company, to run its records.")
    assert pairs(ex) == {frozenset(("Kestrel Hospital", "Medlane"))}


def test_spanish_names_over_two_fields_banks_and_a_place_and_district_trust() -> None:
    ex = run("The deal needs approval from Colombia's Superintendencia de Industria y Comercio. Grupo Kestrel was advised by Banco Kelvo.")
    assert {"Superintendencia de Industria y Comercio", "Banco Kelvo", "Grupo Kestrel"} <= {o.name for o in ex.orgs}
    assert not ex.people
    ex = run("Kestrel Health already runs virtual wards for Lindqvist and District NHS Trust.")
    assert "Lindqvist and District NHS Trust" in {o.name for o in ex.orgs}


def test_a_countrys_firm_a_cut_short_name_and_a_university_with_a_digit_in_its_acronym() -> None:
    ex = run("Japan's Kestrel Pharma licenses stroke drug to US biotech\n\nTOKYO, July 7, 2026 — Kestrel Pharmaceutical Co., Ltd. said on "
             "Tuesday it had granted Medlane Therapeutics Inc. exclusive rights to develop its stroke drug.")
    assert {o.name for o in ex.orgs} == {"Kestrel Pharmaceutical Co", "Medlane Therapeutics Inc"}
    ex = run("La Fondation Kestrel et l’Université Mohammed VI des sciences de la santé (UM6SS) ont signé mardi une convention-cadre.")
    assert pairs(ex) == {frozenset(("Fondation Kestrel", "Université Mohammed VI des sciences de la santé"))}


def test_supply_agreements_with_two_hospitals_are_one_with_each() -> None:
    ex = run("Orvana SA, a Lausanne start-up, raised CHF 30 million. The company also announced supply agreements with the Kestrel "
             "University Hospital and the Medlane University Hospitals.")
    assert pairs(ex) == {frozenset(("Orvana SA", "Kestrel University Hospital")), frozenset(("Orvana SA", "Medlane University Hospitals"))}


def test_a_body_described_as_a_health_system_is_no_product() -> None:
    ex = run("Kestrel Health, Colorado's largest health system, and Medtronic today announced a multi-year agreement.\n\n"
             "About Kestrel Health\nKestrel Health is a nonprofit health system headquartered in Aurora, Colorado.")
    assert pairs(ex) == {frozenset(("Kestrel Health", "Medtronic"))}


def test_more_parties_named_after_the_collaboration_was_told() -> None:
    ex = run("Kestrel Hospital and Orvana University have opened a joint laboratory to develop sensors. The lab is part of KELNET, a €3 "
             "million project funded by the Medlane Foundation. Other partners are Lindqvist, a Danish software company, and Kelvora "
             "Clinic, which will run a second study.")
    assert {n for p in pairs(ex) for n in p} == {"Kestrel Hospital", "Orvana University", "Lindqvist", "Kelvora Clinic"}
    assert "KELNET" not in {o.name for o in ex.orgs}
    ex = run("Kestrel Health and Medtronic announced a multi-year agreement under which Medtronic will provide monitors to Kestrel "
             "Health. The agreement also covers joint research with the Orvana School of Medicine on stroke.")
    assert frozenset(("Kestrel Health", "Orvana School of Medicine")) in pairs(ex)
    ex = run("Le CHU de Kestrel et l’université d’Orvana lancent un laboratoire commun. Les autres partenaires sont la société "
             "Lindqvist et la clinique Kelvora.")
    assert frozenset(("CHU de Kestrel", "clinique Kelvora")) in pairs(ex)


def test_names_over_fields_with_commas_and_possessive_common_nouns_and_a_towns_code_named_firm() -> None:
    ex = run("The study is funded by the Qatar Research, Development and Innovation Council. Kestrel Maternity and Women's Hospital "
             "received 40 cots from Medlane.")
    assert {"Qatar Research, Development and Innovation Council", "Kestrel Maternity and Women's Hospital"} <= {o.name for o in ex.orgs}
    ex = run("Abu Dhabi's K42 completed its acquisition of Orvana.")
    assert ("K42", "acquired", "Orvana") in triples(ex)
    ex = run("Qatar's Kelvora Medicine and the Lindqvist Genome Institute will sequence the genomes of 5,000 children.")
    assert pairs(ex) == {frozenset(("Kelvora Medicine", "Lindqvist Genome Institute"))}


def test_french_faculties_hotels_dieu_dashed_fields_and_named_trials() -> None:
    ex = run("La Faculté de pharmacie de Monastir formera les techniciens de l’Hôtel-Dieu de Medlane. Le projet est financé par le "
             "Fonds de recherche du Kestrel – Santé. L’essai, nommé KEL-PREDICT, portera sur 300 patients.")
    assert {"Faculté de pharmacie de Monastir", "Hôtel-Dieu de Medlane", "Fonds de recherche du Kestrel – Santé"} <= {o.name for o in ex.orgs}
    assert "KEL-PREDICT" not in {o.name for o in ex.orgs}


def test_a_member_told_in_a_dont_clause_is_no_party_and_the_ght_is_a_reference() -> None:
    ex = run("Les neuf établissements du GHT Kestrel Atlantique, dont le CHU de Medlane est l’établissement support, ont signé une "
             "convention avec la société Orvana. « Mutualiser nos achats nous fait gagner du temps », explique Anne Morel, directrice "
             "des achats du GHT.")
    assert pairs(ex) == {frozenset(("GHT Kestrel Atlantique", "Orvana"))}
    assert has_person(ex, "Anne Morel", "ght kestrel atlantique")


def test_a_lowercase_head_with_an_adjective_before_its_complement_and_no_therapy_names() -> None:
    ex = run("Le centre hospitalier de Lindqvist et la clinique mutualiste de l’Estuaire rejoindront le dispositif en 2027.")
    assert {"centre hospitalier de Lindqvist", "clinique mutualiste de l’Estuaire"} <= {o.name for o in ex.orgs}
    ex = run("Kestrel Hospital and Orvana Therapeutics sign CAR-T manufacturing deal")
    assert "CAR-T" not in {o.name for o in ex.orgs}


def test_a_robot_bought_from_a_maker_through_a_purchasing_group() -> None:
    ex = run("Le CHU de Kestrel s’est équipé d’un robot chirurgical, acquis auprès de la société Orvana Surgical par l’intermédiaire du "
             "groupement d’achats Medlane.")
    assert ("Orvana Surgical", "supplies", "CHU de Kestrel") in triples(ex)
    assert not any(r[1] == "acquired" for r in triples(ex))
    assert pairs(ex) == {frozenset(("CHU de Kestrel", "Orvana Surgical"))}


def test_french_objects_listed_each_with_its_own_de() -> None:
    ex = run("Le groupe Kestrel Santé a finalisé le rachat de la clinique Saint-Orvan, de la clinique des Cèdres et de la polyclinique du Medlane.")
    assert {r[2] for r in triples(ex) if r[1] == "acquired"} == {"clinique Saint-Orvan", "clinique des Cèdres", "polyclinique du Medlane"}


def test_a_headline_body_that_teams_with_another() -> None:
    ex = run("Kestrel Health teams with Orvana Labs on patient app.")
    assert pairs(ex) == {frozenset(("Kestrel Health", "Orvana Labs"))}


def test_an_insurance_branch_qualified_after_its_capitalised_complement() -> None:
    ex = run("La Caisse nationale de l’Assurance maladie et la Haute Autorité de santé ont signé une convention avec le CHU de Kestrel.")
    assert {"Caisse nationale de l’Assurance maladie", "Haute Autorité de santé", "CHU de Kestrel"} == {o.name for o in ex.orgs}
