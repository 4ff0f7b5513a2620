// Package understand is docdrift's one authority on what a sentence of a how-to doc asks of
// its reader. Read takes one sentence as the writer wrote it (emphasis and code spans kept,
// HTML reduced to text) and returns its Meaning: whether it is an action, an outcome to check,
// a precondition or only a note; the acts it asks for, in order, with the labels, containers
// and places they name; the surface it happens on when it names one (another product's site,
// a terminal, a file); and, when docdrift cannot read it, why.
//
// Understanding is data rather than one pattern per sentence shape: a verb lexicon with
// synonyms, container and position words, purpose and condition prefixes, outcome forms and
// surface words (lexicon.go), applied by a small grammar that strips prefixes, splits compound
// steps into clauses and reads each clause's verb, object and modifiers (read.go). Nothing in
// it names one product's labels or pages.
package understand
