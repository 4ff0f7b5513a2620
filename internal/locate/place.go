package locate

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/docdrift/docdrift/internal/flattree"
	"github.com/go-rod/rod"
)

// Position is a region of a page or viewport in thirds: "bottom right", "top", "center"...
type Position struct {
	Vertical   string // "top", "middle", "bottom", or "" for any
	Horizontal string // "left", "center", "right", or "" for any
}

func (p Position) String() string {
	return strings.TrimSpace(p.Vertical + " " + p.Horizontal)
}

var cueWords = map[string]Position{
	"top": {Vertical: "top"}, "upper": {Vertical: "top"},
	"bottom": {Vertical: "bottom"}, "lower": {Vertical: "bottom"},
	"middle": {Vertical: "middle"}, "left": {Horizontal: "left"}, "left-hand": {Horizontal: "left"},
	"right": {Horizontal: "right"}, "right-hand": {Horizontal: "right"},
	"center": {Horizontal: "center"}, "centre": {Horizontal: "center"},
}

// ParsePosition reads a doc's position cue: "at the page's lower right-hand corner",
// "top right", "at the bottom".
func ParsePosition(cue string) (Position, error) {
	var p Position
	for _, w := range strings.FieldsFunc(strings.ToLower(cue), func(r rune) bool { return r == ' ' || r == '-' }) {
		c, ok := cueWords[strings.Trim(w, ".,;:")]
		if !ok {
			continue
		}
		if c.Vertical != "" {
			p.Vertical = c.Vertical
		}
		if c.Horizontal != "" {
			p.Horizontal = c.Horizontal
		}
	}
	if p == (Position{}) {
		return p, fmt.Errorf("no position in %q (want words like top, bottom, left, right)", cue)
	}
	return p, nil
}

// Placement is where an element sits, in the viewport and on the whole page.
type Placement struct {
	Box      Box  // page coordinates of its visible contents
	Viewport Size // visible area
	Page     Size // whole document
	Scroll   Point
}

// InViewport is the element's third of the visible area, by its centre.
func (p Placement) InViewport() Position {
	return thirds(p.Box.X-p.Scroll.X+p.Box.Width/2, p.Box.Y-p.Scroll.Y+p.Box.Height/2, p.Viewport)
}

// InPage is the element's third of the whole document, by its centre.
func (p Placement) InPage() Position {
	return thirds(p.Box.X+p.Box.Width/2, p.Box.Y+p.Box.Height/2, p.Page)
}

// Matches reports whether the element sits at want, in the viewport (a fixed footer bar) or
// on the page (the end of a long form); "" parts of want match anything.
func (p Placement) Matches(want Position) bool {
	return within(p.InViewport(), want) || within(p.InPage(), want)
}

func within(have, want Position) bool {
	return (want.Vertical == "" || want.Vertical == have.Vertical) &&
		(want.Horizontal == "" || want.Horizontal == have.Horizontal)
}

func thirds(x, y float64, s Size) Position {
	third := func(v, length float64, lo, mid, hi string) string {
		switch {
		case v < length/3:
			return lo
		case v > 2*length/3:
			return hi
		}
		return mid
	}
	return Position{
		Vertical:   third(y, s.Height, "top", "middle", "bottom"),
		Horizontal: third(x, s.Width, "left", "center", "right"),
	}
}

// placeJS measures what the reader sees: the box of the element's contents (a full-width
// heading's text sits at the left), else the element's own box (an input, an icon), in the
// top page's coordinates though it sit in a frame.
var placeJS = flattree.With(`function () {
  if (!this.isConnected) return JSON.stringify({ redrawn: true });
  const range = this.ownerDocument.createRange();
  range.selectNodeContents(this);
  const ink = range.getBoundingClientRect(), own = this.getBoundingClientRect();
  const r = ink.width > 0 && ink.height > 0 ? ink : own, d = document.documentElement;
  const o = FLAT_TREE.offset(this);
  return JSON.stringify({
    box: { x: r.left + o.x + scrollX, y: r.top + o.y + scrollY, width: r.width, height: r.height },
    viewport: { width: innerWidth, height: innerHeight },
    page: { width: Math.max(d.scrollWidth, innerWidth), height: Math.max(d.scrollHeight, innerHeight) },
    scroll: { x: scrollX, y: scrollY },
  });
}`)

// Where measures el's placement in one round-trip; ErrRedrawn when el is no longer in the page.
func Where(ctx context.Context, el *rod.Element) (Placement, error) {
	res, err := el.Context(ctx).Evaluate(rod.Eval(placeJS))
	if err != nil {
		return Placement{}, fmt.Errorf("measure element: %w", err)
	}
	var raw struct {
		Box      Box   `json:"box"`
		Viewport Size  `json:"viewport"`
		Page     Size  `json:"page"`
		Scroll   Point `json:"scroll"`
		Redrawn  bool  `json:"redrawn"`
	}
	if err := json.Unmarshal([]byte(res.Value.Str()), &raw); err != nil {
		return Placement{}, fmt.Errorf("measure element: %w", err)
	}
	if raw.Redrawn {
		// A box of nothing at the page's top left would read as a control that moved.
		return Placement{}, fmt.Errorf("measure element: %w", ErrRedrawn)
	}
	return Placement{Box: raw.Box, Viewport: raw.Viewport, Page: raw.Page, Scroll: raw.Scroll}, nil
}
