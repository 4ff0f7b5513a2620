package docsparse

import "github.com/docdrift/docdrift/internal/mdsource"

// refusal is where and why docdrift does not give a doc to goldmark at all.
type refusal struct {
	off int
	msg string
}

// bounded is src as docdrift lets goldmark parse it: refused when it holds a shape goldmark
// takes quadratic time on (quadraticShape), else with the inline markup past the bounds
// blanked, offsets kept (excessMarkup).
func bounded(src []byte) (source mdsource.Source, refused *refusal, ex markupExcess) {
	source = mdsource.Read(src)
	if off, msg, found := quadraticShape(src); found {
		return source, &refusal{off, msg}, markupExcess{lineAt: -1, docAt: -1}
	}
	thinned, ex, found := excessMarkup(source.Parse)
	if found {
		source = thinSource(source, thinned)
	}
	return source, nil, ex
}

// Readable is a doc as Parse gives it to goldmark, for anything else that renders the doc
// with goldmark (the HTML report), so rendering a doc never costs more than reading it: ok is
// false when Parse refuses the doc (its finding says why), else source.Parse is what to parse
// and source.Lines its line index.
func Readable(src []byte) (source mdsource.Source, ok bool) {
	source, refused, _ := bounded(src)
	return source, refused == nil
}
