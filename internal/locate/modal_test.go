package locate

import (
	"context"
	"strings"
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

// Dialogs that make the page behind unusable without saying aria-modal — the page aria-hidden
// and the body deaf to the pointer (Radix), or the page inert — are modal too: only what they
// hold can be clicked, though the page's heading still shows behind them.
func TestDialogsThatShutThePageAreModal(t *testing.T) {
	for _, tc := range []struct {
		fixture string
		q       Query
		want    string // role and name, or "" when nothing may match
	}{
		{"alertdialog.html", Query{Roles: []Role{Button}, Name: "Regenerate"}, "button Regenerate"},
		{"alertdialog.html", Query{Roles: []Role{Dialog}}, "dialog Regenerate token"},
		{"alertdialog.html", Query{Name: "Create new API Token"}, ""}, // behind the dialog
		{"alertdialog.html", Query{Roles: []Role{Heading}, Name: "API Tokens"}, "heading API Tokens"},
		{"inert.html", Query{Roles: []Role{Button}, Name: "Confirm"}, "button Confirm"},
		{"inert.html", Query{Roles: []Role{Button}, Name: "Delete"}, ""},
		{"inert.html", Query{Roles: []Role{Heading}, Name: "Tokens"}, "heading Tokens"},
		{"inert-toolbar.html", Query{Roles: []Role{Button}, Name: "Delete selected"}, ""},
		{"inert-toolbar.html", Query{Roles: []Role{Button}, Name: "Create token"}, "button Create token"},
	} {
		page := open(t, tc.fixture)
		el, m, err := find(t, page, tc.q)
		got := ""
		if err == nil {
			got = string(m.Role()) + " " + m.Name
		}
		if got != tc.want {
			t.Errorf("%s %+v: got %q (%v), want %q", tc.fixture, tc.q, got, err, tc.want)
		}
		if tc.want == "button Regenerate" && err == nil {
			in, err := el.Context(context.Background()).Eval(`function () { return !!this.closest("[role=alertdialog]") }`)
			if err != nil || !in.Value.Bool() {
				t.Errorf("Regenerate is the page's button, not the dialog's (err %v)", err)
			}
		}
	}
}

// A doc's "Save" where a dialog says "Finish" (Strapi's field settings) is nothing alike, so
// no name is close: the message says what the dialog offers instead, its controls once each.
func TestADialogSaysWhatItOffersWhenNothingIsClose(t *testing.T) {
	_, _, err := find(t, open(t, "editdialog.html"), Query{Roles: []Role{Button}, Name: "Save"})
	if err == nil || !strings.Contains(err.Error(), `(it offers "Close modal", "Clear", "Cancel", "Finish")`) {
		t.Errorf("got %v, want the dialog's buttons offered, the last one too", err)
	}
	_, _, err = find(t, open(t, "modal.html"), Query{Roles: []Role{Button}, Name: "Dome"})
	if err == nil || strings.Contains(err.Error(), "offers") || !strings.Contains(err.Error(), `closest: "Done"`) {
		t.Errorf("got %v, want the close name alone", err)
	}
}
