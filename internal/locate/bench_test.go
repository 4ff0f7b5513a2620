package locate

import (
	"context"
	"testing"
	"time"
)

// BenchmarkFind measures one successful search: the candidate round-trip plus the fetch of
// the chosen element.
func BenchmarkFind(b *testing.B) {
	for _, bc := range []struct {
		fixture string
		q       Query
	}{
		{"nav2017.html", Query{Roles: []Role{Link, Button}, Name: "Legacy API Settings"}},
		{"accounts.html", Query{Roles: []Role{Checkbox}, Row: "bob"}},
		{"form.html", Query{Roles: []Role{Textbox}, Name: "Name"}},
	} {
		b.Run(bc.fixture, func(b *testing.B) {
			page := open(b, bc.fixture)
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
