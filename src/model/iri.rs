//! Entity, article, sentence and fact-graph IRIs: built here and parsed
//! here, nowhere else.
//!
//! Every IRI chainkg mints lives under [`ck::ID_BASE`]: `…/id/{class}/{key}`
//! for entities, `…/id/article/{hash}` for articles, `<A#char=120,168>` for
//! a sentence of article `A` (its span in the source, as RFC 5147 writes a
//! span of plain text) and `<A#s3/rule>` for a fact graph.

use super::facts::Class;
use super::vocab::ck;
use oxigraph::model::{NamedNode, NamedNodeRef};
use sha2::{Digest, Sha256};

/// A short stable hash of a text (hex).
pub fn short_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// IRI-safe path segment of a name: letters (any script) and digits stay,
/// everything else is percent-encoded.
fn segment(name: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 15)]));
            }
        }
    }
    out
}

/// The IRI of an entity: class and identity key, the same in every article.
pub fn entity_iri(class: Class, key: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{}/{}", ck::ID_BASE, class.slug(), segment(key)))
}

/// The IRI of an article, from its normalized body text.
pub fn article_iri(body: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}article/{}", ck::ID_BASE, short_hash(body)))
}

/// The article an IRI belongs to: an article IRI itself, or one of its
/// nodes (a sentence `<A#char=0,9>`, a fact graph `<A#s3/rule>`); `None`
/// for anything else.
pub fn article_of(iri: &str) -> Option<&str> {
    let article = iri.split_once('#').map_or(iri, |(a, _)| a);
    article
        .strip_prefix(ck::ID_BASE)?
        .strip_prefix("article/")
        .filter(|h| !h.is_empty() && !h.contains('/'))
        .map(|_| article)
}

/// The IRI of a sentence of an article: its span `[start, end)` in chars
/// of the source, as an RFC 5147 fragment, so the IRI itself says where the
/// sentence was read (`<A#char=120,168>`).
pub fn sentence_iri(article: &str, (start, end): (u32, u32)) -> NamedNode {
    NamedNode::new_unchecked(format!("{article}#char={start},{end}"))
}

/// The span of a sentence IRI (`<A#char=120,168>` → `(120, 168)`).
pub fn sentence_span(iri: &str) -> Option<(u32, u32)> {
    let (start, end) = iri.rsplit_once("#char=")?.1.split_once(',')?;
    Some((start.parse().ok()?, end.parse().ok()?))
}

/// The IRI of a fact graph: the article, the sentence and the rule, and a
/// counter from 2 on when one rule read values with different wording in
/// one sentence (`<A#s3/rule>`, `<A#s3/rule/2>`).
pub fn fact_graph(article: &str, sentence: usize, rule: &str, nth: usize) -> NamedNode {
    let base = format!("{article}#s{sentence}/{}", segment(rule));
    NamedNode::new_unchecked(match nth {
        0 | 1 => base,
        n => format!("{base}/{n}"),
    })
}

/// The class part of an entity IRI (`…/id/enterprise/太重` → `enterprise`);
/// `None` for articles, their sentence and fact nodes, and foreign IRIs.
pub fn entity_class(iri: &str) -> Option<&str> {
    let rest = iri.strip_prefix(ck::ID_BASE)?;
    let (class, key) = rest.split_once('/')?;
    (class != "article" && !key.is_empty() && !iri.contains('#')).then_some(class)
}

/// The class an entity IRI names by its class part
/// (`…/id/enterprise/太重` → `ck:Enterprise`): an entity's type is a
/// function of its IRI, so the store states it once, not per article.
pub fn entity_type(iri: &str) -> Option<NamedNodeRef<'static>> {
    let slug = entity_class(iri)?;
    Class::ALL
        .into_iter()
        .find(|c| c.slug() == slug)
        .map(Class::iri)
}

/// The article IRI a user means by `target`: a full IRI, `article/HASH` or
/// a bare 16-digit hash (`None` for anything else, e.g. a file path).
pub fn article_target(target: &str) -> Option<String> {
    if target.contains("://") {
        Some(target.to_string())
    } else if let Some(h) = target.strip_prefix("article/") {
        Some(format!("{}article/{h}", ck::ID_BASE))
    } else if target.len() == 16 && target.bytes().all(|b| b.is_ascii_hexdigit()) {
        Some(format!("{}article/{target}", ck::ID_BASE))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iris_of_article_nodes() {
        let a = format!("{}article/0123abcd", ck::ID_BASE);
        assert_eq!(article_of(&a), Some(a.as_str()));
        let g = fact_graph(&a, 3, "zone.hosts.settle", 1);
        assert_eq!(g.as_str(), format!("{a}#s3/zone.hosts.settle"));
        assert_eq!(article_of(g.as_str()), Some(a.as_str()));
        assert_eq!(fact_graph(&a, 3, "x", 2).as_str(), format!("{a}#s3/x/2"));
        let s = sentence_iri(&a, (120, 168));
        assert_eq!(s.as_str(), format!("{a}#char=120,168"));
        assert_eq!(sentence_span(s.as_str()), Some((120, 168)));
        assert_eq!(article_of(s.as_str()), Some(a.as_str()));
        assert_eq!(sentence_span(g.as_str()), None);
        assert_eq!(article_of(&format!("{}zone/x", ck::ID_BASE)), None);
        assert_eq!(article_of("http://example.org/article/1"), None);
    }

    /// Letters of any script and digits stay; every byte of anything else
    /// is escaped as `%XX` in upper-case hex.
    #[test]
    fn segments_escape_all_but_letters_and_digits() {
        assert_eq!(segment("宁德时代"), "宁德时代");
        assert_eq!(segment("a-b_c.9"), "a-b_c.9");
        assert_eq!(segment("A B/（c）"), "A%20B%2F%EF%BC%88c%EF%BC%89");
        assert_eq!(segment("“鲁”"), "%E2%80%9C鲁%E2%80%9D");
        assert_eq!(segment(""), "");
    }

    #[test]
    fn entity_class_reads_only_entity_iris() {
        let e = entity_iri(Class::Enterprise, "太重");
        assert_eq!(entity_class(e.as_str()), Some("enterprise"));
        assert_eq!(entity_type(e.as_str()), Some(ck::ENTERPRISE));
        let g = entity_iri(Class::GovernmentBody, "发改委");
        assert_eq!(entity_type(g.as_str()), Some(ck::GOVERNMENT_BODY));
        assert_eq!(entity_type(&format!("{}robot/x", ck::ID_BASE)), None);
        let a = format!("{}article/0123abcd", ck::ID_BASE);
        assert_eq!(entity_class(&a), None);
        assert_eq!(entity_class(&format!("{a}#char=0,9")), None);
        assert_eq!(entity_class("http://example.org/zone/x"), None);
    }

    #[test]
    fn article_targets() {
        let a = format!("{}article/0123456789abcdef", ck::ID_BASE);
        assert_eq!(
            article_target("0123456789abcdef").as_deref(),
            Some(a.as_str())
        );
        assert_eq!(
            article_target("article/0123456789abcdef").as_deref(),
            Some(a.as_str())
        );
        assert_eq!(article_target(&a).as_deref(), Some(a.as_str()));
        assert_eq!(article_target("data/demo/a.txt"), None);
    }
}
