package main

import "testing"

// A gold row is matched to the sentence at its line that reads most like it; when a row holds
// two of docdrift's sentences, the one sharing more of its words is the row.
func TestMatch(t *testing.T) {
	title := sentence{Text: "**Upload the file.**", Role: "note"}
	step := sentence{Text: "Click the file input and select your CSV.", Role: "action"}
	other := sentence{Text: "Read the release notes.", Role: "action"}
	tests := []struct {
		name  string
		cands []sentence
		text  string
		want  string // "" when nothing matches
	}{
		{"the step, not its title", []sentence{title, step}, "**Upload the file.** Click the file input and select your CSV.", step.Text},
		{"the title alone", []sentence{title, step}, "**Upload the file.**", title.Text},
		{"the closest of two", []sentence{other, step}, "Click the file input.", step.Text},
		{"nothing like it", []sentence{other, title}, "Enter your password and continue.", ""},
	}
	for _, tt := range tests {
		got, ok := match(tt.cands, tt.text)
		if !ok {
			got = sentence{}
		}
		if got.Text != tt.want {
			t.Errorf("%s: match(%q) = %q, want %q", tt.name, tt.text, got.Text, tt.want)
		}
	}
}
