"""The hckg vocabulary as a closed namespace, and the prefixes used everywhere.

>>> from kg.namespaces import HCKG
>>> str(HCKG.Hospital)
'https://w3id.org/hckg/ontology#Hospital'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["HCKG", "ID", "ORG", "SCHEMA", "PREFIXES", "ONTOLOGY_IRI", "ID_BASE"]

ONTOLOGY_IRI = "https://w3id.org/hckg/ontology"
ID_BASE = "https://w3id.org/hckg/id/"


class HCKG(DefinedNamespace):
    """Terms of ``ontology/hckg.ttl``; a misspelt term raises AttributeError."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Organization: URIRef
    Hospital: URIRef
    UniversityHospital: URIRef
    Company: URIRef
    Startup: URIRef
    University: URIRef
    ResearchInstitute: URIRef
    Association: URIRef
    Foundation: URIRef
    PublicBody: URIRef
    Consortium: URIRef
    Person: URIRef
    Product: URIRef
    Project: URIRef
    Place: URIRef
    Topic: URIRef
    Document: URIRef
    Collaboration: URIRef
    Partnership: URIRef
    ResearchCollaboration: URIRef
    SupplyContract: URIRef
    MemorandumOfUnderstanding: URIRef
    JointVenture: URIRef
    LicensingAgreement: URIRef
    Evidence: URIRef
    Assertion: URIRef
    # collaboration properties
    participant: URIRef
    topic: URIRef
    project: URIRef
    startDate: URIRef
    announcedDate: URIRef
    duration: URIRef
    collaboratesWith: URIRef
    # relations
    acquired: URIRef
    supplies: URIRef
    memberOf: URIRef
    funds: URIRef
    develops: URIRef
    deployedAt: URIRef
    subsidiaryOf: URIRef
    locatedIn: URIRef
    leads: URIRef
    worksFor: URIRef
    # provenance and bookkeeping
    evidence: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    inDocument: URIRef
    confidence: URIRef
    contentHash: URIRef
    roleTitle: URIRef
    partnerCount: URIRef
    lookupKey: URIRef
    mentionedIn: URIRef


ID = Namespace(ID_BASE)
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")

PREFIXES: dict[str, str] = {
    "hckg": ONTOLOGY_IRI + "#",
    "id": ID_BASE,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
}
