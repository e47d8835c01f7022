//! IRIs of the vocabularies chainkg writes, as ready-to-use [`NamedNodeRef`] constants.
//!
//! The `ck` module mirrors `ontology/chainkg.ttl`, the one source of truth for the
//! project's own terms: add a term there first, then here. The tests at the bottom
//! check both directions, so the two cannot drift apart silently.
//! The other modules hold the terms chainkg uses from standard vocabularies
//! (RDF, RDFS, OWL, XSD, SKOS, DCMI terms, PROV-O, QUDT).
//!
//! The style follows `oxigraph::model::vocab`: one module per namespace, each with
//! its `NAMESPACE` and one constant per term.

use oxigraph::model::NamedNodeRef;

pub mod ck {
    //! The chainkg ontology, `ck:` (`ontology/chainkg.ttl`).
    use oxigraph::model::NamedNodeRef;

    /// The namespace of the ontology's terms.
    pub const NAMESPACE: &str = "https://w3id.org/chainkg/ontology#";
    /// Base of instance IRIs (entities, articles, sentences).
    pub const ID_BASE: &str = "https://w3id.org/chainkg/id/";
    /// The ontology itself (the `owl:Ontology` node of `ontology/chainkg.ttl`).
    pub const ONTOLOGY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology");

    // Classes.

    /// Development zone, demonstration zone, industrial park or core area.
    pub const ZONE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#Zone");
    /// Company or group.
    pub const ENTERPRISE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#Enterprise");
    /// University, research institute, chamber of commerce or association.
    pub const INSTITUTION: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#Institution");
    /// Named government, party or administrative body.
    pub const GOVERNMENT_BODY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#GovernmentBody");
    /// Industry or industry chain.
    pub const INDUSTRY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#Industry");
    /// Product, material or by-product.
    pub const PRODUCT: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#Product");
    /// Project, works, production line or facility.
    pub const PROJECT: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#Project");
    /// Person (bylines, named people).
    pub const PERSON: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#Person");
    /// Geographic place that is not a zone.
    pub const PLACE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#Place");
    /// One source article; its IRI also names the graph of its facts.
    pub const ARTICLE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#Article");
    /// Value node of [`ANNUAL_CAPACITY`]: [`VALUE`] and [`UNIT`], per year.
    pub const CAPACITY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#Capacity");
    /// Value node of [`INDICATOR`]: [`NAME`], [`VALUE`], optional [`UNIT`] and [`YEAR`].
    pub const INDICATOR_CLASS: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#Indicator");
    /// A sentence of an article's normalized text (provenance).
    pub const SENTENCE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#Sentence");
    /// A named graph of the facts one rule read in one sentence of an
    /// article (provenance: [`IN_ARTICLE`], `prov:wasDerivedFrom`, [`RULE`]).
    pub const FACT_GRAPH: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#FactGraph");

    // Relations between entities.

    /// Zone → Enterprise located or settled in it.
    pub const HOSTS_ENTERPRISE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#hostsEnterprise");
    /// Zone → Project built in it.
    pub const HOSTS_PROJECT: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#hostsProject");
    /// Zone → larger Zone it is part of.
    pub const PART_OF_ZONE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#partOfZone");
    /// Zone, Project, Enterprise, Institution → Place.
    pub const LOCATED_IN: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#locatedIn");
    /// Zone → Industry it develops.
    pub const FOCUSES_ON: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#focusesOn");
    /// Enterprise → Industry it is the chain leader (链主) of.
    pub const LEADS_CHAIN: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#leadsChain");
    /// Enterprise, Project, Product → Industry.
    pub const IN_INDUSTRY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#inIndustry");
    /// Project → Enterprise that builds or owns it.
    pub const OWNED_BY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#ownedBy");
    /// Enterprise, Project, Industry → Product.
    pub const PRODUCES: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#produces");
    /// Product → Product made from it (upstream → downstream).
    pub const FEEDSTOCK_OF: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#feedstockOf");
    /// Product → Product whose production yields it.
    pub const BYPRODUCT_OF: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#byproductOf");
    /// Zone, Enterprise → Institution, Enterprise, Zone, Place.
    pub const COOPERATES_WITH: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#cooperatesWith");
    /// Any entity → Article.
    pub const MENTIONED_IN: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#mentionedIn");

    // Values.

    /// Project, Zone → `xsd:decimal`, yuan.
    pub const INVESTMENT: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#investment");
    /// Project, Zone → `xsd:decimal`, square metres.
    pub const LAND_AREA: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#landArea");
    /// Project, Zone → `xsd:decimal`, square metres.
    pub const FLOOR_AREA: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#floorArea");
    /// Project → `xsd:gYearMonth`, `xsd:date` or `xsd:gYear`.
    pub const OPERATION_DATE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#operationDate");
    /// Project → `xsd:decimal` in 0..=1.
    pub const PROGRESS: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#progress");
    /// Project, Enterprise → [`CAPACITY`] node.
    pub const ANNUAL_CAPACITY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#annualCapacity");
    /// Anything → [`INDICATOR_CLASS`] node.
    pub const INDICATOR: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#indicator");
    /// Capacity or Indicator → `xsd:decimal`.
    pub const VALUE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#value");
    /// Capacity or Indicator → QUDT unit IRI (see [`super::unit`], [`super::currency`]).
    pub const UNIT: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#unit");
    /// Indicator → `xsd:string`, what it measures as written.
    pub const NAME: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#name");
    /// Indicator → `xsd:gYear`.
    pub const YEAR: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#year");

    // Provenance.

    /// Sentence → `xsd:string`, the sentence as normalized.
    pub const TEXT: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#text");
    /// Sentence → Article (a fact graph's through its sentence).
    pub const IN_ARTICLE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#inArticle");
    /// Fact graph → `xsd:string`, id of the extraction rule.
    pub const RULE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#rule");
    /// Fact graph → `xsd:string`, original wording of its value.
    pub const EVIDENCE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#evidence");

    /// Every class the ontology declares.
    pub const CLASSES: &[NamedNodeRef<'static>] = &[
        ZONE,
        ENTERPRISE,
        INSTITUTION,
        GOVERNMENT_BODY,
        INDUSTRY,
        PRODUCT,
        PROJECT,
        PERSON,
        PLACE,
        ARTICLE,
        CAPACITY,
        INDICATOR_CLASS,
        SENTENCE,
        FACT_GRAPH,
    ];

    /// Every property the ontology declares.
    pub const PROPERTIES: &[NamedNodeRef<'static>] = &[
        HOSTS_ENTERPRISE,
        HOSTS_PROJECT,
        PART_OF_ZONE,
        LOCATED_IN,
        FOCUSES_ON,
        LEADS_CHAIN,
        IN_INDUSTRY,
        OWNED_BY,
        PRODUCES,
        FEEDSTOCK_OF,
        BYPRODUCT_OF,
        COOPERATES_WITH,
        MENTIONED_IN,
        INVESTMENT,
        LAND_AREA,
        FLOOR_AREA,
        OPERATION_DATE,
        PROGRESS,
        ANNUAL_CAPACITY,
        INDICATOR,
        VALUE,
        UNIT,
        NAME,
        YEAR,
        TEXT,
        IN_ARTICLE,
        RULE,
        EVIDENCE,
    ];

    /// The entity classes an extracted name can have, i.e. [`CLASSES`] minus the
    /// value-node and provenance classes (gold `type` facts name one of these).
    pub const ENTITY_CLASSES: &[NamedNodeRef<'static>] = &[
        ZONE,
        ENTERPRISE,
        INSTITUTION,
        GOVERNMENT_BODY,
        INDUSTRY,
        PRODUCT,
        PROJECT,
        PERSON,
        PLACE,
    ];

    /// The `ck:` term with this local name (`"hostsEnterprise"`, `"Zone"`), if declared.
    pub fn term(local_name: &str) -> Option<NamedNodeRef<'static>> {
        CLASSES
            .iter()
            .chain(PROPERTIES)
            .copied()
            .find(|t| local_name_of(*t) == Some(local_name))
    }

    /// The local name of a `ck:` IRI (`ck:Zone` → `"Zone"`), `None` for other IRIs.
    pub fn local_name_of(iri: NamedNodeRef<'_>) -> Option<&str> {
        iri.as_str().strip_prefix(NAMESPACE)
    }
}

pub mod rdf {
    //! [RDF](https://www.w3.org/TR/rdf11-concepts/) terms, including reification for provenance.
    use oxigraph::model::NamedNodeRef;

    /// The namespace IRI.
    pub const NAMESPACE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    /// `rdf:type`.
    pub const TYPE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    /// The class of reified statements (provenance nodes).
    pub const STATEMENT: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement");
    /// Subject of a reified statement.
    pub const SUBJECT: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject");
    /// Predicate of a reified statement.
    pub const PREDICATE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate");
    /// Object of a reified statement.
    pub const OBJECT: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#object");
    /// First item of an RDF list.
    pub const FIRST: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#first");
    /// Rest of an RDF list.
    pub const REST: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#rest");
    /// The empty list.
    pub const NIL: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil");
    /// Datatype of language-tagged strings.
    pub const LANG_STRING: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString");
}

pub mod rdfs {
    //! [RDFS](https://www.w3.org/TR/rdf-schema/) terms.
    use oxigraph::model::NamedNodeRef;

    /// The namespace IRI.
    pub const NAMESPACE: &str = "http://www.w3.org/2000/01/rdf-schema#";
    /// Canonical name of an entity (`@zh`).
    pub const LABEL: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#label");
    /// Human-readable description.
    pub const COMMENT: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#comment");
    /// Class of a property's subjects.
    pub const DOMAIN: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#domain");
    /// Class or datatype of a property's values.
    pub const RANGE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#range");
    /// The class of classes.
    pub const CLASS: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#Class");
    /// The class of datatypes.
    pub const DATATYPE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#Datatype");
    /// Subclass relation.
    pub const SUB_CLASS_OF: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#subClassOf");
    /// Subproperty relation.
    pub const SUB_PROPERTY_OF: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#subPropertyOf");
    /// Further information about a resource.
    pub const SEE_ALSO: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#seeAlso");
    /// The vocabulary that defines a resource.
    pub const IS_DEFINED_BY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#isDefinedBy");
}

pub mod owl {
    //! [OWL 2](https://www.w3.org/TR/owl2-syntax/) terms used by the ontology.
    use oxigraph::model::NamedNodeRef;

    /// The namespace IRI.
    pub const NAMESPACE: &str = "http://www.w3.org/2002/07/owl#";
    /// The class of ontologies.
    pub const ONTOLOGY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2002/07/owl#Ontology");
    /// The class of OWL classes.
    pub const CLASS: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2002/07/owl#Class");
    /// Properties between individuals.
    pub const OBJECT_PROPERTY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2002/07/owl#ObjectProperty");
    /// Properties to literals.
    pub const DATATYPE_PROPERTY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2002/07/owl#DatatypeProperty");
    /// Annotation properties.
    pub const ANNOTATION_PROPERTY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2002/07/owl#AnnotationProperty");
    /// The class of all individuals.
    pub const THING: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2002/07/owl#Thing");
    /// Union of a list of classes or datatypes.
    pub const UNION_OF: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2002/07/owl#unionOf");
    /// Identity of two individuals.
    pub const SAME_AS: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2002/07/owl#sameAs");
    /// Version of an ontology.
    pub const VERSION_INFO: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2002/07/owl#versionInfo");
}

pub mod xsd {
    //! [XSD](https://www.w3.org/TR/xmlschema11-2/) datatypes of the graph's literals.
    use oxigraph::model::NamedNodeRef;

    /// The namespace IRI.
    pub const NAMESPACE: &str = "http://www.w3.org/2001/XMLSchema#";
    /// Plain strings.
    pub const STRING: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2001/XMLSchema#string");
    /// Exact decimals: investment, areas, values, progress.
    pub const DECIMAL: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2001/XMLSchema#decimal");
    /// Integers: character offsets, sentence indices.
    pub const INTEGER: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2001/XMLSchema#integer");
    /// Doubles.
    pub const DOUBLE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2001/XMLSchema#double");
    /// Booleans.
    pub const BOOLEAN: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2001/XMLSchema#boolean");
    /// Calendar dates (`2025-08-15`).
    pub const DATE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2001/XMLSchema#date");
    /// Date and time.
    pub const DATE_TIME: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2001/XMLSchema#dateTime");
    /// Year and month (`2025-08`).
    pub const G_YEAR_MONTH: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2001/XMLSchema#gYearMonth");
    /// Year (`2025`).
    pub const G_YEAR: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2001/XMLSchema#gYear");
    /// IRIs as literals.
    pub const ANY_URI: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2001/XMLSchema#anyURI");
}

pub mod skos {
    //! [SKOS](https://www.w3.org/TR/skos-reference/) labels.
    use oxigraph::model::NamedNodeRef;

    /// The namespace IRI.
    pub const NAMESPACE: &str = "http://www.w3.org/2004/02/skos/core#";
    /// Every other name the text uses for an entity (aliases, short names).
    pub const ALT_LABEL: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2004/02/skos/core#altLabel");
    /// Preferred label (chainkg uses `rdfs:label` for it; kept for queries from SKOS tools).
    pub const PREF_LABEL: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2004/02/skos/core#prefLabel");
    /// Searchable but not displayed names.
    pub const HIDDEN_LABEL: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2004/02/skos/core#hiddenLabel");
    /// General note.
    pub const NOTE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2004/02/skos/core#note");
}

pub mod dcterms {
    //! [DCMI metadata terms](https://www.dublincore.org/specifications/dublin-core/dcmi-terms/) for articles.
    use oxigraph::model::NamedNodeRef;

    /// The namespace IRI.
    pub const NAMESPACE: &str = "http://purl.org/dc/terms/";
    /// Article title.
    pub const TITLE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://purl.org/dc/terms/title");
    /// Byline name.
    pub const CREATOR: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://purl.org/dc/terms/creator");
    /// Publishing outlet.
    pub const PUBLISHER: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://purl.org/dc/terms/publisher");
    /// Publication date (`xsd:date` or `xsd:dateTime`).
    pub const DATE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://purl.org/dc/terms/date");
    /// File the article came from.
    pub const SOURCE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://purl.org/dc/terms/source");
    /// Unambiguous identifier (e.g. a content hash).
    pub const IDENTIFIER: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://purl.org/dc/terms/identifier");
    /// Language of the resource.
    pub const LANGUAGE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://purl.org/dc/terms/language");
    /// Date of last modification (e.g. when an article was last built).
    pub const MODIFIED: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://purl.org/dc/terms/modified");
}

pub mod prov {
    //! [PROV-O](https://www.w3.org/TR/prov-o/) terms for provenance.
    use oxigraph::model::NamedNodeRef;

    /// The namespace IRI.
    pub const NAMESPACE: &str = "http://www.w3.org/ns/prov#";
    /// Statement node → the `ck:Sentence` it was read from.
    pub const WAS_DERIVED_FROM: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/prov#wasDerivedFrom");
    /// Derived from the original source (e.g. an article from its file).
    pub const HAD_PRIMARY_SOURCE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/prov#hadPrimarySource");
    /// When an entity was generated.
    pub const GENERATED_AT_TIME: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/prov#generatedAtTime");
    /// Activity that generated an entity.
    pub const WAS_GENERATED_BY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/prov#wasGeneratedBy");
    /// The class of entities.
    pub const ENTITY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/prov#Entity");
    /// The class of activities.
    pub const ACTIVITY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/prov#Activity");
}

pub mod qudt {
    //! [QUDT schema](http://qudt.org/schema/qudt/) terms.
    use oxigraph::model::NamedNodeRef;

    /// The namespace IRI.
    pub const NAMESPACE: &str = "http://qudt.org/schema/qudt/";
    /// The class of units: range of `ck:unit`.
    pub const UNIT: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://qudt.org/schema/qudt/Unit");
}

pub mod unit {
    //! [QUDT units](http://qudt.org/vocab/unit/) for `ck:unit`.
    //!
    //! Constant names are the QUDT local names upper-cased, `-` as `_`
    //! (`unit:KiloW-HR` → `KILO_W_HR`). Money has no unit here: use [`super::currency`].
    use oxigraph::model::NamedNodeRef;

    /// The namespace IRI.
    pub const NAMESPACE: &str = "http://qudt.org/vocab/unit/";
    /// Tonne, 1000 kg (吨).
    pub const TONNE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://qudt.org/vocab/unit/TONNE");
    /// Kilogram.
    pub const KILO_GM: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://qudt.org/vocab/unit/KiloGM");
    /// Cubic metre (立方米, 方).
    pub const M3: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://qudt.org/vocab/unit/M3");
    /// Litre.
    pub const L: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://qudt.org/vocab/unit/L");
    /// Square metre (平方米).
    pub const M2: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://qudt.org/vocab/unit/M2");
    /// Square kilometre (平方公里).
    pub const KILO_M2: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://qudt.org/vocab/unit/KiloM2");
    /// Hectare (公顷).
    pub const HA: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://qudt.org/vocab/unit/HA");
    /// Metre (米).
    pub const M: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://qudt.org/vocab/unit/M");
    /// Kilometre (公里).
    pub const KILO_M: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://qudt.org/vocab/unit/KiloM");
    /// Percent: with this unit `ck:value` is the number as written (4% → 4), not a fraction.
    pub const PERCENT: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://qudt.org/vocab/unit/PERCENT");
    /// A count of things (家, 个, 人).
    pub const NUM: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://qudt.org/vocab/unit/NUM");
    /// Kilowatt.
    pub const KILO_W: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://qudt.org/vocab/unit/KiloW");
    /// Megawatt (兆瓦).
    pub const MEGA_W: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://qudt.org/vocab/unit/MegaW");
    /// Kilowatt-hour (千瓦时, 度).
    pub const KILO_W_HR: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://qudt.org/vocab/unit/KiloW-HR");
    /// Megawatt-hour.
    pub const MEGA_W_HR: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://qudt.org/vocab/unit/MegaW-HR");
    /// Gigawatt-hour.
    pub const GIGA_W_HR: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://qudt.org/vocab/unit/GigaW-HR");
}

pub mod currency {
    //! [QUDT currencies](http://qudt.org/vocab/currency/): QUDT has currency units, not `unit:` IRIs, for money.
    use oxigraph::model::NamedNodeRef;

    /// The namespace IRI.
    pub const NAMESPACE: &str = "http://qudt.org/vocab/currency/";
    /// Chinese yuan renminbi (元).
    pub const CNY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://qudt.org/vocab/currency/CNY");
}

/// Prefixes used when writing Turtle, TriG and tables.
/// The relations between entities: the edges of the entity graph. Everything
/// in `ck:` that links two entities, except `ck:mentionedIn` (which links an
/// entity to its article, i.e. provenance rather than a fact).
pub const RELATIONS: &[NamedNodeRef<'static>] = &[
    ck::HOSTS_ENTERPRISE,
    ck::HOSTS_PROJECT,
    ck::PART_OF_ZONE,
    ck::LOCATED_IN,
    ck::FOCUSES_ON,
    ck::LEADS_CHAIN,
    ck::IN_INDUSTRY,
    ck::OWNED_BY,
    ck::PRODUCES,
    ck::FEEDSTOCK_OF,
    ck::BYPRODUCT_OF,
    ck::COOPERATES_WITH,
];

pub const PREFIXES: &[(&str, &str)] = &[
    ("ck", ck::NAMESPACE),
    ("id", ck::ID_BASE),
    ("rdf", rdf::NAMESPACE),
    ("rdfs", rdfs::NAMESPACE),
    ("xsd", xsd::NAMESPACE),
    ("skos", skos::NAMESPACE),
    ("dcterms", dcterms::NAMESPACE),
    ("prov", prov::NAMESPACE),
    ("unit", unit::NAMESPACE),
];

/// Every constant of the non-`ck` modules, for checks (`ck` has its own lists).
pub const STANDARD_TERMS: &[NamedNodeRef<'static>] = &[
    rdf::TYPE,
    rdf::STATEMENT,
    rdf::SUBJECT,
    rdf::PREDICATE,
    rdf::OBJECT,
    rdf::FIRST,
    rdf::REST,
    rdf::NIL,
    rdf::LANG_STRING,
    rdfs::LABEL,
    rdfs::COMMENT,
    rdfs::DOMAIN,
    rdfs::RANGE,
    rdfs::CLASS,
    rdfs::DATATYPE,
    rdfs::SUB_CLASS_OF,
    rdfs::SUB_PROPERTY_OF,
    rdfs::SEE_ALSO,
    rdfs::IS_DEFINED_BY,
    owl::ONTOLOGY,
    owl::CLASS,
    owl::OBJECT_PROPERTY,
    owl::DATATYPE_PROPERTY,
    owl::ANNOTATION_PROPERTY,
    owl::THING,
    owl::UNION_OF,
    owl::SAME_AS,
    owl::VERSION_INFO,
    xsd::STRING,
    xsd::DECIMAL,
    xsd::INTEGER,
    xsd::DOUBLE,
    xsd::BOOLEAN,
    xsd::DATE,
    xsd::DATE_TIME,
    xsd::G_YEAR_MONTH,
    xsd::G_YEAR,
    xsd::ANY_URI,
    skos::ALT_LABEL,
    skos::PREF_LABEL,
    skos::HIDDEN_LABEL,
    skos::NOTE,
    dcterms::TITLE,
    dcterms::CREATOR,
    dcterms::PUBLISHER,
    dcterms::DATE,
    dcterms::SOURCE,
    dcterms::IDENTIFIER,
    dcterms::LANGUAGE,
    dcterms::MODIFIED,
    prov::WAS_DERIVED_FROM,
    prov::HAD_PRIMARY_SOURCE,
    prov::GENERATED_AT_TIME,
    prov::WAS_GENERATED_BY,
    prov::ENTITY,
    prov::ACTIVITY,
    qudt::UNIT,
    unit::TONNE,
    unit::KILO_GM,
    unit::M3,
    unit::L,
    unit::M2,
    unit::KILO_M2,
    unit::HA,
    unit::M,
    unit::KILO_M,
    unit::PERCENT,
    unit::NUM,
    unit::KILO_W,
    unit::MEGA_W,
    unit::KILO_W_HR,
    unit::MEGA_W_HR,
    unit::GIGA_W_HR,
    currency::CNY,
];

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::io::{RdfFormat, RdfParser};
    use oxigraph::model::{Graph, NamedNode, NamedOrBlankNodeRef, TermRef, Triple, TripleRef};
    use std::collections::HashSet;

    const TTL_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/ontology/chainkg.ttl");

    fn ontology() -> Graph {
        let bytes = std::fs::read(TTL_PATH).unwrap_or_else(|e| panic!("{TTL_PATH}: {e}"));
        let mut graph = Graph::new();
        for quad in RdfParser::from_format(RdfFormat::Turtle).for_reader(bytes.as_slice()) {
            let quad = quad.unwrap_or_else(|e| panic!("{TTL_PATH}: {e}"));
            graph.insert(&Triple::from(quad));
        }
        graph
    }

    /// Named `ck:` subjects typed with `class` in the TTL.
    fn ck_subjects_of_type(graph: &Graph, class: NamedNodeRef<'_>) -> HashSet<String> {
        graph
            .subjects_for_predicate_object(rdf::TYPE, class)
            .filter_map(|s| match s {
                NamedOrBlankNodeRef::NamedNode(n) if n.as_str().starts_with(ck::NAMESPACE) => {
                    Some(n.as_str().to_owned())
                }
                _ => None,
            })
            .collect()
    }

    fn is_a(graph: &Graph, term: NamedNodeRef<'_>, class: NamedNodeRef<'_>) -> bool {
        graph.contains(TripleRef::new(term, rdf::TYPE, class))
    }

    fn assert_none_missing(what: &str, missing: &[String]) {
        assert!(missing.is_empty(), "{what}: {}", missing.join(", "));
    }

    #[test]
    fn every_listed_class_is_declared() {
        let graph = ontology();
        let missing: Vec<String> = ck::CLASSES
            .iter()
            .filter(|c| !is_a(&graph, **c, owl::CLASS))
            .map(|c| c.to_string())
            .collect();
        assert_none_missing(
            "in ck::CLASSES but not `a owl:Class` in chainkg.ttl",
            &missing,
        );
    }

    #[test]
    fn every_declared_class_is_listed() {
        let graph = ontology();
        let listed: HashSet<&str> = ck::CLASSES.iter().map(|c| c.as_str()).collect();
        let mut missing: Vec<String> = ck_subjects_of_type(&graph, owl::CLASS)
            .into_iter()
            .filter(|c| !listed.contains(c.as_str()))
            .collect();
        missing.sort();
        assert_none_missing(
            "declared `a owl:Class` in chainkg.ttl but not in ck::CLASSES",
            &missing,
        );
    }

    #[test]
    fn every_listed_property_is_declared() {
        let graph = ontology();
        let missing: Vec<String> = ck::PROPERTIES
            .iter()
            .filter(|p| {
                !is_a(&graph, **p, owl::OBJECT_PROPERTY)
                    && !is_a(&graph, **p, owl::DATATYPE_PROPERTY)
            })
            .map(|p| p.to_string())
            .collect();
        assert_none_missing(
            "in ck::PROPERTIES but not an owl:ObjectProperty or owl:DatatypeProperty in chainkg.ttl",
            &missing,
        );
    }

    #[test]
    fn every_declared_property_is_listed() {
        let graph = ontology();
        let listed: HashSet<&str> = ck::PROPERTIES.iter().map(|p| p.as_str()).collect();
        let mut missing: Vec<String> = ck_subjects_of_type(&graph, owl::OBJECT_PROPERTY)
            .into_iter()
            .chain(ck_subjects_of_type(&graph, owl::DATATYPE_PROPERTY))
            .filter(|p| !listed.contains(p.as_str()))
            .collect();
        missing.sort();
        assert_none_missing(
            "declared as a property in chainkg.ttl but not in ck::PROPERTIES",
            &missing,
        );
    }

    #[test]
    fn no_property_is_both_object_and_datatype() {
        let graph = ontology();
        let both: Vec<String> = ck::PROPERTIES
            .iter()
            .filter(|p| {
                is_a(&graph, **p, owl::OBJECT_PROPERTY) && is_a(&graph, **p, owl::DATATYPE_PROPERTY)
            })
            .map(|p| p.to_string())
            .collect();
        assert_none_missing("both owl:ObjectProperty and owl:DatatypeProperty", &both);
    }

    #[test]
    fn every_term_has_labels_and_comment() {
        let graph = ontology();
        let has_label = |term: NamedNodeRef<'_>, lang: &str| {
            graph
                .objects_for_subject_predicate(term, rdfs::LABEL)
                .any(|o| matches!(o, TermRef::Literal(l) if l.language() == Some(lang)))
        };
        let mut missing = Vec::new();
        for term in ck::CLASSES.iter().chain(ck::PROPERTIES).copied() {
            if !has_label(term, "zh") {
                missing.push(format!("{term} rdfs:label @zh"));
            }
            if !has_label(term, "en") {
                missing.push(format!("{term} rdfs:label @en"));
            }
            if graph
                .object_for_subject_predicate(term, rdfs::COMMENT)
                .is_none()
            {
                missing.push(format!("{term} rdfs:comment"));
            }
        }
        assert_none_missing("missing in chainkg.ttl", &missing);
    }

    #[test]
    fn every_property_has_domain_and_range() {
        let graph = ontology();
        let mut missing = Vec::new();
        for property in ck::PROPERTIES.iter().copied() {
            if graph
                .object_for_subject_predicate(property, rdfs::DOMAIN)
                .is_none()
            {
                missing.push(format!("{property} rdfs:domain"));
            }
            if graph
                .object_for_subject_predicate(property, rdfs::RANGE)
                .is_none()
            {
                missing.push(format!("{property} rdfs:range"));
            }
        }
        assert_none_missing("missing in chainkg.ttl", &missing);
    }

    /// Catches typos such as `ck:Enterprse` in a domain, which Turtle happily accepts.
    #[test]
    fn every_ck_iri_used_in_the_ontology_is_declared() {
        let graph = ontology();
        let declared: HashSet<&str> = ck::CLASSES
            .iter()
            .chain(ck::PROPERTIES)
            .map(|t| t.as_str())
            .collect();
        let mut undeclared = HashSet::new();
        for triple in graph.iter() {
            let mut iris = vec![triple.predicate.as_str()];
            if let NamedOrBlankNodeRef::NamedNode(n) = triple.subject {
                iris.push(n.as_str());
            }
            if let TermRef::NamedNode(n) = triple.object {
                iris.push(n.as_str());
            }
            for iri in iris {
                if iri.starts_with(ck::NAMESPACE) && !declared.contains(iri) {
                    undeclared.insert(format!("<{iri}>"));
                }
            }
        }
        let mut undeclared: Vec<String> = undeclared.into_iter().collect();
        undeclared.sort();
        assert_none_missing(
            "used in chainkg.ttl but not declared in ck::CLASSES/PROPERTIES",
            &undeclared,
        );
    }

    #[test]
    fn ontology_node_is_declared() {
        assert!(
            is_a(&ontology(), ck::ONTOLOGY, owl::ONTOLOGY),
            "{} is not `a owl:Ontology` in chainkg.ttl",
            ck::ONTOLOGY
        );
    }

    #[test]
    fn constants_are_valid_iris_in_their_namespace() {
        let mut bad = Vec::new();
        for term in ck::CLASSES
            .iter()
            .chain(ck::PROPERTIES)
            .chain(STANDARD_TERMS)
        {
            // new_unchecked skips validation; this is where it happens instead.
            if NamedNode::new(term.as_str()).is_err() {
                bad.push(format!("{term} is not a valid IRI"));
            }
        }
        for term in ck::CLASSES.iter().chain(ck::PROPERTIES) {
            if ck::local_name_of(*term).is_none_or(str::is_empty) {
                bad.push(format!("{term} is not in {}", ck::NAMESPACE));
            }
        }
        assert_none_missing("bad constants", &bad);
        assert!(
            NamedNode::new(ck::ID_BASE).is_ok(),
            "ck::ID_BASE is not a valid IRI"
        );
    }

    #[test]
    fn no_duplicates() {
        let mut seen = HashSet::new();
        let dups: Vec<String> = ck::CLASSES
            .iter()
            .chain(ck::PROPERTIES)
            .chain(STANDARD_TERMS)
            .filter(|t| !seen.insert(t.as_str()))
            .map(|t| t.to_string())
            .collect();
        assert_none_missing("listed twice", &dups);
    }

    #[test]
    fn entity_classes_are_classes() {
        for class in ck::ENTITY_CLASSES {
            assert!(
                ck::CLASSES.contains(class),
                "{class} is in ENTITY_CLASSES but not CLASSES"
            );
        }
    }

    #[test]
    fn term_lookup_by_local_name() {
        assert_eq!(ck::term("hostsEnterprise"), Some(ck::HOSTS_ENTERPRISE));
        assert_eq!(ck::term("Zone"), Some(ck::ZONE));
        assert_eq!(ck::term("Indicator"), Some(ck::INDICATOR_CLASS));
        assert_eq!(ck::term("indicator"), Some(ck::INDICATOR));
        assert_eq!(ck::term("nope"), None);
    }
}
