package understand

import (
	"regexp"
	"slices"
	"strings"
)

// prerequisiteHeadings start the titles of sections that say what the reader must have done
// or have before a procedure: "Prerequisites", "Before you begin", "Requirements".
var prerequisiteHeadings = []string{"prerequisite", "pre-requisite", "prereq", "requirements",
	"before you begin", "before you start", "before starting", "before getting started",
	"what you need", "what you'll need", "what you will need", "you will need", "you'll need"}

// Prerequisites reports a section title that heads what to have done before: its lists are
// things to have, not steps to check, however imperative ("1. Create a Contact Segment").
func Prerequisites(title string) bool {
	t := strings.ToLower(strings.TrimSpace(strings.ReplaceAll(title, "’", "'")))
	for _, h := range prerequisiteHeadings {
		if strings.HasPrefix(t, h) {
			return true
		}
	}
	return false
}

// overviewHeadings start the titles of sections that say what a feature is for, how best to
// use it or where it falls short, not how to use it: "Why use webhooks?", "Benefits of 2FA",
// "Use cases", "Features", "Best practices", "Known issues".
var overviewHeadings = []string{"why ", "benefits", "advantages", "use cases", "features", "key features", "when to use",
	"best practices", "limitations", "known issues", "known limitations"}

// Overview reports a section title whose bulleted lists are reasons, benefits, features or
// advice, however imperative ("- **Syncing**: Sync prompt catalogues with other systems",
// "- Rotate tokens on a schedule").
func Overview(title string) bool {
	t := strings.ToLower(strings.TrimSpace(title))
	for _, h := range overviewHeadings {
		if strings.HasPrefix(t, h) {
			return true
		}
	}
	return false
}

// adviceWords mark a section title as advice wherever they stand in it: "Security best
// practices", "Operational Guidelines", "Dockerfile guidelines".
var adviceWords = regexp.MustCompile(`(?i)\bbest[- ]practices?\b|\bguidelines\b`)

// Advice reports a section title that heads advice: its lists, numbered or not, and the
// bulleted lists of the sections under it are what to bear in mind ("- Rotate keys
// regularly", "1. **Branch Management**"), not steps to check. A numbered list under a
// heading of its own below it ("### Token rotation") is a procedure again.
func Advice(title string) bool {
	return adviceWords.MatchString(title)
}

// OverviewLead reports a lead-in that introduces reasons, benefits or features rather than
// steps, as an overview heading does: "Key benefits of using service accounts:", "Features
// include:", "The main advantages are:". Its list is no procedure, numbered or not.
func OverviewLead(lead string) bool {
	t := strings.TrimSpace(lead)
	if !strings.HasSuffix(t, ":") {
		return false
	}
	words := strings.Fields(strings.TrimSuffix(t, ":"))
	for len(words) > 1 && slices.Contains([]string{"the", "key", "main", "some", "other"}, strings.ToLower(words[0])) {
		words = words[1:]
	}
	return Overview(strings.Join(words, " "))
}
