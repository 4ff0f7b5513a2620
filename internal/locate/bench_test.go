package locate

import (
	"context"
	"strings"
	"testing"
	"time"
)

// BenchmarkFind measures one successful search: the candidate round-trip plus the fetch of
// the chosen element.
func BenchmarkFind(b *testing.B) {
	for _, bc := range []struct {
		fixture string
		q       Query
		grow    string // a script that adds to the page first
	}{
		{"nav2017.html", Query{Roles: []Role{Link, Button}, Name: "Legacy API Settings"}, ""},
		{"accounts.html", Query{Roles: []Role{Checkbox}, Row: "bob"}, ""},
		{"form.html", Query{Roles: []Role{Textbox}, Name: "Name"}, ""},
		// A long list: what looking into shadow roots costs a page that has none.
		{"form.html+2000 rows", Query{Roles: []Role{Textbox}, Name: "Name"}, `() => document.body.insertAdjacentHTML("beforeend",
			"<table>" + "<tr><td>a row</td><td><span>of</span> <em>text</em></td></tr>".repeat(2000) + "</table>")`},
		// Many links with child elements: what reading a count or badge off each name costs.
		{"form.html+2000 links", Query{Roles: []Role{Textbox}, Name: "Name"}, `() => document.body.insertAdjacentHTML("beforeend",
			"<ul>" + "<li><a href='#'><span>Issues</span> <span>1,204</span></a> <button><i></i> Edit <b>beta</b></button></li>".repeat(2000) + "</ul>")`},
		{"shadow.html", Query{Roles: []Role{Button}, Name: "Delete all"}, ""},
	} {
		b.Run(bc.fixture, func(b *testing.B) {
			page := open(b, strings.Fields(strings.ReplaceAll(bc.fixture, "+", " "))[0])
			if bc.grow != "" {
				page.MustEval(bc.grow)
			}
			for b.Loop() {
				ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
				_, _, err := Find(ctx, page, bc.q)
				cancel()
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
