package understand

import "testing"

func TestAsksOwn(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"First name | Write your first name in the textbox.", true},
		{"Email | Write your complete email address in the textbox.", true},
		{"First name | Write the administrator's first name in the textbox.", false},
		{"Username | (optional) Write a username in the textbox.", false},
		{"Password | Write your new password in the textbox.", false},
	}
	for _, tt := range tests {
		m := Read(tt.sentence)
		if len(m.Acts) != 1 || m.Acts[0].Verb != Enter {
			t.Fatalf("Read(%q) = %v, want one field to fill", tt.sentence, m)
		}
		if got := AsksOwn(m.Acts[0]); got != tt.want {
			t.Errorf("AsksOwn(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}
