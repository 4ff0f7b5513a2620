package locate

import "testing"

// Roles are said as a docs writer says them, each word once: a radio and an option are both
// an "option", and "drawn" is a way of looking, not a kind of control.
func TestRolePhrase(t *testing.T) {
	for _, tt := range []struct {
		roles []Role
		want  string
	}{
		{nil, "element"},
		{[]Role{Checkbox}, "check box"},
		{[]Role{Link, Button}, "link or button"},
		{[]Role{Radio, Option, Button, MenuItem}, "option, button or menu item"},
		{[]Role{Button, Drawn}, "button"},
	} {
		if got := RolePhrase(tt.roles); got != tt.want {
			t.Errorf("RolePhrase(%v) = %q, want %q", tt.roles, got, tt.want)
		}
	}
}
