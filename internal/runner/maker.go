package runner

import (
	"strconv"
	"strings"

	"github.com/cucumber/godog"
	"github.com/docdrift/docdrift/internal/understand"
)

// maker is the procedure of sc's own doc that makes the kind of item sc acts on — its heading
// makes ("Creating an API token", "Add a webhook") what sc's heading names ("Regenerating an
// API token") — as a scenario the steps can perform before sc's own (steps.Config.Setup); nil
// when the doc has none, or sc's heading names no item. One struck out or skipped by a
// directive is no way to make one.
func (c *collector) maker(sc *godog.Scenario) *godog.Scenario {
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
	for _, m := range c.procs {
		if m == p || m.Doc != p.Doc || m.SkipReason != "" || !understand.HeadingMakes(m.Name) || itemKind(understand.HeadingObject(m.Name)) != kind {
			continue
		}
		made := &godog.Scenario{Id: sc.Id + "/maker", Uri: sc.Uri, Name: m.Name}
		for i, st := range c.scens[m].Steps {
			made.Steps = append(made.Steps, &godog.Step{Id: made.Id + "/" + strconv.Itoa(i), Text: st.Text})
		}
		return made
	}
	return nil
}

// itemKind is a heading's object as one kind for singular and plural: "API tokens" and "API
// token" are "api token".
func itemKind(object string) string {
	return strings.TrimSuffix(strings.ToLower(object), "s")
}
