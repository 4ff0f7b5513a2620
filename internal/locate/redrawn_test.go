package locate

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/go-rod/rod"
)

// An element the page drew anew since it was found is the page's redraw, said at once: a group
// searched within holds nothing a reader could see, and a control measured sits nowhere — read
// as they look, they would be an absent label or a control moved to the top left (drift).
func TestRedrawn(t *testing.T) {
	page := open(t, "form.html")
	tests := []struct {
		name  string
		found Query
		use   func(ctx context.Context, el *rod.Element) error
	}{
		{"search within a group", Query{Roles: []Role{Group}, Name: "Products"}, func(ctx context.Context, el *rod.Element) error {
			_, _, err := Find(ctx, page, Query{Roles: []Role{Radio}, Name: "read-only", Within: el, WithinLabel: `the "Products" group`})
			return err
		}},
		{"measure a control", Query{Roles: []Role{Button}, Name: "Save"}, func(ctx context.Context, el *rod.Element) error {
			_, err := Where(ctx, el)
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			el, _, err := Find(ctx, page, tt.found)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := el.Eval(`function () { this.replaceWith(this.cloneNode(true)) }`); err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			err = tt.use(ctx, el)
			var nf *NotFoundError
			switch {
			case !errors.Is(err, ErrRedrawn) || errors.As(err, &nf):
				t.Errorf("err = %v, want ErrRedrawn and no *NotFoundError", err)
			case time.Since(start) > time.Second:
				t.Errorf("took %v to notice, want at once", time.Since(start))
			}
		})
	}
}
