package runner

import (
	"strconv"
	"strings"

	"github.com/cucumber/godog"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/understand"
)

// maker is the procedure of sc's own doc that makes the kind of item sc acts on: its heading
// makes ("Creating an API token", "Add a webhook") what sc's heading names ("Regenerating an
// API token"). See steps.Config.Setup.
func (c *collector) maker(sc *godog.Scenario) *godog.Scenario {
	return c.sibling(sc, understand.HeadingMakes)
}

// remover is the procedure of sc's own doc that removes the kind of item sc makes or acts on:
// "Deleting an API token" for "Creating an API token". See steps.Config.Teardown.
func (c *collector) remover(sc *godog.Scenario) *godog.Scenario {
	return c.sibling(sc, understand.HeadingRemoves)
}

// sibling is the first other procedure of sc's doc whose heading does what task says to the
// kind of item sc's heading names, as a scenario the steps can perform; nil when there is
// none, or sc's heading names no item.
func (c *collector) sibling(sc *godog.Scenario, task func(heading string) bool) *godog.Scenario {
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.find(sc)
	if p == nil {
		return nil
	}
	kind := itemKind(understand.HeadingObject(p.Name))
	if kind == "" {
		return nil
	}
	for _, o := range c.kin[p.Doc] {
		if o.Name == p.Name || !task(o.Name) || itemKind(understand.HeadingObject(o.Name)) != kind {
			continue
		}
		found := &godog.Scenario{Id: sc.Id + "/" + o.Name, Uri: sc.Uri, Name: o.Name}
		for i, st := range o.Steps {
			found.Steps = append(found.Steps, &godog.Step{Id: found.Id + "/" + strconv.Itoa(i), Text: st.Text})
		}
		return found
	}
	return nil
}

// kinOf are the procedures of a plan's doc that a run performs, in every shard: none struck
// out (unless the run includes them) or skipped by a directive.
func kinOf(part Plan, includeStruck bool) []*featuregen.Scenario {
	plan := part.Unsplit()
	var out []*featuregen.Scenario
	for i := range plan.Map.Scenarios {
		sc := &plan.Map.Scenarios[i]
		if sc.Skip == nil && (includeStruck || !tagsAbove(plan.Feature, sc.Line)["@struck"]) {
			out = append(out, sc)
		}
	}
	return out
}

// itemKind is a heading's object as one kind for singular and plural: "API tokens" and "API
// token" are "api token".
func itemKind(object string) string {
	return strings.TrimSuffix(strings.ToLower(object), "s")
}
