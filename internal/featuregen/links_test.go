package featuregen

import (
	"testing"

	"github.com/docdrift/docdrift/docsparse"
)

// An item that is nothing but a link is an entry of a table of contents or a link list (the
// Kubeapps dashboard guide opens with one, testdata/heldout 172): no step, however its title
// reads; a link inside an instruction leaves the instruction as it is.
func TestExplainLinkOnlyItems(t *testing.T) {
	src := "# Dashboard\n\n1. [Deploy an application](#deploy-an-application)\n2. **[Delete an application](delete.md)**\n" +
		"3. [Create a token][pat].\n\n## Use it\n\n1. Click [here](https://example.com/new) to open the form.\n\n[pat]: pat.md\n"
	want := map[string]bool{"Deploy an application": false, "**Delete an application**": false, "Create a token.": false,
		"Click here to open the form.": true}
	for _, s := range Explain(docsparse.Parse("toc.md", []byte(src))) {
		step, ok := want[s.Text]
		if !ok {
			t.Errorf("unexpected sentence %q", s.Text)
			continue
		}
		if s.Step != step {
			t.Errorf("%q: step %v, want %v (%s)", s.Text, s.Step, step, s.Meaning)
		}
		delete(want, s.Text)
	}
	for text := range want {
		t.Errorf("no sentence %q", text)
	}
}
