package steps

import (
	"context"
	"strings"

	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
)

// A switch drawn as two words over one check box — "FALSE | TRUE", "Off | On" — is named by
// its field, not by its words: the doc says "Click **TRUE**" in the "Enable sign-ups" row, the
// page has no control named TRUE, and the reader's click sets the field's box.

// switchWords are the words such a switch shows, and the state each sets.
var switchWords = map[string]bool{
	"true": true, "on": true, "yes": true, "enabled": true,
	"false": false, "off": false, "no": false, "disabled": false,
}

// switchWord reports the state label sets when it is one of a switch's words and the step
// names the field it belongs to.
func switchWord(label string, in []understand.Where) (field string, on, ok bool) {
	on, ok = switchWords[strings.ToLower(strings.TrimSpace(label))]
	if !ok {
		return "", false, false
	}
	for _, w := range in {
		if w.Kind == "group" && w.Label != "" {
			return w.Label, on, true
		}
	}
	return "", false, false
}

// clickSwitchWord presses the control named label in the field's group when the page has
// one, else sets the check box named for the field to the state the word names; with
// neither, the word is what the doc named and what is reported missing.
func (s *Scenario) clickSwitchWord(ctx context.Context, label, field string, on bool, roles []locate.Role, in []understand.Where) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	q, err := s.scoped(ctx, locate.Query{Roles: roles, Name: label}, in)
	if err != nil {
		return err
	}
	if _, _, ok := s.glanceFor(ctx, q); ok {
		return s.findAndPress(ctx, q)
	}
	var others []understand.Where
	for _, w := range in {
		if w.Kind != "group" || w.Label != field {
			others = append(others, w)
		}
	}
	bq, err := s.scoped(ctx, locate.Query{Roles: []locate.Role{locate.Checkbox}, Name: field}, others)
	if err != nil {
		return err
	}
	box, _, ok := s.glanceFor(ctx, bq)
	if !ok {
		return s.findAndPress(ctx, q)
	}
	return s.setChecked(ctx, box, on)
}
