//! Prints what chainkg extracts from a file, article by article: entities
//! with their names, then facts with rule and sentence. A tool for writing
//! and debugging extraction rules.

use chainkg::extract::Extractor;
use chainkg::model::Value;
use chainkg::pipeline::input::{documents_of, FileKind};
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: extract FILE")?;
    let path = Path::new(&path);
    let text = std::fs::read_to_string(path)?;
    let kind = FileKind::of(path).unwrap_or(FileKind::Text);
    let docs = documents_of(path, &path.display().to_string(), kind, text)?;
    let extractor = Extractor::new(chainkg::lexicon::Lexicon::builtin()?)?;
    for r in chainkg::read_documents(&extractor, &docs) {
        let x = &r.extraction;
        println!(
            "## {}",
            r.article.meta.title.as_deref().unwrap_or("(no title)")
        );
        for e in &x.entities {
            println!(
                "  {:<15} {}  {:?}  [{}]",
                e.class.name(),
                e.label,
                e.alt_labels,
                e.rule
            );
        }
        for f in &x.facts {
            let obj = match &f.value {
                Value::Entity(o) => x.entities[*o].label.clone(),
                other => format!("{other:?}"),
            };
            let p = chainkg::model::vocab::ck::local_name_of(f.property).unwrap_or("?");
            println!(
                "  {} --{p}--> {obj}   [{}] s{}",
                x.entities[f.subject].label, f.rule, f.sentence
            );
        }
    }
    Ok(())
}
