//! Numbers and quantities as Chinese news writes them, normalized.
//!
//! `2.74 亿元` → 274000000 (yuan), `3.53 万平方米` → 35300 (m²), `2×15 万吨` →
//! 300000 (t), `两个` → 2, `95%` → 0.95. Arithmetic is exact decimal, so the
//! literals in the graph are exactly what the text says.

use crate::text::numerals::han_digits;
use regex::Regex;
use std::sync::LazyLock;

/// An exact decimal: `mantissa × 10^-scale`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decimal {
    mantissa: i128,
    scale: u32,
}

impl Decimal {
    /// Parses `123`, `2.74`, `48884.51`.
    pub fn parse(s: &str) -> Option<Decimal> {
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        if !int.chars().chain(frac.chars()).all(|c| c.is_ascii_digit()) || frac.len() > 12 {
            return None;
        }
        let digits = format!("{int}{frac}");
        Some(Decimal {
            mantissa: digits.parse().ok()?,
            scale: frac.len() as u32,
        })
    }

    pub fn from_int(v: i128) -> Decimal {
        Decimal {
            mantissa: v,
            scale: 0,
        }
    }

    /// Multiplies by 10^k.
    /// Multiplies by 10^k; `None` when the result does not fit.
    pub fn shift(self, k: u32) -> Option<Decimal> {
        if self.scale >= k {
            Some(Decimal {
                mantissa: self.mantissa,
                scale: self.scale - k,
            })
        } else {
            Some(Decimal {
                mantissa: self
                    .mantissa
                    .checked_mul(10i128.checked_pow(k - self.scale)?)?,
                scale: 0,
            })
        }
    }

    /// Divides by 10^k.
    pub fn unshift(self, k: u32) -> Decimal {
        Decimal {
            mantissa: self.mantissa,
            scale: self.scale + k,
        }
    }

    /// The product; `None` when it does not fit.
    pub fn times(self, other: Decimal) -> Option<Decimal> {
        Some(Decimal {
            mantissa: self.mantissa.checked_mul(other.mantissa)?,
            scale: self.scale + other.scale,
        })
    }

    /// Multiplies by `num / den`, rounded to two decimals (for 亩 → m²).
    pub fn ratio(self, num: i128, den: i128) -> Option<Decimal> {
        // value × num / den with two decimals, rounded half up.
        let m = self.mantissa.checked_mul(num)?.checked_mul(100)?;
        let d = den.checked_mul(10i128.checked_pow(self.scale)?)?;
        Some(
            Decimal {
                mantissa: (m + d / 2) / d,
                scale: 2,
            }
            .normalized(),
        )
    }

    fn normalized(mut self) -> Decimal {
        while self.scale > 0 && self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.scale -= 1;
        }
        self
    }

    pub fn as_f64(self) -> f64 {
        self.mantissa as f64 / 10f64.powi(self.scale as i32)
    }
}

impl std::fmt::Display for Decimal {
    /// The `xsd:decimal` lexical form, without trailing zeros.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let d = self.normalized();
        let neg = d.mantissa < 0;
        let digits = d.mantissa.unsigned_abs().to_string();
        let scale = d.scale as usize;
        let (int, frac) = if digits.len() > scale {
            (
                digits[..digits.len() - scale].to_string(),
                digits[digits.len() - scale..].to_string(),
            )
        } else {
            (
                "0".to_string(),
                format!("{}{}", "0".repeat(scale - digits.len()), digits),
            )
        };
        if neg {
            f.write_str("-")?;
        }
        f.write_str(&int)?;
        if !frac.is_empty() {
            write!(f, ".{frac}")?;
        }
        Ok(())
    }
}

/// Value of a Chinese numeral (`两`, `三十`, `一百二十`, `十一`).
pub fn chinese_numeral(s: &str) -> Option<i128> {
    let digit = |c: char| -> Option<i128> {
        Some(match c {
            '零' | '〇' => 0,
            '一' => 1,
            '二' | '两' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            _ => return None,
        })
    };
    if s.is_empty() {
        return None;
    }
    let (mut total, mut section, mut number) = (0i128, 0i128, 0i128);
    let mut seen_digit = false;
    for c in s.chars() {
        if let Some(d) = digit(c) {
            number = d;
            seen_digit = true;
            continue;
        }
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            '万' => 10_000,
            '亿' => 100_000_000,
            _ => return None,
        };
        if unit >= 10_000 {
            total += (section + number) * unit;
            section = 0;
        } else {
            // 十 alone means 10.
            let n = if number == 0 && !seen_digit {
                1
            } else {
                number
            };
            section += n * unit;
        }
        number = 0;
        seen_digit = false;
    }
    Some(total + section + number)
}

/// A number pattern: Arabic (with `×` products) or Chinese numerals.
pub const NUMBER: &str = concat!(
    r"(?:\d+(?:\.\d+)?(?:×\d+(?:\.\d+)?)?|[零〇两",
    han_digits!(),
    r"百千]+)"
);

/// Parses a [`NUMBER`] match (with an optional 万/亿/千 magnitude).
pub fn parse_number(num: &str, magnitude: &str) -> Option<Decimal> {
    let mut value: Option<Decimal> = None;
    for factor in num.split('×') {
        let f =
            Decimal::parse(factor).or_else(|| chinese_numeral(factor).map(Decimal::from_int))?;
        value = Some(match value {
            None => f,
            Some(v) => v.times(f)?,
        });
    }
    let v = value?;
    Some(match magnitude {
        "万" => v.shift(4)?,
        "亿" => v.shift(8)?,
        "千" => v.shift(3)?,
        "百" => v.shift(2)?,
        "万亿" => v.shift(12)?,
        _ => v,
    })
}

/// Units of amounts, with their base unit and factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Yuan,
    SquareMetre,
    Tonne,
    CubicMetre,
    Percent,
    Count,
    KilowattHour,
    Kilowatt,
}

/// Converts a unit word to the base unit: returns the unit and the value in it.
pub fn to_base(value: Decimal, unit_word: &str) -> Option<(Unit, Decimal)> {
    let u = unit_word.trim();
    Some(match u {
        "元" => (Unit::Yuan, value),
        "万元" => (Unit::Yuan, value.shift(4)?),
        "亿元" => (Unit::Yuan, value.shift(8)?),
        "平方米" | "m2" | "㎡" | "平米" | "m²" => (Unit::SquareMetre, value),
        "万平方米" | "万m2" | "万㎡" | "万平米" => (Unit::SquareMetre, value.shift(4)?),
        // (Films and membranes are made by the 亿平方米 a year.)
        "亿平方米" => (Unit::SquareMetre, value.shift(8)?),
        "平方千米" | "平方公里" | "km2" | "km²" | "k㎡" => {
            (Unit::SquareMetre, value.shift(6)?)
        }
        "公顷" => (Unit::SquareMetre, value.shift(4)?),
        "亩" => (Unit::SquareMetre, value.ratio(10_000, 15)?),
        "万亩" => (Unit::SquareMetre, value.shift(4)?.ratio(10_000, 15)?),
        "吨" | "t" => (Unit::Tonne, value),
        "万吨" | "万t" => (Unit::Tonne, value.shift(4)?),
        "亿吨" => (Unit::Tonne, value.shift(8)?),
        "千吨" => (Unit::Tonne, value.shift(3)?),
        "m3" | "立方米" | "立方" | "方" | "m³" => (Unit::CubicMetre, value),
        "万m3" | "万立方米" | "万立方" | "万方" | "万m³" => {
            (Unit::CubicMetre, value.shift(4)?)
        }
        "亿m3" | "亿立方米" | "亿方" => (Unit::CubicMetre, value.shift(8)?),
        "%" => (Unit::Percent, value),
        "千瓦时" | "度" | "kWh" => (Unit::KilowattHour, value),
        "MWh" | "MWH" | "兆瓦时" => (Unit::KilowattHour, value.shift(3)?),
        "GWh" | "GWH" | "吉瓦时" => (Unit::KilowattHour, value.shift(6)?),
        "万千瓦时" | "万度" => (Unit::KilowattHour, value.shift(4)?),
        "亿千瓦时" | "亿度" => (Unit::KilowattHour, value.shift(8)?),
        "千瓦" | "kW" => (Unit::Kilowatt, value),
        "万千瓦" => (Unit::Kilowatt, value.shift(4)?),
        "兆瓦" | "MW" => (Unit::Kilowatt, value.shift(3)?),
        "吉瓦" | "GW" => (Unit::Kilowatt, value.shift(6)?),
        "件" | "台" | "套" | "辆" | "个" | "只" | "片" | "块" | "部" | "万件" | "万台" | "万套"
        | "万辆" | "万个" | "万只" | "万片" | "万块" | "万部" | "亿件" | "亿个" | "亿只"
        | "亿片" | "支" | "粒" | "瓶" | "盒" | "袋" | "万支" | "万粒" | "万瓶" | "万盒"
        | "万袋" | "亿支" | "亿粒" | "亿瓶" | "亿盒" | "亿袋" | "双" | "万双" | "亿双" =>
        {
            let k = if u.starts_with('万') {
                4
            } else if u.starts_with('亿') {
                8
            } else {
                0
            };
            (Unit::Count, value.shift(k)?)
        }
        _ => return None,
    })
}

/// Unit words accepted after a number, longest first (for regexes).
pub const UNIT_WORDS: &str = concat!(
    r"(?:万平方米|亿平方米|平方千米|平方公里|万m2|万㎡|万平米|平方米|万亩|公顷|平米|m2|㎡|km2|km²|k㎡|亩",
    r"|亿元|万元|元",
    r"|万吨|亿吨|千吨|吨",
    r"|万立方米|亿立方米|万m3|亿m3|立方米|m3|万方|万立方",
    r"|万千瓦时|亿千瓦时|千瓦时|吉瓦时|兆瓦时|GWh|GWH|MWh|MWH|kWh|万千瓦|千瓦|兆瓦|吉瓦|MW|GW|kW",
    r"|万件|万台|万套|万辆|万个|万只|万片|万块|万部|亿件|亿个|亿只|亿片|件|台|套|辆|只|片|块|部",
    // Pharmaceuticals and packaged goods (注射剂2.4亿支, 胶囊10亿粒).
    r"|万支|亿支|万粒|亿粒|万瓶|亿瓶|万盒|亿盒|万袋|亿袋|支|粒|瓶|盒|袋",
    // Shoes, socks and gloves (旅游鞋200万双).
    r"|万双|亿双|双)"
);

static DATE_YM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?").expect("static regex")
});

/// How many chars a date opening `chars` takes (2019年, 2022年度, 自2019年
/// 3月, 从2023年5月8日): a clause's time before a name, never part of it; 0
/// when no date opens them.
pub fn date_opening(chars: &[char]) -> usize {
    let digits = |from: usize, max: usize| {
        chars
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take(max + 1)
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut at = usize::from(chars.first().is_some_and(|c| "自从于".contains(*c)));
    if digits(at, 4) != 4 || chars.get(at + 4) != Some(&'年') {
        return 0;
    }
    at += 5;
    // (2022年度: the year as a period.)
    if chars.get(at) == Some(&'度') {
        return at + 1;
    }
    for unit in ['月', '日'] {
        let n = digits(at, 2);
        if (1..=2).contains(&n) && chars.get(at + n) == Some(&unit) {
            at += n + 1;
        } else {
            break;
        }
    }
    at
}

/// Where a name over `chars[start..at]` starts past a date opening it, when
/// at least `min` chars are left (2022年度|全国工商联); else `start`.
pub fn past_date(chars: &[char], start: usize, at: usize, min: usize) -> usize {
    let date = date_opening(&chars[start..at]);
    if date > 0 && at - start - date >= min {
        start + date
    } else {
        start
    }
}

/// A date as `xsd:gYearMonth` (`2025-08`), `xsd:date` or, for a year alone
/// (2028年), `xsd:gYear`; the year, when the text leaves it out, comes from
/// `default_year` (the article's date).
pub fn parse_date(s: &str, default_year: Option<i32>) -> Option<String> {
    if let Some(y) = s.strip_suffix('年').filter(|y| y.len() == 4) {
        return y.parse::<u32>().ok().map(|y| format!("{y:04}"));
    }
    // 2025年底: the last month of the year.
    if let Some(y) = s.strip_suffix("年底").or_else(|| s.strip_suffix("年末")) {
        return y.parse::<i32>().ok().map(|y| format!("{y:04}-12"));
    }
    let c = DATE_YM.captures(s)?;
    let year: i32 = match c.name("y") {
        Some(y) => y.as_str().parse().ok()?,
        None => default_year?,
    };
    let month: u32 = c.name("m")?.as_str().parse().ok()?;
    if !(1..=12).contains(&month) {
        return None;
    }
    Some(
        match c.name("d").and_then(|d| d.as_str().parse::<u32>().ok()) {
            Some(d) if (1..=31).contains(&d) => format!("{year:04}-{month:02}-{d:02}"),
            _ => format!("{year:04}-{month:02}"),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_opening_a_stem_is_measured() {
        let at = |s: &str| date_opening(&s.chars().collect::<Vec<_>>());
        assert_eq!(at("2019年岚川集团"), 5);
        assert_eq!(at("自2019年3月岚川集团"), 8);
        assert_eq!(at("从2023年5月18日开工"), 11);
        assert_eq!(at("219年"), 0);
        assert_eq!(at("岚川2019年"), 0);
    }

    fn n(num: &str, mag: &str) -> String {
        parse_number(num, mag).unwrap().to_string()
    }

    #[test]
    fn numbers() {
        assert_eq!(n("2.74", "亿"), "274000000");
        assert_eq!(n("2×15", "万"), "300000");
        assert_eq!(n("两", ""), "2");
        assert_eq!(n("三十", ""), "30");
        assert_eq!(n("十一", ""), "11");
        assert_eq!(n("一百二十", ""), "120");
        assert_eq!(n("48884.51", ""), "48884.51");
    }

    /// Every unit `to_base` knows is read whole after a number (19万平米
    /// is 190,000 m², not 19 of something).
    #[test]
    fn unit_words_read_whole_units() {
        let re = regex::Regex::new(&format!("^(?:{NUMBER})(?P<u>{UNIT_WORDS})$")).unwrap();
        for (text, unit) in [
            ("19万平米", "万平米"),
            ("3.5万平方米", "万平方米"),
            ("120平米", "平米"),
        ] {
            let c = re.captures(text).unwrap();
            assert_eq!(&c["u"], unit, "{text}");
        }
    }

    #[test]
    fn units() {
        let d = |s| Decimal::parse(s).unwrap();
        assert_eq!(
            to_base(d("3.53"), "万平方米").unwrap().1.to_string(),
            "35300"
        );
        assert_eq!(
            to_base(d("2"), "亿平方米").unwrap().1.to_string(),
            "200000000"
        );
        assert_eq!(
            to_base(d("115"), "平方千米").unwrap().1.to_string(),
            "115000000"
        );
        assert_eq!(to_base(d("150"), "亩").unwrap().1.to_string(), "100000");
        assert_eq!(to_base(d("1"), "亩").unwrap().1.to_string(), "666.67");
        assert_eq!(
            to_base(d("12775"), "万m3").unwrap(),
            (Unit::CubicMetre, d("127750000"))
        );
        assert_eq!(
            to_base(d("1.87"), "亿元").unwrap().1.to_string(),
            "187000000"
        );
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("2025年8月", None).as_deref(), Some("2025-08"));
        assert_eq!(
            parse_date("4月11日", Some(2025)).as_deref(),
            Some("2025-04-11")
        );
        assert_eq!(parse_date("4月", None), None);
        assert_eq!(parse_date("2025年底", None).as_deref(), Some("2025-12"));
        assert_eq!(parse_date("2028年", None).as_deref(), Some("2028"));
    }
}
