//! The small lexicons that drive record assembly (SPEC §3): verbs of level,
//! change, comparison and rank, and the words that open a clause.
//!
//! Each word has one [`Word`] class. [`keyword`] is a nom parser that reads
//! the longest lexicon word at the start of its input in O(1) per position
//! (an index by first character built once).

use crate::text::words::WordSet;
use nom::error::{Error, ErrorKind};
use nom::IResult;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The class of a lexicon word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Word {
    /// A level verb: `完成`, `实现`, `达到`, `为`. The noun after it may be
    /// the subject (`完成投资 130.9 亿元`).
    Level,
    /// An upward change: `增长`, `增加`, `提高`, `降幅收窄` (+).
    Up,
    /// A downward change: `下降`, `减少`, `回落`, `压减`, `增幅回落` (−).
    Down,
    /// A comparison upward: `高于`, `快于`, `超` (+); the noun after it is
    /// the basis.
    Above,
    /// A comparison downward: `低于`, `慢于` (−).
    Below,
    /// `比`, `较`: the noun after it is the basis of a change.
    Than,
    /// `同比`, `环比`: the basis itself.
    SamePeriod,
    /// A rank verb: `居`, `位居`, `稳居`, `跃居`; the noun after it is the
    /// ranking group.
    Rank,
    /// `占`: the noun after it is the whole a share is of.
    Share,
    /// `分别`: the values are distributed over subjects or bases.
    Respectively,
    /// A word that ends a subject and carries nothing: `首次`, `大幅`, `共`.
    Adverb,
    /// A plan that holds for its clause: `计划`, `目标`, `预计`.
    Plan,
    /// A plan that holds to the end of its sentence: `谋划`, `力争`.
    SentencePlan,
    /// A noun that contains a verb's characters: `占比`, `比重`, `增速`.
    Noun,
}

/// `(word, class)`; the longest word wins where two share a start. The
/// plan words are in [`PLAN_WORDS`], with their class.
const WORDS: &[(&str, Word)] = &[
    ("完成", Word::Level),
    ("实现", Word::Level),
    ("达到", Word::Level),
    ("达", Word::Level),
    ("为", Word::Level),
    ("是", Word::Level),
    ("有", Word::Level),
    ("共计", Word::Level),
    ("总计", Word::Level),
    ("累计", Word::Level),
    ("共", Word::Level),
    ("稳定在", Word::Level),
    ("保持在", Word::Level),
    ("控制在", Word::Level),
    ("维持在", Word::Level),
    ("增长", Word::Up),
    ("增加", Word::Up),
    ("提高", Word::Up),
    ("提升", Word::Up),
    ("上升", Word::Up),
    ("净增", Word::Up),
    ("多增", Word::Up),   // 同比多增 (SPEC, "More forms")
    ("少增", Word::Down), // 同比少增 356.2 亿元
    ("拉动", Word::Up),
    ("增", Word::Up),
    ("降幅收窄", Word::Up),
    ("收窄", Word::Down),
    ("缩小", Word::Down),
    ("扩大", Word::Up),
    ("由", Word::Than),
    ("降幅缩小", Word::Up),
    ("下降", Word::Down),
    ("放缓", Word::Down),
    ("减缓", Word::Down),
    ("趋缓", Word::Down),
    ("压缩", Word::Down),
    ("缩短", Word::Down),
    ("加快", Word::Up),
    ("提速", Word::Up),
    ("延长", Word::Up),
    ("下跌", Word::Down),
    ("上涨", Word::Up),
    ("上扬", Word::Up),
    ("回升", Word::Up),
    ("攀升", Word::Up),
    ("减少", Word::Down),
    ("回落", Word::Down),
    ("压减", Word::Down),
    ("降低", Word::Down),
    ("下滑", Word::Down),
    ("下拉", Word::Down),
    ("减", Word::Down),
    ("降", Word::Down),
    ("增幅回落", Word::Down),
    ("增速回落", Word::Down),
    ("降幅扩大", Word::Down),
    ("高于", Word::Above),
    ("高出", Word::Above),
    ("快于", Word::Above),
    ("超过", Word::Above),
    ("超出", Word::Above),
    ("超", Word::Above),
    ("多于", Word::Above),
    ("低于", Word::Below),
    ("慢于", Word::Below),
    ("少于", Word::Below),
    ("比", Word::Than),
    ("较", Word::Than),
    ("同比", Word::SamePeriod),
    ("环比", Word::SamePeriod),
    ("居", Word::Rank),
    ("位居", Word::Rank),
    ("稳居", Word::Rank),
    ("跃居", Word::Rank),
    ("升至", Word::Rank),
    ("跃升至", Word::Rank),
    ("跃升", Word::Rank),
    ("位列", Word::Rank),
    ("列", Word::Rank),
    ("排名", Word::Rank),
    ("排", Word::Rank),
    ("占", Word::Share),
    ("分别", Word::Respectively),
    ("分居", Word::Respectively), // 分居全省第4、第3位
    ("分列", Word::Respectively),
    ("首次", Word::Adverb),
    ("大幅", Word::Adverb),
    ("均", Word::Adverb),
    ("已", Word::Adverb),
    ("仅", Word::Adverb),
    ("再", Word::Adverb),
    ("又", Word::Adverb),
    ("占比", Word::Noun),
    ("比重", Word::Noun),
    ("比例", Word::Noun),
    ("增速", Word::Noun),
    ("增幅", Word::Noun),
    ("增量", Word::Noun),
    ("增值", Word::Noun),
    ("增长率", Word::Noun),
    ("降幅", Word::Noun),
    ("为主", Word::Noun),
    ("为代表", Word::Noun),
    ("有限", Word::Noun),
    ("有关", Word::Noun),
    ("有效", Word::Noun),
    ("是否", Word::Noun),
    ("列入", Word::Noun),
    ("居民", Word::Noun),
    ("达标", Word::Noun),
    ("超市", Word::Noun),
    ("较大", Word::Noun),
    ("比较", Word::Noun),
    ("共享", Word::Noun),
    ("共同", Word::Noun),
    ("完成率", Word::Noun),
    ("实现率", Word::Noun),
    ("均衡", Word::Noun),
    ("人均", Word::Noun),
    ("平均", Word::Noun),
    ("计划总投资", Word::Noun),
    ("减税", Word::Noun),
    ("降费", Word::Noun),
    ("增值税", Word::Noun),
    ("可比", Word::Noun),
    ("保有量", Word::Noun),
    ("占有率", Word::Noun),
    ("减免", Word::Noun),
    ("减税降费", Word::Noun),
    ("人居", Word::Noun),
    ("安居", Word::Noun),
    ("宜居", Word::Noun),
    ("民居", Word::Noun),
    ("再就业", Word::Noun),
    ("实有", Word::Noun),
    ("户均", Word::Noun),
    ("均价", Word::Noun),
    ("均值", Word::Noun),
    ("可以", Word::Noun),
    ("可能", Word::Noun),
    ("场均", Word::Noun),
    ("增长面", Word::Noun),
    ("存贷比", Word::Noun),
    ("收入比", Word::Noun),
    ("之比", Word::Noun),
    ("性价比", Word::Noun),
    ("比价", Word::Noun),
    ("平均水平", Word::Noun),
    ("增加值", Word::Noun),
    ("增长点", Word::Noun),
    ("由于", Word::Noun),
    ("自由", Word::Noun),
    ("理由", Word::Noun),
    ("经由", Word::Noun),
    ("扩大内需", Word::Noun),
    ("通达", Word::Noun),
    ("到达", Word::Noun),
    ("具有", Word::Noun),
    ("公有", Word::Noun),
    ("拥有", Word::Noun),
    ("享有", Word::Noun),
    ("年均", Word::Noun),
    ("比如", Word::Noun),
    ("超大", Word::Noun),
    ("超高", Word::Noun),
    ("超级", Word::Noun),
    ("为了", Word::Noun),
    ("为此", Word::Noun),
    ("列为", Word::Noun),
    ("增强", Word::Noun),
    ("公共", Word::Noun),
    ("中共", Word::Noun),
    ("国有", Word::Noun),
    ("所有", Word::Noun),
    ("现有", Word::Noun),
    ("有序", Word::Noun),
    ("持有", Word::Noun),
    ("含有", Word::Noun),
    ("没有", Word::Noun),
    ("行列", Word::Noun),
    ("系列", Word::Noun),
    ("列车", Word::Noun),
    ("排放", Word::Noun),
    ("安排", Word::Noun),
    ("排查", Word::Noun),
    ("排污", Word::Noun),
    ("排水", Word::Noun),
    ("较快", Word::Noun),
    ("较好", Word::Noun),
    ("较高", Word::Noun),
    ("较低", Word::Noun),
    ("超低", Word::Noun),
    ("新增", Word::Noun),
    ("降水", Word::Noun),
    ("降雨", Word::Noun),
    ("行为", Word::Noun),
    ("作为", Word::Noun),
    ("均等", Word::Noun),
    ("再生", Word::Noun),
    ("发达", Word::Noun),
    ("下达", Word::Noun),
    ("传达", Word::Noun),
    ("表达", Word::Noun),
    ("占地", Word::Noun),
    ("占用", Word::Noun),
    ("居住", Word::Noun),
    ("居家", Word::Noun),
    ("增收节支", Word::Noun),
    ("比赛", Word::Noun),
    ("对比", Word::Noun),
    ("成为", Word::Noun),
    ("因为", Word::Noun),
    ("认为", Word::Noun),
    ("以为", Word::Noun),
];

/// A hasher for `char` keys: one multiplication. The keys are the
/// crate's own lexicon, so no protection against chosen collisions is
/// needed, and [`keyword`] runs once per character of every lead.
#[derive(Default)]
struct CharHasher(u64);

impl std::hash::Hasher for CharHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type CharMap<V> = HashMap<char, V, std::hash::BuildHasherDefault<CharHasher>>;

/// [`WORDS`] and the plan words that have a class in a lead.
fn all_words() -> impl Iterator<Item = (&'static str, Word)> {
    let plans = PLAN_WORDS
        .iter()
        .filter_map(|p| p.class.map(|class| (p.word, class)));
    WORDS.iter().copied().chain(plans)
}

/// Values listed by the first character of their word, with a bit per
/// BMP character for the common answer "no word starts here" (most
/// characters of a lead start none).
struct ByFirstChar<T> {
    /// Bit `c` is set when some word starts with `c` (BMP only; a
    /// character beyond it is looked up in `map`).
    starts: Vec<u64>,
    map: CharMap<Vec<T>>,
}

impl<T> ByFirstChar<T> {
    /// `items` with their words, each list sorted longest word first
    /// (`word_of` gives an item's word).
    fn new(items: impl Iterator<Item = T>, word_of: impl Fn(&T) -> &str) -> ByFirstChar<T> {
        let mut starts = vec![0u64; 0x10000 / 64];
        let mut map: CharMap<Vec<T>> = CharMap::default();
        for item in items {
            if let Some(c) = word_of(&item).chars().next() {
                if let Some(bits) = starts.get_mut(c as usize / 64) {
                    *bits |= 1 << (c as usize % 64);
                }
                map.entry(c).or_default().push(item);
            }
        }
        for list in map.values_mut() {
            list.sort_by_key(|item| std::cmp::Reverse(word_of(item).len()));
        }
        ByFirstChar { starts, map }
    }

    /// The items whose word starts with `c`.
    fn get(&self, c: char) -> Option<&[T]> {
        let code = c as usize;
        if self
            .starts
            .get(code / 64)
            .is_some_and(|b| b & (1 << (code % 64)) == 0)
        {
            return None;
        }
        self.map.get(&c).map(Vec::as_slice)
    }
}

/// Words indexed by first character, longest first.
static BY_FIRST_CHAR: LazyLock<ByFirstChar<(&'static str, Word)>> =
    LazyLock::new(|| ByFirstChar::new(all_words(), |(w, _)| w));

/// A list of words indexed by first character, for the longest word at
/// the start of a text in one lookup (lists are read on every clause
/// and every subject).
pub(crate) struct WordIndex(ByFirstChar<&'static str>);

impl WordIndex {
    fn new(lists: &[&[&'static str]]) -> WordIndex {
        let mut words: Vec<&'static str> = lists.iter().flat_map(|l| l.iter().copied()).collect();
        words.sort_unstable();
        words.dedup();
        WordIndex(ByFirstChar::new(words.into_iter(), |w| w))
    }

    /// The longest word `text` starts with.
    pub(crate) fn prefix(&self, text: &str) -> Option<&'static str> {
        let first = text.chars().next()?;
        self.0
            .get(first)?
            .iter()
            .find(|w| text.starts_with(**w))
            .copied()
    }

    /// Whether `text` is one of the words.
    pub(crate) fn contains(&self, text: &str) -> bool {
        text.chars()
            .next()
            .and_then(|first| self.0.get(first))
            .is_some_and(|words| words.contains(&text))
    }
}

/// [`CONNECTIVES`], indexed.
pub(crate) static CONNECTIVE_INDEX: LazyLock<WordIndex> =
    LazyLock::new(|| WordIndex::new(&[CONNECTIVES, &plan_words(OPENS_CLAUSE)]));

/// [`SCOPES`], indexed.
pub(crate) static SCOPE_INDEX: LazyLock<WordIndex> = LazyLock::new(|| WordIndex::new(&[SCOPES]));

/// [`ACTION_VERBS`], indexed.
pub(crate) static ACTION_VERB_INDEX: LazyLock<WordIndex> =
    LazyLock::new(|| WordIndex::new(&[ACTION_VERBS]));

/// [`OPENING_MODIFIERS`] and [`ACTION_VERBS`], indexed.
pub(crate) static OPENER_INDEX: LazyLock<WordIndex> =
    LazyLock::new(|| WordIndex::new(&[OPENING_MODIFIERS, ACTION_VERBS]));

/// Reads the longest lexicon word at the start of `input`.
pub(crate) fn keyword(input: &str) -> IResult<&str, (&str, Word)> {
    let fail = || nom::Err::Error(Error::new(input, ErrorKind::Tag));
    let first = input.chars().next().ok_or_else(fail)?;
    let list = BY_FIRST_CHAR.get(first).ok_or_else(fail)?;
    list.iter()
        .find(|(w, _)| input.starts_with(w))
        .map(|&(w, class)| (&input[w.len()..], (w, class)))
        .ok_or_else(fail)
}

/// Words that open a clause and name neither subject nor scope.
pub(crate) const CONNECTIVES: &[&str] = &[
    "其中",
    "同时",
    "此外",
    "另外",
    "其次",
    "据了解",
    "据统计",
    "据悉",
    "经测算",
    "按不变价格计算",
    "按不变价计算",
    "按可比价计算",
    "扣除价格因素",
    "全年度",
    "全年",
    "截至",
    "截止",
    "本次",
    "此次",
    "这次",
    "共有",
    "新增",
    "按可比口径",
    "按可比价格计算",
    "按现价计算",
];

/// Anaphora to the event of the brief's opening: the figures after them
/// take the brief's first period and scope (`本次集中开工的 22 个项目`).
pub(crate) const THIS_EVENT: &[&str] = &["本次", "此次", "这次"];

/// Subjects that name an attribute of the subject before them:
/// `总量稳居全省第 3 位` is the 总量 of the 一般公共预算收入.
pub(crate) const ATTRIBUTES: &[&str] = &[
    "总量",
    "增速",
    "增幅",
    "占比",
    "比重",
    "位次",
    "规模",
    "总额",
    "降幅",
    "实际增速",
    "名义增速",
];

/// Scopes written as fixed words (SPEC §3, `scope`).
pub(crate) const SCOPES: &[&str] = &[
    "全市", "我市", "本市", "该市", "全县", "我县", "本县", "该县", "全区", "我区", "本区", "该区",
    "全省", "我省", "本省", "全国", "全镇", "全乡", "全州",
];

/// Characters before `市`/`县`/`区`/`省` that make a common word, not a
/// place name (`城市`, `超市`, `社区`, `园区`).
pub(crate) const NOT_A_PLACE_BEFORE_SUFFIX: &[char] = &[
    '都', '超', '上', '股', '夜', '菜', '门', '社', '园', '小', '景', '街', '郊', '地', '市', '县',
    '区', '省', '范', '发', '新', '老', '旧', '山', '矿', '库', '校', '片', '辖', '政', '节', '反',
];

/// Verbs that end a noun read after a count (`两所高校获批…`).
pub(crate) const AFTER_COUNT_STOPS: &[&str] = &[
    "集中", "开工", "获批", "落地", "签约", "竣工", "投产", "入选", "通过", "纳入", "实施", "打造",
    "建成", "改造", "创建", "进行", "开展", "参与", "达到", "接近", "的", "和", "及", "与", "等",
];

/// A plan word: what it is in a lead, and what it plans (SPEC §3,
/// `planned`, and "Targets and forecasts").
pub(crate) struct PlanWord {
    pub(crate) word: &'static str,
    /// Its class when a lead is read word by word ([`keyword`]): a plan
    /// for its clause, or for the rest of its sentence.
    pub(crate) class: Option<Word>,
    /// What it does, as [`SENTENCE`], [`CLAUSE`], [`LIST`] and
    /// [`OPENS_CLAUSE`] bits.
    pub(crate) does: u8,
}

/// The rest of the sentence is a target: `力争`, `确保`, `至少`, `每年`.
pub(crate) const SENTENCE: u8 = 1;
/// The clause is a plan where the word stands before its figure:
/// `年度计划投资`, `目标`.
pub(crate) const CLAUSE: u8 = 2;
/// In a clause ending with a colon it opens a list of targets
/// (`主要预期目标是:`, `主要预期指标为:`, `规划目标:`).
pub(crate) const LIST: u8 = 4;
/// It opens a clause and names neither subject nor scope
/// (`预计全年增长6%`): a connective.
pub(crate) const OPENS_CLAUSE: u8 = 8;

const fn plan(word: &'static str, class: Option<Word>, does: u8) -> PlanWord {
    PlanWord { word, class, does }
}

/// Every plan word, one row each: the lists the rules read
/// ([`SENTENCE_PLANS`], [`CLAUSE_PLANS`], [`LIST_PLANS`], the lead
/// classes and the connectives) are derived from it.
///
/// | text | planned |
/// |---|---|
/// | `力争全年增长6%` | the rest of the sentence |
/// | `年度计划投资 50 亿元` | the clause's figure |
/// | `主要预期目标是:…；…。` | every item of the list |
pub(crate) const PLAN_WORDS: &[PlanWord] = &[
    plan("计划", Some(Word::Plan), CLAUSE | LIST),
    plan("目标", Some(Word::Plan), CLAUSE | LIST),
    plan("预计", Some(Word::Plan), SENTENCE | CLAUSE | OPENS_CLAUSE),
    plan("拟", Some(Word::Plan), CLAUSE),
    plan("每年", Some(Word::Plan), SENTENCE),
    plan("谋划", Some(Word::SentencePlan), SENTENCE),
    plan("力争", Some(Word::SentencePlan), SENTENCE | OPENS_CLAUSE),
    plan("确保", Some(Word::SentencePlan), SENTENCE | OPENS_CLAUSE),
    plan("规划", Some(Word::SentencePlan), SENTENCE | LIST),
    plan("将", None, SENTENCE),
    plan("至少", None, SENTENCE),
    plan("不少于", None, SENTENCE),
    plan("不低于", None, SENTENCE),
    plan("年内", None, SENTENCE),
    plan("指标", None, LIST),
    plan("预期", None, LIST),
];

/// The plan words that do `what` (any of its bits), in table order.
fn plan_words(what: u8) -> Vec<&'static str> {
    PLAN_WORDS
        .iter()
        .filter(|p| p.does & what != 0)
        .map(|p| p.word)
        .collect()
}

/// Words that make the rest of a sentence a target.
pub(crate) static SENTENCE_PLANS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| plan_words(SENTENCE));

/// Words that make a clause a plan.
pub(crate) static CLAUSE_PLANS: LazyLock<Vec<&'static str>> = LazyLock::new(|| plan_words(CLAUSE));

/// Words that, in a clause ending with a colon, open a list of targets.
pub(crate) static LIST_PLANS: LazyLock<Vec<&'static str>> = LazyLock::new(|| plan_words(LIST));

/// [`SENTENCE_PLANS`] as one automaton: whether a clause holds any of
/// them is one pass over it.
pub(crate) static SENTENCE_PLAN_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&SENTENCE_PLANS));

/// [`CLAUSE_PLANS`] as one automaton (see [`SENTENCE_PLAN_SET`]).
pub(crate) static CLAUSE_PLAN_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&CLAUSE_PLANS));

/// The province-level divisions, by their short names: a `分别` list of
/// them is a list of scopes (`北京、天津和河北分别为…`).
pub(crate) const PROVINCES: &[&str] = &[
    "北京",
    "天津",
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "上海",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "重庆",
    "四川",
    "贵州",
    "云南",
    "西藏",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
    "台湾",
];

/// Words that start with a plan word but name something else
/// (`计划生育支出`, `计划单列市`).
pub(crate) const NOT_PLANS: &[&str] = &["计划生育", "计划单列"];

/// Words that make a clause a result even in a plan sentence.
pub(crate) const ACHIEVED: &[&str] = &["已", "累计", "了"];

/// Nouns after a small Chinese count that make it a list of aspects, not
/// a figure (`三个方面`, `四个关键环节`, `四个“持续用力”`).
pub(crate) const ABSTRACT_AFTER_COUNT: &[&str] = &[
    "“", "方面", "环节", "关键", "持续", "重点", "坚持", "全面", "意识", "自信", "维护", "确保",
    "结合", "优先", "转变", "体系", "机制", "统筹", "突出", "层面", "阶段", "维度", "原则", "着力",
    "聚焦", "必须", "不断", "一批",
];

/// Words before a span of years that make it a period, not a figure
/// (`过去一百年`, `未来三十年`, `前瞻 30 年`).
pub(crate) const PERIOD_BEFORE_YEARS: &[&str] = &[
    "过去", "未来", "前瞻", "近", "经过", "今后", "这", "历经", "用",
];

/// Verbs of action that open a subject and are not part of it
/// (`建成高标准农田`, `开展重大支撑性研究课题`): the subject is what
/// follows the last of them.
pub(crate) const ACTION_VERBS: &[&str] = &[
    "建成",
    "新建成",
    "新建",
    "建设",
    "引进",
    "开展",
    "培育",
    "新培育",
    "打造",
    "帮扶",
    "安排",
    "形成",
    "实施",
    "创建",
    "改造",
    "完成",
    "新增",
    "累计",
    "推动",
    "支持",
    "组织",
    "办结",
    "引导",
    "发展",
    "落实",
    "争创",
    "拥有",
    "认定",
    "招引",
    "签约",
    "提供",
    "启动",
];

/// Modifiers that open a subject: `三年内至少引进…`, `每年…`.
pub(crate) const OPENING_MODIFIERS: &[&str] = &[
    "至少", "每年", "累计", "共", "均", "再", "力争", "确保", "争取", "全部", "逐步", "连续",
    "预计",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_find_the_longest_word() {
        assert_eq!(OPENER_INDEX.prefix("新建成标准化村卫生室"), Some("新建成"));
        assert_eq!(CONNECTIVE_INDEX.prefix("其中，"), Some("其中"));
        assert_eq!(SCOPE_INDEX.prefix("全市工业"), Some("全市"));
        assert_eq!(SCOPE_INDEX.prefix("工业"), None);
        assert_eq!(SCOPE_INDEX.prefix(""), None);
    }

    #[test]
    fn longest_word_wins() {
        assert_eq!(keyword("降幅收窄2个").unwrap().1, ("降幅收窄", Word::Up));
        assert_eq!(keyword("降低2个").unwrap().1, ("降低", Word::Down));
        assert_eq!(keyword("占比居").unwrap().1, ("占比", Word::Noun));
        assert_eq!(keyword("占全部").unwrap().1, ("占", Word::Share));
        assert!(keyword("投资").is_err());
        assert!(keyword("").is_err());
    }

    #[test]
    fn plan_lists_come_from_the_plan_table() {
        assert!(PLAN_WORDS.iter().all(|p| p.does != 0));
        assert_eq!(*CLAUSE_PLANS, ["计划", "目标", "预计", "拟"]);
        assert_eq!(*LIST_PLANS, ["计划", "目标", "规划", "指标", "预期"]);
        assert!(SENTENCE_PLANS.contains(&"力争") && !SENTENCE_PLANS.contains(&"计划"));
        assert_eq!(CONNECTIVE_INDEX.prefix("力争全年"), Some("力争"));
        assert_eq!(
            keyword("规划到2025年").unwrap().1,
            ("规划", Word::SentencePlan)
        );
    }

    #[test]
    fn every_word_is_found_as_itself_or_longer() {
        for (w, class) in all_words() {
            let (rest, (found, found_class)) = keyword(w).unwrap();
            assert_eq!((rest, found, found_class), ("", w, class), "{w}");
        }
    }
}
