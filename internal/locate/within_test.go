package locate

import (
	"context"
	"testing"
	"time"
)

// "For Products, select read-only": the option of that group, not the first "read-only".
func TestWithinAGroup(t *testing.T) {
	page := open(t, "form.html")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	for _, tc := range []struct {
		group, option string
		pressed       string // the chosen element's aria-pressed, or "label" for a radio's label
	}{
		{"Products", "read-only", "false"},
		{"Content", "read-only", "label"},
		{"Orders", "read-only", "label"}, // a "visually hidden" radio: the reader sees its label
	} {
		group, _, err := Find(ctx, page, Query{Roles: []Role{Group}, Name: tc.group})
		if err != nil {
			t.Fatal(err)
		}
		el, m, err := Find(ctx, page, Query{Roles: []Role{Radio}, Name: tc.option, Within: group,
			WithinLabel: "the " + tc.group + " group"})
		if err != nil {
			t.Fatal(err)
		}
		res, err := el.Eval(`function () { return this.localName === "label" ? "label" : this.getAttribute("aria-pressed") }`)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Value.Str(); got != tc.pressed || m.Others != 0 {
			t.Errorf("%s %s: got %q with %d others, want %q alone", tc.group, tc.option, got, m.Others, tc.pressed)
		}
	}
	group, _, err := Find(ctx, page, Query{Roles: []Role{Group}, Name: "Products"})
	if err != nil {
		t.Fatal(err)
	}
	short, cancel2 := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel2()
	_, _, err = Find(short, page, Query{Roles: []Role{Radio}, Name: "read only", Within: group, WithinLabel: `the "Products" group`})
	want := `no option named "read only" in the "Products" group on page "Create API Account" (closest: "read-only")`
	if err == nil || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
}
