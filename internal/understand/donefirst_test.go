package understand

import "testing"

// A lead-in that says another task of the doc comes first names it by its link; a link for
// more on something does not.
func TestDoneFirst(t *testing.T) {
	for _, tt := range []struct{ markup, want string }{
		{"You can only remove a webhook after [disabling it](#disable-a-webhook). To remove a webhook:", "disable-a-webhook"},
		{"You must first [archive the project](#archive-a-project).", "archive-a-project"},
		{"First, [create a token](#create-a-token), then:", "create-a-token"},
		{"Before you can delete a team, [remove its members](#remove-members).", "remove-members"},
		{"To learn more, see [Roles](#roles). To add a role:", ""},
		{"The first [example](#an-example) shows a token with one scope.", ""},
		{"Make sure you first [create a token](#create-a-token).", "create-a-token"},
		{"You can only delete it after [revoking it](https://example.com/revoke).", ""},
		{"To delete a webhook:", ""},
	} {
		if got := DoneFirst(tt.markup); got != tt.want {
			t.Errorf("DoneFirst(%q) = %q, want %q", tt.markup, got, tt.want)
		}
	}
}
