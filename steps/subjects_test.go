package steps

import (
	"testing"

	messages "github.com/cucumber/messages/go/v34"
	"github.com/docdrift/docdrift/internal/profile"
)

// A procedure acts on the subject its heading or steps name, else the product's first — but
// not when its heading names a task on another kind of item: a profile that keeps API tokens
// has no item for "Deleting a role", and giving it a token to delete would act on the wrong
// kind (Strapi's RBAC doc beside its token docs).
func TestTheSubjectOfAProcedure(t *testing.T) {
	c := Config{Subjects: []Subject{{Subject: profile.Subject{Name: "API token"}}, {Subject: profile.Subject{Name: "admin token"}}}}
	for _, tt := range []struct {
		heading string
		steps   []string
		want    string
	}{
		{"Creating an admin token", []string{"Click **Save**."}, "admin token"},
		{"Revoking App Access", []string{"Select **API Tokens**."}, "API token"},
		{"Deleting a role", []string{"Click on the delete button on the right side of the role's record."}, ""},
		{"Adding a new locale", []string{"Click on the **Add new locale** button."}, ""},
		{"Settings", []string{"Click on the edit button."}, "API token"},
	} {
		sc := &messages.Pickle{Name: tt.heading}
		for _, s := range tt.steps {
			sc.Steps = append(sc.Steps, &messages.PickleStep{Text: s})
		}
		got := ""
		if s := c.subjectOf(sc); s != nil {
			got = s.Name
		}
		if got != tt.want {
			t.Errorf("%q: subject %q, want %q", tt.heading, got, tt.want)
		}
	}
}
