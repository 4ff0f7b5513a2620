package locate

import "testing"

func TestHasIcon(t *testing.T) {
	for _, tc := range []struct {
		desc string
		c    Candidate
		want bool
	}{
		{"gears", Candidate{Icons: []string{"fa fa-cog"}}, true},
		{"gears icon", Candidate{Icons: []string{"icon-settings"}}, true},
		{"gear", Candidate{Title: "Settings"}, true},
		{"gears", Candidate{Name: "More actions", Text: "•••"}, false},
		{"ellipsis", Candidate{Name: "More actions", Text: "•••"}, true},
		{"ellipsis", Candidate{Text: "..."}, true},
		// Strapi's list view has a "Learn more" help link beside its rows' menus.
		{"dots-three-outline", Candidate{Name: "Learn more about Content Manager"}, false},
		{"dots-three-outline", Candidate{Name: "More actions"}, true},
		{"ellipsis", Candidate{Icons: []string{"fa-ellipsis-h"}}, true},
		{"trash can", Candidate{Icons: []string{"icon-trash"}}, true},
		{"trash can button", Candidate{Name: "Delete selected"}, true},
		{"trash can", Candidate{Name: "Trash can"}, true},
		{"bin", Candidate{Icons: []string{"glyphicon-trash"}}, true},
		{"trash can", Candidate{Name: "Edit", Icons: []string{"icon-pencil"}}, false},
		{"pencil", Candidate{Icons: []string{"icon-pencil"}}, true},
		{"close", Candidate{Text: "×"}, true},
		{"copy", Candidate{Title: "Copy to clipboard"}, true},
		{"search", Candidate{Icons: []string{"magnifier"}}, true},
		{"Filters", Candidate{Icons: []string{"n8n-icon", "funnel"}}, true},
		{"rocket", Candidate{Icons: []string{"icon-rocket"}}, true},
		{"rocket", Candidate{Icons: []string{"icon-trash"}}, false},
		// The icon is named last; the words before it say whose it is (Strapi's rows).
		{"API token's edit", Candidate{Name: "Edit docdrift-1201t1915f0dfe4-3"}, true},
		{"API token's edit", Candidate{Name: "Delete docdrift-1201t1915f0dfe4-3"}, false},
		// An icon set's names put the variant after the picture (Phosphor's, Lucide's).
		{"gear-six", Candidate{Name: "Settings"}, true},
		{"pencil-simple", Candidate{Name: "Edit Public"}, true},
		{"pencil-simple", Candidate{Name: "Delete Public"}, false},
		{"trash2", Candidate{Name: "Delete"}, false}, // one word: no picture the table knows
		// Six dots are a drag handle, not the three dots of a "more" menu (Strapi's fields).
		{"dots-six-vertical", Candidate{Name: "Move title"}, true},
		{"dots-six-vertical", Candidate{Name: "More actions"}, false},
		{"reorder", Candidate{Name: "Move title"}, true},
		{"grip-vertical", Candidate{Icons: []string{"fa-grip-vertical"}}, true},
		// The picture between other words (n8n's docs, for its plus button).
		{"universal create resource icon", Candidate{Icons: []string{"n8n-icon", "plus"}}, true},
		{"universal create resource icon", Candidate{Icons: []string{"trash"}}, false},
	} {
		if got := hasIcon(tc.c, iconGroup(tc.desc)); got != tc.want {
			t.Errorf("hasIcon(%+v, %q) = %v, want %v", tc.c, tc.desc, got, tc.want)
		}
	}
}

// An unnamed control is called by the picture its icons name, never by a build's class names.
func TestIconLabel(t *testing.T) {
	for _, tc := range []struct {
		icons []string
		want  string
	}{
		{[]string{"button _button_zpi3n_123 _withIcon_zpi3n_513", "_icon_zpi3n_519", "n8n-icon", "plus"}, "plus"}, // n8n 1.123
		{[]string{"fa fa-cog"}, "fa-cog"},
		{[]string{"icon-trash"}, "icon-trash"},
		{nil, ""},
	} {
		if got := (Candidate{Icons: tc.icons}).Label(); got != tc.want {
			t.Errorf("Label of icons %q = %q, want %q", tc.icons, got, tc.want)
		}
	}
}
