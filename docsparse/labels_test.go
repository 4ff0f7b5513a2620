package docsparse

import (
	"fmt"
	"strings"
	"testing"
)

func labelString(ls []Label) string {
	var parts []string
	for _, l := range ls {
		s := fmt.Sprintf("%s:%q@%d:%d", l.Kind, l.Text, l.Pos.Line, l.Pos.Col)
		if l.Path != nil {
			s += fmt.Sprintf("%q", l.Path)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func TestLabels(t *testing.T) {
	tests := []struct {
		name, item, want string
	}{
		{"bold", "1. Select **Save**.", `bold:"Save"@1:13`},
		{"underscore bold", "1. Select __Save__.", `bold:"Save"@1:13`},
		{"code", "1. Enter `Yes` in the field.", `code:"Yes"@1:11`},
		{"italic star", "1. Open the *Admin* sidebar.", `italic:"Admin"@1:14`},
		{"italic underscore", "1. Open the _Admin_ sidebar.", `italic:"Admin"@1:14`},
		{"straight quotes", `1. Click "Add Root Category".`, `quoted:"Add Root Category"@1:11`},
		{"curly quotes", "1. Click “OK” to close.", `quoted:"OK"@1:13`},
		{"apostrophes are not quotes", "1. Open the store's page.", ``},
		{"button span", `1. Click <span class="btn">Save Config</span>.`, `button:"Save Config"@1:28`},
		{"html bold", "1. Click <b>Done</b> and <strong>Close</strong>.", `bold:"Done"@1:13 bold:"Close"@1:34`},
		{"entity inside label", "1. Select **Access&#160;Token**.", `bold:"Access Token"@1:13`},
		{"breadcrumb of bold parts", "1. Go to **Stores** > **Settings** > **Configuration**.", `breadcrumb:"Stores > Settings > Configuration"@1:12["Stores" "Settings" "Configuration"]`},
		{"breadcrumb inside bold", "1. Go to **Advanced Settings > Legacy API Settings**.", `breadcrumb:"Advanced Settings > Legacy API Settings"@1:12["Advanced Settings" "Legacy API Settings"]`},
		{"breadcrumb with escaped gt", "1. Go to **A** &gt; **B**.", `breadcrumb:"A > B"@1:12["A" "B"]`},
		{"guillemet arrow", "1. Choose Settings › Advanced Settings, then save.", `breadcrumb:"Settings > Advanced Settings"@1:11["Settings" "Advanced Settings"]`},
		{"right arrow", "1. Choose File → Save As.", `breadcrumb:"File > Save As"@1:11["File" "Save As"]`},
		{"fat arrow chain", "1. Open Stores => Settings => Configuration to begin.", `breadcrumb:"Stores > Settings > Configuration"@1:9["Stores" "Settings" "Configuration"]`},
		{"quote and breadcrumb in one run", `1. Go to Settings › Advanced, then click "Save".`, `breadcrumb:"Settings > Advanced"@1:10["Settings" "Advanced"] quoted:"Save"@1:45`},
		{"two breadcrumbs (columns count bytes)", "1. Use File → Open or Edit → Undo.", `breadcrumb:"File > Open"@1:8["File" "Open"] breadcrumb:"Edit > Undo"@1:25["Edit" "Undo"]`},
		{"arrow without capitalised parts", "1. Convert a → b.", ``},
		{"bare gt in prose is not a breadcrumb", "1. Make sure size > 5 and Save.", ``},
		{"labels around a breadcrumb", "1. On the _Admin_ sidebar, go to **Catalog** > **Categories** and click **Add**.", `italic:"Admin"@1:12 breadcrumb:"Catalog > Categories"@1:36["Catalog" "Categories"] bold:"Add"@1:75`},
		{"bold inside link", "1. See [**Permission References**](x.md).", `bold:"Permission References"@1:11`},
		{"code is never split", "1. Run `a > b`.", `code:"a > b"@1:9`},
		{"second line", "1. Click\n   **Save**.", `bold:"Save"@2:6`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse("t.md", []byte("# T\n\n"+tt.item+"\n"))
			if len(doc.Procedures) != 1 || len(doc.Procedures[0].Steps) != 1 {
				t.Fatalf("want one step, got %+v", doc.Procedures)
			}
			got := labelString(doc.Procedures[0].Steps[0].Labels)
			// The item is parsed after "# T\n\n", two lines down.
			want := shiftLines(tt.want, 2)
			if got != want {
				t.Errorf("labels of %q\n got %s\nwant %s", tt.item, got, want)
			}
		})
	}
}

// shiftLines adds n to every "@line:" in a label string.
func shiftLines(s string, n int) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "@")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i+1])
		s = s[i+1:]
		var line int
		fmt.Sscanf(s, "%d", &line)
		b.WriteString(fmt.Sprint(line + n))
		s = s[len(fmt.Sprint(line)):]
	}
}

func TestNormalizeSpace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"  two  spaces\n\tand\u00a0nbsp ", "two spaces and nbsp"},
		{"a b", "a b"},
		{"trailing ", "trailing"},
		{"bad \xff byte", "bad \xff byte"},
	}
	for _, tt := range tests {
		if got := normalizeSpace(tt.in); got != tt.want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
