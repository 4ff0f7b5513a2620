package locate

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/go-rod/rod"
)

func TestRowsColumnsAndIcons(t *testing.T) {
	page := open(t, "accounts.html")
	for _, tc := range []struct {
		q       Query
		want    string // role and label of the match, or the error message
		checked bool
	}{
		{Query{Roles: []Role{Row}, Row: "alice"}, "row alice More actions", false},
		{Query{Roles: []Role{Row}, Row: "bob"}, "row bob (owner)", false},
		{Query{Roles: []Role{Checkbox}, Row: "bob"}, "checkbox ", true},
		{Query{Roles: []Role{Checkbox}, Row: "alice-admin"}, "checkbox ", false},
		{Query{Roles: []Role{Cell}, Row: "erp-sync", Column: "Scopes"}, "cell Products, Orders Read-Only", false},
		{Query{Roles: []Role{Button}, Row: "alice", Column: "Action"}, "button More actions", false},
		{Query{Icon: "ellipsis", Row: "alice", Column: "Action"}, "button More actions", false},
		// "Select the menu icon by the user": a row's menu is its actions menu.
		{Query{Icon: "menu", Row: "alice"}, "button More actions", false},
		{Query{Icon: "gears", Row: "bob", Column: "Action"}, "button Settings", false},
		{Query{Icon: "gears", Row: "dave", Column: "Action"}, "button Manage", false},         // class="icon gear"
		{Query{Icon: "trash can", Row: "erp-sync", Column: "Action"}, "button Delete", false}, // header says "Actions"
		{Query{Icon: "trash can"}, "button Delete selected", false},
		{Query{Icon: "gears", Row: "alice", Column: "Action"},
			`no gears icon in the "Action" column of the row of "alice" on page "Legacy API Accounts" (found a "More actions" button there)`, false},
		{Query{Icon: "menu"}, `no menu icon on page "Legacy API Accounts" (icons on the page: "Delete selected", "Settings", "Manage")`, false},
		{Query{Icon: "pencil"},
			`no pencil icon on page "Legacy API Accounts" (icons on the page: "Delete selected", "Settings", "Manage")`, false},
	} {
		_, m, err := find(t, page, tc.q)
		got := string(m.Role()) + " " + m.Label()
		if err != nil {
			got = err.Error()
			if !errors.As(err, new(*NotFoundError)) {
				t.Errorf("%+v: %T is not a *NotFoundError", tc.q, err)
			}
		}
		if got != tc.want || (err == nil && m.Checked != tc.checked) {
			t.Errorf("%+v:\n got %s (checked %v)\nwant %s (checked %v)", tc.q, got, m.Checked, tc.want, tc.checked)
		}
	}
}

// A card a heading names is a record as a table row is: its controls are in the row of that
// name (n8n's API key cards, whose only control is a "⋮"). What no one heading encloses, the
// page's own button under its title, is in no card's row.
func TestCardsAreRecordsNamedByTheirHeading(t *testing.T) {
	checkFound(t, open(t, "cards.html"), []foundCase{
		{Query{Icon: "ellipsis", Row: "beta"}, "button ellipsis-vertical@beta"},
		{Query{Icon: "ellipsis", Row: "alpha"}, "button ellipsis-vertical@alpha"},
		{Query{Roles: []Role{Button}, Name: "Create an API key", Row: "alpha"},
			`no button named "Create an API key" in the row of "alpha" on page "API keys"`},
	})
}

// A record drawn as neither a table row nor a titled card — a tile of a grid (Strapi 5's
// media library folders), an item of a list — is one of several alike boxes: its controls
// are in the row of the text it shows. What sits outside every record, the toolbar's "New",
// is in none.
func TestTilesAndItemsAreRecords(t *testing.T) {
	checkFound(t, open(t, "tiles.html"), []foundCase{
		{Query{Roles: []Role{Checkbox}, Row: "docdrift-2"}, "checkbox Select@docdrift-2"},
		{Query{Roles: []Role{Button}, Name: "More actions", Row: "docdrift-1"}, "button More actions@Select docdrift-1"},
		{Query{Roles: []Role{Button}, Name: "Delete", Row: "logo.png"}, "button Delete@logo.png"},
		{Query{Roles: []Role{Button}, Name: "New", Row: "docdrift-1"},
			`no button named "New" in the row of "docdrift-1" on page "Media library"`},
	})
}

// foundCase is a search and the start of what it should find (see foundAs).
type foundCase struct {
	q    Query
	want string
}

// checkFound runs each case's search on page.
func checkFound(t *testing.T, page *rod.Page, cases []foundCase) {
	t.Helper()
	for _, tc := range cases {
		if got, _ := foundAs(t, page, tc.q); !strings.HasPrefix(got, tc.want) {
			t.Errorf("%+v:\n got %s\nwant %s", tc.q, got, tc.want)
		}
	}
}

// foundAs is what a search for q finds on page, as its role and label and its row's first
// cell after "@", or the error's message; and its match.
func foundAs(t *testing.T, page *rod.Page, q Query) (string, Match) {
	t.Helper()
	_, m, err := find(t, page, q)
	if err != nil {
		return err.Error(), m
	}
	got := string(m.Role()) + " " + m.Label()
	if len(m.Row) > 0 {
		got += "@" + m.Row[0]
	}
	return got, m
}

// A control drawn only as a picture is called by the line of text right under it, and by
// nothing beside it, nor by text that holds a control of its own.
func TestCaptionsUnderPictures(t *testing.T) {
	checkFound(t, open(t, "captions.html"), []foundCase{
		{Query{Name: "Add first step..."}, "button Add first step…"},
		{Query{Roles: []Role{Button}, Name: "docdrift-1"}, `no button named "docdrift-1"`},
		{Query{Roles: []Role{Button}, Name: "Filter by tags"}, `no button named "Filter by tags"`},
	})
}

// A <label> drawn just before a field without being tied to it names the field to a reader,
// and so does the one label of a field's group when it is tied to no field (a typeahead's
// toggle); another field's label never does.
func TestLooseLabelsNameTheirFields(t *testing.T) {
	checkFound(t, open(t, "looselabels.html"), []foundCase{
		{Query{Roles: []Role{Combobox}, Name: "Status"}, "combobox Status"},
		{Query{Roles: []Role{Textbox}, Name: "Tags"}, "textbox Tags"},
		{Query{Roles: []Role{Textbox}, Name: "Filter by tags"}, "textbox Tags"},
		{Query{Roles: []Role{Textbox}, Name: "First"}, "textbox First"},
		{Query{Roles: []Role{Textbox}, Name: "Second"}, "textbox Second"},
		{Query{Roles: []Role{Textbox}, Name: "Third"}, "textbox Third"},
		{Query{Roles: []Role{Textbox}, Name: "Groups"}, "textbox Groups"},
		{Query{Roles: []Role{Textbox}, Name: "Fourth"}, "textbox Fourth"},
	})
}

// What a page only draws as clickable — a span under a pointer cursor that a script listens
// to — is no control to a search by role, and a button to one that asks for drawn controls
// too; what a real control holds is that control, found once.
func TestControlsOnlyDrawn(t *testing.T) {
	page := open(t, "drawn.html")
	for _, tc := range []struct {
		q    Query
		want string
	}{
		{Query{Roles: Clickable, Name: "+ Add tag"}, `no link, button, menu item or tab named "+ Add tag"`},
		{Query{Roles: append(slices.Clip(Clickable), Drawn), Name: "+ Add tag"}, "button + Add tag"},
		{Query{Roles: append(slices.Clip(Clickable), Drawn), Name: "Share"}, "button Share"},
		{Query{Roles: append(slices.Clip(Clickable), Drawn), Icon: "ellipsis"}, "button"},
		{Query{Roles: append(slices.Clip(Clickable), Drawn), Name: "Personal"}, `no link, button, menu item or tab named "Personal"`},
	} {
		got, m := foundAs(t, page, tc.q)
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("%+v:\n got %s\nwant %s", tc.q, got, tc.want)
		}
		if m.Others > 0 {
			t.Errorf("%+v: %d other matches, want the one control", tc.q, m.Others)
		}
	}
}
