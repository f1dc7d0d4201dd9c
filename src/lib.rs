//! **tongji** (统计) finds every statistic in Chinese government gazettes
//! and economic news briefs and gives it back exact and traceable: a
//! [`rust_decimal::Decimal`] value, its unit and base unit, its bound, and
//! the byte span where it was printed, even in PDF-damaged text; and it
//! places each figure in its statistical context as an indicator
//! [`Record`]: what is measured, for whom, when, against what, planned or
//! achieved, and which agency says so.
//!
//! The contract is `SPEC.md` (§1 input, §2 numeric expressions, §3
//! indicator records, §4 errors).
//!
//! # Records in one example
//!
//! ```
//! use tongji::{Extractor, Kind};
//!
//! // A news brief as a PDF gives it: headline and body on one line, a figure
//! // broken over lines, the credited agency at the end.
//! let brief = "全年财政收入增速居全省第 5  全年全市一般公共预算收入完成 224.83 亿元，\
//!              总量稳居全省第 3 位；同比增长 13.4%，高于全省 9.1 个百\n\n分点，\
//!              较上年前移 5 个位次。其中，税收收入完成 155.73 亿元，增长 11.2%。\
//!              （市统计局）";
//!
//! let records: Vec<tongji::Record> = Extractor::new().reference_year(2021).records(brief).collect();
//! let table: Vec<(&str, &str, String, Option<&str>)> = records
//!     .iter()
//!     .map(|r| (r.subject.as_deref().unwrap_or(""), r.kind.as_str(), r.quantity.value.to_string(), r.compared_to.as_deref()))
//!     .collect();
//! assert_eq!(table, [
//!     ("财政收入增速", "rank", "5".into(), Some("全省")),           // from the headline
//!     ("一般公共预算收入", "amount", "224.83".into(), None),
//!     ("一般公共预算收入总量", "rank", "3".into(), Some("全省")),
//!     ("一般公共预算收入", "growth", "13.4".into(), Some("同比")),
//!     ("一般公共预算收入", "points", "9.1".into(), Some("全省")),
//!     ("一般公共预算收入", "rank_change", "5".into(), Some("上年")),
//!     ("税收收入", "amount", "155.73".into(), None),
//!     ("税收收入", "growth", "11.2".into(), None),
//! ]);
//!
//! let amount = &records[1];
//! assert_eq!(amount.base().value.to_string(), "22483000000"); // 元, exact
//! assert_eq!(amount.scope.as_deref(), Some("全市"));
//! assert_eq!(amount.source.as_deref(), Some("市统计局"));
//! assert_eq!(amount.headline.as_deref(), Some("全年财政收入增速居全省第 5"));
//! let period = amount.period.as_ref().unwrap();
//! assert_eq!((period.text.as_str(), period.from.unwrap().to_string()), ("全年", "2021-01".into()));
//! assert_eq!(&brief[amount.span.range()], "224.83 亿元");
//! assert!(!amount.planned);
//!
//! // Signs come from verbs: 下降 is negative.
//! let fall = tongji::extract("工业用电量同比下降 2.5%。");
//! assert_eq!((fall[0].kind, fall[0].quantity.value.to_string()), (Kind::Growth, "-2.5".into()));
//!
//! // Targets are planned, with an open-ended period.
//! let plan = tongji::extract("到 2025 年，建成高标准农田 1000 万亩。");
//! assert_eq!(plan[0].subject.as_deref(), Some("高标准农田"));
//! assert!(plan[0].planned);
//! assert_eq!(plan[0].period.as_ref().unwrap().to.unwrap().to_string(), "2025-12");
//! ```
//!
//! With the default `serde` feature a [`Record`] serialises to the SPEC's
//! JSON shape and back. The layout the records are read from (briefs,
//! headlines, sources, columns of other articles cut out) is
//! [`document::Document`], usable on its own.
//!
//! # Mentions: the whole lower layer in one example
//!
//! ```
//! use tongji::{Bound, Family, Mention};
//!
//! // PDF-extracted text: spaces inside figures, a hard line break, full-width digits.
//! let text = "全年全市一般公共预算收入完成 224.83 亿元，总量稳居全省第 3 位；\
//!             同比增长 13.4%，高于全省 9.1 个百\n\n分点，较上年前移 5 个位次，\
//!             约 62.7 亿元，自然增长率-1.16‰，投资１２０万元。";
//!
//! let found: Vec<Mention> = tongji::mentions(text).collect();
//! let shown: Vec<(&str, String, String, &str)> = found
//!     .iter()
//!     .map(|m| (&text[m.span.range()], m.quantity.value.to_string(), m.quantity.unit.to_string(), m.base().unit))
//!     .collect();
//! assert_eq!(shown, [
//!     ("224.83 亿元", "224.83".into(), "亿元".into(), "元"),
//!     ("第 3 位", "3".into(), "位".into(), "位"),
//!     ("13.4%", "13.4".into(), "%".into(), "%"),
//!     ("9.1 个百\n\n分点", "9.1".into(), "个百分点".into(), "百分点"),
//!     ("前移 5 个位次", "5".into(), "个位次".into(), "位"),
//!     ("约 62.7 亿元", "62.7".into(), "亿元".into(), "元"),
//!     ("-1.16‰", "-1.16".into(), "‰".into(), "‰"),
//!     ("１２０万元", "120".into(), "万元".into(), "元"),
//! ]);
//!
//! // Exact base values, never floats.
//! assert_eq!(found[0].base().value.to_string(), "22483000000");
//! assert_eq!(found[0].family(), Family::Money);
//! assert_eq!(found[5].quantity.bound, Some(Bound::Approx));
//!
//! // One expression, or one number, on its own.
//! let m: Mention = "突破 4000 亿元".parse()?;
//! assert_eq!((m.quantity.bound, m.base().value.to_string()), (Some(Bound::MoreThan), "400000000000".into()));
//! assert_eq!(tongji::parse_number("两千亿")?.to_string(), "200000000000");
//! assert_eq!(tongji::parse_number("一百零五")?.to_string(), "105");
//!
//! // Errors say what failed and where.
//! let err = tongji::parse_number("三千二百万元").unwrap_err();
//! assert_eq!(err.offset(), 15);
//! # Ok::<(), tongji::Error>(())
//! ```
//!
//! A mention and its record share one [`Quantity`] (value, range end,
//! unit, bound); both compute their [`Base`] from it. With the default
//! `serde` feature a [`Mention`] serialises to the SPEC's JSON shape, the
//! quantity's fields flat:
//!
//! ```text
//! {"span":[s,e],"text":"224.83 亿元","value":"224.83","high":null,"unit":"亿元",
//!  "base":{"value":"22483000000","unit":"元"},"bound":null}
//! ```
//!
//! # Supported expressions
//!
//! | form | examples |
//! |---|---|
//! | Arabic, decimals, separators, full-width | `224.83`, `1,299`, `１２３４５`, `９３.１` |
//! | Chinese and financial numerals | `二十三`, `一百零五`, `三千二百万`, `两千亿`, `〇`, `十五`, `壹万贰仟` |
//! | mixed scale | `4342.22 亿元`, `0.38万人`, `1000 万亩`, `6 万千瓦` |
//! | percent, per mille, points | `13.4%`, `百分之四十五`, `负百分之四十`, `6.11‰`, `千分之五`, `9.1 个百分点` |
//! | units | money, area, length, weight, power, energy, volume, counts (`个 家 项 人次 大类` …), durations, `倍` |
//! | ranks and moves | `第 3 位`, `第三位`, `第十名`, `全省第二`, `前三位`, `居全省首位`, `前移 5 个位次` |
//! | bounds | `约`, `近`, `左右`, `余`, `多`, `超过`, `突破`, `逾`, `以上`, `不少于`, `以内`, `不足` |
//! | ranges | `1－2 所`, `3－4 个`, `10%-20%`, `10-20 亿元`, `三四个` |
//! | structures | `5.1:39.3:55.6` |
//!
//! Not mentions (SPEC §2): dates and periods (`2021 年`, `1 月 16 日`,
//! `一季度`), document numbers (`宛政〔2022〕1 号`), list markers (`（一）`,
//! `1.`, `一是`, `第一`, `二、`), slogans and names (`“十四五”`, `五特`,
//! `一渠清水`, `千锤百炼`, `13710 工作制度`), thresholds inside a subject
//! (`500 万元以上的重点项目`), an indefinite `一个`/`一批`, anaphoric totals
//! (`两项合计`).
//!
//! # Rules chosen where the SPEC is silent
//!
//! * A number without any unit is a mention only after a verb that makes it
//!   a figure (`同比增加 351，`) and at the end of its clause, or as an item
//!   of a list whose last item has a unit (`13.6、14.2、11.0 个百分点`).
//! * A bare number after `增加`/`减少`/`新增`/`净增` takes the unit of the
//!   nearest earlier level in the same sentence (`1299 个，同比增加 351` →
//!   `351 个`).
//! * A Chinese numeral's final `万`/`亿`/`万亿` is the unit's scale, like an
//!   Arabic number's (`三千二百万元` = 3200 `万元`), unless a larger scale
//!   comes before it (`一亿二千万` = 120000000).
//! * Two consecutive Chinese digits are a range (`三四个` = 3 to 4); three or
//!   more bare digits are read digit by digit (`二〇二二`).
//! * `超` and `低于` directly before a number are bounds, except before
//!   percentage points, where they compare.
//! * `N 年` is a year, not a duration, when N has three or more digits or
//!   is followed by `以来`, `来`, `初`, `底`, `末`, `度` …;
//!   `两年平均`, `前七个月` and `3 年来` name periods, not figures.
//! * White space is removed inside expressions, except between two ASCII
//!   letters or digits, which stay two tokens.
//! * Arabic groups with Chinese units are one number (`5万4千6百` = 54600,
//!   `1亿2000万` = 120000000, `3万4000` = 34000); `千` that starts a unit
//!   stays in the unit (`1千克`, `一百千瓦`).
//! * `半` after a unit adds a half (`一吨半` = 1.5 吨); `百分之百` is 100 %.
//! * A figure with `以上`/`以下` followed by a noun or `的` is a threshold
//!   inside a subject and is not reported (`500 万元以上的重点项目`), unless it
//!   is a share (`30% 以上的行政村`: at least 30 % of the villages) or follows
//!   a level verb (`达到 90% 以上的…`).
//! * A Chinese numeral is indefinite after `数`, `几`, `若干` (`数十万个`);
//!   `一` + classifier is an article (`一个`, `一批`) unless counted
//!   (`新增一家`); a lone `零` is part of a word (`零部件`).
//! * Chinese numerals inside a short quotation (`“三个一批”`) and any figure
//!   inside a title (`《三年行动计划》`) are names, not figures.
//! * Rates are units of their own (`41 微克/立方米`, `1.2 万元/亩`: base
//!   `元/亩`); `个千分点` is a per-mille point, base `千分点`.
//! * `位次` is always a rank move; `位`/`名` are ranks after `第` or `前`,
//!   moves after `前移`, `上升`, `后退` …, and counts otherwise (`3 位专家`).
//! * `百`/`千` directly before `万`/`亿` and a unit count one of them
//!   (`超百亿元` = 100 亿元, `近百万人`); `千万不要` is no figure.
//! * A count that opens its clause is a figure even before `以上` and a noun
//!   (`50 种以上常见病`); `约` ending a verb (`签约`, `节约`) is no
//!   approximation; a two-part ratio to 1 (`2.05:1`) is a structure.
//!
//! # Record rules chosen where the SPEC is silent
//!
//! Layout (see [`document`]):
//!
//! * A brief ends at a source marker `（…局）`, `（…支行）`, `（…政府办）` that
//!   is the last thing on its line after sentence-final punctuation (line
//!   breaks inside it are PDF damage); it starts after the previous
//!   marker, or, for the first of a run, at the nearest line above with a
//!   headline gap. Its headline is the text before the first gap of two or
//!   more spaces, if that text has no clause punctuation.
//! * Inside a brief, a spaced-out section heading (`动   态   短   讯`)
//!   starts another article's column, which runs to the next line that
//!   begins with white space; it is cut out of the brief and read as a
//!   passage of its own (no headline, no source).
//! * Page furniture (running headers printed on several pages, page numbers
//!   `— 44 —`, bullet titles `●动态短讯`, dated headers `…公报 2022.02`) and
//!   spaced headings are skipped before a headline and cut out of a body.
//!
//! Context (clauses split on `，；：`, sentences on `。！？`, never inside
//! brackets or quotes):
//!
//! * The subject is the noun phrase before the verb, without opening
//!   connectives (`其中`), periods, scope, modifiers (`至少`, `每年`,
//!   `三年内`), leading action verbs (`建成`, `引进`) or qualifiers before
//!   the last `的`; after a level verb with nothing before it, the noun after
//!   the verb (`完成投资 130.9 亿元` → `投资`).
//! * A count or quantity followed by a noun is about that noun
//!   (`建成 19 个美好移民村示范村`, `两所高校`); so is a share followed by
//!   `的` and a noun (`50% 的乡镇卫生院`).
//! * A clause without a subject takes the subject of the clause before, in
//!   a brief across sentences, elsewhere within the sentence. A subject that
//!   only names an attribute (`总量`, `增速`, `占比`) is that attribute of
//!   the carried subject (`一般公共预算收入总量`). A share names its whole
//!   (`工业投资占全部投资的比重`).
//! * The scope is a fixed word (`全市`, `该县`) or a place name of two or
//!   three characters ending in `市/县/区/省` at the start of a clause; in a
//!   brief it carries to later sentences, and a brief that states none
//!   takes its headline's. A share's whole may name it
//!   (`占南阳市进出口总值的 89%` → `南阳市`).
//! * `本次`, `此次` refer to the brief's opening event: their sentence takes
//!   the brief's first period and scope.
//! * A period stated in the first clause of a sentence, or anywhere before
//!   its first figure (`据…数据，2021 年 10 月份，…`), carries to the next
//!   sentences of a brief; one stated later holds for the rest of its
//!   sentence. `全年` and months take the latest year stated, else the
//!   brief's first dated year, else the reference year. `目前` is a period
//!   with no months. A headline without a period takes the brief's first
//!   dated one. A rank takes a year printed in its own lead
//!   (`由 2019 年度全省第 18 名`).
//! * `比上年同期增长（下同）` makes `上年同期` the basis of every later
//!   change in the brief that states none.
//! * A parenthesised percent after a comparison basis
//!   (`高于全省平均水平（6.3%）2.7 个百分点`) is that basis's own figure:
//!   subject and scope from the basis, kind growth when its subject is a
//!   growth, never the value of the points record.
//! * `降至`, `压减至`, `提高到` reach a level: the figure is a level, not a
//!   change. `至少`/`不少于` before the verb bound the figure (`at_least`).
//! * After a basis, `高`/`快` and `低`/`慢` compare (`比全省低 0.2 个百分点`
//!   → −0.2), `多`/`少` change (`比上年同期多 11 个` → change +11);
//!   `降幅…收窄` is a rise and `降幅…扩大` a fall; `上涨`, `回升` rise,
//!   `下跌` falls.
//! * `为年度预算的 102.3%` is a share of `年度预算` (ratio, subject carried);
//!   a figure in brackets after `折合`/`约合` is the same figure in other
//!   units and keeps the subject; one character in brackets is part of a
//!   name (`企（事）业单位`).
//! * In a `分别` list, short items share the head noun of the last one
//!   (`城镇、农村居民人均可支配收入` → `城镇居民人均可支配收入`, …); a `分别`
//!   with no subject of its own spreads over the figures before it in its
//!   sentence (`接待游客…，实现旅游收入…，分别增长 18.3% 和 21.6%`).
//! * `planned` is true in a clause with `计划`, `目标`, `预计`, `拟` (but not
//!   after `完成`/`实现`: `完成年度目标的 118.8%` is a result), and from
//!   `谋划`, `力争`, `确保`, `将`, `至少`, `不少于`, `每年`, `N 年内`, a
//!   clause opening with `计划`, or a target period (`到 2025 年`) to the
//!   next `；` or the end of the sentence, except in a clause with `已`,
//!   `累计` or `了`. `争取` (obtained funds) is not a plan, nor is a plan
//!   word that qualifies a noun (`纳入年度计划的 1050 个重点项目`).
//! * Not records: spans of years that name a period or qualify a noun
//!   (`三年内`, `过去一百年`, `40 多年的发展`, `五年行动`), and small Chinese
//!   counts that list aspects (`三个方面`, `四个“持续用力”`).
//! * A percent is `growth` after a change verb, `ratio` after `占` or as a
//!   level; money (and a price, `1.6 万元/亩`) is `change` after a change
//!   verb, else `amount`; other units likewise `change` or `quantity`.
//! * A period after a `；` is a topic like one at a sentence start.
//!   `今年`/`当年` and `到年底` take the context's year; `2021 年底` is its
//!   last month (a stock at the year's end); `2017 年至 2021 年` is a span;
//!   a year after `较`/`比` is a basis, not a period.
//! * `增幅达 105.3%` after `较上年末增加…` takes that basis; `为上年同期的
//!   1.8 倍` compares to `上年同期`; `环比、同比分别增长 2.3% 和 6.8%`
//!   distributes the bases.
//! * The size of a ranking group (`居 18 个省辖市第 3 位`) is no figure; the
//!   group after a rank verb is its `compared_to`.
//! * A share of `全国`/`全省` keeps the brief's scope (the whole is larger
//!   than the figure's owner).
//! * Holidays on fixed dates are periods (`2021 年国庆假期` → 2021-10,
//!   `五一假期` → May, `元旦` → January); lunar ones are not read.
//! * A frame without figures (`在全省营商环境评价中，我市位居第 5 位`)
//!   names the subject and the rank group of what follows.
//!
//! # Rules for real text (chosen where the SPEC is silent)
//!
//! Real text from many publishers (statistical bulletins, monthly briefs,
//! work reports, customs and bank releases, news, traditional-script
//! reposts; SPEC "Reading real text beyond gazette briefs") is read with
//! these rules on top of the ones above. The module that implements each
//! rule is named in brackets. A *passage* is any block that is not a brief
//! ([`document::BlockKind::Passage`]); it may hold several paragraphs.
//!
//! Passages and carry:
//!
//! * In a brief everything carries from sentence to sentence (subject,
//!   scope, period, year). In a passage the topic period and the year
//!   carry, across paragraphs too, but subject and scope are stated per
//!   sentence: in `上半年,全市出口120亿元。同比增长3%。` the 3 % has period
//!   `上半年` and no subject or scope (in a brief: `出口`, `全市`).
//!   (`attach::passage`)
//! * In a passage, a sentence starts a paragraph when a line break stood
//!   right before it (`Normalized::line_break_before`). A target period in
//!   topic position (`到2025年,…`) and a colon list hold only to the end of
//!   their paragraph; other periods carry on. (`attach::passage`,
//!   `text::normalize`)
//! * A label in `【】` stands between sentences, so a period after it is the
//!   topic of what follows (`增长3.7%【资料图】12月末,余额…`).
//!   (`attach::clause`)
//! * A clause that ends in a colon (`:` or `：`) and names `目标`, `指标`,
//!   `预期`, `计划` or `规划` plans the rest of its sentence across `；`
//!   (`主要预期目标是:地区生产总值增长6%左右;城镇新增就业50万人。`); in a
//!   passage the list runs on to the end of its paragraph. A clause with
//!   `已`, `累计` or `了` before its figure still reports a result.
//!   (`attach::planned`, `attach::lexicon`)
//! * A paragraph that starts with a list marker (`——`, `—`, `一是` …
//!   `五是`, `(`, `（`, `•`, `●`, or a digit and `.` or `、`: `1.`)
//!   continues the colon list before it, planned and with the frame's
//!   period (`主要预期目标是:…。` + `——城镇新增就业50万人。`).
//!   (`attach::passage`)
//!
//! Years and periods:
//!
//! * A period without a year (`全年`, `1至7月`, `今年`) takes the year of
//!   the last dated period stated in its clause or before it, in a brief or
//!   a passage (`2021年,出口增长5%。全年进口增长4%。` → 2021); then, in a
//!   brief only, the brief's first dated year; then the reference year;
//!   with none, `from` and `to` stay null. A target's year gives none
//!   (`到2025年,…。全年出口增长5%。` leaves `全年` without a year).
//!   (`attach::passage`, `attach::when`)
//! * `至2007年末` at a clause start, no later than the year already stated,
//!   is the stock at that month (from and to 2007-12), not a target.
//!   (`attach::assemble`)
//! * A date (`10月22日`, `2021年8月18日`), a time window (`2022年以来`,
//!   `…至今`, `…之后`), a basis (`较2018年`, `比2019年`) and a figure's own
//!   period (`由2013年的…`) give no year to later periods; dates and the
//!   windows `…以来`, `…来` are no topic period either
//!   (`2022年以来,全市出口增长5%` has no period). (`recognize::period`,
//!   `attach::clause`)
//! * A period printed right before a figure as its own
//!   (`由2013年的753.3亿元`, `增长到2022年的1500亿元`,
//!   `由2018年65.9:33.0:1.1调整到…`) is that figure's period (the first
//!   item's, in a list) and, unless it is a target, makes the figure a
//!   baseline: not planned, even after `预计`. The `到` of `增长到2022年的`
//!   is the verb's: the period is `2022年`, no target. (`attach::when`)
//! * When a part's first sentence has no figure, its last dating period
//!   (not one inside a title `《…》`) is the topic of what follows:
//!   `人民银行10日发布2022年金融统计数据报告。人民币贷款增加21.31万亿元。` →
//!   `2022年`. (`attach::passage`)
//! * `截至10月10日`, `截止到2022年6月15日` are as-of periods: `from` null,
//!   `to` the month (its year from context when none is printed), no
//!   target. (`recognize::period`, `attach::clause`)
//! * Years in Chinese digits, also mixed with ASCII zeros as reposts print
//!   them (`二〇〇七年末`, `二00四年`; 1900 to 2199), are dated periods.
//!   (`recognize::period`)
//! * `前5个月` is a period (January to May), not a duration.
//!   (`attach::assemble`, `recognize::period`)
//! * A dated period right after `公布`, `发布`, `显示` or `通报`, before the
//!   clause's first figure, dates its clause like one in topic position
//!   (`…19日公布2015年前三季度当地GDP为…` → `2015年前三季度`).
//!   (`attach::when`)
//!
//! Sources:
//!
//! * An attribution credits the agency alone: a name after `据`, `从` or
//!   `经` (time words may stand between: `记者从4月24日下午…`), or before a
//!   crediting verb (`发布`, `公布`, `显示`, `称`, `统计`, `通报`, `消息`,
//!   `数据`, `介绍`, `召开`, `获悉`, `了解`, `得知`, `获知`, `审定`, `核定`;
//!   `昨日发布`). `据石家庄海关统计` → `石家庄海关`, `经国家统计局审定` →
//!   `国家统计局`, `从省发改委季度通气会上获悉` → `省发改委`. The name must
//!   end with an agency word (`统计局`, `调查队`, `海关`, `银行`, `分行`,
//!   `支行`, `总队`, `办公室`, `委员会`, `中心`, `政府`, `局`, `厅`, `委`,
//!   `署`, `处`, `办`, traditional forms too): `据介绍`, `记者了解到` credit
//!   none. (`attach::source`)
//! * Of the names credited from one start, the longest is the source
//!   (`黑龙江省人民政府新闻办公室`, not `黑龙江省人民政府`); two agencies joined
//!   by `、` are one joint credit (`重庆市统计局、国家统计局重庆调查总队`).
//!   (`attach::source`)
//! * A passage that ends in a half-width marker `(…)` after sentence-final
//!   punctuation, of 2 to 16 CJK characters ending with an agency word, is
//!   credited by it (`…增长5%。(县统计局)`). (`attach::source`)
//! * A person named after the agency in such a marker is dropped:
//!   `(旺苍县统计局 彭军)`, `(统计局工业处:黄涛)`, and `(旺苍县统计局彭军)`
//!   once normalisation removed the blank (at most four characters after
//!   the agency). `(记者 苑立立 通讯员 邓捷)` credits none.
//!   (`attach::source`)
//! * Precedence: the brief's marker `（市统计局）`, else the attribution in
//!   the figure's own sentence, else the passage's trailing marker, else
//!   the attribution in the passage's first sentence (before its first
//!   figure). In
//!   `据海关统计,…增长5%。据省统计局数据显示,…增长6%。全年进口增长3%。(县统计局)`
//!   the sources are `海关`, `省统计局`, `县统计局`. (`extract`,
//!   `attach::source`)
//!
//! Planned:
//!
//! * A target period inside a clause, before its first figure, frames the
//!   clause like one in topic position, and its figures are planned: after
//!   a plan word (`安徽力争到2025年,`, `规划到2025年…`), or ending the words
//!   before the clause's first figure or end (`《行动计划》提出到2025年,`).
//!   (`attach::when`)
//! * A figure followed by `目标`, `的目标` or `的预期目标` is planned
//!   (`增长百分之九以上目标`). (`attach::planned`)
//! * A plan word of the clause at most four characters after a comparison
//!   (`高于`, `低于`, `快于`, `慢于`, `高出`, `超过`, `超出`) is the basis, not
//!   a plan: `高于年度预期目标2.1个百分点` is a result compared to
//!   `年度预期目标`. (`attach::planned`)
//! * `计划生育` and `计划单列` are no plan word, inside a clause or opening
//!   it (`全市计划生育支出12亿元` is not planned). (`attach::planned`,
//!   `attach::lexicon`)
//!
//! Kinds, signs and bases:
//!
//! * A percentage is a growth when its subject ends with, or the words
//!   before it hold, a growth name (`增速`, `增幅`, `涨幅`, `降幅`,
//!   `增长速度`, `增长目标`: `增长速度维持在7%左右`, `增长目标为7.5%以上`,
//!   `居民消费价格涨幅控制在3%左右`), or when `的增长`, `的增速` or `的增幅`
//!   follows it (`保持30%以上的增长`); a change verb (growth) and `占`
//!   (ratio) are read first. (`attach::kind`)
//! * A number without a unit whose subject ends in `比`, `比率`, `比例` or
//!   `指数` is a ratio (`城乡居民收入比为2.5`). (`attach::kind`)
//! * Money after `新增` whose subject names `存款` or `贷款` is a change
//!   (`全年新增人民币各项存款1200亿元`). (`attach::kind`)
//! * `多增` and `少增` sign a change: `同比多增356.2亿元` is +356.2,
//!   `同比少增120亿元` is −120. (`attach::lexicon`)
//! * A share in `成` (`超过五成`) is a ratio; `一成五` is 1.5 成; a change
//!   of a share is a growth (`同比增长近一成五`), unless the share is a
//!   rate's (`增长贡献率超过五成`). (`attach::kind`, `recognize::unit`)
//! * A percentage in brackets after a growth is a growth
//!   (`增长5%,较一季度(-10.8%)回升…`). (`attach::kind`)
//! * A growth or change with no subject of its own after a change in its
//!   clause takes that change's basis (`比上年末增加14.29万人、增长4.6%`:
//!   both `上年末`). (`attach::basis`)
//! * A clause `与X相比` (also `同`, `和`, `较`, `跟`; or `…比`: `与上年比,`),
//!   X at most twelve characters, is the basis of the sentence's later
//!   growth, change, points and rank-change figures that state none
//!   (`与上半年相比,出口、进口分别提高2.1和1.5个百分点`). (`attach::basis`)
//! * A bound printed once after a list holds for every item
//!   (`分别增长7.5%和8%左右`: both approximate); one after a structure holds
//!   for it (`3.8:1左右`). (`attach::assemble`)
//!
//! Subjects and scopes:
//!
//! * `分居` and `分列` distribute like `分别` (`分居全省第4、第3位`). In such
//!   a list of two or more items whose names are all places (a
//!   province-level short name, with or without `省`, `市`, `自治区`, or a
//!   place name such as `南阳市`), the names are the items' scopes and the
//!   subject is the one carried (`北京、天津和河北分别增长5%、4%和6%`).
//!   (`attach::subject`, `attach::lexicon`)
//! * A clause without figures that ends in `按…计算` names the subject of
//!   the figures after it (`全省GDP按不变价格计算,比上年增长5%` → `GDP`); one
//!   that lists names with `、` before a clause opening with `分别` gives
//!   them as the subjects of that list
//!   (`医药制造业、非金属矿物制品业居后三位,分别下降5.1%和3.2%`).
//!   (`attach::passage`)
//! * `预计`, `要` and `力争` are cut from the end of a subject, like `可`,
//!   `将`, `约` (`全省地区生产总值预计增长6%` → `地区生产总值`); `保持`,
//!   `以`, `年均`, `持续`, `也`, `调整到`, `调整为` alone name nothing, and the
//!   subject is carried (`…,年均增长6%`). A list marker (`——`, `1.`,
//!   `(一)`, `一是`) opens no subject (`——城镇新增就业5万人` → `城镇新增就业`).
//!   (`attach::lead`)
//! * `按可比价计算`, `按可比价格计算`, `按不变价计算`, `按不变价格计算`,
//!   `按现价计算` and `按可比口径` open a clause and name no subject
//!   (`按可比价计算,全市生产总值增长6%`). (`attach::lexicon`)
//! * A percentage in brackets after a basis that is a period
//!   (`较一季度(-10.8%)`; or a basis naming `同期`, `上年`, `去年`, `上月`,
//!   `年初`) is the carried indicator in that period: the carried subject,
//!   no `compared_to`. After another basis the basis is its subject
//!   (`高于全国(5.2%)` → `全国`).
//!   (`attach::subject`)
//! * In traditional script, subject, scope and `compared_to` are given as
//!   printed: the same bytes of the normalised text as the simplified words
//!   read (`前三季度,全市地區生產總值增長5.5%` → `地區生產總值`).
//!   (`attach::part`)
//!
//! Traditional script and pinyin glosses:
//!
//! * The word tables read a simplified copy of the normalised text: a fixed
//!   table maps each listed traditional character to a simplified one of
//!   the same UTF-8 length, so the copy keeps every byte offset
//!   (`預計全年生產總值增長` is read as `预计全年生产总值增长`). Periods and
//!   sources are given as printed (`北京市統計局發佈數據顯示` → `北京市統計局`).
//!   (`text::script`, `extract`)
//! * A bracket of lowercase Latin letters (tone marks included) that a
//!   repost inserted after a character (`預(yù)計`, `發(fā)展`) is skipped
//!   when a clause is searched for a plan word that holds to the end of its
//!   sentence: `預(yù)計全年生產總值增長6%` is planned. (`text::script`,
//!   `attach::planned`)
//!
//! Linear time:
//!
//! * The plan, bracket and conversion tests read the words before a figure
//!   from its clause start but at most `MAX_LOOK_BACK` (150 bytes) back; its
//!   lead starts after the figure before it in the clause; the scanner's
//!   test for a clause about money (`生产总值56.7亿`) reads at most 240 bytes
//!   back; the traditional-script table is a bitset. Text
//!   without clause punctuation (a PDF table) is read in time linear in its
//!   length. (`attach::run`, `recognize::context`, `text::script`)

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod attach;
mod extract;
mod layout;
mod model;
mod recognize;
mod text;

pub use extract::{extract, Extractor, Records};
pub use layout::document;
pub use model::error::{Error, ErrorKind};
pub use model::mention::{Mention, Span};
pub use model::quantity::{Base, Bound, Quantity, Structure, Value, MAX_STRUCTURE_PARTS};
pub use model::record::{Kind, Period, Record, YearMonth};
pub use model::row::Row;
pub use model::unit::{Family, Scale, Unit};
pub use recognize::parse::parse_number;
pub use recognize::scan::{mentions, Mentions};
pub use text::normalize::Normalized;

/// Re-exported so that users need not depend on `rust_decimal` themselves.
pub use rust_decimal::Decimal;

/// The README's example, compiled and run as a doc test so that it stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
