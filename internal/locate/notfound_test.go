package locate

import (
	"context"
	"errors"
	"testing"
)

func TestNotFoundNamesTheClosest(t *testing.T) {
	for _, tc := range []struct {
		fixture   string
		q         Query
		msg       string
		confident string
	}{
		{"nav2023.html", Query{Roles: []Role{Link, Button}, Name: "API Accounts"},
			`no link or button named "API Accounts" on page "Home" (closest: "Store-level API accounts", "Account-level API accounts")`, ""},
		{"nav2023.html", Query{Roles: []Role{Link, Button}, Name: "Advanced Settings"},
			`no link or button named "Advanced Settings" on page "Home" (closest: "Settings")`, "Settings"},
		{"sidebar.html", Query{Roles: []Role{Link}, Name: "Legacy API Accounts"},
			`no link named "Legacy API Accounts" on page "Settings" (closest: "Legacy API Accounts Help", "Legacy API Settings", "api accounts")`, ""},
		{"sidebar.html", Query{Roles: []Role{Link}, Name: "Hidden Link"},
			`no link named "Hidden Link" on page "Settings"`, ""},
		{"accounts.html", Query{Roles: []Role{Checkbox}, Row: "carol"},
			`no check box in the row of "carol" on page "Legacy API Accounts"`, ""},
	} {
		t.Run(tc.q.Name+tc.q.Row, func(t *testing.T) {
			t.Parallel() // each case waits out its deadline; let them wait together
			_, _, err := find(t, open(t, tc.fixture), tc.q)
			var nf *NotFoundError
			if !errors.As(err, &nf) {
				t.Fatalf("err = %v, want *NotFoundError", err)
			}
			if err.Error() != tc.msg {
				t.Errorf("message:\n got %s\nwant %s", err, tc.msg)
			}
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("%+v: error does not say the wait ran out: %v", tc.q, nf.Err)
			}
			c, ok := Confident(nf.Candidates)
			if (ok && c.Label() != tc.confident) || (!ok && tc.confident != "") {
				t.Errorf("%+v: Confident = %q %v, want %q", tc.q, c.Label(), ok, tc.confident)
			}
		})
	}
}

// The 2017 sidebar has no "Legacy API Accounts": the writer meant "Legacy API Settings".
func TestConfidentCandidateOnTheRealSidebar(t *testing.T) {
	page := open(t, "nav2017.html")
	_, _, err := find(t, page, Query{Roles: []Role{Link, Button}, Name: "Legacy API Accounts"})
	var nf *NotFoundError
	if !errors.As(err, &nf) {
		t.Fatalf("err = %v, want *NotFoundError", err)
	}
	want := `no link or button named "Legacy API Accounts" on page "Advanced Settings" (closest: "Legacy API Settings", "API Accounts")`
	if err.Error() != want {
		t.Errorf("message:\n got %s\nwant %s", err, want)
	}
	c, ok := Confident(nf.Candidates)
	if !ok || c.Label() != "Legacy API Settings" {
		t.Fatalf("Confident = %q %v, want Legacy API Settings", c.Label(), ok)
	}
}
