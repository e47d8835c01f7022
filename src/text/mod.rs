//! Text handling: page repair (normalize), article splitting (segment),
//! sentence splitting (sentence) and Han numerals (numerals).

pub mod normalize;
pub mod numerals;
pub mod segment;
pub mod sentence;

/// A Han character (CJK Unified Ideographs and Extension A).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

/// True when the chars `chars` start with `word` (no copy of the word).
pub fn chars_start_with(chars: &[char], word: &str) -> bool {
    let mut rest = chars.iter();
    word.chars().all(|w| rest.next() == Some(&w))
}

/// True when the chars `chars` end with `word`.
pub fn chars_end_with(chars: &[char], word: &str) -> bool {
    let mut rest = chars.iter().rev();
    word.chars().rev().all(|w| rest.next() == Some(&w))
}

/// Common surnames, to find the start of a person's name.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄索宣晋初门云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危玉银亢嵇哈湛宾戎勾茅於呼居揭干但尉冶斯元束檀衣阴昝智幸奉植衡富尧闭由赖洪萧阎";

/// True when `c` is a common surname.
pub fn is_surname(c: char) -> bool {
    SURNAMES.contains(c)
}

/// True when `s` looks like a person's name: two to four Han chars opening
/// with a common surname.
pub fn is_person_name(s: &str) -> bool {
    let n = s.chars().count();
    (2..=4).contains(&n) && s.chars().all(is_han) && s.chars().next().is_some_and(is_surname)
}
