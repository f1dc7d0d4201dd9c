//! Attachment: places each mention in its statistical context.
//!
//! * the words: [`clause`] (clauses and their topics), [`lead`] (the lead
//!   before a figure), [`lexicon`] (the context words);
//! * the context: [`part`] (the text read, and what a brief says as a
//!   whole), [`passage`] (what carries from clause to clause and sentence
//!   to sentence, with the carry rule of each field), [`run`] (a figure
//!   and the items listed with it, and what its lead says);
//! * one module per field of a record: [`subject`], [`kind`] (kind and
//!   sign), [`basis`] (`compared_to`), [`when`] (period), [`planned`],
//!   [`source`], [`scope`];
//! * [`assemble`]: the driver that reads a part clause by clause into
//!   records.
//!
//! May import [`crate::model`], [`crate::text`], [`crate::layout`] and
//! [`crate::recognize`].

pub(crate) mod assemble;
pub(crate) mod basis;
pub(crate) mod clause;
pub(crate) mod kind;
pub(crate) mod lead;
pub(crate) mod lexicon;
pub(crate) mod part;
pub(crate) mod passage;
pub(crate) mod planned;
pub(crate) mod run;
pub(crate) mod scope;
pub(crate) mod source;
pub(crate) mod subject;
pub(crate) mod when;
