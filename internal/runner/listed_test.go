package runner

import (
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/results"
)

// Items listed under a lead-in are run as the doc reads them, not as sentences alone: under
// "Fill in the following fields:", "**Name**: …" fills the Name field, and a field the page
// lacks drifts; the lead-in itself asks for nothing the page must have.
func TestListedFieldsAreFilled(t *testing.T) {
	res := runMarkdown(t, "listed.md", "# Listed fields\n\n"+
		"## Fields the form has\n\n1. Log into the store.\n2. Select **Advanced Settings**.\n3. Select **API Accounts**.\n"+
		"4. Click **Create API Account**.\n5. Fill in the following fields:\n   - **Name**: a name for the account.\n\n"+
		"## A field the form lacks\n\n1. Log into the store.\n2. Select **Advanced Settings**.\n3. Select **API Accounts**.\n"+
		"4. Click **Create API Account**.\n5. Fill in the following fields:\n   - **Nickname**: a short name for the account.\n", 2)
	if got := res.Procedures[0].Status; got != results.Passed {
		t.Errorf("%q is %s, want passed:\n%s", res.Procedures[0].Name, got, describe(res))
	}
	lacks := res.Procedures[1]
	if lacks.Status != results.Drifted {
		t.Fatalf("%q is %s, want drifted at the listed field:\n%s", lacks.Name, lacks.Status, describe(res))
	}
	for _, s := range lacks.Steps {
		if s.Status == results.Drifted {
			if !strings.HasPrefix(s.Text, "**Nickname**") || !strings.Contains(s.Err.Error(), "Nickname") {
				t.Errorf("drifted at %q: %v", s.Text, s.Err)
			}
		}
	}
}

// A procedure's own item that only offers what it names ("You can click **X** to …") is run
// as the step it is: it presses X, and an X the page lacks drifts.
func TestOfferedStepsAreRun(t *testing.T) {
	res := runMarkdown(t, "offered.md", "# Offered steps\n\n"+
		"## A button the page has\n\n1. Log into the store.\n2. Select **Advanced Settings**.\n3. Select **API Accounts**.\n"+
		"4. You can click **Create API Account** to add one.\n5. You can also click **Cancel**.\n\n"+
		"## A button the page lacks\n\n1. Log into the store.\n2. Select **Advanced Settings**.\n3. Select **API Accounts**.\n"+
		"4. You can click **Make API Account** to add one.\n", 2)
	has := res.Procedures[0]
	if has.Status != results.Passed {
		t.Errorf("%q is %s, want passed:\n%s", has.Name, has.Status, describe(res))
	}
	performed := 0
	for _, s := range has.Steps {
		if strings.HasPrefix(s.Text, "You can click **Create API Account**") && s.Status == results.Passed {
			performed++
		}
		if strings.Contains(s.Text, "Cancel") && s.Status != results.Skipped {
			t.Errorf("the aside %q ran: %s", s.Text, s.Status)
		}
	}
	if performed != 1 {
		t.Errorf("the offered step did not run as a step:\n%s", describe(res))
	}
	lacks := res.Procedures[1]
	if lacks.Status != results.Drifted {
		t.Fatalf("%q is %s, want drifted at the offered button:\n%s", lacks.Name, lacks.Status, describe(res))
	}
	for _, s := range lacks.Steps {
		if s.Status == results.Drifted && !strings.Contains(s.Err.Error(), "Make API Account") {
			t.Errorf("drifted at %q: %v", s.Text, s.Err)
		}
	}
}

// A lead-in that acts past its items ("Fill in the following fields and then click **Save**:")
// is taken after them: the name is typed before the form is saved, so the product takes it.
// Taken where it is written, Save sends an empty name and the product refuses it.
func TestALeadInThatActsAfterItsItems(t *testing.T) {
	res := runMarkdown(t, "after.md", "# After the fields\n\n"+
		"## Fields then save\n\n1. Log into the store.\n2. Select **Advanced Settings**.\n3. Select **API Accounts**.\n"+
		"4. Click **Create API Account**.\n5. Fill in the following fields and then click **Save**:\n   - **Name**: a name for the account.\n"+
		"6. Select **Done**.\n", 1)
	p := res.Procedures[0]
	if p.Status != results.Passed {
		t.Fatalf("%q is %s, want passed:\n%s", p.Name, p.Status, describe(res))
	}
	order := ""
	for _, s := range p.Steps {
		switch {
		case strings.HasPrefix(s.Text, "**Name**"):
			order += "name "
		case strings.HasPrefix(s.Text, "Fill in"):
			order += "save "
		}
	}
	if order != "name save " {
		t.Errorf("steps taken as %q, want the name filled before the save:\n%s", order, describe(res))
	}
}
