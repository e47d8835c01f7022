//! Extraction scored against gold annotations, with the bounds asserted.

use crate::common::{root, sample};
use chainkg::extract::Extractor;
use chainkg::lexicon::Lexicon;
use chainkg::tools::eval::evaluate;

fn extractor() -> Extractor {
    Extractor::new(Lexicon::builtin().unwrap()).unwrap()
}

#[test]
fn sample_page_meets_precision_and_recall_bounds() {
    if sample().is_none() {
        return;
    }
    let report = evaluate(&root().join("tests/gold"), &extractor()).unwrap();
    eprintln!("{}", report.table());
    let m = report.micro;
    assert!(
        m.precision() >= P_SAMPLE,
        "micro precision {:.3} < {P_SAMPLE}",
        m.precision()
    );
    assert!(
        m.recall() >= R_SAMPLE,
        "micro recall {:.3} < {R_SAMPLE}",
        m.recall()
    );
}

#[test]
fn own_articles_meet_precision_and_recall_bounds() {
    let report = evaluate(&root().join("tests/gold-extra"), &extractor()).unwrap();
    eprintln!("{}", report.table());
    let m = report.micro;
    assert!(
        m.precision() >= P_EXTRA,
        "micro precision {:.3} < {P_EXTRA}",
        m.precision()
    );
    assert!(
        m.recall() >= R_EXTRA,
        "micro recall {:.3} < {R_EXTRA}",
        m.recall()
    );
}

/// The development corpus of real articles (`../shared/corpus/dev`, gold
/// written before any extractor ran) keeps the floor reached: entities
/// (type + alias) and relations + values, micro F1.
#[test]
fn dev_corpus_meets_its_floor() {
    let dir = root().join("../shared/corpus/dev");
    if !dir.is_dir() {
        if std::env::var_os("CI").is_some() {
            panic!("../shared/corpus/dev is missing in CI: {}", dir.display());
        }
        eprintln!("skipped: ../shared/corpus/dev is absent");
        return;
    }
    let report = evaluate(&dir, &extractor()).unwrap();
    eprintln!("{}", report.table());
    let entities = report.kinds(&["type", "alias"]).f1();
    let relations = report.kinds(&["rel", "val"]).f1();
    assert!(
        entities >= F1_DEV_ENTITIES,
        "entities F1 {entities:.3} < {F1_DEV_ENTITIES}"
    );
    assert!(
        relations >= F1_DEV_RELATIONS,
        "relations+values F1 {relations:.3} < {F1_DEV_RELATIONS}"
    );
}

const F1_DEV_ENTITIES: f64 = 0.85;
const F1_DEV_RELATIONS: f64 = 0.72;
const P_SAMPLE: f64 = 0.90;
const R_SAMPLE: f64 = 0.85;
const P_EXTRA: f64 = 0.88;
const R_EXTRA: f64 = 0.85;
