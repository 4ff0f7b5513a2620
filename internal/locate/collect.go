package locate

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"

	"github.com/docdrift/docdrift/internal/flattree"
	"github.com/go-rod/rod"
)

var (
	//go:embed collect.js
	rawCollectJS string
	collectJS    = flattree.With(rawCollectJS)
)

// snapshot is what one collect round-trip saw on the page.
type snapshot struct {
	Gen        int         `json:"gen"`
	Mutations  int64       `json:"mutations"` // the page tracker's DOM change count; -1 without one
	Title      string      `json:"title"`
	URL        string      `json:"url"`
	Viewport   Size        `json:"viewport"`
	Page       Size        `json:"page"`
	Scroll     Point       `json:"scroll"`
	Candidates []Candidate `json:"candidates"`
	// Modal is the name of the modal dialog the search was limited to, as a reader can use
	// nothing behind it; nil when none was open ("" for one without a name).
	Modal *string `json:"modal"`
	// ScopeRedrawn says the element the search was limited to is no longer in the page.
	ScopeRedrawn bool `json:"scopeRedrawn"`
}

// Size is a width and height in CSS pixels.
type Size struct {
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
}

// Point is a position in CSS pixels.
type Point struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// collect lists the visible elements of roles within scope (the whole page when nil).
// records asks, for elements in no table row or titled card, for the record they are drawn
// in (a tile of a grid, an item of a list), which costs a comparison of boxes: for a search
// that names a row.
func collect(ctx context.Context, page *rod.Page, scope *rod.Element, roles []Role, records bool) (*snapshot, error) {
	opts := rod.Eval(collectJS, roles, records)
	if scope != nil {
		opts = opts.This(scope.Object)
	}
	res, err := page.Context(ctx).Evaluate(opts)
	if err != nil {
		return nil, err
	}
	var s snapshot
	if err := json.Unmarshal([]byte(res.Value.Str()), &s); err != nil {
		return nil, fmt.Errorf("read page candidates: %w", err)
	}
	if s.ScopeRedrawn {
		return nil, ErrRedrawn
	}
	for i := range s.Candidates {
		s.Candidates[i].index = i
	}
	return &s, nil
}

const elementJS = `function (gen, i) {
  const slot = window[Symbol.for("docdrift.locate")];
  return slot && slot.gen === gen ? slot.els[i] : null;
}`

// errStale means the page re-listed its elements (or navigated) since the snapshot.
var errStale = fmt.Errorf("page changed while choosing an element")

// element fetches the snapshot's i-th element from the page.
func (s *snapshot) element(ctx context.Context, page *rod.Page, i int) (*rod.Element, error) {
	res, err := page.Context(ctx).Evaluate(rod.Eval(elementJS, s.Gen, i).ByObject())
	if err != nil {
		return nil, err
	}
	if res.ObjectID == "" {
		return nil, errStale
	}
	return page.Context(ctx).ElementFromObject(res)
}
