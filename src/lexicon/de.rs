//! Word tables (being written; see en.rs for the format).

use super::{DataType as D, KindWords, LangTables};

pub(super) static TABLES: LangTables = LangTables {
    data: &[("telefonnummer*", D::Phone), ("numero de telephone", D::Phone)],
    recipients: &[],
    purposes: &[],
    cues: &[],
    kinds: KindWords { privacy: &[], terms: &[], cookie: &[], update: &[] },
    stopwords: &[],
    months: &[],
    not_names: &[],
};
