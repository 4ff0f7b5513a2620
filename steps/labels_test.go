package steps

import (
	"slices"
	"testing"
)

func TestLabelPath(t *testing.T) {
	tests := []struct {
		markup string
		want   []string
	}{
		{"**API Accounts**", []string{"API Accounts"}},
		{"**Advanced Settings** > **API Accounts**", []string{"Advanced Settings", "API Accounts"}},
		{"**Advanced Settings > API Accounts**", []string{"Advanced Settings", "API Accounts"}},
		{`"Save"`, []string{"Save"}},
		{"_Content Manager_", []string{"Content Manager"}},
		// A profile's label with quotes of its own keeps them: WordPress's button reads so.
		{`Revoke "{name}"`, []string{`Revoke "{name}"`}},
		{`Actions > Delete "{name}"`, []string{"Actions", `Delete "{name}"`}},
	}
	for _, tt := range tests {
		if got := LabelPath(tt.markup); !slices.Equal(got, tt.want) {
			t.Errorf("LabelPath(%q) = %q, want %q", tt.markup, got, tt.want)
		}
	}
}
