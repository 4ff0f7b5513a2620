package locate

import (
	"context"
	"testing"
	"time"
)

func TestParsePosition(t *testing.T) {
	for _, tc := range []struct {
		cue, want string
	}{
		{"at the page's lower right-hand corner", "bottom right"},
		{"at the top right", "top right"},
		{"at the bottom of the page", "bottom"},
		{"upper left", "top left"},
		{"Centre", "center"},
		{"somewhere", "error"},
	} {
		p, err := ParsePosition(tc.cue)
		got := p.String()
		if err != nil {
			got = "error"
		}
		if got != tc.want {
			t.Errorf("ParsePosition(%q) = %q, want %q", tc.cue, got, tc.want)
		}
	}
}

func TestWhere(t *testing.T) {
	page := open(t, "form.html")
	for _, tc := range []struct {
		q        Query
		viewport string
		cue      string
		matches  bool
	}{
		{Query{Roles: []Role{Button}, Name: "Save"}, "bottom right", "at the page's lower right-hand corner", true},
		{Query{Roles: []Role{Button}, Name: "Save"}, "bottom right", "top right", false},
		{Query{Roles: []Role{Heading}, Name: "Create API Account"}, "top left", "top left", true},
		{Query{Roles: []Role{Heading}, Name: "Create API Account"}, "top left", "lower right", false},
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		el, _, err := Find(ctx, page, tc.q)
		if err != nil {
			t.Fatal(err)
		}
		pl, err := Where(ctx, el)
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		if got := pl.InViewport().String(); got != tc.viewport {
			t.Errorf("%s: in viewport %q, want %q (%+v)", tc.q.Name, got, tc.viewport, pl)
		}
		want, _ := ParsePosition(tc.cue)
		if pl.Matches(want) != tc.matches {
			t.Errorf("%s: Matches(%q) = %v, want %v", tc.q.Name, tc.cue, !tc.matches, tc.matches)
		}
	}
}

func TestThirds(t *testing.T) {
	page := Size{Width: 900, Height: 3000}
	for _, tc := range []struct {
		p    Placement
		page string
		view string
	}{
		// End of a long form, scrolled into view: bottom of the page and of the viewport.
		{Placement{Box: Box{X: 800, Y: 2900, Width: 60, Height: 30}, Viewport: Size{900, 600}, Page: page, Scroll: Point{0, 2400}}, "bottom right", "bottom right"},
		// Fixed footer at the top of the scroll: bottom of the viewport, top of the page.
		{Placement{Box: Box{X: 800, Y: 560, Width: 60, Height: 30}, Viewport: Size{900, 600}, Page: page}, "top right", "bottom right"},
	} {
		if got := tc.p.InPage().String(); got != tc.page {
			t.Errorf("InPage = %q, want %q", got, tc.page)
		}
		if got := tc.p.InViewport().String(); got != tc.view {
			t.Errorf("InViewport = %q, want %q", got, tc.view)
		}
	}
}

// Of equally good matches, the one where the doc puts the control is meant; with none there,
// or no place given, page order decides as before.
func TestAtPlacePrefersTheOneThere(t *testing.T) {
	snap := &snapshot{Viewport: Size{Width: 1200, Height: 800}, Page: Size{Width: 1200, Height: 800}}
	left := Candidate{Name: "Settings", Box: Box{X: 10, Y: 300, Width: 20, Height: 20}}
	right := Candidate{Name: "Settings", Box: Box{X: 1100, Y: 120, Width: 20, Height: 20}}
	for _, tc := range []struct {
		place string
		want  float64 // the X of the candidate taken
	}{
		{"right", 1100},
		{"left", 10},
		{"bottom", 10}, // neither is there: page order
		{"", 10},
	} {
		var want Position
		if tc.place != "" {
			want, _ = ParsePosition(tc.place)
		}
		m, _ := atPlace(snap, Match{Candidate: left}, []Candidate{right}, want)
		if m.Box.X != tc.want {
			t.Errorf("place %q: took the one at x=%v, want x=%v", tc.place, m.Box.X, tc.want)
		}
	}
}
