package record

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/golden"
	"github.com/docdrift/docdrift/internal/lint"
)

const (
	list   = "http://127.0.0.1:1/settings/tokens"
	create = "http://127.0.0.1:1/settings/tokens/new"
)

func at(url, heading string) Place { return Place{URL: url, Heading: heading} }

var product = Product{
	Known:      []string{"owner-pa55word"},
	Patterns:   []*regexp.Regexp{regexp.MustCompile(`^sk_live_[a-z0-9]+$`)},
	NameFields: []string{"Name"},
}

func TestCompose(t *testing.T) {
	tests := []struct {
		name    string
		events  []Event
		end     Place
		want    []string
		skipped int
	}{
		{"a click that opens a page says which", []Event{
			{Kind: "click", Role: "link", Name: "API Tokens", Place: at(list+"/..", "Settings")},
		}, at(list, "API Tokens"), []string{"Select **API Tokens**. This will display the **API Tokens** page."}, 0},
		{"clicks through menus become one breadcrumb", []Event{
			{Kind: "click", Role: "button", Name: "Settings", Opens: true, Place: at(list, "Home")},
			{Kind: "click", Role: "menuitem", Name: "Access", Opens: true, Place: at(list, "Home")},
			{Kind: "click", Role: "menuitem", Name: "API Tokens", Place: at(list, "Home")},
		}, at(create, "API Tokens"), []string{"Select **Settings** > **Access** > **API Tokens**. This will display the **API Tokens** page."}, 0},
		{"a click that opens nothing stays its own step", []Event{
			{Kind: "click", Role: "button", Name: "Refresh", Place: at(list, "API Tokens")},
			{Kind: "click", Role: "button", Name: "Create new API Token", Place: at(list, "API Tokens")},
		}, at(create, "Create API Token"), []string{"Select **Refresh**.",
			"Select **Create new API Token**. This will display the **Create API Token** page."}, 0},
		{"a custom dropdown opened and an option picked is one choice; a field's text again on losing focus is not an act", []Event{
			{Kind: "fill", Role: "textbox", Name: "Description", Value: "ERP", Place: at(create, "Create API Token")},
			{Kind: "click", Role: "combobox", Name: "Token duration", Opens: true, Place: at(create, "Create API Token")},
			{Kind: "fill", Role: "textbox", Name: "Description", Value: "ERP", Place: at(create, "Create API Token")},
			{Kind: "click", Role: "option", Name: "7 days", List: "Token duration", Place: at(create, "Create API Token")},
		}, at(create, "Create API Token"), []string{"In the **Description** field, enter `ERP`.", "In the **Token duration** dropdown, select **7 days**."}, 0},
		{"an option picked from a list whose opening was not seen", []Event{
			{Kind: "click", Role: "option", Name: "Read-only", List: "Token type", Place: at(create, "Create API Token")},
			{Kind: "click", Role: "option", Name: "Full access", Place: at(create, "Create API Token")},
		}, at(create, "Create API Token"), []string{"In the **Token type** dropdown, select **Read-only**.", "Select the **Full access** option."}, 0},
		{"choices: a select, a radio of a group, a lone radio, check boxes", []Event{
			{Kind: "choose", Role: "combobox", Name: "Region", Option: "EU (Frankfurt)", Place: at(create, "")},
			{Kind: "choose", Role: "radio", Name: "read-only", Group: "Products", Place: at(create, "")},
			{Kind: "choose", Role: "radio", Name: "Never expires", Place: at(create, "")},
			{Kind: "check", Role: "checkbox", Name: "Send me a copy", Checked: true, Place: at(create, "")},
			{Kind: "check", Role: "checkbox", Name: "Remember me:", Checked: false, Place: at(create, "")},
		}, at(create, ""), []string{
			"In the **Region** dropdown, select **EU (Frankfurt)**.",
			"Select **read-only** for **Products**.",
			"Select the **Never expires** option.",
			"Select the **Send me a copy** check box.",
			"Clear the **Remember me** check box.",
		}, 0},
		{"text entries: the last of a field's, the item's name as an example, values in code", []Event{
			{Kind: "fill", Role: "textbox", Name: "Description", Value: "first", Place: at(create, "")},
			{Kind: "fill", Role: "textbox", Name: "Description", Value: "Nightly  ERP\nsync", Place: at(create, "")},
			{Kind: "fill", Role: "textbox", Name: "Name *", Value: "ERP", Place: at(create, "")},
			{Kind: "fill", Role: "textbox", Name: "Path", Value: "a `tick`", Place: at(create, "")},
			{Kind: "fill", Role: "textbox", Name: "Notes", Value: "", Place: at(create, "")},
		}, at(create, ""), []string{
			"In the **Description** field, enter `Nightly ERP sync`.",
			"In the **Name** field, enter a name (for example, `ERP`).",
			"In the **Path** field, enter `` a `tick` ``.",
		}, 1},
		{"secrets and generated values are never written", []Event{
			{Kind: "fill", Role: "textbox", Name: "Password", Secret: true, Place: at(create, "")},
			{Kind: "fill", Role: "textbox", Name: "Confirm", Value: "my owner-pa55word", Place: at(create, "")},
			{Kind: "fill", Role: "textbox", Name: "Key", Value: "sk_live_abc", Place: at(create, "")},
			{Kind: "fill", Role: "textbox", Name: "Token", Value: "9f2c1e0b7a6d4c3b2a1f0e9d8c7b6a59", Place: at(create, "")},
		}, at(create, ""), []string{
			"In the **Password** field, enter your password.",
			"In the **Confirm** field, enter your secret.",
			"In the **Key** field, enter your secret.",
			"In the **Token** field, enter the generated value.",
		}, 0},
		{"no outcome for the page of the item just named: a run names it afresh", []Event{
			{Kind: "fill", Role: "textbox", Name: "Name", Value: "Nightly  sync", Place: at(create, "Create API Token")},
			{Kind: "click", Role: "button", Name: "Save", Place: at(create, "Create API Token")},
		}, at(list+"/7", "Nightly sync"), []string{"In the **Name** field, enter a name (for example, `Nightly sync`).", "Select **Save**."}, 0},
		{"a dialog an act opened is its outcome, before the page it moved to", []Event{
			{Kind: "click", Role: "button", Name: "Save", Place: at(create, "Create API Token")},
			{Kind: "click", Role: "button", Name: "Done", Place: Place{URL: list, Heading: "API Tokens", Dialog: "API Credentials"}},
		}, Place{URL: list, Heading: "API Tokens", Dialog: "API Credentials"}, []string{"Select **Save**. This will display the **API Credentials** dialog.", "Select **Done**."}, 0},
		{"a control with no name is left for the writer", []Event{
			{Kind: "click", Role: "button", Name: "", Place: at(list, "API Tokens")},
			{Kind: "click", Role: "button", Name: "Save", Place: at(list, "API Tokens")},
		}, at(list, "API Tokens"), []string{"Select **Save**."}, 1},
		{"labels with Markdown's characters are escaped", []Event{
			{Kind: "click", Role: "button", Name: "Save_all [beta]", Place: at(list, "")},
		}, at(list, ""), []string{`Select **Save\_all \[beta\]**.`}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, skipped := Compose(tt.events, tt.end, product)
			var texts []string
			for _, s := range got {
				texts = append(texts, s.Text)
			}
			if strings.Join(texts, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("steps:\n%s\nwant:\n%s", strings.Join(texts, "\n"), strings.Join(tt.want, "\n"))
			}
			if len(skipped) != tt.skipped {
				t.Errorf("skipped %q, want %d", skipped, tt.skipped)
			}
			for _, s := range got {
				for _, secret := range []string{"owner-pa55word", "sk_live_abc", "9f2c1e0b7a6d"} {
					if strings.Contains(s.Text, secret) {
						t.Errorf("step %q writes a secret", s.Text)
					}
				}
			}
		})
	}
}

// Every sentence record writes is one docdrift reads as a step, with no lint finding: what
// record writes, run can perform.
func TestComposedDocReadsBack(t *testing.T) {
	events := []Event{
		{Kind: "click", Role: "button", Name: "Settings", Opens: true, Place: at(list, "Home")},
		{Kind: "click", Role: "menuitem", Name: "API Tokens", Place: at(list, "Home")},
		{Kind: "click", Role: "link", Name: "Create new API Token", Place: at(list, "API Tokens")},
		{Kind: "fill", Role: "textbox", Name: "Name", Value: "Nightly sync", Place: at(create, "Create API Token")},
		{Kind: "fill", Role: "textbox", Name: "Description", Value: "For the ERP", Place: at(create, "Create API Token")},
		{Kind: "fill", Role: "textbox", Name: "Password", Secret: true, Place: at(create, "Create API Token")},
		{Kind: "fill", Role: "textbox", Name: "Token", Value: "9f2c1e0b7a6d4c3b2a1f0e9d8c7b6a59", Place: at(create, "Create API Token")},
		{Kind: "fill", Role: "textbox", Name: "Key", Value: "sk_live_abc", Place: at(create, "Create API Token")},
		{Kind: "fill", Role: "textbox", Name: "Notes", Value: "", Place: at(create, "Create API Token")},
		{Kind: "click", Role: "combobox", Name: "Token duration", Opens: true, Place: at(create, "Create API Token")},
		{Kind: "click", Role: "option", Name: "7 days", Place: at(create, "Create API Token")},
		{Kind: "choose", Role: "combobox", Name: "Region", Option: "EU (Frankfurt)", Place: at(create, "Create API Token")},
		{Kind: "choose", Role: "radio", Name: "read-only", Group: "Products", Place: at(create, "Create API Token")},
		{Kind: "choose", Role: "radio", Name: "Never expires", Place: at(create, "Create API Token")},
		{Kind: "check", Role: "checkbox", Name: "Send me a copy", Checked: true, Place: at(create, "Create API Token")},
		{Kind: "check", Role: "checkbox", Name: "Remember me", Place: at(create, "Create API Token")},
		{Kind: "click", Role: "option", Name: "Full access", Place: at(create, "Create API Token")},
		{Kind: "click", Role: "button", Name: "Save", Place: at(create, "Create API Token")},
	}
	steps, _ := Compose(events, at(list, "API Tokens"), product)
	doc := Doc{Title: "Create an API token", Source: "http://127.0.0.1:1", Steps: steps, Shots: make([]string, len(steps))}
	src := doc.Markdown()
	golden.Check(t, "create-token.md", src)

	parsed := docsparse.Parse("create-token.md", src)
	if findings := lint.Check(&lint.Input{Doc: parsed, Src: src}, lint.Default()); len(findings) > 0 {
		t.Errorf("lint findings on the recorded doc:\n%v", findings)
	}
	sentences := featuregen.Explain(parsed)
	var read []string
	for _, s := range sentences {
		if !s.Step || !s.Meaning.Understood() {
			t.Errorf("%s: %q is not read as an understood step (%s)", s.At, s.Text, s.Meaning.Why)
		}
		read = append(read, fmt.Sprintf("%s %s: %s", s.DocStep, s.Text, s.Meaning))
	}
	// One sentence per step, plus the outcome of the two that open a page.
	if want := len(steps) + 2; len(sentences) != want {
		t.Errorf("%d sentences read, want %d:\n%s", len(sentences), want, strings.Join(read, "\n"))
	}
	golden.Check(t, "create-token.explain", []byte(strings.Join(read, "\n")+"\n"))
}
