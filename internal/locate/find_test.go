package locate

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/go-rod/rod"
)

func TestFindByRoleAndName(t *testing.T) {
	pages := map[string]*rod.Page{}
	for _, tc := range []struct {
		fixture string
		q       Query
		want    string // the match's role and name, "button Save"; or "error: ..." substring
		tier    Tier
		checked bool
	}{
		// Exact beats case-folded, wherever it sits; a longer name never matches.
		{"sidebar.html", Query{Roles: []Role{Link, Button}, Name: "API Accounts"}, "link API Accounts", Exact, false},
		{"sidebar.html", Query{Name: "api  ACCOUNTS"}, "link api accounts", Folded, false},
		{"sidebar.html", Query{Roles: []Role{Button}, Name: "Save"}, "button save", Folded, false},
		{"sidebar.html", Query{Roles: []Role{Heading}, Name: "Store Settings"}, "heading Store Settings", Exact, false},
		{"sidebar.html", Query{Name: "Create API Account"}, "button Create API Account", Exact, false},
		{"sidebar.html", Query{Name: "Generate New Token"}, "button Generate New Token", Exact, false},
		{"sidebar.html", Query{Roles: []Role{Button}, Name: "Learn more"}, "button Learn more", Exact, false},
		{"sidebar.html", Query{Name: "Delete account"}, "button Delete account", Exact, false},
		{"sidebar.html", Query{Roles: []Role{Tab}, Name: "General"}, "tab General", Exact, true},
		{"sidebar.html", Query{Roles: []Role{MenuItem}, Name: "edit"}, "menuitem Edit", Folded, false},
		{"sidebar.html", Query{Name: "Legacy API Accounts"}, `error: no link, button, menu item or tab named "Legacy API Accounts"`, 0, false},
		// Fields by label, wrapping label, aria-label(ledby), placeholder.
		{"form.html", Query{Roles: []Role{Textbox}, Name: "Name"}, "textbox Name", Exact, false},
		{"form.html", Query{Roles: []Role{Textbox}, Name: "ERP, Channel Advisor…"}, "textbox Name", Exact, false},
		{"form.html", Query{Roles: []Role{Textbox}, Name: "email address"}, "textbox Email Address", Folded, false},
		{"form.html", Query{Roles: []Role{Textbox}, Name: "Search"}, "textbox Search", Exact, false},
		{"form.html", Query{Roles: []Role{Textbox}, Name: "API Path"}, "textbox API Path", Exact, false},
		{"form.html", Query{Roles: []Role{Textbox}, Name: "Filter by name"}, "textbox Filter by name", Exact, false},
		{"form.html", Query{Roles: []Role{Textbox}, Name: "Notes"}, "textbox Notes:", Folded, false},
		{"form.html", Query{Roles: []Role{Textbox}, Name: "Secret Field"}, "error: no field", 0, false},
		{"form.html", Query{Roles: []Role{Combobox}, Name: "Stencil-CLI Access Level"}, "combobox Stencil-CLI Access Level", Exact, false},
		{"form.html", Query{Roles: []Role{Checkbox}, Name: "Remember me"}, "checkbox Remember me", Exact, false},
		{"form.html", Query{Roles: []Role{Group}, Name: "Products"}, "group Products", Exact, false},
		{"form.html", Query{Roles: []Role{Group}, Name: "Content"}, "group Content", Exact, false},
		{"form.html", Query{Roles: []Role{Radio}, Name: "None"}, "button None", Exact, true},
		{"form.html", Query{Roles: []Role{Radio}, Name: "modify"}, "button modify", Exact, false},
		{"form.html", Query{Roles: []Role{Button}, Name: "Save"}, "button Save", Exact, false},
		// Unmarked words name a field by part of its label; never a button, never by one word.
		{"form.html", Query{Roles: []Role{Textbox, Combobox}, Name: "the access level", Described: true}, "combobox Stencil-CLI Access Level", Described, false},
		{"form.html", Query{Roles: []Role{Textbox}, Name: "address", Described: true}, "error: no field", 0, false},
		{"sidebar.html", Query{Name: "api account", Described: true}, "error: no link", 0, false},
	} {
		page := pages[tc.fixture]
		if page == nil {
			page = open(t, tc.fixture)
			pages[tc.fixture] = page
		}
		_, m, err := find(t, page, tc.q)
		if got := matched(m, err); !strings.HasPrefix(got, tc.want) || (err == nil && got != tc.want) {
			t.Errorf("%s %+v: got %q, want %q", tc.fixture, tc.q, got, tc.want)
			continue
		}
		if err == nil && (m.Tier != tc.tier || m.Checked != tc.checked) {
			t.Errorf("%s %+v: tier %v checked %v, want %v %v", tc.fixture, tc.q, m.Tier, m.Checked, tc.tier, tc.checked)
		}
	}
}

func TestHiddenElementsAreNotCandidates(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	snap, err := collect(ctx, open(t, "sidebar.html"), nil, Clickable, false)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range snap.Candidates {
		seen[c.Label()] = true
	}
	for _, name := range []string{"Hidden Link", "Invisible Link", "Transparent Link", "Offscreen Item",
		"Collapsed Item", "No Href Anchor", "Hidden Slide"} {
		if seen[name] {
			t.Errorf("%q is hidden (or not a link) but was a candidate", name)
		}
	}
	// A wide table's last column, scrolled out of its scrolling box, is a scroll away.
	for _, name := range []string{"Web Analytics", "API Accounts", "save", "Delete account", "General", "Edit", "Delete docdrift-1", "First Slide"} {
		if !seen[name] {
			t.Errorf("%q is visible but was not a candidate", name)
		}
	}
}

// Messages a live region announces — a toast that arrives late, a status line — are found by
// their text.
func TestFindMessages(t *testing.T) {
	page := open(t, "toast.html")
	for _, name := range []string{"API Token successfully created", "3 tokens"} {
		_, m, err := find(t, page, Query{Roles: []Role{Status}, Name: name})
		if err != nil || m.Name != name {
			t.Errorf("message %q: %v (%+v)", name, err, m.Candidate)
		}
	}
	_, _, err := find(t, page, Query{Roles: []Role{Status}, Name: "Token deleted"})
	var nf *NotFoundError
	if !errors.As(err, &nf) || !strings.Contains(nf.Error(), `no message named "Token deleted"`) {
		t.Errorf("a message that never shows: %v", err)
	}
}

// Web components keep their controls in open shadow roots, as a reader never notices: those
// are found by the same roles and names — slotted text, a label or aria-labelledby inside the
// shadow tree, a row in the page's table — and one clipped away by its host's shadow tree is
// hidden.
func TestFindInShadowRoots(t *testing.T) {
	page := open(t, "shadow.html")
	expectMatches(t, page, []query{
		{Query{Roles: []Role{Link}, Name: "Settings"}, "link Settings"},
		{Query{Roles: []Role{Link}, Name: "API Tokens"}, "link API Tokens"},
		{Query{Roles: []Role{Textbox}, Name: "Token name"}, "textbox Token name"},
		{Query{Roles: []Role{Textbox}, Name: "Description"}, "textbox Description"},
		{Query{Roles: []Role{Button}, Name: "Create token"}, "button Create token"},
		{Query{Roles: []Role{Button}, Name: "Delete all"}, "button Delete all"},
		{Query{Roles: []Role{Button}, Name: "Settings for ci"}, "button Settings for ci"},
		{Query{Roles: []Role{Button}, Icon: "gear", Row: "ci"}, "button Settings for ci"},
		{Query{Roles: []Role{Link}, Name: "Collapsed link"}, `error: no link named "Collapsed link"`},
	})
}

// query is a search and what it should match: the match's role and name ("button Save"), or
// the start of its error ("error: no link named …").
type query struct {
	q    Query
	want string
}

// expectMatches runs each query on page and checks what it matched.
func expectMatches(t *testing.T, page *rod.Page, queries []query) {
	t.Helper()
	for _, tc := range queries {
		_, m, err := find(t, page, tc.q)
		if got := matched(m, err); !strings.HasPrefix(got, tc.want) || (err == nil && got != tc.want) {
			t.Errorf("%+v: got %q, want %q", tc.q, got, tc.want)
		}
	}
}

// matched says what a search found as the tests' tables want it: "button Save", or "error: …".
func matched(m Match, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	return string(m.Role()) + " " + m.Name
}

// A page's same-origin frames hold controls a reader uses like the page's own — nested ones
// and those below a frame's fold included — while what a hidden frame holds is not seen and
// a cross-origin frame, which the page cannot read, is passed over.
func TestFindInFrames(t *testing.T) {
	page := open(t, "frames.html")
	expectMatches(t, page, []query{
		{Query{Roles: []Role{Link}, Name: "Settings"}, "link Settings"},
		{Query{Roles: []Role{Heading}, Name: "General settings"}, "heading General settings"},
		{Query{Roles: []Role{Textbox}, Name: "Site title"}, "textbox Site title"},
		{Query{Roles: []Role{Button}, Name: "Save changes"}, "button Save changes"},
		{Query{Roles: []Role{Button}, Icon: "gear", Row: "deploy"}, "button Settings for deploy"},
		{Query{Roles: []Role{Button}, Name: "Publish"}, "button Publish"},
		{Query{Roles: []Role{Button}, Name: "Below the fold"}, "button Below the fold"},
		{Query{Roles: []Role{Link}, Name: "Hidden pane link"}, `error: no link named "Hidden pane link"`},
	})
	// A modal dialog open in a frame holds the frame only.
	modal := open(t, "frames-modal.html")
	expectMatches(t, modal, []query{
		{Query{Roles: []Role{Link}, Name: "Settings"}, "link Settings"},
		{Query{Roles: []Role{Button}, Name: "Upload"}, "button Upload"},
	})
	// Boxes are the top page's: the pane's button sits right of the 220px sidebar and the
	// frame's 3px border.
	el, m, err := find(t, page, Query{Roles: []Role{Button}, Name: "Save changes"})
	if err != nil {
		t.Fatal(err)
	}
	if m.Box.X < 223 {
		t.Errorf("the framed button's box starts at x=%v, want it right of the sidebar (≥ 223)", m.Box.X)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	place, err := Where(ctx, el)
	if err != nil {
		t.Fatal(err)
	}
	if place.Box.X < 223 {
		t.Errorf("Where puts the framed button at x=%v, want ≥ 223", place.Box.X)
	}
}

// Of controls of one name, the one a reader sees wins: a panel's Save drawn over a toolbar's,
// while of two in plain sight (one under the fold) the first in page order does. A fixed
// panel or an absolutely placed popover is not clipped by a scrolling box it sits in but is
// not placed in.
func TestTheMatchOnTopWins(t *testing.T) {
	page := open(t, "ontop.html")
	if _, m, err := find(t, page, Query{Roles: []Role{Button}, Name: "Apply filter"}); err != nil {
		t.Errorf("the popover's button: %s", matched(m, err))
	}
	for name, want := range map[string]string{"Save": "panel-save", "Publish": "publish-top"} {
		el, _, err := find(t, page, Query{Roles: []Role{Button}, Name: name})
		if err != nil {
			t.Fatal(err)
		}
		if id := el.Context(context.Background()).MustAttribute("id"); id == nil || *id != want {
			t.Errorf("%s: found %s, want #%s", name, el.Context(context.Background()).MustHTML(), want)
		}
	}
}

// A count or a release badge after a control's label is not part of what a reader calls it;
// a last word that is no badge, or a count in the label's own text, is. A title drawn over a
// description is what the control is called; words inline in one name are not.
func TestCountsAndBadgesAfterALabel(t *testing.T) {
	page := open(t, "badges.html")
	expectMatches(t, page, []query{
		{Query{Roles: []Role{Link}, Name: "Comments"}, "link Comments 3"},
		{Query{Roles: []Role{Link}, Name: "Issues"}, "link Issues 1,204"},
		{Query{Roles: []Role{Link}, Name: "Editor"}, "link Editor beta"},
		{Query{Roles: []Role{Link}, Name: "Drafts"}, `error: no link named "Drafts"`},
		{Query{Roles: []Role{Button}, Name: "Delete"}, `error: no button named "Delete"`},
		{Query{Roles: []Role{Button}, Name: "Email"}, "button Email Define all allowed actions for the email plugin."},
		{Query{Roles: []Role{Link}, Name: "Save"}, `error: no link named "Save"`},
	})
}

// Of controls of one name, the one in the section a doc names is meant — a section under a
// heading, a region of that name, a panel titled in plain text — and a section the page does
// not show narrows nothing.
func TestTheMatchInTheNamedSectionWins(t *testing.T) {
	page := open(t, "sections.html")
	for _, tc := range []struct{ name, section, want string }{
		{"Save", "Admin Credentials", "credentials-save"},
		{"Save", "Webhooks", "webhooks-save"},
		{"Save", "Are you ready to save?", "panel-save"},
		{"Delete", "Danger Zone", "danger-delete"},
		{"Save", "Notifications", "webhooks-save"},
		{"Save", "", "webhooks-save"},
	} {
		el, _, err := find(t, page, Query{Roles: []Role{Button}, Name: tc.name, Section: tc.section})
		if err != nil {
			t.Fatal(err)
		}
		el = el.Context(context.Background())
		if id := el.MustAttribute("id"); id == nil || *id != tc.want {
			t.Errorf("%s in %q: found %s, want #%s", tc.name, tc.section, el.MustHTML(), tc.want)
		}
	}
}

// Of controls the doc's picture fits equally, the one of the kind its word names is meant:
// "the settings button <gear>" is the list's "View Settings" button, not the main menu's
// Settings link before it; with no word for the kind, page order decides, as before.
func TestTheMatchOfTheKindTheDocNamesWins(t *testing.T) {
	page := open(t, "kinds.html")
	for _, tc := range []struct {
		kind []Role
		want string
	}{
		{[]Role{Button, Link, MenuItem}, "view-settings"},
		{[]Role{Link, Button}, "nav-settings"},
		{nil, "nav-settings"},
	} {
		el, _, err := find(t, page, Query{Icon: "gear-six", Kind: tc.kind})
		if err != nil {
			t.Fatal(err)
		}
		el = el.Context(context.Background())
		if id := el.MustAttribute("id"); id == nil || *id != tc.want {
			t.Errorf("gear as %v: found %s, want #%s", tc.kind, el.MustHTML(), tc.want)
		}
	}
}

// "The delete button <x>": the doc's word for the control comes before its picture, which a
// page may draw on other controls too (a banner's close button); with no word, the picture
// decides, and a word no control answers to still leaves the picture.
func TestTheDocsWordForAnIconWinsOverThePicture(t *testing.T) {
	page := open(t, "wordicon.html")
	for _, tc := range []struct {
		icon, word, want string
	}{
		{"x", "delete", "delete-title"},
		{"x", "", "close-banner"},
		{"x", "dismiss", "close-banner"},
		{"pencil-simple", "edit", "edit-title"},
		{"x", "reorder", "close-banner"},
	} {
		el, _, err := find(t, page, Query{Icon: tc.icon, IconWord: tc.word})
		if err != nil {
			t.Fatalf("%s (%q): %v", tc.icon, tc.word, err)
		}
		el = el.Context(context.Background())
		if id := el.MustAttribute("id"); id == nil || *id != tc.want {
			t.Errorf("%s (%q): found %s, want #%s", tc.icon, tc.word, el.MustHTML(), tc.want)
		}
	}
	_, _, err := find(t, page, Query{Icon: "gear", IconWord: "archive"})
	if err == nil || !strings.Contains(err.Error(), `no gear icon and no control named "archive"`) {
		t.Errorf("neither picture nor word: %v", err)
	}
}

// "Click the [three-dots] icon in its row": a menu button with no name, drawn as three dots in
// a row or a column, is that icon — as a path of round parts or as circles — and a six-dot
// handle or three lines beside it are not.
func TestThreeDotsDrawnWithoutAName(t *testing.T) {
	page := open(t, "unnamed-icons.html")
	for row, want := range map[string]string{"first": "path-dots", "second": "circle-dots"} {
		el, _, err := find(t, page, Query{Icon: "three-dots", Row: row})
		if err != nil {
			t.Fatalf("%s: %v", row, err)
		}
		el = el.Context(context.Background())
		if id := el.MustAttribute("id"); id == nil || *id != want {
			t.Errorf("%s: found %s, want #%s", row, el.MustHTML(), want)
		}
	}
}

// "Click the three dots in the first section's header": of several menus drawn alike, the one
// of the page's content's first section, counted without its navigation; "last" counts back.
func TestASectionCountedInPageOrder(t *testing.T) {
	page := open(t, "unnamed-icons.html")
	for section, want := range map[string]string{"first": "first-dots", "main": "first-dots", "second": "second-dots", "last": "second-dots"} {
		el, _, err := find(t, page, Query{Icon: "ellipsis", Section: section})
		if err != nil {
			t.Fatalf("%s: %v", section, err)
		}
		el = el.Context(context.Background())
		if id := el.MustAttribute("id"); id == nil || *id != want {
			t.Errorf("%s section: found %s, want #%s", section, el.MustHTML(), want)
		}
	}
}

// "Click the arrow icon in the "Metadata" section" where no control names its picture: the
// one control under that section's title with no name is meant; a section with two such
// controls, or one the page does not show, gives none.
func TestTheOneUnnamedControlUnderASection(t *testing.T) {
	page := open(t, "section-pictures.html")
	for section, want := range map[string]string{"Metadata": "metadata", "JSON": "json", "Media": "", "Products": ""} {
		el, _, err := find(t, page, Query{Unnamed: true, Section: section, InSection: true})
		got := ""
		if err == nil {
			if id := el.Context(context.Background()).MustAttribute("id"); id != nil {
				got = *id
			}
		}
		if got != want {
			t.Errorf("under %q: found #%s (%v), want #%s", section, got, err, want)
		}
	}
}
