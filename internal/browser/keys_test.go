package browser

import (
	"slices"
	"testing"

	"github.com/go-rod/rod/lib/input"
)

func TestChord(t *testing.T) {
	tests := []struct {
		name string
		want []input.Key // nil: refused
	}{
		{"Enter", []input.Key{input.Enter}},
		{"Escape", []input.Key{input.Escape}},
		{"Control+S", []input.Key{input.ControlLeft, 's'}},
		{"Control+Shift+P", []input.Key{input.ControlLeft, input.ShiftLeft, 'P'}},
		{"Control+/", []input.Key{input.ControlLeft, '/'}},
		{"Alt+ArrowDown", []input.Key{input.AltLeft, input.ArrowDown}},
		{"Space", []input.Key{input.Space}},
		{"Control", nil},   // nothing pressed while it is held
		{"S+Control", nil}, // a key held down in a chord must be a modifier
		{"Hyper+S", nil},
		{"Control+é", nil}, // not on the keyboard the browser is given
		{"", nil},
	}
	for _, tt := range tests {
		got, err := Chord(tt.name)
		if tt.want == nil {
			if err == nil {
				t.Errorf("Chord(%q) = %v, want an error", tt.name, got)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("Chord(%q) = %v, %v, want %v", tt.name, got, err, tt.want)
		}
	}
}
