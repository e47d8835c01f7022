//! Normalization and article segmentation of the sample page.

use crate::common::sample;
use chainkg::model::Meta;
use chainkg::text::segment::{segment, ArticleText};
use chainkg::text::sentence::split_sentences;

fn sample_articles() -> Option<(String, Vec<ArticleText>)> {
    let raw = std::fs::read_to_string(sample()?).expect("read sample");
    let articles = segment(&raw, &Meta::default());
    Some((raw, articles))
}

#[test]
fn sample_page_has_six_articles_with_bylines_and_headlines() {
    let Some((_, a)) = sample_articles() else {
        return;
    };
    let got: Vec<(Option<&str>, Option<&str>, Option<&str>)> = a
        .iter()
        .map(|a| {
            (
                a.meta.creator.as_deref(),
                a.meta.title.as_deref(),
                a.meta.publisher.as_deref(),
            )
        })
        .collect();
    let pubr = Some("科学导报");
    assert_eq!(
        got,
        vec![
            (
                Some("王波"),
                Some("晋城经济技术开发区 全力打造国家级光机电产业创新高地"),
                pubr
            ),
            (
                Some("李阳"),
                Some("古县经济技术开发区 以“四个一”助力园区高质量发展"),
                pubr
            ),
            (
                Some("郑婷"),
                Some("山西转型综改示范区汾东污水处理厂水质提升项目桩基工程接近尾声"),
                pubr
            ),
            (Some("李文艳"), None, pubr),
            (
                Some("进晓宇"),
                Some("介休经济技术开发区 特钢产业领航 筑牢发展根基"),
                pubr
            ),
            (
                Some("国庆"),
                Some("屯留经济技术开发区 科技创新 赋能新质生产力"),
                pubr
            ),
        ]
    );
}

#[test]
fn sample_page_defects_are_repaired() {
    let Some((_, a)) = sample_articles() else {
        return;
    };
    let body = |i: usize| a[i].body.text.clone();
    assert!(body(0)
        .starts_with("为深入贯彻国家创新驱动发展战略和山西省产业转型升级部署，晋城经开区立足"));
    // A number broken over two lines, spaces around units.
    assert!(body(1).contains("正在推动宏源公司新增产能79万吨4号焦炉建设项目，"));
    // The recognition slip 2伊15 is 2×15.
    assert!(body(1).contains("古县腾达年产2×15万吨煤焦油深加工项目落地"));
    assert!(body(2).contains("项目建成后具备年处理污水12775万m3的能力"));
    // Stray spaces inside words.
    assert!(
        body(3).contains("洞子头核心区基础设施（站）建设项目，总投资1.87亿元，占地3.53万平方米")
    );
    assert!(body(3).contains("总建筑面积为48884.51m2。"));
    assert!(body(3).contains("2025年8月投入运营"));
    assert!(body(4).contains("R&D") || body(5).contains("高新技术企业11家"));
    // No page header, caption or byline in any body.
    for art in &a {
        let t = &art.body.text;
        for junk in ["亮点新闻", "liangdian", "供图", "科学导报讯"] {
            assert!(!t.contains(junk), "{junk} left in body: {t}");
        }
        assert!(!t.ends_with(art.meta.creator.as_deref().unwrap_or("@")));
    }
}

#[test]
fn sentence_spans_point_into_the_source_file() {
    let Some((raw, a)) = sample_articles() else {
        return;
    };
    let chars: Vec<char> = raw.chars().collect();
    for art in &a {
        for s in split_sentences(&art.body) {
            let (start, end) = s.origin;
            let original: String = chars[start as usize..end as usize]
                .iter()
                .filter(|c| !c.is_whitespace())
                .collect();
            let normalized: String = s.text.chars().filter(|c| !c.is_whitespace()).collect();
            // The source differs only by whitespace and the repaired 伊.
            assert_eq!(original.replace('伊', "×"), normalized.replace('伊', "×"));
        }
    }
}

/// A long page cut into parts (as a build reads one large file) gives the
/// articles, headlines, metadata and offsets of the whole page, whatever
/// the part size and the page's layout.
#[test]
fn a_page_in_parts_gives_the_articles_of_the_whole_page() {
    use chainkg::pipeline::input::Document;
    let root = crate::common::root();
    let lex = chainkg::lexicon::Lexicon::load(Some(&root.join("data/lexicon"))).unwrap();
    let extractor = chainkg::extract::Extractor::new(lex).unwrap();
    let demo = std::fs::read_to_string(root.join("data/demo/page_2025_03.txt")).unwrap();
    let mut pages = vec![
        // Headlines after their bodies (the page opens with a dateline).
        format!("{demo}\n{demo}"),
        // Headlines first (text before the first dateline), one article
        // without a byline, a page header between articles, CRLF lines.
        format!(
            "宣城高新区电驱项目加快建设\n\n{}\n第 3 版  2025年3月5日\n{}",
            demo.replacen(" 刘建平", "", 1),
            demo.replace('\n', "\r\n")
        ),
    ];
    if let Some(s) = sample() {
        let s = std::fs::read_to_string(s).unwrap();
        pages.push(format!("{s}\n{s}"));
    }
    for (p, text) in pages.into_iter().enumerate() {
        let whole = Document {
            source: "page.txt".into(),
            text,
            ..Default::default()
        };
        let expected: Vec<_> = chainkg::read_documents(&extractor, std::slice::from_ref(&whole))
            .iter()
            .map(|r| (r.quads().quads, r.article.meta.title.clone()))
            .collect();
        assert!(expected.len() >= 6, "page {p}: {} articles", expected.len());
        if p == 1 {
            assert_eq!(expected[0].1.as_deref(), Some("宣城高新区电驱项目加快建设"));
        }
        for part_bytes in [1, 700, 5000] {
            let parts = whole.clone().into_parts(part_bytes);
            if part_bytes == 1 {
                assert!(parts.len() >= 5, "page {p}: {} parts", parts.len());
            }
            let got: Vec<_> = chainkg::read_documents(&extractor, &parts)
                .iter()
                .map(|r| (r.quads().quads, r.article.meta.title.clone()))
                .collect();
            assert_eq!(got.len(), expected.len(), "page {p}, parts of {part_bytes}");
            for (k, (g, e)) in got.iter().zip(&expected).enumerate() {
                assert!(
                    g == e,
                    "page {p}, parts of {part_bytes}: article {k} differs"
                );
            }
        }
    }
}
