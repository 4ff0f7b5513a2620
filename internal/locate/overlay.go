package locate

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/docdrift/docdrift/internal/flattree"
	"github.com/go-rod/rod"
)

var (
	//go:embed overlay.js
	rawOverlayJS string
	overlayJS    = flattree.With(rawOverlayJS)
)

// Overlay is a layer drawn over a page that keeps a reader from what is under it — a modal
// dialog, a consent wall, a banner fixed over the content — with the controls it offers.
type Overlay struct {
	Name   string // as a reader would say it: `the dialog "Welcome"`, `the overlay "We use cookies…"`
	Dialog bool
	// FirstSettled is the number of the page's settle that first saw a dialog open
	// (browser.Session.Settles), 0 when none has yet.
	FirstSettled int64
	// Controls are its visible buttons and links, in page order.
	Controls []Candidate

	root *rod.Element
	snap *snapshot
}

// SearchedModal returns the modal dialog the last search on page was limited to, nil when it
// searched the whole page.
func SearchedModal(ctx context.Context, page *rod.Page) (*Overlay, error) {
	return overlay(ctx, page, rod.Eval(overlayJS, "searched"))
}

// Covering returns the layer that covered the control the last click aimed at on page
// (browser.Session.Aim leaves what it hit instead in the page), nil when there is none.
func Covering(ctx context.Context, page *rod.Page) (*Overlay, error) {
	return overlay(ctx, page, rod.Eval(overlayJS, "covering"))
}

func overlay(ctx context.Context, page *rod.Page, js *rod.EvalOptions) (*Overlay, error) {
	page = page.Context(ctx)
	res, err := page.Evaluate(js)
	if err != nil {
		return nil, fmt.Errorf("look for what covers the page: %w", err)
	}
	if res.Value.Nil() {
		return nil, nil
	}
	o := &Overlay{}
	var seen struct {
		Name         string
		Dialog       bool
		FirstSettled int64
	}
	if err := json.Unmarshal([]byte(res.Value.Str()), &seen); err != nil {
		return nil, fmt.Errorf("read what covers the page: %w", err)
	}
	o.Dialog, o.FirstSettled = seen.Dialog, seen.FirstSettled
	switch {
	case seen.Dialog:
		o.Name = dialogPhrase(&seen.Name)
	case seen.Name != "":
		o.Name = fmt.Sprintf("the overlay %q", seen.Name)
	default:
		o.Name = "an overlay"
	}
	root, err := page.Evaluate(rod.Eval(`() => window[Symbol.for("docdrift.overlay")]`).ByObject())
	if err != nil {
		return nil, fmt.Errorf("look for what covers the page: %w", err)
	}
	if o.root, err = page.ElementFromObject(root); err != nil {
		return nil, fmt.Errorf("look for what covers the page: %w", err)
	}
	if o.snap, err = collect(ctx, page, o.root, []Role{Button, Link}, false); err != nil {
		return nil, fmt.Errorf("list what %s offers: %w", o.Name, err)
	}
	o.Controls = o.snap.Candidates
	return o, nil
}

// Control returns the element of one of o's Controls.
func (o *Overlay) Control(ctx context.Context, c Candidate) (*rod.Element, error) {
	return o.snap.element(ctx, o.root.Page(), c.index)
}

// Shown tells whether o is still in the page and visible.
func (o *Overlay) Shown(ctx context.Context) (bool, error) {
	res, err := o.root.Context(ctx).Eval(`function () {
		return this.isConnected && (!this.checkVisibility || this.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) }`)
	if err != nil {
		return false, fmt.Errorf("look at %s: %w", o.Name, err)
	}
	return res.Value.Bool(), nil
}

// dismissals are what a reader presses to put an overlay away without choosing anything it
// offers, in the order a reader would pick them: close it, decline, acknowledge.
var dismissals = [][]string{
	{"close", "×", "✕", "x", "dismiss", "skip", "skip tour", "skip the tour", "end tour", "not now", "maybe later", "later",
		"remind me later", "no thanks", "no, thanks", "no thank you", "hide"},
	{"reject all", "reject", "decline", "deny", "refuse", "only necessary", "necessary only", "essential only",
		"only essential", "necessary cookies only", "reject optional cookies", "cancel"},
	{"got it", "ok", "okay", "i understand", "understood", "done", "accept", "accept all", "allow all",
		"i agree", "agree", "accept cookies", "allow cookies"},
}

// Dismissal is the control of o a reader presses to put it away, when it offers one: one
// named by a label of known (a product's own: "Let's go"), else a close button (named, or an
// icon-only ×), else one that declines, else one that acknowledges.
func (o *Overlay) Dismissal(known ...string) (Candidate, bool) {
	own := make([]string, len(known))
	for i, k := range known {
		own[i] = fold(k)
	}
	tiers := append([][]string{own}, dismissals...)
	for tier, words := range tiers {
		for _, c := range o.Controls {
			if !c.Disabled && (namedBy(c, words) || tier == 1 && closes(c)) {
				return c, true
			}
		}
	}
	return Candidate{}, false
}

// namedBy tells whether one of c's names is one of words (folded), a trailing "." or "!" aside.
func namedBy(c Candidate, words []string) bool {
	for _, n := range c.names() {
		if contains(words, strings.TrimRight(fold(n), ".!")) {
			return true
		}
	}
	return false
}

// closes tells a close button by its icon alone, or by a name like "Close dialog" — not
// "Close account", which does something else.
func closes(c Candidate) bool {
	if c.Name == "" && c.Text == "" {
		return hasIcon(c, iconGroup("close"))
	}
	ws := meaningful(words(c.Label()))
	return len(ws) == 2 && (ws[0] == "close" || ws[0] == "dismiss") && contains(overlayWords, ws[1])
}

// overlayWords are what a close button may say it closes.
var overlayWords = []string{"dialog", "modal", "popup", "banner", "tour", "notification", "message", "panel", "window", "overlay", "this"}
