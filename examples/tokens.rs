//! Prints the segmenter's tokens and POS tags for each line of stdin, with
//! chainkg's lexicons loaded: a tool for writing extraction rules.

use std::io::BufRead;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let lex = chainkg::lexicon::Lexicon::builtin()?;
    let jieba = lex.segmenter()?;
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let tags: Vec<String> = jieba
            .tag(&line, true)
            .iter()
            .map(|t| format!("{}/{}", t.word, t.tag))
            .collect();
        println!("{}", tags.join(" "));
    }
    Ok(())
}
