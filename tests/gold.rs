//! Extraction scored against gold annotations, with the bounds asserted.

use crate::common::{root, sample};
use chainkg::eval::evaluate;
use chainkg::extract::Extractor;
use chainkg::lexicon::Lexicon;

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

const P_SAMPLE: f64 = 0.90;
const R_SAMPLE: f64 = 0.85;
const P_EXTRA: f64 = 0.88;
const R_EXTRA: f64 = 0.85;
