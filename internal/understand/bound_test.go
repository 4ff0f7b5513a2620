package understand

import (
	"strings"
	"testing"
)

// A sentence over MaxSentence is a step not understood, saying why; one at the limit is read.
func TestReadBoundsTheSentence(t *testing.T) {
	pad := func(n int) string { // "Select **Save** now now …" of exactly n bytes
		s := "Select **Save**" + strings.Repeat(" now", n)
		return s[:n]
	}
	for _, tc := range []struct {
		name       string
		sentence   string
		understood bool
		why        string
	}{
		{"at the limit", pad(MaxSentence), true, ""},
		{"one byte over", pad(MaxSentence + 1), false, "the sentence is 8193 bytes long and docdrift reads sentences of at most 8192 bytes; split it into shorter ones"},
		{"a megabyte of parentheses", "Select [x]" + strings.Repeat("(", 1<<20), false, "the sentence is 1048586 bytes long and docdrift reads sentences of at most 8192 bytes; split it into shorter ones"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := Read(tc.sentence)
			if m.Understood() != tc.understood || m.Why != tc.why || !m.Step() {
				t.Errorf("Read = %+v, want a step, understood %v, why %q", m, tc.understood, tc.why)
			}
			if f := ReadField(tc.sentence); f.Why != tc.why {
				t.Errorf("ReadField why = %q, want %q", f.Why, tc.why)
			}
		})
	}
}
