package locate

import (
	"context"
	"testing"
	"time"
)

func TestModalMakesThePageBehindInert(t *testing.T) {
	page := open(t, "modal.html")
	for _, tc := range []struct {
		q    Query
		want string // role and name, or "" when nothing may match
	}{
		{Query{Roles: []Role{Dialog}, Name: "BigCommerce API Credentials"}, "dialog BigCommerce API Credentials"},
		{Query{Roles: []Role{Textbox}, Name: "Client Secret"}, "textbox Client Secret"},
		{Query{Icon: "close"}, "button Close"},
		{Query{Icon: "copy"}, "button Copy"},
		{Query{Roles: []Role{Link}, Name: "API Accounts"}, ""}, // behind the modal
	} {
		_, m, err := find(t, page, tc.q)
		got := ""
		if err == nil {
			got = string(m.Role()) + " " + m.Name
		}
		if got != tc.want {
			t.Errorf("%+v: got %q (%v), want %q", tc.q, got, err, tc.want)
		}
	}
	// Two "Done" buttons: only the modal's counts, so it is the only match.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	el, m, err := Find(ctx, page, Query{Roles: []Role{Button}, Name: "Done"})
	if err != nil {
		t.Fatal(err)
	}
	if m.Others != 0 {
		t.Errorf("Done matched %d more buttons, want the modal's only", m.Others)
	}
	inModal, err := el.Eval(`function () { return !!this.closest("[role=dialog]") }`)
	if err != nil || !inModal.Value.Bool() {
		t.Errorf("Done is not the modal's button (err %v)", err)
	}
}
