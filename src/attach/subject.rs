//! The subject of a figure (SPEC §3, `subject`): what it measures, read
//! from the lead before it, the noun after a count, a share's whole, or
//! the subject carried from the clauses before.

use crate::attach::basis::is_period_basis;
use crate::attach::clause;
use crate::attach::lead::{self, Lead};
use crate::attach::lexicon::{Word, AFTER_COUNT_STOPS, ATTRIBUTES};
use crate::attach::part::Part;
use crate::attach::passage::PassageContext;
use crate::attach::run::Run;
use crate::model::unit::Family;

/// The subjects of a run's items, and a scope per item when its `分别`
/// list names places (none otherwise).
pub(super) struct RunSubjects {
    pub(super) subjects: Vec<String>,
    pub(super) item_scopes: Vec<String>,
}

impl PassageContext {
    /// The subject of each item of a run that `lead` precedes.
    pub(super) fn run_subjects(
        &mut self,
        lead: &Lead,
        part: &Part<'_>,
        run: &Run,
        bracketed: bool,
    ) -> RunSubjects {
        let n = run.items.len();
        let earlier = self.sentence.subjects.len().checked_sub(n);
        // The subject carried into the run, kept for a list of places.
        let may_list_places = lead.respectively && n > 1;
        let carried = may_list_places.then(|| self.subject.clone().unwrap_or_default());
        let subjects = if bracketed {
            // `较一季度(-10.8%)`: the same indicator in the basis period;
            // `高于全国水平(5.2%)`: the basis itself.
            let carried = self.subject.as_deref().unwrap_or_default();
            let s = match &lead.basis {
                Some(b) if is_period_basis(b) && !carried.is_empty() => carried.to_string(),
                Some(b) => b.clone(),
                None => lead.last_segment.clone(),
            };
            vec![s; n]
        } else if let Some(names) = self
            .sentence
            .list_names
            .as_deref()
            .map(lead::split_subjects)
            .filter(|names| lead.respectively && lead.subject.is_empty() && names.len() == n)
        {
            names
        } else if let Some(k) =
            earlier.filter(|_| lead.respectively && n > 1 && lead.subject.is_empty())
        {
            // `分别` over the figures before it in the sentence.
            self.sentence.subjects[k..].to_vec()
        } else {
            self.subjects(lead, part, run)
        };
        // `北京、天津和河北分别为…`: a list of places is a list of scopes;
        // the subject is the one carried.
        let places = may_list_places && subjects.iter().all(|s| is_place(s));
        if let Some(carried) = carried.filter(|_| places) {
            RunSubjects {
                subjects: vec![carried; n],
                item_scopes: subjects,
            }
        } else {
            RunSubjects {
                subjects,
                item_scopes: Vec::new(),
            }
        }
    }

    /// The subject of each item of a run, updating the carried subject.
    fn subjects(&mut self, lead: &Lead, part: &Part<'_>, run: &Run) -> Vec<String> {
        let n = run.items.len();
        if let Some(noun) = counted_noun(lead, part, run) {
            return vec![noun; n];
        }
        if let Some(share) = &lead.share {
            let carried = self.subject.clone().unwrap_or_default();
            return vec![self.share_subject(share, &lead.subject, carried); n];
        }
        let carried = self.subject.as_deref().unwrap_or_default();
        if let Some(owned) = attribute_of(&lead.subject, carried) {
            return vec![owned; n];
        }
        let subject = if lead.subject.is_empty() {
            carried.to_string()
        } else {
            self.carry_subject(lead.subject.clone());
            lead.subject.clone()
        };
        if lead.respectively && n > 1 {
            let items = lead::split_subjects(&subject);
            if items.len() == n {
                return items;
            }
        }
        vec![subject; n]
    }

    /// The subject of a share (`占…的比重`): the whole phrase when the
    /// share names one (`X占Y比重`), else its owner, the lead's subject or
    /// the carried one.
    fn share_subject(&mut self, share: &str, subject: &str, carried: String) -> String {
        let share = share.trim_end_matches('的');
        let is_phrase = ["比重", "比例", "份额", "占比"]
            .iter()
            .any(|w| share.ends_with(w));
        let owner = if subject.is_empty() {
            carried
        } else {
            subject.to_string()
        };
        if is_phrase && !owner.is_empty() {
            let whole = format!("{owner}占{share}");
            self.carry_subject(whole.clone());
            return whole;
        }
        if !subject.is_empty() {
            self.carry_subject(subject.to_string());
        }
        owner
    }
}

/// The noun after a run that names its subject, where one does.
fn counted_noun(lead: &Lead, part: &Part<'_>, run: &Run) -> Option<String> {
    let family = part.mentions[run.items.start].0.family();
    let subject = &lead.subject;
    // A count followed by its noun names it: `两所高校`,
    // `等 7 大类 140 个项目`, `建成 19 个美好移民村示范村`; so does the
    // noun after a share and `的` (`50% 的乡镇卫生院`).
    let counted = matches!(
        family,
        Family::Count
            | Family::Area
            | Family::Length
            | Family::Weight
            | Family::Volume
            | Family::Power
            | Family::Energy
    );
    // …unless a rate is named before it: `覆盖率达到 90% 以上的四级应急
    // 广播体系` is the 覆盖率 of that system.
    let names_rate = ["率", "比重", "比例", "占比"]
        .iter()
        .any(|w| subject.ends_with(w));
    let share_of = matches!(family, Family::Percent | Family::PerMille)
        && part.norm[run.end..].starts_with('的')
        && !names_rate;
    if !(counted || share_of || subject.is_empty() || lead.ends_open) {
        return None;
    }
    let at = if share_of {
        run.end + '的'.len_utf8()
    } else {
        run.end
    };
    noun_after(part, at, run.next)
}

/// An attribute named as the subject (`增速`, `占比`) is the carried
/// subject's (`工业增加值增速`); `占比` or `比重` after a subject that
/// already names a share adds nothing.
fn attribute_of(subject: &str, carried: &str) -> Option<String> {
    if !ATTRIBUTES.contains(&subject) || carried.is_empty() {
        return None;
    }
    let owned = if ["比重", "占比", "比例"]
        .iter()
        .any(|w| carried.ends_with(w))
        && matches!(subject, "占比" | "比重")
    {
        carried.to_string()
    } else {
        format!("{carried}{subject}")
    };
    Some(owned)
}

/// Whether `name` is a place: a province-level name (`北京`, `河北省`) or a
/// place name ending in 省/市/县/区 (`南阳市`), whole.
fn is_place(name: &str) -> bool {
    let bare = ["省", "市", "自治区"]
        .iter()
        .find_map(|s| name.strip_suffix(s))
        .unwrap_or(name);
    crate::attach::lexicon::PROVINCES.contains(&bare) || clause::scope(name) == Some(name)
}

/// The noun right after a count (`两所高校获批` → `高校`), skipping an
/// adjacent count (`7大类140个项目` → `项目`).
fn noun_after(part: &Part<'_>, mut at: usize, next_mention: Option<usize>) -> Option<String> {
    let mut stop = next_mention;
    if let Some(next) = next_mention {
        let r = &part.mentions[next].1;
        if r.start == at && part.mentions[next].0.family() == Family::Count {
            at = r.end;
            stop = Some(next + 1);
        }
    }
    // The noun never runs into the next figure (`…5.6亿元工业1.2万元`, rows
    // of a table joined by normalisation).
    let end = stop
        .and_then(|n| part.mentions.get(n))
        .map_or(part.norm.len(), |(_, r)| r.start.max(at));
    let rest = &part.norm[at..end];
    let mut end = 0;
    let mut i = 0;
    while let Some(c) = rest[i..].chars().next() {
        if !crate::text::chars::is_cjk(c) && !c.is_ascii_alphanumeric() && c != '“' && c != '”'
        {
            break;
        }
        if AFTER_COUNT_STOPS.iter().any(|w| rest[i..].starts_with(w)) {
            break;
        }
        match crate::attach::lexicon::keyword(&rest[i..]) {
            Ok((_, (word, Word::Noun | Word::Plan))) => i += word.len(),
            Ok(_) => break,
            Err(_) => i += c.len_utf8(),
        }
        end = i;
        if rest[..end].chars().count() >= 12 {
            break;
        }
    }
    let noun = rest[..end].trim_end_matches('“');
    (!noun.is_empty()).then(|| noun.to_string())
}
