package steps

import (
	"context"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/target"
)

// Housekeeping through the panel's own pages, checked through the simulator's test API: what
// a run against a real store does to set up and clean up.
func TestHousekeeperThroughTheUI(t *testing.T) {
	for _, tt := range []struct {
		era   panel.Era
		pages Pages
	}{
		{panel.Era2017, Pages{}},
		{panel.Era2019, Pages{Create: "Create API Account > Create V2/V3 API Token"}},
	} {
		era := tt.era
		t.Run(era.String(), func(t *testing.T) {
			emb, err := target.StartEmbedded(panel.Options{Era: era, Seed: 4})
			if err != nil {
				t.Fatal(err)
			}
			defer emb.Close()
			owner := emb.Server.Owner()
			b := browsertest.Browser(t)
			h := &Housekeeper{
				Config: Config{BaseURL: emb.URL, Login: Login{Username: owner.Email, Password: owner.Password}, StepTimeout: 5 * time.Second},
				Open:   func(ctx context.Context) (*browser.Session, error) { return b.NewSession(ctx) },
				Pages:  tt.pages,
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			has := func(name string) bool {
				list, err := emb.API.Accounts(ctx)
				if err != nil {
					t.Fatal(err)
				}
				return list.Has(name)
			}

			for _, acc := range []struct {
				name   string
				legacy bool
			}{{"docdrift-0101t0000aaaaaa-1", false}, {"docdrift-0101t0000aaaaaa-2", true}, {"docdrift-0101t0000bbbbbb-1", true}} {
				if err := h.EnsureAccount(ctx, acc.name, acc.legacy); err != nil {
					t.Fatalf("EnsureAccount(%s): %v", acc.name, err)
				}
				if !has(acc.name) {
					t.Fatalf("%s was not created", acc.name)
				}
			}
			if err := h.EnsureAccount(ctx, "docdrift-0101t0000aaaaaa-1", false); err != nil { // exists: nothing to do
				t.Fatal(err)
			}
			if err := h.DeleteAccounts(ctx, []string{"docdrift-0101t0000aaaaaa-1", "never-created"}); err != nil {
				t.Fatal(err)
			}
			if has("docdrift-0101t0000aaaaaa-1") || !has("docdrift-0101t0000aaaaaa-2") {
				t.Error("DeleteAccounts deleted the wrong accounts")
			}
			swept, err := h.Sweep(ctx, "docdrift-0101t0000aaaaaa-")
			if err != nil || len(swept) != 1 || swept[0] != "docdrift-0101t0000aaaaaa-2" {
				t.Errorf("Sweep = %v, %v", swept, err)
			}
			if has("docdrift-0101t0000aaaaaa-2") || !has("docdrift-0101t0000bbbbbb-1") {
				t.Error("Sweep deleted the wrong accounts")
			}
		})
	}
}
