package locate

// Script is the page-side function that lists what a reader sees — each visible element's
// roles and accessible name, as Candidate holds them — called with the roles wanted and
// `this` the element to search under (the document when it is not an element). It leaves
// the elements in the page in order, in window[Symbol.for("docdrift.locate")].els. Code
// that names elements in the page (docdrift record) calls it, so that a name it writes is
// one Find matches.
func Script() string { return collectJS }
