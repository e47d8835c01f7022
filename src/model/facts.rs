//! What extraction finds in one article: entities, facts and their values,
//! each fact with the sentence and rule it came from; and what an article
//! carries besides its body (metadata, sentences).

use super::vocab::ck;
use oxigraph::model::NamedNodeRef;

/// The entity classes of the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    Zone,
    Enterprise,
    Institution,
    GovernmentBody,
    Industry,
    Product,
    Project,
    Person,
    Place,
}

impl Class {
    pub const ALL: [Class; 9] = [
        Class::Zone,
        Class::Enterprise,
        Class::Institution,
        Class::GovernmentBody,
        Class::Industry,
        Class::Product,
        Class::Project,
        Class::Person,
        Class::Place,
    ];

    /// The class IRI.
    pub fn iri(self) -> NamedNodeRef<'static> {
        match self {
            Class::Zone => ck::ZONE,
            Class::Enterprise => ck::ENTERPRISE,
            Class::Institution => ck::INSTITUTION,
            Class::GovernmentBody => ck::GOVERNMENT_BODY,
            Class::Industry => ck::INDUSTRY,
            Class::Product => ck::PRODUCT,
            Class::Project => ck::PROJECT,
            Class::Person => ck::PERSON,
            Class::Place => ck::PLACE,
        }
    }

    /// The class name without prefix (as in gold files).
    pub fn name(self) -> &'static str {
        match self {
            Class::Zone => "Zone",
            Class::Enterprise => "Enterprise",
            Class::Institution => "Institution",
            Class::GovernmentBody => "GovernmentBody",
            Class::Industry => "Industry",
            Class::Product => "Product",
            Class::Project => "Project",
            Class::Person => "Person",
            Class::Place => "Place",
        }
    }

    /// Path segment of instance IRIs.
    pub fn slug(self) -> &'static str {
        match self {
            Class::Zone => "zone",
            Class::Enterprise => "enterprise",
            Class::Institution => "institution",
            Class::GovernmentBody => "government-body",
            Class::Industry => "industry",
            Class::Product => "product",
            Class::Project => "project",
            Class::Person => "person",
            Class::Place => "place",
        }
    }

    pub fn from_name(s: &str) -> Option<Class> {
        Class::ALL.into_iter().find(|c| c.name() == s)
    }
}

/// A thing the article talks about, under all the names it uses.
#[derive(Clone, Debug)]
pub struct Entity {
    pub class: Class,
    /// Identity key: equal keys are the same thing, across articles too.
    pub key: String,
    /// The fullest name used (`rdfs:label`).
    pub label: String,
    /// Every other name used (`skos:altLabel`).
    pub alt_labels: std::collections::BTreeSet<String>,
    /// Where it was first found, and by which rule.
    pub first_sentence: usize,
    pub rule: &'static str,
}

/// The object of a fact.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Entity(usize),
    /// An `xsd:decimal` lexical form.
    Decimal(String),
    /// A date literal with its datatype (`xsd:gYearMonth`, `xsd:date`).
    Date(String, NamedNodeRef<'static>),
    /// A capacity per year: value in the unit.
    Capacity {
        value: String,
        unit: NamedNodeRef<'static>,
    },
    /// A named indicator value.
    Indicator {
        name: String,
        value: String,
        unit: Option<NamedNodeRef<'static>>,
        year: Option<String>,
    },
}

/// One extracted fact with its provenance.
#[derive(Clone, Debug)]
pub struct Fact {
    pub subject: usize,
    pub property: NamedNodeRef<'static>,
    pub value: Value,
    /// Index into [`Extraction::sentences`].
    pub sentence: usize,
    /// Id of the rule that produced it (`zone.hosts.settle` …).
    pub rule: &'static str,
    /// The wording a value was read from (`总投资2.74亿元`).
    pub evidence: Option<String>,
}

/// Everything read from one article.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    /// Sentences: the headline first (when there is one), then the body.
    pub sentences: Vec<Sentence>,
    pub entities: Vec<Entity>,
    pub facts: Vec<Fact>,
}

/// A sentence of an article body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence text (normalized).
    pub text: String,
    /// Char span `[start, end)` in the normalized body.
    pub start: usize,
    pub end: usize,
    /// Char span `[start, end)` in the original document text.
    pub origin: (u32, u32),
}

/// Metadata known about a document before reading it (from JSONL fields or
/// HTML markup). Fields found in the text fill only what is missing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    pub creator: Option<String>,
    pub publisher: Option<String>,
    /// `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ss`.
    pub date: Option<String>,
    pub url: Option<String>,
    pub summary: Option<String>,
    /// The other people the byline names (reporters, correspondents), in
    /// order, after the creator.
    pub contributors: Vec<String>,
    /// The place a wire dateline names (新华社|合肥|4月8日电).
    pub dateline_place: Option<String>,
}

impl Meta {
    pub(crate) fn fill_from(&mut self, other: Meta) {
        let Meta {
            title,
            creator,
            publisher,
            date,
            url,
            summary,
            contributors,
            dateline_place,
        } = other;
        if self.contributors.is_empty() {
            self.contributors = contributors;
        }
        self.title = self.title.take().or(title);
        self.creator = self.creator.take().or(creator);
        self.publisher = self.publisher.take().or(publisher);
        self.date = self.date.take().or(date);
        self.url = self.url.take().or(url);
        self.summary = self.summary.take().or(summary);
        self.dateline_place = self.dateline_place.take().or(dateline_place);
    }
}
