package runner

import (
	"strings"
	"testing"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/docfiles"
)

func TestPrepareWithPreconditions(t *testing.T) {
	src := "# Keys\n\n## Revoke a key {#revoke}\n\n1. Log into the store.\n2. Select **Advanced Settings**.\n\n## Other\n\n1. Log into the store.\n"
	pre := func(heading, anchor string) []string {
		if anchor == "revoke" {
			return []string{"a legacy API account exists"}
		}
		return nil
	}
	plans, findings := PrepareWith([]docfiles.File{{Path: "k.md", Src: []byte(src)}}, pre, docsparse.Options{})
	if len(findings) > 0 || len(plans) != 1 {
		t.Fatalf("plans %d, findings %v", len(plans), findings)
	}
	feature := string(plans[0].Feature)
	revoke, other, _ := strings.Cut(feature, "Scenario: Other")
	if !strings.Contains(revoke, "Given a legacy API account exists") || strings.Contains(other, "legacy") {
		t.Errorf("the precondition is not on the Revoke scenario alone:\n%s", feature)
	}
}
