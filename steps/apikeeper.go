package steps

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"

	"github.com/docdrift/docdrift/internal/profile"
)

// APIKeeper is the keeper of a subject made and removed through the product's REST API, as
// calls say, authenticated as api says. Its calls are made from inside a page the
// Housekeeper signed in — with the run's session, so no sign-in of their own — and are
// faster than the product's pages: a call instead of a page load or three.
func (h *Housekeeper) APIKeeper(api profile.API, calls profile.Calls) Keeper {
	return &apiKeeper{h: h, api: api, c: calls}
}

// apiKeeper makes and removes one subject's items through the product's REST API.
type apiKeeper struct {
	h   *Housekeeper
	api profile.API
	c   profile.Calls
}

// The toml keys of a subject's calls, as errors name them.
const (
	listKey   = "product.subject.api.list"
	createKey = "product.subject.api.create"
	deleteKey = "product.subject.api.delete"
)

func (k *apiKeeper) housekeeper() *Housekeeper { return k.h }

// firstPage is where procedures begin: the API's calls need a signed-in page, not a list.
func (k *apiKeeper) firstPage() string { return "" }

// Ensure creates the item unless the list has it, with the subject's create requests in
// order. What they capture, a password made up for the item and the new item's secrets join
// the run's secrets before anything else sees them.
func (k *apiKeeper) Ensure(ctx context.Context, name string) error {
	return k.h.session(ctx, k.firstPage(), func(s *Scenario) error {
		names, err := k.namesIn(ctx, s)
		if err != nil || contains(names, name) {
			return err
		}
		vars := map[string]string{"name": name}
		if slices.ContainsFunc(k.c.Create, asksPassword) {
			vars["password"] = "Pw9!" + rand.Text()
			s.cfg.Secrets.Add(vars["password"])
		}
		var ans *apiAnswer
		for i, r := range k.c.Create {
			key := createKey
			if len(k.c.Create) > 1 {
				key = fmt.Sprintf("%s[%d]", createKey, i+1)
			}
			if ans, err = k.send(ctx, s, key, r, vars); err != nil {
				return err
			}
			if err := capture(s, ans, key, r.Captures, vars); err != nil {
				return err
			}
		}
		v, ok := decodeJSON(ans.body)
		if !ok && (k.c.CreatedID != "" || len(k.c.Secrets) > 0) {
			return fmt.Errorf("%s: the answer is not JSON (%s)", ans.req, createKey)
		}
		for _, p := range k.c.Secrets {
			// A key the product did not return this time (another type of item) is no error:
			// there is nothing to hide.
			if sv, ok := jsonAt(v, p); ok {
				s.cfg.Secrets.Add(jsonStrings(sv)...)
			}
		}
		if k.c.CreatedID != "" {
			if id, ok := jsonAt(v, k.c.CreatedID); !ok || id == nil {
				return fmt.Errorf("%s: the answer has no %q (%s.id): was %s made?", ans.req, k.c.CreatedID, createKey, name)
			}
		}
		return nil
	})
}

// asksPassword reports a request that sends the password made up for the item.
func asksPassword(r profile.Request) bool {
	return strings.Contains(r.Path+r.Body, "{password}") ||
		slices.ContainsFunc(slices.Collect(maps.Values(r.Headers)), func(v string) bool { return strings.Contains(v, "{password}") })
}

// capture reads what a create request's answer holds at the paths captures name into vars,
// for the requests after it; each value is a secret of the run (an invitation's token).
func capture(s *Scenario, ans *apiAnswer, key string, captures map[string]string, vars map[string]string) error {
	if len(captures) == 0 {
		return nil
	}
	v, ok := decodeJSON(ans.body)
	if !ok {
		return fmt.Errorf("%s: the answer is not JSON, so nothing can be captured (%s.captures)", ans.req, key)
	}
	for _, name := range slices.Sorted(maps.Keys(captures)) {
		cv, _ := jsonAt(v, captures[name])
		text, ok := jsonText(cv)
		if !ok || text == "" {
			return fmt.Errorf("%s: the answer has no %q to capture as {%s} (%s.captures)", ans.req, captures[name], name, key)
		}
		s.cfg.Secrets.Add(text)
		vars[name] = text
	}
	return nil
}

// Names lists the items the list call answers.
func (k *apiKeeper) Names(ctx context.Context) ([]string, error) { return namesHoused(ctx, k) }

// Delete removes the named items the list call answers; others are no error.
func (k *apiKeeper) Delete(ctx context.Context, names []string) error {
	return deleteHoused(ctx, k, names)
}

func (k *apiKeeper) namesIn(ctx context.Context, s *Scenario) ([]string, error) {
	items, err := k.items(ctx, s)
	names := make([]string, len(items))
	for i, it := range items {
		names[i] = it.name
	}
	return names, err
}

func (k *apiKeeper) deleteIn(ctx context.Context, s *Scenario, c *clearing, names []string) {
	items, err := k.items(ctx, s)
	if err != nil {
		c.unread(err)
		return
	}
	for _, it := range items {
		noted := c
		if len(c.shown([]string{it.name}, names)) == 0 {
			if len(c.strayed([]string{it.name}, names)) == 0 {
				continue
			}
			noted = c.strays
		}
		noted.row(it.name, k.remove(ctx, s, it))
	}
}

// remove sends the subject's delete requests for one item, in order, stopping at the first
// that fails. An item gone since it was listed (404 to the first) is what they were for. A
// request before the last that the product refuses as a client's error (400, 409) may only
// have found its work done — a key a procedure revoked already — and the last, which removes
// the item, then says whether the removal holds.
func (k *apiKeeper) remove(ctx context.Context, s *Scenario, it apiItem) error {
	var refused error
	for i, r := range k.c.Delete {
		_, err := k.send(ctx, s, deleteKey, r, map[string]string{"name": it.name, "id": it.id})
		var st *apiStatusError
		if i == 0 && errors.As(err, &st) && st.status == http.StatusNotFound {
			return nil
		}
		if i < len(k.c.Delete)-1 && errors.As(err, &st) && st.status >= 400 && st.status < 500 && st.status != http.StatusUnauthorized && st.status != http.StatusForbidden {
			refused = err
			continue
		}
		if err != nil {
			if refused != nil {
				return fmt.Errorf("%w (before it: %v)", err, refused)
			}
			return err
		}
	}
	return nil
}

// apiItem is one item of a subject's list, as its id and name.
type apiItem struct{ id, name string }

// items lists the subject's items: the list call's answer, read at the profile's paths.
func (k *apiKeeper) items(ctx context.Context, s *Scenario) ([]apiItem, error) {
	ans, err := k.send(ctx, s, listKey, k.c.List, nil)
	if err != nil {
		return nil, err
	}
	v, ok := decodeJSON(ans.body)
	if !ok {
		return nil, fmt.Errorf("%s: the answer is not JSON (%s)", ans.req, listKey)
	}
	list, _ := jsonAt(v, k.c.Items)
	arr, ok := list.([]any)
	if !ok {
		return nil, fmt.Errorf("%s: the answer has no list at %q (%s.items)", ans.req, k.c.Items, listKey)
	}
	items := make([]apiItem, len(arr))
	for i, e := range arr {
		for _, f := range []struct {
			dst       *string
			path, key string
		}{{&items[i].id, k.c.ID, "id"}, {&items[i].name, k.c.Name, "name"}} {
			fv, _ := jsonAt(e, f.path)
			text, ok := jsonText(fv)
			if !ok {
				return nil, fmt.Errorf("%s: item %d of the answer has no %q (%s.%s)", ans.req, i+1, f.path, listKey, f.key)
			}
			*f.dst = text
		}
	}
	return items, nil
}
